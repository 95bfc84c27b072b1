import type { Kysely } from 'kysely';

/**
 * Receipts still to issue (issue 15). A filing commits the obligation to issue its receipt (tanda
 * bukti penerimaan) in its own transaction, and the receipt is rendered and stored right after the
 * commit, outside the registration counter's lock. A process that dies in between leaves the row,
 * and the sweeper issues the receipt (src/documents/receipts-to-issue.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('receipts_to_issue')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('receipts_to_issue').execute();
}
