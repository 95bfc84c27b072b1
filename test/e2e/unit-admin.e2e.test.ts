/**
 * The units and missions pages in Chromium, as an administrator uses them at 1366 and 390 px:
 * WCAG 2.1 AA (axe), no sideways scroll, a mission added through the form (its errors first), the
 * mission's page, a closed unit keeping its open case.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { validFiling } from '../helpers/context';
import { type Harness, startHarness } from './harness';

const WIDE = { width: 1366, height: 900 };
const NARROW = { width: 390, height: 844 };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-22T07:00:00.000Z' }); // Sunday 10:00 in Riyadh
});
afterAll(async () => {
  await h?.close();
});

const text = (page: Page, selector = 'main') => page.locator(selector).innerText();

async function atBothWidths(page: Page, name: string) {
  for (const [size, viewport] of [
    ['1366', WIDE],
    ['390', NARROW],
  ] as const) {
    await page.setViewportSize(viewport);
    expect(await page.evaluate('document.documentElement.scrollWidth'), `${name} at ${size} px`).toBeLessThanOrEqual(viewport.width);
    await h.checkA11y(page);
    await h.screenshot(`unit-admin-${name}-${size}`, page);
  }
  await page.setViewportSize(WIDE);
}

describe('units and missions administration in the browser', () => {
  it('lists, adds a mission (after its errors), shows it, and closes a unit that keeps its case', { timeout: 360_000 }, async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/admin/unit`);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${h.baseUrl}/admin/unit`);
    await expect(text(page, 'h1')).resolves.toBe('Unit dan perwakilan');
    await atBothWidths(page, 'list');

    // A bad form: a zone that is not IANA, no weekend ticked.
    const form = page.locator('form[action="/admin/unit"]');
    await form.getByLabel('Kode').fill('KJRI-DAMMAM');
    await form.getByLabel('Jenis').selectOption('consulate_general');
    await form.getByLabel('Nama (bahasa Indonesia)').fill('KJRI Dammam');
    await form.getByLabel('Nama (bahasa Inggris)').fill('Consulate General of Indonesia in Dammam');
    await form.getByLabel('Negara').fill('SA');
    await form.getByLabel('Kota').fill('Dammam');
    await form.getByLabel('Zona waktu (IANA)').fill('WIB');
    for (const day of ['Sabtu', 'Minggu']) await form.getByLabel(day, { exact: true }).uncheck();
    await form.getByRole('button', { name: 'Tambahkan' }).click();
    await expect(text(page, '#add-error-summary')).resolves.toMatch(/Zona waktu \(IANA\): Zona waktu harus nama IANA/);
    await atBothWidths(page, 'add-errors');

    const again = page.locator('form[action="/admin/unit"]');
    await again.getByLabel('Zona waktu (IANA)').fill('Asia/Riyadh');
    for (const day of ['Jumat', 'Sabtu']) await again.getByLabel(day, { exact: true }).check();
    await again.getByLabel('Unit induk').selectOption('KBRI-RIYADH');
    await again.getByRole('button', { name: 'Tambahkan' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/unit/KJRI-DAMMAM?selesai=dibuat`);
    await expect(text(page)).resolves.toContain('Unit ditambahkan.');
    await expect(text(page)).resolves.toContain('Jumat, Sabtu');
    await atBothWidths(page, 'mission');

    // A request filed at AMEROP stays there when the unit is closed.
    const filed = await (
      await fetch(`${h.baseUrl}/api/v1/requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(validFiling({ unit: 'AMEROP' })),
      })
    ).json();
    await page.goto(`${h.baseUrl}/admin/unit/AMEROP`);
    await page.getByLabel('Alasan').fill('Digabung ke direktorat jenderal baru.');
    await page.getByRole('button', { name: 'Tutup unit ini' }).click();
    await page.waitForURL(`${h.baseUrl}/admin/unit/AMEROP?selesai=ditutup`);
    await expect(text(page)).resolves.toContain((filed as { registrationNumber: string }).registrationNumber);
    await expect(text(page)).resolves.toContain('Kasus terbuka di unit ini (1)');
    await atBothWidths(page, 'closed');
  });
});
