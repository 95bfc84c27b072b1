/**
 * True redaction of released files (penghitaman, UU 14/2008 Art. 17 and Art. 22(7)(e)) with MuPDF
 * (the `mupdf` npm package, its WebAssembly build): for each region a Redact annotation, then
 * `page.applyRedactions()` REMOVES the text, the image pixels and the line art under it from the
 * page's content — nothing is left to copy — and a black box is drawn in its place, stamped with
 * its Art. 17 letter. A picture is first made into a one-page PDF. Office documents and CSV are
 * released whole (the case page says so). Regions are in PDF points with the origin at the top
 * left of the page as shown (MuPDF's page space).
 */
import type * as MuPdfModule from 'mupdf';

type MuPdf = typeof MuPdfModule;
let loading: Promise<MuPdf> | undefined;
const mupdf = () =>
  (loading ??= import('mupdf').then((m) => {
    m.setLog(null);
    return m;
  }));

export interface Region {
  /** 1-based page number. */
  page: number;
  rect: [number, number, number, number];
  letter: string;
}

export interface PageSize {
  width: number;
  height: number;
}

/** A picture as a one-page PDF, one point per pixel, so it can be redacted like any PDF. */
export async function imageToPdf(bytes: Uint8Array): Promise<Uint8Array> {
  const m = await mupdf();
  const image = new m.Image(bytes);
  const doc = new m.PDFDocument();
  try {
    const w = image.getWidth();
    const h = image.getHeight();
    const ref = doc.addImage(image);
    const resources = doc.addObject({ XObject: { I0: ref } });
    const page = doc.addPage([0, 0, w, h], 0, resources, `q ${w} 0 0 ${h} 0 0 cm /I0 Do Q`);
    doc.insertPage(-1, page);
    return new Uint8Array(doc.saveToBuffer('compress').asUint8Array());
  } finally {
    doc.destroy();
    image.destroy();
  }
}

/** The PDF of a released file: the file itself, or a picture made into a PDF. */
export async function asPdf(bytes: Uint8Array, contentType: string): Promise<Uint8Array> {
  return contentType === 'application/pdf' ? bytes : imageToPdf(bytes);
}

export async function pageSizes(pdf: Uint8Array): Promise<PageSize[]> {
  const m = await mupdf();
  const doc = m.Document.openDocument(pdf, 'application/pdf');
  try {
    const sizes: PageSize[] = [];
    for (let i = 0; i < doc.countPages(); i += 1) {
      const page = doc.loadPage(i);
      const [x0, y0, x1, y1] = page.getBounds();
      sizes.push({ width: x1 - x0, height: y1 - y0 });
      page.destroy();
    }
    return sizes;
  } finally {
    doc.destroy();
  }
}

/** One page as a PNG, `scale` pixels per point (the officer marks regions on it). */
export async function renderPage(pdf: Uint8Array, page: number, scale = 1.25): Promise<Uint8Array> {
  const m = await mupdf();
  const doc = m.Document.openDocument(pdf, 'application/pdf');
  try {
    const p = doc.loadPage(page - 1);
    const pixmap = p.toPixmap(m.Matrix.scale(scale, scale), m.ColorSpace.DeviceRGB, false, true);
    const png = new Uint8Array(pixmap.asPNG());
    pixmap.destroy();
    p.destroy();
    return png;
  } finally {
    doc.destroy();
  }
}

/** Checks regions against the file's pages: each on a page it has, inside that page, with a letter. */
export function regionProblems(
  regions: Region[],
  sizes: PageSize[],
  letters: readonly string[],
): Record<string, 'region_page' | 'region_outside_page' | 'region_letter_required'> {
  const problems: Record<string, 'region_page' | 'region_outside_page' | 'region_letter_required'> = {};
  regions.forEach((r, i) => {
    const size = sizes[r.page - 1];
    const [x0, y0, x1, y1] = r.rect;
    if (!Number.isInteger(r.page) || !size) problems[`regions.${i}.page`] = 'region_page';
    else if (!(x0 >= 0 && y0 >= 0 && x1 <= size.width + 0.5 && y1 <= size.height + 0.5 && x1 - x0 >= 1 && y1 - y0 >= 1))
      problems[`regions.${i}.rect`] = 'region_outside_page';
    if (!letters.includes(r.letter)) problems[`regions.${i}.letter`] = 'region_letter_required';
  });
  return problems;
}

