/**
 * Every issued document carries a QR code to its public verification page (issue 11 item 7): the
 * code is rendered to pixels with pdftoppm and read back with a QR decoder, and the address is
 * printed beside it. A draft carries none.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderReceipt, renderWrittenNotice } from '../../src/documents';
import type { RenderOptions } from '../../src/documents/types';

const letterhead = {
  nameId: 'Kementerian Luar Negeri Republik Indonesia',
  nameEn: 'Ministry of Foreign Affairs of the Republic of Indonesia',
  address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
  unitNameId: 'PPID Utama — Direktorat Informasi dan Media',
  unitNameEn: 'Main PPID — Directorate of Information and Media',
  logo: readFileSync('public/logo.png'),
};
const URL_ = 'https://ppid.example.go.id/verifikasi/0b8f2c1e-4a6d-4c3b-9f1a-2d3e4f5a6b7c';
const request = {
  registrationNumber: '00042/PPID-PPID/2026',
  receivedDate: '2026-11-23',
  receivedTime: '10.00 WIB',
  channel: 'web',
  unitName: 'PPID Utama',
  requester: { type: 'individual', name: 'Andi Pratama', address: 'Jl. Cikini Raya 12, Jakarta Pusat', phone: null, email: 'andi@example.org' },
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
};
const letter = {
  letterNumber: '7/PPID-PT/XII/2026',
  date: '2026-12-07',
  place: 'Jakarta',
  issuedAt: '2026-12-07T03:00:00.000Z',
  signer: { name: 'Dewi Lestari', position: 'PPID Utama, Direktur Informasi dan Media' },
};

/** Each page as grey pixels (pdftoppm -gray: a PGM per page), read by jsQR. */
function qrCodesOf(pdf: Buffer): Array<string | null> {
  const out = execFileSync('pdftoppm', ['-r', '150', '-gray', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 });
  const pages: Array<string | null> = [];
  let at = 0;
  while (at < out.length) {
    // P5\n<width> <height>\n255\n<bytes>
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(at, at + 40).toString('latin1'));
    if (!header) break;
    const [whole, w, h] = header;
    const width = Number(w);
    const height = Number(h);
    const start = at + whole.length;
    const grey = out.subarray(start, start + width * height);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < grey.length; i += 1) {
      rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = grey[i]!;
      rgba[i * 4 + 3] = 255;
    }
    pages.push(jsQR(rgba, width, height)?.data ?? null);
    at = start + width * height;
  }
  return pages;
}
const text = (pdf: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

describe('the verification QR code', () => {
  it('is on every page of an issued letter and reads as its verification address, printed beside it', async () => {
    const options: RenderOptions = { lang: 'id', letterhead, verifyUrl: URL_ };
    const pdf = await renderWrittenNotice({ request, letter, decision: { outcome: 'granted', fees: {} } as never, objectionDue: '2027-01-20' }, options);
    const codes = qrCodesOf(pdf);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === URL_)).toBe(true);
    expect(text(pdf).replace(/\s+/g, ' ')).toContain(`Verifikasi: ${URL_}`);
  });

  it('in English too, and on the receipt', async () => {
    const pdf = await renderReceipt({ request, noticeDue: '2026-12-07', letter: { ...letter, signer: null } }, { lang: 'en', letterhead, verifyUrl: URL_ });
    expect(qrCodesOf(pdf)).toEqual([URL_]);
    expect(text(pdf).replace(/\s+/g, ' ')).toContain(`Verify: ${URL_}`);
  });

  it('is never on a draft', async () => {
    const pdf = await renderReceipt({ request, noticeDue: '2026-12-07', letter }, { lang: 'id', letterhead, verifyUrl: URL_, draft: true });
    expect(qrCodesOf(pdf)).toEqual([null]);
    expect(text(pdf)).not.toContain('Verifikasi:');
  });
});
