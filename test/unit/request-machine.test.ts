import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Actor, RequestEvent } from '../../workflows/request.events';
import { requestMachine } from '../../workflows/request.machine';
import { availableEvents, clockOf, stateName } from '../../workflows/request.state';

const system: Actor = { kind: 'system', id: null, role: 'system', unit: null };
const ppid: Actor = { kind: 'user', id: 'u-ppid', role: 'ppid_utama', unit: 'PPID' };
const tokyo: Actor = { kind: 'user', id: 'u-tokyo', role: 'ppid_pelaksana', unit: 'KBRI-TOKYO' };
const riyadh: Actor = { kind: 'user', id: 'u-riyadh', role: 'ppid_pelaksana', unit: 'KBRI-RIYADH' };
const due = '2026-12-11T16:59:59.999Z';
const at = '2026-12-01T03:00:00.000Z';
const test = {
  publicTitle: 'Posisi runding dalam perundingan yang berlangsung',
  harm: 'Opening it would disclose negotiating positions.',
  publicInterest: 'The public interest in the text is lower while talks continue.',
};

function run(...events: Array<Partial<RequestEvent> & { type: RequestEvent['type'] }>) {
  const actor = createActor(requestMachine, { input: { receivedUnit: 'PPID' } }).start();
  actor.send({ type: 'REGISTER', actor: system, at, registrationNumber: '00001/PPID-PPID/2026', noticeDueAt: due });
  for (const e of events) actor.send({ actor: ppid, at, ...e } as RequestEvent);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

describe('request machine', () => {
  it('walks registered → assigned → in_review → decided → delivered → closed', () => {
    const s = run(
      { type: 'ASSIGN', assignments: [{ unit: 'KBRI-TOKYO' }] },
      { type: 'ACCEPT_ASSIGNMENT', actor: tokyo },
      { type: 'EXTEND', reason: 'Records are held in the archive abroad', noticeDueAt: '2026-12-22T16:59:59.999Z' },
      { type: 'DECIDE', outcome: 'granted' },
      { type: 'DELIVER', method: 'email' },
      { type: 'CLOSE' },
    );
    expect(stateName(s)).toBe('closed');
    expect(s.context.extension?.reason).toMatch(/archive/);
    expect(s.context.decision?.outcome).toBe('granted');
    expect(s.context.delivery?.method).toBe('email');
  });

  it('lets only the assigned unit accept or return', () => {
    const s = run({ type: 'ASSIGN', assignments: [{ unit: 'KBRI-TOKYO' }] }, { type: 'ACCEPT_ASSIGNMENT', actor: riyadh });
    expect(stateName(s)).toBe('assigned');
    expect(availableEvents(s, riyadh, at)).toEqual([]);
    expect(availableEvents(s, tokyo, at)).toEqual(['ACCEPT_ASSIGNMENT', 'RETURN_ASSIGNMENT']);
    const returned = run({ type: 'ASSIGN', assignments: [{ unit: 'KBRI-TOKYO' }] }, { type: 'RETURN_ASSIGNMENT', actor: tokyo, reason: 'Not ours' });
    expect(stateName(returned)).toBe('registered');
    expect(returned.context.assignments[0]).toMatchObject({ unit: 'KBRI-TOKYO', status: 'returned', returned: { reason: 'Not ours' } });
  });

  it('extends once, with a reason, only before the notice deadline', () => {
    const later = '2026-12-22T16:59:59.999Z';
    const once = run({ type: 'EXTEND', reason: 'Consulting the treaty directorate', noticeDueAt: later });
    expect(clockOf(once)).toBe('extended');
    expect(once.can({ type: 'EXTEND', actor: ppid, at, reason: 'again', noticeDueAt: '2026-12-30T16:59:59.999Z' })).toBe(false);
    expect(run({ type: 'EXTEND', reason: '  ', noticeDueAt: later }).context.extension).toBeNull();
    const tooLate = run({ type: 'EXTEND', reason: 'late', noticeDueAt: later, at: '2026-12-12T00:00:00.000Z' });
    expect(clockOf(tooLate)).toBe('running');
  });

  it('refuses a denial without an exemption or a consequence test', () => {
    expect(stateName(run({ type: 'DECIDE', outcome: 'denied', exemptions: [], consequenceTest: test } as never))).toBe('registered');
    expect(stateName(run({ type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }] } as never))).toBe('registered');
    const denied = run({ type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest: test });
    expect(stateName(denied)).toBe('decided');
    expect(availableEvents(denied, ppid, at)).toEqual(['CLOSE']);
  });

  it('marks overdue only past the deadline, only by the system, and keeps the mark after a late decision', () => {
    expect(clockOf(run({ type: 'MARK_OVERDUE', actor: system }))).toBe('running');
    expect(clockOf(run({ type: 'MARK_OVERDUE', actor: ppid, at: '2026-12-12T00:00:00.000Z' }))).toBe('running');
    const late = run({ type: 'MARK_OVERDUE', actor: system, at: '2026-12-12T00:00:00.000Z' });
    expect(clockOf(late)).toBe('overdue');
    expect(availableEvents(late, ppid, '2026-12-12T00:00:00.000Z')).not.toContain('EXTEND');
    const decided = run({ type: 'MARK_OVERDUE', actor: system, at: '2026-12-12T00:00:00.000Z' }, { type: 'DECIDE', outcome: 'not_held', holder: 'BPS' });
    expect(decided.context.overdueAt).toBe('2026-12-12T00:00:00.000Z');
  });

  it('assigns to several units at once: each accepts or returns its own part, and drafts an answer', () => {
    const both = { type: 'ASSIGN' as const, assignments: [{ unit: 'KBRI-TOKYO' }, { unit: 'KBRI-RIYADH' }] };
    let s = run(both, { type: 'ACCEPT_ASSIGNMENT', actor: tokyo });
    expect(stateName(s)).toBe('assigned'); // Riyadh still owes its acceptance
    expect(availableEvents(s, tokyo, at)).toEqual(['RETURN_ASSIGNMENT', 'EXTEND', 'SUBMIT_DRAFT']);
    s = run(both, { type: 'ACCEPT_ASSIGNMENT', actor: tokyo }, { type: 'ACCEPT_ASSIGNMENT', actor: riyadh });
    expect(stateName(s)).toBe('in_review');
    s = run(both, { type: 'ACCEPT_ASSIGNMENT', actor: tokyo }, { type: 'RETURN_ASSIGNMENT', actor: riyadh, reason: 'Held in Tokyo only' });
    expect(stateName(s)).toBe('in_review');
    expect(s.context.assignments.map((a) => a.status)).toEqual(['accepted', 'returned']);
    // The same unit cannot be assigned twice while its assignment is active.
    expect(s.can({ type: 'ASSIGN', actor: ppid, at, assignments: [{ unit: 'KBRI-TOKYO' }] })).toBe(false);
    s = run(
      both,
      { type: 'ACCEPT_ASSIGNMENT', actor: tokyo },
      { type: 'ACCEPT_ASSIGNMENT', actor: riyadh },
      { type: 'SUBMIT_DRAFT', actor: tokyo, outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest: test },
    );
    expect(s.context.assignments[0]).toMatchObject({ status: 'answered', draft: { outcome: 'denied', by: 'u-tokyo' } });
    // A draft is only a proposal: the PPID Utama decides.
    expect(availableEvents(s, tokyo, at)).not.toContain('DECIDE');
    expect(stateName(run(both, { type: 'SUBMIT_DRAFT', actor: tokyo, outcome: 'granted' }))).toBe('assigned');
  });

  it('reopens a decided request when the atasan PPID overturns it, with a new deadline and no second extension', () => {
    const later = '2027-01-20T16:59:59.999Z';
    const atasan: Actor = { kind: 'user', id: 'u-atasan', role: 'atasan', unit: 'SETJEN' };
    const decided: Array<Partial<RequestEvent> & { type: RequestEvent['type'] }> = [
      { type: 'EXTEND', reason: 'Consulting', noticeDueAt: '2026-12-22T16:59:59.999Z' },
      { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest: test },
    ];
    expect(stateName(run(...decided, { type: 'REOPEN', actor: ppid, instruction: 'Give it', noticeDueAt: later }))).toBe('decided');
    const s = run(...decided, { type: 'REOPEN', actor: atasan, instruction: 'Disclose the annex; the test was too broad.', noticeDueAt: later });
    expect(stateName(s)).toBe('in_review');
    expect(clockOf(s)).toBe('running');
    expect(s.context.noticeDueAt).toBe(later);
    expect(s.context.decision).toBeNull();
    expect(s.context.reopened[0]?.previous?.outcome).toBe('denied');
    expect(availableEvents(s, ppid, at)).not.toContain('EXTEND');
    expect(availableEvents(s, ppid, at)).toContain('DECIDE');
    // An open request cannot be reopened.
    expect(stateName(run({ type: 'REOPEN', actor: atasan, instruction: 'x', noticeDueAt: later }))).toBe('registered');
  });

  it('offers the PPID Utama what the workflow accepts in each state', () => {
    expect(availableEvents(run(), ppid, at)).toEqual(['ASSIGN', 'START_REVIEW', 'EXTEND', 'DECIDE']);
    expect(availableEvents(run(), tokyo, at)).toEqual([]);
  });
});
