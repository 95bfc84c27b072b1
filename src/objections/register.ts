/**
 * The register of objections (register keberatan, kip-rules §2.7): columns (a)–(k) of the
 * standard form — number, date received, the objector's identity, the request number, the
 * information requested, its purpose, the Art. 35 grounds, the atasan PPID's decision, the date
 * of the response, the atasan's name and position, the requester's reaction — plus the deadline,
 * the overdue and late flags and the dispute (kip-rules §6, compliance export 2). Identity columns
 * for the PPID Utama, administrators and the atasan PPID; auditors get each requester as a stable
 * pseudonym (src/registers/audience.ts). Read a page at a time through src/registers/engine.ts.
 */
import type { Reader } from '../../db/unit-of-work';
import { NATIONAL_CALENDAR_CODE } from '../calendar/national';
import { localDateTimeWithOffset, localOrNull } from '../calendar/offset-time';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { ObjectionGround } from '../../workflows/objection.events';
import { type Audience, type RequesterColumns, isIdentified, requesterColumn, requesterLine } from '../registers/audience';
import type { RegisterSource } from '../registers/engine';
import { type Key, type RegisterPeriod, inPeriod, scanStart } from '../registers/filters';
import { requesterTypeWord, yesNo } from '../registers/words';
import { GROUND_TEXT } from './grounds';
import { disputeStageLabel, objectionOutcomeLabel, objectionStateLabel } from './labels';
import { isOverdue } from './objection-view';
import { restoreObjection } from './objection-state';

function fetcher(db: Reader, period: RegisterPeriod) {
  return (after: Key | null, limit: number) =>
    db
      .selectFrom('objections')
      .innerJoin('cases', 'cases.id', 'objections.case_id')
      .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
      .leftJoin('users', 'users.id', 'objections.decided_by')
      .selectAll('objections')
      .select([
        'cases.registration_number',
        'cases.information',
        'cases.purpose',
        'cases.received_unit',
        'requesters.type',
        'requesters.name',
        'requesters.nik',
        'requesters.passport_number',
        'requesters.legal_entity_number',
        'requesters.address',
        'requesters.phone',
        'requesters.email',
        'requesters.occupation',
        'users.name as atasanName',
        'users.position as atasanPosition',
        'users.role as deciderRole',
      ])
      .where('objections.received_at', '>=', scanStart(period, after))
      .where('objections.received_at', '<', period.scanTo)
      .$if(period.unit !== null, (q) => q.where('cases.received_unit', '=', period.unit!))
      .$if(after !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb('objections.received_at', '>', after![0]),
            eb.and([eb('objections.received_at', '=', after![0]), eb('objections.objection_number', '>', after![1])]),
          ]),
        ),
      )
      .orderBy('objections.received_at')
      .orderBy('objections.objection_number')
      .limit(limit)
      .execute();
}

type Raw = Awaited<ReturnType<ReturnType<typeof fetcher>>>[number];

export interface ObjectionRegisterContext {
  deps: Pick<Deps, 'db' | 'calendars' | 'secret'>;
  audience: Audience;
  lang: Lang;
  now: Date;
}

/**
 * The objection register. Its instants (received, responded) are given as local date-time with the
 * offset of the national calendar (Jakarta), which governs every objection clock; an objection
 * belongs to the period of its local date of receipt there.
 */
export async function objectionRegisterSource(period: RegisterPeriod, ctx: ObjectionRegisterContext): Promise<RegisterSource<Raw, RegisterRow>> {
  const calendar = await ctx.deps.calendars.get(ctx.deps.db, NATIONAL_CALENDAR_CODE);
  return {
    fetch: fetcher(ctx.deps.db, period),
    key: (r) => [r.received_at, r.objection_number],
    async toRow(r) {
      if (!inPeriod(period, calendar.localDateOf(new Date(r.received_at)))) return null;
      return objectionRow(r, ctx, calendar.timeZone);
    },
  };
}

