/**
 * Counting a stored deadline again (after a holiday change), clarification waits as pauses, the
 * public calculator's input rules and words. Expected dates counted by hand from spec §5.2.
 */
import { describe, expect, it } from 'vitest';
import { missionCalendar, nationalCalendar } from '../../db/seed/calendars';
import { units, type UnitSeed } from '../../db/seed/units';
import { localInstant, receivedInstantSchema } from '../../src/calendar/calculator';
import {
  CalendarMismatchError,
  WorkingCalendar,
  addPause,
  clarificationPause,
  describeDeadline,
  explainDeadline,
  extendDeadline,
  kindLabel,
  pauseNoticeDeadlines,
  reexplainDeadline,
  type CalendarData,
} from '../../src/calendar/index';

const unit = (code: string): UnitSeed => units.find((u) => u.code === code)!;
const nationalData = nationalCalendar();
const national = new WorkingCalendar(nationalData);
const wib = (local: string) => new Date(`${local}:00+07:00`);
const notice = (cal: WorkingCalendar, receivedAt: Date) => explainDeadline(cal, { period: 'notice', startInstant: receivedAt, workingDays: 10 });

/** The national calendar as an administrator left it: one more entry, the version bumped. */
const withEntry = (data: CalendarData, entry: CalendarData['entries'][number]) =>
  new WorkingCalendar({ ...data, version: data.version + 1, entries: [...data.entries, entry] });

describe('reexplainDeadline: the same deadline on a newer calendar version', () => {
  const added = withEntry(nationalData, { date: '2026-12-02', kind: 'cuti_bersama', nameId: 'Cuti bersama tambahan', nameEn: 'Additional joint leave' });

  it('moves the due date past a holiday added inside the count, and names it', () => {
    const stored = notice(national, wib('2026-11-27T10:00'));
    expect(stored.due).toBe('2026-12-11');
    const again = reexplainDeadline(added, stored);
    expect(again).toMatchObject({ period: 'notice', due: '2026-12-14', day0: '2026-11-27', calendar: { code: 'ID-NATIONAL', version: 2 } });
    expect(again.skipped).toContainEqual({ date: '2026-12-02', reason: 'cuti_bersama', nameId: 'Cuti bersama tambahan', nameEn: 'Additional joint leave' });
    // Unchanged when the new holiday falls outside the count.
    expect(reexplainDeadline(added, notice(national, wib('2026-12-03T10:00'))).due).toBe(notice(national, wib('2026-12-03T10:00')).due);
  });

  it('rolls day 0 when the holiday lands on the day of receipt', () => {
    const again = reexplainDeadline(added, notice(national, wib('2026-12-02T09:00')));
    expect([again.day0, again.day0Rolled]).toEqual(['2026-12-03', 'non_working_day']);
  });

  it('keeps the pauses and re-applies the extension with its reasons', () => {
    const base = explainDeadline(national, {
      period: 'notice',
      startInstant: wib('2026-11-27T10:00'),
      workingDays: 10,
      pauses: [{ from: '2026-12-01', to: '2026-12-03' }],
    });
    const extended = extendDeadline(national, base, { workingDays: 7, reason: 'Perlu uji konsekuensi.' });
    // 16 December + 7: 17, 18, 21, 22, 23, (24–27), 28, 29 December.
    expect([base.due, extended.due]).toEqual(['2026-12-16', '2026-12-29']);
    const again = reexplainDeadline(added, extended);
    // 2 December is now leave: 10 working days end on 14 December, and the wait holds only 2 (1 and
    // 3 December), so the base is 16 December again and the extension 29 December.
    expect(again.pauses).toEqual([{ from: '2026-12-01', to: '2026-12-03', workingDaysAdded: 2 }]);
    expect(again.skipped).toContainEqual(expect.objectContaining({ date: '2026-12-02', reason: 'cuti_bersama' }));
    expect(again).toMatchObject({
      period: 'notice_extended',
      due: '2026-12-29',
      extension: { workingDays: 7, reason: 'Perlu uji konsekuensi.', from: '2026-12-16' },
    });
  });

  it('refuses another calendar', () => {
    const riyadh = new WorkingCalendar(missionCalendar(unit('KBRI-RIYADH')));
    expect(() => reexplainDeadline(riyadh, notice(national, wib('2026-11-27T10:00')))).toThrow(CalendarMismatchError);
  });
});

