/**
 * The annual and semester public-information service report (laporan layanan informasi publik,
 * Perki 1/2021 Art. 56; kip-rules §2.9 and §6 item 6), for the whole body or one unit/mission,
 * read from the incremental tallies (src/reports/tallies.ts) — a few thousand counters whatever
 * the number of cases — plus one index walk for the ten oldest open requests.
 *
 * No personal data: counts, registration numbers, dates, units. Every count says which register
 * rows lie behind it (`trace`), so an auditor can recount it.
 */
import type { Reader } from '../../db/unit-of-work';
import { NATIONAL_CALENDAR_CODE } from '../calendar/places';
import { signCheckpoint } from '../audit/checkpoints';
import type { Checkpoint } from '../audit/checkpoint-signature';
import type { Deps } from '../deps';
import { DomainError } from '../cases/errors';
import type { MessageKey } from '../i18n';
import { requesterTypes } from '../cases/filing.schema';
import { exemptionLetters, outcomes } from '../../workflows/request.events';
import { ensureTallies } from './tallies';
import { type Satisfaction, satisfaction, surveyElements } from '../survey/survey';
import { type Narrative, readNarrative } from './narratives';

const CHANNELS = ['web', 'walk_in', 'letter', 'phone', 'email'] as const;
const OBJECTION_OUTCOMES = ['upheld', 'overturned', 'rejected_late', 'settled', 'pending'] as const;
const DISPUTE_OUTCOMES = [
  'pending',
  'mediation_agreement',
  'commission_granted',
  'commission_partially_granted',
  'commission_rejected',
  'commission_dismissed',
  'withdrawn',
] as const;

export type Counts = Record<string, number>;

export interface TraceEntry {
  /** The register that lists the cases behind the figure. */
  register: string;
  /** Rows of that register to count, by its fields (absent: every row). */
  where?: Record<string, string | number | boolean | null>;
  /** For a figure computed from rows rather than counted (mean, median, …). */
  of?: string;
}

export interface OldestOpen {
  registrationNumber: string;
  receivedAt: string;
  /** Local date of receipt on the receiving calendar. */
  receivedOn: string;
  unit: string;
  state: string;
  noticeDue: string;
  overdue: boolean;
}

export interface UnitRow {
  code: string;
  nameId: string;
  nameEn: string;
  received: number;
  decided: number;
  onTime: number;
  /** onTime / decided, or null before any decision. */
  rate: number | null;
}

export interface ServiceReport {
  kind: 'annual' | 'semester';
  year: number;
  half?: 1 | 2;
  /** The unit or mission reported on; null for the whole body. */
  unit: string | null;
  period: { from: string; to: string };
  generatedAt: string;
  /**
   * The audit trail's head, signed when the report was made (src/audit/checkpoints.ts): the report
   * can be tied to the chain it was counted from. Null when the chain no longer verifies.
   */
  checkpoint: Checkpoint | null;
  requests: { received: number; byMonth: Counts; byChannel: Counts; byRequesterType: Counts; byUnit: Counts };
  outcomes: {
    decided: number;
    granted: number;
    partially_granted: number;
    denied: number;
    not_held: number;
    not_yet_documented: number;
    deniedByExemption: Counts;
  };
  timeToServe: { decided: number; workingDays: { mean: number | null; median: number | null; p90: number | null; max: number | null } };
  onTime: { decided: number; onTime: number; rate: number | null };
  extensions: number;
  pending: { open: number; overdue: number; oldest: OldestOpen[] };
  objections: { received: number; byOutcome: Counts };
  disputes: { filed: number; byStage: Counts; byOutcome: Counts };
  units: UnitRow[];
  /** The satisfaction survey (survei kepuasan, Permenpan RB 14/2017): answers, element means, index and quality, per unit. */
  satisfaction: Satisfaction;
  narrative: Narrative;
  trace: Record<string, TraceEntry>;
}

