/**
 * Working-day calendars (kalender hari kerja). Every statutory period in UU 14/2008 counts
 * working days (hari kerja) on a calendar: a time zone, a weekend, and dated non-working days.
 */

/** A local calendar date, `YYYY-MM-DD`, in the time zone of the calendar that counts it. */
export type LocalDate = string;

/**
 * libur_nasional = national holiday; cuti_bersama = joint leave (ASN); host_holiday = a public
 * holiday of a mission's host country; office_closure = any other declared closure.
 */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama' | 'host_holiday' | 'office_closure';

export interface CalendarEntry {
  date: LocalDate;
  kind: HolidayKind;
  nameId: string;
  nameEn: string;
  source?: string;
}

export interface CalendarData {
  code: string;
  /** IANA time zone, e.g. `Asia/Jakarta`, `Europe/Amsterdam`. */
  timeZone: string;
  /** ISO weekdays that are the weekend: 1 = Monday … 7 = Sunday. Indonesia: [6, 7]; Saudi Arabia: [5, 6]. */
  weekendDays: number[];
  /** End of the service day, local `HH:MM`; a request received at or after it counts from the next working day. */
  serviceEnd: string;
  /** Changes whenever an entry changes. */
  version: number;
  /** The calendar knows its entries for these years, inclusive; arithmetic outside them is refused. */
  firstYear: number;
  lastYear: number;
  entries: CalendarEntry[];
}

export interface CalendarPolicy {
  /** Whether cuti bersama (joint leave) is a non-working day. Default true: the office is closed. */
  cutiBersamaIsNonWorking: boolean;
}

export const defaultPolicy: CalendarPolicy = { cutiBersamaIsNonWorking: true };

export interface SkippedDay {
  date: LocalDate;
  reason: 'weekend' | HolidayKind;
  nameId?: string;
  nameEn?: string;
}
