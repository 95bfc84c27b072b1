/**
 * Where a stored file's bytes live (docs/storage.md, "Files"): issued documents, case files
 * (released information, clarification attachments) and identity scans.
 *
 * - On Node (SQLite, PostgreSQL): in the row's `bytes` column, as always (`databaseBlobs`).
 * - On Workers: in the R2 bucket bound as `FILES` (`r2Blobs`), because a Durable Object's SQLite
 *   holds a value of at most 2 MB. The row keeps its metadata (SHA-256, size, content type, the
 *   data key id of sealed bytes), an empty `bytes` column and `blob_key`, the object's key.
 *
 * Sealed files (scans, case files) are sealed before they get here: the bucket holds ciphertext.
 * `put` runs inside the unit of work that inserts the row, before it commits: a unit of work that
 * rolls back leaves at most an object no row names, which `sweepOrphans` deletes after an hour.
 * Every object's key starts with its table and row id (`case_files/<id>/<nonce>`), and is never
 * written twice (the nonce), so a row names exactly the bytes it was committed with.
 *
 * Readers go through one function per kind (`openCaseFile`, `openIdentityScan`, `storedDocument`
 * and the receipt and mail attachment readers), each of which calls `bytesOf`: no caller learns
 * where the bytes are.
 */
import { randomBytes } from 'node:crypto';
import type { Reader } from '../../db/unit-of-work';

/** The tables whose rows hold files. */
type BlobTable = 'documents' | 'case_files' | 'identity_documents';
const TABLES: BlobTable[] = ['documents', 'case_files', 'identity_documents'];

/** What a row keeps of a stored file: its bytes (database), or an empty column and the object's key. */
export interface StoredBlob {
  bytes: Buffer;
  blobKey: string | null;
}

/** The columns a reader selects to get a file's bytes back. */
interface BlobColumns {
  bytes: Uint8Array;
  blob_key: string | null;
}

export interface BlobStore {
  /** Stores a file's bytes for row `id` of `table` (inside the unit of work, before its row commits): what the row keeps. */
  put(table: BlobTable, id: string, bytes: Uint8Array, contentType: string): Promise<StoredBlob>;
  /** The bytes a row names, from wherever it says. */
  bytesOf(row: BlobColumns): Promise<Uint8Array>;
  /** Deletes objects after their rows are gone (a committed deletion); nothing on the database store. */
  delete(keys: string[]): Promise<void>;
  /** Deletes the objects uploaded before `before` that no row names; how many. Nothing to do on the database store. */
  sweepOrphans(db: Reader, before: Date): Promise<number>;
}

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Node: the bytes stay in the row (no behaviour change from before migration 0020). */
export const databaseBlobs = (): BlobStore => ({
  put: async (_table, _id, bytes) => ({ bytes: asBuffer(bytes), blobKey: null }),
  bytesOf: async (row) => {
    if (row.blob_key) throw new Error(`file ${row.blob_key} is in an R2 bucket, which this runtime has not got (it was stored on Workers)`);
    return new Uint8Array(row.bytes);
  },
  delete: async () => {},
  sweepOrphans: async () => 0,
});

/** The parts of Workers' R2Bucket used here (the full types: @cloudflare/workers-types). */
export interface R2BucketLike {
  put(key: string, value: Uint8Array, options?: { httpMetadata?: { contentType?: string } }): Promise<unknown>;
  get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer> } | null>;
  delete(keys: string | string[]): Promise<void>;
  list(options?: { prefix?: string; cursor?: string; limit?: number }): Promise<{
    objects: Array<{ key: string; uploaded: Date }>;
    truncated: boolean;
    cursor?: string;
  }>;
}

/** An object key: the table, the row id, and a nonce (an object is never overwritten). */
const objectKey = (table: BlobTable, id: string) => `${table}/${id}/${randomBytes(8).toString('hex')}`;

/** Workers: the bytes in the R2 bucket `FILES`, the row holding the key. */
export function r2Blobs(bucket: R2BucketLike): BlobStore {
  return {
    async put(table, id, bytes, contentType) {
      const key = objectKey(table, id);
      await bucket.put(key, bytes, { httpMetadata: { contentType } });
      return { bytes: Buffer.alloc(0), blobKey: key };
    },
    async bytesOf(row) {
      // A row without a key was stored before migration 0020 (or on Node): its bytes are in the row.
      if (!row.blob_key) return new Uint8Array(row.bytes);
      const object = await bucket.get(row.blob_key);
      if (!object) throw new Error(`file object ${row.blob_key} is missing from the R2 bucket`);
      return new Uint8Array(await object.arrayBuffer());
    },
    async delete(keys) {
      for (let i = 0; i < keys.length; i += 1000) await bucket.delete(keys.slice(i, i + 1000));
    },
    async sweepOrphans(db, before) {
      let deleted = 0;
      let cursor: string | undefined;
      for (;;) {
        // 100 at a time: the row lookup below stays under the Durable Object's 100 bound parameters.
        const page = await bucket.list({ cursor, limit: 100 });
        const old = page.objects.filter((o) => o.uploaded.getTime() < before.getTime());
        const orphans: string[] = [];
        for (const table of TABLES) {
          const objects = old.filter((o) => o.key.startsWith(`${table}/`));
          if (objects.length === 0) continue;
          const ids = [...new Set(objects.map((o) => o.key.split('/')[1]!))];
          const named = new Set((await rowsNaming(db, table, ids)).map((r) => r.blob_key));
          orphans.push(...objects.filter((o) => !named.has(o.key)).map((o) => o.key));
        }
        // Objects under another prefix are not this service's: left alone.
        if (orphans.length > 0) await bucket.delete(orphans);
        deleted += orphans.length;
        if (!page.truncated || !page.cursor) return deleted;
        cursor = page.cursor;
      }
    },
  };
}

/** The keys that rows `ids` of `table` name now (by primary key). */
function rowsNaming(db: Reader, table: BlobTable, ids: string[]): Promise<Array<{ blob_key: string | null }>> {
  switch (table) {
    case 'documents':
      return db.selectFrom('documents').select('blob_key').where('id', 'in', ids).execute();
    case 'case_files':
      return db.selectFrom('case_files').select('blob_key').where('id', 'in', ids).execute();
    case 'identity_documents':
      return db.selectFrom('identity_documents').select('blob_key').where('id', 'in', ids).execute();
  }
}
