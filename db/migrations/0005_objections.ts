import type { Kysely } from 'kysely';

/** Objections, disputes, consequence tests, DIK/DIP (issue 7). Plain text/integer columns, as in 0001_core. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('objections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('objection_number', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('grounds', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('dispute_stage', 'text')
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text')
    .addColumn('response_due', 'text', (c) => c.notNull())
    .addColumn('response_due_at', 'text', (c) => c.notNull())
    .addColumn('deadlines', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('dispute_commission', 'text')
    .addColumn('dispute_registration_number', 'text')
    .addColumn('dispute_filed_on', 'text')
    .addColumn('machine_version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('objections_year_seq', ['year', 'seq'])
    .execute();
  await db.schema.createIndex('objections_case').on('objections').columns(['case_id', 'received_at']).execute();
  // The atasan's queue sorts by the response deadline; the sweeper finds undecided ones past it.
  await db.schema.createIndex('objections_state_due').on('objections').columns(['state', 'response_due_at', 'id']).execute();
  await db.schema.createIndex('objections_received').on('objections').columns(['received_at']).execute();

  await db.schema
    .createTable('objection_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consequence_tests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('information', 'text', (c) => c.notNull())
    .addColumn('document', 'text')
    .addColumn('public_title', 'text')
    .addColumn('public_consequence', 'text')
    .addColumn('exemptions', 'text', (c) => c.notNull())
    .addColumn('harm', 'text', (c) => c.notNull())
    .addColumn('public_interest', 'text', (c) => c.notNull())
    .addColumn('conclusion', 'text', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('exempt_until', 'text')
    .addColumn('review_on', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('decided_by', 'text')
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    .addColumn('decided_by_position', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('classification_number', 'text')
    .addColumn('classification_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_reason', 'text')
    .addColumn('source_case_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consequence_tests_status').on('consequence_tests').columns(['status', 'conclusion', 'decided_on']).execute();

  await db.schema
    .createTable('case_consequence_tests')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('test_id', 'text', (c) => c.notNull().references('consequence_tests.id'))
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text')
    .addPrimaryKeyConstraint('case_consequence_tests_pk', ['case_id', 'test_id'])
    .execute();
  await db.schema.createIndex('case_consequence_tests_test').on('case_consequence_tests').columns(['test_id', 'case_id']).execute();

  await db.schema
    .createTable('dip_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('produced', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('retention', 'text')
    .addColumn('url', 'text')
    .addColumn('published', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.createIndex('dip_entries_category').on('dip_entries').columns(['published', 'category', 'title']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['dip_entries', 'case_consequence_tests', 'consequence_tests', 'objection_counters', 'objections']) {
    await db.schema.dropTable(table).execute();
  }
}
