/**
 * A register as PDF: landscape A4, the body's letterhead (src/documents/letterhead.ts) on the first
 * page, the title and the filters, then one table whose header row is repeated on every page, and
 * on every page "Halaman n dari m" with the time it was made. Names print in their own script: a
 * cell with text outside Latin is set in the Noto font of that script (src/documents/fonts.ts).
 */
import PDFDocument from 'pdfkit';
import type { Letterhead } from '../documents/pdf';
import { fontFor, fontRuns, withFonts } from '../documents/fonts';
import type { Lang } from '../i18n';

export interface PdfColumn<Row> {
  title: string;
  /** Relative width. */
  width: number;
  cell: (row: Row) => string;
}

export interface RegisterPdf<Row> {
  lang: Lang;
  title: string;
  /** Lines under the title: the period, the filters, who it was made for. */
  subtitle: string[];
  letterhead: Letterhead;
  /** ISO instant; also the PDF's creation date (the same register at the same instant gives the same bytes). */
  madeAt: string;
  madeAtText: string;
  columns: Array<PdfColumn<Row>>;
  rows: Row[];
  empty: string;
}

const M = { top: 32, bottom: 40, left: 32, right: 32 };
const SIZE = 7;
const HEAD_SIZE = 7;
const PAD = 3;
const INK = '#111111';
const MUTED = '#444444';

type Face = 'latin' | 'arabic' | 'cjk' | 'hangul' | 'thai' | 'devanagari';

/** A register as a PDF; on Workers a font not loaded yet (CJK, Hangul) is fetched and the register rendered again (`withFonts`). */
export const registerPdf = <Row>(spec: RegisterPdf<Row>): Promise<Buffer> => withFonts(() => renderRegister(spec));

async function renderRegister<Row>(spec: RegisterPdf<Row>): Promise<Buffer> {
  const at = new Date(spec.madeAt);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: M,
    bufferPages: true,
    lang: spec.lang === 'id' ? 'id-ID' : 'en',
    displayTitle: true,
    info: {
      Title: spec.title,
      Author: spec.lang === 'id' ? spec.letterhead.nameId : spec.letterhead.nameEn,
      Creator: 'Terbuka',
      Producer: 'Terbuka (pdfkit)',
      CreationDate: at,
      ModDate: at,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const registered = new Set<string>();
  const face = (f: Face, bold: boolean, size: number) => {
    const name = `${f}-${bold ? 'bold' : 'regular'}`;
    if (!registered.has(name)) {
      doc.registerFont(name, fontFor(f, bold ? 'bold' : 'regular') as unknown as Buffer);
      registered.add(name);
    }
    doc.font(name).fontSize(size);
  };
  /** The font for a cell: the first script outside Latin in it, else Noto Sans. */
  const faceOf = (text: string): Face => (fontRuns(text).find((r) => r.script !== 'std' && r.script !== 'latin')?.script as Face | undefined) ?? 'latin';

  const width = doc.page.width - M.left - M.right;
  const bottom = doc.page.height - M.bottom;

  // Letterhead (kop surat).
  const h = spec.letterhead;
  const logo = 44;
  if (h.logo) doc.image(h.logo, M.left, M.top, { fit: [logo, logo] });
  const x = M.left + (h.logo ? logo + 12 : 0);
  const id = spec.lang === 'id';
  face('latin', true, 12);
  doc.fillColor(INK).text((id ? h.nameId : h.nameEn).toUpperCase(), x, M.top + 2, { width: width - (x - M.left) });
  face('latin', false, 8.5);
  doc.text(id ? 'Pejabat Pengelola Informasi dan Dokumentasi (PPID)' : 'Information and Documentation Management Officer (PPID)', x, doc.y + 1);
  doc.fillColor(MUTED).text(h.address, x, doc.y + 1);
  let y = Math.max(doc.y, M.top + logo) + 5;
  doc
    .moveTo(M.left, y)
    .lineTo(M.left + width, y)
    .lineWidth(1.4)
    .strokeColor(INK)
    .stroke();
  doc
    .moveTo(M.left, y + 2.5)
    .lineTo(M.left + width, y + 2.5)
    .lineWidth(0.4)
    .stroke();
  y += 12;

  face('latin', true, 12);
  doc.fillColor(INK).text(spec.title, M.left, y, { width, align: 'center' });
  face('latin', false, 8);
  doc.fillColor(MUTED);
  for (const line of spec.subtitle) doc.text(line, M.left, doc.y + 1, { width, align: 'center' });
  y = doc.y + 8;

  const total = spec.columns.reduce((s, c) => s + c.width, 0);
  const widths = spec.columns.map((c) => (c.width / total) * width);
  const xs = widths.map((_, i) => M.left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const measure = (texts: string[], bold: boolean, size: number) =>
    Math.max(
      ...texts.map((t, i) => {
        face(faceOf(t), bold, size);
        return doc.heightOfString(t || ' ', { width: widths[i]! - 2 * PAD, lineGap: 0.5 });
      }),
    ) +
    2 * PAD;

  const drawRow = (texts: string[], top: number, height: number, header: boolean, shade: boolean) => {
    if (header || shade) doc.rect(M.left, top, width, height).fill(header ? '#e4e7eb' : '#f6f7f8');
    texts.forEach((t, i) => {
      face(faceOf(t), header, header ? HEAD_SIZE : SIZE);
      doc.fillColor(INK).text(t || ' ', xs[i]! + PAD, top + PAD, { width: widths[i]! - 2 * PAD, height: height - 2 * PAD, ellipsis: true, lineGap: 0.5 });
    });
    doc
      .moveTo(M.left, top + height)
      .lineTo(M.left + width, top + height)
      .lineWidth(0.3)
      .strokeColor('#9aa0a6')
      .stroke();
  };

  const titles = spec.columns.map((c) => c.title);
  const headHeight = measure(titles, true, HEAD_SIZE);
  drawRow(titles, y, headHeight, true, false);
  y += headHeight;
  if (spec.rows.length === 0) {
    face('latin', false, 9);
    doc.fillColor(MUTED).text(spec.empty, M.left, y + 8, { width, align: 'center' });
  }
  spec.rows.forEach((row, n) => {
    const texts = spec.columns.map((c) => c.cell(row));
    const height = Math.min(measure(texts, false, SIZE), bottom - M.top - headHeight);
    if (y + height > bottom) {
      doc.addPage();
      y = M.top;
      drawRow(titles, y, headHeight, true, false);
      y += headHeight;
    }
    drawRow(texts, y, height, false, n % 2 === 1);
    y += height;
  });

  // Footer on every page: when it was made, and "Halaman n dari m".
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const fy = doc.page.height - M.bottom + 14;
    face('latin', false, 7);
    doc.fillColor(MUTED).text(`${spec.title} — ${spec.madeAtText}`, M.left, fy, { width: width * 0.75, lineBreak: false });
    doc.text(id ? `Halaman ${i + 1} dari ${range.count}` : `Page ${i + 1} of ${range.count}`, M.left, fy, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}
