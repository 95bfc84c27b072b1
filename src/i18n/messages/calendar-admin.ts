import type { Catalogue } from '../catalogue';

/** Error and field messages of: Calendar administration and recomputation (issue 3). Keys must be unique across all message files. */
export const calendarAdminMessages = {
  date_outside_calendar: {
    id: 'Tanggal di luar tahun yang diketahui kalender ({first}–{last}). Untuk tahun berikutnya, muat dulu hari liburnya.',
    en: 'The date is outside the years the calendar knows ({first}–{last}). For a later year, load its holidays first.',
  },
  year_outside_calendar: {
    id: 'Tahun di luar rentang kalender ({first}–{last}).',
    en: 'The year is outside the calendar’s range ({first}–{last}).',
  },
  year_not_next: {
    id: 'Kalender ini sampai tahun {last}; tahun yang dimuat harus {next}.',
    en: 'This calendar runs to {last}; the year loaded must be {next}.',
  },
  entry_not_in_year: { id: 'Tanggal harus di tahun yang dimuat.', en: 'The date must be in the year being loaded.' },
  duplicate_entry: {
    id: 'Kalender ini sudah punya entri jenis ini pada tanggal tersebut.',
    en: 'This calendar already has an entry of this kind on that date.',
  },
  calendar_version_conflict: {
    id: 'Kalender ini baru saja diubah orang lain (kini versi {version}). Periksa entrinya, lalu ulangi.',
    en: 'Someone else has just changed this calendar (now version {version}). Check its entries, then try again.',
  },
  entry_unchanged: { id: 'Tidak ada yang diubah pada entri ini.', en: 'Nothing in this entry was changed.' },
  recompute_out_of_range: {
    id: 'Perubahan ini menggeser tenggat permohonan {number} ke tahun {year}, yang belum dimuat di kalender {calendar}. Muat dulu hari libur tahun {year}, lalu ulangi.',
    en: 'This change moves a deadline of request {number} into {year}, which calendar {calendar} does not know yet. Load the holidays of {year} first, then try again.',
  },
  invalid_time: { id: 'Jam tidak valid; tulis JJ:MM, mis. 09:30.', en: 'Invalid time; write HH:MM, e.g. 09:30.' },
  time_in_dst_gap: {
    id: 'Jam ini tidak ada pada tanggal tersebut di zona waktu unit ini (jam dimajukan untuk waktu musim panas).',
    en: 'This time does not exist on that date in the unit’s time zone (the clocks go forward for summer time).',
  },
} as const satisfies Catalogue;
