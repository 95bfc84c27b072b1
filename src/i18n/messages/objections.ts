import type { Catalogue } from '../catalogue';

/** Error and field messages of: Objections, disputes, consequence tests, DIK/DIP (issue 7). Keys must be unique across all message files. */
export const objectionsMessages = {
  objection_not_open: {
    id: 'Keberatan belum dapat diajukan: permohonan {number} belum diputus dan batas waktu pemberitahuan tertulisnya ({due}) belum lewat.',
    en: 'An objection cannot be filed yet: request {number} has not been decided and its written-notice deadline ({due}) has not passed.',
  },
  objection_already_filed: {
    id: 'Keberatan atas keputusan ini sudah diajukan dengan nomor {number}.',
    en: 'An objection to this decision has already been filed as {number}.',
  },
  duplicate_grounds: { id: 'Setiap alasan keberatan cukup dipilih satu kali.', en: 'Choose each ground only once.' },
  date_in_future: { id: 'Tanggal tidak boleh di masa depan.', en: 'The date cannot be in the future.' },
  dispute_before_decision: {
    id: 'Sengketa tidak dapat diajukan sebelum tanggapan Atasan PPID ({date}).',
    en: "A dispute cannot be filed before the atasan PPID's response ({date}).",
  },
  dispute_before_deadline_lapsed: {
    id: 'Tanpa tanggapan Atasan PPID, sengketa baru dapat diajukan setelah batas waktu tanggapan ({date}) lewat.',
    en: 'Without a response from the atasan PPID, a dispute can be filed only after the response deadline ({date}) has passed.',
  },
  stage_not_allowed: {
    id: 'Tahap {stage} tidak dapat dicatat sekarang.',
    en: 'Stage {stage} cannot be recorded now.',
  },
  mediation_not_allowed: {
    id: 'Mediasi hanya untuk keberatan berdasarkan Pasal 35 ayat (1) huruf b–g (UU 14/2008 Pasal 40 ayat 2); alasan huruf a langsung diperiksa melalui ajudikasi.',
    en: 'Mediation is only for objections on Art. 35(1) b–g (Law 14/2008 Art. 40(2)); ground a goes straight to adjudication.',
  },
  settlement_not_allowed: {
    id: 'Penyelesaian secara musyawarah hanya untuk alasan keberatan huruf b–g (UU 14/2008 Pasal 35 ayat 2).',
    en: 'Settlement by agreement is only for objection grounds b–g (Law 14/2008 Art. 35(2)).',
  },
  stage_before_previous: {
    id: 'Tanggal ini tidak boleh sebelum tanggal tahap sebelumnya ({date}).',
    en: 'This date cannot be before the date of the previous stage ({date}).',
  },
  unknown_consequence_test: { id: 'Uji konsekuensi tidak dikenal.', en: 'Unknown consequence test.' },
  case_not_denied: {
    id: 'Uji konsekuensi hanya dapat dikaitkan dengan permohonan yang ditolak atau dikabulkan sebagian.',
    en: 'A consequence test can only be linked to a request that was denied or partially granted.',
  },
  period_end_before_decision: {
    id: 'Akhir masa pengecualian tidak boleh sebelum tanggal penetapan.',
    en: 'The end of the exemption period cannot be before the date of the decision.',
  },
  version_conflict_record: {
    id: 'Data ini telah diubah orang lain. Muat ulang dan coba lagi.',
    en: 'Someone else changed this record. Reload it and try again.',
  },
  format_unavailable: {
    id: 'Format PDF untuk register ini belum tersedia; gunakan format=json atau format=csv.',
    en: 'The PDF format of this register is not available yet; use format=json or format=csv.',
  },
  url_format: { id: 'Alamat web harus diawali http:// atau https://.', en: 'A web address must start with http:// or https://.' },
} as const satisfies Catalogue;
