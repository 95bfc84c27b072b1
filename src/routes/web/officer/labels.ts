/**
 * Words of the officer workspace, in Indonesian and English: events (as actions an officer takes), fields,
 * queues, channels, roles. A case's history reads `historyLabel` (src/i18n/history.ts) instead.
 */
import type { Lang } from '../../../i18n';

type Words = Record<string, { id: string; en: string }>;
const pick = (words: Words, key: string, lang: Lang) => words[key]?.[lang] ?? key;

const EVENTS: Words = {
  REGISTER: { id: 'Didaftarkan', en: 'Registered' },
  ASSIGN: { id: 'Teruskan ke unit/perwakilan', en: 'Assign to units/missions' },
  ACCEPT_ASSIGNMENT: { id: 'Terima penugasan', en: 'Accept the assignment' },
  RETURN_ASSIGNMENT: { id: 'Kembalikan penugasan', en: 'Return the assignment' },
  START_REVIEW: { id: 'Tangani sendiri (PPID Utama)', en: 'Handle it yourself (PPID Utama)' },
  REQUEST_CLARIFICATION: { id: 'Minta klarifikasi pemohon', en: 'Ask the requester to clarify' },
  RECEIVE_CLARIFICATION: { id: 'Catat klarifikasi diterima', en: 'Record the clarification received' },
  EXTEND: { id: 'Perpanjang tenggat 7 hari kerja', en: 'Extend the deadline by 7 working days' },
  SUBMIT_DRAFT: { id: 'Kirim draf jawaban ke PPID Utama', en: 'Send a draft answer to the PPID Utama' },
  DECIDE: { id: 'Putuskan (pemberitahuan tertulis)', en: 'Decide (written notice)' },
  DELIVER: { id: 'Catat penyerahan informasi', en: 'Record delivery of the information' },
  CLOSE: { id: 'Tutup kasus', en: 'Close the case' },
  MARK_OVERDUE: { id: 'Melewati tenggat', en: 'Deadline passed' },
  REOPEN: { id: 'Dibuka kembali (keberatan)', en: 'Reopened (objection)' },
  CALENDAR_RECOMPUTED: { id: 'Tenggat dihitung ulang (kalender berubah)', en: 'Deadline recounted (calendar changed)' },
};
export const eventLabel = (event: string, lang: Lang) => pick(EVENTS, event, lang);

const FIELDS: Words = {
  units: { id: 'Unit kerja atau perwakilan', en: 'Work units or missions' },
  reason: { id: 'Alasan', en: 'Reason' },
  message: { id: 'Pertanyaan untuk pemohon', en: 'Question for the requester' },
  reply: { id: 'Isi klarifikasi dari pemohon', en: "The requester's clarification" },
  outcome: { id: 'Keputusan', en: 'Decision' },
  exemptions: { id: 'Pengecualian (Pasal 17 UU 14/2008)', en: 'Exemptions (Art. 17 of Law 14/2008)' },
  'exemptions.statute': { id: 'Dasar hukum tambahan', en: 'Further legal basis' },
  consequenceTest: { id: 'Uji konsekuensi (Pasal 19)', en: 'Consequence test (Art. 19)' },
  'consequenceTest.harm': { id: 'Akibat yang timbul bila informasi dibuka', en: 'The harm if the information is opened' },
  'consequenceTest.publicInterest': { id: 'Pertimbangan kepentingan publik', en: 'The public-interest balance' },
  'consequenceTest.period': { id: 'Jangka waktu pengecualian', en: 'Period of the exemption' },
  'consequenceTest.publicTitle': { id: 'Judul publik di DIK', en: 'Public title in the DIK' },
  'consequenceTest.publicConsequence': { id: 'Konsekuensi yang diumumkan di DIK', en: 'Consequence as the DIK states it' },
  redactions: { id: 'Bagian yang dihitamkan dan alasannya', en: 'What is blacked out, and why' },
  holder: { id: 'Badan publik yang menguasai informasi', en: 'The public body that holds it' },
  note: { id: 'Catatan pada pemberitahuan', en: 'Note on the notice' },
  method: { id: 'Cara penyerahan', en: 'Delivery method' },
  consequenceTestIds: { id: 'Uji konsekuensi yang sudah ada', en: 'Consequence tests on record' },
  fees: { id: 'Biaya (Pasal 22 ayat 7 huruf g)', en: 'Costs (Art. 22(7)(g))' },
  'fees.copying': { id: 'Biaya penggandaan (Rp)', en: 'Copying (IDR)' },
  'fees.delivery': { id: 'Biaya pengiriman (Rp)', en: 'Delivery (IDR)' },
  'fees.other': { id: 'Biaya lain (Rp)', en: 'Other costs (IDR)' },
  'fees.payment': { id: 'Cara pembayaran', en: 'How to pay' },
  provideWithinDays: { id: 'Informasi diberikan dalam (hari kerja)', en: 'Provided within (working days)' },
};
export const fieldLabel = (path: string, lang: Lang) => pick(FIELDS, path.replace(/\.\d+\./, '.'), lang);