const pdfString = (s: string) => `(${s.replace(/[()\\]/g, (c) => `\\${c}`)})`;

/**
 * Redacts: removes everything under each region, draws a black box there and stamps it with its
 * Art. 17 letter (white "17 b" in Helvetica). Returns the new PDF (garbage-collected, so nothing
 * removed survives in an unreferenced object).
 */
export async function redactPdf(pdf: Uint8Array, regions: Region[]): Promise<Uint8Array> {
  const m = await mupdf();
  const doc = m.Document.openDocument(pdf, 'application/pdf').asPDF();
  if (!doc) throw new Error('not a PDF');
  try {
    const font = doc.addSimpleFont(new m.Font('Helvetica'));
    const byPage = new Map<number, Region[]>();
    for (const r of regions) byPage.set(r.page, [...(byPage.get(r.page) ?? []), r]);
    for (const [pageNo, list] of byPage) {
      const page = doc.loadPage(pageNo - 1) as InstanceType<MuPdf['PDFPage']>;
      for (const r of list) {
        const annot = page.createAnnotation('Redact');
        annot.setRect(r.rect);
        annot.update();
      }
      page.applyRedactions(true, m.PDFPage.REDACT_IMAGE_PIXELS, m.PDFPage.REDACT_LINE_ART_REMOVE_IF_COVERED, m.PDFPage.REDACT_TEXT_REMOVE);
      stamp(m, doc, page, list, font);
      page.destroy();
    }
    return new Uint8Array(doc.saveToBuffer('garbage=4,compress').asUint8Array());
  } finally {
    doc.destroy();
  }
}

/** Appends a content stream drawing each box and its letter, wrapped so the page's own state cannot leak into it. */
function stamp(
  m: MuPdf,
  doc: InstanceType<MuPdf['PDFDocument']>,
  page: InstanceType<MuPdf['PDFPage']>,
  regions: Region[],
  font: InstanceType<MuPdf['PDFObject']>,
) {
  // MuPDF's page space (top-left origin) → the page's PDF user space.
  const inv = m.Matrix.invert(page.getTransform());
  const ops: string[] = ['q', '0 g'];
  for (const r of regions) {
    const [x0, y0, x1, y1] = m.Rect.transform(r.rect, inv);
    const x = Math.min(x0, x1);
    const y = Math.min(y0, y1);
    const w = Math.abs(x1 - x0);
    const h = Math.abs(y1 - y0);
    ops.push(`0 g ${x} ${y} ${w} ${h} re f`);
    const size = Math.max(4, Math.min(10, h * 0.7));
    const label = `17 ${r.letter}`;
    if (w >= size * 2) ops.push(`1 g BT /FRedaksi ${size} Tf ${x + 2} ${y + (h - size) / 2 + size * 0.15} Td ${pdfString(label)} Tj ET`);
  }
  ops.push('Q');
  const obj = page.getObject();
  const resources = obj.getInheritable('Resources');
  let res = resources;
  if (res.isNull()) {
    res = doc.newDictionary();
    obj.put('Resources', res);
  }
  let fonts = res.get('Font');
  if (fonts.isNull()) {
    fonts = doc.newDictionary();
    res.put('Font', fonts);
  }
  fonts.put('FRedaksi', font);
  const before = doc.addStream('q\n', {});
  const after = doc.addStream(`Q\n${ops.join('\n')}\n`, {});
  const contents = obj.get('Contents');
  const list = doc.newArray();
  list.push(before);
  if (contents.isArray()) for (let i = 0; i < contents.length; i += 1) list.push(contents.get(i));
  else if (!contents.isNull()) list.push(contents);
  list.push(after);
  obj.put('Contents', list);
}
