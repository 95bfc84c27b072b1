/**
 * Real files for upload tests: a PDF written by pdfkit, pictures encoded by MuPDF — things a
 * scanner or a phone could send, not byte strings that only start like one.
 */
import PDFDocument from 'pdfkit';

export function realPdf(text = 'Akta pendirian — salinan'): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.fontSize(14).text(text, 72, 72);
    doc.end();
  });
}

/** A small picture (a grey card with a dark band), encoded as PNG or JPEG. */
export async function realImage(type: 'png' | 'jpeg', width = 120, height = 80): Promise<Uint8Array> {
  const m = await import('mupdf');
  const pixmap = new m.Pixmap(m.ColorSpace.DeviceRGB, [0, 0, width, height], false);
  pixmap.clear(0xd0);
  const bytes = type === 'png' ? pixmap.asPNG() : pixmap.asJPEG(85, false);
  pixmap.destroy();
  return new Uint8Array(bytes);
}

export const ascii = (s: string) => new TextEncoder().encode(s);
export const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * The web form's fields of a request filed with a PNG identity scan (a KTP), as multipart form
 * data; `fields` replaces or adds fields (e.g. `{ 'requester.name': …, idempotencyKey: … }`).
 */
export function filingWithScan(scan: Uint8Array, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  const all: Record<string, string> = {
    'requester.type': 'individual',
    'requester.name': 'Andi Pratama',
    'requester.nik': '3171012304900002',
    'requester.address': 'Jl. Cikini Raya 12, Jakarta Pusat',
    'requester.email': 'andi@example.org',
    information: 'Salinan perjanjian kerja sama.',
    purpose: 'Penelitian.',
    obtainMethod: 'copy_soft',
    deliveryMethod: 'email',
    unit: 'PPID',
    identityDocumentKind: 'ktp',
    ...fields,
  };
  for (const [k, v] of Object.entries(all)) form.append(k, v);
  form.append('identityDocument', new File([scan as Uint8Array<ArrayBuffer>], 'ktp.png', { type: 'image/png' }));
  return form;
}
