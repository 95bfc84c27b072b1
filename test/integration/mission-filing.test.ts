/**
 * Issue 18: a request filed directly at a mission (or any unit that accepts requests) is that
 * unit's from filing, pending its acceptance — through the workflow's ASSIGN, by the service —
 * so its PPID Pelaksana can accept or return it, the PPID Utama sees it waiting for acceptance,
 * the audit trail shows the assignment, and the statutory clock still runs from receipt at the
 * mission (kip-rules §4.2: forwarding does not restart it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  // Monday 23 November 2026, 10:00 in Jakarta, 06:00 in Riyadh.
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const offered = (html: string) => [...html.matchAll(/data-event="([A-Z_]+)"/g)].map((m) => m[1]);

async function file(unit?: string) {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(unit ? { unit } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; registrationNumber: string; status: string; deadlines: { noticeDue: string; noticeDueAt: string } };
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  return t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

const numbers = async (token: string, query: string) =>
  ((await t.api('GET', `/api/v1/cases?${query}`, { token })).body.items as Array<{ registrationNumber: string }>).map((i) => i.registrationNumber);

describe('a request filed at a mission', () => {
  it('is assigned to that mission on filing, pending its acceptance; its PPID Pelaksana accepts it and drafts; the clock runs from receipt', async () => {
    const filed = await file('KBRI-RIYADH');
    expect(filed.status).toBe('assigned');

    // The audit trail: registered, then assigned by the service to the mission it was filed at.
    const trail = await t.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_kind', 'from_state', 'to_state', 'data'])
      .where('case_id', '=', filed.id)
      .where('event', 'in', ['REGISTER', 'ASSIGN'])
      .orderBy('seq')
      .execute();
    expect(trail.map((e) => [e.event, e.actor_kind, e.from_state, e.to_state])).toEqual([
      ['REGISTER', 'requester', 'received', 'registered'],
      ['ASSIGN', 'system', 'registered', 'assigned'],
    ]);
    const assigned = JSON.parse(trail[1]!.data) as { assignments: Array<{ unit: string; targetDue: string }>; onFiling: boolean };
    expect(assigned.onFiling).toBe(true);
    expect(assigned.assignments.map((a) => a.unit)).toEqual(['KBRI-RIYADH']);

    // The PPID Utama sees it waiting for the mission's acceptance; the mission sees it waiting for itself.
    const ppid = await t.login('ppid');
    const kbri = await t.login('pelaksana.kbri');
    expect(await numbers(ppid, 'queue=unaccepted')).toEqual([filed.registrationNumber]);
    expect(await numbers(kbri, 'queue=unaccepted')).toEqual([filed.registrationNumber]);

    // Its PPID Pelaksana may act on it: accept or return (the workflow says so, and the page offers it).
    const view = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: kbri });
    expect(view.status).toBe(200);
    expect(view.body.availableEvents).toEqual(expect.arrayContaining(['ACCEPT_ASSIGNMENT', 'RETURN_ASSIGNMENT']));
    expect(view.body.assignments).toMatchObject([{ unit: 'KBRI-RIYADH', status: 'pending' }]);
    const page = await pageLogin(t, 'pelaksana.kbri');
    const casePage = await page.get(`/petugas/kasus/${filed.id}`);
    expect(offered(casePage.html)).toEqual(expect.arrayContaining(['ACCEPT_ASSIGNMENT', 'RETURN_ASSIGNMENT']));
    expect(textOf(casePage.html)).toContain('Diteruskan ke unit kerja atau Perwakilan RI');
    // Another unit's Pelaksana still cannot.
    expect((await t.api('GET', `/api/v1/cases/${filed.id}`, { token: await t.login('pelaksana.dit') })).status).toBe(404);

    // The statutory deadline: 10 working days from receipt on Riyadh's week (Sunday–Thursday), not moved by the
    // assignment; the mission's internal target is 5 working days on the same calendar, well before it.
    expect(filed.deadlines.noticeDue).toBe('2026-12-07');
    const row = await t.deps.db.selectFrom('cases').select(['notice_due', 'deadlines', 'assigned_unit']).where('id', '=', filed.id).executeTakeFirstOrThrow();
    expect(row.notice_due).toBe('2026-12-07');
    expect(row.assigned_unit).toBe('KBRI-RIYADH');
    const deadlines = JSON.parse(row.deadlines) as { unitTargets: Record<string, { due: string; calendar: { code: string } }> };
    expect(deadlines.unitTargets['KBRI-RIYADH']!.due).toBe('2026-11-30');
    expect(assigned.assignments[0]!.targetDue).toBe('2026-11-30');

    const accepted = await send(kbri, filed.id, { type: 'ACCEPT_ASSIGNMENT' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.status).toBe('in_review');
    expect(await numbers(ppid, 'queue=unaccepted')).toEqual([]);
    const draft = await send(kbri, filed.id, { type: 'SUBMIT_DRAFT', outcome: 'not_held', holder: 'Kementerian Kebudayaan' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect((await t.deps.db.selectFrom('cases').select('notice_due').where('id', '=', filed.id).executeTakeFirstOrThrow()).notice_due).toBe('2026-12-07');
  });

  it('goes back to the PPID Utama when the mission returns it, who may then handle it or forward it', async () => {
    const filed = await file('KBRI-RIYADH');
    const kbri = await t.login('pelaksana.kbri');
    const returned = await send(kbri, filed.id, { type: 'RETURN_ASSIGNMENT', reason: 'Informasi ini dikuasai Direktorat Timur Tengah di Jakarta.' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.status).toBe('registered');
    const ppid = await t.login('ppid');
    const view = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    expect(view.body.availableEvents).toEqual(expect.arrayContaining(['ASSIGN', 'START_REVIEW']));
    // The mission's queue still lists what was received there (received_unit), but nothing waits for it.
    expect(await numbers(kbri, 'queue=unaccepted')).toEqual([]);
  });

  it("stays the PPID Utama's own when filed at the PPID Utama's desk: no assignment", async () => {
    const filed = await file();
    expect(filed.status).toBe('registered');
    const events = await t.deps.db.selectFrom('audit_events').select('event').where('case_id', '=', filed.id).where('event', '=', 'ASSIGN').execute();
    expect(events).toEqual([]);
    expect(await numbers(await t.login('ppid'), 'queue=unaccepted')).toEqual([]);
  });

  it('is assigned the same way when an officer keys in a walk-in at a home work unit', async () => {
    const res = await t.api('POST', '/api/v1/cases', {
      token: await t.login('pelaksana.dit'),
      body: { ...validFiling({ unit: 'AMEROP' }), channel: 'walk_in', receivedAt: '2026-11-23T02:00:00.000Z' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('assigned');
    const dit = await t.login('pelaksana.dit');
    expect(await numbers(dit, 'queue=unaccepted')).toEqual([res.body.registrationNumber]);
  });
});
