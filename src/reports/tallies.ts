/**
 * Incremental report tallies. Each request and objection has one fact row: the tally keys it
 * counts in now (`year|half|key`). A transition computes the new keys, and in the same
 * transaction takes one off every tally it left and adds one to every tally it entered — so a
 * report reads a few thousand counters whatever the number of cases (bench/report.ts).
 *
 * Rules (kip-rules §2.9, api.md "Auditors and reports"):
 * - a request counts in the year and half of its receipt: the local date of receipt on the
 *   calendar of the unit or mission that received it (the calendar that counts day 0);
 * - its outcome, time to serve, on-time flag and Art. 17 letters count there once it is decided
 *   (and leave again if the atasan PPID reopens it on objection);
 * - an objection counts in the year of its receipt (national calendar), a dispute in the year it
 *   was filed at the Commission; both under the unit that received the request.
 */
import type { Trx } from '../../db/unit-of-work';
import { sql } from 'kysely';
import type { CaseRow } from '../../db/schema';
import type { ObjectionRow } from '../../db/schema/objections';
import { NATIONAL_CALENDAR_CODE } from '../calendar/places';
import type { Deps } from '../deps';
import { type CaseDeadlines, restoreSnapshot } from '../cases/transition';
import { restoreObjection } from '../objections/objection-state';
import { isOpenState } from '../../workflows/request.state';

/** What a request contributes, as plain values (kept pure for tests). */
export interface RequestFact {
  localDate: string;
  channel: string;
  requesterType: string;
  outcome: string | null;
  /** Art. 17 letters of the decision. */
  exemptions: string[];
  decidedAt: string | null;
  /** The statutory due instant in force when it was decided (extended, or reopened). */
  noticeDueAt: string;
  /** Working days from day 0 to the local date of the decision, on the request's calendar. */
  workingDaysTaken: number | null;
  extended: boolean;
  overdue: boolean;
  open: boolean;
}

const halfOf = (localDate: string) => (Number(localDate.slice(5, 7)) <= 6 ? 1 : 2);
const period = (localDate: string) => `${localDate.slice(0, 4)}|${halfOf(localDate)}`;

/** The tally keys of one request, each as `year|half|key`. */
export function requestEntries(f: RequestFact): string[] {
  const p = period(f.localDate);
  const keys = ['received', `month:${f.localDate.slice(5, 7)}`, `channel:${f.channel}`, `type:${f.requesterType}`];
  if (f.outcome) {
    keys.push('decided', `outcome:${f.outcome}`);
    if (f.outcome === 'denied') for (const letter of new Set(f.exemptions)) keys.push(`exemption:${letter}`);
    if (f.workingDaysTaken !== null) keys.push(`days:${f.workingDaysTaken}`);
    if (f.decidedAt && f.decidedAt <= f.noticeDueAt) keys.push('on_time');
  }
  if (f.extended) keys.push('extended');
  if (f.open) {
    keys.push('open');
    if (f.overdue) keys.push('open_overdue');
  }
  return keys.map((k) => `${p}|${k}`);
}

export interface ObjectionFact {
  localDate: string;
  outcome: string | null;
  dispute: { filedOn: string; stage: string; outcome: string } | null;
}

export function objectionEntries(f: ObjectionFact): string[] {
  const p = period(f.localDate);
  const out = [`${p}|objection`, `${p}|objection_outcome:${f.outcome ?? 'pending'}`];
  if (f.dispute) {
    const d = period(f.dispute.filedOn);
    out.push(`${d}|dispute`, `${d}|dispute_stage:${f.dispute.stage}`, `${d}|dispute_outcome:${f.dispute.outcome}`);
  }
  return out;
}

/** Adds `sign` to each tally of `entries` under `unit`. */
async function bump(trx: Trx, unit: string, entries: string[], sign: 1 | -1) {
  if (entries.length === 0) return;
  const rows = entries.map((e) => {
    const [year, half, ...key] = e.split('|');
    return { year: Number(year), half: Number(half), unit, key: key.join('|'), n: sign };
  });
  await trx
    .insertInto('report_tallies')
    .values(rows)
    .onConflict((oc) => oc.columns(['year', 'half', 'unit', 'key']).doUpdateSet({ n: sql`report_tallies.n + excluded.n` }))
    .execute();
}

/** Replaces a subject's old contribution with the new one (only the keys that changed move). */
async function replaceFact(
  trx: Trx,
  fact: { subject_id: string; kind: string; unit: string; requester_type: string | null; local_date: string; received_at: string; open: number },
  entries: string[],
  old: { entries: string; unit: string } | undefined,
) {
  const before = old ? (JSON.parse(old.entries) as string[]) : [];
  if (old && old.unit !== fact.unit) {
    await bump(trx, old.unit, before, -1);
    await bump(trx, fact.unit, entries, 1);
  } else {
    const left = multisetMinus(before, entries);
    const entered = multisetMinus(entries, before);
    await bump(trx, fact.unit, left, -1);
    await bump(trx, fact.unit, entered, 1);
  }
  const row = { ...fact, entries: JSON.stringify(entries) };
  if (old) {
    await trx.updateTable('report_facts').set(row).where('subject_id', '=', fact.subject_id).execute();
  } else {
    await trx.insertInto('report_facts').values(row).execute();
  }
}

