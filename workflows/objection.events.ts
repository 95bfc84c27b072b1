/**
 * The events of an objection (keberatan, UU 14/2008 Art. 35–36) and, after it, of a dispute
 * (sengketa informasi) at the Information Commission (Komisi Informasi, Art. 37–50; Perki 1/2013).
 * A *command* is what an officer sends (validated by these zod schemas, which also feed the
 * OpenAPI document); the domain turns it into a machine event by adding who sends it (`actor`),
 * when (`at`), the local date of that instant (`today`) and any deadline it computed.
 */
import { z } from 'zod';
import type { EventTerm } from './rules';
import type { Actor } from './request.events';

/** UU 14/2008 Art. 35(1) a–g: the seven grounds for an objection. */
export const objectionGrounds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ObjectionGround = (typeof objectionGrounds)[number];

/**
 * Grounds b–g may be settled by agreement (musyawarah, Art. 35(2)) and mediated at the Commission
 * (Art. 40(2)); ground a (a denial on Art. 17 exemptions) goes to adjudication only (Art. 42).
 */
export const mayBeMediated = (grounds: readonly ObjectionGround[]) => grounds.some((g) => g !== 'a');

const text = (max: number) => z.string().trim().min(1).max(max);
/** A local calendar date, YYYY-MM-DD. */
export const localDateSchema = z.iso.date();

export const objectionOutcomes = ['upheld', 'overturned'] as const;

/**
 * The stages of a dispute the officers record as the Commission moves it on (Perki 1/2013):
 * registration (akta registrasi), preliminary examination (pemeriksaan awal), mediation (mediasi,
 * grounds b–g) and its result, non-litigation adjudication (ajudikasi nonlitigasi), the decision
 * (putusan), a court challenge (keberatan ke PTUN/PN) and cassation (kasasi, MA), the decision
 * becoming final (berkekuatan hukum tetap), the body's compliance (pelaksanaan putusan), or withdrawal.
 */
export const disputeStages = [
  'registered',
  'preliminary_exam',
  'mediation',
  'mediation_result',
  'adjudication',
  'decision',
  'court_challenge',
  'cassation',
  'final',
  'compliance',
  'withdrawn',
] as const;
export type DisputeStage = (typeof disputeStages)[number];

export const commissionDecisionResults = ['granted', 'partially_granted', 'rejected', 'dismissed'] as const;

/** Documents a stage rests on (akta registrasi, risalah mediasi, salinan putusan, …), by reference. */
const documentRefSchema = z.object({
  title: text(300),
  number: z.string().trim().max(200).optional(),
  date: localDateSchema.optional(),
});

const stageBase = {
  on: localDateSchema,
  note: z.string().trim().max(5000).optional(),
  documents: z.array(documentRefSchema).max(20).optional(),
};

export const disputeStageSchema = z.discriminatedUnion('stage', [
  z.object({
    stage: z.literal('registered'),
    ...stageBase,
    /** The registry's number, if it differs from the one given at filing. */
    registrationNumber: z.string().trim().max(200).optional(),
  }),
  z.object({ stage: z.literal('preliminary_exam'), ...stageBase }),
  z.object({ stage: z.literal('mediation'), ...stageBase }),
  z.object({ stage: z.literal('mediation_result'), ...stageBase, result: z.enum(['agreement', 'failed']), summary: text(5000) }),
  z.object({ stage: z.literal('adjudication'), ...stageBase }),
  z.object({
    stage: z.literal('decision'),
    ...stageBase,
    /** granted: the Commission orders the information disclosed; rejected: it upholds the body; dismissed: not accepted. */
    result: z.enum(commissionDecisionResults),
    /** What the decision (putusan) says, in substance: its orders (amar putusan). */
    content: text(10000),
    decisionNumber: z.string().trim().max(200).optional(),
  }),
  z.object({
    stage: z.literal('court_challenge'),
    ...stageBase,
    court: z.enum(['PTUN', 'PN']),
    filedBy: z.enum(['requester', 'body']),
    caseNumber: z.string().trim().max(200).optional(),
  }),
  z.object({ stage: z.literal('cassation'), ...stageBase, filedBy: z.enum(['requester', 'body']), caseNumber: z.string().trim().max(200).optional() }),
  z.object({
    stage: z.literal('final'),
    ...stageBase,
    /** What finally stands (e.g. the Commission's decision as upheld by the court). */
    summary: z.string().trim().max(5000).optional(),
  }),
  z.object({
    stage: z.literal('compliance'),
    ...stageBase,
    /** How the body carried out the decision. */
    summary: text(5000),
  }),
  z.object({ stage: z.literal('withdrawn'), ...stageBase }),
]);
export type DisputeStageInput = z.infer<typeof disputeStageSchema>;

