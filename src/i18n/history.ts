/**
 * What each event on a case's audit trail is called in its history, in Indonesian and English:
 * one map, read by the requester's tracking page, the officer's case page and the atasan PPID's
 * objection page. Keyed by the names the trail actually records — the request machine's events,
 * the objection machine's events under their audit names, and the few other writers of a case's
 * trail — so a machine event added without a history label is a type error, and no page shows an
 * internal code such as `DECIDE_OBJECTION`.
 */
import type { ObjectionEvent } from '../../workflows/objection.events';
import type { RequestEvent } from '../../workflows/request.events';
import type { Lang } from './index';

/** Request events as audited: a calendar recount is recorded as CALENDAR_RECOMPUTED (src/calendar/recompute.ts). */
type RequestTrailEvent = Exclude<RequestEvent['type'], 'RECOMPUTE_DEADLINES'> | 'CALENDAR_RECOMPUTED';

/** Objection events as audited on the request's trail, renamed where they would collide (src/objections/). */
type ObjectionTrailEvent =
  | Exclude<ObjectionEvent['type'], 'REGISTER' | 'MARK_OVERDUE' | 'RECOMPUTE_DEADLINES' | 'CLOSE'>
  | 'OBJECTION_REGISTER'
  | 'OBJECTION_MARK_OVERDUE'
  | 'OBJECTION_DEADLINES_RECOMPUTED'
  | 'OBJECTION_CLOSE';

/** Other writers of a case's trail: documents, notes, consequence tests, identity scans, retention. */
type OtherTrailEvent =
  | 'ISSUE_DOCUMENT'
  | 'NOTE_ADDED'
  | 'CONSEQUENCE_TEST_LINKED'
  | 'CONSEQUENCE_TEST_UPDATED'
  | 'CONSEQUENCE_TEST_REVOKED'
  | 'IDENTITY_DOCUMENT_OPENED'
  | 'PERSONAL_DATA_PSEUDONYMISED'
  | 'TRACKING_CODE_REISSUED'
  // The answer reaches the requester (issue 17; src/answers/, src/identity/identity-check.ts).
  | 'IDENTITY_CHECKED'
  | 'FILE_ATTACHED'
  | 'FILE_REMOVED'
  | 'FILE_REDACTED';

export type TrailEvent = RequestTrailEvent | ObjectionTrailEvent | OtherTrailEvent;

