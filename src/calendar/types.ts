/**
 * Working-day calendars (kalender hari kerja). Every statutory period in UU 14/2008 counts
 * working days (hari kerja) on a calendar: a time zone, a weekend, and dated non-working days.
 */

/** A local calendar date, `YYYY-MM-DD`, in the time zone of the calendar that counts it. */
export type LocalDate = string;

/**
 * libur_nasional = national holiday; cuti_bersama = joint leave (ASN); host_holiday = a public
 * holiday of a mission's host country; office_closure = any other declared closure;
 * working_day = a weekend day the host declares a working day (hari kerja pengganti, e.g. China's
 * adjusted working weekends around its long holidays): the office is open that day.
 */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama' | 'host_holiday' | 'office_closure' | 'working_day';

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
  /**
   * The calendar horizon (issue 13): for this many years after the last year whose holiday list
   * is known, count weekends only rather than refuse, and mark every deadline that reaches into
   * them provisional (sementara), to be counted again when the year's list is loaded. 0 (the
   * default of the class) refuses past the list; the service runs with 2 (CALENDAR_PROVISIONAL_YEARS).
   */
  provisionalYears?: number;
}

export const defaultPolicy: CalendarPolicy = { cutiBersamaIsNonWorking: true };

export interface SkippedDay {
  date: LocalDate;
  reason: 'weekend' | HolidayKind;
  nameId?: string;
  nameEn?: string;
}

/**
 * Why day 0 (hari ke-0) is not the local receipt date: it fell on a non-working day, or the
 * request arrived at or after the end of the service day (setelah jam layanan).
 */
export type DayZeroRoll = null | 'non_working_day' | 'after_hours';

/** A clarification wait (menunggu klarifikasi pemohon), inclusive local dates. */
export interface Pause {
  from: LocalDate;
  to: LocalDate;
}

/** A computed deadline together with everything needed to explain it to a person. */
export interface DeadlineExplanation {
  /** e.g. 'notice', 'notice_extended', 'objection_window', 'atasan_response', 'dispute_window', 'unit_target'. */
  period: string;
  /** The statutory length in working days (without pauses or extension). */
  workingDays: number;
  /** ISO UTC instant of the event that starts the clock. */
  startInstant: string;
  /** `YYYY-MM-DD HH:MM` in the calendar's time zone. */
  receivedLocal: string;
  day0: LocalDate;
  day0Rolled: DayZeroRoll;
  due: LocalDate;
  /** ISO UTC instant of the end of the due local day. */
  dueAt: string;
  calendar: { code: string; version: number; timeZone: string };
  /** Non-working days in (day0, due]. */
  skipped: SkippedDay[];
  pauses: Array<Pause & { workingDaysAdded: number }>;
  extension?: { workingDays: number; reason: string; from: LocalDate };
  /**
   * Set when the deadline reaches past the last day whose holidays the calendar knows: counted on
   * weekends only beyond `knownUntil`, to be counted again when that year's list is loaded.
   */
  provisional?: { knownUntil: LocalDate };
  /**
   * The conservative date (kip-rules §5.3): where cuti bersama is counted as non-working, the due
   * date had it been counted as working — earlier, so an officer who answers by it is safe whichever
   * way the Commission reads "hari kerja". Absent when the two agree or cuti bersama already counts.
   */
  conservative?: { due: LocalDate; dueAt: string };
}