function multisetMinus(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Working days from day 0 to the local date of the decision; null where the calendar cannot count it. */
async function workingDaysTaken(trx: Trx, deps: Pick<Deps, 'calendars'>, deadlines: CaseDeadlines, decidedAt: string): Promise<number | null> {
  try {
    const calendar = await deps.calendars.get(trx, deadlines.notice.calendar.code);
    return calendar.workingDaysBetween(deadlines.notice.day0, calendar.localDateOf(new Date(decidedAt)));
  } catch {
    return null;
  }
}

/** The receipt's local date on the receiving calendar (the `receivedLocal` of the notice deadline). */
const receiptLocalDate = (deadlines: CaseDeadlines) => deadlines.notice.receivedLocal.slice(0, 10);

/**
 * Brings a request's tallies up to date after it was filed or moved; call it in the transition's
 * transaction with the row as written. `requesterType` is needed only at filing (it never changes).
 */
export async function refreshRequestFact(
  trx: Trx,
  deps: Pick<Deps, 'calendars'>,
  row: CaseRow,
  requesterType?: string,
  /** A case inserted in this very transaction has no fact yet: no need to look (filing). */
  options: { newCase?: boolean } = {},
): Promise<void> {
  const old = options.newCase
    ? undefined
    : await trx.selectFrom('report_facts').select(['entries', 'unit', 'requester_type']).where('subject_id', '=', row.id).executeTakeFirst();
  const type = requesterType ?? old?.requester_type ?? (await requesterTypeOf(trx, row.requester_id));
  const deadlines = JSON.parse(row.deadlines) as CaseDeadlines;
  const decision = row.outcome === 'denied' ? restoreSnapshot(row).context.decision : null;
  const localDate = receiptLocalDate(deadlines);
  const open = isOpenState(row.state);
  const fact: RequestFact = {
    localDate,
    channel: row.channel,
    requesterType: type,
    outcome: row.outcome,
    exemptions: decision && 'exemptions' in decision ? decision.exemptions.map((e) => e.letter) : [],
    decidedAt: row.decided_at,
    noticeDueAt: row.notice_due_at,
    workingDaysTaken: row.decided_at ? await workingDaysTaken(trx, deps, deadlines, row.decided_at) : null,
    extended: row.extended === 1,
    overdue: row.overdue === 1,
    open,
  };
  await replaceFact(
    trx,
    {
      subject_id: row.id,
      kind: 'request',
      unit: row.received_unit,
      requester_type: type,
      local_date: localDate,
      received_at: row.received_at,
      open: open ? 1 : 0,
    },
    requestEntries(fact),
    old,
  );
}

async function requesterTypeOf(trx: Trx, requesterId: string): Promise<string> {
  const r = await trx.selectFrom('requesters').select('type').where('id', '=', requesterId).executeTakeFirst();
  return r?.type ?? 'individual';
}

/** The dispute's outcome as the reports count it, from the stages recorded. */
function disputeOutcome(stages: Array<{ stage: string; details?: unknown }>): string {
  let outcome = 'pending';
  for (const s of stages) {
    const details = (s.details ?? {}) as { result?: string };
    if (s.stage === 'withdrawn') outcome = 'withdrawn';
    else if (s.stage === 'mediation_result' && details.result === 'agreement') outcome = 'mediation_agreement';
    else if (s.stage === 'decision' && details.result) outcome = `commission_${details.result}`;
  }
  return outcome;
}

/** Brings an objection's (and its dispute's) tallies up to date; in the transition's transaction. */
export async function refreshObjectionFact(trx: Trx, deps: Pick<Deps, 'calendars'>, row: ObjectionRow): Promise<void> {
  const old = await trx.selectFrom('report_facts').select(['entries', 'unit']).where('subject_id', '=', row.id).executeTakeFirst();
  const unit = old?.unit ?? (await trx.selectFrom('cases').select('received_unit').where('id', '=', row.case_id).executeTakeFirstOrThrow()).received_unit;
  const calendar = await deps.calendars.get(trx, NATIONAL_CALENDAR_CODE);
  const localDate = calendar.localDateOf(new Date(row.received_at));
  const ctx = restoreObjection(row).context;
  const dispute = ctx.dispute
    ? {
        filedOn: ctx.dispute.filedOn,
        stage: row.dispute_stage ?? 'filed',
        outcome: disputeOutcome(ctx.dispute.stages as Array<{ stage: string; details?: unknown }>),
      }
    : null;
  await replaceFact(
    trx,
    { subject_id: row.id, kind: 'objection', unit, requester_type: null, local_date: localDate, received_at: row.received_at, open: 0 },
    objectionEntries({ localDate, outcome: row.outcome, dispute }),
    old,
  );
}

const STALE = 'report_tallies_stale';

/**
 * Counts, once, the cases and objections stored before the tallies existed (migration 0012 marks
 * the database when it found any). Runs in one transaction; later reports find nothing to do.
 */
export async function ensureTallies(deps: Deps): Promise<void> {
  const stale = await deps.db.selectFrom('settings').select('value').where('key', '=', STALE).executeTakeFirst();
  if (!stale) return;
  await deps.transact(async (trx) => {
    const still = await trx.selectFrom('settings').select('value').where('key', '=', STALE).executeTakeFirst();
    if (!still) return;
    await trx.deleteFrom('report_tallies').execute();
    await trx.deleteFrom('report_facts').execute();
    const cases = await trx.selectFrom('cases').selectAll().execute();
    for (const c of cases) await refreshRequestFact(trx, deps, c);
    const objections = await trx.selectFrom('objections').selectAll().execute();
    for (const o of objections) await refreshObjectionFact(trx, deps, o);
    await trx.deleteFrom('settings').where('key', '=', STALE).execute();
  });
}