function objectionRow(r: Raw, { audience, lang, now, deps }: ObjectionRegisterContext, timeZone: string) {
  const ctx = restoreObjection(r).context;
  const grounds = JSON.parse(r.grounds) as ObjectionGround[];
  const decision = ctx.decision;
  const outcome = r.outcome ?? (ctx.settlement ? 'settled' : null);
  return {
    objectionNumber: r.objection_number,
    receivedAt: localDateTimeWithOffset(r.received_at, timeZone),
    requester: requesterColumn(r as RequesterColumns, audience, deps.secret),
    registrationNumber: r.registration_number,
    unit: r.received_unit,
    information: r.information,
    purpose: r.purpose,
    grounds: grounds.map((g) => ({ letter: g, text: GROUND_TEXT[g][lang].legal })),
    reason: r.reason,
    /** The atasan PPID's outcome: upheld, overturned, rejected_late, settled; null while undecided. */
    outcome,
    outcomeLabel: outcome ? objectionOutcomeLabel(outcome, lang) : null,
    decision: decision
      ? {
          outcome: decision.outcome,
          outcomeLabel: objectionOutcomeLabel(decision.outcome, lang),
          reasons: decision.reasons,
          instruction: decision.instruction,
        }
      : ctx.settlement
        ? { outcome: 'settled', outcomeLabel: objectionOutcomeLabel('settled', lang), reasons: ctx.settlement.agreement, instruction: null }
        : null,
    respondedAt: localOrNull(r.decided_at, timeZone),
    respondedOn: decision?.on ?? ctx.settlement?.on ?? null,
    atasan: r.decided_by && r.deciderRole === 'atasan' ? { name: r.atasanName, position: r.atasanPosition } : null,
    requesterReaction: ctx.reaction?.text ?? null,
    channel: r.channel,
    /** The atasan PPID's deadline (30 working days, national calendar). */
    responseDue: r.response_due,
    responseDueCalendar: NATIONAL_CALENDAR_CODE,
    status: r.state,
    statusLabel: objectionStateLabel(r.state, lang),
    late: r.late === 1,
    overdue: isOverdue(r, now) || (r.decided_at !== null && r.decided_at > r.response_due_at),
    dispute: ctx.dispute
      ? {
          commission: ctx.dispute.commission,
          registrationNumber: ctx.dispute.registrationNumber,
          filedOn: ctx.dispute.filedOn,
          stage: r.dispute_stage,
          stageLabel: r.dispute_stage ? disputeStageLabel(r.dispute_stage, lang) : null,
        }
      : null,
    id: r.id,
    caseId: r.case_id,
  };
}

export type RegisterRow = ReturnType<typeof objectionRow>;

const HEADERS: Record<Lang, string[]> = {
  id: [
    'Nomor registrasi keberatan',
    'Tanggal diterima',
    'Pseudonim pemohon',
    'Jenis pemohon',
    'Nama pemohon/kuasa',
    'NIK/paspor/nomor badan hukum',
    'Alamat',
    'Telepon',
    'E-mail',
    'Pekerjaan',
    'Nomor pendaftaran permohonan',
    'Unit/perwakilan penerima',
    'Informasi yang diminta',
    'Tujuan penggunaan informasi',
    'Alasan keberatan (Pasal 35 ayat 1)',
    'Kasus posisi',
    'Keputusan Atasan PPID',
    'Alasan keputusan',
    'Tanggal tanggapan',
    'Nama dan jabatan Atasan PPID',
    'Tanggapan pemohon',
    'Batas waktu tanggapan',
    'Terlambat diajukan',
    'Melewati batas waktu',
    'Status',
    'Komisi Informasi',
    'Nomor registrasi sengketa',
    'Tanggal pengajuan sengketa',
    'Tahap sengketa',
  ],
  en: [
    'Objection number',
    'Date received',
    'Requester pseudonym',
    'Requester type',
    'Requester/proxy name',
    'NIK/passport/legal-entity number',
    'Address',
    'Phone',
    'E-mail',
    'Occupation',
    'Request registration number',
    'Receiving unit/mission',
    'Information requested',
    'Purpose of use',
    'Grounds (Art. 35(1))',
    'Case summary',
    'Decision of the atasan PPID',
    'Reasons for the decision',
    'Date of response',
    'Name and position of the atasan PPID',
    "Requester's reaction",
    'Response due',
    'Filed late',
    'Overdue',
    'Status',
    'Information Commission',
    'Dispute registration number',
    'Dispute filed on',
    'Dispute stage',
  ],
};

/** The personal columns (name, identity number, address, phone, e-mail): absent from a pseudonymised export. */
const PERSONAL = new Set([4, 5, 6, 7, 8]);

export const objectionCsvHeaders = (lang: Lang, audience: Audience) => HEADERS[lang].filter((_, i) => audience === 'identified' || !PERSONAL.has(i));

