/**
 * An objection (keberatan, UU 14/2008 Art. 35–36) and, after it, the dispute (sengketa informasi)
 * at the Information Commission (Komisi Informasi, Art. 37–50; Perki 1/2013). Pure: no I/O and no
 * clock. The domain passes the time (`at`, and `today`, its local date) and every computed
 * deadline in the events, so the same event always gives the same next state.
 *
 *   received ─REGISTER─▶ registered ─DECIDE_OBJECTION (upheld | overturned)─▶ decided ─CLOSE─▶ closed
 *            └(late)──▶ late_review ─ACCEPT_LATE─▶ registered
 *                                   └REJECT_LATE (written reasons)─▶ decided
 *            registered ─SETTLE_BY_AGREEMENT (musyawarah, grounds b–g)─▶ settled ─CLOSE─▶ closed
 *   decided, or registered | late_review past the atasan's deadline ─RECORD_DISPUTE─▶ dispute
 *
 *   dispute (stages recorded with RECORD_DISPUTE_STAGE {stage, on}):
 *     filed ─registered─▶ registered ─preliminary_exam─▶ preliminary_exam
 *     preliminary_exam ─mediation (grounds b–g)─▶ mediation ─mediation_result─▶ final (agreement) | mediation_failed
 *     preliminary_exam | mediation_failed ─adjudication─▶ adjudication ─decision─▶ decided
 *     preliminary_exam ─decision (dismissed at the preliminary examination)─▶ decided
 *     decided ─court_challenge─▶ court_challenge ─cassation─▶ cassation ─final─▶ final
 *     decided | court_challenge ─final─▶ final ─compliance─▶ complied ─CLOSE─▶ closed
 *     any stage before the decision ─withdrawn─▶ withdrawn ─CLOSE─▶ closed
 *
 * Who may send what in which state (role × state → event), with each guard's rule and legal source:
 * docs/workflow.md, generated from this machine and `objectionGuardRules` below (`npm run docs:workflow`).
 * Dates of a dispute never run backwards: filing on or after the atasan's response (or the day
 * after the lapsed deadline), each stage on or after the one before, none after today.
 */
import { and, assign, setup } from 'xstate';
import type { Actor } from './request.events';
import { type DisputeStage, type ObjectionEvent, type ObjectionGround, mayBeMediated } from './objection.events';
import { PERIODS } from './periods';
import { type GuardRules, INTERNAL_RULE, type StateTerm } from './rules';

/** Stored with every snapshot; bump it when a change would misread old snapshots, and migrate them. */
export const OBJECTION_MACHINE_VERSION = 1;

export type ObjectionOutcome = 'upheld' | 'overturned' | 'rejected_late';

export interface RecordedStage {
  stage: DisputeStage;
  on: string;
  at: string;
  by: string | null;
  details: Record<string, unknown>;
}

export interface ObjectionContext {
  grounds: ObjectionGround[];
  objectionNumber: string | null;
  /** End of the local day on which the atasan PPID's response is due (Art. 36(2)). */
  responseDueAt: string | null;
  responseDue: string | null;
  /** Filed after the 30-working-day window (Art. 36(1)); the atasan decides whether to accept it. */
  late: boolean;
  lateReview: { accepted: boolean; reasons: string | null; at: string; by: string | null } | null;
  /** Set when the response deadline passed undecided; kept after a late decision. */
  overdueAt: string | null;
  settlement: { agreement: string; at: string; on: string; by: string | null } | null;
  decision: { outcome: ObjectionOutcome; reasons: string; instruction: string | null; at: string; on: string; by: string | null } | null;
  /** The requester's reaction to the response (tanggapan pemohon). */
  reaction: { text: string; at: string; by: string | null } | null;
  dispute: {
    commission: string;
    registrationNumber: string;
    filedOn: string;
    withinWindow: boolean;
    note: string | null;
    recordedAt: string;
    stages: RecordedStage[];
  } | null;
}

export interface ObjectionInput {
  grounds: ObjectionGround[];
}

const is = (actor: Actor, ...roles: Actor['role'][]) => roles.includes(actor.role);
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * `can()` probes (`probe: true`) ask whether this actor may send this kind of event now; the
 * guards that judge the event's payload let a probe through and judge the real event.
 */
