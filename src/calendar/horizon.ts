/**
 * The calendar horizon policy (issue 13). A calendar knows its holidays up to the last year whose
 * list was loaded (the SKB 3 Menteri for the national calendar; for a mission also its host
 * holidays). Past that day the service does not stop:
 *   - deadlines are counted on weekends only for CALENDAR_PROVISIONAL_YEARS more years, and each
 *     such deadline is marked provisional (sementara) and says so wherever it is shown;
 *   - when the year's list is loaded, every open provisional deadline is counted again on it, in
 *     the same transaction, with an audit event per case (recompute.ts, action `year_loaded`);
 *   - administrators are alerted CALENDAR_HORIZON_ALERT_MONTHS months before a list runs out: the
 *     calendar listing says so, and each administrator gets one notification per calendar and year.
 */
import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { Deps } from '../deps';
import { bodyCalendar } from './places';

export interface HorizonStatus {
  code: string;
  /** The last day whose holidays are known. */
  knownUntil: string;
  /** The first day administrators are alerted that the list runs out. */
  alertFrom: string;
  /** Today (Jakarta) is on or after alertFrom: the next year's list is due. */
  alert: boolean;
  /** Today is past knownUntil: deadlines on this calendar are being counted provisionally now. */
  provisionalNow: boolean;
}

/** The first day of the alert window: `months` months before the day after the known list ends. */
export function alertFrom(lastYear: number, months: number): string {
  return Temporal.PlainDate.from({ year: lastYear + 1, month: 1, day: 1 })
    .subtract({ months })
    .toString();
}

/** Every calendar's horizon as of the deps' clock, judged on the national (Jakarta) date. */
export async function calendarHorizons(deps: Deps): Promise<HorizonStatus[]> {
  const today = (await bodyCalendar(deps, deps.db)).localDateOf(deps.clock());
  const rows = await deps.db.selectFrom('calendars').select(['code', 'last_year']).orderBy('code').execute();
  return rows.map((r) => {
    const knownUntil = `${r.last_year}-12-31`;
    const from = alertFrom(r.last_year, deps.config.CALENDAR_HORIZON_ALERT_MONTHS);
    return { code: r.code, knownUntil, alertFrom: from, alert: today >= from, provisionalNow: today > knownUntil };
  });
}

/**
 * Notifies every active administrator when holiday lists run out soon: one notification per
 * last known day (all the calendars whose list ends then, counted, and named when only one), so a
 * sweep that runs again, or 130 mission calendars ending on the same day, notify once.
 * Returns how many notifications were new.
 */
export async function alertCalendarHorizons(deps: Deps): Promise<number> {
  const due = (await calendarHorizons(deps)).filter((h) => h.alert);
  if (due.length === 0) return 0;
  const byEnd = new Map<string, string[]>();
  for (const h of due) byEnd.set(h.knownUntil, [...(byEnd.get(h.knownUntil) ?? []), h.code]);
  const admins = await deps.db.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', 1).execute();
  const at = deps.clock().toISOString();
  let created = 0;
  for (const [knownUntil, codes] of byEnd) {
    for (const a of admins) {
      const inserted = await deps.transact((trx) =>
        trx
          .insertInto('notifications')
          .values({
            id: randomUUID(),
            user_id: a.id,
            kind: 'calendar_horizon',
            case_id: null,
            data: JSON.stringify({ registrationNumber: '', ...(codes.length === 1 ? { calendar: codes[0] } : {}), count: codes.length, due: knownUntil }),
            dedupe_key: `calendar_horizon:${knownUntil}`,
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
