/**
 * The officer workspace in a real browser (Chromium): each demo role logs in and does its daily
 * work — the PPID Utama assigns a case to a mission, the mission's PPID Pelaksana accepts it and
 * drafts the answer, the PPID Utama decides; another unit's officer cannot open the case by URL;
 * the auditor reads it without personal data. Pages are checked with axe-core (WCAG 2.1 AA),
 * with screenshots in test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { validFiling } from '../helpers/context';
import { DESKTOP, type Harness, PHONE, startHarness } from './harness';

let h: Harness;
let filed: { id: string; registrationNumber: string };
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB
  const res = await fetch(`${h.baseUrl}/api/v1/requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validFiling({ information: 'Data perlindungan WNI di Arab Saudi tahun 2025, per jenis kasus.' })),
  });
  filed = (await res.json()) as typeof filed;
});
afterAll(async () => {
  await h?.close();
});

const text = (page: Page, selector = 'main') => page.locator(selector).innerText();

async function logIn(page: Page, username: string) {
  await page.goto(`${h.baseUrl}/petugas`);
  await page.waitForURL('**/petugas/masuk?next=%2Fpetugas');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(`${h.baseUrl}/petugas`);
}

async function openAction(page: Page, event: string) {
  await page.locator(`details#event-${event} > summary`).click();
}