describe('clarification waits', () => {
  it('a wait is the local dates of asking and answering on the counting calendar', () => {
    const washington = new WorkingCalendar(missionCalendar(unit('KBRI-WASHINGTON')));
    // 22:30 EST on Tuesday 1 December is already Wednesday in UTC.
    expect(clarificationPause(washington, new Date('2026-12-02T03:30:00Z'), new Date('2026-12-03T15:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2026-12-03',
    });
    expect(clarificationPause(national, new Date('2026-12-02T03:30:00Z'), new Date('2026-12-03T15:00:00Z'))).toEqual({ from: '2026-12-02', to: '2026-12-03' });
    expect(() => clarificationPause(national, new Date('2026-12-03T00:00:00Z'), new Date('2026-12-02T00:00:00Z'))).toThrow(RangeError);
  });

  it('waits that overlap are merged; others are kept in date order', () => {
    expect(addPause([{ from: '2026-12-01', to: '2026-12-01' }], { from: '2026-12-01', to: '2026-12-01' })).toEqual([{ from: '2026-12-01', to: '2026-12-01' }]);
    expect(
      addPause(
        [
          { from: '2026-12-07', to: '2026-12-08' },
          { from: '2026-12-01', to: '2026-12-02' },
        ],
        { from: '2026-12-02', to: '2026-12-04' },
      ),
    ).toEqual([
      { from: '2026-12-01', to: '2026-12-04' },
      { from: '2026-12-07', to: '2026-12-08' },
    ]);
  });

  it('a wait inside the extension (after the first due date) moves the extended date, not the first one', () => {
    const base = notice(national, wib('2026-11-27T10:00')); // 11 December
    const extended = extendDeadline(national, base, { workingDays: 7, reason: 'Alasan tertulis.' }); // 22 December
    const paused = pauseNoticeDeadlines(national, { notice: base, noticeExtended: extended }, { from: '2026-12-15', to: '2026-12-16' });
    expect(paused.notice.due).toBe('2026-12-11');
    expect(paused.notice.pauses).toEqual([{ from: '2026-12-15', to: '2026-12-16', workingDaysAdded: 0 }]);
    // 22 December + 2 working days: 23, (24 cuti bersama, 25 Christmas, 26–27 weekend), 28 December.
    expect(paused.noticeExtended?.due).toBe('2026-12-28');
    expect(paused.noticeExtended?.pauses).toEqual([{ from: '2026-12-15', to: '2026-12-16', workingDaysAdded: 2 }]);
    expect(describeDeadline(paused.noticeExtended!, 'en')).toContain(
      '(10 working days, plus 2 working days for the clarification wait of 15–16 December 2026, plus an extension of 7 working days from 11 December 2026)',
    );
  });
});

describe('receipt on a host-country holiday at a mission', () => {
  it('KBRI Riyadh on Founding Day (Sunday 22 February 2026): day 0 is Monday, counted Sunday to Thursday', () => {
    const riyadh = new WorkingCalendar(missionCalendar(unit('KBRI-RIYADH')));
    const e = notice(riyadh, new Date('2026-02-22T10:00:00+03:00'));
    expect([e.day0, e.day0Rolled, e.due]).toEqual(['2026-02-23', 'non_working_day', '2026-03-09']);
    expect(describeDeadline(e, 'id')).toContain('pukul 10.00 waktu Asia/Riyadh (UTC+03:00; bukan hari kerja)');
  });
});

describe('the public calculator', () => {
  it('accepts an instant only with its offset, and names a date that does not exist', () => {
    const issue = (v: string) => receivedInstantSchema.safeParse(v).error?.issues[0]?.message;
    expect(issue('2026-11-27T10:00:00+07:00')).toBeUndefined();
    expect(issue('2026-11-27T10:00Z')).toBeUndefined();
    expect(issue('2026-11-27T10:00:00.123-05:00')).toBeUndefined();
    expect(issue('2026-11-27T10:00:00')).toBe('instant_with_offset');
    expect(issue('2026-11-27')).toBe('instant_with_offset');
    expect(issue('2026-11-27T25:00:00+07:00')).toBe('instant_with_offset');
    expect(issue('2026-02-29T10:00:00+07:00')).toBe('invalid_date');
    expect(issue('2028-02-29T10:00:00+07:00')).toBeUndefined();
  });

  it('reads a local date and time in the unit’s zone, refusing a time that does not exist there', () => {
    expect(localInstant('2026-11-27', '10:00', 'Asia/Jakarta')).toEqual(new Date('2026-11-27T03:00:00Z'));
    expect(localInstant('2026-11-27', '10.00', 'Asia/Riyadh')).toEqual(new Date('2026-11-27T07:00:00Z'));
    expect(localInstant('2026-02-30', '10:00', 'Asia/Jakarta')).toBe('invalid_date');
    expect(localInstant('2026-11-27', '24:00', 'Asia/Jakarta')).toBe('invalid_time');
    // Washington: 02:30 on 8 March 2026 is skipped; 01:30 on 1 November happens twice (the first, EDT, is taken).
    expect(localInstant('2026-03-08', '02:30', 'America/New_York')).toBe('time_in_dst_gap');
    expect(localInstant('2026-11-01', '01:30', 'America/New_York')).toEqual(new Date('2026-11-01T05:30:00Z'));
  });

  it('describes a possible extension without inventing a reason', () => {
    const base = notice(national, wib('2026-11-27T10:00'));
    const possible = extendDeadline(national, base, { workingDays: 7, reason: 'UU 14/2008 Pasal 22 ayat (8)' });
    const id = describeDeadline(possible, 'id', { possibleExtension: true });
    expect(id).toContain('Perpanjangan hanya berlaku bila PPID memberitahukannya secara tertulis');
    expect(id).not.toContain('Alasan perpanjangan');
    expect(describeDeadline(possible, 'id')).toContain('Alasan perpanjangan: UU 14/2008 Pasal 22 ayat (8).');
  });

  it('names every kind of day off in both languages', () => {
    expect(
      (['weekend', 'libur_nasional', 'cuti_bersama', 'host_holiday', 'office_closure'] as const).map((k) => [kindLabel(k, 'id'), kindLabel(k, 'en')]),
    ).toEqual([
      ['Akhir pekan', 'Weekend'],
      ['Libur nasional', 'National holiday'],
      ['Cuti bersama', 'Joint leave (cuti bersama)'],
      ['Libur negara setempat', 'Host-country holiday'],
      ['Kantor tutup', 'Office closure'],
    ]);
  });
});
