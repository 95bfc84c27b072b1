/**
 * Officers' e-mails about objections (keberatan): a new objection for the atasan PPID and the PPID
 * Utama, and an overturned decision for the PPID Utama. Written to the transactional outbox in the
 * same transaction as the transition (the same rows `enqueueMail` writes). The requester's e-mails
 * use the shared templates (objection_received, objection_decided) with the PDFs attached.
 */
import type { Trx } from '../../db/unit-of-work';
import { randomUUID } from 'node:crypto';
import type { Lang } from '../i18n';

export interface ObjectionMailVars {
  objectionNumber: string;
  registrationNumber: string;
  responseDue?: string;
  instruction?: string;
  noticeDue?: string;
  late?: boolean;
}

type Template = Record<Lang, (v: ObjectionMailVars) => { subject: string; text: string }>;

export const objectionTemplates = {
  officer_objection_filed: {
    id: (v) => ({
      subject: `Keberatan baru ${v.objectionNumber}`,
      text:
        `Keberatan ${v.objectionNumber} atas permohonan ${v.registrationNumber} masuk. Tanggapan Atasan PPID paling lambat ${v.responseDue}.\n` +
        (v.late ? 'Keberatan diajukan setelah lewat 30 hari kerja: Atasan PPID perlu memutuskan apakah keberatan ini diterima.\n' : ''),
    }),
    en: (v) => ({
      subject: `New objection ${v.objectionNumber}`,
      text:
        `Objection ${v.objectionNumber} about request ${v.registrationNumber} arrived. The atasan PPID's response is due by ${v.responseDue}.\n` +
        (v.late ? 'Filed after the 30 working days: the atasan PPID must decide whether to accept it.\n' : ''),
    }),
  },
  officer_objection_overturned: {
    id: (v) => ({
      subject: `Keberatan ${v.objectionNumber} dikabulkan: permohonan ${v.registrationNumber} diproses ulang`,
      text:
        `Atasan PPID membatalkan keputusan PPID atas permohonan ${v.registrationNumber}.\nInstruksi: ${v.instruction}\n` +
        `Pemberitahuan tertulis baru paling lambat ${v.noticeDue}.\n`,
    }),
    en: (v) => ({
      subject: `Objection ${v.objectionNumber} upheld for the requester: request ${v.registrationNumber} reopened`,
      text:
        `The atasan PPID overturned the PPID's decision on request ${v.registrationNumber}.\nInstruction: ${v.instruction}\n` +
        `A new written notice is due by ${v.noticeDue}.\n`,
    }),
  },
} satisfies Record<string, Template>;

export type ObjectionTemplate = keyof typeof objectionTemplates;

export interface ObjectionMail {
  to: string;
  template: ObjectionTemplate;
  lang: Lang;
  caseId: string;
  vars: ObjectionMailVars;
}

export async function enqueueObjectionMail(trx: Trx, mails: ObjectionMail[], now: string): Promise<void> {
  if (mails.length === 0) return;
  await trx
    .insertInto('outbox')
    .values(
      mails.map((m) => {
        const { subject, text } = objectionTemplates[m.template][m.lang](m.vars);
        return {
          id: randomUUID(),
          case_id: m.caseId,
          to_address: m.to,
          template: m.template,
          lang: m.lang,
          subject,
          body_text: text,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          last_error: null,
          created_at: now,
          sent_at: null,
        };
      }),
    )
    .execute();
}

/** The requester's e-mail, if they gave one. */
export async function requesterEmail(trx: Trx, caseId: string): Promise<string | null> {
  const r = await trx
    .selectFrom('cases')
    .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
    .select('requesters.email')
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  return r?.email ?? null;
}

/** Active officers of these roles with an e-mail address. */
export async function officerEmails(trx: Trx, roles: string[]): Promise<string[]> {
  const rows = await trx.selectFrom('users').select('email').where('role', 'in', roles).where('active', '=', 1).where('email', 'is not', null).execute();
  return rows.map((r) => r.email!);
}
