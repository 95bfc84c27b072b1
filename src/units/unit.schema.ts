/**
 * What an administrator sends to add or change a unit or mission (unit kerja, perwakilan): the
 * API, the administration pages and the CSV import share these schemas. A form or a CSV cell
 * posts text, so the weekend may come as "5,6" and "accepts requests" as yes/no; empty fields
 * count as absent. Field names are those of GET /api/v1/units (code, kind, nameId, nameEn,
 * country, city, timeZone, region), plus address, weekendDays, parent and acceptsRequests.
 */
import { z } from 'zod';
import { REGIONS } from '../../db/seed/units';

export { REGIONS };

/** Kinds an administrator adds: a work unit at home, or a mission abroad (the body has one PPID Utama). */
export const MISSION_KINDS = ['embassy', 'consulate_general', 'consulate', 'permanent_mission'] as const;
export const NEW_UNIT_KINDS = ['work_unit', ...MISSION_KINDS] as const;
export const UNIT_KINDS = ['ppid_utama', ...NEW_UNIT_KINDS] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const isMissionKind = (kind: string) => (MISSION_KINDS as readonly string[]).includes(kind);

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));
/**
 * An IANA time zone name (`Asia/Riyadh`), as Intl knows it: a canonical name, or an alias Intl
 * resolves to one (`Asia/Calcutta`). Offsets (`+07:00`) and abbreviations (`WIB`) are refused.
 */
export function isIanaTimeZone(name: string): boolean {
  if (ZONES.has(name) || name === 'UTC') return true;
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return false;
  try {
    return ZONES.has(new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

const REGION_NAMES = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** An ISO 3166-1 alpha-2 country code Intl can name (ID, SA, NL). */
export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && REGION_NAMES.of(code) !== undefined;

/**
 * ISO weekdays (1 = Monday … 7 = Sunday), each once, at least one working day left: [6, 7] in
 * Jakarta, [5, 6] in Riyadh, [5, 7] in Bandar Seri Begawan. A form or a CSV cell may write "5,6"
 * (or "5 6", "5;6"); the set is stored sorted.
 */
export const weekendSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[\s,;|/]+/).filter(Boolean) : v),
  z
    .array(z.union([z.number(), z.string()]), { message: 'weekend_not_weekdays' })
    .min(1, 'weekend_not_weekdays')
    .max(6, 'weekend_not_weekdays')
    .transform((days, ctx) => {
      const numbers = days.map((d) => (typeof d === 'number' ? d : /^[1-7]$/.test(d.trim()) ? Number(d) : Number.NaN));
      if (numbers.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || new Set(numbers).size !== numbers.length) {
        ctx.addIssue({ code: 'custom', message: 'weekend_not_weekdays' });
        return z.NEVER;
      }
      return numbers.sort((a, b) => a - b);
    }),
);

/** yes/no as a form, a CSV cell or JSON writes it. */
const yesNo = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    const s = v.trim().toLowerCase();
    if (['1', 'true', 'yes', 'ya', 'on', 'y'].includes(s)) return true;
    if (['0', 'false', 'no', 'tidak', 'off', 'n', 't'].includes(s)) return false;
    return v;
  },
  z.boolean({ message: 'yes_or_no' }),
);

const fields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'unit_code_format'),
  kind: z.enum(NEW_UNIT_KINDS),
  nameId: text(2, 200),
  nameEn: text(2, 200),
  country: z.string().trim().toUpperCase().refine(isCountryCode, 'country_not_iso'),
  city: text(1, 100),
  /** Its postal address for letterheads (alamat); empty for a unit at the body's address. */
  address: z.preprocess(blank, text(5, 300).nullable().optional()),
  timeZone: z.string().trim().refine(isIanaTimeZone, 'time_zone_not_iana'),
  weekendDays: weekendSchema,
  region: z.preprocess(blank, z.enum(REGIONS).nullable().optional()),
  parent: z.preprocess(blank, z.string().trim().toUpperCase().max(40).nullable().optional()),
  acceptsRequests: z.preprocess(blank, yesNo.optional()),
};

/** A new unit or mission. A home unit counts on the national calendar (its zone and week); a mission gets its own. */
export const newUnitSchema = z.object(fields);
export type NewUnit = z.infer<typeof newUnitSchema>;

/** A change: only what changes (the code never does; a unit is renamed by its names). */
export const unitPatchSchema = z.object({
  kind: z.enum(UNIT_KINDS).optional(),
  nameId: fields.nameId.optional(),
  nameEn: fields.nameEn.optional(),
  country: fields.country.optional(),
  city: fields.city.optional(),
  address: fields.address,
  timeZone: fields.timeZone.optional(),
  weekendDays: weekendSchema.optional(),
  region: fields.region,
  parent: fields.parent,
  acceptsRequests: fields.acceptsRequests,
});
export type UnitPatch = z.infer<typeof unitPatchSchema>;

/** Closing or reopening says why (the audit trail keeps it). */
export const closeUnitSchema = z.object({ reason: z.preprocess(blank, text(5, 2000)) });
export const reopenUnitSchema = z.object({ reason: z.preprocess(blank, text(5, 2000)), acceptsRequests: fields.acceptsRequests });
export type ReopenUnit = z.infer<typeof reopenUnitSchema>;

/** The CSV's columns: the API's field names. code … weekendDays are required; the rest may be empty. */
export const CSV_COLUMNS = [
  'code',
  'kind',
  'nameId',
  'nameEn',
  'country',
  'city',
  'timeZone',
  'weekendDays',
  'parent',
  'acceptsRequests',
  'region',
  'address',
] as const;
export const REQUIRED_CSV_COLUMNS = CSV_COLUMNS.slice(0, 8);
