import type { Kysely } from 'kysely';

/**
 * The public rate limit's windows in a table (issue 15): with several processes on one PostgreSQL
 * database, a client's requests count against one limit whichever process they reach
 * (src/routes/rate-limit.ts). SQLite keeps its in-memory store: one process owns the file.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_windows_reset').on('rate_limit_windows').column('reset_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute();
}