const payload = (event: ObjectionEvent, check: () => boolean) => event.probe === true || check();

/** The last date recorded on the dispute: filing or the latest stage. */
const lastDisputeDate = (context: ObjectionContext) => (context.dispute ? (context.dispute.stages.at(-1)?.on ?? context.dispute.filedOn) : null);

const machineSetup = setup({
  types: {
    context: {} as ObjectionContext,
    events: {} as ObjectionEvent,
    input: {} as ObjectionInput,
    meta: {} as StateTerm,
  },
  guards: {
    bySystem: ({ event }) => is(event.actor, 'system'),
    byAtasan: ({ event }) => is(event.actor, 'atasan'),
    /** Who records what happens outside the body (the requester's reaction, the Commission): the atasan or the PPID Utama. */
    byRecorder: ({ event }) => is(event.actor, 'atasan', 'ppid_utama'),
    registrationIsComplete: ({ event }) =>
      payload(event, () => event.type === 'REGISTER' && text(event.objectionNumber) && text(event.responseDueAt) && isDate(event.responseDue)),
    isLate: ({ event }) => event.type === 'REGISTER' && event.late,
    pastResponseDeadline: ({ context, event }) => context.responseDueAt !== null && event.at > context.responseDueAt,
    notYetOverdue: ({ context }) => context.overdueAt === null,
    /** Musyawarah (Art. 35(2)) and Commission mediation (Art. 40(2)) are for grounds b–g only. */
    mayBeMediated: ({ context }) => mayBeMediated(context.grounds),
    hasReasons: ({ event }) => payload(event, () => 'reasons' in event && text(event.reasons)),
    hasAgreement: ({ event }) => payload(event, () => event.type === 'SETTLE_BY_AGREEMENT' && text(event.agreement)),
    /** Art. 36(3): upheld with written reasons; overturned with reasons and an instruction to the PPID. */
    decisionIsComplete: ({ event }) =>
      payload(
        event,
        () =>
          event.type === 'DECIDE_OBJECTION' &&
          text(event.reasons) &&
          (event.outcome === 'upheld' || (event.outcome === 'overturned' && text(event.instruction))),
      ),
    hasReaction: ({ event }) => payload(event, () => event.type === 'RECORD_REACTION' && text(event.reaction)),
    /** Filed with a Commission, with its number, on or after the response (or the lapse of its deadline), not in the future. */
    disputeFilingIsLawful: ({ context, event }) =>
      payload(event, () => {
        if (event.type !== 'RECORD_DISPUTE' || !text(event.commission) || !text(event.registrationNumber) || !isDate(event.filedOn)) return false;
        if (event.filedOn > event.today) return false;
        if (context.decision) return event.filedOn >= context.decision.on;
        return context.responseDue !== null && event.filedOn > context.responseDue;
      }),
    /** The stage asked for is this transition's stage; judged on probes too, so the UI can list the stages that may come next. */
    stageIs: ({ event }, params: { stage: DisputeStage }) => event.type === 'RECORD_DISPUTE_STAGE' && event.stage === params.stage,
    stageDateIsLawful: ({ context, event }) =>
      payload(event, () => {
        if (event.type !== 'RECORD_DISPUTE_STAGE' || !isDate(event.on) || event.on > event.today) return false;
        const last = lastDisputeDate(context);
        return last !== null && event.on >= last;
      }),
    mediationAgreed: ({ event }) => event.type === 'RECORD_DISPUTE_STAGE' && event.stage === 'mediation_result' && event.result === 'agreement',
  },
  actions: {
    register: assign(({ event }) =>
      event.type === 'REGISTER'
        ? { objectionNumber: event.objectionNumber, responseDueAt: event.responseDueAt, responseDue: event.responseDue, late: event.late }
        : {},
    ),
    recordOverdue: assign({ overdueAt: ({ event }) => event.at }),
    recordResponseDue: assign(({ event }) =>
      event.type === 'RECOMPUTE_DEADLINES' ? { responseDue: event.responseDue, responseDueAt: event.responseDueAt } : {},
    ),
    recordReaction: assign({
      reaction: ({ event }) => ({ text: event.type === 'RECORD_REACTION' ? event.reaction : '', at: event.at, by: event.actor.id }),
    }),
    recordStage: assign({
      dispute: ({ context, event }) => {
        if (!context.dispute || event.type !== 'RECORD_DISPUTE_STAGE') return context.dispute;
        const { type: _t, actor, at, today: _d, probe: _p, stage, on, ...details } = event;
        return { ...context.dispute, stages: [...context.dispute.stages, { stage, on, at, by: actor.id, details }] };
      },
    }),
  },
});

