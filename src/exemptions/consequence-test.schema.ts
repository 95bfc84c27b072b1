/**
 * A consequence test (uji konsekuensi, UU 14/2008 Art. 19; Perki 1/2021 Art. 49) as a record: the
 * information, the Art. 17 letters and statutes, the harm of opening it, the public-interest
 * balancing (Art. 2(4)), the period of exemption (PP 61/2010), who decided and when.
 */
import { z } from 'zod';
import { exemptionSchema } from '../../workflows/request.events';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const date = z.iso.date();

export const testOrigins = ['before_request', 'at_request', 'during_dispute'] as const;
export const testConclusions = ['exempt', 'open'] as const;

/** What the DIK may say about a test publicly; the rest of the record stays internal. */
const publicFields = {
  /** How the DIK describes the information, without the confidential content. */
  publicTitle: optional(text(3, 500)),
  /** The consequence of opening, as the DIK states it. */
  publicConsequence: optional(text(10, 2000)),
};

const periodFields = {
  /** The period of exemption in words, e.g. "5 tahun" or "sampai perundingan selesai". */
  period: optional(text(1, 200)),
  exemptUntil: optional(date),
  reviewOn: optional(date),
  classificationNumber: optional(text(1, 200)),
  classificationDate: optional(date),
};

export const consequenceTestInputSchema = z
  .object({
    /** The information, precisely (internal). */
    information: text(10, 5000),
    /** The document that holds it (Perki 1/2021 Art. 49: identify the document first). */
    document: optional(text(1, 500)),
    exemptions: z.array(exemptionSchema).min(1).max(10),
    harm: text(20, 10000),
    publicInterest: text(20, 10000),
    /** exempt: withholding protects a greater interest; open: disclosing does (Art. 2(4)). */
    conclusion: z.enum(testConclusions).default('exempt'),
    origin: z.enum(testOrigins).default('before_request'),
    /** The unit whose information it is; a PPID Pelaksana's own unit by default. */
    unit: optional(text(1, 64)),
    /** Date of the decision; today by default. */
    decidedOn: optional(date),
    ...publicFields,
    ...periodFields,
  })
  .superRefine((v, ctx) => {
    if (v.exemptUntil && v.decidedOn && v.exemptUntil < v.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['exemptUntil'], message: 'period_end_before_decision' });
  });
export type ConsequenceTestInput = z.infer<typeof consequenceTestInputSchema>;

/** Later changes: the public description, the period, the classification decision, or revoking the test. */
export const consequenceTestUpdateSchema = z.object({
  expectedVersion: z.number().int().min(1),
  ...publicFields,
  ...periodFields,
  revoke: optional(z.object({ reason: text(5, 2000) })),
});
export type ConsequenceTestUpdate = z.infer<typeof consequenceTestUpdateSchema>;

export const linkSchema = z.object({ caseId: text(1, 100) });

export const testQuerySchema = z.object({
  status: z.enum(['in_force', 'revoked', 'all']).default('in_force'),
  caseId: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
});
