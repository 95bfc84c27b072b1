import type { Kysely } from 'kysely';

/** Idempotency keys are forgotten after a day (src/cases/idempotency.ts): the sweeper finds them by age. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('idempotency_keys_created').execute();
}
