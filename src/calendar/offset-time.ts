/**
 * Instants as a person reads them in an export: the local date and time on the calendar that
 * governs the record, with that calendar's UTC offset — `2026-12-02T01:48:00+07:00`, not
 * `2026-12-01T18:48:00.000Z`. Still ISO 8601 (api.md: instants carry their offset), so a program
 * reads the same instant back; a person reads the date the law counts from.
 */
import { Temporal } from 'temporal-polyfill';

/** Exactly what Temporal prints: the zoned date-time to the second, without the zone's name. */
function viaTemporal(ms: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

const offsetAt = (ms: number, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6;

/**
 * A zone's offset over a UTC day, known when it is the same at both ends of the day: zones change
 * their offset months apart, so the same offset at both ends holds in between (on the day of a
 * change each instant asks Temporal). Each conversion through the Temporal polyfill costs about
 * 16 µs and a dozen objects; a register export prints several instants per row, a million rows at a
 * time, so a day's offset is asked of Temporal once (twice) and then read from here.
 */
const DAY = 86_400_000;
const offsets = new Map<string, number | null>();
const OFFSET_CACHE_LIMIT = 100_000;

function dayOffset(ms: number, timeZone: string): number | null {
  const start = Math.floor(ms / DAY) * DAY;
  const key = `${timeZone}|${start}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const first = offsetAt(start, timeZone);
    // Whole minutes only (Temporal prints an offset in seconds otherwise, as some zones had before 1900).
    offset = first === offsetAt(start + DAY - 1, timeZone) && first % 60_000 === 0 ? first : null;
    if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localDateTimeWithOffset(instant: string | Date, timeZone: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const offset = dayOffset(ms, timeZone);
  const local = offset === null ? Number.NaN : ms + offset;
  // Years 1000–9999 print the same both ways; anything else (and an offset with seconds) asks Temporal.
  if (!(local >= -30_610_224_000_000 && local < 253_402_300_800_000)) return viaTemporal(ms, timeZone);
  const minutes = Math.abs(offset!) / 60_000;
  return `${new Date(local).toISOString().slice(0, 19)}${offset! < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The same, passing null through (a column with no value). */
export const localOrNull = (instant: string | null | undefined, timeZone: string): string | null =>
  instant ? localDateTimeWithOffset(instant, timeZone) : null;

/** The conversion through Temporal alone, for the test that holds the fast path to it. */
export const localDateTimeWithOffsetViaTemporal = (instant: string, timeZone: string) => viaTemporal(Date.parse(instant), timeZone);