/** The requester's reaction may be recorded whenever a response or settlement stands. */
const recordReaction = { guard: and(['byRecorder', 'hasReaction']), actions: 'recordReaction' } as const;

/** The requester took the dispute to the Commission (Art. 37). */
const recordDispute = {
  target: '#objection.dispute',
  actions: machineSetup.assign({
    dispute: ({ event }) =>
      event.type === 'RECORD_DISPUTE'
        ? {
            commission: event.commission,
            registrationNumber: event.registrationNumber,
            filedOn: event.filedOn,
            withinWindow: event.withinWindow,
            note: event.note ?? null,
            recordedAt: event.at,
            stages: [],
          }
        : null,
  }),
} as const;

/** A recorded dispute stage moving the dispute to `target`. */
const stage = (name: DisputeStage, target: string, ...extra: Array<'mayBeMediated' | 'mediationAgreed'>) =>
  ({
    guard: and(['byRecorder', { type: 'stageIs', params: { stage: name } }, ...extra, 'stageDateIsLawful']),
    target,
    actions: 'recordStage',
  }) as const;

const close = { guard: 'byRecorder', target: '#objection.closed' } as const;
const markOverdue = { guard: and(['bySystem', 'pastResponseDeadline', 'notYetOverdue']), actions: 'recordOverdue' } as const;
/** A holiday change moved the atasan's deadline (counted on the national calendar), while it still runs. */
const recomputeDeadlines = { guard: and(['bySystem', 'notYetOverdue']), actions: 'recordResponseDue' } as const;
const withdrawn = stage('withdrawn', 'withdrawn');

