/**
 * Working-day calendars (kalender hari kerja) as data: the national calendar from the SKB 3 Menteri
 * lists, and one calendar per mission abroad (perwakilan). Pure functions, no database.
 *
 * A mission's calendar (spec §5.4) = the Indonesian national holidays and cuti bersama (mission
 * staff are ASN and observe both) ∪ the host country's weekend ∪ the host country's public
 * holidays from date-holidays.
 *
 * Same-date rule: when a host holiday falls on a date that already has an Indonesian entry, both
 * entries are kept, each with its own kind and source. An administrator corrects or removes one
 * without touching the other, and a cuti bersama day that is also a host holiday stays closed
 * when the cuti bersama policy counts joint leave as working days. Entries are unique per
 * (date, kind), as the database requires: two host holidays on one date become one entry whose
 * names are joined with ' / '.
 */
import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import type { CalendarData, CalendarEntry, HolidayKind, LocalDate } from '../../src/calendar/types.js';
import holidayList from './holidays-id-2025-2027.json' with { type: 'json' };
import hostProposals from './host-holidays-2025-2027.json' with { type: 'json' };
import { type HostHolidayCorrection, hostHolidayCorrections } from './host-holiday-corrections.js';
import { isMission, type UnitSeed } from './units.js';

import { NATIONAL_CALENDAR_CODE } from '../../src/calendar/national.js';

export { NATIONAL_CALENDAR_CODE };

export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2027;
export const SERVICE_END = '16:00';

/** The years a calendar knows (inclusive): the seed's, or the national calendar's when a mission is added later. */
export interface Years {
  first: number;
  last: number;
}
const SEED_YEARS: Years = { first: FIRST_YEAR, last: LAST_YEAR };

/** The SKB 3 Menteri (Menag, Menaker, MenPANRB) that set each year's list (spec §5.2). */
const SKB_BY_YEAR: Record<string, string> = {
  '2025': 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024 jo. No. 933/2025, 1/2025, 3/2025',
  '2026': 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025',
  '2027': 'SKB 3 Menteri No. 1205/2026, 3/2026, 2/2026',
};

/**
 * date-holidays subdivision for a mission's city, where the country-level list would be wrong
 * for it: England's bank holidays (the UK-wide list lacks the summer bank holiday), the ACT
 * (Canberra Day, Reconciliation Day) and the canton of Geneva (Jeûne genevois, Restauration de la
 * République; no 26 December). US missions keep the federal list, which is what closes offices in
 * Washington, D.C. and New York.
 */
const HOST_SUBDIVISION: Record<string, string> = {
  'GB/London': 'ENG',
  'AU/Canberra': 'ACT',
  'CH/Geneva': 'GE',
};

interface HolidayRow {
  date: string;
  name_id: string;
  name_en: string;
  kind: string;
}

function nationalEntries(): CalendarEntry[] {
  return (holidayList as HolidayRow[]).map((row) => {
    if (row.kind !== 'libur_nasional' && row.kind !== 'cuti_bersama') {
      throw new Error(`holidays-id-2025-2027.json: ${row.date} has unknown kind ${row.kind}`);
    }
    const source = SKB_BY_YEAR[row.date.slice(0, 4)];
    if (!source) throw new Error(`holidays-id-2025-2027.json: no SKB recorded for ${row.date}`);
    return { date: row.date, kind: row.kind, nameId: row.name_id, nameEn: row.name_en, source };
  });
}

const KIND_ORDER: readonly HolidayKind[] = ['libur_nasional', 'cuti_bersama', 'host_holiday', 'office_closure', 'working_day'];

const byDateThenKind = (a: CalendarEntry, b: CalendarEntry) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);

/** The national calendar (ID-NATIONAL): Jakarta time, Saturday–Sunday weekend, the SKB lists. */
export function nationalCalendar(): CalendarData {
  return {
    code: NATIONAL_CALENDAR_CODE,
    timeZone: 'Asia/Jakarta',
    weekendDays: [6, 7],
    serviceEnd: SERVICE_END,
    version: 1,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    entries: nationalEntries().sort(byDateThenKind),
  };
}

