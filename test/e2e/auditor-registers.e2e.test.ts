/**
 * The auditor's registers in a real browser (issue 11 items 1–2): the register of requests and of
 * objections with their filters, pages back and next, and downloads; a case and an objection opened
 * from the register in the read-only view — no personal data, no action forms, and every link on
 * these pages opens for the auditor. Each page checked with axe-core (WCAG 2.1 AA); screenshots in
 * test-artifacts/screenshots/. The history is the demo's (db/seed/demo-history.ts), through the
 * real workflow, on a pinned clock.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHistory } from '../../db/seed/demo-history';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { type Harness, PHONE, startHarness } from './harness';

let h: Harness;
let auditor: Page;
/** Everything personal the history holds: none of it may appear on an auditor's page. */
let secrets: string[] = [];

beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T03:00:00.000Z' });
  await seedDemoHistory(h.deps, { requests: 90, days: 120, endAt: new Date('2026-11-20T03:00:00.000Z') });
  const people = await h.deps.db.selectFrom('requesters').select(['name', 'nik', 'passport_number', 'email', 'phone', 'address']).execute();
  secrets = people.flatMap((p) => [p.name, p.nik, p.passport_number, p.email, p.phone, p.address]).filter((s): s is string => !!s);
  const login = await fetch(`${h.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'auditor', password: DEMO_PASSWORD }),
  });
  auditor = await h.newPage();
  await auditor.context().addCookies([{ name: 'terbuka_session', value: ((await login.json()) as { token: string }).token, url: h.baseUrl }]);
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function noPersonalData(page: Page) {
  const html = await page.content();
  for (const s of secrets) expect(html, s).not.toContain(s);
}

/**
 * The workspace home `/auditor` is built on another branch (issue 11 item 1); until it lands here it
 * is the one link not followed. Remove it from this set once `/auditor` answers.
 */
const BUILT_ELSEWHERE = new Set(['/auditor']);

/** Every link on the page opens for the auditor (pages 200, downloads 200): nothing leads to a refusal. */
async function everyLinkOpens(page: Page) {
  const links = page.locator('main a[href]');
  const hrefs: string[] = [];
  for (let i = 0; i < (await links.count()); i++) hrefs.push((await links.nth(i).getAttribute('href'))!);
  for (const href of new Set(hrefs.filter((x) => x.startsWith('/') && !BUILT_ELSEWHERE.has(x)))) {
    const res = await page.request.get(`${h.baseUrl}${href}`);
    expect(res.status(), href).toBe(200);
  }
}

async function phone(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  expect(await page.evaluate('document.documentElement.scrollWidth'), name).toBeLessThanOrEqual(PHONE.width);
  await h.screenshot(name, page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the auditor reads the registers', () => {
  it('walks the register of requests: filters, pages back and next, downloads, and a case opened read-only', async () => {
    await auditor.goto(`${h.baseUrl}/auditor/register/permohonan?from=2026-07-01&to=2026-11-30`);
    await expect(auditor.locator('h1').innerText()).resolves.toBe('Register permohonan');
    const firstPage = await auditor.locator('table.register tbody tr').count();
    expect(firstPage).toBe(25);
    await expect(auditor.locator('table.register tbody tr').first().innerText()).resolves.toMatch(/P-[0-9A-F]{12}/);
    await h.checkA11y(auditor);
    await noPersonalData(auditor);
    await everyLinkOpens(auditor);
    await h.screenshot('auditor-register-permohonan', auditor);
    const firstNumber = await auditor.locator('table.register tbody tr a').first().innerText();

    await auditor.getByRole('link', { name: /Halaman berikutnya/ }).click();
    const secondNumber = await auditor.locator('table.register tbody tr a').first().innerText();
    expect(secondNumber).not.toBe(firstNumber);
    await auditor.getByRole('link', { name: /Halaman sebelumnya/ }).click();
    await expect(auditor.locator('table.register tbody tr a').first().innerText()).resolves.toBe(firstNumber);

    // Filter by decision with the form, then download the filtered CSV in one click.
    await auditor.getByLabel('Keputusan').selectOption('denied');
    await auditor.getByRole('button', { name: 'Tampilkan' }).click();
    await auditor.waitForURL(/outcome=denied/);
    const rows = await auditor.locator('table.register tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toMatch(/Ditolak/);
    await h.checkA11y(auditor);
    const csv = await auditor.request.get(`${h.baseUrl}${await auditor.getByRole('link', { name: 'CSV' }).getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    const body = await csv.text();
    expect(body.split('\r\n').length - 2).toBe(rows.length);
    for (const s of secrets) expect(body, s).not.toContain(s);
    const pdf = await auditor.request.get(`${h.baseUrl}${await auditor.getByRole('link', { name: 'PDF' }).getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // A case from the register: read-only, no forms, no document links, no personal data.
    await auditor.locator('table.register tbody tr a').first().click();
    await auditor.waitForURL(/\/auditor\/kasus\//);
    await expect(auditor.locator('h2', { hasText: 'Riwayat' }).count()).resolves.toBe(1);
    await expect(auditor.locator('main form').count()).resolves.toBe(0);
    await expect(auditor.locator('a[href*="/documents/"]').count()).resolves.toBe(0);
    await expect(auditor.locator('[data-testid=auditor-documents] li').first().innerText()).resolves.toMatch(/SHA-256 [0-9a-f]{64}/);
    await h.checkA11y(auditor);
    await noPersonalData(auditor);
    await everyLinkOpens(auditor);
    await h.screenshot('auditor-case-view', auditor);
    await phone(auditor, 'auditor-case-view-phone');

    // The officer's case page sends the auditor to the read-only view.
    const id = auditor.url().split('/').pop();
    await auditor.goto(`${h.baseUrl}/petugas/kasus/${id}`);
    expect(auditor.url()).toBe(`${h.baseUrl}/auditor/kasus/${id}`);
  }, 120_000);

  it('walks the register of objections and opens an objection read-only', async () => {
    await auditor.goto(`${h.baseUrl}/auditor/register/keberatan?from=2026-07-01&to=2026-11-30&lang=en`);
    await expect(auditor.locator('h1').innerText()).resolves.toBe('Register of objections');
    expect(await auditor.locator('table.register tbody tr').count()).toBeGreaterThan(0);
    await h.checkA11y(auditor);
    await noPersonalData(auditor);
    await everyLinkOpens(auditor);
    await h.screenshot('auditor-register-keberatan-en', auditor);
    // Wide at 1366 px: the table takes the viewport's width and scrolls in its own box, its header row staying in view.
    await auditor.setViewportSize({ width: 1366, height: 600 });
    const region = auditor.locator('.register-scroll');
    expect((await region.boundingBox())!.width).toBeGreaterThan(1300);
    const scrolled = async (top: number, left: number) => {
      const at = await region.evaluate(
        (el, [y, x]) => {
          el.scrollTop = y!;
          el.scrollLeft = x!;
          return [el.scrollTop, el.scrollLeft];
        },
        [top, left],
      );
      const [box, head, number] = await Promise.all([
        region.boundingBox(),
        auditor.locator('.register-scroll thead th').nth(1).boundingBox(),
        auditor.locator('.register-scroll tbody tr').nth(3).locator('td').first().boundingBox(),
      ]);
      return { at, headGap: head!.y - box!.y, numberGap: number!.x - box!.x };
    };
    const down = await scrolled(150, 0);
    expect(down.at[0]).toBeGreaterThan(0);
    expect(down.headGap).toBeLessThan(2);
    // On a phone the number column stays at the left while the row scrolls sideways.
    await auditor.setViewportSize(PHONE);
    const across = await scrolled(0, 200);
    expect(across.at[1]).toBeGreaterThan(0);
    expect(across.numberGap).toBeLessThan(2);
    await auditor.setViewportSize({ width: 1280, height: 900 });
    await phone(auditor, 'auditor-register-keberatan-phone');
    await auditor.locator('table.register tbody tr td:first-child a').first().click();
    await auditor.waitForURL(/\/auditor\/keberatan\//);
    await expect(auditor.locator('main form').count()).resolves.toBe(0);
    await h.checkA11y(auditor);
    await noPersonalData(auditor);
    await everyLinkOpens(auditor);
    await h.screenshot('auditor-objection-view', auditor);
  }, 60_000);

  it('says what is wrong with a filter, beside the field', async () => {
    await auditor.goto(`${h.baseUrl}/auditor/register/permohonan?from=2026-11-30&to=2026-07-01&lang=id`);
    await expect(auditor.locator('.error-summary').innerText()).resolves.toMatch(/tidak boleh sebelum tanggal awal/);
    await h.checkA11y(auditor);
  });
});
