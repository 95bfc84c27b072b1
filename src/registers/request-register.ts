/**
 * The register of requests (register permohonan, kip-rules §2.4): every column of the standard
 * form — number, day and date received, name, address, contact, occupation, information requested,
 * purpose, status of the information (held, not held and who holds it, not yet documented), its
 * form, the kind of request, the decision, the reason for a denial, the date of the written notice,
 * fees and how paid — and beside them the channel, the receiving unit or mission, the units it was
 * assigned to, every deadline with the calendar that counted it, the days taken (working and
 * calendar), the Art. 17 letters, the extension and its reason, and whether it ran overdue.
 *
 * A request belongs to the period of its local date of receipt on its own calendar (day 0's
 * calendar: a mission's requests on the mission's). The `unit` filter is the receiving unit.
 */
import type { Reader } from '../../db/unit-of-work';
import { localDateTimeWithOffset, localOrNull } from '../calendar/offset-time';
import type { DeadlineExplanation } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CaseDeadlines } from '../cases/transition';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { outcomeLabel, stateLabel } from '../i18n/status';
import type { Outcome } from '../../workflows/request.events';
import type { RequestContext } from '../../workflows/request.machine';
import { isOpenState } from '../../workflows/request.state';
import { type Audience, type RequesterColumns, requesterColumn, requesterLine, isIdentified } from './audience';
import type { RegisterSource } from './engine';
import { type Key, type RegisterPeriod, inPeriod, scanStart } from './filters';
import { channelWord, deliveryWord, informationStatusWord, obtainWord, requesterTypeWord, yesNo } from './words';

export interface RequestRegisterFilter {
  period: RegisterPeriod;
  outcome: Outcome | null;
}

const DAY = 86_400_000;

function fetcher(db: Reader, f: RequestRegisterFilter) {
  return (after: Key | null, limit: number) =>
    db
      .selectFrom('cases')
      .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
      .select([
        'cases.id',
        'cases.registration_number',
        'cases.channel',
        'cases.information',
        'cases.purpose',
        'cases.obtain_method',
        'cases.delivery_method',
        'cases.received_unit',
        'cases.state',
        'cases.outcome',
        'cases.received_at',
        'cases.decided_at',
        'cases.notice_due',
        'cases.notice_due_at',
        'cases.deadlines',
        'cases.snapshot',
        'requesters.type',
        'requesters.name',
        'requesters.nik',
        'requesters.passport_number',
        'requesters.legal_entity_number',
        'requesters.email',
        'requesters.phone',
        'requesters.address',
        'requesters.occupation',
      ])
      .where('cases.received_at', '>=', scanStart(f.period, after))
      .where('cases.received_at', '<', f.period.scanTo)
      .$if(f.period.unit !== null, (q) => q.where('cases.received_unit', '=', f.period.unit!))
      .$if(f.outcome !== null, (q) => q.where('cases.outcome', '=', f.outcome!))
      .$if(after !== null, (q) =>
        q.where((eb) =>
          eb.or([eb('cases.received_at', '>', after![0]), eb.and([eb('cases.received_at', '=', after![0]), eb('cases.registration_number', '>', after![1])])]),
        ),
      )
      .orderBy('cases.received_at')
      .orderBy('cases.registration_number')
      .limit(limit)
      .execute();
}

type Raw = Awaited<ReturnType<ReturnType<typeof fetcher>>>[number];

const deadlineColumn = (e: DeadlineExplanation | undefined) =>
  e
    ? {
        due: e.due,
        dueAt: e.dueAt,
        workingDays: e.workingDays + (e.extension?.workingDays ?? 0),
        calendar: e.calendar.code,
        provisional: e.provisional !== undefined,
      }
    : null;

export interface RequestRegisterContext {
  deps: Pick<Deps, 'db' | 'calendars' | 'secret'>;
  audience: Audience;
  lang: Lang;
  now: Date;
  unitNames: Map<string, { id: string; en: string }>;
}

export async function unitNameMap(db: Reader) {
  const units = await db.selectFrom('units').select(['code', 'name_id', 'name_en']).execute();
  return new Map(units.map((u) => [u.code, { id: u.name_id, en: u.name_en }]));
}

