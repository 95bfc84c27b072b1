/** E-mail messages in Indonesian and English. Plain text; no personal data beyond the addressee's own. */
import type { Lang } from '../i18n';

export interface MailVars {
  number: string;
  noticeDue?: string;
  unit?: string;
  outcome?: string;
  reason?: string;
  trackUrl?: string;
}

type Template = Record<Lang, (v: MailVars) => { subject: string; text: string }>;

const track = (v: MailVars, lang: Lang) =>
  v.trackUrl ? (lang === 'id' ? `\nLacak permohonan Anda: ${v.trackUrl}\n` : `\nTrack your request: ${v.trackUrl}\n`) : '';

export const templates = {
  request_received: {
    id: (v) => ({
      subject: `Permohonan informasi ${v.number} telah diterima`,
      text: `Permohonan informasi Anda telah diterima dan didaftarkan dengan nomor ${v.number}.\n` +
        `Pemberitahuan tertulis paling lambat ${v.noticeDue} (10 hari kerja, UU 14/2008 Pasal 22 ayat 7).\n` +
        `Simpan kode pelacakan yang ditampilkan saat pengajuan; kode itu tidak dikirim lewat e-mail.\n`,
    }),
    en: (v) => ({
      subject: `Information request ${v.number} received`,
      text: `Your information request has been received and registered as ${v.number}.\n` +
        `A written notice is due by ${v.noticeDue} (10 working days, Law 14/2008 Art. 22(7)).\n` +
        `Keep the tracking code shown when you filed; it is not sent by e-mail.\n`,
    }),
  },
  officer_new_request: {
    id: (v) => ({ subject: `Permohonan baru ${v.number}`, text: `Permohonan ${v.number} masuk di ${v.unit}. Tenggat pemberitahuan: ${v.noticeDue}.\n` }),
    en: (v) => ({ subject: `New request ${v.number}`, text: `Request ${v.number} arrived at ${v.unit}. Notice due: ${v.noticeDue}.\n` }),
  },
  officer_assigned: {
    id: (v) => ({ subject: `Permohonan ${v.number} ditugaskan ke ${v.unit}`, text: `Permohonan ${v.number} ditugaskan ke unit Anda. Terima atau kembalikan dengan alasan. Tenggat pemberitahuan: ${v.noticeDue}.\n` }),
    en: (v) => ({ subject: `Request ${v.number} assigned to ${v.unit}`, text: `Request ${v.number} was assigned to your unit. Accept it, or return it with a reason. Notice due: ${v.noticeDue}.\n` }),
  },
  request_extended: {
    id: (v) => ({ subject: `Perpanjangan waktu permohonan ${v.number}`, text: `Jangka waktu pemberitahuan untuk permohonan ${v.number} diperpanjang sampai ${v.noticeDue} (UU 14/2008 Pasal 22 ayat 8).\nAlasan: ${v.reason}\n` }),
    en: (v) => ({ subject: `Extension for request ${v.number}`, text: `The notice period for request ${v.number} is extended to ${v.noticeDue} (Law 14/2008 Art. 22(8)).\nReason: ${v.reason}\n` }),
  },
  request_decided: {
    id: (v) => ({ subject: `Keputusan atas permohonan ${v.number}`, text: `PPID telah memutus permohonan ${v.number}: ${v.outcome}.\nAnda dapat mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja (UU 14/2008 Pasal 35–36).\n` }),
    en: (v) => ({ subject: `Decision on request ${v.number}`, text: `The PPID has decided request ${v.number}: ${v.outcome}.\nYou may object to the PPID's superior within 30 working days (Law 14/2008 Art. 35–36).\n` }),
  },
  request_delivered: {
    id: (v) => ({ subject: `Informasi untuk permohonan ${v.number} telah diserahkan`, text: `Informasi yang Anda minta dengan nomor ${v.number} telah diserahkan.\n` }),
    en: (v) => ({ subject: `Information for request ${v.number} delivered`, text: `The information you asked for under ${v.number} has been delivered.\n` }),
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof templates;

export function renderMail(name: TemplateName, lang: Lang, vars: MailVars) {
  const r = templates[name][lang](vars);
  return { subject: r.subject, text: r.text + track(vars, lang) };
}
