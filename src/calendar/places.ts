/**
 * Which calendar a clock or a typed date belongs to:
 *  - the body's national calendar (kalender nasional, Jakarta) counts every objection (keberatan)
 *    and dispute (sengketa) clock: objections go to the single atasan PPID of the body, who sits in
 *    Jakarta (kip-rules §4.2; UU 14/2008 Art. 36(2) counts from the atasan's receipt);
 *  - a date a person types (a dispute's filing date, a stage's date) is a local date where that
 *    person sits: the calendar of the acting officer's unit, the national one for body-level roles.
 */
import type { Reader } from '../../db/unit-of-work';
import { NATIONAL_CALENDAR_CODE } from './national';
import type { Deps } from '../deps';
import type { WorkingCalendar } from './working-calendar';

export { NATIONAL_CALENDAR_CODE };

/** The body's national calendar (ID-NATIONAL, Asia/Jakarta). */
export const bodyCalendar = (deps: Pick<Deps, 'calendars'>, db: Reader): Promise<WorkingCalendar> => deps.calendars.get(db, NATIONAL_CALENDAR_CODE);

/** The calendar of a unit or mission; the national calendar when there is no unit (administrators, the system). */
export async function unitCalendar(deps: Pick<Deps, 'calendars'>, db: Reader, unitCode: string | null): Promise<WorkingCalendar> {
  if (!unitCode) return bodyCalendar(deps, db);
  return deps.calendars.forUnit(db, unitCode);
}

/** Today's local date where an actor sits (their unit's calendar zone), for judging the dates they type. */
export async function actorToday(deps: Pick<Deps, 'calendars'>, db: Reader, actor: { unit: string | null }, at: Date): Promise<string> {
  return (await unitCalendar(deps, db, actor.unit)).localDateOf(at);
}
