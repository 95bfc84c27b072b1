/**
 * Public statistics and the auditor's report page in a real browser (Chromium), over the report
 * fixture built through the real workflow: what a person sees, axe-core (WCAG 2.1 AA) on every
 * page, screenshots at desktop and phone width in test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import type { TestContext } from '../helpers/context';
import { buildFixture } from '../integration/report-fixture';
import { DESKTOP, type Harness, PHONE, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: '2025-12-01T03:00:00.000Z' });
  // The fixture speaks to the same app in-process (the browser uses its port).
  const app = createApp(h.deps);
  const api: TestContext['api'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await app.request(path, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  };
  const login = async (username: string) => (await api('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } })).body.token as string;
  await buildFixture({ deps: h.deps, app, clock: h.clock, api, login, close: async () => {} });
}, 180_000);
afterAll(async () => {
  await h?.close();
});

const text = (page: Page, selector = 'main') => page.locator(selector).innerText();

async function noSidewaysScroll(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  expect(await page.evaluate('document.documentElement.scrollWidth'), `${name} at ${PHONE.width} px`).toBeLessThanOrEqual(PHONE.width);
  await h.screenshot(`${name}-phone`, page);
  await page.setViewportSize(DESKTOP);
}

describe('public statistics', () => {
  it('the year’s Art. 12 figures with charts and tables, a year selector, no personal data; WCAG 2.1 AA', async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/statistik?tahun=2026`);
    await expect(text(page, 'h1')).resolves.toBe('Statistik layanan informasi 2026');
    await expect(text(page, '[data-testid="stat-received"]')).resolves.toBe('7');
    await expect(text(page, '[data-testid="stat-decided"]')).resolves.toBe('5');
    await expect(text(page, '[data-testid="stat-outcome-denied"]')).resolves.toBe('1');
    // Each chart is an image with a name and the numbers in words; its table holds the same numbers.
    const chart = page.locator('svg#chart-months, svg[aria-labelledby^="chart-months"]').first();
    await expect(chart.getAttribute('role')).resolves.toBe('img');
    await expect(page.locator('#chart-months-desc').textContent()).resolves.toContain('Februari: 2');
    await expect(text(page)).resolves.toMatch(/Pasal 17 huruf b\s+1/);
    await expect(text(page)).resolves.not.toContain('Hendra Wijayakusuma');
    await h.checkA11y(page);
    await h.screenshot('statistics-2026', page);
    await noSidewaysScroll(page, 'statistics-2026');
    // The year selector: 2027 holds the request received on 1 January 2027 (WIB).
    await page.getByRole('navigation', { name: 'Pilih tahun' }).getByRole('link', { name: '2027' }).click();
    await expect(text(page, 'h1')).resolves.toBe('Statistik layanan informasi 2027');
    await expect(text(page, '[data-testid="stat-received"]')).resolves.toBe('1');
    await h.checkA11y(page);
  });
});

describe('the auditor’s reports', () => {
  it('from the workspace home to a semester report for one unit and its downloads; WCAG 2.1 AA', async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/auditor`);
    await page.waitForURL('**/petugas/masuk?next=%2Fauditor');
    await page.getByLabel('Nama pengguna').fill('auditor');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(`${h.baseUrl}/auditor`);
    await expect(text(page, 'h1')).resolves.toBe('Ruang auditor');
    await h.checkA11y(page);
    await h.screenshot('auditor-home', page);
    await noSidewaysScroll(page, 'auditor-home');

    await page.getByRole('link', { name: 'Laporan layanan informasi publik' }).click();
    await page.getByLabel('Tahun').selectOption('2026');
    await page.getByLabel('Periode').selectOption('1');
    await page.getByLabel('Unit atau perwakilan').selectOption('PPID');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL('**/auditor/laporan?tahun=2026&semester=1&unit=PPID');
    await expect(text(page, '[data-testid="report-received"]')).resolves.toBe('4');
    await h.checkA11y(page);
    await h.screenshot('auditor-report', page);
    await noSidewaysScroll(page, 'auditor-report');

    // One click: the PDF download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('laporan-layanan-2026-s1-PPID.pdf');
  });
});

describe('the audit trail’s integrity pages', () => {
  it('the trail with hashes and links, the signed checkpoints, the bundle form; WCAG 2.1 AA, no personal data', async () => {
    const page = h.page; // signed in as the auditor above
    await page.goto(`${h.baseUrl}/auditor`);
    await page.getByRole('link', { name: 'Jejak audit', exact: true }).click();
    await page.waitForURL('**/auditor/jejak-audit');
    await expect(text(page)).resolves.toMatch(/[0-9a-f]{16}/);
    await expect(text(page)).resolves.not.toContain('Hendra Wijayakusuma');
    await h.checkA11y(page);
    await noSidewaysScroll(page, 'auditor-trail');

    await page.goto(`${h.baseUrl}/auditor/checkpoint`);
    await h.checkA11y(page);
    await noSidewaysScroll(page, 'auditor-checkpoints');

    await page.goto(`${h.baseUrl}/auditor/bundel`);
    await h.checkA11y(page);
    await noSidewaysScroll(page, 'auditor-bundle');
  });
});
