/**
 * Holiday changes reach open cases. When an administrator adds, moves or removes a calendar entry
 * (a cuti bersama set at short notice, an isbat moving Idul Fitri), every open request whose
 * deadlines were counted on that calendar is counted again, inside the administrator's
 * transaction: the statutory notice deadline (and the extended one) of requests received at a
 * unit on that calendar, and the internal targets of units and missions on that calendar that
 * hold an assignment. Each case that changes is written with a new version and one audit event
 * (CALENDAR_RECOMPUTED). Decided and closed cases keep the dates they had.
 */
import type { Trx } from '../../db/unit-of-work';
import { appendAudit } from '../audit/audit-log';
import { enqueueMail } from '../mail/outbox';
import type { Lang } from '../i18n';
import { formatDate } from './describe';
import { DomainError, versionConflict } from '../cases/errors';
import { type CaseDeadlines, activeAssignments, caseColumns, noticeDeadline, restoreSnapshot, step } from '../cases/transition';
import type { Actor } from '../../workflows/request.events';
import { reexplainDeadline } from './deadline';
import { NATIONAL_CALENDAR_CODE } from './places';
import { CalendarRangeError } from './errors';
import { formatLocalDate, parseLocalDate } from './local-date';
import type { CalendarEntry, DeadlineExplanation, LocalDate } from './types';
import type { WorkingCalendar } from './working-calendar';
import { OPEN_STATES } from '../../workflows/request.state';

/** Assignments that still have a unit working on them (their internal target matters). */

export interface StoredEntry extends CalendarEntry {
  id: string;
}

export type EntryChange =
  | { action: 'added'; after: StoredEntry }
  | { action: 'updated'; before: StoredEntry; after: StoredEntry }
  | { action: 'removed'; before: StoredEntry }
  /** A year's holiday list arrived: deadlines counted provisionally into it (weekends only) are counted again. */
  | { action: 'year_loaded'; year: number; entries: number }
  /** A mission's week or time zone changed (unit administration): every open deadline on it is counted again. */
  | { action: 'week_changed'; before: WeekOf; after: WeekOf; firstYear: number; lastYear: number };

/** What a calendar's week is: its time zone and its weekend (ISO weekdays). */
export interface WeekOf {
  timeZone: string;
  weekendDays: number[];
}

export interface DueChange {
  from: LocalDate;
  to: LocalDate;
  /** The deadline was provisional (counted past the known holiday list) and no longer is. */
  confirmed?: true;
}

export interface RecomputedCase {
  id: string;
  registrationNumber: string;
  notice?: DueChange;
  noticeExtended?: DueChange;
  noticeReopened?: DueChange;
  unitTargets?: Record<string, DueChange>;
  /** A mission's request: its Jakarta deadlines that moved (kip-rules §5.4). */
  jakarta?: Partial<Record<'notice' | 'noticeExtended' | 'noticeReopened', DueChange>>;
}

/**
 * How far before the earliest changed date a case's current due date may lie and still move: a
 * clarification wait (klarifikasi) that ended on a run of non-working days reaches past the due
 * date by at most that run, and no run of holidays and weekends is near a month long.
 */
const DUE_SLACK_DAYS = 31;

/** Cases read per query: D1 binds at most 100 parameters. */
const PAGE = 100;

const changedDates = (change: EntryChange): LocalDate[] =>
  change.action === 'year_loaded'
    ? [`${change.year}-01-01`, `${change.year}-12-31`]
    : change.action === 'week_changed'
      ? [`${change.firstYear}-01-01`, `${change.lastYear}-12-31`]
      : change.action === 'added'
        ? [change.after.date]
        : change.action === 'removed'
          ? [change.before.date]
          : [change.before.date, change.after.date];

const addDays = (d: LocalDate, n: number) => formatLocalDate(parseLocalDate(d) + n);

/** Whether two countings of one deadline differ in anything a reader is shown. */
function differs(a: DeadlineExplanation, b: DeadlineExplanation): boolean {
  if (a.due !== b.due || a.dueAt !== b.dueAt || a.day0 !== b.day0 || a.day0Rolled !== b.day0Rolled) return true;
  if (a.provisional?.knownUntil !== b.provisional?.knownUntil || a.conservative?.due !== b.conservative?.due) return true;
  if (a.pauses.length !== b.pauses.length || a.pauses.some((p, i) => p.workingDaysAdded !== b.pauses[i]!.workingDaysAdded)) return true;
  if (a.skipped.length !== b.skipped.length) return true;
  return a.skipped.some((s, i) => {
    const t = b.skipped[i]!;
    return s.date !== t.date || s.reason !== t.reason || s.nameId !== t.nameId || s.nameEn !== t.nameEn;
  });
}

