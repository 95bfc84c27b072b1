/**
 * The calendar administration API (/api/v1/calendars): administrators only; entries listed by
 * year; add, edit (PUT and PATCH) and remove with validation, a reason for the audit trail and the
 * open cases counted again; loading the next year's holidays.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
let admin: string;
beforeEach(async () => {
  t = await makeContext({ now: '2026-12-18T03:00:00.000Z' }); // Friday 10:00 WIB
  admin = await t.login('admin');
});
afterEach(async () => {
  await t.close();
});

const entry = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-12-31',
  kind: 'cuti_bersama',
  nameId: 'Cuti bersama akhir tahun',
  nameEn: 'Year-end joint leave',
  reason: 'Ditetapkan SKB perubahan.',
  ...overrides,
});
const entryOn = (date: string, kind: string) =>
  t.deps.db
    .selectFrom('calendar_entries')
    .selectAll()
    .where('calendar_code', '=', 'ID-NATIONAL')
    .where('date', '=', date)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();

describe('who may use it', () => {
  it('is for administrators only', async () => {
    expect((await t.api('GET', '/api/v1/calendars')).status).toBe(401);
    expect((await t.api('GET', '/api/v1/calendars', { token: await t.login('ppid') })).status).toBe(403);
    expect((await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: await t.login('auditor'), body: entry() })).status).toBe(403);
  });
});

describe('reading', () => {
  it('lists the calendars with the units that count on each', async () => {
    const res = await t.api('GET', '/api/v1/calendars', { token: admin });
    expect(res.status).toBe(200);
    const national = res.body.items.find((c: { code: string }) => c.code === 'ID-NATIONAL');
    expect(national).toMatchObject({ timeZone: 'Asia/Jakarta', weekendDays: [6, 7], firstYear: 2025, lastYear: 2027, version: 1, entries: 28 + 25 + 26 });
    expect(national.units).toEqual(expect.arrayContaining(['PPID', 'AMEROP', 'SETJEN']));
    expect(res.body.items.find((c: { code: string }) => c.code === 'KBRI-RIYADH')).toMatchObject({ weekendDays: [5, 6], units: ['KBRI-RIYADH'] });
  });

  it('lists one year of entries, and refuses a year the calendar does not know', async () => {
    const res = await t.api('GET', '/api/v1/calendars/ID-NATIONAL/entries?year=2026', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(2026);
    expect(res.body.items).toHaveLength(25);
    expect(res.body.items[0]).toMatchObject({ date: '2026-01-01', kind: 'libur_nasional', nameId: 'Tahun Baru 2026 Masehi' });

    const bad = await t.api('GET', '/api/v1/calendars/ID-NATIONAL/entries?year=2030', { token: admin, lang: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.year).toBe('The year is outside the calendar’s range (2025–2027).');
    expect((await t.api('GET', '/api/v1/calendars/NOWHERE/entries', { token: admin })).status).toBe(404);
  });
});

describe('changing entries', () => {
  it('names every invalid field, never guessing', async () => {
    let res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: admin, body: {} });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['date', 'kind', 'nameEn', 'nameId', 'reason']);

    res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: admin, body: entry({ date: '2026-02-30', kind: 'holiday' }) });
    expect(res.body.error.fields.date).toBe('Tanggal tidak ada atau tidak valid.');
    expect(res.body.error.fields.kind).toMatch(/libur_nasional, cuti_bersama, host_holiday, office_closure/);

    res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: admin, body: entry({ date: '2029-01-01' }) });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.date).toMatch(/di luar tahun yang diketahui kalender \(2025–2027\)/);

    res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', {
      token: admin,
      body: entry({ date: '2026-12-25', kind: 'libur_nasional' }),
      lang: 'en',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.date).toBe('This calendar already has an entry of this kind on that date.');

    res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: admin, body: entry({ reason: '' }) });
    expect(res.body.error.fields.reason).toBe('Wajib diisi.');

    res = await t.api('POST', '/api/v1/calendars/NOWHERE/entries', { token: admin, body: entry() });
    expect(res.status).toBe(404);

    const calendar = await t.deps.db.selectFrom('calendars').select('version').where('code', '=', 'ID-NATIONAL').executeTakeFirstOrThrow();
    expect(calendar.version).toBe(1);
  });

  it('refuses a change made against an older version of the calendar', async () => {
    expect((await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: admin, body: entry({ expectedVersion: 1 }) })).status).toBe(201);
    const res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', { token: admin, body: entry({ date: '2026-12-30', expectedVersion: 1 }) });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect(res.body.error.message).toMatch(/kini versi 2/);
  });

  it('edits (PATCH, PUT) and removes an entry, counting the open request again each time, with the reason in the audit trail', async () => {
    // Filed Friday 18 December 2026 10:00 WIB: due Thursday 7 January 2027 (24 Dec is cuti bersama).
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(filed.body.deadlines.noticeDue).toBe('2027-01-07');
    const caseRow = () => t.deps.db.selectFrom('cases').selectAll().where('id', '=', filed.body.id).executeTakeFirstOrThrow();
    const christmasEve = await entryOn('2026-12-24', 'cuti_bersama');

    // A new name only: the due date stays, the explanation names the day anew.
    let res = await t.api('PATCH', `/api/v1/calendars/ID-NATIONAL/entries/${christmasEve.id}`, {
      token: admin,
      body: {
        nameId: 'Cuti Bersama Natal',
        reason: 'Nama disesuaikan dengan lampiran SKB.',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.entry).toMatchObject({ date: '2026-12-24', kind: 'cuti_bersama', nameId: 'Cuti Bersama Natal', nameEn: 'Joint leave: Christmas' });
    expect(res.body.recomputed.cases).toEqual([
      { id: filed.body.id, registrationNumber: filed.body.registrationNumber, notice: { from: '2027-01-07', to: '2027-01-07' } },
    ]);
    const ppid = await t.login('ppid');
    let view = await t.api('GET', `/api/v1/cases/${filed.body.id}`, { token: ppid });
    expect(view.body.deadlines.notice.text).toContain('24 Desember 2026 (Cuti Bersama Natal)');

    // Nothing changed: refused.
    res = await t.api('PATCH', `/api/v1/calendars/ID-NATIONAL/entries/${christmasEve.id}`, {
      token: admin,
      body: {
        nameId: 'Cuti Bersama Natal',
        reason: 'Tidak ada perubahan.',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('entry_unchanged');

    // PUT replaces the whole entry: 24 December becomes an office closure (no source).
    res = await t.api('PUT', `/api/v1/calendars/ID-NATIONAL/entries/${christmasEve.id}`, {
      token: admin,
      body: {
        date: '2026-12-24',
        kind: 'office_closure',
        nameId: 'Kantor tutup',
        nameEn: 'Office closed',
        reason: 'Diganti penutupan kantor.',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.entry).toEqual({ id: christmasEve.id, date: '2026-12-24', kind: 'office_closure', nameId: 'Kantor tutup', nameEn: 'Office closed' });

    // Removing it makes 24 December a working day: the notice is due a day earlier.
    expect((await t.api('DELETE', `/api/v1/calendars/ID-NATIONAL/entries/${christmasEve.id}`, { token: admin })).status).toBe(400);
    res = await t.api(
      'DELETE',
      `/api/v1/calendars/ID-NATIONAL/entries/${christmasEve.id}?reason=${encodeURIComponent('Kantor tetap buka pada 24 Desember.')}`,
      { token: admin },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ calendar: { code: 'ID-NATIONAL', version: 4 }, entry: null, recomputed: { count: 1 } });
    expect(res.body.recomputed.cases[0].notice).toEqual({ from: '2027-01-07', to: '2027-01-06' });
    expect((await caseRow()).notice_due).toBe('2027-01-06');
    view = await t.api('GET', `/api/v1/cases/${filed.body.id}`, { token: ppid });
    expect(view.body.deadlines.notice.text).not.toContain('24 Desember');
    expect((await t.api('DELETE', `/api/v1/calendars/ID-NATIONAL/entries/${christmasEve.id}`, { token: admin, body: { reason: 'Sekali lagi.' } })).status).toBe(
      404,
    );

    const events = await t.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_role', 'data', 'case_id'])
      .where('event', 'like', 'CALENDAR_%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.event)).toEqual([
      'CALENDAR_RECOMPUTED',
      'CALENDAR_ENTRY_UPDATED',
      'CALENDAR_RECOMPUTED',
      'CALENDAR_ENTRY_UPDATED',
      'CALENDAR_RECOMPUTED',
      'CALENDAR_ENTRY_REMOVED',
    ]);
    expect(events.every((e) => e.actor_role === 'admin')).toBe(true);
    const removed = JSON.parse(events.at(-1)!.data);
    expect(removed).toMatchObject({
      calendar: 'ID-NATIONAL',
      version: 4,
      reason: 'Kantor tetap buka pada 24 Desember.',
      recomputedCases: 1,
      change: { action: 'removed', before: { date: '2026-12-24', kind: 'office_closure' } },
    });
    expect(events.at(-1)!.case_id).toBeNull();
  });

  it('loads the next year, and the provisional deadlines counted into it are counted again on its list', async () => {
    // 10 working days from Monday 20 December 2027 end in 2028, whose list is not loaded: counted on
    // weekends only — 21, 22, 23, (24 cuti bersama), 27–31 December 2027, 3, 4 January 2028 — provisional.
    t.clock.now = new Date('2027-12-20T03:00:00.000Z');
    admin = await t.login('admin');
    const early = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(early.status).toBe(201);
    expect(early.body.deadlines.noticeDue).toBe('2028-01-04');

    const year2028 = [
      { date: '2028-01-01', kind: 'libur_nasional', nameId: 'Tahun Baru 2028 Masehi', nameEn: "New Year's Day", source: 'SKB 3 Menteri 2028' },
      { date: '2028-01-03', kind: 'cuti_bersama', nameId: 'Cuti bersama', nameEn: 'Joint leave' },
    ];
    let res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/years', { token: admin, body: { year: 2029, entries: year2028, reason: 'SKB 2028 terbit.' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.year).toMatch(/harus 2028/);
    res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/years', {
      token: admin,
      body: {
        year: 2028,
        entries: [...year2028, { ...year2028[0], date: '2029-01-01' }, year2028[1]],
        reason: 'SKB 2028 terbit.',
      },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['entries.2.date', 'entries.3.date']);

    res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/years', { token: admin, body: { year: 2028, entries: year2028, reason: 'SKB 2028 terbit.' } });
    expect(res.status).toBe(201);
    expect(res.body.calendar.version).toBe(2);
    // The provisional deadline is counted on the list: 3 January is cuti bersama → Wednesday 5 January, confirmed.
    expect(res.body.recomputed.cases).toEqual([
      { id: early.body.id, registrationNumber: early.body.registrationNumber, notice: { from: '2028-01-04', to: '2028-01-05', confirmed: true } },
    ]);
    const list = await t.api('GET', '/api/v1/calendars/ID-NATIONAL/entries?year=2028', { token: admin });
    expect(list.body.calendar.lastYear).toBe(2028);
    expect(list.body.items.map((e: { date: string }) => e.date)).toEqual(['2028-01-01', '2028-01-03']);

    // 21, 22, 23, (24 cuti bersama), 27, 28, 29, 30, 31 December 2027, (1, 3 January 2028), 4, 5 January 2028.
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(filed.status).toBe(201);
    expect(filed.body.deadlines.noticeDue).toBe('2028-01-05');
  });
});
