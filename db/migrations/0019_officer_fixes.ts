import type { Kysely } from 'kysely';
import { schemaOf } from '../dialect';

/**
 * The officer-side fixes of issue 18.
 *
 * The outbox pages by key, newest first (src/mail/outbox-list.ts): an index on (created_at, id).
 *
 * Search by requester name: the search index gains the keyed-hash tokens of the
 * requester's name (src/cases/name-tokens.ts; a `names` column in SQLite's FTS5 table, `n:`
 * lexemes in PostgreSQL's tsvector). The index is rebuilt empty and its consumer's cursor reset,
 * so the next read of a queue re-indexes every case from the audit trail, with the data key the
 * tokens need (which never lives in the database, so a migration cannot compute them itself).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('outbox_created_id').on('outbox').columns(['created_at', 'id']).execute();
  await schemaOf(db).dropCaseSearch(db);
  await schemaOf(db).createCaseSearch(db);
  await db.deleteFrom('projection_cursors').where('name', '=', 'queue_units').execute();
}

export async function down(): Promise<void> {
  // The earlier index had no names column; restoring it would only drop what this one adds.
  throw new Error('0019_officer_fixes cannot be undone');
}
