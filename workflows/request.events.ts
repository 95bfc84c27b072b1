/**
 * The events of a request's workflow. A *command* is what an officer sends (validated by these
 * zod schemas, which also feed the OpenAPI document); the domain turns it into a machine event by
 * adding who sends it (`actor`), when (`at`) and any deadline it computed.
 */
import { z } from 'zod';
import type { EventTerm } from './rules';

export const roles = ['system', 'requester', 'admin', 'ppid_utama', 'ppid_pelaksana', 'atasan', 'auditor'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  kind: 'system' | 'user' | 'requester';
  id: string | null;
  role: Role;
  unit: string | null;
}

const text = (max: number) => z.string().trim().min(1).max(max);

/** UU 14/2008 Art. 17 letters a–j (informasi yang dikecualikan). */
export const exemptionLetters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

export const exemptionSchema = z.object({
  letter: z.enum(exemptionLetters),
  /** Further statutory basis (e.g. a sub-item of Art. 17, or another statute for letter j). */
  statute: z.string().trim().max(500).optional(),
});

/** Uji konsekuensi (Art. 19; Perki 1/2021 Art. 49): the harm of opening, weighed against the public interest. */
export const consequenceTestSchema = z.object({
  harm: z.string().trim().min(20).max(5000),
  publicInterest: z.string().trim().min(20).max(5000),
  period: z.string().trim().max(200).optional(),
  /** How the DIK names the withheld information, without its confidential content (required on a denial). */
  publicTitle: z.string().trim().min(3).max(500).optional(),
  /** The consequence of opening it, as the DIK states it publicly. */
  publicConsequence: z.string().trim().min(10).max(2000).optional(),
});

/** Art. 22(7)(d),(f),(g): the information itself is free; copying and delivery may cost (Rupiah), and when it comes. */
const provision = {
  fees: z
    .object({
      copying: z.number().int().min(0).max(100_000_000).optional(),
      delivery: z.number().int().min(0).max(100_000_000).optional(),
      other: z.number().int().min(0).max(100_000_000).optional(),
      /** How to pay (cara pembayaran). */
      payment: z.string().trim().max(500).optional(),
    })
    .optional(),
  /** Working days within which the information is provided after the notice. */
  provideWithinDays: z.number().int().min(1).max(30).optional(),
};

/**
 * What a withholding rests on (Art. 19): a consequence test written now, or tests already on
 * record (uji konsekuensi made before the request; their ids, see /api/v1/consequence-tests).
 */
const testBasis = {
  consequenceTest: consequenceTestSchema.optional(),
  consequenceTestIds: z.array(z.string().trim().min(1).max(64)).min(1).max(20).optional(),
};
const restsOnATest = (d: { consequenceTest?: unknown; consequenceTestIds?: unknown }) => d.consequenceTest !== undefined || d.consequenceTestIds !== undefined;
const restsOnATestIssue = { message: 'exemption_needs_test', path: ['consequenceTest'] };
/** A denial on a test written now feeds the DIK: the test needs the public title the DIK lists it under. */
const titledForDik = (d: { consequenceTest?: { publicTitle?: string | undefined } | undefined }) =>
  d.consequenceTest === undefined || d.consequenceTest.publicTitle !== undefined;
const titledForDikIssue = { message: 'required', path: ['consequenceTest', 'publicTitle'] };

export const outcomes = ['granted', 'partially_granted', 'denied', 'not_held', 'not_yet_documented'] as const;
export type Outcome = (typeof outcomes)[number];

export const decisionSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('granted'),
    ...provision,
    note: z.string().trim().max(5000).optional(),
  }),
  z
    .object({
      outcome: z.literal('partially_granted'),
      exemptions: z.array(exemptionSchema).min(1),
      ...testBasis,
      /** What is blacked out (dihitamkan) and why, Art. 22(7)(e). */
      redactions: text(5000),
      ...provision,
      note: z.string().trim().max(5000).optional(),
    })
    .refine(restsOnATest, restsOnATestIssue),
  z
    .object({
      outcome: z.literal('denied'),
      exemptions: z.array(exemptionSchema).min(1),
      ...testBasis,
      note: z.string().trim().max(5000).optional(),
    })
    .refine(restsOnATest, restsOnATestIssue)
    .refine(titledForDik, titledForDikIssue),
  z.object({
    outcome: z.literal('not_held'),
    /** The body that holds it, if known, Art. 22(7)(b). */
    holder: z.string().trim().max(500).optional(),
    note: z.string().trim().max(5000).optional(),
  }),
  z.object({
    outcome: z.literal('not_yet_documented'),
    note: z.string().trim().max(5000).optional(),
  }),
]);
export type Decision = z.infer<typeof decisionSchema>;

export const draftSchema = decisionSchema;

export const deliveryMethods = ['pickup', 'email', 'post', 'courier', 'fax'] as const;

