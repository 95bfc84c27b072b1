/**
 * Calendar administration: listing calendars and their entries, and adding, editing and removing
 * an entry, or loading the next year's holidays. Each change runs in ONE transaction: the entry,
 * the calendar's new version, the open cases counted again on it (recompute.ts), and the audit
 * events — one for the calendar, one for every case whose deadlines moved.
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { CalendarsTable, Database } from '../../db/schema';
import { appendAudit } from '../audit/audit-log';
import { DomainError, notFound } from '../cases/errors';
import type { Deps } from '../deps';
import { type HorizonStatus, calendarHorizons } from './horizon';
import { NATIONAL_CALENDAR_CODE } from './places';
import { type RecomputedObjection, recomputeOpenObjections } from '../objections/recompute-objections';
import { type CalendarReviewStatus, reviewStatus } from './reviews';
import type { MessageKey } from '../i18n';
import type { Actor } from '../../workflows/request.events';
import type { EntryPatch, EntryRemoval, NewEntry, YearLoad } from './entry.schema';
import { type EntryChange, type RecomputedCase, type StoredEntry, changeData, recomputeOpenCases } from './recompute';
import type { HolidayKind } from './types';
import type { WorkingCalendar } from './working-calendar';

type CalendarRow = Selectable<CalendarsTable>;

export interface CalendarSummary {
  code: string;
  name: string;
  timeZone: string;
  weekendDays: number[];
  serviceEnd: string;
  firstYear: number;
  lastYear: number;
  version: number;
  /** The units and missions that count on it. */
  units: string[];
  entries: number;
}

export interface ChangeResult {
  calendar: { code: string; version: number };
  entry: StoredEntry | null;
  /** The open cases whose deadlines moved. */
  recomputed: RecomputedCase[];
  /** The open objections whose atasan deadline moved (national calendar changes only). */
  recomputedObjections: RecomputedObjection[];
}

const summary = (row: CalendarRow, units: string[], entries: number): CalendarSummary => ({
  code: row.code,
  name: row.name,
  timeZone: row.time_zone,
  weekendDays: JSON.parse(row.weekend_days) as number[],
  serviceEnd: row.service_end,
  firstYear: row.first_year,
  lastYear: row.last_year,
  version: row.version,
  units,
  entries,
});

const toEntry = (e: Selectable<Database['calendar_entries']>): StoredEntry => ({
  id: e.id,
  date: e.date,
  kind: e.kind as HolidayKind,
  nameId: e.name_id,
  nameEn: e.name_en,
  ...(e.source ? { source: e.source } : {}),
});

