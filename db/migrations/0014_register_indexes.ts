import type { Kysely } from 'kysely';

/**
 * The registers (src/registers/) read cases and objections in the order they were received, a
 * page at a time (keyset: after the last `(received_at, number)` read; the registration or objection number breaks ties, so the order is the same on every read). These indexes serve that order
 * directly, so a page of an export costs the same at row 10 as at row 1,000,000 and nothing is sorted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('cases_received_number').on('cases').columns(['received_at', 'registration_number']).execute();
  await db.schema.createIndex('objections_received_number').on('objections').columns(['received_at', 'objection_number']).execute();
  // The older single-column indexes are prefixes of these.
  await db.schema.dropIndex('cases_received').ifExists().execute();
  await db.schema.dropIndex('objections_received').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('cases_received').on('cases').columns(['received_at']).execute();
  await db.schema.createIndex('objections_received').on('objections').columns(['received_at']).execute();
  await db.schema.dropIndex('cases_received_number').execute();
  await db.schema.dropIndex('objections_received_number').execute();
}