/** What an officer may send, by event type. */
export const commandSchemas = {
  /** One unit (`unit`) or several (`units`): each gets its own assignment and internal target. */
  ASSIGN: z
    .object({ unit: text(64).optional(), units: z.array(text(64)).min(1).max(20).optional() })
    .refine((v) => v.unit !== undefined || v.units !== undefined, { message: 'required', path: ['units'] }),
  ACCEPT_ASSIGNMENT: z.object({}),
  RETURN_ASSIGNMENT: z.object({ reason: text(2000) }),
  START_REVIEW: z.object({}),
  REQUEST_CLARIFICATION: z.object({ message: text(2000) }),
  RECEIVE_CLARIFICATION: z.object({ reply: z.string().trim().max(5000).optional() }),
  EXTEND: z.object({ reason: text(2000) }),
  /** A PPID Pelaksana's draft answer for the PPID Utama to decide on. */
  SUBMIT_DRAFT: draftSchema,
  DECIDE: decisionSchema,
  DELIVER: z.object({ method: z.enum(deliveryMethods) }),
  CLOSE: z.object({}),
} as const;
export type CommandType = keyof typeof commandSchemas;
export const commandTypes = Object.keys(commandSchemas) as CommandType[];

interface Base {
  actor: Actor;
  at: string;
  /** Set only by availability probes (`snapshot.can`), never by a real event. */
  probe?: boolean;
  expectedVersion?: number;
}

export type RequestEvent =
  | (Base & { type: 'REGISTER'; registrationNumber: string; noticeDueAt: string })
  | (Base & { type: 'ASSIGN'; assignments: Array<{ unit: string; targetDue?: string | null }> })
  | (Base & { type: 'ACCEPT_ASSIGNMENT' })
  | (Base & { type: 'RETURN_ASSIGNMENT'; reason: string })
  | (Base & { type: 'START_REVIEW' })
  | (Base & { type: 'REQUEST_CLARIFICATION'; message: string })
  /** `noticeDueAt` only when the clarification policy is `paused` and the wait moved the deadline. */
  | (Base & { type: 'RECEIVE_CLARIFICATION'; reply?: string; noticeDueAt?: string })
  | (Base & { type: 'EXTEND'; reason: string; noticeDueAt: string })
  | (Base & { type: 'MARK_OVERDUE' })
  /** A holiday change moved the deadlines of an open case (system only; never an officer command). */
  | (Base & { type: 'RECOMPUTE_DEADLINES'; noticeDueAt: string; targets: Array<{ unit: string; targetDue: string }> })
  | (Base & { type: 'SUBMIT_DRAFT' } & Decision)
  | (Base & { type: 'DECIDE' } & Decision)
  | (Base & { type: 'REOPEN'; instruction: string; noticeDueAt: string })
  | (Base & { type: 'DELIVER'; method: string })
  | (Base & { type: 'CLOSE' });

export const decisionIsLawful = (event: unknown) => decisionSchema.safeParse(event).success;
export const draftIsComplete = (event: unknown) => draftSchema.safeParse(event).success;

/** Granted in whole or part: there is something to hand over before closing. */
export const needsDelivery = (outcome: Outcome) => outcome === 'granted' || outcome === 'partially_granted';

/** Each event's Indonesian term and what it does (docs/workflow.md). */
export const requestEventTerms: Record<RequestEvent['type'], EventTerm> = {
  REGISTER: { term: 'pendaftaran permohonan', en: 'Register the request and give its registration number' },
  ASSIGN: { term: 'penerusan ke PPID Pelaksana', en: 'Forward to one or more work units or missions' },
  ACCEPT_ASSIGNMENT: { term: 'penerimaan penugasan', en: "Accept the unit's assignment" },
  RETURN_ASSIGNMENT: { term: 'pengembalian penugasan', en: "Return the unit's assignment, with a reason" },
  START_REVIEW: { term: 'ditangani sendiri oleh PPID Utama', en: 'The PPID Utama handles the request itself' },
  REQUEST_CLARIFICATION: { term: 'permintaan klarifikasi', en: 'Ask the requester to clarify' },
  RECEIVE_CLARIFICATION: { term: 'klarifikasi diterima', en: "Record the requester's clarification" },
  EXTEND: { term: 'perpanjangan jangka waktu', en: 'Extend the notice deadline once, with written reasons' },
  MARK_OVERDUE: { term: 'melewati jangka waktu', en: 'Mark the notice deadline as passed' },
  RECOMPUTE_DEADLINES: { term: 'penghitungan ulang tenggat', en: 'Move the deadlines after a holiday change' },
  SUBMIT_DRAFT: { term: 'draf jawaban', en: "Send the unit's draft answer to the PPID Utama" },
  DECIDE: { term: 'pemberitahuan tertulis', en: 'Decide: issue the written notice' },
  REOPEN: { term: 'dibuka kembali atas keberatan', en: "Work the request again on the atasan PPID's instruction" },
  DELIVER: { term: 'penyerahan informasi', en: 'Record that the information was handed over' },
  CLOSE: { term: 'penutupan', en: 'Close the request' },
};

/** Each role's name in the body, in Indonesian, and what it is (docs/workflow.md). */
export const roleTerms: Record<Role, EventTerm> = {
  system: { term: 'sistem', en: 'The service itself: registration at filing, the deadline sweeper, calendar changes' },
  requester: { term: 'pemohon', en: 'The requester, who files and tracks' },
  admin: { term: 'administrator', en: 'The administrator of the service' },
  ppid_utama: { term: 'PPID Utama', en: 'The PPID of the body, who registers, forwards and decides' },
  ppid_pelaksana: { term: 'PPID Pelaksana', en: 'The PPID of a work unit or mission abroad, who finds the information and drafts the answer' },
  atasan: { term: 'atasan PPID', en: 'The superior of the PPID, who decides objections' },
  auditor: { term: 'auditor', en: 'The auditor, who reads the registers and the audit trail' },
};