/**
 * The local dates a holiday closes the office in `timeZone`: each local day that the holiday
 * covers for more than half of its length. A holiday that starts at the previous sunset (Islamic
 * days, date-holidays' `-0600` dates) therefore closes its own civil days and not the eve before,
 * and a half-day holiday for one group (China's Women's Day and Youth Day from 12:00) closes none.
 */
function coveredDates(start: Date, end: Date, timeZone: string): LocalDate[] {
  const from = start.getTime();
  const to = end.getTime();
  const dates: LocalDate[] = [];
  let day = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(timeZone).toPlainDate();
  for (;;) {
    const dayStart = day.toZonedDateTime({ timeZone }).epochMilliseconds;
    if (dayStart >= to) return dates;
    const next = day.add({ days: 1 });
    const dayEnd = next.toZonedDateTime({ timeZone }).epochMilliseconds;
    const covered = Math.min(to, dayEnd) - Math.max(from, dayStart);
    if (covered * 2 > dayEnd - dayStart) dates.push(day.toString());
    day = next;
  }
}

/**
 * The host country's public holidays (only date-holidays type 'public') for the calendar's years,
 * as `host_holiday` entries. Names come in English from date-holidays (its Indonesian
 * translations are sparse and sometimes wrong, e.g. it calls the US Independence Day Indonesia's);
 * both names say whose holiday it is ('Libur Belanda: King's Day', 'Netherlands holiday: King's Day').
 *
 * date-holidays computes Islamic dates from the tabular calendar; a mission's announced dates
 * (after the local moon sighting) may differ by a day. Administrators correct such entries (the
 * calendar editor is a later feature); each correction must bump the calendar version.
 */
/** date-holidays' public holidays of the mission's host (and city), as [local date, names] pairs. */
export function computeHostHolidayNames(unit: UnitSeed, years: Years = SEED_YEARS): Array<[LocalDate, string]> {
  const state = subdivisionOf(unit);
  const holidays = new Holidays(
    { country: unit.country, ...(state ? { state } : {}) },
    {
      languages: ['en'],
      timezone: unit.timeZone,
    },
  );
  const namesByDate = new Map<LocalDate, string[]>();
  // From the year before: a holiday dated in late December may run into the first year.
  for (let year = years.first - 1; year <= years.last; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      for (const date of coveredDates(holiday.start, holiday.end, unit.timeZone)) {
        if (date < `${years.first}-01-01` || date > `${years.last}-12-31`) continue;
        const names = namesByDate.get(date) ?? [];
        if (!names.includes(holiday.name)) names.push(holiday.name);
        namesByDate.set(date, names);
      }
    }
  }
  return [...namesByDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, names]) => [date, names.join(' / ')]);
}

export const subdivisionOf = (unit: UnitSeed): string | null => unit.subdivision ?? HOST_SUBDIVISION[`${unit.country}/${unit.city}`] ?? null;

/** [date, names] pairs as host_holiday entries naming whose holiday it is, in both languages. */
function hostEntries(unit: UnitSeed, pairs: ReadonlyArray<readonly [LocalDate, string]>): CalendarEntry[] {
  const state = subdivisionOf(unit);
  const countryId = new Intl.DisplayNames('id', { type: 'region' }).of(unit.country) ?? unit.country;
  const countryEn = new Intl.DisplayNames('en', { type: 'region' }).of(unit.country) ?? unit.country;
  const source = `date-holidays ${unit.country}${state ? `-${state}` : ''}`;
  return pairs.map(([date, names]) => ({
    date,
    kind: 'host_holiday' as const,
    nameId: `Libur ${countryId}: ${names}`,
    nameEn: `${countryEn} holiday: ${names}`,
    source,
  }));
}

/** date-holidays' proposal for a mission, computed now. */
export const computeHostHolidays = (unit: UnitSeed, years: Years = SEED_YEARS): CalendarEntry[] => hostEntries(unit, computeHostHolidayNames(unit, years));

