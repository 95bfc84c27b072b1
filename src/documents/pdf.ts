/**
 * A small writer for official letters on A4: the letterhead, paragraphs and two-column field
 * tables in any script, a signature block, and on every page the footer with the letter number
 * and "Halaman n dari m". Rendering is deterministic: the same data and issue instant give the
 * same bytes (the PDF's dates and file id derive from the issue instant).
 */
import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import type { Lang } from '../i18n';
import { fontFor, fontName, fontRuns, lineScript, type Script, type Weight } from './fonts';

export interface Letterhead {
  nameId: string;
  nameEn: string;
  address: string;
  /** The address in English where it differs (a mission's city and host country). */
  addressEn?: string | undefined;
  /** The unit or mission issuing the letter, under the body's name. */
  unitNameId?: string | undefined;
  unitNameEn?: string | undefined;
  /** The PPID's telephone, e-mail and service hours, one line under the address (settings `contact`). */
  contact?: { id: string; en: string } | undefined;
  /** PNG or JPEG bytes. */
  logo: Buffer | null;
}

export interface PdfMeta {
  title: string;
  lang: Lang;
  /** ISO instant: the PDF's creation date, so re-rendering gives identical bytes. */
  issuedAt: string;
  letterhead: Letterhead;
  /** Left part of every page's footer (letter and registration numbers). */
  footer: string;
  /** A draft preview: watermarked, not a document anyone may rely on. */
  draft?: boolean | undefined;
  /**
   * The public verification page of this document (`…/verifikasi/<id>`): drawn as a QR code in
   * every page's footer with the address beside it. Issued documents only, never a draft.
   */
  verifyUrl?: string | undefined;
}

export interface Part {
  text: string;
  bold?: boolean;
}

export interface TextStyle {
  bold?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Space after, in points. */
  after?: number;
  indent?: number;
  color?: string;
}

const MARGIN = { top: 48, bottom: 64, left: 64, right: 56 };
/** With a verification QR code the footer is taller: the code is 56 pt (about 2 cm) square. */
const QR_BOTTOM = 84;
const QR_SIZE = 56;
const BODY_SIZE = 10;
const LABEL_WIDTH = 150;
const INK = '#111111';
const MUTED = '#444444';
/** The signature block's height: role, room to sign, name and position. */
export const SIGNATURE_HEIGHT = 110;

/** pdfkit places text by the top of its line: shift other scripts so that they share Noto Sans's baseline. */
/** Helvetica's ascender is 718/1000 (its AFM); the embedded fonts say their own. */
const ascent = (script: Script) => (script === 'std' ? 0.718 : fontFor(script, 'regular').ascent / fontFor(script, 'regular').unitsPerEm);
const baselineShift = (script: Script, size: number) => (script === 'latin' ? 0 : (ascent('latin') - ascent(script)) * size);

/** Scripts whose shaping draws glyphs out of the text's order. */
const REORDERED = new Set<Script>(['devanagari']);

type StandardName = 'Helvetica' | 'Helvetica-Bold';

/** What pdfkit keeps of a standard font (its StandardFont class is not exported). */
interface StandardFont {
  document: PDFKit.PDFDocument;
  id: string;
  name: string;
  font: AfmMetrics;
}
interface AfmMetrics {
  kernPairs: Record<string, number>;
  getKernPair(left: string, right: string): number;
}
/** pdfkit's per-document font state. */
interface FontState {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: StandardFont;
}

/**
 * Helvetica and Helvetica-Bold as pdfkit opened them in the first document of the process. pdfkit
 * builds a standard font's metrics from its AFM data in every document that uses it (about 2,000
 * kerning pairs each, a fifth of a letter's time); they never change, so every later document gets
 * a font object of its own (its id and reference belong to the document) over the same metrics,
 * with the kerning pairs looked up in a map of maps instead of by concatenated strings. The widths
 * and kerning are the same numbers, so the documents are byte for byte what they were.
 */
const standardFonts = new Map<StandardName, { prototype: object; fields: Record<string, unknown>; metrics: AfmMetrics }>();

function fasterKerning(metrics: AfmMetrics): AfmMetrics {
  const pairs = new Map<string, Map<string, number>>();
  for (const [key, amount] of Object.entries(metrics.kernPairs)) {
    const [left, right] = key.split('\0') as [string, string];
    let row = pairs.get(left);
    if (!row) pairs.set(left, (row = new Map()));
    row.set(right, amount);
  }
  const shared = Object.create(metrics) as AfmMetrics;
  shared.getKernPair = (left, right) => pairs.get(left)?.get(right) || 0;
  return shared;
}

