/**
 * A request for public information (permohonan informasi publik) from receipt to closing,
 * UU 14/2008 Art. 22. Pure: no I/O and no clock. The domain passes the time (`at`) and every
 * computed deadline in the events, so the same event always gives the same next state.
 *
 *   received ──REGISTER──▶ open ──DECIDE──▶ decided ──DELIVER──▶ delivered ──CLOSE──▶ closed
 *                                             └──────CLOSE (nothing to deliver)─────▶ closed
 *   decided | delivered | closed ──REOPEN (objection overturned, keberatan)──▶ open
 *   open, past its deadline unanswered ──REOPEN (objection ground c upheld against the PPID)──▶ clock running again
 *
 *   open runs two regions side by side:
 *     work:  registered ─ASSIGN─▶ assigned ─ACCEPT_ASSIGNMENT (last pending)─▶ in_review ⇄ awaiting_clarification
 *            A case may be assigned to several units and missions (PPID Pelaksana) at once; each accepts or
 *            returns its own part, and submits a draft answer. START_REVIEW lets the PPID Utama handle it itself.
 *     clock: running ─EXTEND (once per case, with reasons, before the notice deadline)─▶ extended
 *            running | extended ─MARK_OVERDUE (the deadline has passed)─▶ overdue
 *
 * Who may send what (role × state → event), enforced by the guards below:
 *   system          REGISTER, MARK_OVERDUE, RECOMPUTE_DEADLINES (a holiday change moved the dates)
 *   ppid_utama      ASSIGN, START_REVIEW, EXTEND, DECIDE, DELIVER, CLOSE, REQUEST_/RECEIVE_CLARIFICATION
 *   ppid_pelaksana  ACCEPT_ASSIGNMENT, RETURN_ASSIGNMENT — only while their own unit's assignment is pending;
 *                   after accepting: SUBMIT_DRAFT, RETURN_ASSIGNMENT, REQUEST_/RECEIVE_CLARIFICATION, EXTEND
 *   atasan          REOPEN (after overturning the PPID on an objection), or the system on its behalf
 */
import { and, assign, setup } from 'xstate';
import {
  type Actor,
  type Decision,
  type RequestEvent,
  decisionIsLawful,
  draftIsComplete,
  needsDelivery,
} from './request.events';

/** Stored with every snapshot; bump it when a change would misread old snapshots, and migrate them. */
export const REQUEST_MACHINE_VERSION = 1;

export type AssignmentStatus = 'pending' | 'accepted' | 'returned' | 'answered';

export interface Assignment {
  unit: string;
  assignedAt: string;
  /** Internal target (not statutory): the local date the unit should answer the PPID by, on its own calendar. */
  targetDue: string | null;
  status: AssignmentStatus;
  acceptedAt: string | null;
  returned: { reason: string; at: string } | null;
  draft: (Decision & { at: string; by: string | null }) | null;
}

export interface RequestContext {
  receivedUnit: string;
  registrationNumber: string | null;
  /** End of the local day on which the written notice is due (extended once if extended). */
  noticeDueAt: string | null;
  assignments: Assignment[];
  clarification: { message: string; requestedAt: string; receivedAt: string | null } | null;
  extension: { reason: string; at: string; noticeDueAt: string } | null;
  /** Set when the notice deadline passed undecided; kept after a late decision (it opens objection ground c/g). */
  overdueAt: string | null;
  decision: (Decision & { at: string; by: string | null }) | null;
  delivery: { method: string; at: string } | null;
  /** Decisions set aside by the atasan PPID on objection, with the instruction given. */
  reopened: Array<{ at: string; instruction: string; previous: RequestContext['decision'] }>;
}

export interface RequestInput {
  receivedUnit: string;
}

const ACTIVE: AssignmentStatus[] = ['pending', 'accepted', 'answered'];
const is = (actor: Actor, ...roles: Actor['role'][]) => roles.includes(actor.role);
const mine = (context: RequestContext, actor: Actor, ...statuses: AssignmentStatus[]) =>
  actor.unit !== null && context.assignments.some((a) => a.unit === actor.unit && statuses.includes(a.status));
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const update = (context: RequestContext, unit: string | null, change: (a: Assignment) => Assignment) =>
  context.assignments.map((a) => (a.unit === unit && ACTIVE.includes(a.status) ? change(a) : a));

/** The notice deadline now in force moved (and the extension's, when extended). */
const movedDeadline = (context: RequestContext, noticeDueAt: string): Partial<RequestContext> => ({
  noticeDueAt,
  extension: context.extension && { ...context.extension, noticeDueAt },
});

/**
 * `can()` probes (`probe: true`) ask whether this actor may send this kind of event now; the
 * guards that judge the event's payload let a probe through and judge the real event.
 */
const payload = (event: RequestEvent, check: () => boolean) => event.probe === true || check();

