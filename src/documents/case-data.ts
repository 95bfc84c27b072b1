/**
 * Reading a stored case into the plain data the renderers print: the request as filed, who signs,
 * when and where, and the decision or extension the workflow recorded.
 */
import type { Reader } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import { explainDeadline } from '../calendar/deadline';
import { CalendarRangeError } from '../calendar/errors';
import type { Deps } from '../deps';
import { bodyCalendar } from '../calendar/places';
import type { CaseDeadlines } from '../cases/transition';
import { restoreSnapshot } from '../cases/transition';
import type { Lang } from '../i18n';
import type { Decision } from '../../workflows/request.events';
import { PERIODS } from '../../workflows/periods';
import type { LetterInfo, RequestFacts, Signer } from './types';

const ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export async function requestFacts(db: Reader, row: CaseRow, lang: Lang): Promise<RequestFacts> {
  const deadlines = JSON.parse(row.deadlines) as CaseDeadlines;
  const [date = '', time = ''] = deadlines.notice.receivedLocal.split(' ');
  const tz = deadlines.notice.calendar.timeZone;
  const clock = lang === 'id' ? time.replace(':', '.') : time;
  const requester = await db
    .selectFrom('requesters')
    .select(['type', 'name', 'address', 'phone', 'email'])
    .where('id', '=', row.requester_id)
    .executeTakeFirstOrThrow();
  const unit = await db.selectFrom('units').select(['name_id', 'name_en']).where('code', '=', row.received_unit).executeTakeFirstOrThrow();
  return {
    registrationNumber: row.registration_number,
    receivedDate: date,
    receivedTime: `${clock} ${ZONES[tz] ?? `(${tz})`}`,
    channel: row.channel,
    unitName: lang === 'id' ? unit.name_id : unit.name_en,
    requester,
    information: row.information,
    purpose: row.purpose,
    obtainMethod: row.obtain_method,
    deliveryMethod: row.delivery_method,
  };
}

async function signerOf(db: Reader, userId: string | null): Promise<Signer | null> {
  if (!userId) return null;
  const user = await db.selectFrom('users').select(['name', 'position']).where('id', '=', userId).executeTakeFirst();
  return user ?? null;
}

/**
 * The one decision of which unit issues a letter: the unit its signer sits in, or — without a
 * signer, or for a signer with no unit — `fallback` (the unit that received the request, or the
 * PPID Utama for what the system issues on an objection). The letterhead, the place and the date
 * (on that unit's calendar) all come from this unit, so a letter is never headed by one unit and
 * signed by another: a mission's PPID Pelaksana signs under the mission's letterhead, the PPID
 * Utama under the body's.
 */
export async function issuingUnit(db: Reader, signerId: string | null, fallback: string): Promise<string> {
  const user = signerId ? await db.selectFrom('users').select('unit_code').where('id', '=', signerId).executeTakeFirst() : undefined;
  return user?.unit_code ?? fallback;
}

/** Date, place and signer of a letter issued (or previewed) at `at`, and the unit issuing it (`issuingUnit`). */
async function issuedLetter(
  db: Reader,
  deps: Deps,
  at: string,
  signerId: string | null,
  letterNumber: string | null,
  fallback: string,
): Promise<{ letter: LetterInfo; unitCode: string }> {
  const unitCode = await issuingUnit(db, signerId, fallback);
  const unit = await db.selectFrom('units').select(['city', 'calendar_code']).where('code', '=', unitCode).executeTakeFirstOrThrow();
  const calendar = await deps.calendars.get(db, unit.calendar_code);
  const letter: LetterInfo = { letterNumber, date: calendar.localDateOf(new Date(at)), place: unit.city, issuedAt: at, signer: await signerOf(db, signerId) };
  return { letter, unitCode };
}

/** A request's letter: issued by its signer's unit, or by the unit that received the request. */
export const letterInfo = (db: Reader, deps: Deps, row: CaseRow, at: string, signerId: string | null, letterNumber: string | null) =>
  issuedLetter(db, deps, at, signerId, letterNumber, row.received_unit);

/** An objection's letter: issued by its signer's unit (the atasan PPID's), or by the PPID Utama when the system issues it. */
export const signerLetterInfo = (db: Reader, deps: Deps, at: string, signerId: string | null, letterNumber: string | null) =>
  issuedLetter(db, deps, at, signerId, letterNumber, PPID_UTAMA_UNIT);

/** The unit of the PPID Utama, which issues what the system issues. */
export const PPID_UTAMA_UNIT = 'PPID';

/**
 * The last day to object (keberatan): 30 working days from the letter, on the body's national
 * calendar — objections go to the atasan PPID in Jakarta whatever unit received the request (§4.2).
 */
export async function objectionDue(db: Reader, deps: Deps, _row: CaseRow, at: string): Promise<string | null> {
  const calendar = await bodyCalendar(deps, db);
  try {
    return explainDeadline(calendar, { period: 'objection_window', startInstant: new Date(at), workingDays: PERIODS.objectionWindow.workingDays }).due;
  } catch (e) {
    if (e instanceof CalendarRangeError) return null; // the calendar does not reach that far yet: the letter states the rule without the date
    throw e;
  }
}

/** The decision recorded on the case, or for a preview the latest draft answer a unit submitted. */
export function decisionOf(row: CaseRow, options: { draft: boolean }): Decision | null {
  const ctx = restoreSnapshot(row).context;
  if (ctx.decision) return strip(ctx.decision);
  if (!options.draft) return null;
  const drafts = ctx.assignments.flatMap((a) => (a.draft ? [a.draft] : [])).sort((a, b) => a.at.localeCompare(b.at));
  const latest = drafts.at(-1);
  return latest ? strip(latest) : null;
}

/** The consequence test a withholding rests on: written inline, or read from the tests on record it cites. */
export async function consequenceTestOf(db: Reader, decision: Decision) {
  if (decision.outcome !== 'denied' && decision.outcome !== 'partially_granted') return undefined;
  if (decision.consequenceTest) return decision.consequenceTest;
  const ids = decision.consequenceTestIds ?? [];
  if (ids.length === 0) return undefined;
  const tests = await db.selectFrom('consequence_tests').select(['id', 'harm', 'public_interest', 'period']).where('id', 'in', ids).execute();
  const cited = ids.flatMap((id) => tests.filter((t) => t.id === id));
  const periods = cited.flatMap((t) => (t.period ? [t.period] : []));
  return {
    harm: cited.map((t) => t.harm).join('\n\n'),
    publicInterest: cited.map((t) => t.public_interest).join('\n\n'),
    ...(periods.length > 0 ? { period: periods.join('; ') } : {}),
  };
}

const strip = <T extends Decision & { at: string; by: string | null }>(d: T): Decision => {
  const { at: _at, by: _by, ...decision } = d;
  return decision as Decision;
};

export function extensionOf(row: CaseRow) {
  const deadlines = JSON.parse(row.deadlines) as CaseDeadlines;
  const ext = restoreSnapshot(row).context.extension;
  if (!ext || !deadlines.noticeExtended) return null;
  return { reason: ext.reason, at: ext.at, previousDue: deadlines.notice.due, newDue: deadlines.noticeExtended.due };
}

/** Who registered the case: the officer who keyed in a walk-in, letter or phone request; nobody for the web. */
export async function registeredBy(db: Reader, caseId: string): Promise<string | null> {
  const event = await db.selectFrom('audit_events').select('actor_id').where('case_id', '=', caseId).where('event', '=', 'REGISTER').executeTakeFirst();
  return event?.actor_id ?? null;
}
