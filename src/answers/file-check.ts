/**
 * What a released or clarification file really is, checked whole before anything is stored:
 * - PDF, PNG, JPEG: parsed or decoded by MuPDF (src/files/inspect.ts); pictures are re-encoded;
 * - office documents (DOCX, XLSX, PPTX, ODT, ODS): a ZIP container that unpacks (fflate: a small,
 *   well-kept inflater, rather than hand-written ZIP parsing) and holds the parts its format
 *   requires — `[Content_Types].xml` and the main part for OOXML, the `mimetype` entry for ODF;
 * - CSV: UTF-8 text without NUL or other control characters.
 * The name's extension must agree with the content; the browser's Content-Type is never trusted.
 */
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { inspectUpload } from '../files/inspect';
import type { MessageKey } from '../i18n';

export type FileKind = 'pdf' | 'image' | 'office' | 'csv';

export interface CheckedFile {
  filename: string;
  contentType: string;
  kind: FileKind;
  bytes: Uint8Array;
  size: number;
  sha256: string;
  pages: number | null;
}

const OFFICE: Record<string, { type: string; part?: string; odf?: string }> = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', part: 'word/document.xml' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', part: 'xl/workbook.xml' },
  pptx: { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', part: 'ppt/presentation.xml' },
  odt: { type: 'application/vnd.oasis.opendocument.text', odf: 'application/vnd.oasis.opendocument.text' },
  ods: { type: 'application/vnd.oasis.opendocument.spreadsheet', odf: 'application/vnd.oasis.opendocument.spreadsheet' },
};
const PICTURES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** A file name safe to show and to put in a Content-Disposition header. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .replace(/^[.\s]+/, '')
    .slice(-120);
  return cleaned || 'berkas';
}

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export type FileCheck = { ok: true; file: CheckedFile } | { ok: false; error: MessageKey; params?: Record<string, number> };

export async function checkCaseFile(name: string, bytes: Uint8Array, maxBytes: number): Promise<FileCheck> {
  if (bytes.length === 0) return { ok: false, error: 'file_required' };
  if (bytes.length > maxBytes) return { ok: false, error: 'file_too_large', params: { max: Math.round(maxBytes / 1024 / 1024) } };
  const filename = safeFilename(name);
  const ext = extensionOf(filename);
  const done = (kind: FileKind, contentType: string, b: Uint8Array, pages: number | null): FileCheck => ({
    ok: true,
    file: { filename, contentType, kind, bytes: b, size: b.length, sha256: sha256(b), pages },
  });
  const picture = PICTURES[ext];
  if (picture) {
    const inspected = await inspectUpload(bytes, [picture as 'application/pdf']);
    if (!inspected.ok) return { ok: false, error: 'file_type' };
    return done(picture === 'application/pdf' ? 'pdf' : 'image', inspected.contentType, inspected.bytes, inspected.pages);
  }
  const office = OFFICE[ext];
  if (office) return officeFile(bytes, office) ? done('office', office.type, bytes, null) : { ok: false, error: 'file_type' };
  if (ext === 'csv') return csvFile(bytes) ? done('csv', 'text/csv; charset=utf-8', bytes, null) : { ok: false, error: 'file_type' };
  return { ok: false, error: 'file_type' };
}

function officeFile(bytes: Uint8Array, format: { part?: string; odf?: string }): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    let total = 0;
    const entries = unzipSync(bytes, {
      // A zip bomb stops here: no part larger than 200 MB unpacked, nor all of them together.
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > 200 * 1024 * 1024 || total > 400 * 1024 * 1024) throw new Error('too large unpacked');
        return true;
      },
    });
    if (format.part) return '[Content_Types].xml' in entries && format.part in entries;
    const mimetype = entries.mimetype;
    return mimetype !== undefined && new TextDecoder().decode(mimetype).trim() === format.odf;
  } catch {
    return false;
  }
}

function csvFile(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Tabs, line ends and printable text only; no markup a browser could be talked into running.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) && !/^\s*</.test(text);
}
