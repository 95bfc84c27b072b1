/**
 * Identity documents (dokumen identitas, Perki 1/2021 practice; kip-rules §2.3): which kind fits
 * which requester and the checks an upload must pass (type by content, size). Stored encrypted beside
 * the requester (scan-store.ts). Personal data: never public, never in the audit log.
 */
import { createHash } from 'node:crypto';
import type { requesterTypes } from '../cases/filing.schema';
import type { MessageKey } from '../i18n';
import { inspectUpload } from '../files/inspect';
import type { DocumentType } from './sniff';

const IDENTITY_DOCUMENT_TYPES: readonly DocumentType[] = ['application/pdf', 'image/jpeg', 'image/png'];

export const IDENTITY_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/** KTP or passport scan; deed of establishment or SK pengesahan; power of attorney (surat kuasa). */
export const identityDocumentKinds = ['ktp', 'passport', 'deed', 'power_of_attorney'] as const;
export type IdentityDocumentKind = (typeof identityDocumentKinds)[number];
type RequesterType = (typeof requesterTypes)[number];

/** The documents each requester type proves itself with; a proxy (kuasa) may always send a power of attorney. */
export const kindsFor: Record<RequesterType, readonly IdentityDocumentKind[]> = {
  individual: ['ktp', 'passport', 'power_of_attorney'],
  legal_entity: ['deed', 'power_of_attorney'],
  group: ['power_of_attorney', 'ktp', 'passport'],
};

export interface IdentityDocument {
  kind: IdentityDocumentKind;
  contentType: DocumentType;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

export type IdentityDocumentCheck =
  | { ok: true; document: IdentityDocument }
  | { ok: false; field: 'identityDocument' | 'identityDocumentKind'; error: MessageKey };

const isKind = (k: string): k is IdentityDocumentKind => (identityDocumentKinds as readonly string[]).includes(k);

/**
 * Checks an uploaded file: its kind fits the requester type, its size, and what it is, checked
 * whole (src/files/inspect.ts: a PDF that parses, or a PNG/JPEG that decodes — stored re-encoded).
 */
export async function checkIdentityDocument(input: { kind: string; bytes: Uint8Array; requesterType?: string }): Promise<IdentityDocumentCheck> {
  if (!isKind(input.kind)) return { ok: false, field: 'identityDocumentKind', error: 'identity_document_kind_required' };
  const type = input.requesterType as RequesterType | undefined;
  if (type && type in kindsFor && !kindsFor[type].includes(input.kind)) {
    return { ok: false, field: 'identityDocumentKind', error: 'identity_document_kind_mismatch' };
  }
  if (input.bytes.length > IDENTITY_DOCUMENT_MAX_BYTES) return { ok: false, field: 'identityDocument', error: 'identity_document_too_large' };
  const inspected = await inspectUpload(input.bytes, IDENTITY_DOCUMENT_TYPES);
  if (!inspected.ok) return { ok: false, field: 'identityDocument', error: 'identity_document_type' };
  const { contentType, bytes } = inspected;
  return {
    ok: true,
    document: { kind: input.kind, contentType, size: bytes.length, bytes, sha256: createHash('sha256').update(bytes).digest('hex') },
  };
}
