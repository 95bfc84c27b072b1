/**
 * Units and missions administration (issue 18, item 2): administrators add, rename, change, close
 * and reopen work units (unit kerja) and missions abroad (perwakilan), one at a time or from a
 * CSV file. Each change runs in ONE transaction with its audit event.
 *
 *  - A new mission gets its own working-day calendar at once, the way the seed makes one (spec
 *    §5.4): the body's national holidays and cuti bersama as they stand now (ID-NATIONAL, for
 *    its years) ∪ the host country's public holidays (date-holidays, with the recorded
 *    corrections) ∪ the host's weekend, in the mission's time zone. A home unit counts on the
 *    national calendar, so its zone and week are the national ones.
 *  - A mission's week or time zone changing moves its calendar to a new version, and every open
 *    deadline counted on it is counted again (calendar/recompute.ts), in the same transaction.
 *  - A closed unit accepts no new requests (accepts_requests = 0: filing and the deadline
 *    calculator refuse it, pickers leave it out) and is assigned no new case (cases/apply-event),
 *    but its open cases stay where they are until the PPID Utama assigns them elsewhere; its page
 *    lists them.
 *  - An import is all or nothing: every row is checked first (against the units there are and the
 *    rows above it), and one bad row refuses the whole file, naming its row and field.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Reader, Trx } from '../../db/unit-of-work';
import { correctedHostHolidays } from '../../db/seed/calendars';
import type { Region, UnitSeed } from '../../db/seed/units';
import { OPEN_STATES } from '../../workflows/request.state';
import type { Actor } from '../../workflows/request.events';
import { appendAudit } from '../audit/audit-log';
import { NATIONAL_CALENDAR_CODE } from '../calendar/national';
import { recomputeOpenCases } from '../calendar/recompute';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DomainError, notFound } from '../cases/errors';
import type { Deps } from '../deps';
import type { MessageKey } from '../i18n';
import { CSV_COLUMNS, type NewUnit, REQUIRED_CSV_COLUMNS, type ReopenUnit, type UnitPatch, isMissionKind, newUnitSchema } from './unit.schema';

export interface AdminUnit {
  code: string;
  kind: string;
  nameId: string;
  nameEn: string;
  country: string;
  city: string;
  /** Its postal address for letterheads; null at the body's address (a mission then prints city and country). */
  address: string | null;
  timeZone: string;
  /** ISO weekdays of its week's weekend: its own calendar's for a mission, the national one's at home. */
  weekendDays: number[];
  region: string | null;
  parent: string | null;
  acceptsRequests: boolean;
  closed: boolean;
  closedAt: string | null;
  /** The working-day calendar its deadlines count on. */
  calendar: string;
  /** Open requests received there or assigned to it now. */
  openCases: number;
}

export interface UnitOpenCase {
  id: string;
  registrationNumber: string;
  state: string;
  receivedAt: string;
  noticeDue: string;
  /** Filed at this unit (its calendar counts the statutory deadline). */
  receivedHere: boolean;
  /** Assigned to this unit now (pending, accepted or answered). */
  assignedHere: boolean;
}

export interface UnitDetail extends AdminUnit {
  children: string[];
  cases: UnitOpenCase[];
}

const fieldError = (fields: Record<string, MessageKey>, params: Record<string, string | number> = {}) =>
  new DomainError(400, 'invalid_input', 'invalid_input', params, fields);

const unitRows = (db: Reader) =>
  db
    .selectFrom('units')
    .innerJoin('calendars', 'calendars.code', 'units.calendar_code')
    .select([
      'units.code',
      'units.kind',
      'units.name_id',
      'units.name_en',
      'units.country',
      'units.city',
      'units.address',
      'units.time_zone',
      'units.calendar_code',
      'units.accepts_requests',
      'units.region',
      'units.parent_code',
      'units.closed_at',
      'calendars.weekend_days',
    ]);
type UnitRow = Awaited<ReturnType<ReturnType<typeof unitRows>['executeTakeFirstOrThrow']>>;

const toUnit = (r: UnitRow, openCases: number): AdminUnit => ({
  code: r.code,
  kind: r.kind,
  nameId: r.name_id,
  nameEn: r.name_en,
  country: r.country,
  city: r.city,
  address: r.address,
  timeZone: r.time_zone,
  weekendDays: JSON.parse(r.weekend_days) as number[],
  region: r.region,
  parent: r.parent_code,
  acceptsRequests: r.accepts_requests === 1,
  closed: r.closed_at !== null,
  closedAt: r.closed_at,
  calendar: r.calendar_code,
  openCases,
});