const dueChange = (before: DeadlineExplanation, after: DeadlineExplanation): DueChange => ({
  from: before.due,
  to: after.due,
  ...(before.provisional && !after.provisional ? { confirmed: true as const } : {}),
});

/**
 * The requester is told when the statutory deadline in force moved to another date (a holiday set,
 * moved or cancelled — a late lunar announcement at a mission, say); a deadline only confirmed
 * (provisional no more, same date) or an internal target moving is not theirs to hear about.
 */
async function tellRequester(trx: Trx, caseId: string, moved: RecomputedCase, due: LocalDate, reason: string, at: string) {
  const changed = [moved.notice, moved.noticeExtended, moved.noticeReopened].some((c) => c && c.from !== c.to);
  if (!changed) return;
  const c = await trx
    .selectFrom('cases')
    .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
    .select(['cases.registration_number', 'cases.lang', 'requesters.email'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
  if (!c.email) return;
  const lang = c.lang as Lang;
  await enqueueMail(
    trx,
    [{ to: c.email, template: 'request_deadline_moved', lang, caseId, vars: { number: c.registration_number, noticeDue: formatDate(due, lang), reason } }],
    at,
  );
}

/** An entry as the audit trail records it. */
const entryData = (e: StoredEntry) => ({ id: e.id, date: e.date, kind: e.kind, nameId: e.nameId, nameEn: e.nameEn, source: e.source ?? null });

export function changeData(change: EntryChange) {
  if (change.action === 'year_loaded') return { action: change.action, year: change.year, entries: change.entries };
  if (change.action === 'week_changed') return { action: change.action, before: change.before, after: change.after };
  return {
    action: change.action,
    ...('before' in change ? { before: entryData(change.before) } : {}),
    ...('after' in change ? { after: entryData(change.after) } : {}),
  };
}

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };

/**
 * Counts the open cases' deadlines again on `calendar` (the new version, built inside `trx`) after
 * `change`, and writes those that moved. Refuses the whole change (the caller's transaction rolls
 * back) if a deadline would move past the last year the calendar knows.
 */
export async function recomputeOpenCases(
  trx: Trx,
  calendar: WorkingCalendar,
  input: { change: EntryChange; reason: string; actor: Actor; at: string },
): Promise<RecomputedCase[]> {
  const dates = changedDates(input.change).sort();
  const earliestDue = addDays(dates[0]!, -DUE_SLACK_DAYS);
  // A request received on a later local date in any time zone than the last changed date cannot move.
  const receivedBefore = `${addDays(dates.at(-1)!, 2)}T00:00:00.000Z`;
  const code = calendar.code;
  const unitsOnCalendar = trx.selectFrom('units').select('code').where('calendar_code', '=', code);
  const assignedOnCalendar = trx
    .selectFrom('case_units')
    .innerJoin('units', 'units.code', 'case_units.unit_code')
    .select('case_units.case_id')
    .where('units.calendar_code', '=', code);

  // One pass finds the candidates by id; their rows are then read a page at a time, so memory
  // stays flat however many cases are open.
  const candidates = await trx
    .selectFrom('cases')
    .select('id')
    .where('state', 'in', [...OPEN_STATES])
    .where('received_at', '<', receivedBefore)
    .where((eb) =>
      eb.or([
        // The national calendar also counts the Jakarta twin of every mission's deadline (§5.4).
        code === NATIONAL_CALENDAR_CODE
          ? eb('notice_due', '>=', earliestDue)
          : eb.and([eb('received_unit', 'in', unitsOnCalendar), eb('notice_due', '>=', earliestDue)]),
        eb('id', 'in', assignedOnCalendar),
      ]),
    )
    .execute();

  const recomputed: RecomputedCase[] = [];
  for (let i = 0; i < candidates.length; i += PAGE) {
    const ids = candidates.slice(i, i + PAGE).map((c) => c.id);
    const page = await trx
      .selectFrom('cases')
      .select(['id', 'registration_number', 'state', 'version', 'deadlines', 'snapshot', 'machine_version'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const row of page) {
      const result = await recomputeCase(trx, calendar, row, input);
      if (result) recomputed.push(result);
    }
  }
  return recomputed;
}

async function recomputeCase(
  trx: Trx,
  calendar: WorkingCalendar,
  row: { id: string; registration_number: string; state: string; version: number; deadlines: string; snapshot: string; machine_version: number },
  input: { change: EntryChange; reason: string; actor: Actor; at: string },
): Promise<RecomputedCase | null> {
  const stored = JSON.parse(row.deadlines) as CaseDeadlines;
  const next: CaseDeadlines = { ...stored };
  const moved: RecomputedCase = { id: row.id, registrationNumber: row.registration_number };
  const recount = (e: DeadlineExplanation) => {
    try {
      return reexplainDeadline(calendar, e);
    } catch (err) {
      if (err instanceof CalendarRangeError) {
        throw new DomainError(
          409,
          'calendar_out_of_range',
          'recompute_out_of_range',
          { calendar: err.calendarCode, year: err.year, number: row.registration_number },
          {},
          { calendar: err.calendarCode, year: err.year, case: row.registration_number },
        );
      }
      throw err;
    }
  };

  if (stored.notice.calendar.code === calendar.code) {
    const notice = recount(stored.notice);
    if (differs(stored.notice, notice)) {
      next.notice = notice;
      moved.notice = dueChange(stored.notice, notice);
    }
    if (stored.noticeExtended) {
      const extended = recount(stored.noticeExtended);
      if (differs(stored.noticeExtended, extended)) {
        next.noticeExtended = extended;
        moved.noticeExtended = dueChange(stored.noticeExtended, extended);
      }
    }
  }

  const targetsHere = Object.entries(stored.unitTargets ?? {}).filter(([, e]) => e.calendar.code === calendar.code);
  const before = restoreSnapshot(row);
  const active = new Set(activeAssignments(before.context.assignments).map((a) => a.unit));
  for (const [unit, e] of targetsHere) {
    if (!active.has(unit)) continue;
    const target = recount(e);
    if (!differs(e, target)) continue;
    next.unitTargets = { ...next.unitTargets, [unit]: target };
    moved.unitTargets = { ...moved.unitTargets, [unit]: dueChange(e, target) };
  }

  if (stored.noticeReopened && stored.noticeReopened.calendar.code === calendar.code) {
    const reopened = recount(stored.noticeReopened);
    if (differs(stored.noticeReopened, reopened)) {
      next.noticeReopened = reopened;
      moved.noticeReopened = dueChange(stored.noticeReopened, reopened);
    }
  }

  if (stored.jakarta && stored.jakarta.notice.calendar.code === calendar.code) {
    const jakarta = { ...stored.jakarta };
    const changes: Partial<Record<'notice' | 'noticeExtended' | 'noticeReopened', DueChange>> = {};
    for (const key of ['notice', 'noticeExtended', 'noticeReopened'] as const) {
      const e = stored.jakarta[key];
      if (!e) continue;
      const counted = recount(e);
      if (!differs(e, counted)) continue;
      jakarta[key] = counted;
      changes[key] = dueChange(e, counted);
    }
    if (Object.keys(changes).length > 0) {
      next.jakarta = jakarta;
      moved.jakarta = changes;
    }
  }

  if (!moved.notice && !moved.noticeExtended && !moved.noticeReopened && !moved.unitTargets && !moved.jakarta) return null;

  // The workflow keeps its own copy of the dates: move it through the machine, as the system.
  const due = noticeDeadline(next);
  const { snapshot, persisted } = step(before, {
    type: 'RECOMPUTE_DEADLINES',
    actor: SYSTEM,
    at: input.at,
    noticeDueAt: due.dueAt,
    targets: Object.entries(moved.unitTargets ?? {}).map(([unit, t]) => ({ unit, targetDue: t.to })),
  });
  const version = row.version + 1;
  const updated = await trx
    .updateTable('cases')
    .set({ ...caseColumns(snapshot, persisted, next, input.at), version })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw versionConflict(row.version);

  const { id: _id, registrationNumber: _n, ...deadlines } = moved;
  await tellRequester(trx, row.id, moved, due.due, input.reason, input.at);
  await appendAudit(trx, {
    caseId: row.id,
    actor: input.actor,
    event: 'CALENDAR_RECOMPUTED',
    fromState: row.state,
    toState: row.state,
    at: input.at,
    data: {
      calendar: calendar.code,
      calendarVersion: calendar.version,
      change: changeData(input.change),
      reason: input.reason,
      ...deadlines,
      version,
    },
  });
  return moved;
}
