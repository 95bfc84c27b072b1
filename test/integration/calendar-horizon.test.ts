/**
 * Issue 13, item 8: the calendar horizon. The seeded holiday lists end on 31 December 2027. With
 * the clock in January 2028 and no 2028 list, the body keeps working: deadlines are counted on
 * weekends only past the list and marked provisional; loading the 2028 list counts the open ones
 * again, each with an audit event. Administrators are alerted six months before a list runs out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { alertCalendarHorizons } from '../../src/calendar/horizon';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Test data standing in for the 2028 SKB (not published when this was written). */
const LIST_2028 = [
  { date: '2028-01-01', kind: 'libur_nasional', nameId: 'Tahun Baru 2028 Masehi', nameEn: "New Year's Day", source: 'SKB 3 Menteri 2028 (data uji)' },
  { date: '2028-01-26', kind: 'libur_nasional', nameId: 'Tahun Baru Imlek 2579 Kongzili', nameEn: 'Chinese New Year', source: 'SKB 3 Menteri 2028 (data uji)' },
];

describe('past the end of the holiday lists', () => {
  it('files, extends and decides in January 2028 with provisional deadlines, then counts them again when the 2028 list arrives', async () => {
    t = await makeContext({ now: '2028-01-03T03:00:00.000Z' }); // Monday 3 January 2028, 10:00 WIB
    // A: day 0 Monday 3 January; weekends only: 4–7 (4), 10–14 (9), 17 (10) → Monday 17 January, provisional.
    const a = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body.deadlines.noticeDue).toBe('2028-01-17');
    // B: the same day, to be decided.
    const b = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    let ppid = await t.login('ppid');
    let view = await t.api('GET', `/api/v1/cases/${a.body.id}`, { token: ppid });
    expect(view.body.deadlines).toMatchObject({ provisional: true, notice: { due: '2028-01-17', provisional: { knownUntil: '2027-12-31' } } });
    expect(view.body.deadlines.notice.text).toMatch(/SEMENTARA: daftar hari libur setelah 31 Desember 2027 belum dimuat/);
    const page = textOf(await (await t.app.request(`/petugas/kasus/${a.body.id}`, { headers: { Cookie: `terbuka_session=${ppid}` } })).text());
    expect(page).toContain('sementara: daftar hari libur tahun itu belum dimuat');
    const tracking = await t.app.request(`/api/v1/requests/${encodeURIComponent(a.body.registrationNumber)}?code=${a.body.trackingCode}`, {
      headers: { 'Accept-Language': 'en' },
    });
    expect(((await tracking.json()) as { deadlines: { notice: { text: string } } }).deadlines.notice.text).toMatch(
      /PROVISIONAL: the holiday list after 31 December 2027 has not been loaded/,
    );

    // Monday 10 January: A is extended — 7 more from 17 January, weekends only: 18–21 (4), 24–26 (7) → Wednesday 26 January.
    at('2028-01-10T03:00:00.000Z');
    ppid = await t.login('ppid');
    view = { body: await send(ppid, a.body.id, { type: 'EXTEND', reason: 'Informasi berada di tiga direktorat.' }) } as typeof view;
    expect(view.body.deadlines.noticeExtended).toMatchObject({ due: '2028-01-26', provisional: { knownUntil: '2027-12-31' } });
    // Wednesday 12 January: B is decided. Its objection window (30 working days from 12 January, on
    // the national calendar, weekends only) is provisional too: 13–14 (2), 17–21 (7), 24–28 (12),
    // 31 Jan–4 Feb (17), 7–11 (22), 14–18 (27), 21–23 February (30) → Wednesday 23 February.
    at('2028-01-12T03:00:00.000Z');
    ppid = await t.login('ppid');
    await send(ppid, b.body.id, { type: 'DECIDE', outcome: 'granted' });
    const trackB = () => t.api('GET', `/api/v1/requests/${encodeURIComponent(b.body.registrationNumber)}?code=${b.body.trackingCode}`);
    expect((await trackB()).body.objectionWindow).toMatchObject({ due: '2028-02-23', provisional: { knownUntil: '2027-12-31' } });

    // Administrators were told, and are told again now, that the national list has run out.
    const admin = await t.login('admin');
    const calendars = await t.api('GET', '/api/v1/calendars', { token: admin });
    expect(calendars.body.items.find((c: { code: string }) => c.code === 'ID-NATIONAL').horizon).toMatchObject({
      knownUntil: '2027-12-31',
      alert: true,
      provisionalNow: true,
    });

    // Thursday 13 January: the 2028 list is loaded. The open, extended request is counted again:
    // 17 January is confirmed; the extension skips 26 January (Imlek) → Thursday 27 January.
    at('2028-01-13T03:00:00.000Z');
    const res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/years', {
      token: await t.login('admin'),
      body: {
        year: 2028,
        entries: LIST_2028,
        reason: 'SKB 3 Menteri tentang hari libur nasional dan cuti bersama 2028 terbit.',
        expectedVersion: 1,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.recomputed.cases).toEqual([
      {
        id: a.body.id,
        registrationNumber: a.body.registrationNumber,
        notice: { from: '2028-01-17', to: '2028-01-17', confirmed: true },
        noticeExtended: { from: '2028-01-26', to: '2028-01-27', confirmed: true },
      },
    ]);
    ppid = await t.login('ppid');
    view = await t.api('GET', `/api/v1/cases/${a.body.id}`, { token: ppid });
    expect(view.body.deadlines).toMatchObject({ provisional: false, noticeDue: '2028-01-27' });
    expect(view.body.deadlines.noticeExtended.provisional).toBeUndefined();
    expect(view.body.deadlines.noticeExtended.text).toContain('26 Januari 2028 (Tahun Baru Imlek 2579 Kongzili)');
    expect(view.body.timeline.at(-1)).toMatchObject({
      event: 'CALENDAR_RECOMPUTED',
      data: {
        calendar: 'ID-NATIONAL',
        change: { action: 'year_loaded', year: 2028 },
        noticeExtended: { from: '2028-01-26', to: '2028-01-27', confirmed: true },
      },
    });
    // The decided request keeps its stored dates; its live objection window is now counted on the list: 24 February.
    expect((await trackB()).body.objectionWindow).toMatchObject({ due: '2028-02-24' });
    expect((await trackB()).body.objectionWindow.provisional).toBeUndefined();
    expect((await t.api('GET', '/api/v1/audit/verify', { token: await t.login('auditor') })).body.ok).toBe(true);
  });
});

