/**
 * Both clocks of a request received at a mission abroad (kip-rules §5.4): the statutory deadlines
 * counted on the receiving node's calendar (the mission's week, time zone and host holidays) and
 * the same periods counted on the body's national calendar (Jakarta). Both are stored and shown;
 * alerts (queue order, "due soon", the overdue queue, reminders) follow whichever comes first. The
 * node's deadline stays the statutory one (the workflow's overdue flag and the requester's
 * objection ground c), as §5.4's design assumption says, until the law is read otherwise.
 *
 * The Jakarta count starts from the same receipt instant (its own day 0: the Jakarta date, the
 * Jakarta service hours), applies the same clarification pauses (their local dates as recorded)
 * and the same extension. Pure: the caller passes the national calendar.
 */
import { reexplainDeadline } from '../calendar/deadline';
import type { DeadlineExplanation } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { type CaseDeadlines, type JakartaDeadlines, noticeDeadline } from './transition';

/** The same deadline counted on another calendar (same start, length, pauses and extension). */
export function recountOn(calendar: WorkingCalendar, stored: DeadlineExplanation): DeadlineExplanation {
  return reexplainDeadline(calendar, { ...stored, calendar: { code: calendar.code, version: calendar.version, timeZone: calendar.timeZone } });
}

/**
 * The Jakarta twins of a case's statutory deadlines, or undefined when the case already counts on
 * the national calendar. Throws CalendarRangeError like any count past the calendar's years.
 */
export function jakartaDeadlines(national: WorkingCalendar, d: CaseDeadlines): JakartaDeadlines | undefined {
  if (d.notice.calendar.code === national.code) return undefined;
  return {
    notice: recountOn(national, d.notice),
    ...(d.noticeExtended ? { noticeExtended: recountOn(national, d.noticeExtended) } : {}),
    ...(d.noticeReopened ? { noticeReopened: recountOn(national, d.noticeReopened) } : {}),
  };
}

/** The deadlines with their Jakarta twins brought up to date (a new object; `d` is not changed). */
export function withJakartaDeadlines(national: WorkingCalendar, d: CaseDeadlines): CaseDeadlines {
  const { jakarta: _old, ...rest } = d;
  const jakarta = jakartaDeadlines(national, rest);
  return jakarta ? { ...rest, jakarta } : rest;
}

/** The Jakarta deadline in force (reopened, extended or first), if the case has one. */
export const jakartaDeadline = (d: CaseDeadlines): DeadlineExplanation | undefined =>
  d.jakarta ? (d.jakarta.noticeReopened ?? d.jakarta.noticeExtended ?? d.jakarta.notice) : undefined;

/** The deadline to alert on: the earlier instant of the node's and Jakarta's deadline in force. */
export function firstDeadline(d: CaseDeadlines): DeadlineExplanation {
  const node = noticeDeadline(d);
  const jakarta = jakartaDeadline(d);
  return jakarta && jakarta.dueAt < node.dueAt ? jakarta : node;
}
