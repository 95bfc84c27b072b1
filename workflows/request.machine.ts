/**
 * A request for public information (permohonan informasi publik) from receipt to closing,
 * UU 14/2008 Art. 22. Pure: no I/O and no clock. The domain passes the time (`at`) and every
 * computed deadline in the events, so the same event always gives the same next state.
 *
 *   received ──REGISTER──▶ open ──DECIDE──▶ decided ──DELIVER──▶ delivered ──CLOSE──▶ closed
 *                                             └──────CLOSE (nothing to deliver)─────▶ closed
 *   open runs two regions side by side:
 *     work:  registered ─ASSIGN─▶ assigned ─ACCEPT_ASSIGNMENT─▶ in_review ⇄ awaiting_clarification
 *            (RETURN_ASSIGNMENT sends it back to registered; START_REVIEW lets the PPID Utama handle it itself)
 *     clock: running ─EXTEND (once, with reasons, before the notice deadline)─▶ extended
 *            running | extended ─MARK_OVERDUE (the deadline has passed)─▶ overdue
 *
 * Who may send what (role × state → event), enforced by the guards below:
 *   system          REGISTER, MARK_OVERDUE
 *   ppid_utama      ASSIGN, START_REVIEW, EXTEND, DECIDE, DELIVER, CLOSE, REQUEST_/RECEIVE_CLARIFICATION
 *   ppid_pelaksana  ACCEPT_ASSIGNMENT, RETURN_ASSIGNMENT — only for a case assigned to their own unit;
 *                   once accepted, REQUEST_/RECEIVE_CLARIFICATION and EXTEND as the case's handler
 */
import { and, assign, setup } from 'xstate';
import {
  type Actor,
  type Decision,
  type RequestEvent,
  decisionIsLawful,
  needsDelivery,
} from './request.events';

/** Stored with every snapshot; bump it when a change would misread old snapshots, and migrate them. */
export const REQUEST_MACHINE_VERSION = 1;

export interface Assignment {
  unit: string;
  assignedAt: string;
  /** Internal target (not statutory): the local date the unit should answer the PPID by. */
  targetDue: string | null;
  acceptedAt: string | null;
}

export interface RequestContext {
  receivedUnit: string;
  registrationNumber: string | null;
  /** End of the local day on which the written notice is due (extended once if extended). */
  noticeDueAt: string | null;
  assignment: Assignment | null;
  returned: { unit: string; reason: string; at: string } | null;
  clarification: { message: string; requestedAt: string; receivedAt: string | null } | null;
  extension: { reason: string; at: string; noticeDueAt: string } | null;
  /** Set when the notice deadline passed undecided; kept after a late decision (it opens objection ground c/g). */
  overdueAt: string | null;
  decision: (Decision & { at: string; by: string | null }) | null;
  delivery: { method: string; at: string } | null;
}

export interface RequestInput {
  receivedUnit: string;
}

const is = (actor: Actor, ...roles: Actor['role'][]) => roles.includes(actor.role);
const assignedUnitIs = (context: RequestContext, actor: Actor) =>
  actor.unit !== null && context.assignment?.unit === actor.unit;
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/**
 * `can()` probes (`probe: true`) ask whether this actor may send this kind of event now; the
 * guards that judge the event's payload let a probe through and judge the real event.
 */
const payload = (event: RequestEvent, check: () => boolean) => event.probe === true || check();