export function objectionCsvCells(r: RegisterRow, lang: Lang, audience: Audience): unknown[] {
  const p = r.requester;
  const id = isIdentified(p) ? p : null;
  const cells = [
    r.objectionNumber,
    r.receivedAt,
    p.pseudonym,
    requesterTypeWord(p.type, lang),
    id?.name,
    id ? (id.nik ?? id.passportNumber ?? id.legalEntityNumber) : null,
    id?.address,
    id?.phone,
    id?.email,
    p.occupation,
    r.registrationNumber,
    r.unit,
    r.information,
    r.purpose,
    r.grounds.map((g) => `${g.letter}. ${g.text}`).join('; '),
    r.reason,
    r.decision?.outcomeLabel,
    r.decision?.reasons,
    r.respondedOn,
    r.atasan ? `${r.atasan.name}, ${r.atasan.position}` : null,
    r.requesterReaction,
    r.responseDue,
    yesNo(r.late, lang),
    yesNo(r.overdue, lang),
    r.statusLabel,
    r.dispute?.commission,
    r.dispute?.registrationNumber,
    r.dispute?.filedOn,
    r.dispute?.stageLabel,
  ];
  return audience === 'identified' ? cells : cells.filter((_, i) => !PERSONAL.has(i));
}

/** The PDF's columns (§2.7 (a)–(k), the deadline and the dispute) on a landscape page. */
export function objectionPdfColumns(lang: Lang): Array<{ title: string; width: number; cell: (r: RegisterRow) => string }> {
  const id = lang === 'id';
  return [
    { title: id ? '(a) No. keberatan' : '(a) Objection no.', width: 1.35, cell: (r) => r.objectionNumber },
    { title: id ? '(b) Diterima' : '(b) Received', width: 0.9, cell: (r) => r.receivedAt.slice(0, 16).replace('T', ' ') },
    { title: id ? '(c) Pemohon/kuasa' : '(c) Requester/proxy', width: 1.5, cell: (r) => requesterLine(r.requester, lang) },
    {
      title: id ? '(d) No. permohonan' : '(d) Request no.',
      width: 1.45,
      cell: (r) => `${r.registrationNumber}
${r.unit}`,
    },
    { title: id ? '(e) Informasi' : '(e) Information', width: 1.8, cell: (r) => r.information },
    { title: id ? '(f) Tujuan' : '(f) Purpose', width: 1.1, cell: (r) => r.purpose },
    { title: id ? '(g) Alasan (Ps. 35)' : '(g) Grounds (Art. 35)', width: 0.7, cell: (r) => r.grounds.map((g) => g.letter).join(', ') },
    { title: id ? '(h) Keputusan Atasan PPID' : '(h) Atasan decision', width: 1.3, cell: (r) => r.decision?.outcomeLabel ?? r.statusLabel },
    { title: id ? '(i) Tanggal tanggapan' : '(i) Response date', width: 0.95, cell: (r) => r.respondedOn ?? '—' },
    {
      title: id ? '(j) Atasan PPID' : '(j) Atasan PPID',
      width: 1.1,
      cell: (r) =>
        r.atasan
          ? `${r.atasan.name}
${r.atasan.position}`
          : '—',
    },
    { title: id ? '(k) Tanggapan pemohon' : "(k) Requester's reaction", width: 1.2, cell: (r) => r.requesterReaction ?? '—' },
    {
      title: id ? 'Batas waktu, sengketa' : 'Due, dispute',
      width: 1.1,
      cell: (r) =>
        [
          `${r.responseDue} (${NATIONAL_CALENDAR_CODE})`,
          r.late ? (id ? 'terlambat diajukan' : 'filed late') : '',
          r.overdue ? (id ? 'MELEWATI BATAS WAKTU' : 'OVERDUE') : '',
          r.dispute ? `${r.dispute.commission}: ${r.dispute.stageLabel ?? ''}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
    },
  ];
}

/** The register's columns, named, for the JSON answer (so a reader can check every §2.7 column is there). */
export const OBJECTION_REGISTER_COLUMNS = {
  a: 'objectionNumber',
  b: 'receivedAt',
  c: 'requester',
  d: 'registrationNumber',
  e: 'information',
  f: 'purpose',
  g: 'grounds',
  h: 'decision',
  i: 'respondedOn',
  j: 'atasan',
  k: 'requesterReaction',
} as const;
