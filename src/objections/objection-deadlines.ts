/**
 * The requester-side and atasan deadlines of an objection (keberatan) and of a dispute (sengketa),
 * each stored with how it was counted (kip-rules §5.5):
 *   objection window   30 working days from the ground arising (the written notice; or the day after
 *                      the notice deadline passed unanswered, Art. 36(1))
 *   atasan response    30 working days from receipt of the objection (Art. 36(2))
 *   dispute window     14 working days from the atasan's response, or from the lapse of its deadline (Art. 37(2))
 *   Commission start   14 working days from the Commission's receipt (Art. 38(1)), informational
 *   Commission target  100 working days (Art. 38(2): "dapat diselesaikan"), a target, not a hard stop
 */
import { Temporal } from 'temporal-polyfill';
import { explainDeadline } from '../calendar/deadline';
import { describeDeadline, formatDate } from '../calendar/describe';
import type { DeadlineExplanation } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Lang } from '../i18n';
import type { ObjectionGround } from '../../workflows/objection.events';
import { PERIODS } from '../../workflows/periods';
import type { RequestContext } from '../../workflows/request.machine';

/** What started the objection clock: the written notice (decision), or the notice deadline passing unanswered. */
export interface GroundArising {
  basis: 'notice' | 'no_answer';
  /** The instant the ground arose. */
  at: string;
}

export interface ObjectionDeadlines {
  objectionWindow: DeadlineExplanation & { arising: GroundArising };
  atasanResponse: DeadlineExplanation;
  /** From the atasan's response once given; until then, from the lapse of the response deadline. */
  disputeWindow: DeadlineExplanation & { basis: 'response' | 'no_response' };
  /** The new notice deadline given to the PPID when the atasan overturns (Art. 36; the request is worked again). */
  ppidAnswer?: DeadlineExplanation;
  commissionStart?: DeadlineExplanation;
  commissionSettleTarget?: DeadlineExplanation;
}

/** The start of a local date in the calendar's zone, for periods counted from a date (a Commission filing). */
export const startOfLocalDate = (cal: WorkingCalendar, date: string) =>
  new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: cal.timeZone }).epochMilliseconds);

/**
 * When the ground for each objection arose, per Art. 35(1) letter: not answered (c) runs from the
 * day after the notice deadline, when the notice came late or not at all; the others from the
 * written notice, or — when there was none — from the day after the notice deadline as well.
 */
export function groundArising(request: Pick<RequestContext, 'decision' | 'noticeDueAt'>, ground: ObjectionGround): GroundArising {
  const noticeDueAt = request.noticeDueAt ?? '';
  const answeredInTime = request.decision !== null && request.decision.at <= noticeDueAt;
  if (request.decision && (ground !== 'c' || answeredInTime)) return { basis: 'notice', at: request.decision.at };
  return { basis: 'no_answer', at: new Date(Date.parse(noticeDueAt) + 1).toISOString() };
}

/** The objection window in force: the latest of the windows of the grounds given (an objection timely on one ground is timely). */
export function objectionWindow(cal: WorkingCalendar, request: Pick<RequestContext, 'decision' | 'noticeDueAt'>, grounds: readonly ObjectionGround[]) {
  let best: ObjectionDeadlines['objectionWindow'] | null = null;
  for (const g of grounds.length > 0 ? grounds : (['a'] as const)) {
    const arising = groundArising(request, g);
    if (best && best.arising.at === arising.at) continue;
    const e = explainDeadline(cal, { period: 'objection_window', startInstant: new Date(arising.at), workingDays: PERIODS.objectionWindow.workingDays });
    if (!best || e.dueAt > best.dueAt) best = { ...e, arising };
  }
  return best!;
}

export function atasanResponse(cal: WorkingCalendar, receivedAt: Date): DeadlineExplanation {
  return explainDeadline(cal, { period: 'atasan_response', startInstant: receivedAt, workingDays: PERIODS.atasanResponse.workingDays });
}

export function disputeWindowFromResponse(cal: WorkingCalendar, respondedAt: Date): ObjectionDeadlines['disputeWindow'] {
  return {
    ...explainDeadline(cal, { period: 'dispute_window', startInstant: respondedAt, workingDays: PERIODS.disputeWindow.workingDays }),
    basis: 'response',
  };
}

/**
 * Without a response, the 14 working days run from the atasan's deadline D itself (kip-rules §5.5:
 * "or `atasan_response_due` if there is none"): D is day 0 and the window ends on the 14th working
 * day after it — not from the day after D, which would give one working day too many.
 */
export function disputeWindowWithoutResponse(cal: WorkingCalendar, response: DeadlineExplanation): ObjectionDeadlines['disputeWindow'] {
  return {
    ...explainDeadline(cal, { period: 'dispute_window', startInstant: startOfLocalDate(cal, response.due), workingDays: PERIODS.disputeWindow.workingDays }),
    basis: 'no_response',
  };
}

