import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { localDateTimeWithOffset, localDateTimeWithOffsetViaTemporal } from '../../src/calendar/offset-time';

// Zones of the body's missions and the awkward ones: half- and quarter-hour offsets, half-hour DST, the date line.
const ZONES = [
  'Asia/Jakarta',
  'Asia/Jayapura',
  'Asia/Riyadh',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'America/Santiago',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Apia',
  'UTC',
];

describe('localDateTimeWithOffset', () => {
  it('prints the zone’s local time and offset as Temporal does, around every offset change of 2024–2028 and at random instants', () => {
    let compared = 0;
    let random = 42;
    const next = () => {
      random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
      return random / 2_147_483_648;
    };
    for (const zone of ZONES) {
      const instants: number[] = [];
      let at: Temporal.ZonedDateTime | null = Temporal.Instant.from('2024-01-01T00:00:00Z').toZonedDateTimeISO(zone);
      let transitions = 0;
      while (at && at.epochMilliseconds < Date.parse('2028-01-01T00:00:00Z')) {
        at = at.getTimeZoneTransition('next');
        if (!at) break;
        transitions++;
        for (const d of [-900_001, -900_000, -60_000, -1_000, -1, 0, 1, 999, 1_000, 60_000, 899_999, 900_000]) instants.push(at.epochMilliseconds + d);
      }
      if (!['Asia/Jakarta', 'Asia/Jayapura', 'Asia/Riyadh', 'Asia/Kathmandu', 'UTC', 'Pacific/Apia'].includes(zone))
        expect(transitions, zone).toBeGreaterThan(4);
      for (let i = 0; i < 500; i++) instants.push(Math.floor(Date.parse('2024-01-01T00:00:00Z') + next() * 4 * 365 * 86_400_000));
      for (const ms of instants) {
        const iso = new Date(ms).toISOString();
        expect(localDateTimeWithOffset(iso, zone), `${iso} in ${zone}`).toBe(localDateTimeWithOffsetViaTemporal(iso, zone));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(ZONES.length * 500);
  });

  it('reads a Date as its instant, and refuses what is not one', () => {
    expect(localDateTimeWithOffset(new Date('2026-12-01T18:48:00.000Z'), 'Asia/Jakarta')).toBe('2026-12-02T01:48:00+07:00');
    expect(localDateTimeWithOffset('2026-06-01T12:00:30.999Z', 'America/St_Johns')).toBe('2026-06-01T09:30:30-02:30');
    expect(localDateTimeWithOffset('1890-06-01T12:00:00Z', 'Asia/Jakarta')).toBe(localDateTimeWithOffsetViaTemporal('1890-06-01T12:00:00Z', 'Asia/Jakarta'));
    expect(() => localDateTimeWithOffset('kemarin', 'Asia/Jakarta')).toThrow(RangeError);
  });
});
