import { describe, expect, it } from 'vitest';
import { checkIdentityDocument, IDENTITY_DOCUMENT_MAX_BYTES } from '../../src/identity/identity-document';
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
  const pdf = ascii('%PDF-1.4 scan');

  it('accepts a fitting kind with its hash and size', () => {
    const r = checkIdentityDocument({ kind: 'deed', bytes: pdf, requesterType: 'legal_entity' });
    expect(r).toMatchObject({ ok: true, document: { kind: 'deed', contentType: 'application/pdf', size: pdf.length } });
    if (r.ok) expect(r.document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('needs a kind that fits the requester: KTP or passport for a person, a deed for a legal entity, a power of attorney for a group', () => {
    expect(checkIdentityDocument({ kind: '', bytes: pdf })).toEqual({ ok: false, field: 'identityDocumentKind', error: 'identity_document_kind_required' });
    expect(checkIdentityDocument({ kind: 'deed', bytes: pdf, requesterType: 'individual' }))
      .toEqual({ ok: false, field: 'identityDocumentKind', error: 'identity_document_kind_mismatch' });
    expect(checkIdentityDocument({ kind: 'ktp', bytes: pdf, requesterType: 'legal_entity' }).ok).toBe(false);
    expect(checkIdentityDocument({ kind: 'power_of_attorney', bytes: pdf, requesterType: 'group' }).ok).toBe(true);
    expect(checkIdentityDocument({ kind: 'power_of_attorney', bytes: pdf, requesterType: 'individual' }).ok).toBe(true);
  });

  it('refuses more than 5 MB, and a file whose content is not a PDF, JPEG or PNG', () => {
    const limit = new Uint8Array(IDENTITY_DOCUMENT_MAX_BYTES);
    limit.set(pdf);
    expect(checkIdentityDocument({ kind: 'ktp', bytes: limit }).ok).toBe(true);
    const over = new Uint8Array(IDENTITY_DOCUMENT_MAX_BYTES + 1);
    over.set(pdf);
    expect(checkIdentityDocument({ kind: 'ktp', bytes: over })).toEqual({ ok: false, field: 'identityDocument', error: 'identity_document_too_large' });
    expect(checkIdentityDocument({ kind: 'ktp', bytes: ascii('just text') })).toEqual({ ok: false, field: 'identityDocument', error: 'identity_document_type' });
  });
});
