/**
 * The seeded calendars: the national SKB lists and the mission calendars built from them and from
 * date-holidays. The host-holiday dates asserted here were checked by hand against each country's
 * rule (King's Day 27 April unless a Sunday; the last Monday of August in England; Canberra Day the
 * second Monday of March; Jeûne genevois the Thursday after the first Sunday of September).
 */
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_CALENDAR_CODE,
  calendarCodeForUnit,
  calendarsForUnits,
  computeHostHolidays,
  hostHolidayEntries,
  missionCalendar,
  nationalCalendar,
} from '../../db/seed/calendars';
import { isMission, units, type UnitSeed } from '../../db/seed/units';
import { WorkingCalendar, type CalendarData, type HolidayKind } from '../../src/calendar/index';

const unit = (code: string): UnitSeed => {
  const found = units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};

const kindsOn = (data: CalendarData, date: string) => data.entries.filter((e) => e.date === date).map((e) => e.kind);
const hostOn = (data: CalendarData, date: string) => data.entries.find((e) => e.date === date && e.kind === 'host_holiday');

describe('nationalCalendar', () => {
  const data = nationalCalendar();

  it('is ID-NATIONAL on Jakarta time with a Saturday–Sunday weekend, 2025–2027, version 1', () => {
    expect({ ...data, entries: undefined }).toEqual({
      code: 'ID-NATIONAL',
      timeZone: 'Asia/Jakarta',
      weekendDays: [6, 7],
      serviceEnd: '16:00',
      version: 1,
      firstYear: 2025,
      lastYear: 2027,
      entries: undefined,
    });
  });

  it('holds every SKB entry: 17 + 11 (2025), 17 + 8 (2026), 18 + 8 (2027)', () => {
    const count = (year: string, kind: HolidayKind) => data.entries.filter((e) => e.date.startsWith(year) && e.kind === kind).length;
    expect(data.entries).toHaveLength(79);
    expect([count('2025', 'libur_nasional'), count('2025', 'cuti_bersama')]).toEqual([17, 11]);
    expect([count('2026', 'libur_nasional'), count('2026', 'cuti_bersama')]).toEqual([17, 8]);
    expect([count('2027', 'libur_nasional'), count('2027', 'cuti_bersama')]).toEqual([18, 8]);
  });

  it('records the SKB of each year as the source', () => {
    expect(data.entries.find((e) => e.date === '2025-08-18')).toEqual({
      date: '2025-08-18',
      kind: 'cuti_bersama',
      nameId: 'Cuti Bersama Proklamasi Kemerdekaan',
      nameEn: 'Joint leave: Independence Day (80th anniversary; added by amendment of 7 Aug 2025)',
      source: 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024 jo. No. 933/2025, 1/2025, 3/2025',
    });
    expect(data.entries.find((e) => e.date === '2026-03-21')?.source).toBe('SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025');
    expect(data.entries.find((e) => e.date === '2027-12-26')).toMatchObject({
      kind: 'libur_nasional',
      nameId: 'Isra Mikraj Nabi Muhammad S.A.W. (1449 Hijriah)',
      source: 'SKB 3 Menteri No. 1205/2026, 3/2026, 2/2026',
    });
  });
});