const HINTS: Words = {
  reason: { id: 'Alasan tertulis ini dikirim kepada pemohon (Pasal 22 ayat 8).', en: 'This written reason goes to the requester (Art. 22(8)).' },
  'consequenceTest.harm': {
    id: 'Minimal 20 karakter: dokumen mana, informasi apa, dan kerugian apa yang timbul bila dibuka.',
    en: 'At least 20 characters: which document, what information, and what harm opening it would do.',
  },
  'consequenceTest.publicTitle': {
    id: 'Wajib untuk penolakan: nama informasi yang dikecualikan di Daftar Informasi yang Dikecualikan, tanpa isi rahasianya.',
    en: 'Required for a denial: how the list of exempt information (DIK) names it, without its confidential content.',
  },
  'consequenceTest.publicInterest': {
    id: 'Minimal 20 karakter: mengapa menutup melindungi kepentingan yang lebih besar.',
    en: 'At least 20 characters: why withholding protects a greater interest.',
  },
  exemptions: { id: 'Wajib untuk penolakan dan pengabulan sebagian.', en: 'Required for a denial and a partial grant.' },
  consequenceTest: {
    id: 'Tulis uji konsekuensi baru di sini, atau pilih uji yang sudah ada di bawah (Pasal 19).',
    en: 'Write a new consequence test here, or choose one on record below (Art. 19).',
  },
  consequenceTestIds: { id: 'Uji yang berlaku dan menyimpulkan informasi dikecualikan.', en: 'Tests in force that concluded the information is exempt.' },
  fees: {
    id: 'Informasi tidak dipungut biaya; hanya penggandaan dan pengiriman yang dapat dikenakan.',
    en: 'Information is free; only copying and delivery may be charged.',
  },
  units: {
    id: 'Pilih satu atau lebih. Setiap unit menerima atau mengembalikan bagiannya sendiri.',
    en: 'Choose one or more. Each unit accepts or returns its own part.',
  },
};
export const fieldHint = (path: string, lang: Lang) => HINTS[path]?.[lang];

const OUTCOMES: Words = {
  granted: { id: 'Dikabulkan seluruhnya', en: 'Granted in full' },
  partially_granted: { id: 'Dikabulkan sebagian (dengan penghitaman)', en: 'Partially granted (with redactions)' },
  denied: { id: 'Ditolak: informasi yang dikecualikan', en: 'Denied: exempt information' },
  not_held: { id: 'Informasi tidak dikuasai', en: 'Information not held' },
  not_yet_documented: { id: 'Informasi belum didokumentasikan', en: 'Information not yet documented' },
};
export const outcomeWord = (o: string, lang: Lang) => pick(OUTCOMES, o, lang);

/** UU 14/2008 Art. 17 letters a–j (informasi yang dikecualikan). */
const LETTERS: Words = {
  a: { id: 'a — menghambat proses penegakan hukum', en: 'a — would obstruct law enforcement' },
  b: { id: 'b — mengganggu perlindungan HKI dan persaingan usaha', en: 'b — would harm intellectual property or fair competition' },
  c: { id: 'c — membahayakan pertahanan dan keamanan negara', en: 'c — would endanger national defence and security' },
  d: { id: 'd — mengungkapkan kekayaan alam Indonesia', en: "d — would reveal Indonesia's natural resources" },
  e: { id: 'e — merugikan ketahanan ekonomi nasional', en: 'e — would harm national economic resilience' },
  f: { id: 'f — merugikan kepentingan hubungan luar negeri', en: 'f — would harm foreign relations' },
  g: { id: 'g — mengungkapkan isi akta otentik pribadi dan wasiat', en: 'g — would reveal private authentic deeds or wills' },
  h: { id: 'h — mengungkap rahasia pribadi', en: 'h — would reveal personal secrets' },
  i: { id: 'i — memorandum atau surat antar/intra badan publik yang dirahasiakan', en: 'i — confidential inter- or intra-agency memoranda' },
  j: { id: 'j — dilarang diungkapkan oleh undang-undang', en: 'j — another statute forbids disclosing it' },
};
export const letterLabel = (l: string, lang: Lang) => pick(LETTERS, l, lang);

