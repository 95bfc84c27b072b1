import type { Catalogue } from '../catalogue';

/** Texts of the PPID's contact and service hours: the footer, the tracking page and the administrators' page (src/contact). */
export const contactMessages = {
  hours_both_languages: { id: 'Isi jam layanan dalam kedua bahasa.', en: 'Give the office hours in both languages.' },
  'contact.ppid_contact': { id: 'Kontak PPID', en: 'PPID contact' },
  'contact.address': { id: 'Alamat layanan PPID', en: 'PPID service address' },
  'contact.phone': { id: 'Telepon', en: 'Telephone' },
  'contact.email': { id: 'E-mail', en: 'E-mail' },
  'contact.hours': { id: 'Jam layanan', en: 'Office hours' },
  'contact.hours_id': { id: 'Jam layanan (bahasa Indonesia)', en: 'Office hours (Indonesian)' },
  'contact.hours_en': { id: 'Jam layanan (bahasa Inggris)', en: 'Office hours (English)' },
  'contact.officer_of_the_day': { id: 'Petugas piket', en: 'Officer of the day' },
  'contact.page_title': { id: 'Kontak dan jam layanan', en: 'Contact and office hours' },
  'contact.page_lead': {
    id: 'Alamat, telepon, e-mail dan jam layanan PPID tampil di kaki setiap halaman publik dan di kop surat. Petugas piket hanya ditunjukkan kepada pemohon yang perlu menghubungi atau datang ke PPID.',
    en: 'The PPID’s address, telephone, e-mail and office hours appear in the footer of every public page and on the letterhead. The officer of the day is shown only to a requester who needs to get in touch or come in.',
  },
  'contact.address_hint': { id: 'Gedung, jalan, kota dan kode pos tempat pemohon datang.', en: 'Building, street, city and postcode where requesters come.' },
  'contact.phone_hint': { id: 'Contoh: +62 21 1234 5678', en: 'For example: +62 21 1234 5678' },
  'contact.hours_id_hint': { id: 'Contoh: Senin–Jumat, 08.00–16.00 WIB', en: 'For example: Senin–Jumat, 08.00–16.00 WIB' },
  'contact.hours_en_hint': { id: 'Contoh: Monday–Friday, 8:00–16:00 WIB', en: 'For example: Monday–Friday, 8:00–16:00 WIB' },
  'contact.officer_hint': { id: 'Nama dan nomor ekstensi, misalnya: Budi (ext. 1234)', en: 'Name and extension, for example: Budi (ext. 1234)' },
  'contact.save': { id: 'Simpan kontak', en: 'Save contact' },
  'contact.saved': { id: 'Kontak dan jam layanan disimpan.', en: 'Contact and office hours saved.' },
  'contact.reach_for_clarification': {
    id: 'Untuk menyampaikan klarifikasi, hubungi PPID:',
    en: 'To give your clarification, contact the PPID:',
  },
  'contact.reach_for_pickup': {
    id: 'Informasi dapat diambil atau dilihat di kantor PPID pada jam layanan. Bawa nomor pendaftaran dan kartu identitas Anda.',
    en: 'The information can be collected or viewed at the PPID’s office during office hours. Bring your registration number and your identity card.',
  },
} as const satisfies Catalogue;
