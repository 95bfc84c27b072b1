/**
 * The citizen's web experience in a real browser (Chromium): filing in Indonesian and in English,
 * field errors, the receipt, tracking by number and code, and the way to an objection — each step
 * asserting what a person sees, checked with axe-core (WCAG 2.1 AA), with screenshots at desktop
 * and phone width in test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { realImage, realPdf } from '../helpers/files';
import { DESKTOP, type Harness, PHONE, startHarness } from './harness';

let h: Harness;
/** A real scan and a real deed: the server checks uploads whole. */
let PNG: Buffer;
let PDF: Buffer;
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB
  PNG = Buffer.from(await realImage('png'));
  PDF = Buffer.from(await realPdf('Akta pendirian Yayasan Keterbukaan Nusantara'));
});
afterAll(async () => {
  await h?.close();
});

/** What the first filing gave the person: read off the receipt page. */
const filed = { number: '', code: '' };

const visibleText = (page: Page, selector: string) => page.locator(selector).innerText();
const activeId = (page: Page) => page.evaluate('document.activeElement && document.activeElement.id');
/** Screenshots at phone width (360 px) after checking nothing makes the page scroll sideways, there and at 200% zoom (640 px). */
async function phoneShot(name: string, page: Page) {
  for (const width of [PHONE.width, DESKTOP.width / 2]) {
    await page.setViewportSize({ width, height: PHONE.height });
    expect(await page.evaluate('document.documentElement.scrollWidth'), `${name} at ${width} px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize(PHONE);
  await h.screenshot(name, page);
  await page.setViewportSize(DESKTOP);
}
const caseCount = async () => (await h.deps.db.selectFrom('cases').select('id').execute()).length;

describe('a requester on the public site', () => {
  it('files a request in Indonesian: sees the errors beside the fields, fixes them, and gets the receipt', { timeout: 90_000 }, async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/`);
    await expect(visibleText(page, 'h1')).resolves.toBe('Layanan permohonan informasi publik');
    await expect(visibleText(page, 'main')).resolves.toContain('Informasinya gratis.');
    await h.checkA11y(page);
    await h.screenshot('home-desktop', page);
    await phoneShot('home-phone', page);

    await page.getByRole('link', { name: 'Ajukan permohonan' }).first().click();
    await expect(visibleText(page, 'h1')).resolves.toBe('Ajukan permohonan informasi publik');
    await h.checkA11y(page);
    await h.screenshot('form-desktop', page);
    await phoneShot('form-phone', page);

    // A bad submission: a name and too short a description only.
    await page.getByLabel('Nama lengkap').fill('Siti Rahma');
    await page.getByLabel('Rincian informasi yang dibutuhkan').fill('anggaran');
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.waitForURL('**/ajukan');
    const summary = page.locator('#error-summary');
    await expect(summary.locator('h2').innerText()).resolves.toBe('Ada 7 isian yang perlu diperbaiki');
    await expect(activeId(page)).resolves.toBe('error-summary'); // the script moves the focus to the summary
    await expect(summary.innerText()).resolves.toContain('Alamat: Wajib diisi.');
    await expect(visibleText(page, '#f-information-error')).resolves.toMatch(/^Kesalahan:\s+Terlalu pendek \(minimal 10 karakter\)\.$/);
    await expect(page.getByLabel('Nama lengkap').inputValue()).resolves.toBe('Siti Rahma');
    await expect(page.getByLabel('Rincian informasi yang dibutuhkan').inputValue()).resolves.toBe('anggaran');
    await expect(page.title()).resolves.toMatch(/^Kesalahan: /);
    await h.checkA11y(page);
    await h.screenshot('form-errors-desktop', page);
    await phoneShot('form-errors-phone', page);
    // The summary's link takes the person to the field.
    await summary.getByRole('link', { name: 'Alamat: Wajib diisi.' }).click();
    await expect(activeId(page)).resolves.toBe('f-requester-address');

    // Fix everything. Choosing "individual" hides the legal-entity number.
    await page.getByLabel('Perseorangan').check();
    await expect(page.getByLabel('Nomor SK pengesahan badan hukum').isVisible()).resolves.toBe(false);
    await page.getByLabel('NIK', { exact: true }).fill('3171012304900002');
    await page.getByLabel('Jenis dokumen identitas').selectOption('ktp');
    await page.getByLabel('Berkas dokumen identitas').setInputFiles({ name: 'ktp.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel('Alamat', { exact: true }).fill('Jl. Cikini Raya 12, Jakarta Pusat');
    await page.getByLabel('Alamat e-mail').fill('siti@example.org');
    await page.getByLabel('Rincian informasi yang dibutuhkan').fill('Realisasi anggaran perjalanan dinas luar negeri tahun 2025.');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Liputan jurnalistik.');
    await page.getByLabel('Salinan elektronik (softcopy)').check();
    await page.getByLabel('E-mail', { exact: true }).check();
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.waitForURL('**/tanda-terima');

    await expect(visibleText(page, 'h1')).resolves.toBe('Permohonan Anda telah diterima');
    filed.number = await visibleText(page, '[data-testid="registration-number"]');
    filed.code = await visibleText(page, '[data-testid="tracking-code"]');
    expect(filed.number).toBe('00001/PPID-PPID/2026');
    expect(filed.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await expect(visibleText(page, 'main')).resolves.toContain('Simpan kode ini sekarang.');
    await expect(visibleText(page, '[data-testid="notice-due"]')).resolves.toBe('7 Desember 2026');
    await expect(visibleText(page, 'main')).resolves.toContain('Tidak dihitung: 28–29 November 2026 (akhir pekan), 5–6 Desember 2026 (akhir pekan).');
    await expect(page.getByRole('link', { name: 'Unduh tanda terima (PDF)' }).getAttribute('href')).resolves.toBe(
      '/api/v1/requests/00001%2FPPID-PPID%2F2026/receipt.pdf',
    );
    await h.checkA11y(page);
    await h.screenshot('receipt-desktop', page);
    await phoneShot('receipt-phone', page);

    // A reload shows the same receipt and files nothing.
    await page.reload();
    await expect(visibleText(page, '[data-testid="registration-number"]')).resolves.toBe(filed.number);
    expect(await caseCount()).toBe(1);
    const stored = await h.deps.db.selectFrom('identity_documents').select(['kind', 'content_type']).execute();
    expect(stored).toEqual([{ kind: 'ktp', content_type: 'image/png' }]);
  });

  it('switches to English with the visible switch, keeps it, and files as a legal entity with a double-click', { timeout: 90_000 }, async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(visibleText(page, 'h1')).resolves.toBe('Public information requests');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'File a request' }).click();
    await expect(visibleText(page, 'h1')).resolves.toBe('File a public information request'); // remembered

    await page.getByLabel('Indonesian legal entity').check();
    await expect(page.getByLabel('NIK', { exact: true }).isVisible()).resolves.toBe(false);
    await page.getByLabel('Name of the legal entity').fill('Yayasan Keterbukaan Nusantara');
    await page.getByLabel('Legal entity ratification (SK pengesahan) number').fill('AHU-0012345.AH.01.04.2019');
    await page.getByLabel('Kind of identity document').selectOption('deed');
    await page.getByLabel('Identity document file').setInputFiles({ name: 'akta.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel('Address', { exact: true }).fill('Jl. Diponegoro 5, Bandung');
    await page.getByLabel('Phone number').fill('+62 22 1234 5678');
    await page.getByLabel('The information you need').fill('Budget and spending on official travel abroad in 2025.');
    await page.getByLabel('What you will use it for').fill('A study of public budget accountability.');
    await page.getByLabel('A printed copy (hard copy)').check();
    await page.getByLabel('Post', { exact: true }).check();
    await page.getByLabel('Addressed to').selectOption('KBRI-TOKYO');
    await page.getByRole('button', { name: 'Send request' }).dblclick();
    await page.waitForURL('**/tanda-terima');

    await expect(visibleText(page, 'h1')).resolves.toBe('Your request has been received');
    await expect(visibleText(page, '[data-testid="registration-number"]')).resolves.toBe('00002/PPID-KBRI-TOKYO/2026');
    await expect(visibleText(page, 'main')).resolves.toContain('Keep this code now.');
    await expect(visibleText(page, 'main')).resolves.toMatch(/Received\s+23 November 2026 at 12:00 (GMT\+9|UTC\+9)/);
    await h.checkA11y(page);
    expect(await caseCount()).toBe(2); // the double-click filed once
    await page.context().close();
  });

  it('tracks the request from another browser with the number and the code', { timeout: 90_000 }, async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/lacak`);
    await page.getByLabel('Nomor pendaftaran').fill(filed.number);
    await page.getByLabel('Kode pelacakan').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: 'Lihat status' }).click();
    await expect(visibleText(page, '#f-kode-error')).resolves.toContain('Tidak ada permohonan dengan nomor dan kode pelacakan itu.');
    await h.checkA11y(page);

    await page.getByLabel('Kode pelacakan').fill(filed.code.toLowerCase());
    await page.getByRole('button', { name: 'Lihat status' }).click();
    await page.waitForURL(`**/lacak?nomor=${encodeURIComponent(filed.number)}`);
    expect(page.url()).not.toContain(filed.code);
    await expect(visibleText(page, '[data-testid="status"]')).resolves.toBe('Terdaftar, menunggu diproses PPID');
    await expect(visibleText(page, '[data-testid="deadline-notice"]')).resolves.toContain('7 Desember 2026');
    await expect(visibleText(page, '[data-testid="deadline-notice"]')).resolves.toContain('sehingga hari ke-0 adalah Senin, 23 November 2026');
    await expect(visibleText(page, '.timeline')).resolves.toContain('Permohonan diterima dan didaftarkan');
    await expect(page.getByRole('link', { name: 'Ajukan keberatan' }).count()).resolves.toBe(0); // not yet: the PPID still has time
    await h.checkA11y(page);
    await h.screenshot('tracking-desktop', page);
    await phoneShot('tracking-phone', page);
    await page.context().close();
  });

  it('reads the public statistics: numbers only', { timeout: 60_000 }, async () => {
    const page = await h.newPage({ locale: 'en-GB' });
    await page.goto(`${h.baseUrl}/`);
    await page.getByRole('link', { name: 'Service statistics: requests, timeliness, outcomes' }).click();
    await expect(visibleText(page, 'h1')).resolves.toBe('Information service statistics 2026');
    await expect(visibleText(page, '[data-testid="stat-received"]')).resolves.toBe('2');
    await expect(visibleText(page, '[data-testid="stat-open"]')).resolves.toBe('2');
    await expect(visibleText(page, 'main')).resolves.not.toContain('Siti');
    await h.checkA11y(page);
    await phoneShot('statistics-phone', page);
    await page.context().close();
  });

  it('once the notice deadline has passed unanswered, files an objection from the tracking page', { timeout: 90_000 }, async () => {
    h.clock.now = new Date('2026-12-08T03:00:00.000Z'); // Tuesday: the notice was due by the end of Monday 7 December
    await markOverdue(h.deps);
    const page = await h.newPage({ locale: 'en-GB' });
    await page.goto(`${h.baseUrl}/lacak`);
    await page.getByLabel('Registration number').fill(filed.number);
    await page.getByLabel('Tracking code').fill(filed.code);
    await page.getByRole('button', { name: 'See the status' }).click();
    await page.waitForURL('**/lacak?nomor=*');
    await expect(visibleText(page, 'main')).resolves.toContain('The written-notice deadline has passed.');
    await expect(visibleText(page, '.timeline')).resolves.toContain('The written-notice deadline passed');
    await expect(visibleText(page, '[data-testid="objection-window"]')).resolves.toMatch(/Last day to object: \d+ \w+ 2027/);
    await h.checkA11y(page);
    await h.screenshot('tracking-overdue-desktop', page);
    await phoneShot('tracking-overdue-phone', page);
    const objection = page.getByRole('link', { name: 'File an objection' });
    await expect(objection.getAttribute('href')).resolves.toBe(`/keberatan?nomor=${encodeURIComponent(filed.number)}`);

    // The objection form (keberatan): the seven grounds of Art. 35(1), the reasons, the window.
    await objection.click();
    await expect(visibleText(page, 'h1')).resolves.toBe('File an objection');
    await expect(page.getByRole('checkbox').count()).resolves.toBe(7);
    await page.getByRole('checkbox', { name: /Letter c:/ }).check();
    await page.getByLabel('Your reasons (case summary)').fill('Ten working days passed and I received no written notice at all.');
    await page.getByRole('button', { name: 'Send the objection' }).click();
    await page.waitForURL('**/keberatan/tanda-terima?nomor=*');
    await expect(visibleText(page, 'main')).resolves.toContain('Your objection has been received.');
    await expect(visibleText(page, '[data-testid="response-due"]')).resolves.toMatch(/^\d+ \w+ 2027$/);
    await h.checkA11y(page);

    // Back on the tracking page: the objection is listed, and no second one is offered for the same ground.
    await page.getByRole('link', { name: 'Back to the request status' }).click();
    await expect(visibleText(page, '[data-testid="objection"]')).resolves.toContain('Letter c:');
    await expect(visibleText(page, '.timeline')).resolves.toContain('Objection received and registered');
    await expect(page.getByRole('link', { name: 'File an objection' }).count()).resolves.toBe(0);
    await h.checkA11y(page);
    await h.screenshot('tracking-objection-desktop', page);
    await page.context().close();
  });
});
