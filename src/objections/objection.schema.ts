/**
 * The objection form (formulir keberatan, kip-rules §2.7) as zod schemas shared by the API, the
 * web form and the OpenAPI document: one or more Art. 35(1) grounds and the reasons (kasus posisi).
 */
import { z } from 'zod';
import { objectionGrounds } from '../../workflows/objection.events';
import { channels, instantSchema } from '../cases/filing.schema';

export const objectionFilingSchema = z.object({
  grounds: z
    .array(z.enum(objectionGrounds))
    .min(1)
    .max(7)
    .refine((g) => new Set(g).size === g.length, { message: 'duplicate_grounds' }),
  /** Why the requester objects: the case summary (kasus posisi). */
  reason: z.string().trim().min(10).max(5000),
});
export type ObjectionFiling = z.infer<typeof objectionFilingSchema>;

/** An officer keys in an objection received by letter, in person, by e-mail or phone, with its real receipt time. */
export const officerObjectionSchema = objectionFilingSchema.extend({
  registrationNumber: z.string().trim().min(1).max(100),
  channel: z.enum(channels).exclude(['web']),
  receivedAt: instantSchema,
});

export const objectionReceiptSchema = z.object({
  id: z.string(),
  objectionNumber: z.string(),
  registrationNumber: z.string(),
  receivedAt: z.string(),
  status: z.string(),
  grounds: z.array(z.enum(objectionGrounds)),
  late: z.boolean().describe('Filed after the 30-working-day window: recorded, and the atasan PPID decides whether to accept it'),
  deadlines: z.object({
    responseDue: z.string().describe('Local date YYYY-MM-DD: the atasan PPID must respond by the end of it'),
    responseDueAt: z.string(),
    objectionWindowEnd: z.string(),
  }),
});
export type ObjectionReceipt = z.infer<typeof objectionReceiptSchema>;
