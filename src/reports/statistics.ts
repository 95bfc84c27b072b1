/**
 * Public statistics (UU 14/2008 Art. 12; kip-rules §1.8): for a year, the number of requests
 * received, the time taken to serve them, how many were granted and denied, and the reasons for
 * denial — for the body and per unit/mission — plus the same totals for every year on record.
 * Read from the report tallies (src/reports/tallies.ts). Counts only: no case, no person.
 */
import type { Deps } from '../deps';
import { exemptionLetters, outcomes } from '../../workflows/request.events';
import { NATIONAL_CALENDAR_CODE } from '../calendar/places';
import { histogramStats } from './service-report';
import { ensureTallies } from './tallies';
import { type SurveyGrade, satisfaction } from '../survey/survey';

/** Fewest survey answers for a public index: below it, one requester's answers could be recognised. */
export const MIN_PUBLIC_SURVEY_ANSWERS = 5;

export interface YearFigures {
  year: number;
  received: number;
  decided: number;
  onTime: number;
  /** onTime / decided, or null before any decision. */
  onTimeRate: number | null;
  outcomes: Record<(typeof outcomes)[number], number>;
  deniedByExemption: Record<string, number>;
  timeToServe: { mean: number | null; median: number | null; p90: number | null; max: number | null };
  pending: { open: number; overdue: number };
}

export interface UnitFigures {
  code: string;
  nameId: string;
  nameEn: string;
  received: number;
  decided: number;
  granted: number;
  partiallyGranted: number;
  denied: number;
  onTime: number;
  onTimeRate: number | null;
  medianWorkingDays: number | null;
}

export interface PublicStatistics extends YearFigures {
  byMonth: Record<string, number>;
  units: UnitFigures[];
  /** Every year on record (and the current one), oldest first, with its totals. */
  years: YearFigures[];
  /** The satisfaction survey's index for the year (the body as a whole), published from `minResponses` answers. */
  satisfaction: { responses: number; index: number | null; grade: SurveyGrade | null; minResponses: number };
}

function figures(year: number, tallies: Map<string, number>): YearFigures {
  const get = (k: string) => tallies.get(k) ?? 0;
  const days = new Map<number, number>();
  for (const [k, n] of tallies) if (k.startsWith('days:') && n > 0) days.set(Number(k.slice(5)), n);
  const decided = get('decided');
  const onTime = get('on_time');
  return {
    year,
    received: get('received'),
    decided,
    onTime,
    onTimeRate: decided > 0 ? Math.round((onTime / decided) * 10000) / 10000 : null,
    outcomes: Object.fromEntries(outcomes.map((o) => [o, get(`outcome:${o}`)])) as YearFigures['outcomes'],
    deniedByExemption: Object.fromEntries(exemptionLetters.map((l) => [l, get(`exemption:${l}`)])),
    timeToServe: histogramStats(days),
    pending: { open: get('open'), overdue: get('open_overdue') },
  };
}

/** The current year on the body's national calendar. */
async function currentYear(deps: Deps): Promise<number> {
  const calendar = await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE);
  return Number(calendar.localDateOf(deps.clock()).slice(0, 4));
}

/** The years with figures, and the current year. */
export async function statisticsYears(deps: Deps): Promise<number[]> {
  await ensureTallies(deps);
  const rows = await deps.db.selectFrom('report_tallies').select('year').distinct().where('key', '=', 'received').where('n', '>', 0).execute();
  const years = new Set(rows.map((r) => Number(r.year)));
  years.add(await currentYear(deps));
  return [...years].sort((a, b) => a - b);
}

export async function publicStatistics(deps: Deps, year: number): Promise<PublicStatistics> {
  await ensureTallies(deps);
  const db = deps.db;
  const byYear = await db
    .selectFrom('report_tallies')
    .select(['year', 'key', (eb) => eb.fn.sum<number>('n').as('n')])
    .groupBy(['year', 'key'])
    .execute();
  const perYear = new Map<number, Map<string, number>>();
  for (const r of byYear) {
    const y = Number(r.year);
    if (!perYear.has(y)) perYear.set(y, new Map());
    perYear.get(y)!.set(r.key, Number(r.n));
  }
  const years = await statisticsYears(deps);
  const unitRows = await db
    .selectFrom('report_tallies')
    .select(['unit', 'key', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('year', '=', year)
    .groupBy(['unit', 'key'])
    .execute();
  const perUnit = new Map<string, Map<string, number>>();
  for (const r of unitRows) {
    if (!perUnit.has(r.unit)) perUnit.set(r.unit, new Map());
    perUnit.get(r.unit)!.set(r.key, Number(r.n));
  }
  const names = new Map((await db.selectFrom('units').select(['code', 'name_id', 'name_en']).execute()).map((u) => [u.code, u]));
  const units: UnitFigures[] = [...perUnit.entries()]
    .map(([code, m]) => {
      const f = figures(year, m);
      return {
        code,
        nameId: names.get(code)?.name_id ?? code,
        nameEn: names.get(code)?.name_en ?? code,
        received: f.received,
        decided: f.decided,
        granted: f.outcomes.granted,
        partiallyGranted: f.outcomes.partially_granted,
        denied: f.outcomes.denied,
        onTime: f.onTime,
        onTimeRate: f.onTimeRate,
        medianWorkingDays: f.timeToServe.median,
      };
    })
    .filter((u) => u.received > 0)
    .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code));
  const mine = perYear.get(year) ?? new Map<string, number>();
  const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
  return {
    ...figures(year, mine),
    byMonth: Object.fromEntries(months.map((m) => [m, mine.get(`month:${m}`) ?? 0])),
    units,
    years: years.map((y) => figures(y, perYear.get(y) ?? new Map())),
    satisfaction: await publicSatisfaction(deps, year),
  };
}

async function publicSatisfaction(deps: Deps, year: number): Promise<PublicStatistics['satisfaction']> {
  const s = await satisfaction(deps.db, { year });
  const shown = s.responses >= MIN_PUBLIC_SURVEY_ANSWERS;
  return { responses: s.responses, index: shown ? s.index : null, grade: shown ? s.grade : null, minResponses: MIN_PUBLIC_SURVEY_ANSWERS };
}