export function requestRegisterSource(f: RequestRegisterFilter, ctx: RequestRegisterContext): RegisterSource<Raw, RequestRegisterRow> {
  const calendars = new Map<string, WorkingCalendar>();
  const calendar = async (code: string) => {
    let c = calendars.get(code);
    if (!c) calendars.set(code, (c = await ctx.deps.calendars.get(ctx.deps.db, code)));
    return c;
  };
  return {
    fetch: fetcher(ctx.deps.db, f),
    key: (r) => [r.received_at, r.registration_number],
    async toRow(r) {
      const deadlines = JSON.parse(r.deadlines) as CaseDeadlines;
      const receivedOn = deadlines.notice.receivedLocal.slice(0, 10);
      if (!inPeriod(f.period, receivedOn)) return null;
      return requestRow(r, deadlines, await calendar(deadlines.notice.calendar.code), ctx);
    },
  };
}

function requestRow(r: Raw, deadlines: CaseDeadlines, calendar: WorkingCalendar, ctx: RequestRegisterContext) {
  const { lang, now } = ctx;
  const c = (JSON.parse(r.snapshot) as { context: RequestContext }).context;
  const decision = c.decision as (RequestContext['decision'] & Record<string, unknown>) | null;
  const receivedOn = deadlines.notice.receivedLocal.slice(0, 10);
  // The first written notice answers the statutory 10 (or 17) working days; a decision after the atasan PPID reopened it is a later one.
  const firstNoticeAt = c.reopened.find((x) => x.previous)?.previous?.at ?? r.decided_at;
  const decidedOn = firstNoticeAt ? calendar.localDateOf(new Date(firstNoticeAt)) : null;
  const firstDue = (deadlines.noticeExtended ?? deadlines.notice).dueAt;
  const exemptions = ((decision?.exemptions as Array<{ letter: string; statute?: string }> | undefined) ?? []).map((e) => ({
    letter: e.letter,
    statute: e.statute ?? null,
  }));
  const fees = decision?.fees as { copying?: number; delivery?: number; other?: number; payment?: string } | undefined;
  const open = isOpenState(r.state);
  const answeredLate = firstNoticeAt !== null && firstNoticeAt > firstDue;
  const overdue = c.overdueAt !== null || answeredLate || (open && now.toISOString() > r.notice_due_at);
  const unit = ctx.unitNames.get(r.received_unit);
  const requester = requesterColumn(r as RequesterColumns, ctx.audience, ctx.deps.secret);
  const informationStatus = decision === null ? null : decision.outcome === 'not_held' || decision.outcome === 'not_yet_documented' ? decision.outcome : 'held';
  return {
    registrationNumber: r.registration_number,
    receivedAt: localDateTimeWithOffset(r.received_at, calendar.timeZone),
    receivedOn,
    channel: r.channel,
    unit: r.received_unit,
    unitName: unit ? unit[lang] : r.received_unit,
    assignedUnits: c.assignments.map((a) => ({ unit: a.unit, status: a.status, assignedAt: a.assignedAt, targetDue: a.targetDue })),
    requester,
    information: r.information,
    purpose: r.purpose,
    /** Jenis permohonan: view, or a soft or hard copy. */
    obtainMethod: r.obtain_method,
    deliveryMethod: r.delivery_method,
    status: r.state,
    statusLabel: stateLabel(r.state, lang),
    /** Status informasi: held, not held (and who holds it), not yet documented; null until decided. */
    informationStatus,
    heldBy: typeof decision?.holder === 'string' ? decision.holder : null,
    outcome: (r.outcome as Outcome | null) ?? null,
    outcomeLabel: r.outcome ? outcomeLabel(r.outcome, lang) : null,
    /** Art. 17 letters (alasan penolakan), with any further statute. */
    exemptions: exemptions.map((e) => e.letter),
    exemptionDetails: exemptions,
    redactions: typeof decision?.redactions === 'string' ? decision.redactions : null,
    /** The 10-working-day notice deadline, its extension and any new period after an objection, each with its calendar. */
    noticeDue: deadlines.notice.due,
    noticeDueCalendar: deadlines.notice.calendar.code,
    extendedNoticeDue: deadlines.noticeExtended?.due ?? null,
    reopenedNoticeDue: deadlines.noticeReopened?.due ?? null,
    deadlines: {
      notice: deadlineColumn(deadlines.notice),
      noticeExtended: deadlineColumn(deadlines.noticeExtended),
      noticeReopened: deadlineColumn(deadlines.noticeReopened),
      jakartaNotice: deadlineColumn(deadlines.jakarta?.notice),
      jakartaNoticeExtended: deadlineColumn(deadlines.jakarta?.noticeExtended),
      unitTargets: Object.fromEntries(Object.entries(deadlines.unitTargets ?? {}).map(([u, e]) => [u, deadlineColumn(e)])),
    },
    extension: c.extension ? { reason: c.extension.reason, at: localDateTimeWithOffset(c.extension.at, calendar.timeZone) } : null,
    /** Hari & tanggal pemberitahuan tertulis (the date of denial when denied): the first notice. */
    noticeSentAt: localOrNull(firstNoticeAt, calendar.timeZone),
    noticeSentOn: decidedOn,
    /** The notice in force now, when the atasan PPID reopened the request and it was answered again. */
    latestNoticeSentAt: r.decided_at && r.decided_at !== firstNoticeAt ? localOrNull(r.decided_at, calendar.timeZone) : null,
    /** From day 0 to the first written notice, on the request's own calendar; null while undecided. */
    workingDaysTaken: decidedOn ? calendar.workingDaysBetween(deadlines.notice.day0, decidedOn) : null,
    calendarDaysTaken: decidedOn ? Math.round((Date.parse(decidedOn) - Date.parse(receivedOn)) / DAY) : null,
    fees: fees
      ? {
          copying: fees.copying ?? 0,
          delivery: fees.delivery ?? 0,
          other: fees.other ?? 0,
          total: (fees.copying ?? 0) + (fees.delivery ?? 0) + (fees.other ?? 0),
          payment: fees.payment ?? null,
        }
      : null,
    delivery: c.delivery ? { method: c.delivery.method, at: localDateTimeWithOffset(c.delivery.at, calendar.timeZone) } : null,
    reopened: c.reopened.length,
    answeredLate,
    overdue,
    id: r.id,
  };
}

