/**
 * WorkingCalendar: working-day (hari kerja) arithmetic on one calendar — a time zone, a weekend
 * and dated non-working days. Pure, no I/O.
 *
 * At construction every day of [firstYear-01-01, lastYear-12-31] is classified once into typed
 * arrays indexed by day (0 = firstYear-01-01): whether it is a working day, a prefix count of
 * working days, the position of each working day, and the instant the local day starts (from
 * Temporal, so DST is accounted for once). Counting and adding working days are then O(1) whatever
 * the distance; listing skipped days and placing an instant on a local day are binary searches.
 */
import { Temporal } from 'temporal-polyfill';
import { CalendarRangeError, InvalidCalendarError, InvalidDateError } from './errors.js';
import { civilDate, dayNumber, formatLocalDate, isoWeekday, parseLocalDate } from './local-date.js';
import {
  defaultPolicy,
  type CalendarData,
  type CalendarEntry,
  type CalendarPolicy,
  type DayZeroRoll,
  type HolidayKind,
  type LocalDate,
  type SkippedDay,
} from './types.js';

/**
 * When several entries share a date, the reason reported is the first kind in this order:
 * national holiday (libur nasional), joint leave (cuti bersama), host-country holiday, then any
 * other office closure. Every one of them closes the office; the order only picks the name shown.
 */
const KIND_PRECEDENCE: readonly HolidayKind[] = ['libur_nasional', 'cuti_bersama', 'host_holiday', 'office_closure'];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const pad2 = (n: number) => String(n).padStart(2, '0');

function checkedInstant(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidDateError(instant, 'expected a valid Date instant');
  return ms;
}

export class WorkingCalendar {
  readonly code: string;
  readonly version: number;
  readonly timeZone: string;
  readonly policy: CalendarPolicy;

  readonly #firstYear: number;
  /** The last year the arrays cover: the known list's last year plus the provisional years. */
  readonly #lastYear: number;
  /** The last year whose holiday list is known. */
  readonly #knownLastYear: number;
  /** Day number of firstYear-01-01. */
  readonly #base: number;
  readonly #serviceEndMinutes: number;
  /** 1 when the day at that index is a working day. */
  readonly #working: Uint8Array;
  /** #prefix[i] = number of working days at indexes < i (length days + 1). */
  readonly #prefix: Int32Array;
  /** Index of the k-th working day (k from 0). */
  readonly #workingIndex: Int32Array;
  /** Index of the k-th non-working day (k from 0), with its reason at the same k. */
  readonly #closedIndex: Int32Array;
  readonly #closedReason: readonly SkippedDay[];
  readonly #dates: readonly LocalDate[];
  /** Epoch ms at which the local day at each index starts; one more entry for the day after the last. */
  readonly #dayStart: Float64Array;
  readonly #data: CalendarData;
  #cutiBersamaWorking: WorkingCalendar | undefined;

