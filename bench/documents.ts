/**
 * Documents bench: milliseconds per written notice (pemberitahuan tertulis, partially granted:
 * letterhead with logo, field tables, two pages, embedded Noto Sans subset) beside a bare two-page
 * pdfkit document (standard Helvetica, no letterhead) rendered in the same run. Target: ≤ 1.5×.
 * Rounds alternate the two so that the machine's noise falls on both alike; medians of CPU time
 * per render are printed (wall time on a shared machine measures the neighbours).
 *
 *   npm run bench:documents
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { renderWrittenNotice } from '../src/documents';
import { fontFor } from '../src/documents/fonts';
import type { RenderOptions, WrittenNoticeData } from '../src/documents';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const PER_ROUND = Number(process.env.PER_ROUND ?? 20);

const options: RenderOptions = {
  lang: 'id',
  letterhead: {
    nameId: 'Kementerian Luar Negeri Republik Indonesia',
    nameEn: 'Ministry of Foreign Affairs of the Republic of Indonesia',
    address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
    unitNameId: 'PPID Utama — Direktorat Informasi dan Media',
    logo: readFileSync(new URL('../public/logo.png', import.meta.url)),
  },
};

const notice = (name: string): WrittenNoticeData => ({
  request: {
    registrationNumber: '00042/PPID-PPID/2026',
    receivedDate: '2026-11-23',
    receivedTime: '10.00 WIB',
    channel: 'web',
    unitName: 'PPID Utama',
    requester: { type: 'individual', name, address: 'Jl. Cikini Raya 12, Jakarta Pusat', phone: '+62 812 3456 7890', email: 'andi@example.org' },
    information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024 beserta lampiran dan notulen rapat persiapannya.',
    purpose: 'Bahan penelitian tesis tentang diplomasi kebudayaan.',
    obtainMethod: 'copy_soft',
    deliveryMethod: 'email',
  },
  letter: {
    letterNumber: '7/PPID-PT/XII/2026',
    date: '2026-12-07',
    place: 'Jakarta',
    issuedAt: '2026-12-07T03:00:00.000Z',
    signer: { name: 'Dewi Lestari', position: 'PPID Utama, Direktur Informasi dan Media' },
  },
  decision: {
    outcome: 'partially_granted',
    exemptions: [{ letter: 'h' }, { letter: 'f', statute: 'UU 37/1999 tentang Hubungan Luar Negeri' }],
    consequenceTest: {
      harm: 'Membuka bagian ini akan mengungkap data pribadi pihak ketiga.',
      publicInterest: 'Kepentingan publik terpenuhi oleh bagian lain dokumen.',
    },
    redactions: 'Nomor paspor, alamat dan nomor telepon pribadi pihak ketiga dihitamkan (Pasal 17 huruf h).',
  },
  objectionDue: '2027-01-20',
});

const PARAGRAPH =
  'Permohonan informasi publik diterima dan didaftarkan. PPID menyampaikan pemberitahuan tertulis paling lambat sepuluh hari kerja sejak permohonan diterima, dan dapat memperpanjangnya paling lama tujuh hari kerja dengan alasan tertulis. ';

/**
 * A bare pdfkit document: A4, two pages of text, no letterhead, tables or footers — in standard
 * Helvetica (Latin-1 only), or with the same Noto Sans regular and bold the letters embed.
 */
function bare(font: 'helvetica' | 'noto' = 'helvetica'): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  if (font === 'noto') {
    doc.registerFont('regular', fontFor('latin', 'regular') as unknown as Buffer);
    doc.registerFont('bold', fontFor('latin', 'bold') as unknown as Buffer);
  }
  const [regular, bold] = font === 'noto' ? ['regular', 'bold'] : ['Helvetica', 'Helvetica-Bold'];
  for (let page = 0; page < 2; page += 1) {
    if (page > 0) doc.addPage();
    doc.font(bold).fontSize(12).text('PEMBERITAHUAN TERTULIS', { align: 'center' }).moveDown(0.5);
    for (let i = 0; i < 9; i += 1) doc.font(regular).fontSize(10.5).text(PARAGRAPH.repeat(2), { lineGap: 2 }).moveDown(0.5);
  }
  doc.end();
  return done;
}

/**
 * CPU milliseconds (user + system) per render: this machine is shared, and wall time there
 * mostly measures the other processes. Rendering is synchronous work, so CPU time is its cost.
 */
async function timed(fn: () => Promise<Buffer>, n: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i += 1) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const latin = notice('Andi Pratama');
const cjk = notice('王小明 (Wang Xiaoming)');
// Requesters at the missions in Seoul, New Delhi and Bangkok.
const others = [
  { label: 'Korean name (+ KR font)', data: notice('김민준 (Kim Min-jun)') },
  { label: 'Hindi name (+ Devanagari)', data: notice('प्रिया शर्मा (Priya Sharma)') },
  { label: 'Thai name (+ Thai font)', data: notice('สมชาย ใจดี (Somchai Jaidee)') },
];
const first = performance.now();
await renderWrittenNotice(latin, options);
const coldMs = performance.now() - first; // wall time, once
// Warm-up: JIT, and fontkit's per-process glyph and layout caches.
await timed(() => bare(), 30);
await timed(() => bare('noto'), 30);
await timed(() => renderWrittenNotice(latin, options), 30);
await timed(() => renderWrittenNotice(cjk, options), 5);