export async function listCalendars(db: Reader): Promise<CalendarSummary[]> {
  const rows = await db.selectFrom('calendars').selectAll().orderBy('code').execute();
  const units = await db.selectFrom('units').select(['code', 'calendar_code']).orderBy('code').execute();
  const counts = await db
    .selectFrom('calendar_entries')
    .select(['calendar_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('calendar_code')
    .execute();
  return rows.map((row) =>
    summary(
      row,
      units.filter((u) => u.calendar_code === row.code).map((u) => u.code),
      Number(counts.find((c) => c.calendar_code === row.code)?.n ?? 0),
    ),
  );
}

/** The calendars, each with its horizon: known until when, and whether administrators are alerted now. */
export async function listCalendarsWithHorizon(deps: Deps): Promise<Array<CalendarSummary & { horizon: HorizonStatus; review: CalendarReviewStatus | null }>> {
  const [calendars, horizons, reviews] = await Promise.all([listCalendars(deps.db), calendarHorizons(deps), reviewStatus(deps)]);
  return calendars.map((c) => ({ ...c, horizon: horizons.find((h) => h.code === c.code)!, review: reviews.find((r) => r.code === c.code) ?? null }));
}

async function calendarRow(db: Reader, code: string): Promise<CalendarRow> {
  const row = await db.selectFrom('calendars').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** One calendar and its entries of one year (by default the current year, else its first year). */
export async function calendarEntries(db: Reader, code: string, year: number | undefined, today: Date) {
  const row = await calendarRow(db, code);
  const shown = year ?? Math.min(Math.max(today.getUTCFullYear(), row.first_year), row.last_year);
  if (shown < row.first_year || shown > row.last_year) {
    throw fieldError('year', 'year_outside_calendar', { first: row.first_year, last: row.last_year });
  }
  const units = await db.selectFrom('units').select('code').where('calendar_code', '=', code).orderBy('code').execute();
  const entries = await db
    .selectFrom('calendar_entries')
    .selectAll()
    .where('calendar_code', '=', code)
    .where('date', '>=', `${shown}-01-01`)
    .where('date', '<=', `${shown}-12-31`)
    .orderBy('date')
    .orderBy('kind')
    .execute();
  const total = await db
    .selectFrom('calendar_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('calendar_code', '=', code)
    .executeTakeFirstOrThrow();
  return {
    calendar: summary(
      row,
      units.map((u) => u.code),
      Number(total.n),
    ),
    year: shown,
    entries: entries.map(toEntry),
  };
}

export async function findEntry(db: Reader, code: string, id: string): Promise<StoredEntry> {
  const e = await db.selectFrom('calendar_entries').selectAll().where('calendar_code', '=', code).where('id', '=', id).executeTakeFirst();
  if (!e) throw notFound();
  return toEntry(e);
}

const fieldError = (field: string, key: MessageKey, params: Record<string, string | number> = {}) =>
  new DomainError(400, 'invalid_input', 'invalid_input', params, { [field]: key });

const calendarChanged = (current: number) =>
  new DomainError(409, 'version_conflict', 'calendar_version_conflict', { version: current }, {}, { currentVersion: current });

/** A date inside the calendar's years, and no second entry of the same kind on the same date. */
async function checkEntry(trx: Trx, cal: CalendarRow, entry: { date: string; kind: string }, exceptId?: string, field = 'date') {
  const year = Number(entry.date.slice(0, 4));
  if (year < cal.first_year || year > cal.last_year) {
    throw fieldError(field, 'date_outside_calendar', { first: cal.first_year, last: cal.last_year, calendar: cal.code });
  }
  let q = trx.selectFrom('calendar_entries').select('id').where('calendar_code', '=', cal.code).where('date', '=', entry.date).where('kind', '=', entry.kind);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw fieldError(field, 'duplicate_entry');
}

/**
 * The frame of every change: lock in the calendar's version (optimistic: a stale expectedVersion
 * is a 409), apply the change, bump the version, count the open cases again on the new version,
 * audit; after the commit, hand the new calendar to the registry.
 */
async function changeCalendar(
  deps: Deps,
  code: string,
  actor: Actor,
  expectedVersion: number | undefined,
  reason: string,
  event: string,
  apply: (trx: Trx, cal: CalendarRow) => Promise<{ change: EntryChange | null; entry: StoredEntry | null; data?: Record<string, unknown> }>,
): Promise<ChangeResult> {
  let built: WorkingCalendar | undefined;
  const result = await deps.transact(async (trx) => {
    const cal = await calendarRow(trx, code);
    if (expectedVersion !== undefined && expectedVersion !== cal.version) throw calendarChanged(cal.version);
    const at = deps.clock().toISOString();
    const { change, entry, data } = await apply(trx, cal);
    const bumped = await trx
      .updateTable('calendars')
      .set({ version: cal.version + 1 })
      .where('code', '=', code)
      .where('version', '=', cal.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw calendarChanged(cal.version);
    built = await deps.calendars.load(trx, code);
    const recomputed = change ? await recomputeOpenCases(trx, built, { change, reason, actor, at }) : [];
    // Objection clocks run on the national calendar: its changes reach the open objections too.
    const objections =
      change && code === NATIONAL_CALENDAR_CODE ? await recomputeOpenObjections(trx, built, { change: changeData(change), reason, actor, at }) : [];
    await appendAudit(trx, {
      caseId: null,
      actor,
      event,
      fromState: null,
      toState: null,
      at,
      data: {
        calendar: code,
        version: built.version,
        reason,
        ...(change ? { change: changeData(change) } : {}),
        ...data,
        recomputedCases: recomputed.length,
        ...(objections.length > 0 ? { recomputedObjections: objections.length } : {}),
      },
    });
    return { calendar: { code, version: built.version }, entry, recomputed, recomputedObjections: objections };
  });
  if (built) deps.calendars.prime(built);
  return result;
}

export async function addEntry(deps: Deps, code: string, input: NewEntry, actor: Actor): Promise<ChangeResult> {
  return changeCalendar(deps, code, actor, input.expectedVersion, input.reason, 'CALENDAR_ENTRY_ADDED', async (trx, cal) => {
    await checkEntry(trx, cal, input);
    const entry: StoredEntry = {
      id: randomUUID(),
      date: input.date,
      kind: input.kind,
      nameId: input.nameId,
      nameEn: input.nameEn,
      ...(input.source ? { source: input.source } : {}),
    };
    await trx
      .insertInto('calendar_entries')
      .values({
        id: entry.id,
        calendar_code: code,
        date: entry.date,
        kind: entry.kind,
        name_id: entry.nameId,
        name_en: entry.nameEn,
        source: entry.source ?? null,
      })
      .execute();
    return { change: { action: 'added', after: entry }, entry };
  });
}

/** PUT (the whole entry) and PATCH (only the fields given) both end here. */
export async function updateEntry(deps: Deps, code: string, id: string, patch: EntryPatch, actor: Actor): Promise<ChangeResult> {
  return changeCalendar(deps, code, actor, patch.expectedVersion, patch.reason, 'CALENDAR_ENTRY_UPDATED', async (trx, cal) => {
    const before = await findEntry(trx, code, id);
    const source = patch.source === undefined ? before.source : (patch.source ?? undefined);
    const after: StoredEntry = {
      id,
      date: patch.date ?? before.date,
      kind: patch.kind ?? before.kind,
      nameId: patch.nameId ?? before.nameId,
      nameEn: patch.nameEn ?? before.nameEn,
      ...(source ? { source } : {}),
    };
    if (
      after.date === before.date &&
      after.kind === before.kind &&
      after.nameId === before.nameId &&
      after.nameEn === before.nameEn &&
      after.source === before.source
    ) {
      throw new DomainError(400, 'entry_unchanged', 'entry_unchanged');
    }
    await checkEntry(trx, cal, after, id);
    await trx
      .updateTable('calendar_entries')
      .set({
        date: after.date,
        kind: after.kind,
        name_id: after.nameId,
        name_en: after.nameEn,
        source: after.source ?? null,
      })
      .where('id', '=', id)
      .execute();
    return { change: { action: 'updated', before, after }, entry: after };
  });
}

export async function removeEntry(deps: Deps, code: string, id: string, input: EntryRemoval, actor: Actor): Promise<ChangeResult> {
  return changeCalendar(deps, code, actor, input.expectedVersion, input.reason, 'CALENDAR_ENTRY_REMOVED', async (trx) => {
    const before = await findEntry(trx, code, id);
    await trx.deleteFrom('calendar_entries').where('id', '=', id).execute();
    return { change: { action: 'removed', before }, entry: null };
  });
}

/**
 * Loads the holidays of the year after the calendar's last one (the new SKB 3 Menteri list; for a
 * mission also its host holidays) and extends the calendar to that year. Every open deadline
 * counted provisionally into that year (weekends only, the calendar horizon) is counted again on
 * the list, each moved or confirmed case with its own audit event.
 */
export async function loadYear(deps: Deps, code: string, input: YearLoad, actor: Actor): Promise<ChangeResult> {
  return changeCalendar(deps, code, actor, input.expectedVersion, input.reason, 'CALENDAR_YEAR_LOADED', async (trx, cal) => {
    if (input.year !== cal.last_year + 1) throw fieldError('year', 'year_not_next', { last: cal.last_year, next: cal.last_year + 1 });
    const fields: Record<string, MessageKey> = {};
    const seen = new Set<string>();
    input.entries.forEach((e, i) => {
      if (!e.date.startsWith(`${input.year}-`)) fields[`entries.${i}.date`] = 'entry_not_in_year';
      else if (seen.has(`${e.date} ${e.kind}`)) fields[`entries.${i}.date`] = 'duplicate_entry';
      seen.add(`${e.date} ${e.kind}`);
    });
    if (Object.keys(fields).length > 0) throw new DomainError(400, 'invalid_input', 'invalid_input', { year: input.year }, fields);
    await trx.updateTable('calendars').set({ last_year: input.year }).where('code', '=', code).execute();
    await trx
      .insertInto('calendar_entries')
      .values(
        input.entries.map((e) => ({
          id: randomUUID(),
          calendar_code: code,
          date: e.date,
          kind: e.kind,
          name_id: e.nameId,
          name_en: e.nameEn,
          source: e.source ?? null,
        })),
      )
      .execute();
    // Deadlines counted provisionally into this year (weekends only) are counted again on the list.
    return {
      change: { action: 'year_loaded', year: input.year, entries: input.entries.length },
      entry: null,
      data: { year: input.year, entries: input.entries.length },
    };
  });
}