export interface ReportQuery {
  year: number;
  half?: 1 | 2 | undefined;
  unit?: string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months of the period: 01–12, or one half's six. */
const monthsOf = (half?: 1 | 2) => (half === 2 ? [7, 8, 9, 10, 11, 12] : half === 1 ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).map(pad);

/** Percentile by nearest rank over a histogram of integer values (p in (0, 1]). */
export function histogramStats(hist: Map<number, number>) {
  const values = [...hist.keys()].sort((a, b) => a - b);
  const total = values.reduce((s, v) => s + hist.get(v)!, 0);
  if (total === 0) return { mean: null, median: null, p90: null, max: null };
  const sum = values.reduce((s, v) => s + v * hist.get(v)!, 0);
  /** The value at 1-based rank r. */
  const at = (r: number) => {
    let seen = 0;
    for (const v of values) {
      seen += hist.get(v)!;
      if (seen >= r) return v;
    }
    return values.at(-1)!;
  };
  const median = total % 2 === 1 ? at((total + 1) / 2) : (at(total / 2) + at(total / 2 + 1)) / 2;
  return { mean: Math.round((sum / total) * 100) / 100, median, p90: at(Math.ceil(0.9 * total)), max: values.at(-1)! };
}

export async function buildServiceReport(deps: Deps, q: ReportQuery): Promise<ServiceReport> {
  await ensureTallies(deps);
  // Every export signs the chain head (issue 11 item 5); the report names that checkpoint.
  const signed = await signCheckpoint(deps, 'export');
  const checkpoint = signed.ok ? signed.checkpoint : null;
  const db = deps.db;
  const months = monthsOf(q.half);
  const from = `${q.year}-${months[0]}-01`;
  const lastMonth = Number(months.at(-1));
  const to = `${q.year}-${months.at(-1)}-${pad(lastDay(q.year, lastMonth))}`;
  const halves = q.half ? [q.half] : [1, 2];

  let tallies = db
    .selectFrom('report_tallies')
    .select(['unit', 'key', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('year', '=', q.year)
    .where('half', 'in', halves)
    .groupBy(['unit', 'key']);
  if (q.unit) tallies = tallies.where('unit', '=', q.unit);
  const rows = await tallies.execute();

  const total = new Map<string, number>();
  const perUnit = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const n = Number(r.n);
    if (n === 0) continue;
    total.set(r.key, (total.get(r.key) ?? 0) + n);
    let u = perUnit.get(r.unit);
    if (!u) perUnit.set(r.unit, (u = new Map()));
    u.set(r.key, n);
  }
  const get = (key: string) => total.get(key) ?? 0;
  const keyed = (prefix: string, keys: readonly string[]) => {
    const out: Counts = Object.fromEntries(keys.map((k) => [k, get(`${prefix}:${k}`)]));
    // Values outside the known list (a new channel, say) are shown, not dropped.
    for (const [k, n] of total) if (k.startsWith(`${prefix}:`) && !(k.slice(prefix.length + 1) in out)) out[k.slice(prefix.length + 1)] = n;
    return out;
  };

  const days = new Map<number, number>();
  for (const [k, n] of total) if (k.startsWith('days:')) days.set(Number(k.slice(5)), n);
  const decided = get('decided');
  const onTime = get('on_time');

  const unitNames = new Map((await db.selectFrom('units').select(['code', 'name_id', 'name_en']).execute()).map((u) => [u.code, u]));
  const units: UnitRow[] = [...perUnit.entries()]
    .map(([code, m]) => {
      const d = m.get('decided') ?? 0;
      const o = m.get('on_time') ?? 0;
      return {
        code,
        nameId: unitNames.get(code)?.name_id ?? code,
        nameEn: unitNames.get(code)?.name_en ?? code,
        received: m.get('received') ?? 0,
        decided: d,
        onTime: o,
        rate: d > 0 ? Math.round((o / d) * 10000) / 10000 : null,
      };
    })
    .filter((u) => u.received > 0)
    .sort((a, b) => b.received - a.received || a.code.localeCompare(b.code));

  const report: ServiceReport = {
    kind: q.half ? 'semester' : 'annual',
    year: q.year,
    ...(q.half ? { half: q.half } : {}),
    unit: q.unit ?? null,
    period: { from, to },
    generatedAt: deps.clock().toISOString(),
    checkpoint,
    requests: {
      received: get('received'),
      byMonth: Object.fromEntries(months.map((m) => [m, get(`month:${m}`)])),
      byChannel: keyed('channel', CHANNELS),
      byRequesterType: keyed('type', requesterTypes),
      byUnit: Object.fromEntries(units.map((u) => [u.code, u.received])),
    },
    outcomes: {
      decided,
      granted: get('outcome:granted'),
      partially_granted: get('outcome:partially_granted'),
      denied: get('outcome:denied'),
      not_held: get('outcome:not_held'),
      not_yet_documented: get('outcome:not_yet_documented'),
      deniedByExemption: Object.fromEntries(exemptionLetters.map((l) => [l, get(`exemption:${l}`)])),
    },
    timeToServe: { decided: [...days.values()].reduce((a, b) => a + b, 0), workingDays: histogramStats(days) },
    onTime: { decided, onTime, rate: decided > 0 ? Math.round((onTime / decided) * 10000) / 10000 : null },
    extensions: get('extended'),
    pending: { open: get('open'), overdue: get('open_overdue'), oldest: await oldestOpen(db, from, to, q.unit) },
    objections: { received: get('objection'), byOutcome: keyed('objection_outcome', OBJECTION_OUTCOMES) },
    disputes: {
      filed: get('dispute'),
      byStage: keyed('dispute_stage', []),
      byOutcome: keyed('dispute_outcome', DISPUTE_OUTCOMES),
    },
    units,
    satisfaction: await satisfaction(db, { year: q.year, half: q.half, unit: q.unit }),
    narrative: await readNarrative(db, q.year),
    trace: {},
  };
  report.trace = traceOf(report, q);
  return report;
}

/** The ten oldest requests of the period still waiting for a decision (as the US DOJ's annual FOIA report lists them). */
async function oldestOpen(db: Reader, from: string, to: string, unit: string | undefined): Promise<OldestOpen[]> {
  let q = db
    .selectFrom('report_facts')
    .innerJoin('cases', 'cases.id', 'report_facts.subject_id')
    .select([
      'cases.registration_number',
      'cases.received_at',
      'report_facts.local_date',
      'cases.received_unit',
      'cases.state',
      'cases.notice_due',
      'cases.overdue',
    ])
    .where('report_facts.open', '=', 1)
    .where('report_facts.local_date', '>=', from)
    .where('report_facts.local_date', '<=', to)
    .orderBy('report_facts.local_date')
    .orderBy('report_facts.received_at')
    .limit(10);
  if (unit) q = q.where('report_facts.unit', '=', unit);
  return (await q.execute()).map((r) => ({
    registrationNumber: r.registration_number,
    receivedAt: r.received_at,
    receivedOn: r.local_date,
    unit: r.received_unit,
    state: r.state,
    noticeDue: r.notice_due,
    overdue: r.overdue === 1,
  }));
}

const REQUESTS = '/api/v1/registers/requests';
const OBJECTIONS = '/api/v1/registers/objections';

function registerUrl(base: string, params: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
  return `${base}?${search.toString()}`;
}

/**
 * How to recount each figure: the request register (`from`, `to` are local receipt dates, `unit`
 * the receiving unit, `outcome` the decision) and, where the register has no filter for it, the
 * rows to count by the register's own fields.
 */
function traceOf(r: ServiceReport, q: ReportQuery): Record<string, TraceEntry> {
  const { from, to } = r.period;
  const unit = q.unit;
  const req = (extra: Record<string, string | undefined> = {}) => registerUrl(REQUESTS, { from, to, unit, ...extra });
  const t: Record<string, TraceEntry> = {};
  t['requests.received'] = { register: req() };
  for (const m of Object.keys(r.requests.byMonth).sort()) {
    t[`requests.byMonth.${m}`] = {
      register: registerUrl(REQUESTS, { from: `${r.year}-${m}-01`, to: `${r.year}-${m}-${pad(lastDay(r.year, Number(m)))}`, unit }),
    };
  }
  for (const c of Object.keys(r.requests.byChannel)) t[`requests.byChannel.${c}`] = { register: req(), where: { channel: c } };
  for (const c of Object.keys(r.requests.byRequesterType)) t[`requests.byRequesterType.${c}`] = { register: req(), where: { 'requester.type': c } };
  for (const c of Object.keys(r.requests.byUnit)) t[`requests.byUnit.${c}`] = { register: registerUrl(REQUESTS, { from, to, unit: c }) };
  t['outcomes.decided'] = { register: req(), where: { decided: true } };
  for (const o of outcomes) t[`outcomes.${o}`] = { register: req({ outcome: o }) };
  for (const l of Object.keys(r.outcomes.deniedByExemption))
    t[`outcomes.deniedByExemption.${l}`] = { register: req({ outcome: 'denied' }), where: { exemptions: l } };
  for (const s of ['mean', 'median', 'p90', 'max']) {
    t[`timeToServe.workingDays.${s}`] = { register: req(), where: { decided: true }, of: `${s} of workingDaysTaken` };
  }
  t['timeToServe.decided'] = { register: req(), where: { decided: true } };
  t['onTime.decided'] = { register: req(), where: { decided: true } };
  t['onTime.onTime'] = { register: req(), where: { decided: true, decidedOnTime: true } };
  t['onTime.rate'] = { register: req(), where: { decided: true }, of: 'onTime.onTime / onTime.decided' };
  t.extensions = { register: req(), where: { extended: true } };
  t['pending.open'] = { register: req(), where: { outcome: null } };
  t['pending.overdue'] = { register: req(), where: { outcome: null, overdue: true } };
  const obj = registerUrl(OBJECTIONS, { from, to, unit });
  t['objections.received'] = { register: obj };
  for (const o of Object.keys(r.objections.byOutcome)) t[`objections.byOutcome.${o}`] = { register: obj, where: { outcome: o === 'pending' ? null : o } };
  // A dispute counts in the period it was filed at the Commission; its objection may be older.
  const disputes = registerUrl(OBJECTIONS, { to, unit });
  t['disputes.filed'] = { register: disputes, where: { disputeFiledOn: `${from}..${to}` } };
  for (const s of Object.keys(r.disputes.byStage))
    t[`disputes.byStage.${s}`] = { register: disputes, where: { disputeFiledOn: `${from}..${to}`, disputeStage: s } };
  for (const o of Object.keys(r.disputes.byOutcome)) {
    t[`disputes.byOutcome.${o}`] = { register: disputes, where: { disputeFiledOn: `${from}..${to}`, disputeOutcome: o } };
  }
  // The survey is anonymous: no register lists its answers; its counters are the only record.
  const survey = { register: 'survey_tallies', of: 'anonymous counters by unit, year, half, element and score' };
  t['satisfaction.responses'] = survey;
  t['satisfaction.index'] = { ...survey, of: 'mean of the element means × 25 (Permenpan RB 14/2017)' };
  return t;
}

/** Years a report may be asked for: from the first year any calendar knows to the current year in Jakarta. */
export async function reportYears(deps: Deps): Promise<{ first: number; current: number }> {
  const calendar = await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE);
  const current = Number(calendar.localDateOf(deps.clock()).slice(0, 4));
  const row = await deps.db
    .selectFrom('calendars')
    .select((eb) => eb.fn.min<number>('first_year').as('first'))
    .executeTakeFirst();
  const firstData = await deps.db
    .selectFrom('report_tallies')
    .select((eb) => eb.fn.min<number>('year').as('first'))
    .executeTakeFirst();
  const first = Math.min(Number(row?.first ?? current), Number(firstData?.first ?? current), current);
  return { first, current };
}

/** The figures as CSV rows: figure path, value, and where to recount it. */
export function reportRows(r: ServiceReport): Array<[string, string | number | null, string, string]> {
  const rows: Array<[string, string | number | null, string, string]> = [];
  const add = (path: string, value: number | null) => {
    const tr = r.trace[path];
    rows.push([
      path,
      value,
      tr?.register ?? '',
      tr?.where
        ? Object.entries(tr.where)
            .map(([k, v]) => `${k}=${v}`)
            .join('&')
        : (tr?.of ?? ''),
    ]);
  };
  add('requests.received', r.requests.received);
  for (const [k, v] of Object.entries(r.requests.byMonth).sort(([a], [b]) => a.localeCompare(b))) add(`requests.byMonth.${k}`, v);
  for (const [k, v] of Object.entries(r.requests.byChannel)) add(`requests.byChannel.${k}`, v);
  for (const [k, v] of Object.entries(r.requests.byRequesterType)) add(`requests.byRequesterType.${k}`, v);
  for (const [k, v] of Object.entries(r.requests.byUnit)) add(`requests.byUnit.${k}`, v);
  add('outcomes.decided', r.outcomes.decided);
  for (const o of outcomes) add(`outcomes.${o}`, r.outcomes[o]);
  for (const [k, v] of Object.entries(r.outcomes.deniedByExemption)) add(`outcomes.deniedByExemption.${k}`, v);
  add('timeToServe.decided', r.timeToServe.decided);
  for (const s of ['mean', 'median', 'p90', 'max'] as const) add(`timeToServe.workingDays.${s}`, r.timeToServe.workingDays[s]);
  add('onTime.decided', r.onTime.decided);
  add('onTime.onTime', r.onTime.onTime);
  add('onTime.rate', r.onTime.rate);
  add('extensions', r.extensions);
  add('pending.open', r.pending.open);
  add('pending.overdue', r.pending.overdue);
  add('objections.received', r.objections.received);
  for (const [k, v] of Object.entries(r.objections.byOutcome)) add(`objections.byOutcome.${k}`, v);
  add('disputes.filed', r.disputes.filed);
  for (const [k, v] of Object.entries(r.disputes.byStage)) add(`disputes.byStage.${k}`, v);
  for (const [k, v] of Object.entries(r.disputes.byOutcome)) add(`disputes.byOutcome.${k}`, v);
  add('satisfaction.responses', r.satisfaction.responses);
  for (const e of surveyElements) add(`satisfaction.elements.${e}`, r.satisfaction.elements[e]);
  add('satisfaction.index', r.satisfaction.index);
  rows.push(['satisfaction.grade', r.satisfaction.grade, '', '']);
  for (const u of r.satisfaction.units) {
    add(`satisfaction.units.${u.code}.responses`, u.responses);
    add(`satisfaction.units.${u.code}.index`, u.index);
    rows.push([`satisfaction.units.${u.code}.grade`, u.grade, '', '']);
  }
  return rows;
}

/**
 * Checks a report's year and unit: the year from the first on record to the current one, the unit
 * one the body knows. A 400 names every invalid field.
 */
export async function checkReportQuery(deps: Deps, q: { year: number; unit?: string | undefined }): Promise<void> {
  const { first, current } = await reportYears(deps);
  const fields: Record<string, MessageKey> = {};
  if (q.year > current) fields.year = 'too_big_number';
  else if (q.year < first) fields.year = 'too_small_number';
  if (q.unit !== undefined) {
    const unit = await deps.db.selectFrom('units').select('code').where('code', '=', q.unit).executeTakeFirst();
    if (!unit) fields.unit = 'unknown_unit';
  }
  if (Object.keys(fields).length > 0) throw new DomainError(400, 'invalid_input', 'invalid_input', { min: first, max: current }, fields);
}
