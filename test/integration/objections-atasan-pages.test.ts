import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const ORIGIN = 'http://localhost';
const page = (path: string, token?: string) => t.app.request(path, { headers: token ? { Cookie: `terbuka_session=${token}` } : {} });
/** Posts a form the way the page does: with the session's CSRF token read off the objection's page. */
async function post(path: string, token: string, form: Record<string, string>) {
  const html = await (await page(path.replace(/\/events$/, ''), token)).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return t.app.request(path, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, Cookie: `terbuka_session=${token}` },
  });
}

async function objectionOnDenial() {
  const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
  const ppid = await t.login('ppid');
  await t.api('POST', `/api/v1/cases/${r.id}/events`, {
    token: ppid,
    body: { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest, expectedVersion: 1 },
  });
  const o = await t.api('POST', `/api/v1/requests/${encodeURIComponent(r.registrationNumber)}/objections?code=${r.trackingCode}`, {
    body: { grounds: ['a'], reason: 'Perundingan itu sudah selesai dan hasilnya diumumkan.' },
  });
  return { request: r, objection: o.body as { id: string; objectionNumber: string } };
}

describe("the atasan PPID's pages", () => {
  it('shows the queue and the objection with the request, the notice and the test side by side; decides through the form', async () => {
    const { request, objection } = await objectionOnDenial();
    const atasan = await t.login('atasan');
    let res = await page('/petugas/atasan', atasan);
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain(`href="/petugas/atasan/keberatan/${objection.id}"`);
    expect(html).toContain('00001/KEB-PPID/2026');
    expect(html).toContain('8 Januari 2027');
    expect(html).toContain('30 hari kerja lagi');

    res = await page(`/petugas/atasan/keberatan/${objection.id}`, atasan);
    html = await res.text();
    expect(html).toContain('Penolakan atas permintaan informasi berdasarkan alasan pengecualian');
    expect(html).toContain('Perundingan itu sudah selesai');
    expect(html).toContain(request.registrationNumber);
    expect(html).toContain('Salinan perjanjian kerja sama kebudayaan');
    expect(html).toContain('Ditolak (informasi yang dikecualikan)');
    expect(html).toContain(consequenceTest.harm);
    expect(html).toContain('Andi Pratama');
    // Only what the workflow accepts now is offered: the decision, not musyawarah (ground a), not a dispute yet.
    expect(html).toContain('name="type" value="DECIDE_OBJECTION"');
    expect(html).not.toContain('value="SETTLE_BY_AGREEMENT"');
    expect(html).not.toContain('value="RECORD_DISPUTE"');

    res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, atasan, {
      type: 'DECIDE_OBJECTION',
      expectedVersion: '1',
      outcome: 'upheld',
      reasons: 'pendek',
    });
    expect(res.status).toBe(400);
    html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#f-DECIDE_OBJECTION-reasons"');
    expect(html).toContain('id="f-DECIDE_OBJECTION-reasons-error"');

    res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, atasan, {
      type: 'DECIDE_OBJECTION',
      expectedVersion: '1',
      outcome: 'upheld',
      reasons: 'Uji konsekuensi masih berlaku; perundingan belum selesai.',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/petugas/atasan/keberatan/${objection.id}?ok=1`);
    html = await (await page(res.headers.get('Location')!, atasan)).text();
    expect(html).toContain('Tersimpan.');
    expect(html).toContain('Keputusan PPID dikuatkan');
    // A stale form answers with the conflict, not a silent overwrite.
    res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, atasan, { type: 'RECORD_REACTION', expectedVersion: '1', reaction: 'Tidak puas.' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('telah diubah orang lain');
  });

  it('records the dispute stages through the forms the workflow offers (no mediation for ground a)', async () => {
    const { objection } = await objectionOnDenial();
    const atasan = await t.login('atasan');
    await t.api('POST', `/api/v1/objections/${objection.id}/events`, {
      token: atasan,
      body: { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: 'Uji konsekuensi masih berlaku; perundingan belum selesai.', expectedVersion: 1 },
    });
    t.clock.now = new Date('2026-11-30T03:00:00.000Z');
    const ppid = await t.login('ppid');
    let res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, ppid, {
      type: 'RECORD_DISPUTE',
      expectedVersion: '2',
      commission: 'Komisi Informasi Pusat',
      registrationNumber: '001/XI/KIP-PS/2026',
      filedOn: '2026-11-27',
    });
    expect(res.status).toBe(303);
    for (const [stage, on] of [
      ['registered', '2026-11-27'],
      ['preliminary_exam', '2026-11-30'],
    ] as const) {
      res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, ppid, {
        type: 'RECORD_DISPUTE_STAGE',
        expectedVersion: String(stage === 'registered' ? 3 : 4),
        stage,
        on,
        documents: 'Akta registrasi\nSurat panggilan',
      });
      expect(res.status, stage).toBe(303);
    }
    const html = await (await page(`/petugas/atasan/keberatan/${objection.id}`, ppid)).text();
    expect(html).toContain('Akta registrasi');
    expect(html).toContain('Pemeriksaan awal');
    expect(html).toContain('name="stage" value="adjudication"');
    expect(html).not.toContain('name="stage" value="mediation"');
    res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, ppid, {
      type: 'RECORD_DISPUTE_STAGE',
      expectedVersion: '5',
      stage: 'mediation',
      on: '2026-11-30',
    });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Mediasi hanya untuk keberatan');
    res = await post(`/petugas/atasan/keberatan/${objection.id}/events`, ppid, {
      type: 'RECORD_DISPUTE_STAGE',
      expectedVersion: '5',
      stage: 'adjudication',
      on: '2026-12-01',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('id="f-RECORD_DISPUTE_STAGE-adjudication-on-error"');
  });

  it('sends visitors to log in and keeps out roles that do not work objections', async () => {
    const { objection } = await objectionOnDenial();
    const res = await page(`/petugas/atasan/keberatan/${objection.id}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/petugas/masuk?next=${encodeURIComponent(`/petugas/atasan/keberatan/${objection.id}`)}`);
    expect((await page('/petugas/atasan', await t.login('pelaksana.dit'))).status).toBe(403);
    // A form post without the session's CSRF token is refused and changes nothing.
    const atasan = await t.login('atasan');
    const forged = await t.app.request(`/petugas/atasan/keberatan/${objection.id}/events`, {
      method: 'POST',
      body: new URLSearchParams({
        type: 'DECIDE_OBJECTION',
        expectedVersion: '1',
        outcome: 'upheld',
        reasons: 'Alasan yang cukup panjang untuk lolos.',
      }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, Cookie: `terbuka_session=${atasan}` },
    });
    expect(forged.status).toBe(403);
    expect((await t.api('GET', `/api/v1/objections/${objection.id}`, { token: atasan })).body.version).toBe(1);
  });
});
