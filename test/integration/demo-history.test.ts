/**
 * The demo's year of history (db/seed/demo-history.ts): filed and moved through the real workflow,
 * deterministic for a given end instant (the same cases, numbers and outcomes every time), with
 * outcomes of every kind, extensions, late answers, objections and disputes, and no step refused.
 * A short history on a pinned clock; the test template database never holds it.
 */
import { describe, expect, it } from 'vitest';
import { seedDemoHistory } from '../../db/seed/demo-history';
import { makeContext } from '../helpers/context';

const END = new Date('2026-11-20T03:00:00.000Z');

async function history(requests: number) {
  const t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
  try {
    const summary = await seedDemoHistory(t.deps, { requests, days: 200, endAt: END });
    const cases = await t.deps.db
      .selectFrom('cases')
      .select(['registration_number', 'received_at', 'outcome', 'state', 'extended', 'overdue', 'decided_at', 'notice_due_at'])
      .orderBy('registration_number')
      .execute();
    const objections = await t.deps.db
      .selectFrom('objections')
      .select(['objection_number', 'state', 'outcome', 'dispute_stage'])
      .orderBy('objection_number')
      .execute();
    const audit = await t.deps.db.selectFrom('audit_events').select(['seq', 'at']).orderBy('seq').execute();
    return { summary, cases, objections, audit };
  } finally {
    await t.close();
  }
}

describe('the demo history', () => {
  it('is the same every time, goes through the workflow without a refusal, and holds every kind of case', async () => {
    const a = await history(80);
    expect(a.summary).toMatchObject({ requests: 80, refused: 0 });
    const outcomes = new Set(a.cases.map((c) => c.outcome));
    for (const o of ['granted', 'partially_granted', 'denied', 'not_held', 'not_yet_documented']) expect(outcomes, o).toContain(o);
    expect(a.cases.some((c) => c.extended === 1)).toBe(true);
    expect(a.cases.some((c) => c.decided_at !== null && c.decided_at > c.notice_due_at)).toBe(true); // answered late
    expect(a.objections.length).toBeGreaterThan(0);
    expect(a.summary.disputes).toBeGreaterThan(0);
    // Nothing after the end; the trail in time order (one timeline for all cases).
    expect(a.cases.every((c) => c.received_at <= END.toISOString())).toBe(true);
    const times = a.audit.map((e) => e.at);
    expect(times).toEqual([...times].sort());
    expect(times.at(-1)! <= END.toISOString()).toBe(true);

    const b = await history(80);
    expect(b.cases).toEqual(a.cases);
    expect(b.objections).toEqual(a.objections);
  }, 120_000);
});
