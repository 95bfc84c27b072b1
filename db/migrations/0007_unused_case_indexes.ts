import type { Kysely } from 'kysely';

/**
 * The queues read the queue index (queue_units, 0003) since the officer workspace; two indexes on
 * cases that served the first queue are read by no query now, and every filing and transition
 * paid for keeping them (bench/README.md, "filing"). The sweeper and reminders use
 * cases_overdue_due, a holiday recompute cases_state_due, statistics cases_year_seq.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_due').execute();
  await db.schema.dropIndex('cases_assigned_due').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('cases_due').on('cases').columns(['notice_due_at', 'id']).execute();
  await db.schema.createIndex('cases_assigned_due').on('cases').columns(['assigned_unit', 'notice_due_at', 'id']).execute();
}