/** The request's new notice deadline when the atasan overturns: 10 working days from the decision. */
export function reopenedNotice(cal: WorkingCalendar, decidedAt: Date): DeadlineExplanation {
  return explainDeadline(cal, { period: 'notice_reopened', startInstant: decidedAt, workingDays: PERIODS.notice.workingDays });
}

/** The Commission's clocks from the filing date (informational: the Commission keeps them). */
export function commissionTargets(cal: WorkingCalendar, filedOn: string) {
  const start = startOfLocalDate(cal, filedOn);
  return {
    commissionStart: explainDeadline(cal, { period: 'commission_start', startInstant: start, workingDays: PERIODS.commissionStart.workingDays }),
    commissionSettleTarget: explainDeadline(cal, {
      period: 'commission_settle_target',
      startInstant: start,
      workingDays: PERIODS.commissionSettleTarget.workingDays,
    }),
  };
}

const LEADS: Record<string, Record<Lang, (e: DeadlineExplanation & { arising?: GroundArising; basis?: string }) => string>> = {
  objection_window: {
    id: (e) =>
      e.arising?.basis === 'no_answer'
        ? 'Keberatan dapat diajukan paling lambat 30 hari kerja sejak alasan keberatan ditemukan (UU 14/2008 Pasal 36 ayat 1); karena permohonan tidak dijawab, alasan itu timbul sehari setelah batas waktu pemberitahuan.'
        : 'Keberatan dapat diajukan paling lambat 30 hari kerja sejak alasan keberatan ditemukan (UU 14/2008 Pasal 36 ayat 1), yaitu sejak pemberitahuan tertulis PPID.',
    en: (e) =>
      e.arising?.basis === 'no_answer'
        ? 'An objection may be filed within 30 working days of the ground arising (Law 14/2008 Art. 36(1)); as the request went unanswered, the ground arose the day after the notice deadline.'
        : "An objection may be filed within 30 working days of the ground arising (Law 14/2008 Art. 36(1)): the PPID's written notice.",
  },
  atasan_response: {
    id: () => 'Atasan PPID wajib menanggapi secara tertulis paling lambat 30 hari kerja sejak keberatan diterima (UU 14/2008 Pasal 36 ayat 2).',
    en: () => 'The atasan PPID must respond in writing within 30 working days of receiving the objection (Law 14/2008 Art. 36(2)).',
  },
  dispute_window: {
    id: (e) =>
      e.basis === 'no_response'
        ? 'Jika Atasan PPID tidak menanggapi, sengketa dapat diajukan ke Komisi Informasi paling lambat 14 hari kerja terhitung sejak batas waktu tanggapan Atasan PPID (UU 14/2008 Pasal 37 ayat 2).'
        : 'Sengketa dapat diajukan ke Komisi Informasi paling lambat 14 hari kerja setelah tanggapan tertulis Atasan PPID diterima (UU 14/2008 Pasal 37 ayat 2).',
    en: (e) =>
      e.basis === 'no_response'
        ? "If the atasan PPID does not respond, a dispute may be filed with the Information Commission within 14 working days counted from the atasan PPID's response deadline (Law 14/2008 Art. 37(2))."
        : "A dispute may be filed with the Information Commission within 14 working days of receiving the atasan PPID's written response (Law 14/2008 Art. 37(2)).",
  },
  notice_reopened: {
    id: () => 'Atasan PPID membatalkan keputusan PPID: PPID wajib memberi pemberitahuan tertulis baru paling lambat 10 hari kerja sejak putusan keberatan.',
    en: () => 'The atasan PPID overturned the PPID: the PPID must give a new written notice within 10 working days of the objection decision.',
  },
  commission_start: {
    id: () => 'Komisi Informasi wajib mulai menyelesaikan sengketa paling lambat 14 hari kerja sejak permohonan diterima (UU 14/2008 Pasal 38 ayat 1).',
    en: () => 'The Information Commission must begin settling the dispute within 14 working days of receiving the petition (Law 14/2008 Art. 38(1)).',
  },
  commission_settle_target: {
    id: () => 'Sengketa dapat diselesaikan paling lambat 100 hari kerja (UU 14/2008 Pasal 38 ayat 2) — target, bukan batas mutlak.',
    en: () => 'The dispute can be settled within 100 working days (Law 14/2008 Art. 38(2)) — a target, not a hard limit.',
  },
};

/** A deadline for people: due date in words, the legal basis, and how it was counted. */
export function deadlineView(e: DeadlineExplanation & { arising?: GroundArising; basis?: string }, lang: Lang) {
  const lead = LEADS[e.period]?.[lang](e);
  return { ...e, dueText: formatDate(e.due, lang), text: [lead, describeDeadline(e, lang)].filter(Boolean).join(' ') };
}

export function objectionDeadlinesView(d: ObjectionDeadlines, lang: Lang) {
  const entries = Object.entries(d).filter(([, e]) => e !== undefined) as Array<[string, DeadlineExplanation]>;
  return Object.fromEntries(entries.map(([k, e]) => [k, deadlineView(e, lang)]));
}