/** (unit, case) pairs of open requests: received at the unit, or assigned to it now. */
async function openCasePairs(db: Reader, code?: string) {
  const open = [...OPEN_STATES];
  let received = db.selectFrom('cases').select(['received_unit as unit', 'id']).where('state', 'in', open);
  let assigned = db
    .selectFrom('case_units')
    .innerJoin('cases', 'cases.id', 'case_units.case_id')
    .select(['case_units.unit_code as unit', 'cases.id'])
    .where('cases.state', 'in', open);
  if (code !== undefined) {
    received = received.where('received_unit', '=', code);
    assigned = assigned.where('case_units.unit_code', '=', code);
  }
  const [r, a] = await Promise.all([received.execute(), assigned.execute()]);
  return { received: r, assigned: a };
}

/** Every unit and mission, open and closed, home units first, then by code; each with its open cases counted. */
export async function listUnits(db: Reader): Promise<AdminUnit[]> {
  const [rows, pairs] = await Promise.all([unitRows(db).orderBy('units.code').execute(), openCasePairs(db)]);
  const byUnit = new Map<string, Set<string>>();
  for (const p of [...pairs.received, ...pairs.assigned]) {
    const set = byUnit.get(p.unit) ?? new Set<string>();
    set.add(p.id);
    byUnit.set(p.unit, set);
  }
  const rank = (kind: string) => (kind === 'ppid_utama' ? 0 : kind === 'work_unit' ? 1 : 2);
  return rows.map((r) => toUnit(r, byUnit.get(r.code)?.size ?? 0)).sort((a, b) => rank(a.kind) - rank(b.kind) || a.code.localeCompare(b.code));
}

