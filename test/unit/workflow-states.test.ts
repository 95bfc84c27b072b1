import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { stateLabel } from '../../src/i18n/status';
import { objectionStateLabel } from '../../src/objections/labels';
import { CONCLUDED_STATES, FILED_OBJECTION_STATES, OBJECTION_STATES, PENDING_STATES, objectionState } from '../../src/objections/objection-state';
import { eventLabel } from '../../src/routes/web/officer/labels';
import { objectionMachine } from '../../workflows/objection.machine';
import type { Actor, RequestEvent } from '../../workflows/request.events';
import { requestMachine } from '../../workflows/request.machine';
import { AWAITING_REQUESTER_STATES, FILED_STATES, OPEN_STATES, REQUEST_STATES, stateName } from '../../workflows/request.state';
import { workflowTable } from '../../workflows/table';
import { requestProbes } from '../../workflows/table.probes';

const system: Actor = { kind: 'system', id: null, role: 'system', unit: null };
const ppid: Actor = { kind: 'user', id: 'u-ppid', role: 'ppid_utama', unit: 'PPID' };
const at = '2026-12-01T03:00:00.000Z';

/** A request walked through these events; its flat state name and whether the machine calls it open. */
function walk(...events: Array<Partial<RequestEvent> & { type: RequestEvent['type'] }>) {
  const actor = createActor(requestMachine, { input: { receivedUnit: 'PPID' } }).start();
  const seen = [actor.getSnapshot()];
  for (const e of [{ type: 'REGISTER', actor: system, registrationNumber: '1/PPID/2026', noticeDueAt: '2026-12-15T16:59:59.999Z' }, ...events]) {
    actor.send({ actor: ppid, at, ...e } as RequestEvent);
    seen.push(actor.getSnapshot());
  }
  actor.stop();
  return seen.map((s) => ({ state: stateName(s), open: s.hasTag('open'), waiting: s.hasTag('awaiting_requester') }));
}

describe('state lists read from the request machine', () => {
  it('calls open exactly the states a request is in between registration and decision', () => {
    const states = walk(
      { type: 'START_REVIEW' },
      { type: 'REQUEST_CLARIFICATION', message: 'Which year?' },
      { type: 'RECEIVE_CLARIFICATION' },
      { type: 'DECIDE', outcome: 'granted' },
      { type: 'DELIVER', method: 'email' },
      { type: 'CLOSE' },
    );
    expect(states.map((s) => s.state)).toEqual([
      'received',
      'registered',
      'in_review',
      'awaiting_clarification',
      'in_review',
      'decided',
      'delivered',
      'closed',
    ]);
    for (const s of states) {
      expect(OPEN_STATES.includes(s.state as never), s.state).toBe(s.open);
      expect(AWAITING_REQUESTER_STATES.includes(s.state as never), s.state).toBe(s.waiting);
    }
    expect(FILED_STATES).not.toContain('received');
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(REQUEST_STATES.filter((s) => s !== 'assigned')));
  });

  it('has a plain-words label for every state and every event a request can meet', () => {
    for (const s of REQUEST_STATES) expect(stateLabel(s, 'id'), s).not.toBe(s);
    // The audit trail (and so the timeline) names a calendar recount CALENDAR_RECOMPUTED (src/calendar/recompute.ts).
    const audited = (type: string) => (type === 'RECOMPUTE_DEADLINES' ? 'CALENDAR_RECOMPUTED' : type);
    for (const e of workflowTable(requestProbes).events) expect(eventLabel(audited(e.type), 'id'), e.type).not.toBe(audited(e.type));
  });
});

describe('state lists read from the objection machine', () => {
  const snapshotIn = (value: string) => objectionMachine.resolveState({ value: value === 'dispute' ? { dispute: 'filed' } : value, context: {} as never });

  it('tags pending the states waiting for the atasan PPID, and concluded those after which nothing more is decided', () => {
    expect(FILED_OBJECTION_STATES).toEqual(OBJECTION_STATES.filter((s) => s !== 'received'));
    for (const state of OBJECTION_STATES) {
      const snapshot = snapshotIn(state);
      expect(objectionState(snapshot)).toBe(state);
      expect(PENDING_STATES.includes(state), state).toBe(snapshot.hasTag('pending'));
      expect(CONCLUDED_STATES.includes(state), state).toBe(snapshot.hasTag('concluded'));
      expect(objectionStateLabel(state, 'id'), state).not.toBe(state);
    }
    // The atasan PPID decides only in a pending state; a dispute at the Commission is not concluded.
    expect(PENDING_STATES).toContain('registered');
    expect(CONCLUDED_STATES).not.toContain('dispute');
  });
});
