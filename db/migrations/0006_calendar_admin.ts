import type { Kysely } from 'kysely';

/**
 * Calendar administration and recomputation (issue 3). When a holiday changes, the open cases
 * counted on that calendar are found by the unit that received them (its calendar runs the
 * statutory clock) and their state, then narrowed by the due date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('cases_received_unit_state').on('cases').columns(['received_unit', 'state', 'notice_due']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_received_unit_state').execute();
}
