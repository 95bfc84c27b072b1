/**
 * The statutory request form (formulir permohonan, Perki 1/2021; UU 14/2008 Art. 22(2)) as a zod
 * schema. The API, the web form and the OpenAPI document share it. Empty strings from HTML forms
 * count as absent.
 */
import { z } from 'zod';
import { readNik, utcToday } from '../identity/nik';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const requesterTypes = ['individual', 'legal_entity', 'group'] as const;
export const obtainMethods = ['view', 'copy_soft', 'copy_hard'] as const;
export const deliveryMethods = ['pickup', 'email', 'post', 'courier', 'fax'] as const;
export const channels = ['web', 'walk_in', 'letter', 'phone', 'email'] as const;

export const requesterSchema = z
  .object({
    type: z.enum(requesterTypes),
    name: text(1, 200),
    /**
     * Nomor Induk Kependudukan on the KTP: 16 digits whose structure holds (region code, birth
     * date with +40 for women, serial; src/identity/nik.ts). For a group, the representative's.
     */
    nik: optional(
      z
        .string()
        .trim()
        .regex(/^\d{16}$/, 'nik_format')
        .refine((v) => readNik(v, utcToday()) !== null, 'nik_structure'),
    ),
    passportNumber: optional(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]{6,12}$/, 'invalid_format'),
    ),
    /** SK pengesahan badan hukum (Kemenkumham) number. */
    legalEntityNumber: optional(text(3, 100)),
    email: optional(z.email().max(254)),
    phone: optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9() -]{6,20}$/, 'phone_format'),
    ),
    address: text(5, 500),
    occupation: optional(text(1, 200)),
  })
  .superRefine((r, ctx) => {
    if (r.type !== 'legal_entity' && !r.nik && !r.passportNumber) {
      ctx.addIssue({ code: 'custom', path: ['nik'], message: 'nik_or_passport' });
    }
    if (r.type === 'legal_entity' && !r.legalEntityNumber) {
      ctx.addIssue({ code: 'custom', path: ['legalEntityNumber'], message: 'legal_entity_number_required' });
    }
    if (!r.email && !r.phone) ctx.addIssue({ code: 'custom', path: ['email'], message: 'contact_required' });
  });

export const filingSchema = z
  .object({
    requester: requesterSchema,
    /** Rincian informasi yang dibutuhkan. */
    information: text(10, 5000),
    /** Tujuan penggunaan informasi. */
    purpose: text(5, 2000),
    obtainMethod: z.enum(obtainMethods),
    deliveryMethod: z.enum(deliveryMethods),
    unit: optional(text(1, 64)),
  })
  .superRefine((f, ctx) => {
    if (f.deliveryMethod === 'email' && !f.requester.email) {
      ctx.addIssue({ code: 'custom', path: ['requester', 'email'], message: 'email_required_for_delivery' });
    }
  });
export type Filing = z.infer<typeof filingSchema>;

/** An instant with an explicit offset: `2026-11-27T10:00:00+07:00` or `…Z`. Never a guess. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'instant_with_offset' });

/** Officers enter walk-in, letter, phone and e-mail requests with the real receipt time. */
export const officerFilingSchema = filingSchema.and(
  z.object({
    channel: z.enum(channels),
    receivedAt: instantSchema,
  }),
);
