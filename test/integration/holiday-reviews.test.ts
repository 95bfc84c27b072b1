/**
 * Issue 13, item 7: reviewed host-holiday lists. date-holidays' dates (with the corrections on
 * record) are a proposal until the mission reviews a year's list; administrators see which years
 * are reviewed and are alerted while the current (and, late in the year, the next) is not. A host
 * holiday announced late at a mission recounts the open deadlines and tells the requester.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertUnreviewed } from '../../src/calendar/reviews';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-22T06:00:00.000Z' });
}); // Sunday 22 November, 09:00 in Riyadh
afterEach(async () => {
  await t.close();
});

const calendarOf = async (token: string, code: string) =>
  (await t.api('GET', '/api/v1/calendars', { token })).body.items.find((c: { code: string }) => c.code === code);
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe("the review of a mission's host holidays", () => {
  it('is shown per year, alerted while missing, recorded with the audit trail, and out of date once the list changes', async () => {
    const admin = await t.login('admin');
    // November 2026: this year and (within six months of it) next year must be reviewed.
    let tokyo = await calendarOf(admin, 'KBRI-TOKYO');
    expect(tokyo.review).toMatchObject({ code: 'KBRI-TOKYO', unreviewed: [2026, 2027] });
    expect(tokyo.review.years.map((y: { year: number; reviewed: unknown }) => [y.year, y.reviewed])).toEqual([
      [2025, null],
      [2026, null],
      [2027, null],
    ]);
    expect((await calendarOf(admin, 'ID-NATIONAL')).review).toBeNull(); // the SKB list, not a host's

    // One notification per administrator and year, however often the sweeper runs.
    expect(await alertUnreviewed(t.deps)).toBe(2);
    expect(await alertUnreviewed(t.deps)).toBe(0);
    const inbox = (await t.api('GET', '/api/v1/notifications', { token: admin })).body.items.filter((n: { kind: string }) => n.kind === 'calendar_review');
    expect(inbox.map((n: { data: { year: number; count: number } }) => n.data.year).sort()).toEqual([2026, 2027]);
    expect(inbox[0].data.count).toBeGreaterThanOrEqual(125);

    // Bad input: 400 naming the fields, in both languages, and nothing recorded.
    let res = await t.api('POST', '/api/v1/calendars/KBRI-TOKYO/reviews', { token: admin, body: { year: 2031 } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['note']);
    res = await t.api('POST', '/api/v1/calendars/KBRI-TOKYO/reviews', { token: admin, lang: 'en', body: { year: 2031, note: 'Nota KBRI Tokyo 77/2026.' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.year).toBeDefined();
    expect(await t.deps.db.selectFrom('calendar_reviews').selectAll().execute()).toEqual([]);
    expect(
      (await t.api('POST', '/api/v1/calendars/KBRI-TOKYO/reviews', { token: await t.login('ppid'), body: { year: 2027, note: 'x x x x x' } })).status,
    ).toBe(403);

    res = await t.api('POST', '/api/v1/calendars/KBRI-TOKYO/reviews', {
      token: admin,
      body: {
        year: 2027,
        note: 'Nota KBRI Tokyo 77/2026: daftar libur Jepang 2027 sesuai pengumuman Kabinet.',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ calendar: 'KBRI-TOKYO', year: 2027, calendarVersion: 1 });
    tokyo = await calendarOf(admin, 'KBRI-TOKYO');
    expect(tokyo.review.unreviewed).toEqual([2026]);
    expect(tokyo.review.years[2].reviewed).toMatchObject({ by: 'Rina Administrator', calendarVersion: 1, outOfDate: false });
    const audit = await t.deps.db.selectFrom('audit_events').select(['event', 'data']).where('event', '=', 'CALENDAR_REVIEWED').execute();
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ calendar: 'KBRI-TOKYO', year: 2027, calendarVersion: 1 });

    // The list changes after the review: the review is of an older list, and the year is due again.
    res = await t.api('POST', '/api/v1/calendars/KBRI-TOKYO/entries', {
      token: admin,
      body: {
        date: '2027-05-06',
        kind: 'host_holiday',
        nameId: 'Libur Jepang: hari pengganti',
        nameEn: 'Japan holiday: substitute day',
        source: 'Kabinet Jepang',
        reason: 'Hari libur pengganti diumumkan.',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    tokyo = await calendarOf(admin, 'KBRI-TOKYO');
    expect(tokyo.review.years[2].reviewed.outOfDate).toBe(true);
    expect(tokyo.review.unreviewed).toEqual([2026, 2027]);

    // The administration page shows it, and records a review through its form.
    const page = async (path: string) => t.app.request(path, { headers: { Cookie: `terbuka_session=${admin}` } });
    let html = await (await page('/admin/kalender/KBRI-BEIJING')).text();
    expect(textOf(html)).toContain('Belum ditinjau: tahun 2026, 2027.');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const posted = await t.app.request('/admin/kalender/KBRI-BEIJING/tinjauan', {
      method: 'POST',
      headers: { Cookie: `terbuka_session=${admin}`, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
      body: new URLSearchParams({ _csrf: csrf, year: '2026', note: 'Nota KBRI Beijing 12/2026: daftar Dewan Negara 2026.' }).toString(),
    });
    expect(posted.status).toBe(303);
    html = textOf(await (await page(posted.headers.get('Location')!)).text());
    expect(html).toContain('2026: ditinjau oleh perwakilan');
    expect(html).toContain('Belum ditinjau: tahun 2027.');
    expect(textOf(await (await page('/admin/kalender')).text())).toMatch(/KBRI-TOKYO .*belum: 2026, 2027/);
  });

  it('recounts an open request when a host holiday is announced late at the mission, and tells the requester', async () => {
    // Received at KBRI Riyadh on Sunday 22 November 09:00: day 0 that Sunday; on Riyadh's Sunday–Thursday
    // week 23–26 (4), 29 Nov–3 Dec (9), Sunday 6 December (10).
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KBRI-RIYADH' }) });
    expect(filed.body.deadlines.noticeDue).toBe('2026-12-06');
    // The host announces a holiday for Tuesday 1 December: 23–26 (4), 29, 30 (6), 2, 3 (8), 6, 7 December (10).
    const admin = await t.login('admin');
    const res = await t.api('POST', '/api/v1/calendars/KBRI-RIYADH/entries', {
      token: admin,
      body: {
        date: '2026-12-01',
        kind: 'host_holiday',
        nameId: 'Libur Arab Saudi: diumumkan',
        nameEn: 'Saudi Arabia holiday: announced',
        source: 'Pengumuman Kerajaan Arab Saudi',
        reason: 'Libur diumumkan pemerintah setempat.',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.recomputed.cases).toEqual([expect.objectContaining({ id: filed.body.id, notice: { from: '2026-12-06', to: '2026-12-07' } })]);
    const mail = await t.deps.db
      .selectFrom('outbox')
      .select(['to_address', 'template', 'body_text'])
      .where('template', '=', 'request_deadline_moved')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to_address: 'andi@example.org' });
    expect(mail[0]!.body_text).toContain('paling lambat 7 Desember 2026');
    expect(mail[0]!.body_text).toContain('Libur diumumkan pemerintah setempat.');
    const track = await t.api('GET', `/api/v1/requests/${encodeURIComponent(filed.body.registrationNumber)}?code=${filed.body.trackingCode}`);
    expect(track.body.deadlines.noticeDue).toBe('2026-12-07');
    expect(track.body.timeline.map((e: { event: string }) => e.event)).toContain('CALENDAR_RECOMPUTED');
  });
});