  constructor(data: CalendarData, policy: CalendarPolicy = defaultPolicy) {
    const fail = (detail: string): never => {
      throw new InvalidCalendarError(data.code, detail);
    };
    if (!Number.isInteger(data.firstYear) || !Number.isInteger(data.lastYear) || data.firstYear > data.lastYear) {
      fail(`years ${data.firstYear}–${data.lastYear} are not an ascending pair of integers`);
    }
    if (data.weekendDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      fail(`weekend days ${JSON.stringify(data.weekendDays)} must be ISO weekdays 1–7`);
    }
    const serviceEnd = HH_MM.exec(data.serviceEnd) ?? fail(`service end ${JSON.stringify(data.serviceEnd)} is not HH:MM`);
    try {
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(data.timeZone);
    } catch {
      fail(`unknown time zone ${JSON.stringify(data.timeZone)}`);
    }

    this.#data = data;
    this.code = data.code;
    this.version = data.version;
    this.timeZone = data.timeZone;
    this.policy = { ...policy };
    const provisionalYears = policy.provisionalYears ?? 0;
    if (!Number.isInteger(provisionalYears) || provisionalYears < 0) fail(`provisional years ${provisionalYears} must be a non-negative integer`);
    this.#firstYear = data.firstYear;
    this.#knownLastYear = data.lastYear;
    this.#lastYear = data.lastYear + provisionalYears;
    this.#base = dayNumber(data.firstYear, 1, 1);
    this.#serviceEndMinutes = Number(serviceEnd[1]) * 60 + Number(serviceEnd[2]);

    const days = dayNumber(this.#lastYear, 12, 31) - this.#base + 1;
    const knownDays = dayNumber(data.lastYear, 12, 31) - this.#base + 1;
    const closing = this.#closingEntries(
      data.entries.filter((e) => e.kind !== 'working_day'),
      knownDays,
      policy,
      fail,
    );
    // A weekend day the host declares a working day (hari kerja pengganti) is open, unless a holiday closes it.
    const openWeekend = new Set(data.entries.filter((e) => e.kind === 'working_day').map((e) => parseLocalDate(e.date) - this.#base));
    const weekend = new Set(data.weekendDays);

    this.#working = new Uint8Array(days);
    this.#prefix = new Int32Array(days + 1);
    this.#dayStart = new Float64Array(days + 1);
    const workingIndex: number[] = [];
    const closedIndex: number[] = [];
    const closedReason: SkippedDay[] = [];
    const dates: LocalDate[] = new Array<LocalDate>(days);
    for (let i = 0; i < days; i++) {
      const date = formatLocalDate(this.#base + i);
      dates[i] = date;
      const entry = closing[i];
      if (entry) {
        closedIndex.push(i);
        closedReason.push(Object.freeze({ date, reason: entry.kind, nameId: entry.nameId, nameEn: entry.nameEn }));
      } else if (weekend.has(isoWeekday(this.#base + i)) && !openWeekend.has(i)) {
        closedIndex.push(i);
        closedReason.push(Object.freeze({ date, reason: 'weekend' as const }));
      } else {
        this.#working[i] = 1;
        workingIndex.push(i);
      }
      this.#prefix[i + 1] = this.#prefix[i]! + this.#working[i]!;
    }
    this.#fillDayStarts(days);
    this.#workingIndex = Int32Array.from(workingIndex);
    this.#closedIndex = Int32Array.from(closedIndex);
    this.#closedReason = closedReason;
    this.#dates = dates;
  }

  /** Per day index, the entry that closes the office that day (by KIND_PRECEDENCE), if any. */
  #closingEntries(entries: readonly CalendarEntry[], days: number, policy: CalendarPolicy, fail: (detail: string) => never): Array<CalendarEntry | undefined> {
    const closing = new Array<CalendarEntry | undefined>(days);
    for (const entry of entries) {
      const rank = KIND_PRECEDENCE.indexOf(entry.kind);
      if (rank < 0) fail(`entry ${entry.date} has unknown kind ${JSON.stringify(entry.kind)}`);
      if (entry.kind === 'cuti_bersama' && !policy.cutiBersamaIsNonWorking) continue;
      const i = parseLocalDate(entry.date) - this.#base;
      if (i < 0 || i >= days) fail(`entry ${entry.date} is outside ${this.#firstYear}–${this.#knownLastYear}`);
      const current = closing[i];
      if (!current || rank < KIND_PRECEDENCE.indexOf(current.kind)) closing[i] = entry;
    }
    return closing;
  }

  /** Index of a local date in the precomputed arrays; refuses dates outside the calendar's years. */
  #index(d: LocalDate): number {
    const i = parseLocalDate(d) - this.#base;
    if (i < 0 || i >= this.#working.length) {
      throw new CalendarRangeError(this.code, civilDate(i + this.#base).year);
    }
    return i;
  }

  /**
   * The same calendar with cuti bersama counted as working days: the count behind the conservative
   * date (kip-rules §5.3). This calendar itself when it already counts them so, or has none.
   */
  cutiBersamaWorking(): WorkingCalendar {
    if (!this.policy.cutiBersamaIsNonWorking || !this.#data.entries.some((e) => e.kind === 'cuti_bersama')) return this;
    return (this.#cutiBersamaWorking ??= new WorkingCalendar(this.#data, { ...this.policy, cutiBersamaIsNonWorking: false }));
  }

  /** The last day whose holidays are known; days after it count weekends only (provisional). */
  get knownUntil(): LocalDate {
    return `${String(this.#knownLastYear).padStart(4, '0')}-12-31`;
  }

  /** The last day the calendar can count at all (the known list plus the provisional years). */
  get countsUntil(): LocalDate {
    return `${String(this.#lastYear).padStart(4, '0')}-12-31`;
  }

  /** Whether d lies beyond the known holiday list (counted on weekends only). */
  isProvisional(d: LocalDate): boolean {
    return d > this.knownUntil;
  }

  isWorkingDay(d: LocalDate): boolean {
    return this.#working[this.#index(d)] === 1;
  }

  /**
   * Why d is not a working day: its holiday entry if it has one, else 'weekend'; null on a working
   * day. The returned object is shared and frozen.
   */
  nonWorkingReason(d: LocalDate): SkippedDay | null {
    const i = this.#index(d);
    if (this.#working[i] === 1) return null;
    return this.#closedReason[this.#firstClosedAfter(i - 1)]!;
  }

  /** The first working day strictly after d. */
  nextWorkingDay(d: LocalDate): LocalDate {
    return this.addWorkingDays(d, 1);
  }

  /** The n-th working day after d (n = 0 returns d). */
  addWorkingDays(d: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`);
    const i = this.#index(d);
    if (n === 0) return d;
    const k = this.#prefix[i + 1]! + n - 1;
    if (k >= this.#workingIndex.length) throw new CalendarRangeError(this.code, this.#lastYear + 1);
    return this.#dates[this.#workingIndex[k]!]!;
  }

  /** Number of working days in (a, b]; 0 when b <= a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number {
    const ia = this.#index(a);
    const ib = this.#index(b);
    return ib <= ia ? 0 : this.#prefix[ib + 1]! - this.#prefix[ia + 1]!;
  }

  /** Every non-working day in (a, b], in date order. */
  skippedBetween(a: LocalDate, b: LocalDate): SkippedDay[] {
    const ia = this.#index(a);
    const ib = this.#index(b);
    const out: SkippedDay[] = [];
    for (let k = this.#firstClosedAfter(ia); k < this.#closedIndex.length && this.#closedIndex[k]! <= ib; k++) {
      out.push(this.#closedReason[k]!);
    }
    return out;
  }

  /** Position in #closedIndex of the first non-working day with index > i (binary search). */
  #firstClosedAfter(i: number): number {
    let lo = 0;
    let hi = this.#closedIndex.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#closedIndex[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The first instant of every local day, and of the day after the last. Between two time-zone
   * transitions the UTC offset is constant, so a day starts at its local midnight minus that
   * offset; only the days within two days of a transition (DST, a zone's change of offset) are
   * asked of Temporal. A zone without transitions costs a handful of Temporal calls, not one a day.
   */
  #fillDayStarts(days: number): void {
    const first = this.#startOfDay(this.#base);
    const last = this.#startOfDay(this.#base + days);
    const transitions: number[] = [];
    let z = Temporal.Instant.fromEpochMilliseconds(first - 2 * MS_PER_DAY).toZonedDateTimeISO(this.timeZone);
    for (;;) {
      const next = z.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds > last + 2 * MS_PER_DAY) break;
      transitions.push(next.epochMilliseconds);
      z = next;
    }
    const offsetAt = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.timeZone).offsetNanoseconds / 1e6;
    let k = 0; // transitions[k] is the first transition after the current day's start
    let offset = offsetAt(first);
    for (let i = 0; i <= days; i++) {
      const localMidnight = (this.#base + i) * MS_PER_DAY;
      const guess = localMidnight - offset;
      while (k < transitions.length && transitions[k]! <= guess - 2 * MS_PER_DAY) k++;
      const near = k < transitions.length && Math.abs(transitions[k]! - guess) <= 2 * MS_PER_DAY;
      if (near) {
        this.#dayStart[i] = this.#startOfDay(this.#base + i);
        offset = offsetAt(this.#dayStart[i]!);
      } else {
        this.#dayStart[i] = guess;
      }
    }
  }

  /** The first instant of a local day (not always 00:00 where DST skips midnight). */
  #startOfDay(dayNum: number): number {
    const { year, month, day } = civilDate(dayNum);
    return new Temporal.PlainDate(year, month, day).toZonedDateTime({ timeZone: this.timeZone }).epochMilliseconds;
  }

  /**
   * The local date and wall-clock time (in minutes, 00:00 = 0) of an instant. Within the calendar's
   * years, on a day of exactly 24 hours, this is arithmetic on the precomputed day starts; on a DST
   * change day, or outside the years, Temporal converts it.
   */
  #local(instant: Date): { date: LocalDate; minutes: number } {
    const ms = checkedInstant(instant);
    const starts = this.#dayStart;
    if (ms >= starts[0]! && ms < starts[starts.length - 1]!) {
      let lo = 0;
      let hi = starts.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! <= ms) lo = mid;
        else hi = mid;
      }
      if (starts[lo + 1]! - starts[lo]! === MS_PER_DAY) {
        return { date: this.#dates[lo]!, minutes: Math.floor((ms - starts[lo]!) / MS_PER_MINUTE) };
      }
    }
    const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.timeZone);
    return { date: z.toPlainDate().toString(), minutes: z.hour * 60 + z.minute };
  }

  /** The local date of an instant in the calendar's zone (a conversion: not limited to the calendar's years). */
  localDateOf(instant: Date): LocalDate {
    return this.#local(instant).date;
  }

  /** The local time of an instant in the calendar's zone, `HH:MM`. */
  localTimeOf(instant: Date): string {
    const { minutes } = this.#local(instant);
    return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  }

  /** The last instant of local day d: the first instant of the next local day minus 1 ms (DST-aware). */
  endOfDay(d: LocalDate): Date {
    return new Date(this.#dayStart[this.#index(d) + 1]! - 1);
  }

  /**
   * Day 0 (hari ke-0) of a period that runs "since receipt" (sejak diterimanya): the local receipt
   * date, moved to the next working day when that date is not a working day or when the request
   * arrived at or after the end of the service day.
   */
  dayZero(receivedAt: Date): { day0: LocalDate; rolled: DayZeroRoll } {
    const { date, minutes } = this.#local(receivedAt);
    if (!this.isWorkingDay(date)) return { day0: this.nextWorkingDay(date), rolled: 'non_working_day' };
    if (minutes >= this.#serviceEndMinutes) {
      return { day0: this.nextWorkingDay(date), rolled: 'after_hours' };
    }
    return { day0: date, rolled: null };
  }
}