async function unitRow(db: Reader, code: string): Promise<UnitRow> {
  const row = await unitRows(db).where('units.code', '=', code).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** One unit with its sub-units and its open cases (those a closed unit still holds until they are reassigned). */
export async function unitDetail(db: Reader, code: string): Promise<UnitDetail> {
  const row = await unitRow(db, code);
  const pairs = await openCasePairs(db, code);
  const received = new Set(pairs.received.map((p) => p.id));
  const assigned = new Set(pairs.assigned.map((p) => p.id));
  const ids = [...new Set([...received, ...assigned])];
  const cases =
    ids.length === 0
      ? []
      : await db
          .selectFrom('cases')
          .select(['id', 'registration_number', 'state', 'received_at', 'notice_due'])
          .where('id', 'in', ids)
          .orderBy('notice_due')
          .orderBy('registration_number')
          .execute();
  const children = await db.selectFrom('units').select('code').where('parent_code', '=', code).orderBy('code').execute();
  return {
    ...toUnit(row, ids.length),
    children: children.map((c) => c.code),
    cases: cases.map((c) => ({
      id: c.id,
      registrationNumber: c.registration_number,
      state: c.state,
      receivedAt: c.received_at,
      noticeDue: c.notice_due,
      receivedHere: received.has(c.id),
      assignedHere: assigned.has(c.id),
    })),
  };
}

interface NationalWeek {
  timeZone: string;
  weekendDays: number[];
  firstYear: number;
  lastYear: number;
}

async function nationalWeek(db: Reader): Promise<NationalWeek> {
  const row = await db
    .selectFrom('calendars')
    .select(['time_zone', 'weekend_days', 'first_year', 'last_year'])
    .where('code', '=', NATIONAL_CALENDAR_CODE)
    .executeTakeFirstOrThrow();
  return { timeZone: row.time_zone, weekendDays: JSON.parse(row.weekend_days) as number[], firstYear: row.first_year, lastYear: row.last_year };
}

const sameDays = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** A home unit counts on the national calendar: its zone and week must be that calendar's. */
function homeWeekErrors(national: NationalWeek, input: { timeZone?: string | undefined; weekendDays?: number[] | undefined }) {
  const fields: Record<string, MessageKey> = {};
  if (input.timeZone !== undefined && input.timeZone !== national.timeZone) fields.timeZone = 'home_unit_national_zone';
  if (input.weekendDays !== undefined && !sameDays(input.weekendDays, national.weekendDays)) fields.weekendDays = 'home_unit_national_week';
  return fields;
}

/** What is wrong with a new unit given the units there are (`known`: code → exists), field by field. */
function newUnitErrors(input: NewUnit, known: (code: string) => boolean, national: NationalWeek): Record<string, MessageKey> {
  const fields: Record<string, MessageKey> = {};
  if (known(input.code)) fields.code = 'unit_code_taken';
  if (input.parent && !known(input.parent)) fields.parent = 'unknown_unit';
  if (input.parent && input.parent === input.code) fields.parent = 'parent_is_self';
  if (!isMissionKind(input.kind)) Object.assign(fields, homeWeekErrors(national, input));
  return fields;
}

/** The new mission's calendar, as the seed builds one: national entries as they stand ∪ host holidays, for the national calendar's years. */
async function createMissionCalendar(trx: Trx, input: NewUnit, national: NationalWeek): Promise<{ code: string; entries: number }> {
  const nationalEntries = await trx
    .selectFrom('calendar_entries')
    .select(['date', 'kind', 'name_id', 'name_en', 'source'])
    .where('calendar_code', '=', NATIONAL_CALENDAR_CODE)
    .where('kind', 'in', ['libur_nasional', 'cuti_bersama'])
    .orderBy('date')
    .execute();
  const seed: UnitSeed = {
    code: input.code,
    kind: input.kind,
    nameId: input.nameId,
    nameEn: input.nameEn,
    country: input.country,
    city: input.city,
    timeZone: input.timeZone,
    weekendDays: input.weekendDays,
    ...(input.region ? { region: input.region as Region } : {}),
  };
  const host = correctedHostHolidays(seed, { first: national.firstYear, last: national.lastYear });
  await trx
    .insertInto('calendars')
    .values({
      code: input.code,
      name: input.code,
      time_zone: input.timeZone,
      weekend_days: JSON.stringify(input.weekendDays),
      service_end: await serviceEnd(trx),
      first_year: national.firstYear,
      last_year: national.lastYear,
      version: 1,
    })
    .execute();
  const rows = [
    ...nationalEntries.map((e) => ({ date: e.date, kind: e.kind, name_id: e.name_id, name_en: e.name_en, source: e.source })),
    ...host.map((e) => ({ date: e.date, kind: e.kind, name_id: e.nameId, name_en: e.nameEn, source: e.source ?? null })),
  ].map((e) => ({ id: randomUUID(), calendar_code: input.code, ...e }));
  // In slices: D1 binds at most 100 parameters a statement, and PostgreSQL 65,535.
  for (let i = 0; i < rows.length; i += 14)
    await trx
      .insertInto('calendar_entries')
      .values(rows.slice(i, i + 14))
      .execute();
  return { code: input.code, entries: rows.length };
}

/** The end of the service day the body keeps (the national calendar's). */
async function serviceEnd(db: Reader): Promise<string> {
  const row = await db.selectFrom('calendars').select('service_end').where('code', '=', NATIONAL_CALENDAR_CODE).executeTakeFirstOrThrow();
  return row.service_end;
}

/** The unit as the audit trail records it. */
const auditUnit = (input: NewUnit) => ({
  code: input.code,
  kind: input.kind,
  nameId: input.nameId,
  nameEn: input.nameEn,
  country: input.country,
  city: input.city,
  address: input.address ?? null,
  timeZone: input.timeZone,
  weekendDays: input.weekendDays,
  region: input.region ?? null,
  parent: input.parent ?? null,
  acceptsRequests: input.acceptsRequests ?? true,
});

async function insertUnit(trx: Trx, input: NewUnit, national: NationalWeek, actor: Actor, at: string, via: Record<string, unknown>) {
  const mission = isMissionKind(input.kind);
  const calendar = mission ? await createMissionCalendar(trx, input, national) : null;
  await trx
    .insertInto('units')
    .values({
      code: input.code,
      kind: input.kind,
      name_id: input.nameId,
      name_en: input.nameEn,
      country: input.country,
      city: input.city,
      address: input.address ?? null,
      time_zone: mission ? input.timeZone : national.timeZone,
      calendar_code: calendar ? calendar.code : NATIONAL_CALENDAR_CODE,
      accepts_requests: input.acceptsRequests === false ? 0 : 1,
      region: input.region ?? null,
      parent_code: input.parent ?? null,
      closed_at: null,
    })
    .execute();
  await appendAudit(trx, {
    caseId: null,
    actor,
    event: 'UNIT_CREATED',
    fromState: null,
    toState: null,
    at,
    data: {
      unit: auditUnit(input),
      calendar: calendar ? { code: calendar.code, version: 1, entries: calendar.entries } : { code: NATIONAL_CALENDAR_CODE },
      ...via,
    },
  });
}

/** Adds a unit or mission (and a mission's calendar) with its audit event. */
export async function createUnit(deps: Deps, actor: Actor, input: NewUnit): Promise<UnitDetail> {
  await deps.transact(async (trx) => {
    const national = await nationalWeek(trx);
    const codes = [input.code, ...(input.parent ? [input.parent] : [])];
    // A parent must be a unit; a code must be neither a unit's nor a calendar's (a mission's calendar takes its code).
    const units = new Set((await trx.selectFrom('units').select('code').where('code', 'in', codes).execute()).map((r) => r.code));
    const calendars = new Set((await trx.selectFrom('calendars').select('code').where('code', 'in', codes).execute()).map((r) => r.code));
    const fields = newUnitErrors(input, (code) => units.has(code) || (code === input.code && calendars.has(code)), national);
    if (Object.keys(fields).length > 0) throw fieldError(fields);
    await insertUnit(trx, input, national, actor, deps.clock().toISOString(), { via: 'single' });
  });
  return unitDetail(deps.db, input.code);
}

/** Whether `parent` (or any unit above it) is `code`: a unit cannot sit under itself. */
async function underItself(db: Reader, code: string, parent: string): Promise<boolean> {
  const rows = await db.selectFrom('units').select(['code', 'parent_code']).execute();
  const parentOf = new Map(rows.map((r) => [r.code, r.parent_code]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = parent; at; at = parentOf.get(at)) {
    if (at === code) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

type Changed = Partial<Record<keyof UnitPatch, unknown>>;

/**
 * Changes a unit: names, kind (within home or within missions), city, a mission's zone and week
 * (its calendar moves to a new version and its open deadlines are counted again), region, parent,
 * whether it accepts requests. Only what differs is written and audited.
 */
export async function updateUnit(deps: Deps, actor: Actor, code: string, patch: UnitPatch): Promise<{ unit: UnitDetail; recomputedCases: number }> {
  let built: WorkingCalendar | undefined;
  const recomputedCases = await deps.transact(async (trx) => {
    const row = await unitRow(trx, code);
    const before = toUnit(row, 0);
    const mission = isMissionKind(row.kind);
    const national = await nationalWeek(trx);
    const fields: Record<string, MessageKey> = {};
    if (patch.kind !== undefined && patch.kind !== row.kind) {
      if (row.kind === 'ppid_utama' || patch.kind === 'ppid_utama') fields.kind = 'unit_kind_ppid_utama';
      else if (isMissionKind(patch.kind) !== mission) fields.kind = 'unit_kind_crosses_calendar';
    }
    if (mission && patch.country !== undefined && patch.country !== row.country) fields.country = 'mission_country_fixed';
    if (!mission) Object.assign(fields, homeWeekErrors(national, patch));
    if (patch.parent) {
      const parent = await trx.selectFrom('units').select('code').where('code', '=', patch.parent).executeTakeFirst();
      if (!parent) fields.parent = 'unknown_unit';
      else if (patch.parent === code) fields.parent = 'parent_is_self';
      else if (await underItself(trx, code, patch.parent)) fields.parent = 'parent_cycle';
    }
    if (patch.acceptsRequests === true && row.closed_at !== null) fields.acceptsRequests = 'unit_closed_accepts_none';
    if (Object.keys(fields).length > 0) throw fieldError(fields);

    const after: Changed = {};
    const from: Changed = {};
    const differs = <K extends keyof UnitPatch>(key: K, now: unknown, next: unknown, same = now === next) => {
      if (next === undefined || same) return;
      from[key] = now;
      after[key] = next;
    };
    differs('kind', before.kind, patch.kind);
    differs('nameId', before.nameId, patch.nameId);
    differs('nameEn', before.nameEn, patch.nameEn);
    differs('country', before.country, patch.country);
    differs('city', before.city, patch.city);
    differs('address', before.address, patch.address === undefined ? undefined : (patch.address ?? null));
    differs('timeZone', before.timeZone, patch.timeZone);
    differs('weekendDays', before.weekendDays, patch.weekendDays, patch.weekendDays !== undefined && sameDays(before.weekendDays, patch.weekendDays));
    differs('region', before.region, patch.region === undefined ? undefined : (patch.region ?? null));
    differs('parent', before.parent, patch.parent === undefined ? undefined : (patch.parent ?? null));
    differs('acceptsRequests', before.acceptsRequests, patch.acceptsRequests);
    if (Object.keys(after).length === 0) throw new DomainError(400, 'unit_unchanged', 'unit_unchanged');

    await trx
      .updateTable('units')
      .set({
        ...(after.kind !== undefined ? { kind: after.kind as string } : {}),
        ...(after.nameId !== undefined ? { name_id: after.nameId as string } : {}),
        ...(after.nameEn !== undefined ? { name_en: after.nameEn as string } : {}),
        ...(after.country !== undefined ? { country: after.country as string } : {}),
        ...(after.city !== undefined ? { city: after.city as string } : {}),
        ...('address' in after ? { address: after.address as string | null } : {}),
        ...(after.timeZone !== undefined ? { time_zone: after.timeZone as string } : {}),
        ...('region' in after ? { region: after.region as string | null } : {}),
        ...('parent' in after ? { parent_code: after.parent as string | null } : {}),
        ...(after.acceptsRequests !== undefined ? { accepts_requests: after.acceptsRequests ? 1 : 0 } : {}),
      })
      .where('code', '=', code)
      .execute();

    const at = deps.clock().toISOString();
    let calendar: { code: string; version: number } | undefined;
    let recomputed = 0;
    if (mission && (after.timeZone !== undefined || after.weekendDays !== undefined)) {
      // The mission's week moved: its calendar takes a new version and its open deadlines are counted again.
      const cal = await trx
        .selectFrom('calendars')
        .select(['version', 'first_year', 'last_year'])
        .where('code', '=', row.calendar_code)
        .executeTakeFirstOrThrow();
      const week = {
        timeZone: (after.timeZone as string | undefined) ?? before.timeZone,
        weekendDays: (after.weekendDays as number[] | undefined) ?? before.weekendDays,
      };
      await trx
        .updateTable('calendars')
        .set({ time_zone: week.timeZone, weekend_days: JSON.stringify(week.weekendDays), version: cal.version + 1 })
        .where('code', '=', row.calendar_code)
        .execute();
      built = await deps.calendars.load(trx, row.calendar_code);
      const moved = await recomputeOpenCases(trx, built, {
        change: {
          action: 'week_changed',
          before: { timeZone: before.timeZone, weekendDays: before.weekendDays },
          after: week,
          firstYear: cal.first_year,
          lastYear: cal.last_year,
        },
        reason: `UNIT_UPDATED ${code}`,
        actor,
        at,
      });
      calendar = { code: row.calendar_code, version: built.version };
      recomputed = moved.length;
    }
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'UNIT_UPDATED',
      fromState: null,
      toState: null,
      at,
      data: { unit: code, before: from, after, ...(calendar ? { calendar, recomputedCases: recomputed } : {}) },
    });
    return recomputed;
  });
  if (built) deps.calendars.prime(built);
  return { unit: await unitDetail(deps.db, code), recomputedCases };
}

/** Closes a unit: no new requests, no new assignments; its open cases stay with it until reassigned. */
export async function closeUnit(deps: Deps, actor: Actor, code: string, input: { reason: string }): Promise<UnitDetail> {
  await deps.transact(async (trx) => {
    const row = await unitRow(trx, code);
    if (row.kind === 'ppid_utama') throw new DomainError(409, 'unit_close_refused', 'unit_close_ppid_utama');
    if (row.closed_at !== null) throw new DomainError(409, 'unit_already_closed', 'unit_already_closed');
    const at = deps.clock().toISOString();
    const pairs = await openCasePairs(trx, code);
    const open = new Set([...pairs.received, ...pairs.assigned].map((p) => p.id)).size;
    await trx.updateTable('units').set({ closed_at: at, accepts_requests: 0 }).where('code', '=', code).execute();
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'UNIT_CLOSED',
      fromState: null,
      toState: null,
      at,
      data: { unit: code, reason: input.reason, acceptedRequests: row.accepts_requests === 1, openCases: open },
    });
  });
  return unitDetail(deps.db, code);
}

