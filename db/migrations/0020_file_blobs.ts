import type { Kysely } from 'kysely';

/**
 * Files outside the database (issue 19, Cloudflare Workers): a Durable Object's SQLite holds a
 * value of at most 2 MB, so on Workers a file's bytes go to the R2 bucket bound as `FILES`
 * (src/files/blob-store.ts) and its row keeps the metadata, an empty `bytes` column and the
 * object's key. On Node (SQLite, PostgreSQL) `blob_key` stays null and the bytes stay in the row,
 * as before: nothing to copy.
 */
const TABLES = ['documents', 'case_files', 'identity_documents'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('blob_key', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('blob_key').execute();
}
