/**
 * A document as it was issued (stored once, byte for byte, with its SHA-256), read back for a
 * download or an e-mail. The only readers of an issued document's bytes: they come from the row
 * on Node or from the R2 bucket on Workers (src/files/blob-store.ts), whichever the row names.
 */
import type { Reader } from '../../db/unit-of-work';
import { notFound } from '../cases/errors';
import type { BlobStore } from '../files/blob-store';

export interface StoredDocument {
  bytes: Uint8Array;
  filename: string;
  sha256: string;
}

type DocumentDeps = { db: Reader; blobs: BlobStore };

/**
 * The document `documentId` of case `caseId`, or a 404. `publicOnly`: only what the requester may
 * download (the notices and decisions sent to them), never an internal document.
 */
export async function storedDocument(deps: DocumentDeps, caseId: string, documentId: string, options: { publicOnly: boolean }): Promise<StoredDocument> {
  let query = deps.db.selectFrom('documents').select(['bytes', 'blob_key', 'filename', 'sha256']).where('id', '=', documentId).where('case_id', '=', caseId);
  if (options.publicOnly) query = query.where('public', '=', 1);
  const doc = await query.executeTakeFirst();
  if (!doc) throw notFound();
  return { bytes: await deps.blobs.bytesOf(doc), filename: doc.filename, sha256: doc.sha256 };
}

/** Documents by id with their bytes (a receipt, an e-mail's attachments), in no particular order; unknown ids are left out. */
export async function documentFiles(deps: DocumentDeps, ids: string[]): Promise<Array<{ id: string; filename: string; bytes: Uint8Array }>> {
  if (ids.length === 0) return [];
  const rows = await deps.db.selectFrom('documents').select(['id', 'filename', 'bytes', 'blob_key']).where('id', 'in', ids).execute();
  return Promise.all(rows.map(async (r) => ({ id: r.id, filename: r.filename, bytes: await deps.blobs.bytesOf(r) })));
}

/** What was issued on a case, without the bytes: kind, language, when, and its SHA-256 (for views that may not open letters). */
export function issuedDocumentHashes(db: Reader, caseId: string) {
  return db.selectFrom('documents').select(['id', 'kind', 'lang', 'issued_at', 'sha256']).where('case_id', '=', caseId).orderBy('issued_at').execute();
}