describe('missionCalendar', () => {
  it('takes the mission code, time zone and host weekend', () => {
    const riyadh = missionCalendar(unit('KBRI-RIYADH'));
    expect([riyadh.code, riyadh.timeZone, riyadh.weekendDays, riyadh.serviceEnd, riyadh.firstYear, riyadh.lastYear]).toEqual([
      'KBRI-RIYADH',
      'Asia/Riyadh',
      [5, 6],
      '16:00',
      2025,
      2027,
    ]);
  });

  it('keeps every Indonesian libur nasional and cuti bersama', () => {
    const national = nationalCalendar().entries;
    for (const code of ['KBRI-TOKYO', 'KBRI-LONDON', 'PTRI-JENEWA']) {
      const own = missionCalendar(unit(code)).entries.filter((e) => e.kind === 'libur_nasional' || e.kind === 'cuti_bersama');
      expect(own).toEqual(national);
    }
  });

  it('adds host public holidays with English names and the host country in both names', () => {
    expect(hostOn(missionCalendar(unit('KBRI-DENHAAG')), '2026-04-27')).toEqual({
      date: '2026-04-27',
      kind: 'host_holiday',
      nameId: "Libur Belanda: King's Day",
      nameEn: "Netherlands holiday: King's Day",
      source: 'date-holidays NL',
    });
    expect(hostOn(missionCalendar(unit('KBRI-WASHINGTON')), '2026-07-03')?.nameEn).toBe('United States holiday: Independence Day (substitute day)');
    expect(hostOn(missionCalendar(unit('KBRI-TOKYO')), '2026-09-22')?.nameEn).toBe("Japan holiday: Citizens' Holiday");
  });

  it('leaves out host holidays that are not public (bank holidays, observances, school holidays)', () => {
    // Japan's 2 January is a bank holiday; Dutch Liberation Day 2026 (5 May) is only a school holiday.
    expect(hostOn(missionCalendar(unit('KBRI-TOKYO')), '2026-01-02')).toBeUndefined();
    expect(hostOn(missionCalendar(unit('KBRI-DENHAAG')), '2026-05-05')).toBeUndefined();
    expect(hostOn(missionCalendar(unit('KBRI-WASHINGTON')), '2026-11-27')).toBeUndefined();
  });

  it("uses the city's subdivision: England, the ACT and the canton of Geneva", () => {
    expect(hostOn(missionCalendar(unit('KBRI-LONDON')), '2026-08-31')).toMatchObject({
      nameEn: 'United Kingdom holiday: Summer bank holiday',
      source: 'date-holidays GB-ENG',
    });
    expect(hostOn(missionCalendar(unit('KBRI-CANBERRA')), '2026-03-09')).toMatchObject({
      nameEn: 'Australia holiday: Canberra Day',
      source: 'date-holidays AU-ACT',
    });
    const geneva = missionCalendar(unit('PTRI-JENEWA'));
    expect(hostOn(geneva, '2026-09-10')?.nameEn).toBe('Switzerland holiday: Jeûne Genevois');
    expect(hostOn(geneva, '2026-12-31')?.nameEn).toBe('Switzerland holiday: Restoration of the Republic');
    expect(hostOn(geneva, '2025-12-26')).toBeUndefined();
  });

  it('closes the civil days of an Islamic holiday that starts at the previous sunset, not the eve', () => {
    const riyadh = missionCalendar(unit('KBRI-RIYADH'));
    // Eid al-Adha 1447 in date-holidays: from sunset 25 May 2026 for four days (9–12 Dhu al-Hijjah).
    expect(hostOn(riyadh, '2026-05-25')).toBeUndefined();
    expect(['2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29'].map((d) => hostOn(riyadh, d)?.nameEn)).toEqual(
      Array(4).fill('Saudi Arabia holiday: Feast of the Sacrifice (Eid al-Adha)'),
    );
    expect(hostOn(riyadh, '2026-05-30')).toBeUndefined();
    const cal = new WorkingCalendar(riyadh);
    expect(cal.isWorkingDay('2026-05-25')).toBe(true);
    expect(cal.isWorkingDay('2026-05-26')).toBe(false);
  });

  it('does not close for a half-day holiday of one group (China, Youth Day from 12:00)', () => {
    // The proposal: Youth Day (4 May, from 12:00, for young people only) closes nothing.
    const proposal = hostHolidayEntries(unit('KBRI-BEIJING'));
    expect(proposal.find((e) => e.date === '2026-05-04')).toBeUndefined();
    expect(['2026-10-01', '2026-10-02', '2026-10-03'].every((d) => proposal.find((e) => e.date === d)?.nameEn === 'China holiday: National Day')).toBe(true);
    // The corrected calendar closes 4 May 2026 all the same: the State Council's Labour Day holiday runs 1–5 May.
    expect(hostOn(missionCalendar(unit('KBRI-BEIJING')), '2026-05-04')?.source).toMatch(/State Council/);
  });

  it("applies the corrections with their sources (issue 13 item 7): UAE Arafat Day in, Isra Mi'raj out; China's make-up working days; Japan's year-end closure; 5 May 2025 in the Netherlands", () => {
    const abuDhabi = missionCalendar(unit('KBRI-ABUDHABI'));
    expect(hostOn(abuDhabi, '2026-05-26')).toMatchObject({ nameEn: 'United Arab Emirates holiday: Arafat Day', source: expect.stringMatching(/UAE Cabinet/) });
    expect(hostOn(abuDhabi, '2026-01-16')).toBeUndefined(); // Isra Mi'raj: not a UAE public holiday (the Indonesian entry stays)
    expect(kindsOn(abuDhabi, '2026-01-16')).toEqual(['libur_nasional']);
    const beijing = new WorkingCalendar(missionCalendar(unit('KBRI-BEIJING')));
    expect(beijing.isWorkingDay('2026-02-14')).toBe(true); // a Saturday worked to make up for the Spring Festival
    expect(beijing.isWorkingDay('2026-02-23')).toBe(false);
    expect(hostOn(missionCalendar(unit('KBRI-BEIJING')), '2026-06-01')).toBeUndefined(); // Children's Day: offices open (1 June closes for Pancasila Day only)
    const tokyo = new WorkingCalendar(missionCalendar(unit('KBRI-TOKYO')));
    expect(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-04'].map((d) => tokyo.isWorkingDay(d))).toEqual([false, false, false, true]);
    expect(new WorkingCalendar(missionCalendar(unit('KBRI-DENHAAG'))).isWorkingDay('2025-05-05')).toBe(false);
  });

  it('keeps both entries when a host holiday falls on an Indonesian holiday', () => {
    const denHaag = missionCalendar(unit('KBRI-DENHAAG'));
    expect(kindsOn(denHaag, '2026-12-25')).toEqual(['libur_nasional', 'host_holiday']);
    expect(kindsOn(missionCalendar(unit('KBRI-RIYADH')), '2026-05-28')).toEqual(['cuti_bersama', 'host_holiday']);
  });

  it('joins two host holidays on one date into one entry (South Korea, 5 May 2025)', () => {
    const seoul: UnitSeed = {
      code: 'KBRI-SEOUL',
      kind: 'embassy',
      nameId: 'KBRI Seoul',
      nameEn: 'Embassy of Indonesia in Seoul',
      country: 'KR',
      city: 'Seoul',
      timeZone: 'Asia/Seoul',
      weekendDays: [6, 7],
    };
    const onDate = missionCalendar(seoul).entries.filter((e) => e.date === '2025-05-05');
    expect(onDate).toEqual([
      {
        date: '2025-05-05',
        kind: 'host_holiday',
        nameId: "Libur Korea Selatan: Children's Day / Buddha's Birthday",
        nameEn: "South Korea holiday: Children's Day / Buddha's Birthday",
        source: 'date-holidays KR',
      },
    ]);
  });

  it('refuses a unit that is not a mission', () => {
    expect(() => missionCalendar(unit('SETJEN'))).toThrow(/not a mission/);
  });
});

describe('calendarsForUnits', () => {
  const calendars = calendarsForUnits(units);

  it('is the national calendar plus one per mission: every mission of missions.json, the demo codes among them', () => {
    const missions = units.filter((u) => isMission(u.kind));
    expect(missions.length).toBeGreaterThanOrEqual(125);
    expect(calendars.map((c) => c.code)).toEqual(['ID-NATIONAL', ...missions.map((m) => m.code)]);
    expect(calendars.map((c) => c.code)).toEqual(
      expect.arrayContaining([
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
      ]),
    );
  });

  it('reads the stored date-holidays proposal, the same as computing it now', () => {
    for (const code of ['KBRI-LONDON', 'KBRI-CANBERRA', 'PTRI-JENEWA', 'KJRI-JEDDAH', 'KBRI-SEOUL']) {
      expect(hostHolidayEntries(unit(code)), code).toEqual(computeHostHolidays(unit(code)));
    }
  });

  it('home units count on ID-NATIONAL, missions on their own calendar', () => {
    expect(units.filter((u) => !isMission(u.kind)).map(calendarCodeForUnit)).toEqual(Array(11).fill(NATIONAL_CALENDAR_CODE));
    expect(calendarCodeForUnit(unit('KJRI-JEDDAH'))).toBe('KJRI-JEDDAH');
  });

  it.each(calendars.map((c) => [c.code, c] as const))('%s: entries sorted, within 2025–2027, unique per (date, kind)', (_code, c) => {
    const keys = c.entries.map((e) => `${e.date}/${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(c.entries.map((e) => e.date)).toEqual(c.entries.map((e) => e.date).sort());
    expect(c.entries.every((e) => e.date >= '2025-01-01' && e.date <= '2027-12-31')).toBe(true);
  });
});
