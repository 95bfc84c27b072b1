import type { Kysely } from 'kysely';

/**
 * Annual and semester service reports (laporan layanan informasi publik, Perki 1/2021 Art. 56; issue 11).
 *
 * - `report_facts`: what one request or objection contributes to the reports now (its tally keys),
 *   so that a transition replaces the old contribution with the new one in the same transaction.
 * - `report_tallies`: the counts per year, half, receiving unit and key, kept by those transitions;
 *   a report sums a few thousand rows whatever the number of cases.
 * - `report_narratives`: the sections an officer writes for a year's report.
 * Cases filed before this migration are counted on the first report (src/reports/tallies.ts, `ensureTallies`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_facts')
    .addColumn('subject_id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('requester_type', 'text')
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('entries', 'text', (c) => c.notNull())
    .execute();
  // The pending backlog: open requests by local receipt date (the ten oldest of a period).
  await db.schema.createIndex('report_facts_open').on('report_facts').columns(['open', 'local_date', 'received_at', 'unit']).execute();

  await db.schema
    .createTable('report_tallies')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('half', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_tallies_pk', ['year', 'half', 'unit', 'key'])
    .execute();

  await db.schema
    .createTable('report_narratives')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('report_narratives_pk', ['year', 'section'])
    .execute();

  // Existing cases are counted once, by the application (working days need the calendars).
  const any = await db.selectFrom('cases').select('id').limit(1).execute();
  if (any.length > 0) await db.insertInto('settings').values({ key: 'report_tallies_stale', value: 'true' }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', 'report_tallies_stale').execute();
  for (const table of ['report_narratives', 'report_tallies', 'report_facts']) await db.schema.dropTable(table).execute();
}
