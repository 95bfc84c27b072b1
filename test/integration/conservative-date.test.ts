/**
 * Issue 13, item 9 (kip-rules §5.3): where cuti bersama counts as non-working, every deadline also
 * shows the date it would have if cuti bersama counted as working — earlier — so an officer can
 * answer safely, and a requester is warned to file by it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
afterEach(async () => {
  await t.close();
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the conservative date', () => {
  it('is shown beside the notice deadline and the objection window when cuti bersama is non-working', async () => {
    t = await makeContext({ now: '2026-12-14T03:00:00.000Z' }); // Monday 14 December 2026, 10:00 WIB
    // Day 0 is 14 December. 10 working days: 15–18 (4), 21–23 (7), not 24 (cuti bersama) nor 25
    // (Christmas), 28, 29, 30 → Wednesday 30 December. Counting 24 December as working: 24 (8),
    // 28 (9), 29 (10) → Tuesday 29 December, the safe date.
    const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    expect(r.deadlines.noticeDue).toBe('2026-12-30');
    const ppid = await t.login('ppid');
    let view = await t.api('GET', `/api/v1/cases/${r.id}`, { token: ppid });
    expect(view.body.deadlines).toMatchObject({
      noticeDue: '2026-12-30',
      safeNoticeDue: '2026-12-29',
      notice: { conservative: { due: '2026-12-29', dueAt: '2026-12-29T16:59:59.999Z' } },
    });
    expect(view.body.deadlines.notice.text).toContain('Tanggal aman: Selasa, 29 Desember 2026');
    const page = textOf(await (await t.app.request(`/petugas/kasus/${r.id}`, { headers: { Cookie: `terbuka_session=${ppid}` } })).text());
    expect(page).toContain('Tanggal aman: 29 Desember 2026');

    // Decided the same day: the objection window runs 30 working days on the national calendar —
    // 15–18 Dec (4), 21–23 (7), 28–31 (11), 4 Jan (12), 6–8 (15), 11–15 (20), 18–22 (25), 25–29 (30)
    // → Friday 29 January 2027; with 24 December counted, Thursday 28 January. The requester keeps
    // the later date and is warned to file by the earlier one.
    view = await t.api('POST', `/api/v1/cases/${r.id}/events`, { token: ppid, body: { type: 'DECIDE', outcome: 'granted', expectedVersion: 1 } });
    expect(view.status).toBe(200);
    const tracking = await t.api('GET', `/api/v1/requests/${encodeURIComponent(r.registrationNumber)}?code=${r.trackingCode}`);
    expect(tracking.body.objectionWindow).toMatchObject({ due: '2027-01-29', conservative: { due: '2027-01-28' } });
    expect(tracking.body.objectionWindow.text).toContain(
      'bila Komisi Informasi menghitungnya, batasnya Kamis, 28 Januari 2027. Agar aman, ajukan paling lambat tanggal itu.',
    );
  });

  it('is not shown when cuti bersama already counts as working (the date is the earlier one)', async () => {
    t = await makeContext({ now: '2026-12-14T03:00:00.000Z', env: { CUTI_BERSAMA_NON_WORKING: '0' } });
    const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    expect(r.deadlines.noticeDue).toBe('2026-12-29');
    const view = await t.api('GET', `/api/v1/cases/${r.id}`, { token: await t.login('ppid') });
    expect(view.body.deadlines.notice.conservative).toBeUndefined();
    expect(view.body.deadlines.safeNoticeDue).toBeNull();
    expect(view.body.deadlines.notice.text).not.toContain('Tanggal aman');
  });
});
