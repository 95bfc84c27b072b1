/**
 * The register of objections (register keberatan, kip-rules §2.7): columns (a)–(k) of the
 * standard form — number, date received, the objector's identity, the request number, the
 * information requested, its purpose, the Art. 35 grounds, the atasan PPID's decision, the date
 * of the response, the atasan's name and position, the requester's reaction — plus the deadline,
 * the overdue and late flags and the dispute (kip-rules §6, compliance export 2). Identity columns
 * only for roles that may read personal data; for the others the requester type alone.
 */
import type { Reader } from '../../db/unit-of-work';
import { z } from 'zod';
import { NATIONAL_CALENDAR_CODE } from '../calendar/national';
import type { Deps } from '../deps';
import { localDateTimeWithOffset, localOrNull } from '../calendar/offset-time';
import type { Lang } from '../i18n';
import { mayReadPersonalData } from '../auth/personal-data';
import { invalidField } from '../cases/errors';
import { toCsv } from '../exemptions/csv';
import type { Actor } from '../../workflows/request.events';
import type { ObjectionGround } from '../../workflows/objection.events';
import { GROUND_TEXT } from './grounds';
import { disputeStageLabel, objectionOutcomeLabel, objectionStateLabel } from './labels';
import { startOfLocalDate } from './objection-deadlines';
import { isOverdue } from './objection-view';
import { restoreObjection } from './objection-state';

export const registerQuerySchema = z.object({
  /** Received on or after this local date (Jakarta); default 1 January of this year. */
  from: z.iso.date().optional(),
  /** Received on or before this local date; default today. */
  to: z.iso.date().optional(),
  format: z.enum(['json', 'csv', 'pdf']).default('json'),
});

export interface RegisterPeriod {
  from: string;
  to: string;
  fromAt: string;
  toAt: string;
  timeZone: string;
}

/** The period in local dates of the body's national calendar, and the instants that bound it. */
export async function registerPeriod(deps: Deps, query: { from?: string | undefined; to?: string | undefined }): Promise<RegisterPeriod> {
  const calendar = await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE);
  const today = calendar.localDateOf(deps.clock());
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to) throw invalidField('from', 'invalid_date');
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    from,
    to,
    fromAt: startOfLocalDate(calendar, from).toISOString(),
    toAt: startOfLocalDate(calendar, next).toISOString(),
    timeZone: calendar.timeZone,
  };
}

/**
 * The objection register. Its instants (received, responded) are given as local date-time with the
 * offset of the national calendar (Jakarta), which governs every objection clock.
 */
export async function objectionRegister(db: Reader, period: RegisterPeriod, actor: Actor, lang: Lang, now: Date, timeZone: string) {
  const rows = await db
    .selectFrom('objections')
    .innerJoin('cases', 'cases.id', 'objections.case_id')
    .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
    .leftJoin('users', 'users.id', 'objections.decided_by')
    .selectAll('objections')
    .select([
      'cases.registration_number',
      'cases.information',
      'cases.purpose',
      'requesters.type as requesterType',
      'requesters.name as requesterName',
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
    .where('objections.received_at', '>=', period.fromAt)
    .where('objections.received_at', '<', period.toAt)
    .orderBy('objections.year')
    .orderBy('objections.seq')
    .execute();
  const identity = mayReadPersonalData(actor);
  return rows.map((r) => {
    const ctx = restoreObjection(r).context;
    const grounds = JSON.parse(r.grounds) as ObjectionGround[];
    const decision = ctx.decision;
    return {
      objectionNumber: r.objection_number,
      receivedAt: localDateTimeWithOffset(r.received_at, timeZone),
      requester: identity
        ? {
            type: r.requesterType,
            name: r.requesterName,
            nik: r.nik,
            passportNumber: r.passport_number,
            legalEntityNumber: r.legal_entity_number,
            address: r.address,
            phone: r.phone,
            email: r.email,
            occupation: r.occupation,
          }
        : { type: r.requesterType },
      registrationNumber: r.registration_number,
      information: r.information,
      purpose: r.purpose,
      grounds: grounds.map((g) => ({ letter: g, text: GROUND_TEXT[g][lang].legal })),
      reason: r.reason,
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
      responseDue: r.response_due,
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
    };
  });
}

export type RegisterRow = Awaited<ReturnType<typeof objectionRegister>>[number];

const HEADERS: Record<Lang, string[]> = {
  id: [
    'Nomor registrasi keberatan',
    'Tanggal diterima',
    'Jenis pemohon',
    'Nama pemohon/kuasa',
    'NIK/paspor/nomor badan hukum',
    'Alamat',
    'Telepon',
    'E-mail',
    'Pekerjaan',
    'Nomor pendaftaran permohonan',
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
    'Requester type',
    'Requester/proxy name',
    'NIK/passport/legal-entity number',
    'Address',
    'Phone',
    'E-mail',
    'Occupation',
    'Request registration number',
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

export function registerCsv(rows: RegisterRow[], lang: Lang): string {
  const yes = (b: boolean) => (b ? (lang === 'id' ? 'ya' : 'yes') : lang === 'id' ? 'tidak' : 'no');
  return toCsv(
    HEADERS[lang],
    rows.map((r) => {
      const p = r.requester as Partial<{
        name: string;
        nik: string | null;
        passportNumber: string | null;
        legalEntityNumber: string | null;
        address: string;
        phone: string | null;
        email: string | null;
        occupation: string | null;
      }> & { type: string };
      return [
        r.objectionNumber,
        r.receivedAt,
        p.type,
        p.name,
        p.nik ?? p.passportNumber ?? p.legalEntityNumber,
        p.address,
        p.phone,
        p.email,
        p.occupation,
        r.registrationNumber,
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
        yes(r.late),
        yes(r.overdue),
        r.statusLabel,
        r.dispute?.commission,
        r.dispute?.registrationNumber,
        r.dispute?.filedOn,
        r.dispute?.stageLabel,
      ];
    }),
  );
}

/** The register's columns, named, for the JSON answer (so a reader can check every §2.7 column is there). */
export const REGISTER_COLUMNS = {
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
