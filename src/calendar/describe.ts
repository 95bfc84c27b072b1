/**
 * Deadlines in words, in Indonesian (id) or English (en): the receipt, day 0 (hari ke-0), the due
 * date, the days not counted (tidak dihitung) and the calendar used.
 */
import { Temporal } from 'temporal-polyfill';
import { civilDate, isoWeekday, parseLocalDate } from './local-date.js';
import type { DeadlineExplanation, LocalDate, SkippedDay } from './types.js';

export type Lang = 'id' | 'en';

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Index 0 = Monday (ISO weekday 1). */
const WEEKDAYS: Record<Lang, readonly string[]> = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Zone abbreviations used in Indonesia (Waktu Indonesia Barat / Tengah / Timur). */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** A local date in words: '1 Januari 2027' (id), '1 January 2027' (en). */
export function formatDate(d: LocalDate, lang: Lang): string {
  const { year, month, day } = civilDate(parseLocalDate(d));
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

function weekdayAndDate(d: LocalDate, lang: Lang): string {
  return `${WEEKDAYS[lang][isoWeekday(parseLocalDate(d)) - 1]}, ${formatDate(d, lang)}`;
}

function ymd(d: LocalDate): [number, number, number] {
  const { year, month, day } = civilDate(parseLocalDate(d));
  return [year, month, day];
}

/** '5–6 Desember 2026', '30 November – 1 Desember 2026', '31 Desember 2026 – 1 Januari 2027'. */
function formatRange(from: LocalDate, to: LocalDate, lang: Lang): string {
  if (from === to) return formatDate(from, lang);
  const [fy, fm, fd] = ymd(from);
  const [ty, tm] = ymd(to);
  if (fy === ty && fm === tm) return `${fd}–${formatDate(to, lang)}`;
  if (fy === ty) return `${fd} ${MONTHS[lang][fm - 1]} – ${formatDate(to, lang)}`;
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

function skippedLabel(s: SkippedDay, lang: Lang): string {
  if (s.reason === 'weekend') return lang === 'id' ? 'akhir pekan' : 'weekend';
  return (lang === 'id' ? (s.nameId ?? s.nameEn) : (s.nameEn ?? s.nameId)) ?? s.reason;
}

const KIND_LABELS: Record<SkippedDay['reason'], Record<Lang, string>> = {
  weekend: { id: 'Akhir pekan', en: 'Weekend' },
  libur_nasional: { id: 'Libur nasional', en: 'National holiday' },
  cuti_bersama: { id: 'Cuti bersama', en: 'Joint leave (cuti bersama)' },
  host_holiday: { id: 'Libur negara setempat', en: 'Host-country holiday' },
  office_closure: { id: 'Kantor tutup', en: 'Office closure' },
  working_day: { id: 'Hari kerja pengganti', en: 'Make-up working day' },
};

/** Why a day is not a working day, as a short label: 'Cuti bersama', 'Host-country holiday'. */
export const kindLabel = (kind: SkippedDay['reason'], lang: Lang): string => KIND_LABELS[kind]?.[lang] ?? kind;

/** An ISO weekday (1 = Monday … 7 = Sunday) by name: 'Jumat', 'Friday'. */
export const weekdayName = (isoDay: number, lang: Lang): string => WEEKDAYS[lang][isoDay - 1] ?? String(isoDay);

/** A local date with its weekday: 'Jumat, 11 Desember 2026'. */
export function formatDateWithWeekday(d: LocalDate, lang: Lang): string {
  return weekdayAndDate(d, lang);
}

/** Skipped days with consecutive dates and the same label are written as one range. */
function formatSkipped(skipped: readonly SkippedDay[], lang: Lang): string {
  const groups: Array<{ from: LocalDate; to: LocalDate; toDay: number; label: string }> = [];
  for (const s of skipped) {
    const label = skippedLabel(s, lang);
    const day = parseLocalDate(s.date);
    const last = groups.at(-1);
    if (last && last.label === label && last.toDay === day - 1) {
      last.to = s.date;
      last.toDay = day;
    } else {
      groups.push({ from: s.date, to: s.date, toDay: day, label });
    }
  }
  return groups.map((g) => `${formatRange(g.from, g.to, lang)} (${g.label})`).join(', ');
}

/** The reason as a sentence, without doubling its final full stop. */
const sentence = (text: string) => `${text.replace(/[.\s]+$/, '')}.`;

const ROLL_NOTE: Record<Lang, Record<'non_working_day' | 'after_hours', string>> = {
  id: { non_working_day: 'bukan hari kerja', after_hours: 'setelah jam layanan' },
  en: { non_working_day: 'not a working day', after_hours: 'after service hours' },
};

/**
 * The time zone after the receipt time, and the notes in brackets after it: the UTC offset for a
 * zone outside Indonesia, then why day 0 moved. '17.05 WIB (setelah jam layanan)',
 * '16:30 Europe/Amsterdam time (UTC+01:00; after service hours)'.
 */
function zoneAndNotes(e: DeadlineExplanation, lang: Lang): string {
  const tz = e.calendar.timeZone;
  const abbreviation = INDONESIAN_ZONES[tz];
  const notes = abbreviation ? [] : [`UTC${Temporal.Instant.from(e.startInstant).toZonedDateTimeISO(tz).offset}`];
  if (e.day0Rolled) notes.push(ROLL_NOTE[lang][e.day0Rolled]);
  const zone = abbreviation ?? (lang === 'id' ? `waktu ${tz}` : `${tz} time`);
  return notes.length > 0 ? `${zone} (${notes.join('; ')})` : zone;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

const workingDaysEn = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;

export interface DescribeOptions {
  /**
   * The extension is what the law allows, not one that was granted (the public calculator): the
   * text says it applies only with written reasons, instead of quoting a reason.
   */
  possibleExtension?: boolean;
}

const POSSIBLE_EXTENSION: Record<Lang, string> = {
  id: 'Perpanjangan hanya berlaku bila PPID memberitahukannya secara tertulis, dengan alasan, sebelum batas waktu pertama berakhir (UU 14/2008 Pasal 22 ayat (8)).',
  en: 'An extension applies only if the PPID gives notice of it in writing, with reasons, before the first deadline ends (Law 14/2008 Art. 22(8)).',
};

/** Why a deadline is provisional (sementara): counted past the known holiday list on weekends only. */
export function provisionalNote(knownUntil: LocalDate, lang: Lang): string {
  const next = Number(knownUntil.slice(0, 4)) + 1;
  return lang === 'id'
    ? `SEMENTARA: daftar hari libur setelah ${formatDate(knownUntil, 'id')} belum dimuat, sehingga setelah tanggal itu hanya akhir pekan yang tidak dihitung. Tanggal ini dihitung ulang ketika daftar hari libur ${next} dimuat.`
    : `PROVISIONAL: the holiday list after ${formatDate(knownUntil, 'en')} has not been loaded, so after that date only weekends are not counted. This date will be counted again when the ${next} holiday list is loaded.`;
}

/** Periods the requester must meet (to object, to go to the Commission): the later date is theirs, with a warning. */
const REQUESTER_WINDOWS = new Set(['objection_window', 'dispute_window']);

/**
 * The conservative date (kip-rules §5.3). Whether the Komisi Informasi counts cuti bersama as a
 * working day is not settled: for the body's own clocks the earlier date is the safe internal
 * target; for a requester's window the later date stands, with a warning to act by the earlier.
 */
export function conservativeNote(e: DeadlineExplanation, lang: Lang): string | null {
  if (!e.conservative) return null;
  const date = weekdayAndDate(e.conservative.due, lang);
  if (REQUESTER_WINDOWS.has(e.period)) {
    return lang === 'id'
      ? `Perhatian: cuti bersama tidak dihitung di sini sebagai hari kerja; bila Komisi Informasi menghitungnya, batasnya ${date}. Agar aman, ajukan paling lambat tanggal itu.`
      : `Note: cuti bersama (joint leave) is not counted here as working days; if the Information Commission counts it, the limit is ${date}. To be safe, file by that date.`;
  }
  return lang === 'id'
    ? `Tanggal aman: ${date} — batas waktu bila cuti bersama dihitung sebagai hari kerja; menjawab paling lambat tanggal itu memenuhi kedua tafsiran.`
    : `Safe date: ${date} — the deadline if cuti bersama (joint leave) counted as working days; answering by then meets both readings.`;
}

/** A paragraph explaining the deadline in Indonesian ('id') or English ('en'). */
export function describeDeadline(e: DeadlineExplanation, lang: Lang, options: DescribeOptions = {}): string {
  const extensionNote = (reasonLabel: string) =>
    e.extension ? [options.possibleExtension ? POSSIBLE_EXTENSION[lang] : sentence(`${reasonLabel}: ${e.extension.reason}`)] : [];
  const [receivedDate = '', receivedTime = ''] = e.receivedLocal.split(' ');
  const [hh, mm] = receivedTime.split(':');
  const pauses = e.pauses.filter((p) => p.workingDaysAdded > 0);
  const total = e.workingDays + pauses.reduce((sum, p) => sum + p.workingDaysAdded, 0) + (e.extension?.workingDays ?? 0);
  const zone = zoneAndNotes(e, lang);

  if (lang === 'id') {
    const parts = [
      `${e.workingDays} hari kerja`,
      ...pauses.map((p) => `${p.workingDaysAdded} hari kerja selama menunggu klarifikasi pada ${formatRange(p.from, p.to, 'id')}`),
      ...(e.extension ? [`perpanjangan ${e.extension.workingDays} hari kerja dari ${formatDate(e.extension.from, 'id')}`] : []),
    ];
    return [
      `Diterima ${formatDate(receivedDate, 'id')} pukul ${hh}.${mm} ${zone}, sehingga hari ke-0 adalah ${weekdayAndDate(e.day0, 'id')}.`,
      `Batas waktu adalah hari kerja ke-${total} setelahnya${parts.length > 1 ? ` (${parts.join(', ditambah ')})` : ''}: ${weekdayAndDate(e.due, 'id')}.`,
      ...extensionNote('Alasan perpanjangan'),
      e.skipped.length > 0 ? `Tidak dihitung: ${formatSkipped(e.skipped, 'id')}.` : 'Tidak ada akhir pekan atau hari libur yang dilewati.',
      `Kalender: ${e.calendar.code} versi ${e.calendar.version}.`,
      ...(e.provisional ? [provisionalNote(e.provisional.knownUntil, 'id')] : []),
      ...(e.conservative ? [conservativeNote(e, 'id')!] : []),
    ].join(' ');
  }

  const parts = [
    workingDaysEn(e.workingDays),
    ...pauses.map((p) => `${workingDaysEn(p.workingDaysAdded)} for the clarification wait of ${formatRange(p.from, p.to, 'en')}`),
    ...(e.extension ? [`an extension of ${workingDaysEn(e.extension.workingDays)} from ${formatDate(e.extension.from, 'en')}`] : []),
  ];
  return [
    `Received ${formatDate(receivedDate, 'en')} at ${hh}:${mm} ${zone}, so day 0 is ${weekdayAndDate(e.day0, 'en')}.`,
    `The deadline is the ${ordinal(total)} working day after it${parts.length > 1 ? ` (${parts.join(', plus ')})` : ''}: ${weekdayAndDate(e.due, 'en')}.`,
    ...extensionNote('Reason for the extension'),
    e.skipped.length > 0 ? `Not counted: ${formatSkipped(e.skipped, 'en')}.` : 'No weekend or holiday was skipped.',
    `Calendar: ${e.calendar.code} version ${e.calendar.version}.`,
    ...(e.provisional ? [provisionalNote(e.provisional.knownUntil, 'en')] : []),
    ...(e.conservative ? [conservativeNote(e, 'en')!] : []),
  ].join(' ');
}
