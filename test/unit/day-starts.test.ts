/** The precomputed starts of local days agree with Temporal, day by day, in every mission's time zone. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isMission, units } from '../../db/seed/units';
import { WorkingCalendar } from '../../src/calendar/working-calendar';

const zones = [...new Set(units.filter((u) => isMission(u.kind)).map((u) => u.timeZone)), 'America/Havana', 'America/Santiago', 'Asia/Beirut', 'Asia/Jakarta'];

describe('local day starts', () => {
  it.each(zones)('%s: the end of every day 2025–2029 is the next local midnight (or first instant) minus 1 ms', (timeZone) => {
    const cal = new WorkingCalendar(
      {
        code: 'T',
        timeZone,
        weekendDays: [6, 7],
        serviceEnd: '16:00',
        version: 1,
        firstYear: 2025,
        lastYear: 2027,
        entries: [],
      },
      { cutiBersamaIsNonWorking: true, provisionalYears: 2 },
    );
    for (let d = Temporal.PlainDate.from('2025-01-01'); Temporal.PlainDate.compare(d, Temporal.PlainDate.from('2029-12-31')) <= 0; d = d.add({ days: 1 })) {
      const next = d.add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds;
      expect(cal.endOfDay(d.toString()).getTime(), `${timeZone} ${d}`).toBe(next - 1);
    }
  });
});
