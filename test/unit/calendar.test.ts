/**
 * WorkingCalendar on the real SKB lists (db/seed/holidays-id-2025-2027.json) and the seeded mission
 * calendars. Expected dates were counted by hand from the holiday table in spec §5.2.
 */
import { describe, expect, it } from 'vitest';
import { calendarsForUnits, missionCalendar, nationalCalendar } from '../../db/seed/calendars';
import { units, type UnitSeed } from '../../db/seed/units';
import { CalendarRangeError, InvalidCalendarError, InvalidDateError, WorkingCalendar, type CalendarData } from '../../src/calendar/index';

const unit = (code: string): UnitSeed => {
  const found = units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};

const national = new WorkingCalendar(nationalCalendar());
const nationalCbWorking = new WorkingCalendar(nationalCalendar(), { cutiBersamaIsNonWorking: false });
const riyadh = new WorkingCalendar(missionCalendar(unit('KBRI-RIYADH')));
const washington = new WorkingCalendar(missionCalendar(unit('KBRI-WASHINGTON')));
const denHaag = new WorkingCalendar(missionCalendar(unit('KBRI-DENHAAG')));

describe('non-working days and their reasons', () => {
  it('a libur nasional on a weekday', () => {
    expect(national.isWorkingDay('2026-08-17')).toBe(false);
    expect(national.nonWorkingReason('2026-08-17')).toEqual({
      date: '2026-08-17',
      reason: 'libur_nasional',
      nameId: 'Proklamasi Kemerdekaan',
      nameEn: 'Independence Day',
    });
  });

  it('prefers the holiday entry over the weekend', () => {
    // Waisak 2570 BE falls on Sunday 2026-05-31.
    expect(national.nonWorkingReason('2026-05-31')).toMatchObject({ reason: 'libur_nasional', nameId: 'Hari Raya Waisak 2570 BE' });
    expect(national.nonWorkingReason('2026-05-30')).toEqual({ date: '2026-05-30', reason: 'weekend' });
  });

  it('cuti bersama is non-working by default and working when the policy says so', () => {
    expect(national.isWorkingDay('2026-12-24')).toBe(false);
    expect(national.nonWorkingReason('2026-12-24')).toMatchObject({ reason: 'cuti_bersama', nameEn: 'Joint leave: Christmas' });
    expect(nationalCbWorking.isWorkingDay('2026-12-24')).toBe(true);
    expect(nationalCbWorking.nonWorkingReason('2026-12-24')).toBeNull();
    // The flag does not touch national holidays.
    expect(nationalCbWorking.isWorkingDay('2026-12-25')).toBe(false);
  });

  it('a working day has no reason', () => {
    expect(national.isWorkingDay('2026-11-27')).toBe(true);
    expect(national.nonWorkingReason('2026-11-27')).toBeNull();
  });

  it('an office closure entry closes the office, and a national holiday outranks it on the same date', () => {
    const data = nationalCalendar();
    const withClosure = new WorkingCalendar({
      ...data,
      version: 2,
      entries: [
        ...data.entries,
        { date: '2026-12-31', kind: 'office_closure', nameId: 'Penutupan kantor akhir tahun', nameEn: 'Year-end office closure' },
        { date: '2026-12-25', kind: 'office_closure', nameId: 'Penutupan kantor', nameEn: 'Office closure' },
      ],
    });
    expect(withClosure.nonWorkingReason('2026-12-31')).toEqual({
      date: '2026-12-31',
      reason: 'office_closure',
      nameId: 'Penutupan kantor akhir tahun',
      nameEn: 'Year-end office closure',
    });
    expect(withClosure.nonWorkingReason('2026-12-25')).toMatchObject({ reason: 'libur_nasional' });
    // 21, 22, 23, 28, 29, 30 Dec, then 4, 6, 7, 8 Jan (31 Dec closed, 1 Jan and 5 Jan holidays).
    expect(withClosure.addWorkingDays('2026-12-18', 10)).toBe('2027-01-08');
    expect(national.addWorkingDays('2026-12-18', 10)).toBe('2027-01-07');
  });
});

