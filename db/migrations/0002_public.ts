import type { Kysely } from 'kysely';
import { schemaOf } from '../dialect';

/** Citizen web: identity documents (dokumen identitas) uploaded with a request, kept apart from the case. */
export async function up(db: Kysely<any>): Promise<void> {
  const { bytes } = schemaOf(db);
  await db.schema
    .createTable('identity_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requester_id', 'text', (c) => c.notNull().references('requesters.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('identity_documents_requester').on('identity_documents').column('requester_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('identity_documents').execute();
}