const WIDTH_CACHE_LIMIT = 50_000;

/**
 * pdfkit measures every word it wraps (and this writer every table cell) by its glyphs' widths and
 * kerning; a standard font's widths never change, so each text's width at 1,000 points is kept
 * for the process and scaled exactly as pdfkit scales it.
 */
function withWidthCache(prototype: object): object {
  const widths = new Map<string, number>();
  const own = Object.create(prototype) as { font: { glyphsForString(s: string): string[]; advancesForGlyphs(g: string[]): number[] } };
  Object.defineProperty(own, 'widthOfString', {
    value(this: typeof own, string: string, size: number) {
      const text = `${string}`;
      let width = widths.get(text);
      if (width === undefined) {
        width = 0;
        for (const advance of this.font.advancesForGlyphs(this.font.glyphsForString(text))) width += advance;
        if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
        widths.set(text, width);
      }
      const scale = size / 1000;
      return width * scale;
    },
  });
  return own;
}

/** Opens a standard font in this document from the process's shared metrics (see `standardFonts`). */
function openStandardFont(doc: PDFKit.PDFDocument, name: StandardName) {
  const state = doc as unknown as FontState;
  if (state._fontFamilies[name]) return;
  const shared = standardFonts.get(name);
  if (!shared) {
    // The first time: let pdfkit parse it, and keep its metrics (never the document).
    doc.font(name, null as never);
    const { document: _document, id: _id, font, ...fields } = state._font;
    standardFonts.set(name, { prototype: withWidthCache(Object.getPrototypeOf(state._font) as object), fields, metrics: fasterKerning(font) });
    return;
  }
  const font = Object.assign(Object.create(shared.prototype) as StandardFont, shared.fields, {
    document: doc,
    id: `F${++state._fontCount}`,
    font: shared.metrics,
  });
  state._fontFamilies[name] = font;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly registered = new Set<string>();
  private qr: { text: string; code: ReturnType<typeof createQr> } | undefined;

  constructor(private readonly meta: PdfMeta) {
    const at = new Date(meta.issuedAt);
    const holder = meta.lang === 'id' ? meta.letterhead.nameId : meta.letterhead.nameEn;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: meta.verifyUrl ? { ...MARGIN, bottom: QR_BOTTOM } : MARGIN,
      bufferPages: true,
      lang: meta.lang === 'id' ? 'id-ID' : 'en',
      displayTitle: true,
      // No default font: Helvetica is opened just below from the shared metrics, as pdfkit would (F1).
      font: null as never,
      info: { Title: meta.title, Author: holder, Subject: meta.title, Creator: 'Terbuka', Producer: 'Terbuka (pdfkit)', CreationDate: at, ModDate: at },
    });
    openStandardFont(this.doc, 'Helvetica');
    this.doc.font('Helvetica', null as never);
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.letterhead();
  }

  get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private current = '';

  private use(script: Script, weight: Weight, size: number) {
    const name = script === 'std' ? (weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica') : fontName(script, weight);
    if (`${name}@${size}` === this.current) return;
    if (script === 'std') openStandardFont(this.doc, name as StandardName);
    else if (!this.registered.has(name)) {
      // pdfkit 0.20 takes a parsed fontkit font: parsed once per process, subset per document.
      this.doc.registerFont(name, fontFor(script, weight) as unknown as Buffer);
      this.registered.add(name);
    }
    this.doc.font(name).fontSize(size);
    this.current = `${name}@${size}`;
  }

  /** Writes parts (each in any script) as one paragraph; at (x, y) with a width when given. */
  private runs(parts: Part[], style: TextStyle, at?: { x: number; y: number; width: number }) {
    const size = style.size ?? BODY_SIZE;
    const runs = parts.flatMap((p) => fontRuns(p.text || ' ').map((r) => ({ ...r, bold: p.bold ?? style.bold ?? false })));
    this.withActualText(runs, () => this.setRuns(runs, style, size, at));
  }

  private setRuns(runs: Array<{ text: string; script: Script; bold: boolean }>, style: TextStyle, size: number, at?: { x: number; y: number; width: number }) {
    this.doc.fillColor(style.color ?? INK);
    const widths = at && (style.align ?? 'left') === 'left' ? this.oneLineWidths(runs, size, at.width) : null;
    if (at && widths) {
      // One short line (most table cells): set the runs side by side, without pdfkit's line wrapper.
      let x = at.x;
      runs.forEach((r, i) => {
        this.use(r.script, r.bold ? 'bold' : 'regular', size);
        this.doc.text(r.text, x, at.y + baselineShift(r.script, size), { lineBreak: false });
        x += widths[i]!;
      });
      this.doc.x = at.x;
      this.doc.y = at.y + this.doc.currentLineHeight(true) + 2;
      return;
    }
    // Set at (x, y) like a one-line cell: on the same baseline as the label beside it, and as tall.
    const shift = at ? baselineShift(runs[0]!.script, size) : 0;
    runs.forEach((r, i) => {
      this.use(r.script, r.bold ? 'bold' : 'regular', size);
      const options: PDFKit.Mixins.TextOptions = {
        continued: i < runs.length - 1,
        lineGap: 2,
        align: style.align ?? 'left',
        ...(style.indent ? { indent: style.indent } : {}),
      };
      if (i === 0 && at) this.doc.text(r.text, at.x, at.y + shift, { ...options, width: at.width });
      else if (i === 0) this.doc.text(r.text, MARGIN.left, this.doc.y, { ...options, width: this.width });
      else this.doc.text(r.text, options);
    });
    this.doc.y -= shift;
  }

  /**
   * Devanagari is shaped out of reading order (the i-sign is drawn before its consonant, a reph
   * after the syllable): text holding it is wrapped in a span carrying the text as /ActualText, so
   * that copying, searching and screen readers get the name as written, not the glyphs' order.
   * The whole text, not the run alone: a reader then keeps it in place among the other scripts.
   */
  private withActualText(runs: Array<{ text: string; script: Script }>, draw: () => void) {
    if (!runs.some((r) => REORDERED.has(r.script))) return draw();
    this.doc.markContent('Span', { actual: runs.map((r) => r.text).join('') });
    draw();
    this.doc.endMarkedContent();
  }

  /** Each run's width when all of them fit on one line of this width, else null. */
  private oneLineWidths(runs: Array<{ text: string; script: Script; bold: boolean }>, size: number, width: number): number[] | null {
    const widths: number[] = [];
    let total = 0;
    for (const r of runs) {
      if (r.text.includes('\n')) return null;
      this.use(r.script, r.bold ? 'bold' : 'regular', size);
      widths.push(this.doc.widthOfString(r.text));
      total += widths.at(-1)!;
      if (total > width) return null;
    }
    return widths;
  }

  paragraph(text: string | Part[], style: TextStyle = {}) {
    this.runs(typeof text === 'string' ? [{ text }] : text, style);
    this.doc.moveDown((style.after ?? 6) / BODY_SIZE);
    return this;
  }

  heading(text: string, sub?: string) {
    this.paragraph(text, { bold: true, size: 12.5, align: 'center', after: sub ? 0 : 10 });
    if (sub) this.paragraph(sub, { size: 9.5, align: 'center', color: MUTED, after: 10 });
    return this;
  }

  subheading(text: string) {
    this.keepSpace(40);
    return this.paragraph(text, { bold: true, size: 11, after: 4 });
  }

  /** The letter's number, attachments and subject, or any short label–value lines. */
  fields(rows: Array<[label: string, value: string | Part[]]>, options: { labelWidth?: number; after?: number } = {}) {
    const labelWidth = options.labelWidth ?? LABEL_WIDTH;
    const valueX = MARGIN.left + labelWidth + 12;
    const valueWidth = this.width - labelWidth - 12;
    for (const [label, value] of rows) {
      const parts = typeof value === 'string' ? [{ text: value.trim() || '—' }] : value;
      this.use('std', 'regular', BODY_SIZE);
      // Estimated height (lines by width and line breaks), to keep a row from splitting across pages.
      const text = parts.map((p) => p.text).join('');
      const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(this.doc.widthOfString(line) / valueWidth)), 0);
      this.keepSpace(Math.min(lines * (this.doc.currentLineHeight(true) + 2), 200) + 4);
      const y = this.doc.y;
      this.runs([{ text: label }], { color: MUTED }, { x: MARGIN.left, y, width: labelWidth });
      const labelBottom = this.doc.y;
      this.runs([{ text: ':' }], {}, { x: valueX - 8, y, width: 8 });
      this.runs(parts, {}, { x: valueX, y, width: valueWidth });
      this.doc.x = MARGIN.left;
      this.doc.y = Math.max(labelBottom, this.doc.y) + 3;
    }
    this.doc.moveDown((options.after ?? 6) / BODY_SIZE);
    return this;
  }

  /** A numbered or lettered list, each item its own paragraph with a hanging marker. */
  list(items: Array<{ marker: string; text: string | Part[] }>, after = 6) {
    for (const item of items) {
      const y = this.doc.y;
      this.keepSpace(16);
      const top = this.doc.y === y ? y : this.doc.y;
      this.runs([{ text: item.marker }], {}, { x: MARGIN.left + 8, y: top, width: 28 });
      this.runs(typeof item.text === 'string' ? [{ text: item.text }] : item.text, {}, { x: MARGIN.left + 36, y: top, width: this.width - 36 });
      this.doc.x = MARGIN.left;
      this.doc.y += 2;
    }
    this.doc.moveDown(after / BODY_SIZE);
    return this;
  }

  /** "Jakarta, 27 November 2026", right-aligned. */
  placeAndDate(text: string) {
    return this.paragraph(text, { align: 'right', after: 8 });
  }

  /** The height a paragraph will take on this page's column (to keep it with what follows it). */
  heightOf(text: string, style: TextStyle = {}) {
    this.use(lineScript(text), style.bold ? 'bold' : 'regular', style.size ?? BODY_SIZE);
    return this.doc.heightOfString(text, { width: this.width, lineGap: 2 }) + (style.after ?? 6) * 1.2;
  }

  /** The signing officer's block on the right: role, room for a signature, name, position. */
  signature(s: { role: string; name: string; position: string }) {
    this.keepSpace(SIGNATURE_HEIGHT);
    const x = MARGIN.left + this.width * 0.5;
    const width = this.width * 0.5;
    this.doc.moveDown(0.8);
    this.runs([{ text: s.role }], {}, { x, y: this.doc.y, width });
    this.doc.y += 46;
    this.runs([{ text: s.name, bold: true }], {}, { x, y: this.doc.y, width });
    this.runs([{ text: s.position }], { size: 9.5, color: MUTED }, { x, y: this.doc.y, width });
    this.doc.x = MARGIN.left;
    this.doc.moveDown(0.8);
    return this;
  }

  /** A thin rule across the text column. */
  rule(after = 8) {
    const y = this.doc.y + 2;
    this.doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    this.doc.y = y + after;
    return this;
  }

  /** Starts a new page when fewer than `points` remain. */
  keepSpace(points: number) {
    if (this.doc.y + points > this.doc.page.height - this.bottomMargin) this.doc.addPage();
  }

  private get bottomMargin() {
    return this.meta.verifyUrl ? QR_BOTTOM : MARGIN.bottom;
  }

  private letterhead() {
    const { doc, meta } = this;
    const h = meta.letterhead;
    const top = MARGIN.top;
    const logoSize = 58;
    if (h.logo) doc.image(h.logo, MARGIN.left, top, { fit: [logoSize, logoSize] });
    const x = MARGIN.left + (h.logo ? logoSize + 14 : 0);
    const width = this.width - (x - MARGIN.left);
    const id = meta.lang === 'id';
    this.runs([{ text: (id ? h.nameId : h.nameEn).toUpperCase() }], { bold: true, size: 12.5 }, { x, y: top + 2, width });
    const unit = id ? h.unitNameId : h.unitNameEn;
    const ppid = id ? 'Pejabat Pengelola Informasi dan Dokumentasi (PPID)' : 'Information and Documentation Management Officer (PPID)';
    this.runs([{ text: unit?.includes('PPID') ? unit : unit ? `PPID — ${unit}` : ppid }], { size: 9.5 }, { x, y: doc.y + 1, width });
    this.runs([{ text: id ? h.address : (h.addressEn ?? h.address) }], { size: 9, color: MUTED }, { x, y: doc.y + 1, width });
    if (h.contact) this.runs([{ text: id ? h.contact.id : h.contact.en }], { size: 8.5, color: MUTED }, { x, y: doc.y, width });
    const y = Math.max(doc.y, top + logoSize) + 6;
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + this.width, y)
      .lineWidth(1.6)
      .strokeColor(INK)
      .stroke();
    doc
      .moveTo(MARGIN.left, y + 3)
      .lineTo(MARGIN.left + this.width, y + 3)
      .lineWidth(0.5)
      .stroke();
    doc.x = MARGIN.left;
    doc.y = y + 16;
  }

  /** Footers (and the draft watermark) on every page, then the bytes. */
  async finish(): Promise<Buffer> {
    const { doc, meta } = this;
    const range = doc.bufferedPageRange();
    const total = range.count;
    for (let i = range.start; i < range.start + total; i += 1) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing below the bottom margin must not open a new page
      const page = meta.lang === 'id' ? `Halaman ${i + 1} dari ${total}` : `Page ${i + 1} of ${total}`;
      if (meta.verifyUrl) this.verificationFooter(meta.verifyUrl, page);
      else {
        const y = doc.page.height - MARGIN.bottom + 22;
        doc
          .moveTo(MARGIN.left, y - 6)
          .lineTo(MARGIN.left + this.width, y - 6)
          .lineWidth(0.5)
          .strokeColor('#999999')
          .stroke();
        this.use(lineScript(meta.footer), 'regular', 8);
        doc.fillColor(MUTED).text(meta.footer, MARGIN.left, y, { width: this.width * 0.8, lineBreak: false, height: 10, ellipsis: true });
        this.use('std', 'regular', 8);
        doc.text(page, MARGIN.left, y, { width: this.width, align: 'right', lineBreak: false });
      }
      if (meta.draft) this.watermark(meta.lang === 'id' ? 'DRAF' : 'DRAFT');
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }

  /**
   * The footer of an issued document: a rule, the QR code to its public verification page at the
   * left, and beside it the letter and registration numbers, "Verifikasi: <address>" and the page.
   */
  private verificationFooter(url: string, page: string) {
    const { doc, meta } = this;
    const top = doc.page.height - QR_BOTTOM + 10;
    doc
      .moveTo(MARGIN.left, top)
      .lineTo(MARGIN.left + this.width, top)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    const qrTop = top + 6;
    this.qrCode(url, MARGIN.left, qrTop, QR_SIZE);
    const x = MARGIN.left + QR_SIZE + 10;
    const width = this.width - QR_SIZE - 10;
    const id = meta.lang === 'id';
    this.use(lineScript(meta.footer), 'regular', 8);
    doc.fillColor(MUTED).text(meta.footer, x, qrTop + 2, { width: width * 0.75, lineBreak: false, height: 10, ellipsis: true });
    this.use('std', 'regular', 8);
    doc.text(page, x, qrTop + 2, { width, align: 'right', lineBreak: false });
    this.use('std', 'bold', 8);
    doc.fillColor(INK).text(`${id ? 'Verifikasi' : 'Verify'}: `, x, qrTop + 16, { continued: true, lineBreak: false });
    this.use('std', 'regular', 8);
    doc.text(url, { lineBreak: false, link: url, underline: false });
    this.use('std', 'regular', 7.5);
    doc
      .fillColor(MUTED)
      .text(
        id
          ? 'Pindai kode QR atau buka alamat di atas untuk memeriksa nomor, tanggal, penerbit dan SHA-256 dokumen ini.'
          : 'Scan the QR code or open the address above to check this document’s number, date, issuer and SHA-256.',
        x,
        qrTop + 29,
        { width, lineBreak: true, height: 22 },
      );
    this.current = '';
  }

  /** A QR code (error correction M) as vector squares: sharp at any zoom and in print. */
  private qrCode(text: string, x: number, y: number, size: number) {
    // Every page carries the same code: made once per document.
    if (this.qr?.text !== text) this.qr = { text, code: createQr(text, { errorCorrectionLevel: 'M' }) };
    const qr = this.qr.code;
    const n = qr.modules.size;
    const cell = size / n;
    const { doc } = this;
    doc.save();
    // Each row's runs of dark modules as one rectangle: the same filled area (the squares overlap by
    // 0.02 pt and fill as one path, nonzero) in a third of the drawing operators.
    for (let row = 0; row < n; row += 1) {
      for (let col = 0; col < n; col += 1) {
        if (!qr.modules.get(row, col)) continue;
        let end = col + 1;
        while (end < n && qr.modules.get(row, end)) end += 1;
        doc.rect(x + col * cell, y + row * cell, (end - col - 1) * cell + cell + 0.02, cell + 0.02);
        col = end;
      }
    }
    doc.fillColor('#000000').fill();
    doc.restore();
  }

  private watermark(word: string) {
    const { doc } = this;
    const cx = doc.page.width / 2;
    const cy = doc.page.height / 2;
    doc.save();
    doc.rotate(-35, { origin: [cx, cy] });
    this.use('std', 'bold', 110);
    doc
      .fillColor('#c0392b')
      .fillOpacity(0.13)
      .text(word, cx - 250, cy - 60, { width: 500, align: 'center', lineBreak: false });
    doc.restore();
  }
}
