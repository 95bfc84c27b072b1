/** An objection's state, outcome and dispute stage in plain words, for requesters and officers. */
import type { Lang } from '../i18n';

type Labels = Record<string, Record<Lang, string>>;

const states: Labels = {
  received: { id: 'Diterima', en: 'Received' },
  late_review: {
    id: 'Terlambat diajukan; menunggu keputusan Atasan PPID untuk menerimanya',
    en: 'Filed late; waiting for the atasan PPID to decide whether to accept it',
  },
  registered: { id: 'Terdaftar; menunggu tanggapan Atasan PPID', en: "Registered; waiting for the atasan PPID's response" },
  settled: { id: 'Selesai secara musyawarah', en: 'Settled by agreement' },
  decided: { id: 'Sudah ditanggapi Atasan PPID', en: 'Answered by the atasan PPID' },
  dispute: { id: 'Sengketa di Komisi Informasi', en: 'Dispute at the Information Commission' },
  closed: { id: 'Selesai', en: 'Closed' },
};

const outcomes: Labels = {
  upheld: { id: 'Keputusan PPID dikuatkan (keberatan ditolak)', en: "The PPID's decision upheld (objection rejected)" },
  overturned: {
    id: 'Keputusan PPID dibatalkan (keberatan diterima); permohonan diproses ulang',
    en: "The PPID's decision overturned (objection accepted); the request is reopened",
  },
  rejected_late: { id: 'Keberatan tidak diterima karena lewat waktu', en: 'Objection not accepted: filed out of time' },
  settled: { id: 'Diselesaikan secara musyawarah', en: 'Settled by agreement' },
};

const stages: Labels = {
  filed: { id: 'Permohonan penyelesaian sengketa diajukan', en: 'Dispute petition filed' },
  registered: { id: 'Diregistrasi Komisi Informasi', en: 'Registered by the Commission' },
  preliminary_exam: { id: 'Pemeriksaan awal', en: 'Preliminary examination' },
  mediation: { id: 'Mediasi', en: 'Mediation' },
  mediation_result: { id: 'Hasil mediasi', en: 'Mediation result' },
  mediation_failed: { id: 'Mediasi gagal', en: 'Mediation failed' },
  adjudication: { id: 'Ajudikasi nonlitigasi', en: 'Non-litigation adjudication' },
  decision: { id: 'Putusan Komisi Informasi', en: 'Commission decision' },
  decided: { id: 'Putusan Komisi Informasi', en: 'Commission decision' },
  court_challenge: { id: 'Keberatan ke pengadilan (PTUN/PN)', en: 'Court challenge (PTUN/PN)' },
  cassation: { id: 'Kasasi ke Mahkamah Agung', en: 'Cassation at the Supreme Court' },
  final: { id: 'Berkekuatan hukum tetap', en: 'Final and binding' },
  compliance: { id: 'Putusan dilaksanakan', en: 'Decision complied with' },
  complied: { id: 'Putusan dilaksanakan', en: 'Decision complied with' },
  withdrawn: { id: 'Permohonan sengketa dicabut', en: 'Petition withdrawn' },
};

const results: Labels = {
  granted: { id: 'Dikabulkan: informasi wajib dibuka', en: 'Granted: the information must be disclosed' },
  partially_granted: { id: 'Dikabulkan sebagian', en: 'Partially granted' },
  rejected: { id: 'Ditolak: keputusan badan publik dikuatkan', en: "Rejected: the body's decision stands" },
  dismissed: { id: 'Tidak dapat diterima', en: 'Dismissed' },
  agreement: { id: 'Kesepakatan mediasi', en: 'Mediation agreement' },
  failed: { id: 'Mediasi gagal', en: 'Mediation failed' },
};

const pick = (labels: Labels, key: string, lang: Lang) => labels[key]?.[lang] ?? key;
export const objectionStateLabel = (s: string, lang: Lang) => pick(states, s, lang);
export const objectionOutcomeLabel = (o: string, lang: Lang) => pick(outcomes, o, lang);
export const disputeStageLabel = (s: string, lang: Lang) => pick(stages, s, lang);
export const disputeResultLabel = (r: string, lang: Lang) => pick(results, r, lang);