export const objectionMachine = machineSetup.createMachine({
  id: 'objection',
  // `input` is missing only when XState's pure `transition()` builds its throw-away actor (see request.machine.ts).
  context: ({ input }) => ({
    grounds: input?.grounds ?? [],
    objectionNumber: null,
    responseDueAt: null,
    responseDue: null,
    late: false,
    lateReview: null,
    overdueAt: null,
    settlement: null,
    decision: null,
    reaction: null,
    dispute: null,
  }),
  initial: 'received',
  states: {
    received: {
      description: 'Received: the objection has arrived and is not yet registered.',
      meta: { term: 'diterima' },
      tags: ['pending'],
      on: {
        REGISTER: [
          { guard: and(['bySystem', 'registrationIsComplete', 'isLate']), target: 'late_review', actions: 'register' },
          { guard: and(['bySystem', 'registrationIsComplete']), target: 'registered', actions: 'register' },
        ],
      },
    },
    /** Filed after the window: recorded and registered, and the atasan PPID decides whether to accept it. */
    late_review: {
      description: 'Filed after the objection window: registered, and the atasan PPID decides whether to accept it.',
      meta: { term: 'terlambat diajukan' },
      tags: ['pending'],
      on: {
        ACCEPT_LATE: {
          guard: 'byAtasan',
          target: 'registered',
          actions: assign({
            lateReview: ({ event }) => ({
              accepted: true,
              reasons: event.type === 'ACCEPT_LATE' ? (event.reasons ?? null) : null,
              at: event.at,
              by: event.actor.id,
            }),
          }),
        },
        REJECT_LATE: {
          guard: and(['byAtasan', 'hasReasons']),
          target: 'decided',
          actions: assign(({ event }) => {
            const reasons = event.type === 'REJECT_LATE' ? event.reasons : '';
            return {
              lateReview: { accepted: false, reasons, at: event.at, by: event.actor.id },
              decision: { outcome: 'rejected_late' as const, reasons, instruction: null, at: event.at, on: event.today, by: event.actor.id },
            };
          }),
        },
        MARK_OVERDUE: markOverdue,
        RECOMPUTE_DEADLINES: recomputeDeadlines,
        RECORD_DISPUTE: { ...recordDispute, guard: and(['byRecorder', 'pastResponseDeadline', 'disputeFilingIsLawful']) },
      },
    },
    registered: {
      description: "Registered, waiting for the atasan PPID's written response.",
      meta: { term: 'terdaftar' },
      tags: ['pending'],
      on: {
        SETTLE_BY_AGREEMENT: {
          guard: and(['byAtasan', 'mayBeMediated', 'hasAgreement']),
          target: 'settled',
          actions: assign({
            settlement: ({ event }) => ({
              agreement: event.type === 'SETTLE_BY_AGREEMENT' ? event.agreement : '',
              at: event.at,
              on: event.today,
              by: event.actor.id,
            }),
          }),
        },
        DECIDE_OBJECTION: {
          guard: and(['byAtasan', 'decisionIsComplete']),
          target: 'decided',
          actions: assign({
            decision: ({ event }) =>
              event.type === 'DECIDE_OBJECTION'
                ? { outcome: event.outcome, reasons: event.reasons, instruction: event.instruction ?? null, at: event.at, on: event.today, by: event.actor.id }
                : null,
          }),
        },
        MARK_OVERDUE: markOverdue,
        RECOMPUTE_DEADLINES: recomputeDeadlines,
        RECORD_DISPUTE: { ...recordDispute, guard: and(['byRecorder', 'pastResponseDeadline', 'disputeFilingIsLawful']) },
      },
    },
    /** Settled by agreement (musyawarah): nothing left to decide. */
    settled: {
      description: 'Settled by agreement: nothing left to decide.',
      meta: { term: 'selesai secara musyawarah' },
      tags: ['concluded'],
      on: { RECORD_REACTION: recordReaction, CLOSE: close },
    },
    decided: {
      description: 'The atasan PPID responded in writing (or refused a late objection with reasons).',
      meta: { term: 'tanggapan atasan PPID' },
      tags: ['concluded'],
      on: {
        RECORD_REACTION: recordReaction,
        RECORD_DISPUTE: { ...recordDispute, guard: and(['byRecorder', 'disputeFilingIsLawful']) },
        CLOSE: close,
      },
    },
    dispute: {
      description: 'The requester took the dispute to the Information Commission.',
      meta: { term: 'sengketa informasi' },
      initial: 'filed',
      states: {
        filed: {
          description: 'Filed with the Commission, not yet registered there.',
          meta: { term: 'permohonan penyelesaian sengketa diajukan' },
          on: { RECORD_DISPUTE_STAGE: [stage('registered', 'registered'), withdrawn] },
        },
        registered: {
          description: 'Registered by the Commission (akta registrasi).',
          meta: { term: 'teregistrasi' },
          on: { RECORD_DISPUTE_STAGE: [stage('preliminary_exam', 'preliminary_exam'), withdrawn] },
        },
        preliminary_exam: {
          description: 'The preliminary examination.',
          meta: { term: 'pemeriksaan awal' },
          on: {
            RECORD_DISPUTE_STAGE: [
              stage('mediation', 'mediation', 'mayBeMediated'),
              stage('adjudication', 'adjudication'),
              stage('decision', 'decided'),
              withdrawn,
            ],
          },
        },
        mediation: {
          description: 'Mediation at the Commission (grounds b–g only).',
          meta: { term: 'mediasi' },
          on: {
            RECORD_DISPUTE_STAGE: [stage('mediation_result', 'final', 'mediationAgreed'), stage('mediation_result', 'mediation_failed'), withdrawn],
          },
        },
        mediation_failed: {
          description: 'Mediation failed, declared in writing.',
          meta: { term: 'mediasi gagal' },
          on: { RECORD_DISPUTE_STAGE: [stage('adjudication', 'adjudication'), withdrawn] },
        },
        adjudication: {
          description: 'Non-litigation adjudication.',
          meta: { term: 'ajudikasi nonlitigasi' },
          on: { RECORD_DISPUTE_STAGE: [stage('decision', 'decided'), withdrawn] },
        },
        decided: {
          description: 'The Commission decided.',
          meta: { term: 'putusan Komisi Informasi' },
          on: { RECORD_DISPUTE_STAGE: [stage('court_challenge', 'court_challenge'), stage('final', 'final')] },
        },
        court_challenge: {
          description: 'A party challenged the decision in court (PTUN or PN).',
          meta: { term: 'keberatan ke pengadilan' },
          on: { RECORD_DISPUTE_STAGE: [stage('cassation', 'cassation'), stage('final', 'final')] },
        },
        cassation: {
          description: 'Cassation at the Supreme Court.',
          meta: { term: 'kasasi' },
          on: { RECORD_DISPUTE_STAGE: [stage('final', 'final')] },
        },
        final: {
          description: 'The decision is final.',
          meta: { term: 'berkekuatan hukum tetap' },
          on: { RECORD_DISPUTE_STAGE: [stage('compliance', 'complied')], CLOSE: close },
        },
        complied: {
          description: 'The body carried out the decision.',
          meta: { term: 'putusan dilaksanakan' },
          on: { CLOSE: close },
        },
        withdrawn: {
          description: 'The requester withdrew the dispute.',
          meta: { term: 'dicabut' },
          on: { CLOSE: close },
        },
      },
    },
    closed: {
      description: 'Closed.',
      meta: { term: 'ditutup' },
      tags: ['concluded'],
      on: { RECORD_REACTION: recordReaction },
    },
  },
});

