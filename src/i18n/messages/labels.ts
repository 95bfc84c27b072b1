import type { Catalogue } from '../catalogue';

/**
 * What the pages call each kind of document the service issues and each event of a case's history
 * (src/documents/labels.ts, src/i18n/history.ts, src/i18n/status.ts map kinds, events, states and
 * outcomes to these keys; a kind or event without a key there is a type error, and
 * test/unit/labels.test.ts fails when the service issues or records one without a label).
 */
export const labelsMessages = {
  // Documents the service issues (DocumentKind).
  'labels.document_receipt': { id: 'Tanda bukti penerimaan permohonan', en: 'Receipt of the request' },
  'labels.document_written_notice': { id: 'Pemberitahuan tertulis', en: 'Written notice' },
  'labels.document_extension_notice': { id: 'Pemberitahuan perpanjangan waktu', en: 'Notice of extension' },
  'labels.document_denial_decision': { id: 'Surat keputusan penolakan', en: 'Decision to refuse' },
  'labels.document_objection_receipt': { id: 'Tanda terima keberatan', en: 'Receipt of the objection' },
  'labels.document_objection_decision': { id: 'Tanggapan Atasan PPID atas keberatan', en: 'The atasan PPID’s response to the objection' },
  'labels.document_other': { id: 'Dokumen', en: 'Document' },
  // Events of a case's audit trail, as its history shows them (TrailEvent).
  'labels.event_register': { id: 'Permohonan diterima dan didaftarkan', en: 'Request received and registered' },
  'labels.event_assign': { id: 'Diteruskan ke unit kerja atau Perwakilan RI', en: 'Forwarded to a work unit or mission' },
  'labels.event_accept_assignment': { id: 'Penugasan diterima unit', en: 'Assignment accepted by the unit' },
  'labels.event_return_assignment': { id: 'Penugasan dikembalikan unit', en: 'Assignment returned by the unit' },
  'labels.event_start_review': { id: 'Ditangani langsung oleh PPID Utama', en: 'Handled by the PPID Utama itself' },
  'labels.event_request_clarification': { id: 'PPID meminta klarifikasi', en: 'The PPID asked for clarification' },
  'labels.event_receive_clarification': { id: 'Klarifikasi pemohon diterima', en: 'The requester’s clarification was received' },
  'labels.event_extend': { id: 'Jangka waktu diperpanjang (paling lama 7 hari kerja)', en: 'Time extended (7 working days at most)' },
  'labels.event_mark_overdue': { id: 'Batas waktu pemberitahuan tertulis terlewati', en: 'The written-notice deadline passed' },
  'labels.event_calendar_recomputed': {
    id: 'Tenggat dihitung ulang karena kalender hari kerja berubah',
    en: 'Deadline counted again: the working-day calendar changed',
  },
  'labels.event_submit_draft': { id: 'Draf jawaban dikirim ke PPID Utama', en: 'Draft answer sent to the PPID Utama' },
  'labels.event_decide': { id: 'Diputuskan; pemberitahuan tertulis diterbitkan', en: 'Decided; written notice issued' },
  'labels.event_deliver': { id: 'Informasi diserahkan', en: 'Information handed over' },
  'labels.event_close': { id: 'Permohonan selesai', en: 'Request closed' },
  'labels.event_reopen': { id: 'Permohonan dibuka kembali untuk diputus ulang', en: 'Request reopened to be decided again' },
  'labels.event_objection_register': { id: 'Keberatan diterima dan didaftarkan', en: 'Objection received and registered' },
  'labels.event_objection_mark_overdue': { id: 'Batas waktu tanggapan atas keberatan terlewati', en: 'The deadline to answer the objection passed' },
  'labels.event_objection_deadlines_recomputed': {
    id: 'Tenggat keberatan dihitung ulang karena kalender nasional berubah',
    en: 'Objection deadline counted again: the national calendar changed',
  },
  'labels.event_accept_late': { id: 'Keberatan yang terlambat diterima untuk diperiksa', en: 'The late objection was accepted for review' },
  'labels.event_reject_late': { id: 'Keberatan yang terlambat tidak diterima', en: 'The late objection was not accepted' },
  'labels.event_settle_by_agreement': { id: 'Keberatan diselesaikan dengan musyawarah', en: 'The objection was settled by agreement' },
  'labels.event_decide_objection': { id: 'Atasan PPID menanggapi keberatan', en: 'The atasan PPID answered the objection' },
  'labels.event_record_reaction': { id: 'Tanggapan pemohon atas jawaban keberatan dicatat', en: 'The requester’s reaction to the answer was recorded' },
  'labels.event_record_dispute': {
    id: 'Sengketa informasi dicatat di Komisi Informasi',
    en: 'An information dispute was recorded at the Information Commission',
  },
  'labels.event_record_dispute_stage': { id: 'Tahap sengketa di Komisi Informasi dicatat', en: 'A stage of the dispute at the Commission was recorded' },
  'labels.event_objection_close': { id: 'Keberatan ditutup', en: 'Objection closed' },
  'labels.event_issue_document': { id: 'Dokumen diterbitkan', en: 'Document issued' },
  'labels.event_note_added': { id: 'Catatan internal ditambahkan', en: 'Internal note added' },
  'labels.event_consequence_test_linked': { id: 'Uji konsekuensi dikaitkan', en: 'Consequence test linked' },
  'labels.event_consequence_test_updated': { id: 'Uji konsekuensi diperbarui', en: 'Consequence test updated' },
  'labels.event_consequence_test_revoked': { id: 'Uji konsekuensi dicabut', en: 'Consequence test revoked' },
  'labels.event_identity_document_opened': { id: 'Dokumen identitas dibuka', en: 'Identity document opened' },
  'labels.event_personal_data_pseudonymised': { id: 'Data pribadi dihapus (masa simpan berakhir)', en: 'Personal data erased (retention period over)' },
  'labels.event_tracking_code_reissued': { id: 'Kode pelacakan baru dikirim ke e-mail pemohon', en: 'A new tracking code was e-mailed to the requester' },
  'labels.event_identity_checked': { id: 'Identitas pemohon diperiksa', en: 'The requester’s identity was checked' },
  'labels.event_file_attached': { id: 'Berkas dilampirkan', en: 'File attached' },
  'labels.event_file_removed': { id: 'Berkas dikeluarkan dari jawaban', en: 'File taken out of the answer' },
  'labels.event_file_redacted': { id: 'Berkas dihitamkan (Pasal 17)', en: 'File redacted (Art. 17)' },

  'labels.event_other': { id: 'Status diperbarui', en: 'Status updated' },
  // A request's states and outcomes (RequestState, Outcome).
  'labels.state_received': { id: 'Diterima', en: 'Received' },
  'labels.state_registered': { id: 'Terdaftar, menunggu diproses PPID', en: 'Registered, waiting for the PPID' },
  'labels.state_assigned': { id: 'Diteruskan ke unit kerja atau perwakilan', en: 'Forwarded to a work unit or mission' },
  'labels.state_in_review': { id: 'Sedang diproses', en: 'Being processed' },
  'labels.state_awaiting_clarification': { id: 'Menunggu klarifikasi dari pemohon', en: 'Waiting for clarification from the requester' },
  'labels.state_decided': { id: 'Sudah diputus; pemberitahuan tertulis diterbitkan', en: 'Decided; written notice issued' },
  'labels.state_delivered': { id: 'Informasi telah diserahkan', en: 'Information delivered' },
  'labels.state_closed': { id: 'Selesai', en: 'Closed' },
  'labels.outcome_granted': { id: 'Dikabulkan seluruhnya', en: 'Granted in full' },
  'labels.outcome_partially_granted': { id: 'Dikabulkan sebagian', en: 'Partially granted' },
  'labels.outcome_denied': { id: 'Ditolak (informasi yang dikecualikan)', en: 'Denied (exempt information)' },
  'labels.outcome_not_held': { id: 'Informasi tidak dikuasai', en: 'Information not held' },
  'labels.outcome_not_yet_documented': { id: 'Informasi belum didokumentasikan', en: 'Information not yet documented' },
} as const satisfies Catalogue;
