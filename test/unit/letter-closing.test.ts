/**
 * The signature never stands alone on a page (issue 18): every kind of letter, its body grown one
 * line at a time until the closing paragraph reaches the bottom of page 1 and beyond, is read
 * back page by page (pdftotext); the closing paragraph, its last words and the signer's name (or
 * the electronic-issue line) are always on the same page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  renderDenialDecision,
  renderExtensionNotice,
  renderObjectionDecision,
  renderObjectionReceipt,
  renderReceipt,
  renderWrittenNotice,
} from '../../src/documents';
import type { LetterInfo, RenderOptions, RequestFacts } from '../../src/documents/types';

/** Each page's text, whitespace folded. */
const pages = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' '));
const pageOf = (texts: string[], phrase: string) => texts.findIndex((p) => p.includes(phrase));

const options: RenderOptions = {
  lang: 'id',
  letterhead: {
    nameId: 'Kementerian Luar Negeri Republik Indonesia',
    nameEn: 'Ministry of Foreign Affairs of the Republic of Indonesia',
    address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
    unitNameId: 'PPID Utama — Direktorat Informasi dan Media',
    contact: { id: 'Layanan PPID: Telp. +62 21 3441508 · ppid@kemlu.go.id · Senin–Jumat 08.00–16.00 WIB', en: 'PPID service' },
    logo: readFileSync('public/logo.png'),
  },
  verifyUrl: 'http://localhost:8787/verifikasi/00000000-0000-4000-8000-000000000000',
};
/** A draft has no verification footer: a shorter page, on which a short notice fits whole. */
const draft: RenderOptions = { ...options, verifyUrl: undefined, draft: true };
const signer = { name: 'Dewi Lestari', position: 'PPID Utama, Direktur Informasi dan Media' };
const letter: LetterInfo = { letterNumber: '7/PPID-PT/XII/2026', date: '2026-12-07', place: 'Jakarta', issuedAt: '2026-12-07T03:00:00.000Z', signer };

/** `n` sentences, each about one line of the value column. */
const long = (n: number) => Array.from({ length: n }, (_, i) => `Kalimat ${i + 1} menjelaskan dokumen yang diminta dengan rinci.`).join(' ');
const request = (n: number): RequestFacts => ({
  registrationNumber: '00042/PPID-PPID/2026',
  receivedDate: '2026-11-23',
  receivedTime: '10.00 WIB',
  channel: 'web',
  unitName: 'PPID Utama',
  requester: { type: 'individual', name: 'Andi Pratama', address: 'Jl. Cikini Raya 12, Jakarta Pusat', phone: null, email: 'andi@example.org' },
  information: `Salinan perjanjian kerja sama kebudayaan. ${long(n)}`,
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
});
const consequenceTest = { harm: 'Membuka dokumen ini akan mengungkap posisi runding.', publicInterest: 'Kepentingan publik lebih kecil.' };

