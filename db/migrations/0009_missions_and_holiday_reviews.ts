import type { Kysely } from 'kysely';

/**
 * Issue 13: every mission abroad, grouped by region in the pickers (units.region); and the review
 * of each mission calendar's host holidays per year (calendar_reviews): date-holidays' computed
 * dates are a proposal until the mission confirms the year's list, corrections being calendar
 * entries with their source.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('region', 'text').execute();
  await db.schema
    .createTable('calendar_reviews')
    .addColumn('calendar_code', 'text', (c) => c.notNull().references('calendars.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    /** The calendar version that was reviewed: a later change shows the review is of an older list. */
    .addColumn('calendar_version', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_reviews_pk', ['calendar_code', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_reviews').execute();
  await db.schema.alterTable('units').dropColumn('region').execute();
}
