/**
 * Issue 13, item 6: every mission abroad is seeded from db/seed/missions.json with its own calendar,
 * and a request filed at each one is counted on that mission's week, time zone and holidays.
 *
 * The expected dates come from an independent, day-by-day count (no WorkingCalendar): the local
 * date and time of receipt in the mission's zone; day 0 is that date, or the next working day when
 * it is not a working day or the request came at or after 16:00; the notice is the 10th working day
 * after day 0 and the extension 7 more (UU 14/2008 Art. 22(7)–(8)); a working day is neither a
 * weekend day of the host nor a date with any entry on the mission's stored calendar (Indonesian
 * libur nasional and cuti bersama, the host's public holidays).
 */
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import missionData from '../../db/seed/missions.json' with { type: 'json' };
import { makeContext, type TestContext, validFiling } from '../helpers/context';

interface Mission {
  code: string;
  kind: string;
  nameId: string;
  nameEn: string;
  country: string;
  city: string;
  timeZone: string;
  weekendDays: number[];
  region: string;
}
const missions = missionData.missions as Mission[];

// Thursday 26 November 2026, 13:30 UTC: after hours in Jakarta, Riyadh and Tokyo; in hours in
// London; Thanksgiving in the United States; Friday already in Auckland; the weekend in Kabul and Tehran.
const RECEIVED = '2026-11-26T13:30:00.000Z';

let t: TestContext;
let ppid: string;
beforeAll(async () => {
  t = await makeContext({ now: RECEIVED });
  ppid = await t.login('ppid');
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** The independent count. */
function expected(m: Mission, closed: Set<string>) {
  const local = Temporal.Instant.from(RECEIVED).toZonedDateTimeISO(m.timeZone);
  const working = (d: Temporal.PlainDate) => !m.weekendDays.includes(d.dayOfWeek) && !closed.has(d.toString());
  const nextWorking = (d: Temporal.PlainDate) => {
    let n = d.add({ days: 1 });
    while (!working(n)) n = n.add({ days: 1 });
    return n;
  };
  const date = local.toPlainDate();
  const day0 = working(date) && local.hour < 16 ? date : nextWorking(date);
  let due = day0;
  for (let i = 0; i < 10; i++) due = nextWorking(due);
  let extended = due;
  for (let i = 0; i < 7; i++) extended = nextWorking(extended);
  return { day0: day0.toString(), noticeDue: due.toString(), extendedDue: extended.toString() };
}

describe('every mission abroad', () => {
  it('is seeded: about 130 missions of every kind, the demo codes kept, each with its own calendar in its zone and week', async () => {
    expect(missions.length).toBeGreaterThanOrEqual(125);
    expect(new Set(missions.map((m) => m.kind))).toEqual(new Set(['embassy', 'consulate_general', 'consulate', 'permanent_mission']));
    for (const code of [
      'KBRI-RIYADH',
      'KJRI-JEDDAH',
      'KBRI-ABUDHABI',
      'KBRI-TOKYO',
      'KBRI-BEIJING',
      'KBRI-DENHAAG',
      'KBRI-LONDON',
      'KBRI-WASHINGTON',
      'KJRI-NEWYORK',
      'KBRI-CANBERRA',
      'PTRI-JENEWA',
    ])
      expect(missions.map((m) => m.code)).toContain(code);
    const units = await t.api('GET', '/api/v1/units');
    const calendars = await t.deps.db.selectFrom('calendars').selectAll().execute();
    for (const m of missions) {
      expect(
        units.body.items.find((u: { code: string }) => u.code === m.code),
        m.code,
      ).toMatchObject({ timeZone: m.timeZone, region: m.region });
      const cal = calendars.find((c) => c.code === m.code);
      expect(cal, m.code).toBeDefined();
      expect([cal!.time_zone, JSON.parse(cal!.weekend_days)], m.code).toEqual([m.timeZone, m.weekendDays]);
    }
  });

  it("counts a request filed at each one on that mission's week, time zone and holidays", async () => {
    const entries = await t.deps.db.selectFrom('calendar_entries').select(['calendar_code', 'date']).execute();
    const closedOn = new Map<string, Set<string>>();
    for (const e of entries) closedOn.set(e.calendar_code, (closedOn.get(e.calendar_code) ?? new Set()).add(e.date));
    const wrong: string[] = [];
    for (const m of missions) {
      const want = expected(m, closedOn.get(m.code) ?? new Set());
      const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: m.code }) });
      expect(filed.status, `${m.code}: ${JSON.stringify(filed.body)}`).toBe(201);
      const extended = await t.api('POST', `/api/v1/cases/${filed.body.id}/events`, {
        token: ppid,
        body: { type: 'EXTEND', reason: 'Informasi perlu dikumpulkan dari beberapa bagian perwakilan.', expectedVersion: 1 },
      });
      expect(extended.status, `${m.code}: ${JSON.stringify(extended.body)}`).toBe(200);
      const got = {
        day0: extended.body.deadlines.notice.day0,
        noticeDue: filed.body.deadlines.noticeDue,
        extendedDue: extended.body.deadlines.noticeExtended.due,
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${m.code}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      expect(extended.body.deadlines.notice.calendar).toMatchObject({ code: m.code, timeZone: m.timeZone });
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('lets a requester find a mission by region or by searching, and groups the pickers by region', async () => {
    let res = await t.api('GET', '/api/v1/units?q=jeddah');
    expect(res.body.items.map((u: { code: string }) => u.code)).toEqual(['KJRI-JEDDAH']);
    res = await t.api('GET', '/api/v1/units?region=oceania', { lang: 'en' });
    expect(res.body.items.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['KBRI-CANBERRA', 'KRI-VANIMO', 'KJRI-NOUMEA']));
    expect(res.body.items.every((u: { regionLabel: string }) => u.regionLabel === 'Missions in the Pacific')).toBe(true);
    res = await t.api('GET', '/api/v1/units?region=atlantis');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.region).toBeDefined();
    const form = await (await t.app.request('/ajukan')).text();
    expect(form).toContain('<optgroup label="Perwakilan di Timur Tengah">');
    expect(form).toMatch(/<optgroup label="Perwakilan di Timur Tengah">.*KBRI Riyadh/s);
    const calculator = await (await t.app.request('/tenggat')).text();
    expect(calculator).toContain('<optgroup label="Perwakilan di Eropa">');
  });
});
