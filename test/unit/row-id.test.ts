/**
 * Row ids as a reader of RFC 9562 would check them, without the implementation's own arithmetic:
 * the version and variant bits, the Unix-millisecond timestamp of the clock given, strictly
 * increasing ids within one millisecond, uniqueness, and text order that is creation order.
 */
import { describe, expect, it } from 'vitest';
import { newRowId } from '../../db/row-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The 128 bits of a UUID as bytes, read from its text. */
const bytesOf = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
/** RFC 9562 §5.7: unix_ts_ms is the first 48 bits, big-endian. */
const millisecondsOf = (id: string) => bytesOf(id).readUIntBE(0, 6);

describe('row ids (UUIDv7, RFC 9562)', () => {
  it('carry version 7 in bits 48–51 and the variant 10 in bits 64–65', () => {
    for (let i = 0; i < 1000; i += 1) {
      const id = newRowId();
      expect(id).toMatch(UUID);
      const bytes = bytesOf(id);
      expect(bytes[6]! >> 4).toBe(7);
      expect(bytes[8]! >> 6).toBe(0b10);
    }
  });

  it('carry the millisecond of the clock they were given, whatever today is', () => {
    for (const instant of ['1970-01-01T00:00:00.001Z', '2026-12-01T07:15:30.123Z', '2038-01-19T03:14:08.999Z', '8000-06-01T00:00:00.000Z']) {
      const ms = Date.parse(instant);
      expect(new Date(millisecondsOf(newRowId(ms))).toISOString(), instant).toBe(instant);
    }
  });

  it('increase strictly within one millisecond, and sort as text in the order they were made', () => {
    const ms = Date.parse('2026-12-01T00:00:00.000Z');
    const sameMillisecond = Array.from({ length: 2000 }, () => newRowId(ms));
    for (let i = 1; i < sameMillisecond.length; i += 1) {
      expect(sameMillisecond[i]! > sameMillisecond[i - 1]!, `${sameMillisecond[i - 1]} then ${sameMillisecond[i]}`).toBe(true);
    }
    expect(sameMillisecond.every((id) => millisecondsOf(id) === ms)).toBe(true);

    // Across milliseconds, with several ids in each: text order is creation order.
    const made: string[] = [];
    for (let step = 0; step < 300; step += 1) for (let k = 0; k < 5; k += 1) made.push(newRowId(ms + 1 + step));
    expect([...made].sort()).toEqual(made);
  });

  it('are unique over many ids, made in the same millisecond or not', () => {
    const ids = new Set<string>();
    const ms = Date.parse('2026-12-01T00:00:00.000Z');
    for (let i = 0; i < 20_000; i += 1) ids.add(newRowId(ms + (i % 7)));
    for (let i = 0; i < 20_000; i += 1) ids.add(newRowId());
    expect(ids.size).toBe(40_000);
  });
});