interface StoredProposal {
  country: string;
  subdivision: string | null;
  timeZone: string;
  holidays: Array<[LocalDate, string]>;
}

/**
 * The host holidays proposed for a mission: read from host-holidays-2025-2027.json, which
 * `npm run seed:host-holidays` writes from date-holidays (computing ~130 countries takes seconds,
 * too slow for every fresh database), or computed now for a mission the file does not hold as it is.
 * A mission in Indonesia (PTRI ASEAN) has no host holidays beyond the national list.
 */
export function hostHolidayEntries(unit: UnitSeed, years: Years = SEED_YEARS): CalendarEntry[] {
  if (unit.country === 'ID') return [];
  const stored = (hostProposals as unknown as { calendars: Record<string, StoredProposal> }).calendars[unit.code];
  const seedYears = years.first === FIRST_YEAR && years.last === LAST_YEAR;
  if (seedYears && stored && stored.country === unit.country && stored.subdivision === subdivisionOf(unit) && stored.timeZone === unit.timeZone) {
    return hostEntries(unit, stored.holidays);
  }
  return computeHostHolidays(unit, years);
}

/**
 * The proposal with the corrections of host-holiday-corrections.ts applied: removals first, then
 * additions (a date that already has an entry of that kind keeps it). Each added entry carries the
 * correction's source, so an administrator sees where it comes from.
 */
export function correctedHostHolidays(unit: UnitSeed, years: Years = SEED_YEARS): CalendarEntry[] {
  const applies = (c: HostHolidayCorrection) => c.country === unit.country && (!c.missions || c.missions.includes(unit.code));
  const corrections = hostHolidayCorrections.filter(applies);
  const removed = new Set(corrections.filter((c) => c.action === 'remove').flatMap((c) => c.dates));
  const entries = hostHolidayEntries(unit, years).filter((e) => !removed.has(e.date));
  const taken = new Set(entries.map((e) => `${e.date}/${e.kind}`));
  const countryId = new Intl.DisplayNames('id', { type: 'region' }).of(unit.country) ?? unit.country;
  const countryEn = new Intl.DisplayNames('en', { type: 'region' }).of(unit.country) ?? unit.country;
  for (const c of corrections.filter((x) => x.action === 'add')) {
    const kind = c.kind ?? 'host_holiday';
    for (const date of c.dates) {
      if (date < `${years.first}-01-01` || date > `${years.last}-12-31` || taken.has(`${date}/${kind}`)) continue;
      taken.add(`${date}/${kind}`);
      const name = c.name ?? kind;
      entries.push(
        kind === 'working_day'
          ? { date, kind, nameId: `Hari kerja pengganti ${countryId}: ${name}`, nameEn: `${countryEn} make-up working day: ${name}`, source: c.source }
          : { date, kind, nameId: `Libur ${countryId}: ${name}`, nameEn: `${countryEn} holiday: ${name}`, source: c.source },
      );
    }
  }
  return entries;
}

/** A mission's calendar: its code, time zone and host weekend; national entries ∪ host holidays. */
export function missionCalendar(unit: UnitSeed): CalendarData {
  if (!isMission(unit.kind)) throw new Error(`${unit.code} is not a mission; it counts on ${NATIONAL_CALENDAR_CODE}`);
  return {
    code: unit.code,
    timeZone: unit.timeZone,
    weekendDays: [...unit.weekendDays],
    serviceEnd: SERVICE_END,
    version: 1,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    entries: [...nationalEntries(), ...correctedHostHolidays(unit)].sort(byDateThenKind),
  };
}

/** The calendar a unit counts on: its own for a mission, ID-NATIONAL for PPID Utama and work units. */
export function calendarCodeForUnit(unit: UnitSeed): string {
  return isMission(unit.kind) ? unit.code : NATIONAL_CALENDAR_CODE;
}

/** The national calendar followed by one calendar per mission among `units`. */
export function calendarsForUnits(units: readonly UnitSeed[]): CalendarData[] {
  return [nationalCalendar(), ...units.filter((u) => isMission(u.kind)).map(missionCalendar)];
}
