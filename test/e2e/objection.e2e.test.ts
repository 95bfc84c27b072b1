/**
 * Objections (keberatan) and disputes (sengketa) in a real browser: the requester objects from the
 * tracking page; the atasan PPID decides on the objection's page, with the request, the PPID's
 * notice and the consequence test side by side; the PPID Utama records the dispute at the
 * Information Commission stage by stage. Each page checked with axe-core (WCAG 2.1 AA), with
 * screenshots in test-artifacts/screenshots/. The PPID's own case work goes through the API.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { consequenceTest, validFiling } from '../helpers/context';
import { type Harness, PHONE, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterAll(async () => {
  await h?.close();
});

const at = (iso: string) => {
  h.clock.now = new Date(iso);
};
const text = (page: Page, selector: string) => page.locator(selector).innerText();

async function api(method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${h.baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const login = async (username: string) => (await api('POST', '/api/v1/auth/login', { username, password: DEMO_PASSWORD })).body.token as string;

/** An officer's browser: a fresh context holding their session cookie (logged in at the app's current time). */
async function officer(username: string): Promise<{ page: Page; context: BrowserContext }> {
  const page = await h.newPage();
  const context = page.context();
  await context.addCookies([{ name: 'terbuka_session', value: await login(username), url: h.baseUrl }]);
  return { page, context };
}

/** The requester opens their request from the tracking form, with the number and code from the receipt. */
async function track(page: Page, r: { registrationNumber: string; trackingCode: string }) {
  await page.goto(`${h.baseUrl}/lacak`);
  await page.getByLabel('Nomor pendaftaran').fill(r.registrationNumber);
  await page.getByLabel('Kode pelacakan').fill(r.trackingCode);
  await page.getByRole('button', { name: 'Lihat status' }).click();
  await page.waitForURL('**/lacak?nomor=*');
}

