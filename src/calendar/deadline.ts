/**
 * Deadlines that explain themselves: each computed due date carries the receipt, day 0 (hari ke-0),
 * the days not counted, clarification pauses and any extension (perpanjangan), so that a register,
 * a notice or an auditor can show how it was reached.
 */
import { CalendarMismatchError } from './errors.js';
import { formatLocalDate, parseLocalDate } from './local-date.js';
import type { DeadlineExplanation, LocalDate, Pause } from './types.js';
import type { WorkingCalendar } from './working-calendar.js';

export { describeDeadline, formatDate } from './describe.js';

export interface DeadlineRequest {
  period: string;
  /** The event that starts the clock, e.g. receipt of the request (sejak diterimanya). */
  startInstant: Date;
  /** The statutory length in working days. */
  workingDays: number;
  /**
   * Clarification waits. Pass them only when the body's clarification policy is `paused`; with
   * policy `running` the clock runs through the wait and the caller passes none.
   */
  pauses?: Pause[];
}

export interface ExtensionRequest {
  workingDays: number;
  /** The written reasons (alasan tertulis) the extension must give. */
  reason: string;
}

function requireWorkingDays(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
}

/** Pauses in date order; each must run forwards and none may overlap another. */
function orderedPauses(pauses: readonly Pause[]): Pause[] {
  const ordered = pauses
    .map((p) => {
      if (parseLocalDate(p.from) > parseLocalDate(p.to)) throw new RangeError(`pause ${p.from}..${p.to} ends before it starts`);
      return { from: p.from, to: p.to };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let k = 1; k < ordered.length; k++) {
    const prev = ordered[k - 1]!;
    const next = ordered[k]!;
    if (next.from <= prev.to) throw new RangeError(`pauses ${prev.from}..${prev.to} and ${next.from}..${next.to} overlap`);
  }
  return ordered;
}

const dayBefore = (d: LocalDate): LocalDate => formatLocalDate(parseLocalDate(d) - 1);

const calendarRef = (cal: WorkingCalendar) => ({ code: cal.code, version: cal.version, timeZone: cal.timeZone });

/** Marks a deadline counted past the calendar's known holiday list (weekends only beyond it). */
const horizon = (cal: WorkingCalendar, due: LocalDate) => (cal.isProvisional(due) ? { provisional: { knownUntil: cal.knownUntil } } : {});

/**
 * Computes a deadline: day 0 by `cal.dayZero`, then the `workingDays`-th working day after it,
 * moved on by the working days of each clarification pause that fall after day 0. Pauses are
 * applied in date order, and only a pause that starts on or before the due date reached so far
 * stops the clock (a wait that starts after the deadline has passed cannot revive it).
 */
/** The conservative date (§5.3) of a deadline counted on `cal`, when counting cuti bersama as working makes it earlier. */
function conservative(cal: WorkingCalendar, due: LocalDate, count: (twin: WorkingCalendar) => DeadlineExplanation) {
  const twin = cal.cutiBersamaWorking();
  if (twin === cal) return {};
  const alt = count(twin);
  return alt.due < due ? { conservative: { due: alt.due, dueAt: alt.dueAt } } : {};
}

export function explainDeadline(cal: WorkingCalendar, request: DeadlineRequest): DeadlineExplanation {
  requireWorkingDays(request.workingDays, 'workingDays');
  const pauses = orderedPauses(request.pauses ?? []);
  const start = request.startInstant;
  const { day0, rolled } = cal.dayZero(start);

  let due = cal.addWorkingDays(day0, request.workingDays);
  const applied: DeadlineExplanation['pauses'] = [];
  for (const pause of pauses) {
    const countFrom = pause.from > day0 ? dayBefore(pause.from) : day0;
    const added = pause.from <= due ? cal.workingDaysBetween(countFrom, pause.to) : 0;
    due = cal.addWorkingDays(due, added);
    applied.push({ ...pause, workingDaysAdded: added });
  }

  return {
    period: request.period,
    workingDays: request.workingDays,
    startInstant: start.toISOString(),
    receivedLocal: `${cal.localDateOf(start)} ${cal.localTimeOf(start)}`,
    day0,
    day0Rolled: rolled,
    due,
    dueAt: cal.endOfDay(due).toISOString(),
    calendar: calendarRef(cal),
    skipped: cal.skippedBetween(day0, due),
    pauses: applied,
    ...horizon(cal, due),
    ...conservative(cal, due, (twin) => explainDeadline(twin, request)),
  };
}

/**
 * Extends a deadline by `workingDays` working days counted from its due date, e.g. the notice
 * (pemberitahuan tertulis) by 7 working days with written reasons. A deadline is extended once.
 * A clarification wait that started after the base due date (so it stopped nothing there) but
 * inside the extension stops the extended clock: its working days are added here, by the same
 * rule as in explainDeadline.
 */
export function extendDeadline(cal: WorkingCalendar, base: DeadlineExplanation, extension: ExtensionRequest): DeadlineExplanation {
  if (base.calendar.code !== cal.code) throw new CalendarMismatchError(base.calendar.code, cal.code);
  if (base.extension) throw new RangeError(`deadline ${base.period} has already been extended`);
  requireWorkingDays(extension.workingDays, 'extension workingDays');
  const reason = extension.reason.trim();
  if (reason === '') throw new RangeError('an extension needs written reasons (alasan tertulis)');

  let due = cal.addWorkingDays(base.due, extension.workingDays);
  const pauses = base.pauses.map((p) => {
    // Waits that start on or before the base due date were counted (or found empty) by the base.
    if (p.from <= base.due) return { ...p };
    const added = p.from <= due ? cal.workingDaysBetween(dayBefore(p.from), p.to) : 0;
    due = cal.addWorkingDays(due, added);
    return { ...p, workingDaysAdded: added };
  });
  const { provisional: _p, conservative: _c, ...counted } = base;
  return {
    ...counted,
    ...horizon(cal, due),
    ...conservative(cal, due, (twin) =>
      extendDeadline(
        twin,
        explainDeadline(twin, {
          period: base.period,
          startInstant: new Date(base.startInstant),
          workingDays: base.workingDays,
          pauses: base.pauses.map(({ from, to }) => ({ from, to })),
        }),
        extension,
      ),
    ),
    period: `${base.period}_extended`,
    due,
    dueAt: cal.endOfDay(due).toISOString(),
    calendar: calendarRef(cal),
    skipped: cal.skippedBetween(base.day0, due),
    pauses,
    extension: { workingDays: extension.workingDays, reason, from: base.due },
  };
}

/**
 * The same deadline counted again on `cal`, e.g. a newer version of its calendar after an
 * administrator added or moved a holiday: from the stored start instant, length and pauses, and
 * the extension (if any) re-applied to the recounted base.
 */
export function reexplainDeadline(cal: WorkingCalendar, stored: DeadlineExplanation): DeadlineExplanation {
  if (stored.calendar.code !== cal.code) throw new CalendarMismatchError(stored.calendar.code, cal.code);
  const ext = stored.extension;
  const base = explainDeadline(cal, {
    period: ext && stored.period.endsWith('_extended') ? stored.period.slice(0, -'_extended'.length) : stored.period,
    startInstant: new Date(stored.startInstant),
    workingDays: stored.workingDays,
    pauses: stored.pauses.map(({ from, to }) => ({ from, to })),
  });
  return ext ? extendDeadline(cal, base, { workingDays: ext.workingDays, reason: ext.reason }) : base;
}
