/**
 * What a file really is, read from its first bytes (magic numbers), never from its name or the
 * browser's Content-Type: PDF (`%PDF-`), JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A).
 */
export type DocumentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: ReadonlyArray<{ type: DocumentType; magic: readonly number[] }> = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  const match = SIGNATURES.find((s) => s.magic.length <= bytes.length && s.magic.every((b, i) => bytes[i] === b));
  return match?.type ?? null;
}
