import type { Kysely } from 'kysely';

/**
 * Issue 18, item 2: units and missions administered by administrators. A unit may name its parent
 * unit (units.parent_code: a consulate under its embassy, a directorate under its directorate
 * general); a closed unit (units.closed_at, the instant it was closed) accepts no new requests
 * and is assigned no new cases, while its open cases stay with it until they are reassigned.
 * The weekend of a mission lives on its own calendar (calendars.weekend_days), as before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('parent_code', 'text').execute();
  await db.schema.alterTable('units').addColumn('closed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').dropColumn('closed_at').execute();
  await db.schema.alterTable('units').dropColumn('parent_code').execute();
}
