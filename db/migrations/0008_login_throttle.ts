import type { Kysely } from 'kysely';

/**
 * Login back-off (src/auth/login-throttle.ts) moves from two columns of `users`, read before the
 * password hash and written after it (parallel guesses all read the same count), to a table of
 * counters incremented atomically before the hash, keyed by account name and by client address,
 * for known and unknown usernames alike. A table, not process memory: several processes share it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey()) // 'account:<username>' | 'client:<address>'
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .addColumn('refused', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').dropColumn('failed_logins').execute();
  await db.schema.alterTable('users').dropColumn('locked_until').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('locked_until', 'text').execute();
  await db.schema.dropTable('login_throttle').execute();
}
