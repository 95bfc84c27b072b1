import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { checkIdentityDocument, IDENTITY_DOCUMENT_MAX_BYTES } from '../../src/identity/identity-document';
import { concat, realImage, realPdf } from '../helpers/files';
import { sniffDocumentType } from '../../src/identity/sniff';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('sniffDocumentType: the real type, read from the first bytes', () => {
  it('knows PDF, JPEG and PNG', () => {
    expect(sniffDocumentType(ascii('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png');
  });

  it('refuses everything else, however it is named: GIF, a Windows program, HTML, text, too few bytes, nothing', () => {
    expect(sniffDocumentType(ascii('GIF89a'))).toBeNull();
    expect(sniffDocumentType(ascii('MZ\x90\x00'))).toBeNull();
    expect(sniffDocumentType(ascii('<html>%PDF-'))).toBeNull();
    expect(sniffDocumentType(ascii('%PD'))).toBeNull();
    expect(sniffDocumentType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffDocumentType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
  });
});

describe('checkIdentityDocument', () => {
  let pdf: Uint8Array;
  let png: Uint8Array;
  let jpeg: Uint8Array;
  beforeAll(async () => {
    pdf = await realPdf();
    png = await realImage('png');
    jpeg = await realImage('jpeg');
  });

  it('accepts a fitting kind with its hash and size', async () => {
    const r = await checkIdentityDocument({ kind: 'deed', bytes: pdf, requesterType: 'legal_entity' });
    expect(r).toMatchObject({ ok: true, document: { kind: 'deed', contentType: 'application/pdf', size: pdf.length } });
    if (r.ok) expect(r.document.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('needs a kind that fits the requester: KTP or passport for a person, a deed for a legal entity, a power of attorney for a group', async () => {
    expect(await checkIdentityDocument({ kind: '', bytes: pdf })).toEqual({
      ok: false,
      field: 'identityDocumentKind',
      error: 'identity_document_kind_required',
    });
    expect(await checkIdentityDocument({ kind: 'deed', bytes: pdf, requesterType: 'individual' })).toEqual({
      ok: false,
      field: 'identityDocumentKind',
      error: 'identity_document_kind_mismatch',
    });
    expect((await checkIdentityDocument({ kind: 'ktp', bytes: pdf, requesterType: 'legal_entity' })).ok).toBe(false);
    expect((await checkIdentityDocument({ kind: 'power_of_attorney', bytes: pdf, requesterType: 'group' })).ok).toBe(true);
    expect((await checkIdentityDocument({ kind: 'power_of_attorney', bytes: pdf, requesterType: 'individual' })).ok).toBe(true);
  });

  it('refuses more than 5 MB, and a file whose content is not a PDF, JPEG or PNG', async () => {
    const limit = new Uint8Array(IDENTITY_DOCUMENT_MAX_BYTES);
    limit.set(pdf); // a real PDF followed by zeros up to the limit: still parses
    expect((await checkIdentityDocument({ kind: 'ktp', bytes: limit })).ok).toBe(true);
    const over = new Uint8Array(IDENTITY_DOCUMENT_MAX_BYTES + 1);
    over.set(pdf);
    expect(await checkIdentityDocument({ kind: 'ktp', bytes: over })).toEqual({ ok: false, field: 'identityDocument', error: 'identity_document_too_large' });
    expect(await checkIdentityDocument({ kind: 'ktp', bytes: ascii('just text') })).toEqual({
      ok: false,
      field: 'identityDocument',
      error: 'identity_document_type',
    });
  });

  it('checks the whole file: a PDF header over HTML, or a PNG or JPEG header over a script, is refused', async () => {
    const refused = { ok: false, field: 'identityDocument', error: 'identity_document_type' };
    expect(await checkIdentityDocument({ kind: 'ktp', bytes: ascii('%PDF-1.4\n<html><script>alert(1)</script></html>') })).toEqual(refused);
    expect(await checkIdentityDocument({ kind: 'ktp', bytes: concat(png.slice(0, 8), ascii('<script>alert(1)</script>')) })).toEqual(refused);
    expect(await checkIdentityDocument({ kind: 'ktp', bytes: concat(jpeg.slice(0, 4), ascii('<script>alert(1)</script>')) })).toEqual(refused);
    expect(await checkIdentityDocument({ kind: 'ktp', bytes: png.slice(0, png.length - 20) })).toEqual(refused); // cut short
  });

  it('stores a picture re-encoded from its pixels: what followed the image data is gone', async () => {
    const script = ascii('<script>alert(document.cookie)</script>');
    for (const [picture, type] of [
      [png, 'image/png'],
      [jpeg, 'image/jpeg'],
    ] as const) {
      const r = await checkIdentityDocument({ kind: 'ktp', bytes: concat(picture, script) });
      expect(r).toMatchObject({ ok: true, document: { contentType: type } });
      if (!r.ok) continue;
      expect(Buffer.from(r.document.bytes).includes(Buffer.from(script))).toBe(false);
      const m = await import('mupdf');
      const decoded = new m.Image(r.document.bytes);
      expect([decoded.getWidth(), decoded.getHeight()]).toEqual([120, 80]);
      expect(r.document.sha256).toBe(createHash('sha256').update(r.document.bytes).digest('hex'));
    }
  });
});