/** Reopens a closed unit; it accepts requests again unless told otherwise. */
export async function reopenUnit(deps: Deps, actor: Actor, code: string, input: ReopenUnit): Promise<UnitDetail> {
  await deps.transact(async (trx) => {
    const row = await unitRow(trx, code);
    if (row.closed_at === null) throw new DomainError(409, 'unit_not_closed', 'unit_not_closed');
    const accepts = input.acceptsRequests ?? true;
    const at = deps.clock().toISOString();
    await trx
      .updateTable('units')
      .set({ closed_at: null, accepts_requests: accepts ? 1 : 0 })
      .where('code', '=', code)
      .execute();
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'UNIT_REOPENED',
      fromState: null,
      toState: null,
      at,
      data: { unit: code, reason: input.reason, closedAt: row.closed_at, acceptsRequests: accepts },
    });
  });
  return unitDetail(deps.db, code);
}

// ---------------------------------------------------------------------------------------------
// CSV import

/** The largest file and the most rows one import takes (the whole ministry has ~150 units). */
export const IMPORT_MAX_BYTES = 512 * 1024;
const IMPORT_MAX_ROWS = 1000;

export type ImportResult =
  | { ok: true; created: string[] }
  /** Refused, nothing written: issues at `rows.<row>.<field>` (row = the line in the file, header = 1), or at `csv`. */
  | { ok: false; error: z.ZodError; first: { row: number | null; field: string } };

