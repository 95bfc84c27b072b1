/**
 * Reviewed host-holiday lists (issue 13, item 7). A mission's calendar starts from date-holidays'
 * computed dates (a proposal) with the corrections of db/seed/host-holiday-corrections.ts; it is
 * "reviewed by the mission for year N" once the mission has checked that year's list (its host's
 * official announcement) and an administrator records it, with a note naming the confirmation. The
 * review records the calendar version it saw: a later change to the calendar shows the review as
 * out of date. Administrators are alerted while the current year (and, in the last months of a
 * year, the next) of any mission calendar is not reviewed.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log';
import { DomainError, notFound } from '../cases/errors';
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';
import { alertFrom } from './horizon';
import { NATIONAL_CALENDAR_CODE, bodyCalendar } from './places';

export const reviewSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** Who confirmed the list and how, e.g. "KBRI Tokyo, nota 123/2026: daftar libur Jepang 2027 sesuai Kabinet". */
  note: z.string().trim().min(5).max(1000),
});
export type ReviewInput = z.infer<typeof reviewSchema>;

export interface ReviewState {
  year: number;
  reviewed: null | { by: string; at: string; calendarVersion: number; note: string; outOfDate: boolean };
}

export interface CalendarReviewStatus {
  code: string;
  years: ReviewState[];
  /** Years an administrator is alerted about: not reviewed, or reviewed on an older version of the list. */
  unreviewed: number[];
}

/** The years that must be reviewed now: this year (Jakarta), and the next from the alert window before it starts. */
function yearsDue(today: string, months: number): number[] {
  const year = Number(today.slice(0, 4));
  return today >= alertFrom(year, months) ? [year, year + 1] : [year];
}

/** Review state of every mission calendar (the national calendar follows the SKB, not a host). */
export async function reviewStatus(deps: Deps): Promise<CalendarReviewStatus[]> {
  const today = (await bodyCalendar(deps, deps.db)).localDateOf(deps.clock());
  const due = yearsDue(today, deps.config.CALENDAR_HORIZON_ALERT_MONTHS);
  const calendars = await deps.db
    .selectFrom('calendars')
    .select(['code', 'first_year', 'last_year', 'version'])
    .where('code', '!=', NATIONAL_CALENDAR_CODE)
    .orderBy('code')
    .execute();
  const reviews = await deps.db
    .selectFrom('calendar_reviews')
    .leftJoin('users', 'users.id', 'calendar_reviews.reviewed_by')
    .select([
      'calendar_reviews.calendar_code',
      'calendar_reviews.year',
      'calendar_reviews.reviewed_at',
      'calendar_reviews.calendar_version',
      'calendar_reviews.note',
      'users.name',
    ])
    .execute();
  return calendars.map((cal) => {
    const years: ReviewState[] = [];
    for (let year = cal.first_year; year <= cal.last_year; year++) {
      const r = reviews.find((x) => x.calendar_code === cal.code && x.year === year);
      years.push({
        year,
        reviewed: r
          ? { by: r.name ?? '', at: r.reviewed_at, calendarVersion: r.calendar_version, note: r.note, outOfDate: r.calendar_version < cal.version }
          : null,
      });
    }
    const unreviewed = due.filter((y) => {
      const state = years.find((s) => s.year === y);
      return !state?.reviewed || state.reviewed.outOfDate;
    });
    return { code: cal.code, years, unreviewed };
  });
}

/** Records that the mission reviewed its list for a year, with the audit event, in one transaction. */
export async function recordReview(deps: Deps, code: string, input: ReviewInput, actor: Actor) {
  return deps.transact(async (trx) => {
    const cal = await trx.selectFrom('calendars').select(['code', 'first_year', 'last_year', 'version']).where('code', '=', code).executeTakeFirst();
    if (!cal || cal.code === NATIONAL_CALENDAR_CODE) throw notFound();
    if (input.year < cal.first_year || input.year > cal.last_year) {
      throw new DomainError(
        400,
        'invalid_input',
        'invalid_input',
        { first: cal.first_year, last: cal.last_year, calendar: code },
        { year: 'year_outside_calendar' },
      );
    }
    const at = deps.clock().toISOString();
    const row = { calendar_code: code, year: input.year, reviewed_by: actor.id!, reviewed_at: at, calendar_version: cal.version, note: input.note };
    await trx
      .insertInto('calendar_reviews')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['calendar_code', 'year']).doUpdateSet({
          reviewed_by: row.reviewed_by,
          reviewed_at: at,
          calendar_version: cal.version,
          note: input.note,
        }),
      )
      .execute();
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'CALENDAR_REVIEWED',
      fromState: null,
      toState: null,
      at,
      data: { calendar: code, year: input.year, calendarVersion: cal.version, note: input.note },
    });
    return { calendar: code, year: input.year, calendarVersion: cal.version, reviewedAt: at };
  });
}

/** One notification per administrator and year while mission calendars of that year are not reviewed. */
export async function alertUnreviewed(deps: Deps): Promise<number> {
  const status = await reviewStatus(deps);
  const byYear = new Map<number, number>();
  for (const s of status) for (const y of s.unreviewed) byYear.set(y, (byYear.get(y) ?? 0) + 1);
  if (byYear.size === 0) return 0;
  const admins = await deps.db.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', 1).execute();
  const at = deps.clock().toISOString();
  let created = 0;
  for (const [year, count] of byYear) {
    for (const a of admins) {
      const inserted = await deps.transact((trx) =>
        trx
          .insertInto('notifications')
          .values({
            id: randomUUID(),
            user_id: a.id,
            kind: 'calendar_review',
            case_id: null,
            data: JSON.stringify({ registrationNumber: '', year, count }),
            dedupe_key: `calendar_review:${year}`,
            created_at: at,
            read_at: null,
          })
          .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
          .executeTakeFirst(),
      );
      created += Number(inserted.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return created;
}
