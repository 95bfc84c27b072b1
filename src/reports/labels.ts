/** Words for the report's keys in Indonesian and English (pages, CSV headings, PDF). */
import type { Lang } from '../i18n';
import { disputeStageLabel } from '../objections/labels';

type Labels = Record<string, { id: string; en: string }>;
const pick = (labels: Labels, key: string, lang: Lang) => labels[key]?.[lang] ?? key;

const channels: Labels = {
  web: { id: 'Situs web', en: 'Website' },
  walk_in: { id: 'Datang langsung', en: 'Walk-in' },
  letter: { id: 'Surat', en: 'Letter' },
  phone: { id: 'Telepon', en: 'Phone' },
  email: { id: 'Surel', en: 'E-mail' },
};

const requesterTypes: Labels = {
  individual: { id: 'Perorangan', en: 'Individual' },
  legal_entity: { id: 'Badan hukum', en: 'Legal entity' },
  group: { id: 'Kelompok orang', en: 'Group' },
};

const outcomes: Labels = {
  granted: { id: 'Dikabulkan seluruhnya', en: 'Granted in full' },
  partially_granted: { id: 'Dikabulkan sebagian', en: 'Granted in part' },
  denied: { id: 'Ditolak', en: 'Denied' },
  not_held: { id: 'Tidak dikuasai', en: 'Not held' },
  not_yet_documented: { id: 'Belum didokumentasikan', en: 'Not yet documented' },
};

const objectionOutcomes: Labels = {
  upheld: { id: 'Keputusan PPID dikuatkan', en: 'PPID decision upheld' },
  overturned: { id: 'Keputusan PPID dibatalkan', en: 'PPID decision overturned' },
  rejected_late: { id: 'Tidak diterima (lewat waktu)', en: 'Not accepted (out of time)' },
  settled: { id: 'Selesai dengan musyawarah', en: 'Settled by agreement' },
  pending: { id: 'Belum ditanggapi', en: 'Not yet answered' },
};

const disputeOutcomes: Labels = {
  pending: { id: 'Masih berjalan', en: 'Ongoing' },
  mediation_agreement: { id: 'Kesepakatan mediasi', en: 'Mediation agreement' },
  commission_granted: { id: 'Putusan KI: dikabulkan', en: 'Commission: granted' },
  commission_partially_granted: { id: 'Putusan KI: dikabulkan sebagian', en: 'Commission: granted in part' },
  commission_rejected: { id: 'Putusan KI: ditolak', en: 'Commission: rejected' },
  commission_dismissed: { id: 'Putusan KI: tidak diterima', en: 'Commission: dismissed' },
  withdrawn: { id: 'Dicabut', en: 'Withdrawn' },
};

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export const channelLabel = (k: string, lang: Lang) => pick(channels, k, lang);
export const requesterTypeLabel = (k: string, lang: Lang) => pick(requesterTypes, k, lang);
export const reportOutcomeLabel = (k: string, lang: Lang) => pick(outcomes, k, lang);
export const objectionOutcomeText = (k: string, lang: Lang) => pick(objectionOutcomes, k, lang);
export const disputeOutcomeText = (k: string, lang: Lang) => pick(disputeOutcomes, k, lang);
export const disputeStageText = disputeStageLabel;
/** `03` → `Maret` / `March`; `short` gives the first three letters. */
export const monthLabel = (mm: string, lang: Lang, short = false) => {
  const name = MONTHS[lang][Number(mm) - 1] ?? mm;
  return short ? name.slice(0, 3) : name;
};
export const exemptionLabel = (letter: string, lang: Lang) => (lang === 'id' ? `Pasal 17 huruf ${letter}` : `Art. 17(${letter})`);
export const halfLabel = (half: 1 | 2, lang: Lang) => (lang === 'id' ? `Semester ${half === 1 ? 'I' : 'II'}` : `${half === 1 ? 'First' : 'Second'} half`);
