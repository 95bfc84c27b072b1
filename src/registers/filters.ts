/**
 * What a register is asked for: the period (local dates), the unit or mission, the outcome, the
 * format, and a page (cursor, limit). Parsed by zod in the route; what needs the database (an
 * unknown unit) and what spans fields (an inverted period) is judged here, each as a field error.
 */
import { z } from 'zod';
import { NATIONAL_CALENDAR_CODE } from '../calendar/national';
import type { Deps } from '../deps';
import { t, type Lang } from '../i18n';
import { outcomes } from '../../workflows/request.events';
import { type RegisterMessage, registerMessage } from './messages';

export const registerFormats = ['json', 'csv', 'pdf'] as const;
export type RegisterFormat = (typeof registerFormats)[number];

const period = {
  /** Received on or after this local date; default 1 January of this year. */
  from: z.iso.date().optional(),
  /** Received on or before this local date; default today. */
  to: z.iso.date().optional(),
  /** A unit or mission code: the requests it received (and the objections to them). */
  unit: z.string().trim().min(1).max(64).optional(),
  format: z.enum(registerFormats).default('json'),
  /** From `nextCursor` of the previous page. */
  cursor: z.string().min(1).max(500).optional(),
  /** One page of this many rows; without it, the whole period. */
  limit: z
    .string()
    .regex(/^\d{1,6}$/, 'invalid_format')
    .transform(Number)
    .pipe(z.number().int().min(1).max(1000))
    .optional(),
};

export const requestRegisterQuerySchema = z.object({
  ...period,
  /** The decision of the written notice. */
  outcome: z.enum(outcomes).optional(),
});
export type RequestRegisterQuery = z.infer<typeof requestRegisterQuerySchema>;

export const objectionRegisterQuerySchema = z.object(period);
export type ObjectionRegisterQuery = z.infer<typeof objectionRegisterQuerySchema>;

/** A refusal naming the fields, already in the caller's language. */
export class RegisterError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: string,
    readonly text: string,
    readonly fields: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

const fieldError = (lang: Lang, field: string, message: string) => new RegisterError(400, 'invalid_input', t(lang, 'invalid_input'), { [field]: message });
export const registerFieldError = (lang: Lang, field: string, key: RegisterMessage) => fieldError(lang, field, registerMessage(lang, key));

/** A position in received order (ties broken by the registration or objection number): after this row. */
export type Key = readonly [receivedAt: string, number: string];

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, lang: Lang): Key | null {
  if (cursor === undefined) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && !Number.isNaN(Date.parse(v[0]))) {
      return [v[0], v[1]];
    }
  } catch {
    /* refused below */
  }
  throw registerFieldError(lang, 'cursor', 'invalid_cursor');
}

export interface RegisterPeriod {
  from: string;
  to: string;
  /**
   * Instants that surely hold every record received on a local date in the period, wherever it was
   * received (UTC−12 to UTC+14); the local date of receipt on the record's own calendar decides.
   */
  scanFrom: string;
  scanTo: string;
  unit: string | null;
}

const DAY = 86_400_000;
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The period in local dates (default: this year so far, on the national calendar) and the unit, checked. */
export async function resolvePeriod(
  deps: Deps,
  query: { from?: string | undefined; to?: string | undefined; unit?: string | undefined },
  lang: Lang,
): Promise<RegisterPeriod> {
  const today = (await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE)).localDateOf(deps.clock());
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? (today < from ? from : today);
  if (from > to) throw registerFieldError(lang, 'to', 'period_inverted');
  if (query.unit !== undefined) {
    const unit = await deps.db.selectFrom('units').select('code').where('code', '=', query.unit).executeTakeFirst();
    if (!unit) throw fieldError(lang, 'unit', t(lang, 'unknown_unit'));
  }
  return {
    from,
    to,
    scanFrom: new Date(Date.parse(`${from}T00:00:00Z`) - 14 * 3_600_000).toISOString(),
    scanTo: new Date(Date.parse(`${addDays(to, 1)}T00:00:00Z`) + 12 * 3_600_000).toISOString(),
    unit: query.unit ?? null,
  };
}

/**
 * Where a keyset page starts reading: the period's first instant, or the last row read when that
 * is later. The `(received_at, number) > after` test alone is no bound an index can seek to (the
 * database would walk the period from its start for every page, so that reading a register of n
 * rows cost n²/page steps); this lower bound is.
 */
export const scanStart = (period: Pick<RegisterPeriod, 'scanFrom'>, after: Key | null) =>
  after !== null && after[0] > period.scanFrom ? after[0] : period.scanFrom;

/** Whether a local date falls in the period. */
export const inPeriod = (p: Pick<RegisterPeriod, 'from' | 'to'>, localDate: string) => localDate >= p.from && localDate <= p.to;
