/**
 * Issue 17 in a real browser (Chromium): the whole loop — a requester files with an identity
 * scan; the PPID verifies the scan and assigns the case to a mission; the mission's PPID
 * Pelaksana accepts it and drafts a partial grant with a file; the PPID redacts the file by
 * dragging a region over the exempt words and grants in part; the requester downloads the file
 * from the tracking page and the redacted words are not in its text. A second case goes through
 * a clarification round trip. New pages are checked with axe-core (WCAG 2.1 AA).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { validFiling } from '../helpers/context';
import { realImage, realPdf } from '../helpers/files';
import { PHONE, type Harness, startHarness } from './harness';

const SECRET = 'RAHASIA-BUDI-SANTOSO';
let h: Harness;
let PNG: Buffer;
let PDF: Buffer;
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T03:00:00.000Z' });
  PNG = Buffer.from(await realImage('png', 240, 150));
  PDF = Buffer.from(await realPdf(`Daftar narasumber: ${SECRET}.\n\n\n\n\nRingkasan kegiatan terbuka untuk umum.`));
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

async function track(page: Page, number: string, code: string) {
  await page.goto(`${h.baseUrl}/lacak`);
  await page.getByLabel('Nomor pendaftaran').fill(number);
  await page.getByLabel('Kode pelacakan').fill(code);
  await page.getByRole('button', { name: 'Lihat status' }).click();
  await page.waitForURL('**/lacak?nomor=*');
}

/** The case page, with or without a fragment (#identitas, #berkas). */
const caseUrl = (id: string) => new RegExp(`/petugas/kasus/${id}(#[a-z]+)?$`);

const pdfText = (bytes: Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'f.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', [path, '-']).toString();
};

describe('the answer reaches the requester', () => {
  const filed = { number: '', code: '', id: '' };

  it('a requester files with an identity scan; the PPID verifies it and assigns to a mission', { timeout: 120_000 }, async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}/ajukan`);
    await page.getByLabel('Perseorangan').check();
    await page.getByLabel('Nama lengkap').fill('Siti Rahma');
    await page.getByLabel('NIK', { exact: true }).fill('3171014506880003');
    await page.getByLabel('Jenis dokumen identitas').selectOption('ktp');
    await page.getByLabel('Berkas dokumen identitas').setInputFiles({ name: 'ktp.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel('Alamat', { exact: true }).fill('Jl. Cikini Raya 12, Jakarta Pusat');
    await page.getByLabel('Alamat e-mail').fill('siti@example.org');
    await page.getByLabel('Rincian informasi yang dibutuhkan').fill('Laporan kegiatan perlindungan WNI di Arab Saudi tahun 2025.');
    await page.getByLabel('Tujuan penggunaan informasi').fill('Penelitian.');
    await page.getByLabel('Salinan elektronik (softcopy)').check();
    await page.getByLabel('E-mail', { exact: true }).check();
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await page.waitForURL('**/tanda-terima');
    filed.number = (await text(page, '[data-testid="registration-number"]')).trim();
    filed.code = (await text(page, '[data-testid="tracking-code"]')).trim();
    filed.id = (await h.deps.db.selectFrom('cases').select('id').executeTakeFirstOrThrow()).id;

    const ppid = h.page;
    await logIn(ppid, 'ppid');
    await ppid.goto(`${h.baseUrl}/petugas/kasus/${filed.id}`);
    const scan = ppid.locator('figure.identity-scan img');
    await expect(scan.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth)).resolves.toBe(240);
    await ppid.getByLabel('Terverifikasi: dokumen cocok dengan data pemohon').check();
    await ppid.getByRole('button', { name: 'Catat hasil pemeriksaan' }).click();
    await ppid.waitForURL(caseUrl(filed.id));
    await expect(text(ppid, '[data-testid="identity-check"]')).resolves.toContain('Terverifikasi');
    await h.checkA11y(ppid);
    await h.screenshot('answers-identity-check', ppid);

    await ppid.locator('details#event-ASSIGN > summary').click();
    await ppid.locator('form[data-event="ASSIGN"]').getByLabel('KBRI Riyadh (KBRI-RIYADH)').check();
    await ppid.locator('form[data-event="ASSIGN"] button[type="submit"]').click();
    await ppid.waitForURL(`**/petugas/kasus/${filed.id}?selesai=ASSIGN`);
  });

  it('the mission accepts and drafts a partial grant with a file', { timeout: 120_000 }, async () => {
    const page = await h.newPage();
    await logIn(page, 'pelaksana.kbri');
    await page.goto(`${h.baseUrl}/petugas/kasus/${filed.id}`);
    await page.getByRole('button', { name: 'Terima penugasan' }).click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=ACCEPT_ASSIGNMENT`);
    await page.getByLabel('Lampirkan berkas').setInputFiles({ name: 'laporan.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Unggah' }).click();
    await page.waitForURL(caseUrl(filed.id));
    await expect(text(page, '[data-testid="answer-files"]')).resolves.toContain('laporan.pdf');
    await h.checkA11y(page);

    await page.locator('details#event-SUBMIT_DRAFT > summary').click();
    const form = page.locator('form[data-event="SUBMIT_DRAFT"]');
    await form.getByLabel('Dikabulkan sebagian (dengan penghitaman)').check();
    await form.getByLabel('h — mengungkap rahasia pribadi', { exact: true }).check();
    await form.getByLabel('Akibat yang timbul bila informasi dibuka').fill('Nama narasumber yang dilindungi akan terungkap dan membahayakannya.');
    await form.getByLabel('Pertimbangan kepentingan publik').fill('Kepentingan publik terpenuhi oleh ringkasan kegiatan tanpa nama narasumber.');
    await form.getByLabel('Bagian yang dihitamkan dan alasannya').fill('Nama narasumber dihitamkan.');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=SUBMIT_DRAFT`);
  });

  it('the PPID redacts the file on its page and grants in part, from the draft', { timeout: 120_000 }, async () => {
    const page = h.page;
    await page.goto(`${h.baseUrl}/petugas/notifikasi`);
    await expect(text(page)).resolves.toContain('Draf jawaban dari PPID Pelaksana masuk');
    await page.goto(`${h.baseUrl}/petugas/kasus/${filed.id}`);
    await page.getByRole('link', { name: 'Hitamkan laporan.pdf' }).click();
    await page.waitForURL('**/hitamkan');
    const img = page.locator('figure.redaction-page img').first();
    await img.evaluate((el) => {
      const i = el as unknown as { complete: boolean; addEventListener: (t: string, f: () => void) => void };
      return i.complete ? null : new Promise<void>((r) => i.addEventListener('load', () => r()));
    });
    const box = (await img.boundingBox())!;
    const k = box.width / 595.28; // screen pixels per point
    // The first line is at about 72–90 pt from the top (the open text lies well below): drag a box over it.
    await page.mouse.move(box.x + 60 * k, box.y + 62 * k);
    await page.mouse.down();
    await page.mouse.move(box.x + 300 * k, box.y + 90 * k, { steps: 5 });
    await page.mouse.move(box.x + 560 * k, box.y + 96 * k, { steps: 5 });
    await page.mouse.up();
    const first = page.locator('tr.region-row').first();
    await expect(first.locator('input[name="r-page"]').inputValue()).resolves.toBe('1');
    await first.locator('select[name="r-letter"]').selectOption('h');
    await h.checkA11y(page);
    await h.screenshot('answers-redaction', page);
    await page.getByRole('button', { name: 'Hitamkan dan simpan versi baru' }).click();
    await page.waitForURL(caseUrl(filed.id));
    await expect(text(page, '[data-testid="answer-files"]')).resolves.toContain('laporan-dihitamkan.pdf');

    await page.locator('details#event-DECIDE > summary').click();
    const form = page.locator('form[data-event="DECIDE"]');
    // The form starts from the unit's draft.
    await expect(form.getByLabel('Dikabulkan sebagian (dengan penghitaman)').isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('Bagian yang dihitamkan dan alasannya').inputValue()).resolves.toBe('Nama narasumber dihitamkan.');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(`**/petugas/kasus/${filed.id}?selesai=DECIDE`);
    await expect(text(page, '[data-testid="answer-files"]')).resolves.toContain('diserahkan kepada pemohon');
    await h.checkA11y(page);
  });

  it('the requester downloads the released file from the tracking page; the redacted words are gone', { timeout: 120_000 }, async () => {
    const page = await h.newPage({ viewport: PHONE });
    await track(page, filed.number, filed.code);
    const link = page.locator('[data-testid="released-files"] a');
    await expect(link.innerText()).resolves.toBe('laporan-dihitamkan.pdf');
    await h.checkA11y(page);
    await h.screenshot('answers-tracking-phone', page);
    const res = await page.request.get(`${h.baseUrl}${await link.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    const words = pdfText(await res.body());
    expect(words).toContain('Ringkasan kegiatan terbuka untuk umum');
    expect(words).not.toContain('RAHASIA');
    expect(words).not.toContain('SANTOSO');
  });
});