export type RequestRegisterRow = ReturnType<typeof requestRow>;

const HEADERS: Record<Lang, string[]> = {
  id: [
    'No. pendaftaran',
    'Hari & tanggal diterima',
    'Saluran',
    'Unit/perwakilan penerima',
    'Unit/perwakilan yang ditugaskan',
    'Pseudonim pemohon',
    'Jenis pemohon',
    'Nama',
    'NIK/paspor/nomor badan hukum',
    'Alamat',
    'Nomor kontak',
    'E-mail',
    'Pekerjaan',
    'Informasi yang diminta',
    'Tujuan penggunaan informasi',
    'Status informasi',
    'Badan publik yang menguasai',
    'Bentuk informasi yang dikuasai',
    'Jenis permohonan',
    'Keputusan',
    'Alasan penolakan (Pasal 17)',
    'Hari & tanggal pemberitahuan tertulis',
    'Biaya (Rp)',
    'Cara pembayaran',
    'Status',
    'Tenggat 10 hari kerja',
    'Kalender tenggat',
    'Tenggat perpanjangan',
    'Alasan perpanjangan',
    'Tenggat baru setelah keberatan',
    'Tenggat menurut kalender Jakarta',
    'Lama (hari kerja)',
    'Lama (hari kalender)',
    'Dijawab terlambat',
    'Melewati tenggat',
  ],
  en: [
    'Registration no.',
    'Day & date received',
    'Channel',
    'Receiving unit/mission',
    'Assigned units/missions',
    'Requester pseudonym',
    'Requester type',
    'Name',
    'NIK/passport/legal-entity number',
    'Address',
    'Contact number',
    'E-mail',
    'Occupation',
    'Information requested',
    'Purpose of use',
    'Status of the information',
    'Body that holds it',
    'Form of the information held',
    'Kind of request',
    'Decision',
    'Reason for denial (Art. 17)',
    'Day & date of the written notice',
    'Fees (IDR)',
    'How paid',
    'Status',
    '10-working-day deadline',
    'Deadline calendar',
    'Extended deadline',
    'Reason for the extension',
    'New deadline after objection',
    'Deadline on the Jakarta calendar',
    'Days taken (working)',
    'Days taken (calendar)',
    'Answered late',
    'Overdue',
  ],
};

/** The personal columns: absent from a pseudonymised export altogether. */
const PERSONAL = new Set([7, 8, 9, 10, 11]);

export const requestCsvHeaders = (lang: Lang, audience: Audience) => HEADERS[lang].filter((_, i) => audience === 'identified' || !PERSONAL.has(i));

/** Soft or hard copy (bentuk informasi), read from how it is to be obtained. */
const formOf = (obtain: string, lang: Lang) =>
  obtain === 'copy_hard' ? 'Hardcopy' : obtain === 'copy_soft' ? 'Softcopy' : lang === 'id' ? 'Softcopy/hardcopy' : 'Soft/hard copy';

