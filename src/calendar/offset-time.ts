/**
 * Instants as a person reads them in an export: the local date and time on the calendar that
 * governs the record, with that calendar's UTC offset — `2026-12-02T01:48:00+07:00`, not
 * `2026-12-01T18:48:00.000Z`. Still ISO 8601 (api.md: instants carry their offset), so a program
 * reads the same instant back; a person reads the date the law counts from.
 */
import { Temporal } from 'temporal-polyfill';

export function localDateTimeWithOffset(instant: string | Date, timeZone: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** The same, passing null through (a column with no value). */
export const localOrNull = (instant: string | null | undefined, timeZone: string): string | null =>
  instant ? localDateTimeWithOffset(instant, timeZone) : null;