/** What an officer may send, by event type. */
export const objectionCommandSchemas = {
  /** The atasan PPID accepts an objection filed after the 30-working-day window (it is then decided on its merits). */
  ACCEPT_LATE: z.object({ reasons: z.string().trim().max(5000).optional() }),
  /** The atasan PPID declines a late objection: a written, reasoned response, never a silent refusal. */
  REJECT_LATE: z.object({ reasons: text(5000) }),
  /** Settlement by agreement (musyawarah, Art. 35(2)); grounds b–g only. */
  SETTLE_BY_AGREEMENT: z.object({ agreement: text(5000) }),
  /** The atasan PPID's written response (Art. 36): upheld with written reasons, or overturned with an instruction to the PPID. */
  DECIDE_OBJECTION: z
    .object({
      outcome: z.enum(objectionOutcomes),
      reasons: z.string().trim().min(20).max(10000),
      /** Required when overturned: what the PPID must now do. */
      instruction: z.string().trim().max(5000).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.outcome === 'overturned' && !v.instruction) ctx.addIssue({ code: 'custom', path: ['instruction'], message: 'required' });
    }),
  /** The requester's reaction to the response (tanggapan pemohon), register column (k). */
  RECORD_REACTION: z.object({ reaction: text(5000) }),
  /** The requester took the dispute to the Commission (Art. 37). */
  RECORD_DISPUTE: z.object({
    commission: text(200),
    registrationNumber: text(200),
    filedOn: localDateSchema,
    note: z.string().trim().max(5000).optional(),
  }),
  RECORD_DISPUTE_STAGE: disputeStageSchema,
  CLOSE: z.object({}),
} as const;
export type ObjectionCommandType = keyof typeof objectionCommandSchemas;
export const objectionCommandTypes = Object.keys(objectionCommandSchemas) as ObjectionCommandType[];

interface Base {
  actor: Actor;
  at: string;
  /** The local date of `at` on the objection's calendar. */
  today: string;
  /** Set only by availability probes (`snapshot.can`), never by a real event. */
  probe?: boolean;
}

export type ObjectionEvent =
  | (Base & { type: 'REGISTER'; objectionNumber: string; responseDue: string; responseDueAt: string; late: boolean })
  | (Base & { type: 'MARK_OVERDUE' })
  /** The national calendar changed: the atasan's deadline counted again (system; before it lapses). */
  | (Base & { type: 'RECOMPUTE_DEADLINES'; responseDue: string; responseDueAt: string })
  | (Base & { type: 'ACCEPT_LATE'; reasons?: string })
  | (Base & { type: 'REJECT_LATE'; reasons: string })
  | (Base & { type: 'SETTLE_BY_AGREEMENT'; agreement: string })
  | (Base & { type: 'DECIDE_OBJECTION'; outcome: (typeof objectionOutcomes)[number]; reasons: string; instruction?: string })
  | (Base & { type: 'RECORD_REACTION'; reaction: string })
  | (Base & { type: 'RECORD_DISPUTE'; commission: string; registrationNumber: string; filedOn: string; withinWindow: boolean; note?: string })
  | (Base & { type: 'RECORD_DISPUTE_STAGE' } & DisputeStageInput)
  | (Base & { type: 'CLOSE' });

/** Each event's Indonesian term and what it does (docs/workflow.md). */
export const objectionEventTerms: Record<ObjectionEvent['type'], EventTerm> = {
  REGISTER: { term: 'pendaftaran keberatan', en: 'Register the objection and give its number' },
  MARK_OVERDUE: { term: 'melewati jangka waktu tanggapan', en: "Mark the atasan PPID's response deadline as passed" },
  RECOMPUTE_DEADLINES: { term: 'penghitungan ulang tenggat', en: "Move the atasan PPID's deadline after a national holiday change" },
  ACCEPT_LATE: { term: 'keberatan terlambat diterima', en: 'Accept an objection filed after the window' },
  REJECT_LATE: { term: 'keberatan terlambat ditolak', en: 'Refuse an objection filed after the window, with written reasons' },
  SETTLE_BY_AGREEMENT: { term: 'musyawarah', en: 'Settle by agreement' },
  DECIDE_OBJECTION: { term: 'tanggapan atasan PPID', en: "The atasan PPID's written response: upheld or overturned" },
  RECORD_REACTION: { term: 'tanggapan pemohon', en: "Record the requester's reaction to the response" },
  RECORD_DISPUTE: { term: 'sengketa informasi', en: 'Record that the requester filed a dispute with the Commission' },
  RECORD_DISPUTE_STAGE: { term: 'tahap sengketa', en: 'Record a stage of the dispute' },
  CLOSE: { term: 'penutupan', en: 'Close the objection' },
};