export function requestCsvCells(row: RequestRegisterRow, lang: Lang, audience: Audience): unknown[] {
  const p = row.requester;
  const id = isIdentified(p) ? p : null;
  const cells = [
    row.registrationNumber,
    row.receivedAt,
    channelWord(row.channel, lang),
    `${row.unit} — ${row.unitName}`,
    row.assignedUnits.map((a) => `${a.unit} (${a.status})`).join('; '),
    p.pseudonym,
    requesterTypeWord(p.type, lang),
    id?.name,
    id ? (id.nik ?? id.passportNumber ?? id.legalEntityNumber) : null,
    id?.address,
    id?.phone,
    id?.email,
    p.occupation,
    row.information,
    row.purpose,
    informationStatusWord(row.informationStatus, lang),
    row.heldBy,
    formOf(row.obtainMethod, lang),
    obtainWord(row.obtainMethod, lang),
    row.outcomeLabel,
    row.exemptionDetails.map((e) => `${e.letter}${e.statute ? ` (${e.statute})` : ''}`).join('; '),
    row.noticeSentAt,
    row.fees?.total ?? null,
    row.fees?.payment ?? (row.delivery ? deliveryWord(row.delivery.method, lang) : null),
    row.statusLabel,
    row.noticeDue,
    row.noticeDueCalendar,
    row.extendedNoticeDue,
    row.extension?.reason,
    row.reopenedNoticeDue,
    row.deadlines.jakartaNoticeExtended?.due ?? row.deadlines.jakartaNotice?.due ?? null,
    row.workingDaysTaken,
    row.calendarDaysTaken,
    yesNo(row.answeredLate, lang),
    yesNo(row.overdue, lang),
  ];
  return audience === 'identified' ? cells : cells.filter((_, i) => !PERSONAL.has(i));
}

/** The PDF's columns: the statutory ones that fit a landscape page, each with its relative width. */
export function requestPdfColumns(lang: Lang): Array<{ title: string; width: number; cell: (r: RequestRegisterRow) => string }> {
  const id = lang === 'id';
  const date = (d: string | null) => d ?? '—';
  return [
    { title: id ? 'No. pendaftaran' : 'Registration no.', width: 1.6, cell: (r) => r.registrationNumber },
    { title: id ? 'Diterima' : 'Received', width: 0.95, cell: (r) => `${r.receivedAt.slice(0, 16).replace('T', ' ')}\n${channelWord(r.channel, lang)}` },
    { title: id ? 'Unit' : 'Unit', width: 0.9, cell: (r) => [r.unit, ...r.assignedUnits.map((a) => `→ ${a.unit}`)].join('\n') },
    {
      title: id ? 'Pemohon' : 'Requester',
      width: 1.5,
      cell: (r) => requesterLine(r.requester, lang) + (r.requester.occupation ? `\n${r.requester.occupation}` : ''),
    },
    { title: id ? 'Informasi yang diminta' : 'Information requested', width: 2.2, cell: (r) => r.information },
    { title: id ? 'Tujuan' : 'Purpose', width: 1.3, cell: (r) => r.purpose },
    { title: id ? 'Jenis' : 'Kind', width: 0.8, cell: (r) => obtainWord(r.obtainMethod, lang) },
    {
      title: id ? 'Keputusan' : 'Decision',
      width: 1.2,
      cell: (r) =>
        [r.outcomeLabel ?? r.statusLabel, r.exemptions.length ? `${id ? 'Pasal 17 huruf' : 'Art. 17'} ${r.exemptions.join(', ')}` : '', r.heldBy ?? '']
          .filter(Boolean)
          .join('\n'),
    },
    {
      title: id ? 'Tenggat (kalender)' : 'Due (calendar)',
      width: 1.05,
      cell: (r) =>
        [
          `${r.noticeDue} (${r.noticeDueCalendar})`,
          r.extendedNoticeDue ? `+7: ${r.extendedNoticeDue}` : '',
          r.reopenedNoticeDue ? `↺ ${r.reopenedNoticeDue}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
    },
    { title: id ? 'Pemberitahuan' : 'Notice', width: 0.8, cell: (r) => date(r.noticeSentOn) },
    {
      title: id ? 'Lama (hk/hari)' : 'Days (wd/cd)',
      width: 0.65,
      cell: (r) => (r.workingDaysTaken === null ? '—' : `${r.workingDaysTaken} / ${r.calendarDaysTaken}`),
    },
    {
      title: id ? 'Perpanjangan, terlambat' : 'Extension, late',
      width: 1.1,
      cell: (r) => [r.extension ? r.extension.reason : '', r.overdue ? (id ? 'MELEWATI TENGGAT' : 'OVERDUE') : ''].filter(Boolean).join('\n') || '—',
    },
  ];
}