async function noSidewaysScroll(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  expect(await page.evaluate('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(PHONE.width);
  await h.screenshot(name, page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('an objection and a dispute, in the browser', () => {
  it('denial → objection on ground a → upheld → dispute → no mediation → adjudication → disclosure ordered → compliance', { timeout: 180_000 }, async () => {
    const r = (await api('POST', '/api/v1/requests', validFiling())).body;
    await api(
      'POST',
      `/api/v1/cases/${r.id}/events`,
      { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest, expectedVersion: 1 },
      await login('ppid'),
    );

    // The requester objects from the tracking page.
    at('2026-11-25T02:00:00.000Z');
    const requester = h.page;
    await track(requester, r);
    await expect(text(requester, '[data-testid="objection-window"]')).resolves.toContain('8 Januari 2027');
    await requester.getByRole('link', { name: 'Ajukan keberatan' }).click();
    await expect(text(requester, 'h1')).resolves.toBe('Ajukan keberatan');
    await expect(requester.getByLabel('Kode pelacakan').count()).resolves.toBe(0); // the tracking page's access carries over
    await h.checkA11y(requester);
    await h.screenshot('objection-form-desktop', requester);
    await noSidewaysScroll(requester, 'objection-form-phone');
    await requester.getByRole('button', { name: 'Kirim keberatan' }).click();
    await expect(text(requester, '#error-summary')).resolves.toContain('Alasan keberatan');
    await h.checkA11y(requester);
    await requester.getByRole('checkbox', { name: /Huruf a:/ }).check();
    await requester.getByLabel('Uraian keberatan (kasus posisi)').fill('Perundingan itu sudah selesai dan hasilnya diumumkan oleh Menteri.');
    await requester.getByRole('button', { name: 'Kirim keberatan' }).click();
    await requester.waitForURL('**/keberatan/tanda-terima?nomor=*');
    await expect(text(requester, '[data-testid="objection-number"]')).resolves.toBe('00001/KEB-PPID/2026');
    await expect(text(requester, '[data-testid="response-due"]')).resolves.toBe('12 Januari 2027');
    await h.checkA11y(requester);
    await h.screenshot('objection-receipt-desktop', requester);

    // The atasan PPID: queue → the objection, side by side with the request, the notice and the test → upheld.
    at('2026-12-10T04:00:00.000Z');
    const atasan = await officer('atasan');
    await atasan.page.goto(`${h.baseUrl}/petugas/atasan`);
    await h.checkA11y(atasan.page);
    await atasan.page.getByRole('link', { name: '00001/KEB-PPID/2026' }).click();
    await expect(text(atasan.page, '.side-by-side')).resolves.toContain(consequenceTest.harm);
    await expect(text(atasan.page, '.side-by-side')).resolves.toContain('Ditolak (informasi yang dikecualikan)');
    await h.checkA11y(atasan.page);
    await h.screenshot('atasan-objection-desktop', atasan.page);
    await noSidewaysScroll(atasan.page, 'atasan-objection-phone');
    const decide = atasan.page.getByRole('form', { name: /Tanggapan Atasan PPID/ });
    await decide.getByLabel('Menguatkan keputusan PPID').check();
    await decide.getByLabel('Alasan tertulis').fill('Uji konsekuensi masih berlaku: perundingan lanjutan belum selesai.');
    await decide.getByRole('button', { name: 'Simpan tanggapan' }).click();
    await atasan.page.waitForURL('**?ok=1');
    await expect(text(atasan.page, '[data-testid="decision-outcome"]')).resolves.toContain('dikuatkan');
    await atasan.context.close();

    // The PPID Utama records the dispute and each stage the Commission reaches.
    at('2026-12-16T03:00:00.000Z');
    let ppid = await officer('ppid');
    const objectionUrl = `${h.baseUrl}/petugas/atasan/keberatan/${(await api('GET', '/api/v1/objections?status=all', undefined, await login('ppid'))).body.items[0].id}`;
    await ppid.page.goto(objectionUrl);
    let form = ppid.page.getByRole('form', { name: /Catat sengketa/ });
    await form.getByLabel('Komisi Informasi').fill('Komisi Informasi Pusat');
    await form.getByLabel('Nomor registrasi sengketa').fill('123/XII/KIP-PS/2026');
    await form.getByLabel('Tanggal pengajuan').fill('2026-12-09');
    await form.getByRole('button', { name: 'Catat sengketa' }).click();
    await expect(text(ppid.page, '.error-summary')).resolves.toContain('sebelum tanggapan Atasan PPID');
    await h.checkA11y(ppid.page);
    form = ppid.page.getByRole('form', { name: /Catat sengketa/ });
    await form.getByLabel('Komisi Informasi').fill('Komisi Informasi Pusat');
    await form.getByLabel('Nomor registrasi sengketa').fill('123/XII/KIP-PS/2026');
    await form.getByLabel('Tanggal pengajuan').fill('2026-12-15');
    await form.getByRole('button', { name: 'Catat sengketa' }).click();
    await ppid.page.waitForURL('**?ok=1');

    const stage = async (name: RegExp, fill: (f: ReturnType<Page['getByRole']>) => Promise<void>) => {
      const f = ppid.page.getByRole('form', { name });
      await fill(f);
      await f.getByRole('button', { name: 'Catat tahap' }).click();
      await ppid.page.waitForURL('**?ok=1');
    };
    await stage(/Diregistrasi Komisi Informasi/, (f) => f.getByLabel('Tanggal').fill('2026-12-16'));
    at('2027-01-12T03:00:00.000Z');
    await ppid.context.close();
    ppid = await officer('ppid');
    await ppid.page.goto(objectionUrl);
    await stage(/Pemeriksaan awal/, (f) => f.getByLabel('Tanggal').fill('2027-01-11'));
    // Ground a goes to adjudication: no mediation is offered.
    await expect(ppid.page.getByRole('form', { name: /Catat tahap: Mediasi/ }).count()).resolves.toBe(0);
    await stage(/Ajudikasi nonlitigasi/, (f) => f.getByLabel('Tanggal').fill('2027-01-12'));
    at('2027-03-30T03:00:00.000Z');
    await ppid.context.close();
    ppid = await officer('ppid');
    await ppid.page.goto(objectionUrl);
    await stage(/Putusan Komisi Informasi/, async (f) => {
      await f.getByLabel('Tanggal').fill('2027-03-01');
      await f.getByLabel('Dikabulkan: informasi wajib dibuka').check();
      await f.getByLabel('Isi putusan').fill('Memerintahkan Termohon memberikan salinan dokumen kepada Pemohon.');
    });
    await stage(/Berkekuatan hukum tetap/, (f) => f.getByLabel('Tanggal').fill('2027-03-22'));
    await stage(/Putusan dilaksanakan/, async (f) => {
      await f.getByLabel('Tanggal').fill('2027-03-29');
      await f.getByLabel('Cara putusan dilaksanakan').fill('Salinan dokumen diserahkan kepada Pemohon.');
    });
    const stages = await text(ppid.page, '[data-testid="dispute-stages"]');
    for (const s of [
      'Diregistrasi',
      'Pemeriksaan awal',
      'Ajudikasi',
      'Dikabulkan: informasi wajib dibuka',
      'Berkekuatan hukum tetap',
      'Salinan dokumen diserahkan',
    ]) {
      expect(stages).toContain(s);
    }
    await expect(text(ppid.page, '[data-testid="deadline-commissionSettleTarget"]')).resolves.toContain('2027');
    await h.checkA11y(ppid.page);
    await h.screenshot('dispute-complied-desktop', ppid.page);
    await ppid.context.close();
  });

  it('no answer by the deadline → objection on ground c → overturned → the request is answered', { timeout: 120_000 }, async () => {
    at('2027-04-05T03:00:00.000Z');
    const r = (await api('POST', '/api/v1/requests', validFiling({ information: 'Daftar hibah luar negeri yang diterima Kementerian tahun 2026.' }))).body;
    at('2027-04-21T03:00:00.000Z'); // the notice was due by the end of 19 April
    expect(await markOverdue(h.deps)).toBe(1);

    const requester = await h.newPage();
    await track(requester, r);
    await requester.getByRole('link', { name: 'Ajukan keberatan' }).click();
    await requester.getByRole('checkbox', { name: /Huruf c:/ }).check();
    await requester.getByLabel('Uraian keberatan (kasus posisi)').fill('Sampai hari ini saya belum menerima pemberitahuan tertulis apa pun.');
    await requester.getByRole('button', { name: 'Kirim keberatan' }).click();
    await requester.waitForURL('**/keberatan/tanda-terima?nomor=*');
    const number = await text(requester, '[data-testid="objection-number"]');

    const atasan = await officer('atasan');
    await atasan.page.goto(`${h.baseUrl}/petugas/atasan`);
    await atasan.page.getByRole('link', { name: number }).click();
    await expect(text(atasan.page, '.side-by-side')).resolves.toContain('permohonan tidak ditanggapi sampai batas waktu');
    const decide = atasan.page.getByRole('form', { name: /Tanggapan Atasan PPID/ });
    await decide.getByLabel('Membatalkan keputusan PPID').check();
    await decide.getByLabel('Alasan tertulis').fill('PPID tidak memberi pemberitahuan tertulis dalam 10 hari kerja.');
    await decide.getByRole('button', { name: 'Simpan tanggapan' }).click();
    // An overturn needs the instruction to the PPID, named beside its field.
    await expect(text(atasan.page, '#f-DECIDE_OBJECTION-instruction-error')).resolves.toContain('Wajib diisi');
    await h.checkA11y(atasan.page);
    const again = atasan.page.getByRole('form', { name: /Tanggapan Atasan PPID/ });
    await again.getByLabel('Membatalkan keputusan PPID').check();
    await again.getByLabel('Alasan tertulis').fill('PPID tidak memberi pemberitahuan tertulis dalam 10 hari kerja.');
    await again.getByLabel('Instruksi kepada PPID').fill('Berikan pemberitahuan tertulis kepada pemohon.');
    await again.getByRole('button', { name: 'Simpan tanggapan' }).click();
    await atasan.page.waitForURL('**?ok=1');
    await expect(text(atasan.page, '[data-testid="deadline-ppidAnswer"]')).resolves.toContain('2027');
    await atasan.context.close();

    // The PPID answers; the requester sees the answer and the atasan's response.
    const ppid = await login('ppid');
    const current = await api('GET', `/api/v1/cases/${r.id}`, undefined, ppid);
    expect(
      (await api('POST', `/api/v1/cases/${r.id}/events`, { type: 'DECIDE', outcome: 'granted', expectedVersion: current.body.version }, ppid)).status,
    ).toBe(200);
    await requester.reload();
    await requester.getByRole('link', { name: 'Kembali ke status permohonan' }).click();
    await expect(text(requester, '[data-testid="status"]')).resolves.toContain('Sudah diputus');
    await expect(text(requester, '[data-testid="objection"]')).resolves.toContain('dibatalkan');
    await h.checkA11y(requester);
    await requester.context().close();
  });
});