const machineSetup = setup({
  types: {
    context: {} as RequestContext,
    events: {} as RequestEvent,
    input: {} as RequestInput,
  },
  guards: {
    bySystem: ({ event }) => is(event.actor, 'system'),
    byPpidUtama: ({ event }) => is(event.actor, 'ppid_utama'),
    byAtasanOrSystem: ({ event }) => is(event.actor, 'atasan', 'system'),
    /** The PPID Utama, or a PPID Pelaksana whose unit accepted its assignment. */
    byHandler: ({ context, event }) =>
      is(event.actor, 'ppid_utama') || (is(event.actor, 'ppid_pelaksana') && mine(context, event.actor, 'accepted', 'answered')),
    /** Only the unit a case is assigned to may accept or return it. */
    byPendingUnit: ({ context, event }) => is(event.actor, 'ppid_pelaksana') && mine(context, event.actor, 'pending'),
    byActiveUnit: ({ context, event }) => is(event.actor, 'ppid_pelaksana') && mine(context, event.actor, ...ACTIVE),
    byAcceptedUnit: ({ context, event }) => is(event.actor, 'ppid_pelaksana') && mine(context, event.actor, 'accepted', 'answered'),
    lastPending: ({ context }) => context.assignments.filter((a) => a.status === 'pending').length === 1,
    /** After this return, which assignments remain? */
    returnLeavesNone: ({ context, event }) =>
      context.assignments.filter((a) => ACTIVE.includes(a.status) && a.unit !== event.actor.unit).length === 0,
    returnLeavesPending: ({ context, event }) =>
      context.assignments.some((a) => a.status === 'pending' && a.unit !== event.actor.unit),
    registrationIsComplete: ({ event }) =>
      payload(event, () => event.type === 'REGISTER' && text(event.registrationNumber) && text(event.noticeDueAt)),
    assignsNewUnits: ({ context, event }) =>
      payload(event, () => event.type === 'ASSIGN' && event.assignments.length > 0 && event.assignments.every((n) =>
        text(n.unit) && !context.assignments.some((a) => a.unit === n.unit && ACTIVE.includes(a.status)))),
    hasReason: ({ event }) => payload(event, () => 'reason' in event && text(event.reason)),
    hasMessage: ({ event }) => payload(event, () => 'message' in event && text(event.message)),
    draftIsComplete: ({ event }) => payload(event, () => event.type === 'SUBMIT_DRAFT' && draftIsComplete(event)),
    /** Art. 22(8): extended once, with written reasons, before the notice deadline passes. */
    neverExtended: ({ context }) => context.extension === null,
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
    recomputeIsComplete: ({ event }) => payload(event, () => event.type === 'RECOMPUTE_DEADLINES' && text(event.noticeDueAt)),
    reopeningIsComplete: ({ event }) =>
      payload(event, () => event.type === 'REOPEN' && text(event.instruction) && text(event.noticeDueAt)),
  },
  actions: {
    recordAssignments: assign({
      assignments: ({ context, event }) => {
        if (event.type !== 'ASSIGN') return context.assignments;
        return [...context.assignments, ...event.assignments.map((n): Assignment => ({
          unit: n.unit, assignedAt: event.at, targetDue: n.targetDue ?? null, status: 'pending',
          acceptedAt: null, returned: null, draft: null,
        }))];
      },
    }),
    acceptAssignment: assign({
      assignments: ({ context, event }) => update(context, event.actor.unit, (a) => ({ ...a, status: 'accepted', acceptedAt: event.at })),
    }),
    returnAssignment: assign({
      assignments: ({ context, event }) => update(context, event.actor.unit, (a) => ({
        ...a, status: 'returned', returned: { reason: event.type === 'RETURN_ASSIGNMENT' ? event.reason : '', at: event.at },
      })),
    }),
    recordOverdue: assign({ overdueAt: ({ event }) => event.at }),
  },
});

/** The atasan PPID overturned the PPID on objection (UU 14/2008 Art. 36): the request is worked again. */
const reopen = {
  guard: and(['byAtasanOrSystem', 'reopeningIsComplete']),
  target: '#request.open.work.in_review',
  actions: machineSetup.assign({
    reopened: ({ context, event }) => [...context.reopened, {
      at: event.at, instruction: event.type === 'REOPEN' ? event.instruction : '', previous: context.decision,
    }],
    noticeDueAt: ({ context, event }) => (event.type === 'REOPEN' ? event.noticeDueAt : context.noticeDueAt),
    decision: null,
    delivery: null,
    overdueAt: null,
  }),
} as const;

/**
 * Objection ground c (no answer): the atasan PPID orders an answer to a request still open past its
 * deadline. The work stays where it is; the clock restarts with the new deadline.
 */
const reopenUnanswered = {
  guard: and(['byAtasanOrSystem', 'pastNoticeDeadline', 'reopeningIsComplete']),
  target: '#request.open.clock.running',
  actions: machineSetup.assign({
    reopened: ({ context, event }) => [...context.reopened, {
      at: event.at, instruction: event.type === 'REOPEN' ? event.instruction : '', previous: null,
    }],
    noticeDueAt: ({ context, event }) => (event.type === 'REOPEN' ? event.noticeDueAt : context.noticeDueAt),
    overdueAt: null,
  }),
} as const;