const DELIVERY: Words = {
  pickup: { id: 'Diambil langsung', en: 'Picked up' },
  email: { id: 'E-mail', en: 'E-mail' },
  post: { id: 'Pos', en: 'Post' },
  courier: { id: 'Kurir', en: 'Courier' },
  fax: { id: 'Faksimile', en: 'Fax' },
};
export const deliveryWord = (m: string, lang: Lang) => pick(DELIVERY, m, lang);

const OBTAIN: Words = {
  view: { id: 'Melihat/membaca', en: 'View or read' },
  copy_soft: { id: 'Salinan elektronik', en: 'Electronic copy' },
  copy_hard: { id: 'Salinan cetak', en: 'Printed copy' },
};
export const obtainWord = (m: string, lang: Lang) => pick(OBTAIN, m, lang);

const CHANNELS: Words = {
  web: { id: 'Formulir daring', en: 'Online form' },
  walk_in: { id: 'Datang langsung', en: 'Walk-in' },
  letter: { id: 'Surat', en: 'Letter' },
  phone: { id: 'Telepon', en: 'Phone' },
  email: { id: 'E-mail', en: 'E-mail' },
};
export const channelWord = (ch: string, lang: Lang) => pick(CHANNELS, ch, lang);

const QUEUE_NAMES: Words = {
  // The count is of open cases (the default status filter); closed and decided ones are a filter away.
  all: { id: 'Semua yang terbuka', en: 'All open' },
  mine: { id: 'Unit saya', en: 'My unit' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  due_soon: { id: 'Jatuh tempo ≤ 3 hari kerja', en: 'Due within 3 working days' },
  awaiting_clarification: { id: 'Menunggu klarifikasi', en: 'Awaiting clarification' },
  unaccepted: { id: 'Ditugaskan, belum diterima', en: 'Assigned, not accepted' },
};
export const queueName = (q: string, lang: Lang) => pick(QUEUE_NAMES, q, lang);

const ROLES: Words = {
  admin: { id: 'Administrator', en: 'Administrator' },
  ppid_utama: { id: 'PPID Utama', en: 'PPID Utama (main PPID)' },
  ppid_pelaksana: { id: 'PPID Pelaksana', en: 'PPID Pelaksana (unit PPID)' },
  atasan: { id: 'Atasan PPID', en: 'Atasan PPID (objections)' },
  auditor: { id: 'Auditor', en: 'Auditor' },
};
export const roleWord = (r: string, lang: Lang) => pick(ROLES, r, lang);

const ASSIGNMENT_STATUS: Words = {
  pending: { id: 'Menunggu diterima', en: 'Waiting to be accepted' },
  accepted: { id: 'Diterima, sedang dikerjakan', en: 'Accepted, in progress' },
  returned: { id: 'Dikembalikan', en: 'Returned' },
  answered: { id: 'Draf jawaban dikirim', en: 'Draft answer sent' },
};
export const assignmentStatusWord = (s: string, lang: Lang) => pick(ASSIGNMENT_STATUS, s, lang);

const NOTIFICATION_KINDS: Words = {
  new_request: { id: 'Permohonan baru di unit Anda', en: 'New request in your unit' },
  assigned: { id: 'Kasus ditugaskan ke unit Anda', en: 'Case assigned to your unit' },
  due_soon: { id: 'Jatuh tempo dalam 2 hari kerja', en: 'Due within 2 working days' },
  overdue: { id: 'Melewati tenggat', en: 'Overdue' },
  calendar_review: { id: 'Daftar libur perwakilan belum ditinjau', en: 'Mission holiday lists not reviewed' },
  calendar_horizon: { id: 'Daftar hari libur akan habis; muat daftar tahun berikutnya', en: "The holiday list runs out soon; load the next year's list" },
  draft_arrived: { id: 'Draf jawaban dari PPID Pelaksana masuk', en: 'A draft answer arrived from a PPID Pelaksana' },
  clarification_received: { id: 'Pemohon menjawab permintaan klarifikasi', en: 'The requester answered the clarification request' },
};
export const notificationWord = (k: string, lang: Lang) => pick(NOTIFICATION_KINDS, k, lang);