describe('counting', () => {
  it('nextWorkingDay is strictly after the date', () => {
    expect(national.nextWorkingDay('2026-11-27')).toBe('2026-11-30');
    expect(national.nextWorkingDay('2026-12-23')).toBe('2026-12-28');
    expect(national.nextWorkingDay('2026-12-31')).toBe('2027-01-04');
  });

  it('addWorkingDays with n = 0 returns the date unchanged, even a holiday', () => {
    expect(national.addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(() => national.addWorkingDays('2026-12-25', -1)).toThrow(RangeError);
    expect(() => national.addWorkingDays('2026-12-25', 1.5)).toThrow(RangeError);
  });

  it('10 working days from Friday 2026-11-27 is Friday 2026-12-11', () => {
    expect(national.addWorkingDays('2026-11-27', 10)).toBe('2026-12-11');
    expect(national.workingDaysBetween('2026-11-27', '2026-12-11')).toBe(10);
    expect(national.workingDaysBetween('2026-12-11', '2026-11-27')).toBe(0);
    expect(national.workingDaysBetween('2026-12-11', '2026-12-11')).toBe(0);
  });

  it('Idul Fitri 2025: cuti bersama 28 Mar – 7 Apr and Good Friday are skipped', () => {
    // 28 CB, 29 Nyepi, 30 Sun, 31–1 Idul Fitri, 2–4 CB, 5–6 weekend, 7 CB; 8 Apr is day 1.
    expect(national.nextWorkingDay('2025-03-27')).toBe('2025-04-08');
    expect(national.workingDaysBetween('2025-03-27', '2025-04-08')).toBe(1);
    // 8, 9, 10, 11, 14, 15, 16, 17, (18 Good Friday, 19–20 weekend/Easter), 21, 22.
    expect(national.addWorkingDays('2025-03-27', 10)).toBe('2025-04-22');
    expect(national.skippedBetween('2025-03-27', '2025-04-22').map((s) => s.date)).toEqual([
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-04-07',
      '2025-04-12',
      '2025-04-13',
      '2025-04-18',
      '2025-04-19',
      '2025-04-20',
    ]);
    // Counting cuti bersama as working: 28 Mar, 2, 3, 4, 7, 8, 9, 10, 11, 14 Apr.
    expect(nationalCbWorking.addWorkingDays('2025-03-27', 10)).toBe('2025-04-14');
  });

  it('Idul Fitri 2026: Nyepi, cuti bersama and Idul Fitri run 18–24 March', () => {
    expect(national.nextWorkingDay('2026-03-17')).toBe('2026-03-25');
    // 25, 26, 27, 30, 31 Mar, 1, 2 Apr, (3 Good Friday, 4–5 weekend), 6, 7, 8 Apr.
    expect(national.addWorkingDays('2026-03-17', 10)).toBe('2026-04-08');
    expect(nationalCbWorking.addWorkingDays('2026-03-17', 10)).toBe('2026-04-01');
    expect(national.skippedBetween('2026-03-17', '2026-03-24').map((s) => s.reason)).toEqual([
      'cuti_bersama',
      'libur_nasional',
      'cuti_bersama',
      'libur_nasional',
      'libur_nasional',
      'cuti_bersama',
      'cuti_bersama',
    ]);
  });

  it('Christmas to New Year 2026 → 2027 across the year boundary', () => {
    // 21, 22, 23, (24 CB, 25 Christmas), 28, 29, 30, 31, (1 Jan), 4, (5 Isra Mikraj), 6, 7.
    expect(national.addWorkingDays('2026-12-18', 10)).toBe('2027-01-07');
    expect(national.workingDaysBetween('2026-12-18', '2027-01-07')).toBe(10);
    expect(national.skippedBetween('2026-12-18', '2027-01-07')).toEqual([
      { date: '2026-12-19', reason: 'weekend' },
      { date: '2026-12-20', reason: 'weekend' },
      { date: '2026-12-24', reason: 'cuti_bersama', nameId: 'Cuti Bersama Kelahiran Yesus Kristus', nameEn: 'Joint leave: Christmas' },
      { date: '2026-12-25', reason: 'libur_nasional', nameId: 'Kelahiran Yesus Kristus', nameEn: 'Christmas Day' },
      { date: '2026-12-26', reason: 'weekend' },
      { date: '2026-12-27', reason: 'weekend' },
      { date: '2027-01-01', reason: 'libur_nasional', nameId: 'Tahun Baru 2027 Masehi', nameEn: "New Year's Day 2027" },
      { date: '2027-01-02', reason: 'weekend' },
      { date: '2027-01-03', reason: 'weekend' },
      {
        date: '2027-01-05',
        reason: 'libur_nasional',
        nameId: 'Isra Mikraj Nabi Muhammad S.A.W. (1448 Hijriah)',
        nameEn: "Isra Mi'raj 1448 AH",
      },
    ]);
    expect(nationalCbWorking.addWorkingDays('2026-12-18', 10)).toBe('2027-01-06');
  });

  it('counts the working days of each year (1 January is a holiday every year)', () => {
    expect(national.workingDaysBetween('2025-01-01', '2025-12-31')).toBe(237);
    expect(national.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(240);
    expect(national.workingDaysBetween('2027-01-01', '2027-12-31')).toBe(242);
    expect(national.workingDaysBetween('2025-01-01', '2027-12-31')).toBe(719);
    expect(nationalCbWorking.workingDaysBetween('2025-01-01', '2027-12-31')).toBe(746);
  });

  it('agrees with a naive day-by-day count over every day of 2025–2027', () => {
    for (const [data, policy] of [
      [nationalCalendar(), { cutiBersamaIsNonWorking: true }],
      [nationalCalendar(), { cutiBersamaIsNonWorking: false }],
      [missionCalendar(unit('KBRI-RIYADH')), { cutiBersamaIsNonWorking: true }],
    ] as const) {
      const cal = new WorkingCalendar(data, policy);
      const closed = new Set(data.entries.filter((e) => e.kind !== 'cuti_bersama' || policy.cutiBersamaIsNonWorking).map((e) => e.date));
      const days: string[] = [];
      for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
      const working = days.map((d) => !closed.has(d) && !data.weekendDays.includes(((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1));
      for (let i = 0; i < days.length; i++) {
        expect(cal.isWorkingDay(days[i]!)).toBe(working[i]);
        for (const n of [1, 10, 17, 30]) {
          let j = i;
          for (let c = 0; c < n && j < days.length; ) if (working[++j]) c++;
          if (j < days.length) expect(cal.addWorkingDays(days[i]!, n)).toBe(days[j]);
          else expect(() => cal.addWorkingDays(days[i]!, n)).toThrow(CalendarRangeError);
        }
        const k = Math.min(i + 45, days.length - 1);
        expect(cal.workingDaysBetween(days[i]!, days[k]!)).toBe(working.slice(i + 1, k + 1).filter(Boolean).length);
        expect(cal.skippedBetween(days[i]!, days[k]!).length).toBe(working.slice(i + 1, k + 1).filter((w) => !w).length);
      }
    }
  });
});

describe('a mission with a Friday–Saturday weekend (KBRI Riyadh)', () => {
  it('Sunday is a working day, Friday and Saturday are the weekend', () => {
    expect(riyadh.isWorkingDay('2026-11-29')).toBe(true);
    expect(national.isWorkingDay('2026-11-29')).toBe(false);
    expect(riyadh.nonWorkingReason('2026-11-27')).toEqual({ date: '2026-11-27', reason: 'weekend' });
    expect(riyadh.nonWorkingReason('2026-11-28')).toEqual({ date: '2026-11-28', reason: 'weekend' });
  });

  it('counts Sunday to Thursday: from Thursday 2026-11-26, 10 working days is Thursday 2026-12-10', () => {
    // 29, 30 Nov, 1, 2, 3, 6, 7, 8, 9, 10 Dec.
    expect(riyadh.addWorkingDays('2026-11-26', 10)).toBe('2026-12-10');
    expect(riyadh.skippedBetween('2026-11-26', '2026-12-10').map((s) => s.date)).toEqual(['2026-11-27', '2026-11-28', '2026-12-04', '2026-12-05']);
  });

  it('observes Indonesian holidays on its working Sundays', () => {
    expect(riyadh.nonWorkingReason('2026-05-31')).toMatchObject({ reason: 'libur_nasional', nameId: 'Hari Raya Waisak 2570 BE' });
  });

  it('observes host holidays, and keeps a cuti bersama that is also a host holiday closed when cuti bersama counts as working', () => {
    expect(riyadh.nonWorkingReason('2026-09-23')).toEqual({
      date: '2026-09-23',
      reason: 'host_holiday',
      nameId: 'Libur Arab Saudi: National Day',
      nameEn: 'Saudi Arabia holiday: National Day',
    });
    const riyadhCbWorking = new WorkingCalendar(missionCalendar(unit('KBRI-RIYADH')), { cutiBersamaIsNonWorking: false });
    // 2026-05-28: cuti bersama Idul Adha in Indonesia and Eid al-Adha in Saudi Arabia.
    expect(riyadh.nonWorkingReason('2026-05-28')).toMatchObject({ reason: 'cuti_bersama' });
    expect(riyadhCbWorking.nonWorkingReason('2026-05-28')).toMatchObject({ reason: 'host_holiday' });
    expect(nationalCbWorking.isWorkingDay('2026-05-28')).toBe(true);
  });
});

describe('time zones and DST', () => {
  it('converts instants to local dates and times', () => {
    expect(national.localDateOf(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28');
    expect(national.localTimeOf(new Date('2026-11-27T17:30:00Z'))).toBe('00:30');
    expect(riyadh.localTimeOf(new Date('2026-11-27T17:30:00Z'))).toBe('20:30');
    // Instants on DST days and outside the calendar's years convert too.
    expect(washington.localTimeOf(new Date('2026-03-08T06:59:00Z'))).toBe('01:59');
    expect(washington.localTimeOf(new Date('2026-03-08T07:00:00Z'))).toBe('03:00');
    expect(washington.localTimeOf(new Date('2026-11-01T05:30:00Z'))).toBe('01:30');
    expect(washington.localTimeOf(new Date('2026-11-01T06:30:00Z'))).toBe('01:30');
    expect(national.localDateOf(new Date('2028-06-30T20:00:00Z'))).toBe('2028-07-01');
    expect(national.localTimeOf(new Date('2024-12-31T16:59:00Z'))).toBe('23:59');
    expect(national.localDateOf(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(national.localDateOf(new Date('2027-12-31T16:59:59.999Z'))).toBe('2027-12-31');
    expect(() => national.dayZero(new Date('2028-01-03T02:00:00Z'))).toThrow(expect.objectContaining({ year: 2028 }));
  });

  it('endOfDay in Jakarta (no DST) is 16:59:59.999 UTC', () => {
    expect(national.endOfDay('2026-12-11').toISOString()).toBe('2026-12-11T16:59:59.999Z');
  });

  it('endOfDay in Washington around 2026-03-08 and 2026-11-01', () => {
    expect(washington.endOfDay('2026-03-07').toISOString()).toBe('2026-03-08T04:59:59.999Z');
    expect(washington.endOfDay('2026-03-08').toISOString()).toBe('2026-03-09T03:59:59.999Z');
    expect(washington.endOfDay('2026-10-31').toISOString()).toBe('2026-11-01T03:59:59.999Z');
    expect(washington.endOfDay('2026-11-01').toISOString()).toBe('2026-11-02T04:59:59.999Z');
  });

  it('endOfDay in The Hague around 2026-03-29 and 2026-10-25', () => {
    expect(denHaag.endOfDay('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.999Z');
    expect(denHaag.endOfDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(denHaag.endOfDay('2026-10-24').toISOString()).toBe('2026-10-24T21:59:59.999Z');
    expect(denHaag.endOfDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('dayZero at 15:59 and 16:00 local on and after the DST days in Washington', () => {
    // Sunday 2026-03-08, already EDT (UTC-4) in the afternoon: not a working day either way.
    expect(washington.localTimeOf(new Date('2026-03-08T19:59:00Z'))).toBe('15:59');
    expect(washington.dayZero(new Date('2026-03-08T19:59:00Z'))).toEqual({ day0: '2026-03-09', rolled: 'non_working_day' });
    expect(washington.dayZero(new Date('2026-03-08T20:00:00Z'))).toEqual({ day0: '2026-03-09', rolled: 'non_working_day' });
    // Monday 2026-03-09 (EDT).
    expect(washington.dayZero(new Date('2026-03-09T19:59:00Z'))).toEqual({ day0: '2026-03-09', rolled: null });
    expect(washington.dayZero(new Date('2026-03-09T20:00:00Z'))).toEqual({ day0: '2026-03-10', rolled: 'after_hours' });
    // Sunday 2026-11-01 back on EST (UTC-5), then Monday 2026-11-02.
    expect(washington.localTimeOf(new Date('2026-11-01T21:00:00Z'))).toBe('16:00');
    expect(washington.dayZero(new Date('2026-11-01T21:00:00Z'))).toEqual({ day0: '2026-11-02', rolled: 'non_working_day' });
    expect(washington.dayZero(new Date('2026-11-02T20:59:00Z'))).toEqual({ day0: '2026-11-02', rolled: null });
    expect(washington.dayZero(new Date('2026-11-02T21:00:00Z'))).toEqual({ day0: '2026-11-03', rolled: 'after_hours' });
  });

  it('dayZero on the DST day itself when that day is a working day', () => {
    // The same mission data with a Friday–Saturday weekend, so that the DST Sundays are working days.
    const sundayOpen = (code: string) => new WorkingCalendar({ ...missionCalendar(unit(code)), weekendDays: [5, 6] });
    const dc = sundayOpen('KBRI-WASHINGTON');
    expect(dc.dayZero(new Date('2026-03-08T19:59:00Z'))).toEqual({ day0: '2026-03-08', rolled: null });
    expect(dc.dayZero(new Date('2026-03-08T20:00:00Z'))).toEqual({ day0: '2026-03-09', rolled: 'after_hours' });
    expect(dc.dayZero(new Date('2026-11-01T20:59:00Z'))).toEqual({ day0: '2026-11-01', rolled: null });
    expect(dc.dayZero(new Date('2026-11-01T21:00:00Z'))).toEqual({ day0: '2026-11-02', rolled: 'after_hours' });
    const hague = sundayOpen('KBRI-DENHAAG');
    expect(hague.dayZero(new Date('2026-03-29T13:59:00Z'))).toEqual({ day0: '2026-03-29', rolled: null });
    expect(hague.dayZero(new Date('2026-03-29T14:00:00Z'))).toEqual({ day0: '2026-03-30', rolled: 'after_hours' });
    expect(hague.dayZero(new Date('2026-10-25T14:59:00Z'))).toEqual({ day0: '2026-10-25', rolled: null });
    expect(hague.dayZero(new Date('2026-10-25T15:00:00Z'))).toEqual({ day0: '2026-10-26', rolled: 'after_hours' });
  });

  it('dayZero at 15:59 and 16:00 local after the DST days in The Hague', () => {
    expect(denHaag.dayZero(new Date('2026-03-29T14:00:00Z'))).toEqual({ day0: '2026-03-30', rolled: 'non_working_day' });
    expect(denHaag.dayZero(new Date('2026-03-30T13:59:00Z'))).toEqual({ day0: '2026-03-30', rolled: null });
    expect(denHaag.dayZero(new Date('2026-03-30T14:00:00Z'))).toEqual({ day0: '2026-03-31', rolled: 'after_hours' });
    expect(denHaag.dayZero(new Date('2026-10-26T14:59:00Z'))).toEqual({ day0: '2026-10-26', rolled: null });
    expect(denHaag.dayZero(new Date('2026-10-26T15:00:00Z'))).toEqual({ day0: '2026-10-27', rolled: 'after_hours' });
  });

  it('dayZero in Jakarta: before, at and after 16:00, on a weekend and on a holiday', () => {
    expect(national.dayZero(new Date('2026-11-27T08:59:59Z'))).toEqual({ day0: '2026-11-27', rolled: null });
    expect(national.dayZero(new Date('2026-11-27T09:00:00Z'))).toEqual({ day0: '2026-11-30', rolled: 'after_hours' });
    expect(national.dayZero(new Date('2026-11-28T02:00:00Z'))).toEqual({ day0: '2026-11-30', rolled: 'non_working_day' });
    expect(national.dayZero(new Date('2026-12-24T02:00:00Z'))).toEqual({ day0: '2026-12-28', rolled: 'non_working_day' });
    expect(nationalCbWorking.dayZero(new Date('2026-12-24T02:00:00Z'))).toEqual({ day0: '2026-12-24', rolled: null });
  });
});

describe('refusals', () => {
  it('refuses dates outside the calendar years with CalendarRangeError', () => {
    const error = (() => {
      try {
        national.isWorkingDay('2028-01-03');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect(error).toMatchObject({ code: 'calendar_out_of_range', calendarCode: 'ID-NATIONAL', year: 2028 });
    expect((error as Error).message).toMatch(/administrator must load the 2028 holidays/);
    expect(() => national.isWorkingDay('2024-12-31')).toThrow(expect.objectContaining({ year: 2024 }));
    expect(() => national.endOfDay('2028-01-01')).toThrow(CalendarRangeError);
    expect(() => national.workingDaysBetween('2027-12-01', '2028-01-03')).toThrow(CalendarRangeError);
  });

  it('refuses a result that would land after the last year', () => {
    // 21, 22, 23, (24 CB, 25–26), 27, 28, 29, 30, 31 Dec 2027: the 8th working day is the last one known.
    expect(national.addWorkingDays('2027-12-20', 8)).toBe('2027-12-31');
    expect(() => national.addWorkingDays('2027-12-20', 9)).toThrow(expect.objectContaining({ code: 'calendar_out_of_range', year: 2028 }));
    expect(() => national.nextWorkingDay('2027-12-31')).toThrow(CalendarRangeError);
  });

  it.each(['2026-02-30', '2026-13-01', 'abc', '2025-02-29', '2026-2-3', '2026-00-10', '2026-01-32', ''])(
    'refuses the malformed date %j with InvalidDateError',
    (bad) => {
      expect(() => national.isWorkingDay(bad)).toThrow(InvalidDateError);
      expect(() => national.addWorkingDays(bad, 1)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    },
  );

  it('refuses an invalid Date instant', () => {
    expect(() => national.dayZero(new Date('not a date'))).toThrow(InvalidDateError);
    expect(() => national.localDateOf(new Date(Number.NaN))).toThrow(InvalidDateError);
  });

  it('refuses unusable calendar data', () => {
    const data: CalendarData = nationalCalendar();
    expect(() => new WorkingCalendar({ ...data, weekendDays: [0, 6] })).toThrow(InvalidCalendarError);
    expect(() => new WorkingCalendar({ ...data, serviceEnd: '24:00' })).toThrow(InvalidCalendarError);
    expect(() => new WorkingCalendar({ ...data, timeZone: 'Mars/Olympus_Mons' })).toThrow(InvalidCalendarError);
    expect(() => new WorkingCalendar({ ...data, firstYear: 2027, lastYear: 2025 })).toThrow(InvalidCalendarError);
    expect(() => new WorkingCalendar({ ...data, firstYear: 2026 })).toThrow(/entry 2025-01-01 is outside 2026–2027/);
    expect(() => new WorkingCalendar({ ...data, entries: [{ date: '2026-02-30', kind: 'office_closure', nameId: 'x', nameEn: 'x' }] })).toThrow(
      InvalidDateError,
    );
  });
});

describe('every seeded calendar', () => {
  it.each(calendarsForUnits(units).map((c) => [c.code, c] as const))('%s builds and knows 2025–2027', (_code, data) => {
    const cal = new WorkingCalendar(data);
    expect(cal.code).toBe(data.code);
    expect(cal.timeZone).toBe(data.timeZone);
    expect(cal.version).toBe(1);
    // Every calendar skips Indonesian Independence Day (Monday 17 August 2026).
    expect(cal.isWorkingDay('2026-08-17')).toBe(false);
    expect(cal.workingDaysBetween('2025-01-01', '2027-12-31')).toBeGreaterThan(650);
    expect(cal.workingDaysBetween('2025-01-01', '2027-12-31')).toBeLessThan(760);
  });
});
