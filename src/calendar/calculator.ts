/**
 * The public deadline calculator (kalkulator tenggat): for a receipt instant at a unit or mission,
 * the written-notice deadline (10 working days, UU 14/2008 Art. 22(7)), the latest it can be
 * extended to (7 more, Art. 22(8)), the calendar that counts them, and every day not counted.
 * Shared by `GET /api/v1/deadlines` and the page `/tenggat`.
 */
import type { Reader } from '../../db/unit-of-work';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { DomainError, invalidField } from '../cases/errors';
import type { Deps } from '../deps';
import { PERIODS } from '../../workflows/periods';
import { explainDeadline, extendDeadline } from './deadline';
import { CalendarRangeError } from './errors';
import { parseLocalDate } from './local-date';
import { unitDirectory } from './unit-directory';
import type { DeadlineExplanation, SkippedDay } from './types';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/;
const SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isRealDate = (d: string) => {
  try {
    parseLocalDate(d);
    return true;
  } catch {
    return false;
  }
};

/**
 * A receipt instant, ISO 8601 with its offset (`2026-11-27T10:00:00+07:00`, `…Z`); seconds may be
 * left out. A date that does not exist is named as such; an instant without an offset is refused,
 * never read in a guessed zone.
 */
export const receivedInstantSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const m = INSTANT.exec(v);
    if (SHAPE.test(v) && !isRealDate(v.slice(0, 10))) ctx.addIssue({ code: 'custom', message: 'invalid_date' });
    else if (!m?.[5]) ctx.addIssue({ code: 'custom', message: 'instant_with_offset' });
  });

export interface DeadlineCalculation {
  receivedAt: string;
  unit: { code: string; nameId: string; nameEn: string; timeZone: string };
  /** Day 0 (hari ke-0), the local date the count starts from. */
  countedFrom: string;
  countedFromRolled: DeadlineExplanation['day0Rolled'];
  noticeDue: string;
  noticeDueAt: string;
  extendedNoticeDue: string;
  extendedNoticeDueAt: string;
  calendar: DeadlineExplanation['calendar'];
  /** Every non-working day after day 0 up to the extended due date. */
  skipped: Array<Pick<SkippedDay, 'date' | 'reason'> & { nameId?: string; nameEn?: string }>;
  notice: DeadlineExplanation;
  extended: DeadlineExplanation;
  /**
   * The calendar horizon: set when a date is counted past the last day whose holidays are known
   * (weekends only beyond it), naming which of the two dates are provisional.
   */
  provisional: { knownUntil: string; noticeDue: boolean; extendedNoticeDue: boolean } | null;
}

/** Units and missions a requester may choose: home units, then missions by region (unit-directory.ts). */
export async function requestUnits(db: Reader) {
  return unitDirectory(db);
}

/**
 * Computes both deadlines. Refuses an unknown unit (field `unit`) and a receipt whose deadlines
 * fall outside the years the calendar knows (field `received`), each as a 400 naming the field.
 */
export async function calculateDeadlines(deps: Deps, unitCode: string, receivedAt: Date): Promise<DeadlineCalculation> {
  const unit = await deps.db
    .selectFrom('units')
    .select(['code', 'name_id', 'name_en', 'calendar_code', 'accepts_requests'])
    .where('code', '=', unitCode)
    .executeTakeFirst();
  if (!unit) throw invalidField('unit', 'unknown_unit');
  if (!unit.accepts_requests) throw invalidField('unit', 'unit_not_accepting');
  const calendar = await deps.calendars.get(deps.db, unit.calendar_code);
  try {
    const notice = explainDeadline(calendar, { period: 'notice', startInstant: receivedAt, workingDays: PERIODS.notice.workingDays });
    const extended = extendDeadline(calendar, notice, { workingDays: PERIODS.extension.workingDays, reason: PERIODS.extension.source });
    return {
      receivedAt: receivedAt.toISOString(),
      unit: { code: unit.code, nameId: unit.name_id, nameEn: unit.name_en, timeZone: calendar.timeZone },
      countedFrom: notice.day0,
      countedFromRolled: notice.day0Rolled,
      noticeDue: notice.due,
      noticeDueAt: notice.dueAt,
      extendedNoticeDue: extended.due,
      extendedNoticeDueAt: extended.dueAt,
      calendar: notice.calendar,
      skipped: extended.skipped.map((s) => ({ date: s.date, reason: s.reason, ...(s.nameId ? { nameId: s.nameId, nameEn: s.nameEn } : {}) })),
      notice,
      extended,
      provisional: extended.provisional
        ? { knownUntil: extended.provisional.knownUntil, noticeDue: notice.provisional !== undefined, extendedNoticeDue: true }
        : null,
    };
  } catch (e) {
    if (e instanceof CalendarRangeError) {
      throw new DomainError(
        400,
        'calendar_out_of_range',
        'calendar_out_of_range',
        { calendar: e.calendarCode, year: e.year },
        { received: 'calendar_out_of_range' },
        { calendar: e.calendarCode, year: e.year },
      );
    }
    throw e;
  }
}

/**
 * A local date and wall-clock time in a zone, as an instant. A time that does not exist there
 * (the hour skipped when daylight saving starts) is refused rather than moved; a time that occurs
 * twice (when it ends) is the earlier one.
 */
export function localInstant(date: string, time: string, timeZone: string): Date | 'invalid_date' | 'invalid_time' | 'time_in_dst_gap' {
  if (!isRealDate(date)) return 'invalid_date';
  const t = /^([01]\d|2[0-3])[:.]([0-5]\d)$/.exec(time);
  if (!t) return 'invalid_time';
  const plain = Temporal.PlainDateTime.from(`${date}T${t[1]}:${t[2]}`);
  try {
    return new Date(plain.toZonedDateTime(timeZone, { disambiguation: 'reject' }).epochMilliseconds);
  } catch {
    const earlier = plain.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
    const later = plain.toZonedDateTime(timeZone, { disambiguation: 'later' });
    // Ambiguous (the repeated hour): both resolve to the same wall-clock time; take the earlier.
    if (earlier.toPlainDateTime().equals(plain) && later.toPlainDateTime().equals(plain)) return new Date(earlier.epochMilliseconds);
    return 'time_in_dst_gap';
  }
}
