import type { Catalogue } from '../catalogue';

/** Units and missions administration (issue 18, item 2): field errors, then the pages' texts. Keys are unique across all message files. */
export const unitAdminMessages = {
  unit_code_format: {
    id: 'Kode terdiri atas 2–40 huruf besar, angka dan tanda hubung, mis. KBRI-RIYADH.',
    en: 'The code is 2–40 capital letters, digits and hyphens, e.g. KBRI-RIYADH.',
  },
  unit_code_taken: {
    id: 'Kode ini sudah dipakai unit, perwakilan atau kalender lain.',
    en: 'This code is already used by another unit, mission or calendar.',
  },
  unit_code_twice_in_file: { id: 'Kode ini sudah ada di baris sebelumnya dalam berkas.', en: 'This code is already on an earlier row of the file.' },
  country_not_iso: {
    id: 'Negara ditulis dengan kode ISO 3166-1 dua huruf, mis. SA atau NL.',
    en: 'The country is a two-letter ISO 3166-1 code, e.g. SA or NL.',
  },
  time_zone_not_iana: {
    id: 'Zona waktu harus nama IANA, mis. Asia/Riyadh atau Europe/Amsterdam (bukan WIB atau +07:00).',
    en: 'The time zone must be an IANA name, e.g. Asia/Riyadh or Europe/Amsterdam (not WIB or +07:00).',
  },
  weekend_not_weekdays: {
    id: 'Akhir pekan adalah himpunan hari 1–7 (1 = Senin … 7 = Minggu), masing-masing sekali, mis. 5,6; paling sedikit satu hari kerja tersisa.',
    en: 'The weekend is a set of weekdays 1–7 (1 = Monday … 7 = Sunday), each once, e.g. 5,6; at least one working day must remain.',
  },
  yes_or_no: { id: 'Tulis ya atau tidak.', en: 'Write yes or no.' },
  home_unit_national_zone: {
    id: 'Unit di dalam negeri menghitung pada kalender nasional: zona waktunya adalah zona kalender nasional.',
    en: 'A unit at home counts on the national calendar: its time zone is the national calendar’s.',
  },
  home_unit_national_week: {
    id: 'Unit di dalam negeri menghitung pada kalender nasional: akhir pekannya adalah akhir pekan kalender nasional.',
    en: 'A unit at home counts on the national calendar: its weekend is the national calendar’s.',
  },
  parent_is_self: { id: 'Unit tidak dapat menjadi induknya sendiri.', en: 'A unit cannot be its own parent.' },
  parent_cycle: {
    id: 'Unit induk ini berada di bawah unit ini; pilih induk lain.',
    en: 'This parent sits under this unit; choose another parent.',
  },
  unit_kind_ppid_utama: {
    id: 'Badan publik memiliki satu PPID Utama; jenisnya tidak dapat diubah.',
    en: 'The body has one PPID Utama; its kind cannot change.',
  },
  unit_kind_crosses_calendar: {
    id: 'Unit dalam negeri tidak dapat menjadi perwakilan, atau sebaliknya: kalendernya berbeda. Tambahkan unit baru dan tutup yang ini.',
    en: 'A home unit cannot become a mission, or the other way round: their calendars differ. Add a new unit and close this one.',
  },
  mission_country_fixed: {
    id: 'Perwakilan yang pindah negara adalah perwakilan baru (libur negara setempat berbeda): tambahkan perwakilan baru dan tutup yang ini.',
    en: 'A mission that moves to another country is a new mission (other host holidays): add it and close this one.',
  },
  unit_closed_accepts_none: {
    id: 'Unit yang ditutup tidak menerima permohonan; buka kembali dulu.',
    en: 'A closed unit accepts no requests; reopen it first.',
  },
  unit_unchanged: { id: 'Tidak ada yang diubah pada unit ini.', en: 'Nothing in this unit was changed.' },
  unit_close_ppid_utama: { id: 'PPID Utama tidak dapat ditutup.', en: 'The PPID Utama cannot be closed.' },
  unit_already_closed: { id: 'Unit ini sudah ditutup.', en: 'This unit is already closed.' },
  unit_not_closed: { id: 'Unit ini tidak sedang ditutup.', en: 'This unit is not closed.' },
  unit_closed: {
    id: 'Unit ini sudah ditutup dan tidak menerima penugasan baru.',
    en: 'This unit is closed and takes no new assignments.',
  },
  unit_import_too_large: { id: 'Berkas terlalu besar (paling besar 512 KB).', en: 'The file is too large (at most 512 KB).' },
  unit_import_unreadable: {
    id: 'Berkas ini tidak dapat dibaca sebagai CSV (periksa tanda kutip dan jumlah kolom).',
    en: 'This file cannot be read as CSV (check the quotes and the number of columns).',
  },
  unit_import_columns: {
    id: 'Baris judul harus memuat code, kind, nameId, nameEn, country, city, timeZone, weekendDays, dan boleh parent, acceptsRequests, region — tidak ada kolom lain.',
    en: 'The header must hold code, kind, nameId, nameEn, country, city, timeZone, weekendDays, and may hold parent, acceptsRequests, region — no other column.',
  },
  unit_import_empty: { id: 'Berkas tidak memuat satu unit pun.', en: 'The file holds no unit.' },
  unit_import_too_many: { id: 'Paling banyak 1.000 unit sekali impor.', en: 'At most 1,000 units an import.' },
  unit_import_refused: {
    id: 'Impor ditolak, tidak ada yang disimpan: {where} belum benar ({count} isian).',
    en: 'Import refused, nothing was saved: {where} is not right ({count} fields).',
  },
  'unit-admin.row_field': { id: 'baris {row}, kolom {field}', en: 'row {row}, column {field}' },
} satisfies Catalogue;
