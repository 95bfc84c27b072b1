import { describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { makeContext, tempDbUrl, validFiling } from '../helpers/context';

describe('the overdue sweeper', () => {
  it('marks undecided cases overdue after a restart that missed the deadline, once, through the workflow', async () => {
    const url = tempDbUrl();
    // Before the downtime: three requests on Monday 23 November 2026 (notice due Monday 7 December).
    const before = await makeContext({ databaseUrl: url, now: '2026-11-23T03:00:00.000Z' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await before.api('POST', '/api/v1/requests', { body: validFiling() })).body.id);
    const ppid = await before.login('ppid');
    const decided = await before.api('POST', `/api/v1/cases/${ids[0]}/events`, {
      token: ppid,
      body: { type: 'DECIDE', outcome: 'not_held', holder: 'Badan Pusat Statistik', expectedVersion: 1 },
    });
    expect(decided.status).toBe(200);
    // Still within the deadline (the end of 7 December, Jakarta time): nothing to mark.
    before.clock.now = new Date('2026-12-07T16:59:00.000Z');
    expect(await markOverdue(before.deps)).toBe(0);
    await before.close();

    // The service was down from then on; it starts again on 10 December and catches up at once.
    const after = await makeContext({ databaseUrl: url, now: '2026-12-10T01:00:00.000Z' });
    try {
      expect(await markOverdue(after.deps)).toBe(2);
      const rows = await after.deps.db.selectFrom('cases').select(['id', 'overdue', 'state', 'version']).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(ids[0]!)).toMatchObject({ overdue: 0, state: 'decided' });
      expect(byId.get(ids[1]!)).toMatchObject({ overdue: 1, state: 'registered', version: 2 });
      expect(byId.get(ids[2]!)).toMatchObject({ overdue: 1, state: 'registered', version: 2 });
      const marks = await after.deps.db.selectFrom('audit_events').select(['actor_kind', 'to_state', 'case_id']).where('event', '=', 'MARK_OVERDUE').execute();
      expect(marks).toHaveLength(2);
      expect(marks.every((m) => m.actor_kind === 'system' && m.to_state === 'registered+overdue')).toBe(true);

      // Idempotent: a second sweep (or a second process) changes nothing.
      expect(await markOverdue(after.deps)).toBe(0);
      expect(await after.deps.db.selectFrom('audit_events').select('seq').where('event', '=', 'MARK_OVERDUE').execute()).toHaveLength(2);

      // The queue shows them as overdue, with negative working days left; the workflow still accepts a late decision.
      const token = await after.login('ppid');
      const queue = await after.api('GET', '/api/v1/cases?overdue=true', { token });
      expect(queue.body.items.map((i: { id: string }) => i.id).sort()).toEqual([ids[1], ids[2]].sort());
      expect(queue.body.items[0].workingDaysLeft).toBe(-3);
      const view = await after.api('GET', `/api/v1/cases/${ids[1]}`, { token });
      expect(view.body.clock).toBe('overdue');
      expect(view.body.availableEvents).toEqual(['ASSIGN', 'START_REVIEW', 'DECIDE']);
    } finally {
      await after.close();
    }
  });
});
