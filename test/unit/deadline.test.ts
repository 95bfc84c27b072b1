/**
 * Deadlines that explain themselves, on the real SKB lists. Expected dates were counted by hand
 * from the holiday table in spec §5.2.
 */
import { describe, expect, it } from 'vitest';
import { missionCalendar, nationalCalendar } from '../../db/seed/calendars';
import { units, type UnitSeed } from '../../db/seed/units';
import {
  CalendarMismatchError,
  CalendarRangeError,
  InvalidDateError,
  WorkingCalendar,
  describeDeadline,
  explainDeadline,
  extendDeadline,
  formatDate,
  type Pause,
} from '../../src/calendar/index';

const unit = (code: string): UnitSeed => {
  const found = units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
};

const national = new WorkingCalendar(nationalCalendar());
const nationalCbWorking = new WorkingCalendar(nationalCalendar(), { cutiBersamaIsNonWorking: false });

/** Jakarta is UTC+7 all year. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

const notice = (cal: WorkingCalendar, receivedAt: Date, pauses?: Pause[]) =>
  explainDeadline(cal, { period: 'notice', startInstant: receivedAt, workingDays: 10, ...(pauses ? { pauses } : {}) });

describe('explainDeadline', () => {
  it('received Friday 2026-11-27 10:00 WIB: day 0 that Friday, due Friday 2026-12-11', () => {
    expect(notice(national, wib('2026-11-27T10:00'))).toEqual({
      period: 'notice',
      workingDays: 10,
      startInstant: '2026-11-27T03:00:00.000Z',
      receivedLocal: '2026-11-27 10:00',
      day0: '2026-11-27',
      day0Rolled: null,
      due: '2026-12-11',
      dueAt: '2026-12-11T16:59:59.999Z',
      calendar: { code: 'ID-NATIONAL', version: 1, timeZone: 'Asia/Jakarta' },
      skipped: [
        { date: '2026-11-28', reason: 'weekend' },
        { date: '2026-11-29', reason: 'weekend' },
        { date: '2026-12-05', reason: 'weekend' },
        { date: '2026-12-06', reason: 'weekend' },
      ],
      pauses: [],
    });
  });

  it('received after 16:00, on a weekend or on a holiday: day 0 rolls to the next working day', () => {
    const late = notice(national, wib('2026-11-27T17:05'));
    expect([late.day0, late.day0Rolled, late.due]).toEqual(['2026-11-30', 'after_hours', '2026-12-14']);
    expect(notice(national, wib('2026-11-27T16:00')).day0Rolled).toBe('after_hours');
    expect(notice(national, wib('2026-11-27T15:59')).day0Rolled).toBeNull();

    const saturday = notice(national, wib('2026-11-28T09:00'));
    expect([saturday.day0, saturday.day0Rolled, saturday.due]).toEqual(['2026-11-30', 'non_working_day', '2026-12-14']);

    // Christmas Day: day 0 is Monday 28 Dec; 29, 30, 31, (1 Jan), 4, (5 Jan), 6, 7, 8, 11, 12, 13 Jan.
    const christmas = notice(national, wib('2026-12-25T10:00'));
    expect([christmas.day0, christmas.day0Rolled, christmas.due]).toEqual(['2026-12-28', 'non_working_day', '2027-01-13']);
  });

  it('received 2026-12-18: counts across cuti bersama 24 Dec, Christmas, 1 Jan and 5 Jan 2027', () => {
    const e = notice(national, wib('2026-12-18T10:00'));
    expect(e.due).toBe('2027-01-07');
    expect(e.dueAt).toBe('2027-01-07T16:59:59.999Z');
    expect(e.skipped.map((s) => s.date)).toEqual([
      '2026-12-19',
      '2026-12-20',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-05',
    ]);
    // With cuti bersama counted as working days the conservative date is one day earlier.
    expect(notice(nationalCbWorking, wib('2026-12-18T10:00')).due).toBe('2027-01-06');
  });

  it('a mission deadline across the end of DST ends at local midnight EST (KBRI Washington)', () => {
    const washington = new WorkingCalendar(missionCalendar(unit('KBRI-WASHINGTON')));
    // Friday 2026-10-23 10:00 EDT; 26–30 Oct, 2–6 Nov.
    const e = notice(washington, new Date('2026-10-23T14:00:00Z'));
    expect(e.receivedLocal).toBe('2026-10-23 10:00');
    expect(e.due).toBe('2026-11-06');
    expect(e.dueAt).toBe('2026-11-07T04:59:59.999Z');
  });

  it('refuses a deadline that lands in 2028', () => {
    expect(() => notice(national, wib('2027-12-20T10:00'))).toThrow(CalendarRangeError);
    expect(() => notice(national, wib('2027-12-20T10:00'))).toThrow(expect.objectContaining({ year: 2028, calendarCode: 'ID-NATIONAL' }));
  });

  it('refuses a negative or fractional length', () => {
    expect(() => explainDeadline(national, { period: 'notice', startInstant: wib('2026-11-27T10:00'), workingDays: -1 })).toThrow(RangeError);
    expect(() => explainDeadline(national, { period: 'notice', startInstant: wib('2026-11-27T10:00'), workingDays: 2.5 })).toThrow(RangeError);
  });
});

describe('clarification policy', () => {
  const receivedAt = wib('2026-11-27T10:00');

  it('running: the clock runs through the clarification wait (no pauses passed)', () => {
    const running = notice(national, receivedAt);
    expect(running.due).toBe('2026-12-11');
    expect(running.pauses).toEqual([]);
  });

  it('paused: a wait of 3 working days moves the due date by exactly 3 working days', () => {
    const running = notice(national, receivedAt);
    const paused = notice(national, receivedAt, [{ from: '2026-12-01', to: '2026-12-03' }]);
    expect(paused.pauses).toEqual([{ from: '2026-12-01', to: '2026-12-03', workingDaysAdded: 3 }]);
    expect(paused.due).toBe('2026-12-16');
    expect(national.workingDaysBetween(running.due, paused.due)).toBe(3);
    expect(paused.skipped.map((s) => s.date)).toEqual(['2026-11-28', '2026-11-29', '2026-12-05', '2026-12-06', '2026-12-12', '2026-12-13']);
  });

  it('paused: only the working days of a wait count (Friday to Tuesday across a weekend = 3)', () => {
    const paused = notice(national, receivedAt, [{ from: '2026-12-04', to: '2026-12-08' }]);
    expect(paused.pauses[0]?.workingDaysAdded).toBe(3);
    expect(paused.due).toBe('2026-12-16');
  });

  it('paused: only the part of a wait after day 0 counts, and a wait after the due date adds nothing', () => {
    // 26–30 Nov: only Monday 30 Nov is a working day after day 0 (27 Nov).
    const straddling = notice(national, receivedAt, [{ from: '2026-11-26', to: '2026-11-30' }]);
    expect(straddling.pauses[0]?.workingDaysAdded).toBe(1);
    expect(straddling.due).toBe('2026-12-14');

    const tooLate = notice(national, receivedAt, [{ from: '2026-12-14', to: '2026-12-15' }]);
    expect(tooLate.pauses[0]?.workingDaysAdded).toBe(0);
    expect(tooLate.due).toBe('2026-12-11');
  });

  it('paused: two waits are applied in date order', () => {
    const twice = notice(national, receivedAt, [
      { from: '2026-12-14', to: '2026-12-14' },
      { from: '2026-12-01', to: '2026-12-03' },
    ]);
    // The first wait moves the due date to 16 Dec, so the wait on 14 Dec now falls inside the clock.
    expect(twice.pauses).toEqual([
      { from: '2026-12-01', to: '2026-12-03', workingDaysAdded: 3 },
      { from: '2026-12-14', to: '2026-12-14', workingDaysAdded: 1 },
    ]);
    expect(twice.due).toBe('2026-12-17');
  });

  it('refuses overlapping, backwards or malformed waits', () => {
    expect(() =>
      notice(national, receivedAt, [
        { from: '2026-12-01', to: '2026-12-03' },
        { from: '2026-12-03', to: '2026-12-04' },
      ]),
    ).toThrow(/overlap/);
    expect(() => notice(national, receivedAt, [{ from: '2026-12-03', to: '2026-12-01' }])).toThrow(RangeError);
    expect(() => notice(national, receivedAt, [{ from: '2026-12-32', to: '2026-12-01' }])).toThrow(InvalidDateError);
  });
});

describe('extendDeadline', () => {
  const base = notice(national, wib('2026-11-27T10:00'));

  it('extends by 7 working days from the due date, with the reason', () => {
    const extended = extendDeadline(national, base, { workingDays: 7, reason: 'Informasi berada di tiga unit kerja' });
    // 14, 15, 16, 17, 18, 21, 22 Dec.
    expect(extended).toMatchObject({
      period: 'notice_extended',
      workingDays: 10,
      day0: '2026-11-27',
      due: '2026-12-22',
      dueAt: '2026-12-22T16:59:59.999Z',
      extension: { workingDays: 7, reason: 'Informasi berada di tiga unit kerja', from: '2026-12-11' },
    });
    expect(extended.skipped.map((s) => s.date)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-12-05',
      '2026-12-06',
      '2026-12-12',
      '2026-12-13',
      '2026-12-19',
      '2026-12-20',
    ]);
    expect(base.due).toBe('2026-12-11');
    expect(base.extension).toBeUndefined();
  });

  it('extends across Christmas: 2026-12-18 + 10 + 7 working days', () => {
    const extended = extendDeadline(national, notice(national, wib('2026-12-18T10:00')), { workingDays: 7, reason: 'Perlu uji konsekuensi' });
    // From 7 Jan 2027: 8, 11, 12, 13, 14, 15, 18 Jan.
    expect(extended.due).toBe('2027-01-18');
  });

  it('refuses a second extension, an empty reason and another calendar', () => {
    const extended = extendDeadline(national, base, { workingDays: 7, reason: 'Alasan tertulis' });
    expect(() => extendDeadline(national, extended, { workingDays: 7, reason: 'Lagi' })).toThrow(/already been extended/);
    expect(() => extendDeadline(national, base, { workingDays: 7, reason: '  ' })).toThrow(/written reasons/);
    const riyadh = new WorkingCalendar(missionCalendar(unit('KBRI-RIYADH')));
    expect(() => extendDeadline(riyadh, base, { workingDays: 7, reason: 'Alasan' })).toThrow(CalendarMismatchError);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-11-27', 'id', '27 November 2026'],
    ['2027-01-01', 'id', '1 Januari 2027'],
    ['2026-08-17', 'id', '17 Agustus 2026'],
    ['2025-05-01', 'id', '1 Mei 2025'],
    ['2026-11-27', 'en', '27 November 2026'],
    ['2027-01-01', 'en', '1 January 2027'],
    ['2026-08-17', 'en', '17 August 2026'],
  ] as const)('%s in %s is %s', (d, lang, words) => {
    expect(formatDate(d, lang)).toBe(words);
  });

  it('refuses a malformed date', () => {
    expect(() => formatDate('2026-02-30', 'id')).toThrow(InvalidDateError);
  });
});

describe('describeDeadline', () => {
  it('explains an after-hours receipt in Indonesian', () => {
    expect(describeDeadline(notice(national, wib('2026-11-27T17:05')), 'id')).toBe(
      'Diterima 27 November 2026 pukul 17.05 WIB (setelah jam layanan), sehingga hari ke-0 adalah Senin, 30 November 2026. ' +
        'Batas waktu adalah hari kerja ke-10 setelahnya: Senin, 14 Desember 2026. ' +
        'Tidak dihitung: 5–6 Desember 2026 (akhir pekan), 12–13 Desember 2026 (akhir pekan). ' +
        'Kalender: ID-NATIONAL versi 1.',
    );
  });

  it('explains an after-hours receipt in English', () => {
    expect(describeDeadline(notice(national, wib('2026-11-27T17:05')), 'en')).toBe(
      'Received 27 November 2026 at 17:05 WIB (after service hours), so day 0 is Monday, 30 November 2026. ' +
        'The deadline is the 10th working day after it: Monday, 14 December 2026. ' +
        'Not counted: 5–6 December 2026 (weekend), 12–13 December 2026 (weekend). ' +
        'Calendar: ID-NATIONAL version 1.',
    );
  });

  it('names the holidays, the pause and the extension in both languages', () => {
    const paused = notice(national, wib('2026-12-18T10:00'), [{ from: '2026-12-21', to: '2026-12-23' }]);
    const e = extendDeadline(national, paused, { workingDays: 7, reason: 'Informasi berada di tiga unit kerja.' });
    // 7 Jan + 3 (8, 11, 12 Jan) = 12 Jan; + 7 (13, 14, 15, 18, 19, 20, 21 Jan) = 21 Jan.
    expect(e.due).toBe('2027-01-21');

    const id = describeDeadline(e, 'id');
    expect(id).toContain('sehingga hari ke-0 adalah Jumat, 18 Desember 2026.');
    expect(id).toContain(
      'Batas waktu adalah hari kerja ke-20 setelahnya (10 hari kerja, ditambah 3 hari kerja selama menunggu klarifikasi pada ' +
        '21–23 Desember 2026, ditambah perpanjangan 7 hari kerja dari 12 Januari 2027): Kamis, 21 Januari 2027.',
    );
    expect(id).toContain('Alasan perpanjangan: Informasi berada di tiga unit kerja. Tidak dihitung:');
    expect(id).toContain(
      '24 Desember 2026 (Cuti Bersama Kelahiran Yesus Kristus), 25 Desember 2026 (Kelahiran Yesus Kristus), ' +
        '26–27 Desember 2026 (akhir pekan), 1 Januari 2027 (Tahun Baru 2027 Masehi)',
    );

    const en = describeDeadline(e, 'en');
    expect(en).toContain('Received 18 December 2026 at 10:00 WIB, so day 0 is Friday, 18 December 2026.');
    expect(en).toContain(
      'The deadline is the 20th working day after it (10 working days, plus 3 working days for the clarification wait of ' +
        '21–23 December 2026, plus an extension of 7 working days from 12 January 2027): Thursday, 21 January 2027.',
    );
    expect(en).toContain('24 December 2026 (Joint leave: Christmas), 25 December 2026 (Christmas Day)');
    expect(en).toContain('Calendar: ID-NATIONAL version 1.');
  });

  it('gives a mission its zone and UTC offset', () => {
    const denHaag = new WorkingCalendar(missionCalendar(unit('KBRI-DENHAAG')));
    // Friday 2026-12-18 16:30 CET: after hours, day 0 Monday 21 Dec.
    const e = notice(denHaag, new Date('2026-12-18T15:30:00Z'));
    expect(e.due).toBe('2027-01-08');
    const id = describeDeadline(e, 'id');
    expect(id).toContain('Diterima 18 Desember 2026 pukul 16.30 waktu Europe/Amsterdam (UTC+01:00; setelah jam layanan)');
    expect(id).toContain('26 Desember 2026 (Libur Belanda: Boxing Day)');
    expect(id).toContain('Kalender: KBRI-DENHAAG versi 1.');
    expect(describeDeadline(e, 'en')).toContain('at 16:30 Europe/Amsterdam time (UTC+01:00; after service hours)');
  });

  it('writes a weekend across two months as one range', () => {
    const e = notice(national, wib('2026-10-23T10:00'));
    expect(describeDeadline(e, 'id')).toContain('Tidak dihitung: 24–25 Oktober 2026 (akhir pekan), 31 Oktober – 1 November 2026 (akhir pekan).');
    expect(describeDeadline(e, 'en')).toContain('Not counted: 24–25 October 2026 (weekend), 31 October – 1 November 2026 (weekend).');
  });

  it('says when nothing was skipped', () => {
    // Monday 2026-11-30 + 4 working days = Friday 4 Dec.
    const e = explainDeadline(national, { period: 'unit_target', startInstant: wib('2026-11-30T09:00'), workingDays: 4 });
    expect(e.due).toBe('2026-12-04');
    expect(describeDeadline(e, 'id')).toContain(
      'Batas waktu adalah hari kerja ke-4 setelahnya: Jumat, 4 Desember 2026. Tidak ada akhir pekan atau hari libur yang dilewati.',
    );
    expect(describeDeadline(e, 'en')).toContain('The deadline is the 4th working day after it: Friday, 4 December 2026. No weekend or holiday was skipped.');
  });
});