const bareMs: number[] = [];
const bareNotoMs: number[] = [];
const noticeMs: number[] = [];
const cjkMs: number[] = [];
const otherMs: number[][] = others.map(() => []);
for (let r = 0; r < ROUNDS; r += 1) {
  bareMs.push(await timed(() => bare(), PER_ROUND));
  bareNotoMs.push(await timed(() => bare('noto'), PER_ROUND));
  noticeMs.push(await timed(() => renderWrittenNotice(latin, options), PER_ROUND));
  if (r % 3 === 0) cjkMs.push(await timed(() => renderWrittenNotice(cjk, options), Math.max(1, PER_ROUND / 4)));
}
// The other scripts after the Latin rounds: their fonts, loaded, would weigh on the Latin figures.
for (const o of others) await timed(() => renderWrittenNotice(o.data, options), 5);
for (let r = 0; r < ROUNDS; r += 3) {
  for (const [i, o] of others.entries()) otherMs[i]!.push(await timed(() => renderWrittenNotice(o.data, options), Math.max(1, PER_ROUND / 4)));
}
const b = median(bareMs);
const n = median(noticeMs);
const bn = median(bareNotoMs);
const sizes = {
  bare: (await bare()).length,
  bareNoto: (await bare('noto')).length,
  notice: (await renderWrittenNotice(latin, options)).length,
  cjk: (await renderWrittenNotice(cjk, options)).length,
};
console.log(`Node ${process.version}, ${ROUNDS} rounds × ${PER_ROUND} renders each (medians of CPU ms per document)`);
console.log(`bare two-page pdfkit document (Helvetica)        ${b.toFixed(2)} ms   ${sizes.bare} bytes`);
console.log(`bare two-page pdfkit document (Noto Sans)        ${bn.toFixed(2)} ms   ${sizes.bareNoto} bytes`);
console.log(`written notice, two pages (Noto Sans, letterhead) ${n.toFixed(2)} ms   ${sizes.notice} bytes`);
console.log(`ratio notice / bare Helvetica                     ${(n / b).toFixed(2)}×  (target ≤ 1.5×)`);
console.log(`ratio notice / bare Noto Sans                     ${(n / bn).toFixed(2)}×`);
console.log(`written notice with a Chinese name (+ CJK font)    ${median(cjkMs).toFixed(2)} ms   ${sizes.cjk} bytes`);
for (const [i, o] of others.entries()) {
  console.log(
    `written notice with a ${o.label.padEnd(26)} ${median(otherMs[i]!).toFixed(2)} ms   ${(await renderWrittenNotice(o.data, options)).length} bytes`,
  );
}
console.log(`first notice in the process (cold: fonts, JIT)     ${coldMs.toFixed(0)} ms`);

// --- Redaction (issue 17): a 20-page PDF with 40 regions, true redaction (MuPDF applyRedactions,
// boxes stamped with their letter, saved garbage-collected) beside rendering the same 20 pages to
// pictures without redaction (what the officer's redaction page does). CPU ms per page; target ≤ 3×.
{
  const { redactPdf, renderPage } = await import('../src/answers/redaction');
  const PAGES = 20;
  const source: Uint8Array = await new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    for (let p = 0; p < PAGES; p += 1) {
      doc.addPage();
      for (let line = 0; line < 40; line += 1)
        doc.fontSize(10).text(`Halaman ${p + 1}, baris ${line + 1}: nama narasumber RAHASIA-${p}-${line} dan keterangan terbuka.`, 60, 60 + line * 18);
    }
    doc.end();
  });
  const regions = Array.from({ length: 40 }, (_, i) => ({
    page: (i % PAGES) + 1,
    rect: [150, 56 + (i % 2) * 180, 400, 72 + (i % 2) * 180] as [number, number, number, number],
    letter: 'b',
  }));
  const cpu = async (work: () => Promise<unknown>) => {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const renderAll = async () => {
    for (let p = 1; p <= PAGES; p += 1) await renderPage(source, p, 1.25);
  };
  await renderAll();
  await redactPdf(source, regions);
  const renderMs: number[] = [];
  const redactMs: number[] = [];
  const R = Math.max(3, Math.round(ROUNDS / 3));
  for (let r = 0; r < R; r += 1) {
    renderMs.push((await cpu(renderAll)) / PAGES);
    redactMs.push((await cpu(() => redactPdf(source, regions))) / PAGES);
  }
  const rm = median(renderMs);
  const dm = median(redactMs);
  console.log(`redaction: 20-page PDF, 40 regions, ${R} rounds (medians of CPU ms per page)`);
  console.log(`render 20 pages to PNG at 1.25× (no redaction)     ${rm.toFixed(2)} ms/page`);
  console.log(`redact (applyRedactions, stamp, save)              ${dm.toFixed(2)} ms/page`);
  console.log(`ratio redact / render                              ${(dm / rm).toFixed(2)}×  (target ≤ 3×)`);
}
