/**
 * Errors raised by the working-day calendar (kalender hari kerja). Each carries a stable `code`
 * that the HTTP layer can return as-is.
 */

/** A date, or the result of counting from it, falls outside the years the calendar knows. */
export class CalendarRangeError extends Error {
  readonly code = 'calendar_out_of_range';
  readonly calendarCode: string;
  readonly year: number;

  constructor(calendarCode: string, year: number) {
    super(
      `Calendar ${calendarCode} has no holiday list for ${year}. An administrator must load the ${year} ` +
        `holidays (national holidays and cuti bersama from the SKB, and host-country holidays for a mission) ` +
        `into calendar ${calendarCode} before working days in ${year} can be counted.`,
    );
    this.name = 'CalendarRangeError';
    this.calendarCode = calendarCode;
    this.year = year;
  }
}

/** A malformed local date (`2026-02-30`, `2026-13-01`, `abc`) or an invalid `Date` instant. */
export class InvalidDateError extends Error {
  readonly code = 'invalid_date';
  readonly value: unknown;

  constructor(value: unknown, detail = 'expected a real calendar date written YYYY-MM-DD') {
    super(`Invalid date ${JSON.stringify(String(value))}: ${detail}.`);
    this.name = 'InvalidDateError';
    this.value = value;
  }
}

/** Calendar data that cannot be used: bad weekend days, service end, year range, time zone or entry. */
export class InvalidCalendarError extends Error {
  readonly code = 'invalid_calendar';
  readonly calendarCode: string;

  constructor(calendarCode: string, detail: string) {
    super(`Calendar ${calendarCode} is invalid: ${detail}.`);
    this.name = 'InvalidCalendarError';
    this.calendarCode = calendarCode;
  }
}

/** A deadline computed on one calendar is being extended on another. */
export class CalendarMismatchError extends Error {
  readonly code = 'calendar_mismatch';

  constructor(expected: string, actual: string) {
    super(`The deadline was computed on calendar ${expected} and cannot be extended on calendar ${actual}.`);
    this.name = 'CalendarMismatchError';
  }
}
