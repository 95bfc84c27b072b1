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
 *            A request filed at a unit or mission is assigned to it by the service on filing (ASSIGN by `system`).
 *     clock: running ─EXTEND (once per case, with reasons, before the notice deadline)─▶ extended
 *            running | extended ─MARK_OVERDUE (the deadline has passed)─▶ overdue
 *
 * Who may send what in which state (role × state → event), with each guard's rule and legal source:
 * docs/workflow.md, generated from this machine, its state descriptions and `requestGuardRules` below
 * (`npm run docs:workflow`; test/unit/workflow-doc.test.ts fails when they drift).
 */
import { and, assign, setup } from 'xstate';
import { type Actor, type Decision, type RequestEvent, decisionIsLawful, draftIsComplete, needsDelivery } from './request.events';
import { PERIODS } from './periods';
import { type GuardRules, INTERNAL_RULE, type StateTerm } from './rules';

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
  /** The question asked of the requester, and their answer (`reply`, given on the tracking page or the API). */
  clarification: { message: string; requestedAt: string; receivedAt: string | null; reply?: string | null } | null;
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
    meta: {} as StateTerm,
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
    /** A handler, or the requester (whose tracking code proved who they are at the door). */
    byHandlerOrRequester: ({ context, event }) =>
      is(event.actor, 'requester', 'ppid_utama') || (is(event.actor, 'ppid_pelaksana') && mine(context, event.actor, 'accepted', 'answered')),
    lastPending: ({ context }) => context.assignments.filter((a) => a.status === 'pending').length === 1,
    /** After this return, which assignments remain? */
    returnLeavesNone: ({ context, event }) => context.assignments.filter((a) => ACTIVE.includes(a.status) && a.unit !== event.actor.unit).length === 0,
    returnLeavesPending: ({ context, event }) => context.assignments.some((a) => a.status === 'pending' && a.unit !== event.actor.unit),
    registrationIsComplete: ({ event }) => payload(event, () => event.type === 'REGISTER' && text(event.registrationNumber) && text(event.noticeDueAt)),
    assignsNewUnits: ({ context, event }) =>
      payload(
        event,
        () =>
          event.type === 'ASSIGN' &&
          event.assignments.length > 0 &&
          event.assignments.every((n) => text(n.unit) && !context.assignments.some((a) => a.unit === n.unit && ACTIVE.includes(a.status))),
      ),
    /** At filing, the service forwards a request filed at a unit or mission to that unit, and to it alone. */
    assignsReceivingUnit: ({ context, event }) =>
      payload(event, () => event.type === 'ASSIGN' && event.assignments.length === 1 && event.assignments[0]!.unit === context.receivedUnit),
    hasReason: ({ event }) => payload(event, () => 'reason' in event && text(event.reason)),
    hasMessage: ({ event }) => payload(event, () => 'message' in event && text(event.message)),
    draftIsComplete: ({ event }) => payload(event, () => event.type === 'SUBMIT_DRAFT' && draftIsComplete(event)),
    /** Art. 22(8): extended once, with written reasons, before the notice deadline passes. */
    neverExtended: ({ context }) => context.extension === null,
    beforeNoticeDeadline: ({ context, event }) => context.noticeDueAt !== null && event.at <= context.noticeDueAt,
    extensionIsLawful: ({ context, event }) =>
      payload(
        event,
        () =>
          event.type === 'EXTEND' && text(event.reason) && text(event.noticeDueAt) && context.noticeDueAt !== null && event.noticeDueAt > context.noticeDueAt,
      ),
    pastNoticeDeadline: ({ context, event }) => context.noticeDueAt !== null && event.at > context.noticeDueAt,
    /** Art. 22(7), Art. 17, Art. 19: a denial names its exemptions and rests on a consequence test. */
    decisionIsLawful: ({ event }) => payload(event, () => event.type === 'DECIDE' && decisionIsLawful(event)),
    hasDeliveryMethod: ({ event }) => payload(event, () => event.type === 'DELIVER' && text(event.method)),
    somethingToDeliver: ({ context }) => context.decision !== null && needsDelivery(context.decision.outcome),
    nothingToDeliver: ({ context }) => context.decision !== null && !needsDelivery(context.decision.outcome),
    recomputeIsComplete: ({ event }) => payload(event, () => event.type === 'RECOMPUTE_DEADLINES' && text(event.noticeDueAt)),
    reopeningIsComplete: ({ event }) => payload(event, () => event.type === 'REOPEN' && text(event.instruction) && text(event.noticeDueAt)),
  },
  actions: {
    recordAssignments: assign({
      assignments: ({ context, event }) => {
        if (event.type !== 'ASSIGN') return context.assignments;
        return [
          ...context.assignments,
          ...event.assignments.map(
            (n): Assignment => ({
              unit: n.unit,
              assignedAt: event.at,
              targetDue: n.targetDue ?? null,
              status: 'pending',
              acceptedAt: null,
              returned: null,
              draft: null,
            }),
          ),
        ];
      },
    }),
    acceptAssignment: assign({
      assignments: ({ context, event }) => update(context, event.actor.unit, (a) => ({ ...a, status: 'accepted', acceptedAt: event.at })),
    }),
    returnAssignment: assign({
      assignments: ({ context, event }) =>
        update(context, event.actor.unit, (a) => ({
          ...a,
          status: 'returned',
          returned: { reason: event.type === 'RETURN_ASSIGNMENT' ? event.reason : '', at: event.at },
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
    reopened: ({ context, event }) => [
      ...context.reopened,
      {
        at: event.at,
        instruction: event.type === 'REOPEN' ? event.instruction : '',
        previous: context.decision,
      },
    ],
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
    reopened: ({ context, event }) => [
      ...context.reopened,
      {
        at: event.at,
        instruction: event.type === 'REOPEN' ? event.instruction : '',
        previous: null,
      },
    ],
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
      description: 'Received: the request has arrived and is not yet registered.',
      meta: { term: 'diterima' },
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
      description: 'Open: registered and being worked on, with the statutory clock running beside the work.',
      meta: { term: 'dalam proses' },
      tags: ['open'],
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
              assignments: context.assignments.map((a) => (ACTIVE.includes(a.status) && target.has(a.unit) ? { ...a, targetDue: target.get(a.unit)! } : a)),
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
          description: 'Who is working on the request.',
          meta: { term: 'penanganan' },
          initial: 'registered',
          states: {
            registered: {
              description: 'Registered, waiting for the PPID Utama to handle it or forward it.',
              meta: { term: 'terdaftar' },
              on: {
                ASSIGN: [
                  { guard: and(['byPpidUtama', 'assignsNewUnits']), target: 'assigned', actions: 'recordAssignments' },
                  // Filed at a unit or mission: on filing it holds the request, pending its acceptance.
                  { guard: and(['bySystem', 'assignsReceivingUnit', 'assignsNewUnits']), target: 'assigned', actions: 'recordAssignments' },
                ],
                START_REVIEW: { guard: 'byPpidUtama', target: 'in_review' },
              },
            },
            assigned: {
              description: 'Forwarded to one or more work units or missions; at least one has not accepted yet.',
              meta: { term: 'diteruskan ke PPID Pelaksana' },
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
              description: 'Being worked on: the answer and the written notice are prepared.',
              meta: { term: 'sedang diproses' },
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
              description: 'Waiting for the requester to clarify the request.',
              meta: { term: 'menunggu klarifikasi pemohon' },
              tags: ['awaiting_requester'],
              on: {
                // The requester answers (tracking page or API), or a handler records an answer given another way.
                RECEIVE_CLARIFICATION: {
                  guard: 'byHandlerOrRequester',
                  target: 'in_review',
                  actions: [
                    assign({
                      clarification: ({ context, event }) =>
                        context.clarification && {
                          ...context.clarification,
                          receivedAt: event.at,
                          reply: event.type === 'RECEIVE_CLARIFICATION' ? (event.reply ?? null) : null,
                        },
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
          description: 'The notice deadline (10 working days, extendable once by 7).',
          meta: { term: 'jangka waktu pemberitahuan' },
          initial: 'running',
          states: {
            running: {
              description: 'The notice deadline is running.',
              meta: { term: 'tenggat berjalan' },
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
              description: 'The notice deadline was extended once, with written reasons.',
              meta: { term: 'diperpanjang' },
              on: {
                MARK_OVERDUE: { guard: and(['bySystem', 'pastNoticeDeadline']), target: 'overdue', actions: 'recordOverdue' },
                REOPEN: reopenUnanswered,
              },
            },
            overdue: {
              description: 'The notice deadline passed without a written notice.',
              meta: { term: 'melewati jangka waktu' },
              on: { REOPEN: reopenUnanswered },
            },
          },
        },
      },
    },
    decided: {
      description: 'Decided: the written notice was issued.',
      meta: { term: 'diputuskan (pemberitahuan tertulis)' },
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
      description: 'The information was handed over.',
      meta: { term: 'informasi diserahkan' },
      on: { REOPEN: reopen, CLOSE: { guard: 'byPpidUtama', target: 'closed' } },
    },
    closed: {
      description: 'Closed: nothing more to do unless an objection reopens it.',
      meta: { term: 'selesai' },
      on: { REOPEN: reopen },
    },
  },
});

/** Each guard in plain words, with its legal source (docs/workflow.md is generated from these). */
export const requestGuardRules: GuardRules<typeof requestMachine> = {
  bySystem: {
    rule: 'Sent by the service itself (at filing, by the deadline sweeper, after a calendar change), never by a person.',
    source: INTERNAL_RULE,
  },
  byPpidUtama: { rule: 'Only the PPID Utama, the PPID of the body.', source: 'UU 14/2008 Pasal 13' },
  byAtasanOrSystem: {
    rule: "The atasan PPID, or the system carrying out the atasan's response to an objection.",
    source: 'UU 14/2008 Pasal 36',
  },
  byHandler: {
    rule: 'The PPID Utama, or a PPID Pelaksana whose own unit accepted its assignment.',
    source: `UU 14/2008 Pasal 13; forwarding: ${INTERNAL_RULE.toLowerCase()}`,
  },
  byPendingUnit: { rule: "A PPID Pelaksana whose own unit's assignment is waiting to be accepted.", source: INTERNAL_RULE },
  byActiveUnit: { rule: 'A PPID Pelaksana whose own unit holds an assignment (waiting, accepted or answered).', source: INTERNAL_RULE },
  byAcceptedUnit: { rule: 'A PPID Pelaksana whose own unit accepted its assignment.', source: INTERNAL_RULE },
  byHandlerOrRequester: {
    rule: 'The requester (proved by the tracking code, on the tracking page or the API), or a handler recording an answer given another way.',
    source: 'Perki 1/2021 (Standar Permintaan Informasi Publik)',
  },
  lastPending: { rule: "No other unit's assignment is still waiting to be accepted.", source: INTERNAL_RULE },
  returnLeavesNone: { rule: 'After this return no unit holds an assignment: the case goes back to the PPID Utama.', source: INTERNAL_RULE },
  returnLeavesPending: { rule: "After this return another unit's assignment is still waiting to be accepted.", source: INTERNAL_RULE },
  registrationIsComplete: {
    rule: 'A registration number is given, and the notice deadline (10 working days from receipt).',
    source: `UU 14/2008 Pasal 22 ayat (4)–(5); ${PERIODS.notice.source}`,
  },
  assignsNewUnits: { rule: 'One or more units or missions, none of which already holds an assignment.', source: INTERNAL_RULE },
  assignsReceivingUnit: {
    rule: 'Only the unit or mission the request was filed at: it holds the request from filing, pending its acceptance. The notice deadline still runs from receipt.',
    source: `${INTERNAL_RULE}; kip-rules §4.2 (forwarding does not restart the statutory clock)`,
  },
  hasReason: { rule: 'A written reason is given.', source: INTERNAL_RULE },
  hasMessage: { rule: 'The question for the requester is written down.', source: 'Perki 1/2021 (Standar Permintaan Informasi Publik)' },
  draftIsComplete: {
    rule: 'The draft answer is a complete decision, by the same rules as the written notice.',
    source: 'UU 14/2008 Pasal 22 ayat (7)',
  },
  neverExtended: { rule: 'The notice deadline has not been extended before: once per request.', source: PERIODS.extension.source },
  beforeNoticeDeadline: {
    rule: `Sent before the notice deadline (${PERIODS.notice.workingDays} working days) has passed.`,
    source: `${PERIODS.notice.source}; ${PERIODS.extension.source}`,
  },
  extensionIsLawful: {
    rule: `With written reasons, and the new deadline (at most ${PERIODS.extension.workingDays} more working days) is later than the current one.`,
    source: PERIODS.extension.source,
  },
  pastNoticeDeadline: {
    rule:
      `The notice deadline (${PERIODS.notice.workingDays} working days, or ` +
      `${PERIODS.notice.workingDays + PERIODS.extension.workingDays} if extended) has passed unanswered.`,
    source: `${PERIODS.notice.source}; ${PERIODS.extension.source}`,
  },
  decisionIsLawful: {
    rule:
      'One of the outcomes of the written notice; a denial or partial grant names its Art. 17 exemptions ' +
      'and rests on a consequence test (uji konsekuensi).',
    source: 'UU 14/2008 Pasal 22 ayat (7), Pasal 17, Pasal 19; Perki 1/2021 Pasal 49',
  },
  hasDeliveryMethod: { rule: 'How the information was handed over is recorded.', source: 'UU 14/2008 Pasal 22 ayat (7) huruf f' },
  somethingToDeliver: {
    rule: 'The decision granted the information in whole or in part: there is something to hand over.',
    source: 'UU 14/2008 Pasal 22 ayat (7) huruf d',
  },
  nothingToDeliver: {
    rule: 'The decision granted nothing (denied, not held, not yet documented): nothing to hand over.',
    source: 'UU 14/2008 Pasal 22 ayat (7) huruf a–c',
  },
  recomputeIsComplete: {
    rule: 'The new notice deadline is given: a holiday change moved the working days it is counted in.',
    source: PERIODS.notice.source,
  },
  reopeningIsComplete: {
    rule: `The atasan PPID's instruction is given, and a new notice deadline (${PERIODS.notice.workingDays} working days from now).`,
    source: `UU 14/2008 Pasal 36; ${PERIODS.notice.source}`,
  },
};
