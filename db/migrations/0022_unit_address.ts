import type { Kysely } from 'kysely';

/**
 * A unit's own postal address (alamat), printed on its letterheads: a mission abroad is not at the
 * ministry's address in Jakarta. Null for units at the body's address; a mission without one prints
 * its city and host country until an administrator records it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('address', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').dropColumn('address').execute();
}