/** Each kind: how to render it with a body of `n` extra lines, the closing paragraph's first and last words, and who signs. */
const kinds: Array<{ kind: string; render: (n: number) => Promise<Buffer>; first: string; last: string; signed: string }> = [
  {
    kind: 'receipt',
    render: (n) => renderReceipt({ request: request(n), noticeDue: '2026-12-07', letter: { ...letter, signer: null } }, options),
    first: 'Simpan tanda bukti ini.',
    last: 'keberatan kepada Atasan PPID.',
    signed: 'diterbitkan secara elektronik',
  },
  {
    kind: 'receipt signed by an officer',
    render: (n) => renderReceipt({ request: request(n), noticeDue: '2026-12-07', letter }, options),
    first: 'Simpan tanda bukti ini.',
    last: 'keberatan kepada Atasan PPID.',
    signed: 'Dewi Lestari',
  },
  {
    kind: 'written notice (granted)',
    render: (n) => renderWrittenNotice({ request: request(n), letter, decision: { outcome: 'granted' }, objectionDue: '2027-01-20' }, draft),
    first: 'Apabila Anda tidak puas',
    last: 'Pasal 36 ayat (1)).',
    signed: 'Dewi Lestari',
  },
  {
    kind: 'written notice (denied)',
    render: (n) =>
      renderWrittenNotice(
        {
          request: request(n),
          letter,
          decision: { outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest },
          denialLetterNumber: '3/PPID-SK/XII/2026',
          objectionDue: '2027-01-20',
        },
        draft,
      ),
    first: 'Apabila Anda tidak puas',
    last: 'Pasal 36 ayat (1)).',
    signed: 'Dewi Lestari',
  },
  {
    kind: 'denial decision',
    render: (n) => renderDenialDecision({ request: request(n), letter, exemptions: [{ letter: 'f' }], consequenceTest, objectionDue: '2027-01-20' }, options),
    first: 'Pemohon berhak mengajukan keberatan',
    last: '(Pasal 36 ayat (1)).',
    signed: 'Dewi Lestari',
  },
  {
    kind: 'extension notice',
    render: (n) =>
      renderExtensionNotice({ request: request(n), letter, reason: 'Arsip berada di dua unit.', previousDue: '2026-12-07', newDue: '2026-12-16' }, options),
    first: 'Pemberitahuan tertulis atas permohonan Anda',
    last: 'paling lambat 16 Desember 2026.',
    signed: 'Dewi Lestari',
  },
  {
    kind: 'objection receipt',
    render: (n) =>
      renderObjectionReceipt(
        {
          objectionNumber: '00003/KEB-PPID/2026',
          registrationNumber: '00042/PPID-PPID/2026',
          receivedDate: '2026-12-10',
          requester: { name: 'Andi Pratama' },
          grounds: ['a'],
          reason: `Penolakan tidak menjelaskan akibatnya. ${long(n)}`,
          responseDue: '2027-01-25',
          letter,
        },
        options,
      ),
    first: 'Atasan PPID wajib memberikan tanggapan',
    last: 'salinan formulir keberatan Anda.',
    signed: 'Dewi Lestari',
  },
  {
    kind: 'objection decision',
    render: (n) =>
      renderObjectionDecision(
        {
          objectionNumber: '00003/KEB-PPID/2026',
          registrationNumber: '00042/PPID-PPID/2026',
          requester: { name: 'Andi Pratama' },
          receivedDate: '2026-12-10',
          grounds: ['a'],
          outcome: 'upheld',
          reasons: `Uji konsekuensi menunjukkan kerugian yang nyata. ${long(n)}`,
          disputeDue: '2027-02-12',
          letter: { ...letter, signer: { name: 'Ahmad Hidayat', position: 'Atasan PPID' } },
        },
        options,
      ),
    first: 'Apabila Anda tidak puas',
    last: '(UU 14/2008 Pasal 37).',
    signed: 'Ahmad Hidayat',
  },
];

describe('the signature stays with the closing paragraph', () => {
  for (const k of kinds) {
    it(`${k.kind}: on one page however long the body`, async () => {
      // Grow the body until the closing, which fit at the foot of page 1, moves to page 2 as a whole.
      let moved = -1;
      let previous = 0;
      for (let n = 0; n <= 45 && moved < 0; n += 1) {
        const texts = pages(await k.render(n));
        const first = pageOf(texts, k.first);
        expect(first, `${k.kind}, ${n} lines: closing paragraph`).toBeGreaterThanOrEqual(0);
        expect(pageOf(texts, k.last), `${k.kind}, ${n} lines: end of the closing paragraph`).toBe(first);
        expect(pageOf(texts, k.signed), `${k.kind}, ${n} lines: the signature`).toBe(first);
        if (previous === 0 && first === 1) moved = n;
        previous = first;
      }
      expect(moved, 'the closing reached the foot of page 1 and then moved to page 2').toBeGreaterThan(0);
    });
  }
});