describe('a day in the officer workspace', () => {
  it('the PPID Utama assigns the new request to a mission from the case page', { timeout: 90_000 }, async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/petugas/masuk`);
    await h.checkA11y(page);
    await h.screenshot('officer-login', page);
    await logIn(page, 'ppid');
    await expect(text(page, 'h1')).resolves.toBe('Antrean kasus');
    await expect(text(page)).resolves.toContain(filed.registrationNumber);
    await expect(text(page)).resolves.toContain('10 hari kerja lagi');
    await expect(text(page, '.site-header')).resolves.toMatch(/Notifikasi\s+1/);
    await h.checkA11y(page);
    await h.screenshot('officer-queue-desktop', page);
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await h.screenshot('officer-queue-phone', page);
    await page.setViewportSize(DESKTOP);

    await page.getByRole('link', { name: filed.registrationNumber }).click();
    await expect(text(page, 'h1')).resolves.toBe(`Kasus ${filed.registrationNumber}`);
    await expect(text(page)).resolves.toContain('Senin, 7 Desember 2026');
    await h.checkA11y(page);
    await h.screenshot('officer-case-ppid', page);

    // Submitting without a unit: the error is beside the field and in the summary.
    await openAction(page, 'ASSIGN');
    await page.locator('form[data-event="ASSIGN"] button[type="submit"]').click();
    await expect(text(page, '.error-summary')).resolves.toContain('Teruskan ke unit/perwakilan: periksa isian yang ditandai');
    await h.checkA11y(page);
    await page.locator('form[data-event="ASSIGN"]').getByLabel('KBRI Riyadh (KBRI-RIYADH)').check();
    await page.locator('form[data-event="ASSIGN"] button[type="submit"]').click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=ASSIGN`);
    await expect(text(page, '.notice')).resolves.toContain('Tercatat: Teruskan ke unit/perwakilan');
    await expect(text(page, '#h-assignments + .table-scroll')).resolves.toContain('Menunggu diterima');
  });

  it("the mission's PPID Pelaksana accepts it and drafts the answer", { timeout: 90_000 }, async () => {
    const page = await h.newPage();
    await logIn(page, 'pelaksana.kbri');
    await page.getByRole('link', { name: 'Ditugaskan, belum diterima (1)' }).click();
    await page.getByRole('link', { name: filed.registrationNumber }).click();
    await page.getByRole('button', { name: 'Terima penugasan' }).click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=ACCEPT_ASSIGNMENT`);

    await openAction(page, 'SUBMIT_DRAFT');
    const form = page.locator('form[data-event="SUBMIT_DRAFT"]');
    // A denial without its legal basis is refused, field by field.
    await form.getByLabel('Ditolak: informasi yang dikecualikan').check();
    await form.locator('button[type="submit"]').click();
    await expect(text(page, '.error-summary')).resolves.toMatch(/Pengecualian \(Pasal 17 UU 14\/2008\)/);
    await h.checkA11y(page);
    const again = page.locator('form[data-event="SUBMIT_DRAFT"]');
    await again.getByLabel('Dikabulkan sebagian (dengan penghitaman)').check();
    await again.getByLabel('h — mengungkap rahasia pribadi', { exact: true }).check();
    await again.getByLabel('Akibat yang timbul bila informasi dibuka').fill('Data ini memuat nama dan nomor paspor WNI yang dilindungi di Arab Saudi.');
    await again.getByLabel('Pertimbangan kepentingan publik').fill('Kepentingan publik terpenuhi oleh angka agregat; identitas perorangan tidak perlu dibuka.');
    await again.getByLabel('Bagian yang dihitamkan dan alasannya').fill('Nama dan nomor paspor WNI dihitamkan.');
    await again.locator('button[type="submit"]').click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=SUBMIT_DRAFT`);
    await expect(text(page, '#h-assignments + .table-scroll')).resolves.toContain('Draf: Dikabulkan sebagian');
    await h.screenshot('officer-case-mission', page);
  });

  it('the PPID Utama decides on the draft', { timeout: 60_000 }, async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/petugas/kasus/${filed.id}`);
    await expect(text(page)).resolves.toContain('Draf jawaban dikirim');
    await openAction(page, 'DECIDE');
    const form = page.locator('form[data-event="DECIDE"]');
    await form.getByLabel('Dikabulkan sebagian (dengan penghitaman)').check();
    await form.getByLabel('h — mengungkap rahasia pribadi', { exact: true }).check();
    await form.getByLabel('Akibat yang timbul bila informasi dibuka').fill('Data ini memuat nama dan nomor paspor WNI yang dilindungi di Arab Saudi.');
    await form.getByLabel('Pertimbangan kepentingan publik').fill('Kepentingan publik terpenuhi oleh angka agregat; identitas perorangan tidak perlu dibuka.');
    await form.getByLabel('Bagian yang dihitamkan dan alasannya').fill('Nama dan nomor paspor WNI dihitamkan.');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=DECIDE`);
    await expect(text(page, 'p.lead')).resolves.toContain('Sudah diputus');
    await expect(text(page, '#tindakan')).resolves.toContain('Catat penyerahan informasi');
    await expect(text(page, '.timeline')).resolves.toMatch(/Diputuskan; pemberitahuan tertulis diterbitkan[^\n]*\n?.*Dewi Lestari/);
    await h.checkA11y(page);
  });

  it("another unit's PPID Pelaksana cannot open the case by its address", { timeout: 60_000 }, async () => {
    const page = await h.newPage();
    await logIn(page, 'pelaksana.dit');
    await expect(text(page)).resolves.not.toContain(filed.registrationNumber);
    const res = await page.goto(`${h.baseUrl}/petugas/kasus/${filed.id}`);
    expect(res?.status()).toBe(404);
    await expect(text(page, 'h1')).resolves.toBe('Tidak ditemukan');
    await expect(page.content()).resolves.not.toContain(filed.registrationNumber);
  });

  it('the auditor reads the queue and the case without any personal data', { timeout: 60_000 }, async () => {
    const page = await h.newPage();
    await logIn(page, 'auditor');
    await page.getByRole('link', { name: 'Semua yang terbuka (0)' }).waitFor(); // decided: off the open queue
    await page.goto(`${h.baseUrl}/petugas?status=all`);
    await page.getByRole('link', { name: filed.registrationNumber }).click();
    const html = await page.content();
    for (const personal of ['3171012304900002', 'andi@example.org', '+62 812 3456 7890', 'Cikini', 'Andi Pratama']) expect(html).not.toContain(personal);
    // The auditor's read-only view (src/routes/web/auditor/case-view.tsx): no forms at all.
    await page.waitForURL(/\/auditor\/kasus\//);
    await expect(text(page)).resolves.toContain('tanpa data pribadi pemohon');
    await expect(page.locator('main form').count()).resolves.toBe(0);
    await h.checkA11y(page);
    await h.screenshot('officer-case-auditor', page);
  });
});
