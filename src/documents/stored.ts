/** A document as it was issued (stored once, byte for byte, with its SHA-256), read back for a download. */
import type { Reader } from '../../db/unit-of-work';
import { notFound } from '../cases/errors';

export interface StoredDocument {
  bytes: Uint8Array;
  filename: string;
  sha256: string;
}

/**
 * The document `documentId` of case `caseId`, or a 404. `publicOnly`: only what the requester may
 * download (the notices and decisions sent to them), never an internal document.
 */
export async function storedDocument(db: Reader, caseId: string, documentId: string, options: { publicOnly: boolean }): Promise<StoredDocument> {
  let query = db.selectFrom('documents').select(['bytes', 'filename', 'sha256']).where('id', '=', documentId).where('case_id', '=', caseId);
  if (options.publicOnly) query = query.where('public', '=', 1);
  const doc = await query.executeTakeFirst();
  if (!doc) throw notFound();
  return doc;
}

/** What was issued on a case, without the bytes: kind, language, when, and its SHA-256 (for views that may not open letters). */
export function issuedDocumentHashes(db: Reader, caseId: string) {
  return db.selectFrom('documents').select(['id', 'kind', 'lang', 'issued_at', 'sha256']).where('case_id', '=', caseId).orderBy('issued_at').execute();
}
