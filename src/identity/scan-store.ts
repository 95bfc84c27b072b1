/**
 * Identity scans at rest (KTP, passport, deed, power of attorney — the most sensitive data the
 * service holds, UU 27/2022): sealed with the current data key before they reach the database,
 * bound to their row, the key id beside them. Opened only through `openIdentityScan`, which the
 * routes call for roles that may read personal data. The sealed bytes are in the row on Node, in
 * the R2 bucket on Workers (src/files/blob-store.ts): only ciphertext ever leaves for the bucket.
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { newRowId } from '../../db/row-id';
import { open, seal } from '../crypto/aead';
import type { KeyRing } from '../crypto/key-ring';
import type { BlobStore, StoredBlob } from '../files/blob-store';
import type { IdentityDocument } from './identity-document';

const context = (id: string) => `identity_document:${id}`;

export interface SealedIdentityDocument extends Omit<IdentityDocument, 'bytes'> {
  id: string;
  keyId: string;
  /** What the row keeps: the sealed bytes, or (Workers) the R2 object already holding them. */
  stored: StoredBlob;
}

/**
 * Encrypts a checked upload and hands the ciphertext to the blob store (on Workers: the R2 object
 * is written now), before the filing's transaction, which it need not hold up. A filing that then
 * fails leaves an object no row names: the sweep deletes it (docs/storage.md, "Files").
 */
export async function sealIdentityDocument(deps: { keys: KeyRing; blobs: BlobStore }, doc: IdentityDocument): Promise<SealedIdentityDocument> {
  const id = newRowId();
  const { keyId, bytes } = await seal(deps.keys, context(id), doc.bytes);
  const stored = await deps.blobs.put('identity_documents', id, bytes, 'application/octet-stream');
  return { id, kind: doc.kind, contentType: doc.contentType, size: doc.size, sha256: doc.sha256, keyId, stored };
}

const blob = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Stores the sealed document beside the requester; called inside the filing's transaction. */
export async function storeIdentityDocument(trx: Trx, requesterId: string, doc: SealedIdentityDocument, at: string): Promise<string> {
  await trx
    .insertInto('identity_documents')
    .values({
      id: doc.id,
      requester_id: requesterId,
      kind: doc.kind,
      content_type: doc.contentType,
      size: doc.size,
      sha256: doc.sha256,
      bytes: doc.stored.bytes,
      blob_key: doc.stored.blobKey,
      key_id: doc.keyId,
      created_at: at,
    })
    .execute();
  return doc.id;
}

/** What an officer's case page lists: never the bytes. */
export function listIdentityScans(db: Reader, requesterId: string) {
  return db
    .selectFrom('identity_documents')
    .select(['id', 'kind', 'content_type', 'size', 'created_at'])
    .where('requester_id', '=', requesterId)
    .orderBy('created_at')
    .execute();
}

/** One scan in clear, or null when this requester has no such scan. The caller has checked the role. */
export async function openIdentityScan(deps: { db: Reader; keys: KeyRing; blobs: BlobStore }, requesterId: string, id: string) {
  const row = await deps.db
    .selectFrom('identity_documents')
    .select(['id', 'kind', 'content_type', 'bytes', 'blob_key', 'key_id'])
    .where('id', '=', id)
    .where('requester_id', '=', requesterId)
    .executeTakeFirst();
  if (!row) return null;
  if (!row.key_id) throw new Error(`identity document ${id} stored without a key id (not encrypted)`);
  const bytes = await open(deps.keys, context(row.id), { keyId: row.key_id, bytes: await deps.blobs.bytesOf(row) });
  return { kind: row.kind, contentType: row.content_type, bytes };
}

/**
 * Seals again under the current key every scan sealed with another key — or stored in clear,
 * before encryption at rest (no key id). A batch at a time, so memory stays bounded.
 * Used by migration 0010 and by key rotation.
 */
export async function resealIdentityScans(db: Kysely<Database>, keys: KeyRing | undefined, batch = 50): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('identity_documents')
      .select(['id', 'bytes', 'key_id'])
      .where('id', '>', after)
      .where((eb) => (keys ? eb.or([eb('key_id', 'is', null), eb('key_id', '!=', keys.current.id)]) : eb('key_id', 'is', null)))
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return done;
    if (!keys) throw new Error('identity scans to encrypt, but no data key was given');
    for (const row of rows) {
      // An empty column: the scan is in the R2 bucket (Workers, migration 0020; always sealed). This
      // Node command does not reach the bucket: its key stays in the ring. (Not a `blob_key` filter:
      // migration 0010 runs this before that column exists.)
      if (row.bytes.length === 0) continue;
      done += 1;
      const plain = row.key_id ? await open(keys, context(row.id), { keyId: row.key_id, bytes: new Uint8Array(row.bytes) }) : new Uint8Array(row.bytes);
      const sealed = await seal(keys, context(row.id), plain);
      await db
        .updateTable('identity_documents')
        .set({ bytes: blob(sealed.bytes), key_id: sealed.keyId })
        .where('id', '=', row.id)
        .execute();
    }
    after = rows.at(-1)!.id;
  }
}