export const requestMachine = setup({
  types: {
    context: {} as RequestContext,
    events: {} as RequestEvent,
    input: {} as RequestInput,
  },
  guards: {
    bySystem: ({ event }) => is(event.actor, 'system'),
    byPpidUtama: ({ event }) => is(event.actor, 'ppid_utama'),
    /** The PPID Utama, or the PPID Pelaksana of the unit that accepted the case. */
    byHandler: ({ context, event }) =>
      is(event.actor, 'ppid_utama') ||
      (is(event.actor, 'ppid_pelaksana') && assignedUnitIs(context, event.actor) && context.assignment?.acceptedAt != null),
    /** Only the unit a case is assigned to may accept or return it. */
    byAssignedUnit: ({ context, event }) => is(event.actor, 'ppid_pelaksana') && assignedUnitIs(context, event.actor),
    registrationIsComplete: ({ event }) =>
      payload(event, () => event.type === 'REGISTER' && text(event.registrationNumber) && text(event.noticeDueAt)),
    assignsAnotherUnit: ({ context, event }) =>
      payload(event, () => event.type === 'ASSIGN' && text(event.unit) && event.unit !== context.assignment?.unit),
    hasReason: ({ event }) =>
      payload(event, () => 'reason' in event && text(event.reason)),
    hasMessage: ({ event }) => payload(event, () => 'message' in event && text(event.message)),
    /** Art. 22(8): extended once, with written reasons, before the notice deadline passes. */
    beforeNoticeDeadline: ({ context, event }) => context.noticeDueAt !== null && event.at <= context.noticeDueAt,
    extensionIsLawful: ({ context, event }) =>
      payload(event, () =>
        event.type === 'EXTEND' && text(event.reason) && text(event.noticeDueAt) &&
        context.noticeDueAt !== null && event.noticeDueAt > context.noticeDueAt),
    pastNoticeDeadline: ({ context, event }) => context.noticeDueAt !== null && event.at > context.noticeDueAt,
    /** Art. 22(7), Art. 17, Art. 19: a denial names its exemptions and rests on a consequence test. */
    decisionIsLawful: ({ event }) => payload(event, () => event.type === 'DECIDE' && decisionIsLawful(event)),
    hasDeliveryMethod: ({ event }) => payload(event, () => event.type === 'DELIVER' && text(event.method)),
    somethingToDeliver: ({ context }) => context.decision !== null && needsDelivery(context.decision.outcome),
    nothingToDeliver: ({ context }) => context.decision !== null && !needsDelivery(context.decision.outcome),
  },
  actions: {
    recordOverdue: assign({ overdueAt: ({ event }) => event.at }),
    recordAssignment: assign({
      assignment: ({ event }) => {
        if (event.type !== 'ASSIGN') throw new Error('recordAssignment needs ASSIGN');
        return { unit: event.unit, assignedAt: event.at, targetDue: event.targetDue ?? null, acceptedAt: null };
      },
    }),
  },
}).createMachine({
  id: 'request',
  context: ({ input }) => ({
    receivedUnit: input.receivedUnit,
    registrationNumber: null,
    noticeDueAt: null,
    assignment: null,
    returned: null,
    clarification: null,
    extension: null,
    overdueAt: null,
    decision: null,
    delivery: null,
  }),
  initial: 'received',
  states: {
    received: {
      on: {
        REGISTER: {
          guard: and(['bySystem', 'registrationIsComplete']),
          target: 'open',
          actions: assign({
            registrationNumber: ({ event }) => event.registrationNumber,
            noticeDueAt: ({ event }) => event.noticeDueAt,
          }),
        },
      },
    },
    open: {
      type: 'parallel',
      on: {
        DECIDE: {
          guard: and(['byPpidUtama', 'decisionIsLawful']),
          target: 'decided',
          actions: assign({
            decision: ({ event }) => {
              const { type: _t, actor, at, probe: _p, expectedVersion: _v, ...decision } = event;
              return { ...decision, at, by: actor.id };
            },
          }),
        },
      },
      states: {
        work: {
          initial: 'registered',
          states: {
            registered: {
              on: {
                ASSIGN: { guard: and(['byPpidUtama', 'assignsAnotherUnit']), target: 'assigned', actions: 'recordAssignment' },
                START_REVIEW: { guard: 'byPpidUtama', target: 'in_review' },
              },
            },
            assigned: {
              on: {
                ASSIGN: { guard: and(['byPpidUtama', 'assignsAnotherUnit']), target: 'assigned', actions: 'recordAssignment' },
                ACCEPT_ASSIGNMENT: {
                  guard: 'byAssignedUnit',
                  target: 'in_review',
                  actions: assign({
                    assignment: ({ context, event }) => context.assignment && { ...context.assignment, acceptedAt: event.at },
                  }),
                },
                RETURN_ASSIGNMENT: {
                  guard: and(['byAssignedUnit', 'hasReason']),
                  target: 'registered',
                  actions: assign({
                    returned: ({ context, event }) => ({ unit: context.assignment!.unit, reason: event.reason, at: event.at }),
                    assignment: null,
                  }),
                },
              },
            },
            in_review: {
              on: {
                ASSIGN: { guard: and(['byPpidUtama', 'assignsAnotherUnit']), target: 'assigned', actions: 'recordAssignment' },
                REQUEST_CLARIFICATION: {
                  guard: and(['byHandler', 'hasMessage']),
                  target: 'awaiting_clarification',
                  actions: assign({
                    clarification: ({ event }) => ({ message: event.message, requestedAt: event.at, receivedAt: null }),
                  }),
                },
              },
            },
            awaiting_clarification: {
              on: {
                RECEIVE_CLARIFICATION: {
                  guard: 'byHandler',
                  target: 'in_review',
                  actions: assign({
                    clarification: ({ context, event }) => context.clarification && { ...context.clarification, receivedAt: event.at },
                  }),
                },
              },
            },
          },
        },
        clock: {
          initial: 'running',
          states: {
            running: {
              on: {
                EXTEND: {
                  guard: and(['byHandler', 'beforeNoticeDeadline', 'extensionIsLawful']),
                  target: 'extended',
                  actions: assign({
                    extension: ({ event }) => ({ reason: event.reason, at: event.at, noticeDueAt: event.noticeDueAt }),
                    noticeDueAt: ({ event }) => event.noticeDueAt,
                  }),
                },
                MARK_OVERDUE: { guard: and(['bySystem', 'pastNoticeDeadline']), target: 'overdue', actions: 'recordOverdue' },
              },
            },
            extended: {
              on: {
                MARK_OVERDUE: { guard: and(['bySystem', 'pastNoticeDeadline']), target: 'overdue', actions: 'recordOverdue' },
              },
            },
            overdue: {},
          },
        },
      },
    },
    decided: {
      on: {
        DELIVER: {
          guard: and(['byPpidUtama', 'somethingToDeliver', 'hasDeliveryMethod']),
          target: 'delivered',
          actions: assign({ delivery: ({ event }) => ({ method: event.method, at: event.at }) }),
        },
        CLOSE: { guard: and(['byPpidUtama', 'nothingToDeliver']), target: 'closed' },
      },
    },
    delivered: {
      on: { CLOSE: { guard: 'byPpidUtama', target: 'closed' } },
    },
    closed: { type: 'final' },
  },
});