describe('clarification round trip', () => {
  it('the PPID asks; the requester sees what and until when, answers on the tracking page; the case returns to the PPID', { timeout: 120_000 }, async () => {
    const res = await fetch(`${h.baseUrl}/api/v1/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(validFiling()),
    });
    const second = (await res.json()) as { id: string; registrationNumber: string; trackingCode: string };
    const ppid = h.page;
    await ppid.goto(`${h.baseUrl}/petugas/kasus/${second.id}`);
    await ppid.getByRole('button', { name: /Tangani sendiri|Tangani langsung/ }).click();
    await ppid.waitForURL(`**/petugas/kasus/${second.id}?selesai=START_REVIEW`);
    await ppid.locator('details#event-REQUEST_CLARIFICATION > summary').click();
    const form = ppid.locator('form[data-event="REQUEST_CLARIFICATION"]');
    await form.locator('textarea, input[type="text"]').first().fill('Perjanjian tahun berapa yang Anda maksud?');
    await form.locator('button[type="submit"]').click();
    await ppid.waitForURL(`**/petugas/kasus/${second.id}?selesai=REQUEST_CLARIFICATION`);

    const page = await h.newPage();
    await track(page, second.registrationNumber, second.trackingCode);
    await expect(text(page, '[data-testid="clarification-question"]')).resolves.toBe('Perjanjian tahun berapa yang Anda maksud?');
    await expect(text(page, '[data-testid="clarification-until"]')).resolves.toContain('7 Desember 2026');
    await h.checkA11y(page);
    await page.getByLabel('Jawaban Anda').fill('Perjanjian tahun 2024.');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.waitForURL('**/lacak?nomor=*');
    await expect(page.locator('[data-testid="clarification-question"]').count()).resolves.toBe(0);

    await ppid.goto(`${h.baseUrl}/petugas/kasus/${second.id}`);
    await expect(text(ppid)).resolves.toContain('Perjanjian tahun berapa yang Anda maksud?');
    await expect(text(ppid, '.timeline')).resolves.toContain('Klarifikasi pemohon diterima');
    await expect(text(ppid, '#tindakan')).resolves.toContain('Minta klarifikasi');
  });
});