export const requestMachine = machineSetup.createMachine({
  id: 'request',
  // `input` is missing only when XState's pure `transition()` builds its throw-away actor, whose
  // initial state it never uses; reading through `?.` spares it a thrown TypeError per step.
  context: ({ input }) => ({
    receivedUnit: input?.receivedUnit ?? '',
    registrationNumber: null,
    noticeDueAt: null,
    assignments: [],
    clarification: null,
    extension: null,
    overdueAt: null,
    decision: null,
    delivery: null,
    reopened: [],
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
        /** A holiday change moved this open case's deadlines (src/calendar/recompute.ts). */
        RECOMPUTE_DEADLINES: {
          guard: and(['bySystem', 'recomputeIsComplete']),
          actions: assign(({ context, event }) => {
            if (event.type !== 'RECOMPUTE_DEADLINES') return {};
            const target = new Map(event.targets.map((t) => [t.unit, t.targetDue]));
            return {
              ...movedDeadline(context, event.noticeDueAt),
              assignments: context.assignments.map((a) =>
                ACTIVE.includes(a.status) && target.has(a.unit) ? { ...a, targetDue: target.get(a.unit)! } : a),
            };
          }),
        },
        SUBMIT_DRAFT: {
          guard: and(['byAcceptedUnit', 'draftIsComplete']),
          actions: assign({
            assignments: ({ context, event }) => {
              const { type: _t, actor, at, probe: _p, expectedVersion: _v, ...draft } = event;
              return update(context, actor.unit, (a) => ({ ...a, status: 'answered', draft: { ...draft, at, by: actor.id } }));
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
                ASSIGN: { guard: and(['byPpidUtama', 'assignsNewUnits']), target: 'assigned', actions: 'recordAssignments' },
                START_REVIEW: { guard: 'byPpidUtama', target: 'in_review' },
              },
            },
            assigned: {
              on: {
                ASSIGN: { guard: and(['byPpidUtama', 'assignsNewUnits']), target: 'assigned', actions: 'recordAssignments' },
                ACCEPT_ASSIGNMENT: [
                  { guard: and(['byPendingUnit', 'lastPending']), target: 'in_review', actions: 'acceptAssignment' },
                  { guard: 'byPendingUnit', target: 'assigned', actions: 'acceptAssignment' },
                ],
                RETURN_ASSIGNMENT: [
                  { guard: and(['byActiveUnit', 'hasReason', 'returnLeavesNone']), target: 'registered', actions: 'returnAssignment' },
                  { guard: and(['byActiveUnit', 'hasReason', 'returnLeavesPending']), target: 'assigned', actions: 'returnAssignment' },
                  { guard: and(['byActiveUnit', 'hasReason']), target: 'in_review', actions: 'returnAssignment' },
                ],
              },
            },
            in_review: {
              on: {
                ASSIGN: { guard: and(['byPpidUtama', 'assignsNewUnits']), target: 'assigned', actions: 'recordAssignments' },
                RETURN_ASSIGNMENT: [
                  { guard: and(['byActiveUnit', 'hasReason', 'returnLeavesNone']), target: 'registered', actions: 'returnAssignment' },
                  { guard: and(['byActiveUnit', 'hasReason']), target: 'in_review', actions: 'returnAssignment' },
                ],
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
                  actions: [
                    assign({
                      clarification: ({ context, event }) => context.clarification && { ...context.clarification, receivedAt: event.at },
                    }),
                    // Under the `paused` clarification policy the wait is added back to the deadline.
                    assign(({ context, event }) => (event.noticeDueAt ? movedDeadline(context, event.noticeDueAt) : {})),
                  ],
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
                  guard: and(['byHandler', 'neverExtended', 'beforeNoticeDeadline', 'extensionIsLawful']),
                  target: 'extended',
                  actions: assign({
                    extension: ({ event }) => ({ reason: event.reason, at: event.at, noticeDueAt: event.noticeDueAt }),
                    noticeDueAt: ({ event }) => event.noticeDueAt,
                  }),
                },
                MARK_OVERDUE: { guard: and(['bySystem', 'pastNoticeDeadline']), target: 'overdue', actions: 'recordOverdue' },
                REOPEN: reopenUnanswered,
              },
            },
            extended: {
              on: {
                MARK_OVERDUE: { guard: and(['bySystem', 'pastNoticeDeadline']), target: 'overdue', actions: 'recordOverdue' },
                REOPEN: reopenUnanswered,
              },
            },
            overdue: {
              on: { REOPEN: reopenUnanswered },
            },
          },
        },
      },
    },
    decided: {
      on: {
        REOPEN: reopen,
        DELIVER: {
          guard: and(['byPpidUtama', 'somethingToDeliver', 'hasDeliveryMethod']),
          target: 'delivered',
          actions: assign({ delivery: ({ event }) => ({ method: event.method, at: event.at }) }),
        },
        CLOSE: { guard: and(['byPpidUtama', 'nothingToDeliver']), target: 'closed' },
      },
    },
    delivered: {
      on: { REOPEN: reopen, CLOSE: { guard: 'byPpidUtama', target: 'closed' } },
    },
    closed: {
      on: { REOPEN: reopen },
    },
  },
});
