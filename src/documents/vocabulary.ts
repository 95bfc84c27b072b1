/**
 * The words of the official documents in Indonesian (the authoritative text) and English. Legal
 * terms stay Indonesian in both (PPID, Atasan PPID, keberatan), glossed in the English version.
 */
import type { Lang } from '../i18n';

type Words = Record<Lang, string>;
const w = (id: string, en: string): Words => ({ id, en });

/** UU 14/2008 Art. 17 letters (informasi yang dikecualikan). */
export const EXEMPTIONS: Record<string, Words> = {
  a: w('menghambat proses penegakan hukum', 'would obstruct law enforcement'),
  b: w(
    'mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat',
    'would harm the protection of intellectual property or protection from unfair competition',
  ),
  c: w('membahayakan pertahanan dan keamanan negara', 'would endanger national defence and security'),
  d: w('mengungkapkan kekayaan alam Indonesia', "would reveal Indonesia's natural resources"),
  e: w('merugikan ketahanan ekonomi nasional', 'would harm national economic resilience'),
  f: w('merugikan kepentingan hubungan luar negeri', 'would harm foreign relations'),
  g: w(
    'mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang',
    'would reveal private authentic deeds, last wills or testaments',
  ),
  h: w('mengungkap rahasia pribadi', 'would reveal personal secrets'),
  i: w(
    'memorandum atau surat-surat antar Badan Publik atau intra Badan Publik yang menurut sifatnya dirahasiakan',
    'inter- or intra-agency memoranda confidential by nature',
  ),
  j: w('informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang', 'information another statute forbids disclosing'),
};

/** UU 14/2008 Art. 35(1) grounds for an objection (alasan keberatan). */
export const OBJECTION_GROUNDS: Record<string, Words> = {
  a: w(
    'Penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
    'Denial of a request on the exemption grounds of Art. 17',
  ),
  b: w('Tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9', 'Periodic information (Art. 9) not made available'),
  c: w('Tidak ditanggapinya permintaan informasi', 'Request not answered'),
  d: w('Permintaan informasi ditanggapi tidak sebagaimana yang diminta', 'Request answered other than as asked'),
  e: w('Tidak dipenuhinya permintaan informasi', 'Request not fulfilled'),
  f: w('Pengenaan biaya yang tidak wajar', 'Unreasonable fees'),
  g: w('Penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang', 'Information delivered later than the Act allows'),
};

export const OBTAIN_METHODS: Record<string, Words> = {
  view: w('Melihat/membaca/mendengarkan/mencatat', 'Viewing, reading, listening or taking notes'),
  copy_soft: w('Salinan elektronik (softcopy)', 'Electronic copy (softcopy)'),
  copy_hard: w('Salinan tercetak (hardcopy)', 'Printed copy (hardcopy)'),
};

export const DELIVERY_METHODS: Record<string, Words> = {
  pickup: w('Diambil langsung', 'Collected in person'),
  email: w('E-mail', 'E-mail'),
  post: w('Pos', 'Post'),
  courier: w('Kurir', 'Courier'),
  fax: w('Faksimile', 'Fax'),
};

export const REQUESTER_TYPES: Record<string, Words> = {
  individual: w('Perorangan', 'Individual'),
  legal_entity: w('Badan hukum', 'Legal entity'),
  group: w('Kelompok orang', 'Group of persons'),
};

export const CHANNELS: Record<string, Words> = {
  web: w('Laman web', 'Website'),
  walk_in: w('Datang langsung', 'In person'),
  letter: w('Surat', 'Letter'),
  phone: w('Telepon', 'Telephone'),
  email: w('E-mail', 'E-mail'),
};

export const word = (table: Record<string, Words>, key: string, lang: Lang) => table[key]?.[lang] ?? key;

/** "Pasal 17 huruf f UU 14/2008 (merugikan …)", plus any further statute. */
export function exemptionText(e: { letter: string; statute?: string | undefined }, lang: Lang): string {
  const basis =
    lang === 'id'
      ? `Pasal 17 huruf ${e.letter} UU 14/2008 (${word(EXEMPTIONS, e.letter, 'id')})`
      : `UU 14/2008 Art. 17 letter ${e.letter} (${word(EXEMPTIONS, e.letter, 'en')})`;
  return e.statute ? `${basis}; ${e.statute}` : basis;
}

/** Words used across the letters. */
export const TEXT = {
  number: w('Nomor', 'Number'),
  attachment: w('Lampiran', 'Attachment'),
  subject: w('Perihal', 'Subject'),
  none: w('—', '—'),
  to: w('Kepada Yth.', 'To'),
  registrationNumber: w('Nomor pendaftaran', 'Registration number'),
  requesterName: w('Nama pemohon', "Requester's name"),
  requesterType: w('Jenis pemohon', 'Type of requester'),
  address: w('Alamat', 'Address'),
  contact: w('Telepon / e-mail', 'Telephone / e-mail'),
  information: w('Informasi yang diminta', 'Information requested'),
  purpose: w('Tujuan penggunaan informasi', 'Purpose of use'),
  obtainMethod: w('Cara memperoleh informasi', 'How the information is obtained'),
  deliveryMethod: w('Cara penyampaian', 'Delivery'),
  receivedAt: w('Tanggal diterima', 'Date received'),
  channel: w('Diterima melalui', 'Received through'),
  unit: w('Ditujukan kepada', 'Addressed to'),
  noticeDue: w('Pemberitahuan tertulis paling lambat', 'Written notice due by'),
  draftNumber: w('(draf — belum bernomor)', '(draft — not yet numbered)'),
  englishVersion: w('', 'English version. The Indonesian text of this document is authoritative.'),
  electronic: w(
    'Dokumen ini diterbitkan secara elektronik oleh PPID melalui sistem Terbuka.',
    'This document was issued electronically by the PPID through the Terbuka system.',
  ),
} as const;
