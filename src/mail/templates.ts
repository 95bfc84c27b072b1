/** E-mail messages in Indonesian and English. Plain text; no personal data beyond the addressee's own. */
import type { Lang } from '../i18n';

export interface MailVars {
  number: string;
  noticeDue?: string;
  unit?: string;
  /** The outcome in words, in the message's language. */
  outcome?: string;
  reason?: string;
  trackUrl?: string;
  /** File names of the PDFs attached (also downloadable from the tracking page). */
  documents?: string[];
  /** Names of the released files (the information itself), downloadable from the tracking page (`trackUrl`). */
  files?: string[];
  objectionNumber?: string;
  responseDue?: string;
  disputeDue?: string;
  /** A new tracking code (only in the message that answers a lost-code request). */
  code?: string;
  /** The satisfaction survey of a closed request (issue 18). */
  surveyUrl?: string;
}

type Template = Record<Lang, (v: MailVars) => { subject: string; text: string }>;

const track = (v: MailVars, lang: Lang) =>
  v.trackUrl ? (lang === 'id' ? `\nLacak permohonan Anda: ${v.trackUrl}\n` : `\nTrack your request: ${v.trackUrl}\n`) : '';

const attached = (v: MailVars, lang: Lang) => {
  if (!v.documents || v.documents.length === 0) return '';
  const list = v.documents.map((d) => `  - ${d}`).join('\n');
  return lang === 'id'
    ? `\nDokumen resmi terlampir (PDF):\n${list}\nDokumen yang sama dapat diunduh dari halaman pelacakan dengan kode pelacakan Anda.\n`
    : `\nThe official documents are attached (PDF):\n${list}\nThe same documents can be downloaded from the tracking page with your tracking code.\n`;
};

const released = (v: MailVars, lang: Lang) => {
  if (!v.files || v.files.length === 0) return '';
  const list = v.files.map((f) => `  - ${f}`).join('\n');
  const where = v.trackUrl ?? '';
  return lang === 'id'
    ? `\nInformasi yang diserahkan (berkas):\n${list}\nUnduh berkas tersebut di halaman pelacakan dengan kode pelacakan Anda: ${where}\n`
    : `\nThe information released (files):\n${list}\nDownload them from the tracking page with your tracking code: ${where}\n`;
};

