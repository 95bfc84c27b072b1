/** Words of the registers' columns and values, Indonesian first. */
import type { Lang } from '../i18n';

type Words = Record<string, { id: string; en: string }>;
const pick = (words: Words, key: string | null | undefined, lang: Lang) => (key ? (words[key]?.[lang] ?? key) : '');

const CHANNELS: Words = {
  web: { id: 'Situs web', en: 'Website' },
  walk_in: { id: 'Datang langsung', en: 'Walk-in' },
  letter: { id: 'Surat', en: 'Letter' },
  phone: { id: 'Telepon', en: 'Phone' },
  email: { id: 'E-mail', en: 'E-mail' },
};
export const channelWord = (ch: string, lang: Lang) => pick(CHANNELS, ch, lang);

/** Jenis permohonan (§2.4): view / see, or obtain a copy (soft or hard). */
const OBTAIN: Words = {
  view: { id: 'Melihat/membaca', en: 'View/read' },
  copy_soft: { id: 'Salinan (softcopy)', en: 'Copy (soft copy)' },
  copy_hard: { id: 'Salinan (hardcopy)', en: 'Copy (hard copy)' },
};
export const obtainWord = (m: string, lang: Lang) => pick(OBTAIN, m, lang);

/** Status informasi (§2.4). */
const INFORMATION_STATUS: Words = {
  held: { id: 'Dikuasai', en: 'Held' },
  not_held: { id: 'Tidak dikuasai', en: 'Not held' },
  not_yet_documented: { id: 'Belum didokumentasikan', en: 'Not yet documented' },
};
export const informationStatusWord = (s: string | null, lang: Lang) => pick(INFORMATION_STATUS, s, lang);

const REQUESTER_TYPES: Words = {
  individual: { id: 'Perorangan', en: 'Individual' },
  legal_entity: { id: 'Badan hukum', en: 'Legal entity' },
  group: { id: 'Kelompok orang', en: 'Group of persons' },
};
export const requesterTypeWord = (type: string, lang: Lang) => pick(REQUESTER_TYPES, type, lang);

const DELIVERY: Words = {
  pickup: { id: 'Diambil langsung', en: 'Picked up' },
  email: { id: 'E-mail', en: 'E-mail' },
  post: { id: 'Pos', en: 'Post' },
  courier: { id: 'Kurir', en: 'Courier' },
  fax: { id: 'Faksimile', en: 'Fax' },
};
export const deliveryWord = (m: string | null | undefined, lang: Lang) => pick(DELIVERY, m, lang);

export const yesNo = (b: boolean, lang: Lang) => (b ? (lang === 'id' ? 'ya' : 'yes') : lang === 'id' ? 'tidak' : 'no');