describe('the alert to administrators', () => {
  it('comes six months before a list runs out, once per end of list, in the listing and the inbox', async () => {
    t = await makeContext({ now: '2027-06-30T03:00:00.000Z' }); // 30 June 2027: the lists end 31 December 2027
    expect(await alertCalendarHorizons(t.deps)).toBe(0);
    let admin = await t.login('admin');
    let list = await t.api('GET', '/api/v1/calendars', { token: admin });
    expect(list.body.items.every((c: { horizon: { alert: boolean } }) => !c.horizon.alert)).toBe(true);

    at('2027-07-01T03:00:00.000Z');
    const calendars = (await t.deps.db.selectFrom('calendars').select('code').execute()).length;
    // Every calendar's list ends on 31 December 2027: one notification for the demo's one administrator, naming how many.
    expect(await alertCalendarHorizons(t.deps)).toBe(1);
    expect(await alertCalendarHorizons(t.deps)).toBe(0);
    admin = await t.login('admin');
    list = await t.api('GET', '/api/v1/calendars', { token: admin });
    expect(list.body.items.find((c: { code: string }) => c.code === 'ID-NATIONAL').horizon).toEqual({
      code: 'ID-NATIONAL',
      knownUntil: '2027-12-31',
      alertFrom: '2027-07-01',
      alert: true,
      provisionalNow: false,
    });
    const inbox = await t.api('GET', '/api/v1/notifications', { token: admin });
    expect(inbox.body.items.filter((n: { kind: string }) => n.kind === 'calendar_horizon').map((n: { data: unknown }) => n.data)).toEqual([
      { registrationNumber: '', count: calendars, due: '2027-12-31' },
    ]);
    const html = textOf(await (await t.app.request('/admin/kalender', { headers: { Cookie: `terbuka_session=${admin}` } })).text());
    expect(html).toContain('Daftar hari libur akan habis');
    expect(html).toContain('ID-NATIONAL — daftar berakhir 31 Desember 2027. Muat daftar tahun 2028 sebelum itu.');
  });
});
