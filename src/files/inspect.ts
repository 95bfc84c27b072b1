/**
 * What an uploaded file really is, checked whole — never by its name, the browser's
 * Content-Type, or its first bytes alone (`%PDF-` followed by HTML, or a PNG header followed by a
 * script, passes a magic-number check):
 * - a PDF is parsed by MuPDF and every page must load;
 * - an image (PNG, JPEG) is decoded to pixels by MuPDF and stored *re-encoded* from those pixels,
 *   so nothing but the picture survives (no trailing script, no EXIF with a GPS position).
 *
 * MuPDF (the `mupdf` npm package, its WebAssembly build) is loaded on first use, so starting the
 * service does not pay for it; the same library redacts released files.
 */
import { sniffDocumentType, type DocumentType } from '../identity/sniff';

export type InspectedFile = { ok: true; contentType: DocumentType; bytes: Uint8Array; pages: number } | { ok: false };

/** A PDF with more pages than this is refused (an identity scan or a letter has a handful). */
export const MAX_PDF_PAGES = 500;
/** Larger pictures are refused before decoding (a 600-dpi A4 scan is about 5,000 × 7,000). */
const MAX_IMAGE_PIXELS = 60_000_000;
/** JPEG quality of a re-encoded photo scan: visually lossless for documents. */
const JPEG_QUALITY = 90;

type MuPdf = typeof import('mupdf');
let loading: Promise<MuPdf> | undefined;
const mupdf = () =>
  (loading ??= import('mupdf').then((m) => {
    m.setLog(null); // MuPDF reports repairs and bad data on stderr; we answer with a field error instead
    return m;
  }));

export async function inspectUpload(bytes: Uint8Array, allowed: readonly DocumentType[]): Promise<InspectedFile> {
  const claimed = sniffDocumentType(bytes);
  if (!claimed || !allowed.includes(claimed)) return { ok: false };
  const m = await mupdf();
  try {
    return claimed === 'application/pdf' ? inspectPdf(m, bytes) : reencodeImage(m, bytes, claimed);
  } catch {
    return { ok: false };
  }
}

function inspectPdf(m: MuPdf, bytes: Uint8Array): InspectedFile {
  const doc = m.Document.openDocument(bytes, 'application/pdf');
  try {
    const pages = doc.countPages();
    if (pages < 1 || pages > MAX_PDF_PAGES) return { ok: false };
    for (let i = 0; i < pages; i += 1) doc.loadPage(i).destroy();
    return { ok: true, contentType: 'application/pdf', bytes, pages };
  } finally {
    doc.destroy();
  }
}

function reencodeImage(m: MuPdf, bytes: Uint8Array, type: 'image/png' | 'image/jpeg'): InspectedFile {
  const image = new m.Image(bytes);
  try {
    if (image.getWidth() * image.getHeight() > MAX_IMAGE_PIXELS) return { ok: false };
    const pixmap = image.toPixmap();
    try {
      // A PNG stays lossless (scans of text); a JPEG stays a JPEG (photos), from RGB pixels.
      if (type === 'image/png') return { ok: true, contentType: type, bytes: new Uint8Array(pixmap.asPNG()), pages: 1 };
      const source = rgb(m, pixmap);
      try {
        return { ok: true, contentType: type, bytes: new Uint8Array(source.asJPEG(JPEG_QUALITY, false)), pages: 1 };
      } finally {
        if (source !== pixmap) source.destroy();
      }
    } finally {
      pixmap.destroy();
    }
  } finally {
    image.destroy();
  }
}

/** JPEG encoding wants gray or RGB without alpha; CMYK and alpha pictures are converted first. */
function rgb(m: MuPdf, pixmap: InstanceType<MuPdf['Pixmap']>) {
  const n = pixmap.getNumberOfComponents();
  if (!pixmap.getAlpha() && (n === 1 || n === 3)) return pixmap;
  return pixmap.convertToColorSpace(m.ColorSpace.DeviceRGB, false);
}