const issue = (path: Array<string | number>, message: MessageKey, params?: Record<string, unknown>): z.core.$ZodIssue =>
  ({ code: 'custom', path, message, input: undefined, ...(params ? { params } : {}) }) as z.core.$ZodIssue;

function refused(issues: z.core.$ZodIssue[]): ImportResult {
  const [first] = issues;
  const path = first?.path ?? ['csv'];
  return {
    ok: false,
    error: new z.ZodError(issues),
    first: path[0] === 'rows' ? { row: Number(path[1]), field: String(path[2] ?? '') } : { row: null, field: 'csv' },
  };
}

/** Reads a CSV of units (the API's field names as its header) and adds them all, or none. */
export async function importUnits(deps: Deps, actor: Actor, csv: string): Promise<ImportResult> {
  if (Buffer.byteLength(csv, 'utf8') > IMPORT_MAX_BYTES) return refused([issue(['csv'], 'unit_import_too_large')]);
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  let header: string[] = [];
  try {
    records = parse(csv, {
      bom: true,
      columns: (h: string[]) => {
        header = h.map((c) => c.trim());
        return header;
      },
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return refused([issue(line ? ['rows', line, '_'] : ['csv'], 'unit_import_unreadable')]);
  }
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (unknown.length > 0 || missing.length > 0) return refused([issue(['csv'], 'unit_import_columns')]);
  if (records.length === 0) return refused([issue(['csv'], 'unit_import_empty')]);
  if (records.length > IMPORT_MAX_ROWS) return refused([issue(['csv'], 'unit_import_too_many')]);

  const at = deps.clock().toISOString();
  const result = await deps.transact(async (trx): Promise<ImportResult> => {
    const national = await nationalWeek(trx);
    const unitCodes = new Set((await trx.selectFrom('units').select('code').execute()).map((r) => r.code));
    const calendarCodes = new Set((await trx.selectFrom('calendars').select('code').execute()).map((r) => r.code));
    const issues: z.core.$ZodIssue[] = [];
    const rows: Array<{ line: number; input: NewUnit }> = [];
    for (const { record, info } of records) {
      const line = info.lines;
      const values = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
      const parsed = newUnitSchema.safeParse(values);
      if (!parsed.success) {
        for (const i of parsed.error.issues) issues.push({ ...i, path: ['rows', line, ...i.path] } as z.core.$ZodIssue);
        // A taken code is named too, when the row has other faults.
        const code = newUnitSchema.shape.code.safeParse(values.code);
        if (code.success && !parsed.error.issues.some((i) => i.path[0] === 'code')) {
          if (unitCodes.has(code.data) || calendarCodes.has(code.data)) issues.push(issue(['rows', line, 'code'], 'unit_code_taken'));
          unitCodes.add(code.data);
        }
        continue;
      }
      const input = parsed.data;
      const fields = newUnitErrors(input, (code) => (code === input.code ? unitCodes.has(code) || calendarCodes.has(code) : unitCodes.has(code)), national);
      if (rows.some((r) => r.input.code === input.code) && !calendarCodes.has(input.code)) fields.code = 'unit_code_twice_in_file';
      for (const [field, key] of Object.entries(fields)) issues.push(issue(['rows', line, field], key));
      // A later row may name this one as its parent.
      unitCodes.add(input.code);
      rows.push({ line, input });
    }
    if (issues.length > 0) return refused(issues);
    for (const { line, input } of rows) await insertUnit(trx, input, national, actor, at, { via: 'import', row: line, rows: records.length });
    return { ok: true, created: rows.map((r) => r.input.code) };
  });
  return result;
}
