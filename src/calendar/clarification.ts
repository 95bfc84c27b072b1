/**
 * The clarification policy (permintaan klarifikasi kepada pemohon). With `running` (the default)
 * the statutory clock runs while the body waits for the requester's answer. With `paused` the
 * wait — from the local date the clarification was asked to the local date it arrived, both
 * inclusive, on the calendar that counts the notice — is a pause: its working days are added back
 * to the notice deadline and to the extended one.
 */
import { explainDeadline, extendDeadline } from './deadline.js';
import { parseLocalDate } from './local-date.js';
import type { DeadlineExplanation, Pause } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';

export type ClarificationClock = 'running' | 'paused';

/** The wait between asking for a clarification and receiving it, as local dates on `cal`. */
export function clarificationPause(cal: WorkingCalendar, requestedAt: Date, receivedAt: Date): Pause {
  if (receivedAt.getTime() < requestedAt.getTime()) {
    throw new RangeError(`clarification received (${receivedAt.toISOString()}) before it was requested (${requestedAt.toISOString()})`);
  }
  return { from: cal.localDateOf(requestedAt), to: cal.localDateOf(receivedAt) };
}

/**
 * Adds a wait to the earlier ones, in date order. A wait that overlaps earlier ones is merged
 * with them (two rounds of clarification on the same day are one paused day, not two).
 */
export function addPause(pauses: readonly Pause[], pause: Pause): Pause[] {
  let merged: Pause = { from: pause.from, to: pause.to };
  const rest: Pause[] = [];
  for (const p of pauses) {
    if (parseLocalDate(p.from) <= parseLocalDate(merged.to) && parseLocalDate(merged.from) <= parseLocalDate(p.to)) {
      merged = { from: p.from < merged.from ? p.from : merged.from, to: p.to > merged.to ? p.to : merged.to };
    } else {
      rest.push({ from: p.from, to: p.to });
    }
  }
  return [...rest, merged].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The statutory notice deadline of a request and, once extended, its extended deadline. */
export interface NoticeDeadlines {
  notice: DeadlineExplanation;
  noticeExtended?: DeadlineExplanation;
}

/**
 * The notice deadline counted again with one more clarification wait, and the extended deadline
 * (if the notice was extended) re-extended from it with the same length and reasons.
 */
export function pauseNoticeDeadlines<T extends NoticeDeadlines>(cal: WorkingCalendar, deadlines: T, pause: Pause): T {
  const stored = deadlines.notice;
  const notice = explainDeadline(cal, {
    period: stored.period,
    startInstant: new Date(stored.startInstant),
    workingDays: stored.workingDays,
    pauses: addPause(stored.pauses, pause),
  });
  const extension = deadlines.noticeExtended?.extension;
  return {
    ...deadlines,
    notice,
    ...(extension ? { noticeExtended: extendDeadline(cal, notice, { workingDays: extension.workingDays, reason: extension.reason }) } : {}),
  };
}
