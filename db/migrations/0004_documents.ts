import type { Kysely } from 'kysely';

/** Documents and e-mail delivery (issue 6): letter numbers, outbox leases and attachments, sent reminders. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('letter_number', 'text').execute();
  await db.schema.alterTable('documents').addColumn('ref_id', 'text').execute();

  await db.schema.alterTable('outbox').addColumn('claimed_until', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('attachments', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('provider_id', 'text').execute();
  await db.schema.createIndex('outbox_status_created').on('outbox').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('document_counters')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_counters_pk', ['kind', 'year'])
    .execute();

  await db.schema
    .createTable('mail_reminders')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_reminders_pk', ['case_id', 'kind', 'due'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_reminders').execute();
  await db.schema.dropTable('document_counters').execute();
  await db.schema.dropIndex('outbox_status_created').execute();
  for (const column of ['provider_id', 'attachments', 'claimed_until']) {
    await db.schema.alterTable('outbox').dropColumn(column).execute();
  }
  for (const column of ['ref_id', 'letter_number']) {
    await db.schema.alterTable('documents').dropColumn(column).execute();
  }
}