export const templates = {
  request_received: {
    id: (v) => ({
      subject: `Permohonan informasi ${v.number} telah diterima`,
      text:
        `Permohonan informasi Anda telah diterima dan didaftarkan dengan nomor ${v.number}.\n` +
        `Pemberitahuan tertulis paling lambat ${v.noticeDue} (10 hari kerja, UU 14/2008 Pasal 22 ayat 7).\n` +
        `Simpan kode pelacakan yang ditampilkan saat pengajuan; kode itu tidak dikirim lewat e-mail.\n`,
    }),
    en: (v) => ({
      subject: `Information request ${v.number} received`,
      text:
        `Your information request has been received and registered as ${v.number}.\n` +
        `A written notice is due by ${v.noticeDue} (10 working days, Law 14/2008 Art. 22(7)).\n` +
        `Keep the tracking code shown when you filed; it is not sent by e-mail.\n`,
    }),
  },
  officer_new_request: {
    id: (v) => ({ subject: `Permohonan baru ${v.number}`, text: `Permohonan ${v.number} masuk di ${v.unit}. Tenggat pemberitahuan: ${v.noticeDue}.\n` }),
    en: (v) => ({ subject: `New request ${v.number}`, text: `Request ${v.number} arrived at ${v.unit}. Notice due: ${v.noticeDue}.\n` }),
  },
  officer_assigned: {
    id: (v) => ({
      subject: `Permohonan ${v.number} ditugaskan ke ${v.unit}`,
      text: `Permohonan ${v.number} ditugaskan ke unit Anda. Terima atau kembalikan dengan alasan. Tenggat pemberitahuan: ${v.noticeDue}.\n`,
    }),
    en: (v) => ({
      subject: `Request ${v.number} assigned to ${v.unit}`,
      text: `Request ${v.number} was assigned to your unit. Accept it, or return it with a reason. Notice due: ${v.noticeDue}.\n`,
    }),
  },
  officer_due_soon: {
    id: (v) => ({
      subject: `Tenggat permohonan ${v.number}: ${v.noticeDue}`,
      text: `Pemberitahuan tertulis untuk permohonan ${v.number} jatuh tempo dalam 2 hari kerja, pada ${v.noticeDue}. Putuskan, atau perpanjang dengan alasan tertulis bila belum pernah diperpanjang (UU 14/2008 Pasal 22 ayat 8).\n`,
    }),
    en: (v) => ({
      subject: `Request ${v.number} due ${v.noticeDue}`,
      text: `The written notice on request ${v.number} is due within 2 working days, on ${v.noticeDue}. Decide it, or extend it with written reasons if it was never extended (Law 14/2008 Art. 22(8)).\n`,
    }),
  },
  officer_overdue: {
    id: (v) => ({
      subject: `Permohonan ${v.number} melewati tenggat`,
      text: `Pemberitahuan tertulis untuk permohonan ${v.number} seharusnya disampaikan paling lambat ${v.noticeDue} dan belum diputus. Pemohon kini dapat mengajukan keberatan (UU 14/2008 Pasal 35 ayat 1 huruf c dan g).\n`,
    }),
    en: (v) => ({
      subject: `Request ${v.number} is overdue`,
      text: `The written notice on request ${v.number} was due by ${v.noticeDue} and the request is still undecided. The requester may now object (Law 14/2008 Art. 35(1)(c) and (g)).\n`,
    }),
  },
  request_extended: {
    id: (v) => ({
      subject: `Perpanjangan waktu permohonan ${v.number}`,
      text: `Jangka waktu pemberitahuan untuk permohonan ${v.number} diperpanjang sampai ${v.noticeDue} (UU 14/2008 Pasal 22 ayat 8).\nAlasan: ${v.reason}\n${attached(v, 'id')}`,
    }),
    en: (v) => ({
      subject: `Extension for request ${v.number}`,
      text: `The notice period for request ${v.number} is extended to ${v.noticeDue} (Law 14/2008 Art. 22(8)).\nReason: ${v.reason}\n${attached(v, 'en')}`,
    }),
  },
  request_decided: {
    id: (v) => ({
      subject: `Keputusan atas permohonan ${v.number}`,
      text: `PPID telah memutus permohonan ${v.number}: ${v.outcome}.\n${attached(v, 'id')}${released(v, 'id')}\nAnda dapat mengajukan keberatan kepada Atasan PPID dalam 30 hari kerja (UU 14/2008 Pasal 35–36).\n`,
    }),
    en: (v) => ({
      subject: `Decision on request ${v.number}`,
      text: `The PPID has decided request ${v.number}: ${v.outcome}.\n${attached(v, 'en')}${released(v, 'en')}\nYou may object to the PPID's superior (Atasan PPID) within 30 working days (Law 14/2008 Art. 35–36).\n`,
    }),
  },
  request_deadline_moved: {
    id: (v) => ({
      subject: `Tenggat permohonan ${v.number} berubah`,
      text: `Kalender hari kerja yang menghitung tenggat permohonan ${v.number} berubah (hari libur ditetapkan, dipindahkan atau dibatalkan), sehingga tenggat dihitung ulang.\nPemberitahuan tertulis kini paling lambat ${v.noticeDue}.\nAlasan perubahan: ${v.reason}\n`,
    }),
    en: (v) => ({
      subject: `The deadline of request ${v.number} has changed`,
      text: `The working-day calendar that counts request ${v.number} changed (a holiday was set, moved or cancelled), so its deadline was counted again.\nThe written notice is now due by ${v.noticeDue}.\nReason for the change: ${v.reason}\n`,
    }),
  },
  request_delivered: {
    id: (v) => ({
      subject: `Informasi untuk permohonan ${v.number} telah diserahkan`,
      text: `Informasi yang Anda minta dengan nomor ${v.number} telah diserahkan.\n`,
    }),
    en: (v) => ({ subject: `Information for request ${v.number} delivered`, text: `The information you asked for under ${v.number} has been delivered.\n` }),
  },
  request_closed: {
    id: (v) => ({
      subject: `Permohonan ${v.number} telah selesai`,
      text: `Permohonan informasi Anda dengan nomor ${v.number} telah selesai.\n${v.surveyUrl ? `\nBantu kami memperbaiki layanan: isi survei kepuasan singkat (tidak wajib, anonim, 5 pertanyaan) dengan kode pelacakan Anda:\n${v.surveyUrl}\n` : ''}`,
    }),
    en: (v) => ({
      subject: `Request ${v.number} is closed`,
      text: `Your information request ${v.number} is closed.\n${v.surveyUrl ? `\nHelp us improve the service: answer a short satisfaction survey (optional, anonymous, 5 questions) with your tracking code:\n${v.surveyUrl}\n` : ''}`,
    }),
  },
  objection_received: {
    id: (v) => ({
      subject: `Keberatan ${v.objectionNumber} telah diterima`,
      text: `Keberatan Anda atas permohonan ${v.number} telah diterima dengan nomor ${v.objectionNumber}.\nAtasan PPID wajib menanggapi paling lambat ${v.responseDue} (30 hari kerja, UU 14/2008 Pasal 36 ayat 2).\n${attached(v, 'id')}`,
    }),
    en: (v) => ({
      subject: `Objection ${v.objectionNumber} received`,
      text: `Your objection (keberatan) on request ${v.number} has been received as ${v.objectionNumber}.\nThe Atasan PPID must answer by ${v.responseDue} (30 working days, Law 14/2008 Art. 36(2)).\n${attached(v, 'en')}`,
    }),
  },
  objection_decided: {
    id: (v) => ({
      subject: `Tanggapan atas keberatan ${v.objectionNumber}`,
      text: `Atasan PPID telah menanggapi keberatan ${v.objectionNumber} atas permohonan ${v.number}: ${v.outcome}.\n${attached(v, 'id')}\nBila Anda tidak puas, Anda dapat mengajukan sengketa informasi ke Komisi Informasi dalam 14 hari kerja${v.disputeDue ? `, sampai ${v.disputeDue}` : ''} (UU 14/2008 Pasal 37).\n`,
    }),
    en: (v) => ({
      subject: `Response to objection ${v.objectionNumber}`,
      text: `The Atasan PPID has answered objection ${v.objectionNumber} on request ${v.number}: ${v.outcome}.\n${attached(v, 'en')}\nIf you are not satisfied, you may take the dispute to the Komisi Informasi within 14 working days${v.disputeDue ? `, by ${v.disputeDue}` : ''} (Law 14/2008 Art. 37).\n`,
    }),
  },
  tracking_code_reissued: {
    id: (v) => ({
      subject: `Kode pelacakan baru untuk permohonan ${v.number}`,
      text:
        `Anda meminta kode pelacakan baru untuk permohonan ${v.number}.\n` +
        `Kode pelacakan baru: ${v.code}\n` +
        `Kode yang lama tidak berlaku lagi. Bila Anda tidak memintanya, hubungi PPID; permohonan Anda tidak berubah.\n`,
    }),
    en: (v) => ({
      subject: `New tracking code for request ${v.number}`,
      text:
        `You asked for a new tracking code for request ${v.number}.\n` +
        `New tracking code: ${v.code}\n` +
        `The old code no longer works. If you did not ask for this, contact the PPID; your request is unchanged.\n`,
    }),
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof templates;

export function renderMail(name: TemplateName, lang: Lang, vars: MailVars) {
  const r = templates[name][lang](vars);
  return { subject: r.subject, text: r.text + track(vars, lang) };
}
