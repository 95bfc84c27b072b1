import type { Kysely } from 'kysely';
import { schemaOf } from '../dialect';

/**
 * The answer reaches the requester (issue 17): files that travel with a case — the information
 * released with a decision (and its redacted versions), a unit's draft files, a requester's
 * clarification attachments — sealed at rest like identity scans; and the officer's check of the
 * requester's identity document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const { bytes } = schemaOf(db);
  await db.schema
    .createTable('case_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    /** answer (released information) | clarification (the requester's attachment) */
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer')
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploader_role', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    /** staged (not yet released) | released | removed | superseded (a redacted version replaced it) */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    /** A redacted file: the file it was made from, and its redaction log (JSON). */
    .addColumn('source_file_id', 'text')
    .addColumn('redaction_log', 'text')
    .execute();
  await db.schema.createIndex('case_files_by_case').on('case_files').columns(['case_id', 'uploaded_at']).execute();
  await db.schema
    .createTable('identity_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    /** verified | not_matching | not_provided */
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('checked_by', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('identity_checks_by_case').on('identity_checks').columns(['case_id', 'checked_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('identity_checks').execute();
  await db.schema.dropTable('case_files').execute();
}