export const HISTORY_LABELS: { readonly [E in TrailEvent]: Readonly<Record<Lang, string>> } = {
  REGISTER: { id: 'Permohonan diterima dan didaftarkan', en: 'Request received and registered' },
  ASSIGN: { id: 'Diteruskan ke unit kerja atau Perwakilan RI', en: 'Forwarded to a work unit or mission' },
  ACCEPT_ASSIGNMENT: { id: 'Penugasan diterima unit', en: 'Assignment accepted by the unit' },
  RETURN_ASSIGNMENT: { id: 'Penugasan dikembalikan unit', en: 'Assignment returned by the unit' },
  START_REVIEW: { id: 'Ditangani langsung oleh PPID Utama', en: 'Handled by the PPID Utama itself' },
  REQUEST_CLARIFICATION: { id: 'PPID meminta klarifikasi', en: 'The PPID asked for clarification' },
  RECEIVE_CLARIFICATION: { id: 'Klarifikasi pemohon diterima', en: 'The requester’s clarification was received' },
  EXTEND: { id: 'Jangka waktu diperpanjang (paling lama 7 hari kerja)', en: 'Time extended (7 working days at most)' },
  MARK_OVERDUE: { id: 'Batas waktu pemberitahuan tertulis terlewati', en: 'The written-notice deadline passed' },
  CALENDAR_RECOMPUTED: { id: 'Tenggat dihitung ulang karena kalender hari kerja berubah', en: 'Deadline counted again: the working-day calendar changed' },
  SUBMIT_DRAFT: { id: 'Draf jawaban dikirim ke PPID Utama', en: 'Draft answer sent to the PPID Utama' },
  DECIDE: { id: 'Diputuskan; pemberitahuan tertulis diterbitkan', en: 'Decided; written notice issued' },
  DELIVER: { id: 'Informasi diserahkan', en: 'Information handed over' },
  CLOSE: { id: 'Permohonan selesai', en: 'Request closed' },
  REOPEN: { id: 'Permohonan dibuka kembali untuk diputus ulang', en: 'Request reopened to be decided again' },
  OBJECTION_REGISTER: { id: 'Keberatan diterima dan didaftarkan', en: 'Objection received and registered' },
  OBJECTION_MARK_OVERDUE: { id: 'Batas waktu tanggapan atas keberatan terlewati', en: 'The deadline to answer the objection passed' },
  OBJECTION_DEADLINES_RECOMPUTED: {
    id: 'Tenggat keberatan dihitung ulang karena kalender nasional berubah',
    en: 'Objection deadline counted again: the national calendar changed',
  },
  ACCEPT_LATE: { id: 'Keberatan yang terlambat diterima untuk diperiksa', en: 'The late objection was accepted for review' },
  REJECT_LATE: { id: 'Keberatan yang terlambat tidak diterima', en: 'The late objection was not accepted' },
  SETTLE_BY_AGREEMENT: { id: 'Keberatan diselesaikan dengan musyawarah', en: 'The objection was settled by agreement' },
  DECIDE_OBJECTION: { id: 'Atasan PPID menanggapi keberatan', en: 'The atasan PPID answered the objection' },
  RECORD_REACTION: { id: 'Tanggapan pemohon atas jawaban keberatan dicatat', en: 'The requester’s reaction to the answer was recorded' },
  RECORD_DISPUTE: { id: 'Sengketa informasi dicatat di Komisi Informasi', en: 'An information dispute was recorded at the Information Commission' },
  RECORD_DISPUTE_STAGE: { id: 'Tahap sengketa di Komisi Informasi dicatat', en: 'A stage of the dispute at the Commission was recorded' },
  OBJECTION_CLOSE: { id: 'Keberatan ditutup', en: 'Objection closed' },
  ISSUE_DOCUMENT: { id: 'Dokumen diterbitkan', en: 'Document issued' },
  NOTE_ADDED: { id: 'Catatan internal ditambahkan', en: 'Internal note added' },
  CONSEQUENCE_TEST_LINKED: { id: 'Uji konsekuensi dikaitkan', en: 'Consequence test linked' },
  CONSEQUENCE_TEST_UPDATED: { id: 'Uji konsekuensi diperbarui', en: 'Consequence test updated' },
  CONSEQUENCE_TEST_REVOKED: { id: 'Uji konsekuensi dicabut', en: 'Consequence test revoked' },
  IDENTITY_DOCUMENT_OPENED: { id: 'Dokumen identitas dibuka', en: 'Identity document opened' },
  PERSONAL_DATA_PSEUDONYMISED: { id: 'Data pribadi dihapus (masa simpan berakhir)', en: 'Personal data erased (retention period over)' },
  TRACKING_CODE_REISSUED: { id: 'Kode pelacakan baru dikirim ke e-mail pemohon', en: 'A new tracking code was e-mailed to the requester' },
  IDENTITY_CHECKED: { id: 'Identitas pemohon diperiksa', en: 'The requester’s identity was checked' },
  FILE_ATTACHED: { id: 'Berkas dilampirkan', en: 'File attached' },
  FILE_REMOVED: { id: 'Berkas dikeluarkan dari jawaban', en: 'File taken out of the answer' },
  FILE_REDACTED: { id: 'Berkas dihitamkan (Pasal 17)', en: 'File redacted (Art. 17)' },
};

/** A trail event's history label; a name outside the map reads as a plain update, never as the code. */
export function historyLabel(event: string, lang: Lang): string {
  const labels = (HISTORY_LABELS as Record<string, Record<Lang, string> | undefined>)[event];
  return labels?.[lang] ?? (lang === 'id' ? 'Status diperbarui' : 'Status updated');
}
