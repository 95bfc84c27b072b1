/**
 * What an administrator sends to change a working-day calendar (kalender hari kerja): an entry
 * (a libur nasional, cuti bersama, host-country holiday or office closure), the reason for the
 * change (it goes to the audit trail), and optionally the calendar version the change was made
 * against. The API and the administration pages share these schemas; empty form fields count as
 * absent.
 */
import { z } from 'zod';
import type { HolidayKind } from './types';

export const holidayKinds = ['libur_nasional', 'cuti_bersama', 'host_holiday', 'office_closure', 'working_day'] as const satisfies readonly HolidayKind[];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** A form posts numbers as text. */
const version = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional());

/** A real calendar date, `YYYY-MM-DD` (2026-02-30 is refused, not rolled into March). */
export const localDateSchema = z.iso.date({ message: 'invalid_date' });

const entryFields = {
  date: localDateSchema,
  kind: z.enum(holidayKinds),
  nameId: text(1, 200),
  nameEn: text(1, 200),
  /** The decree or announcement it comes from, e.g. the SKB or the Keputusan Menteri Agama after the isbat. */
  source: z.preprocess(blankToUndefined, text(1, 300).optional()),
};

const changeFields = {
  /** Why the calendar changes; recorded in the audit trail of the calendar and of every case it moves. */
  reason: z.preprocess(blankToUndefined, text(5, 2000)),
  expectedVersion: version,
};

export const newEntrySchema = z.object({ ...entryFields, ...changeFields });
export type NewEntry = z.infer<typeof newEntrySchema>;

/** PUT: the whole entry again. */
export const replaceEntrySchema = newEntrySchema;

/** PATCH: only what changes. */
export const patchEntrySchema = z.object({
  date: entryFields.date.optional(),
  kind: entryFields.kind.optional(),
  nameId: entryFields.nameId.optional(),
  nameEn: entryFields.nameEn.optional(),
  source: z.preprocess(blankToUndefined, text(1, 300).nullable().optional()),
  ...changeFields,
});
export type EntryPatch = z.infer<typeof patchEntrySchema>;

export const removeEntrySchema = z.object(changeFields);
export type EntryRemoval = z.infer<typeof removeEntrySchema>;

/** Loading the next year's holidays (the new SKB, and a mission's host holidays) extends the calendar's years. */
export const loadYearSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  entries: z.array(z.object(entryFields)).min(1).max(400),
  ...changeFields,
});
export type YearLoad = z.infer<typeof loadYearSchema>;

export const entriesQuerySchema = z.object({
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(9999).optional()),
});