/** Each guard in plain words, with its legal source (docs/workflow.md is generated from these). */
export const objectionGuardRules: GuardRules<typeof objectionMachine> = {
  bySystem: {
    rule: 'Sent by the service itself (at filing, by the deadline sweeper), never by a person.',
    source: INTERNAL_RULE,
  },
  byAtasan: { rule: 'Only the atasan PPID, to whom the objection is addressed.', source: 'UU 14/2008 Pasal 35 ayat (1), Pasal 36' },
  byRecorder: {
    rule: "The atasan PPID or the PPID Utama, who record what happens outside the body (the requester's reaction, the Commission).",
    source: INTERNAL_RULE,
  },
  registrationIsComplete: {
    rule: `An objection number is given, and the atasan PPID's response deadline (${PERIODS.atasanResponse.workingDays} working days from receipt).`,
    source: PERIODS.atasanResponse.source,
  },
  isLate: {
    rule: `Filed after the objection window (${PERIODS.objectionWindow.workingDays} working days after the ground arose).`,
    source: PERIODS.objectionWindow.source,
  },
  pastResponseDeadline: {
    rule: `The atasan PPID's response deadline (${PERIODS.atasanResponse.workingDays} working days) has passed.`,
    source: PERIODS.atasanResponse.source,
  },
  notYetOverdue: { rule: 'Not already marked overdue.', source: INTERNAL_RULE },
  mayBeMediated: {
    rule: 'At least one ground is b–g: ground a alone (a denial on Art. 17 exemptions) is not settled by agreement or mediated.',
    source: 'UU 14/2008 Pasal 35 ayat (2), Pasal 40 ayat (2)',
  },
  hasReasons: { rule: 'Written reasons are given.', source: 'UU 14/2008 Pasal 36 ayat (3)' },
  hasAgreement: { rule: 'The agreement reached (musyawarah) is written down.', source: 'UU 14/2008 Pasal 35 ayat (2)' },
  decisionIsComplete: {
    rule: 'Upheld with written reasons, or overturned with reasons and an instruction to the PPID.',
    source: 'UU 14/2008 Pasal 36 ayat (3)',
  },
  hasReaction: {
    rule: "The requester's reaction to the response (tanggapan pemohon) is written down.",
    source: 'Perki 1/2021 (Standar Pengajuan Keberatan): register keberatan, column (k)',
  },
  disputeFilingIsLawful: {
    rule:
      "Filed with an Information Commission under its registration number, on or after the atasan PPID's response " +
      '(or after its deadline lapsed), and not in the future.',
    source: `UU 14/2008 Pasal 37 ayat (1); ${PERIODS.disputeWindow.source}`,
  },
  stageIs: { rule: "The stage recorded is this step's stage.", source: 'Perki 1/2013 (Prosedur Penyelesaian Sengketa Informasi Publik)' },
  stageDateIsLawful: {
    rule: "The stage's date is not before the date last recorded on the dispute, and not in the future.",
    source: INTERNAL_RULE,
  },
  mediationAgreed: { rule: 'The mediation ended in agreement.', source: 'UU 14/2008 Pasal 40; Perki 1/2013' },
};
