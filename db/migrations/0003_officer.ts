import type { Kysely } from 'kysely';
import { schemaOf } from '../dialect';

/** Officer workspace: notes, notifications, TOTP, assignments (issue 5). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_security')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled_at', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_changed_at', 'text')
    .execute();

  await db.schema
    .createTable('login_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('login_challenges_user').on('login_challenges').column('user_id').execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_notes_case').on('case_notes').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addUniqueConstraint('notifications_user_key', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('notifications_user_created').on('notifications').columns(['user_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('notifications_user_unread').on('notifications').columns(['user_id', 'read_at']).execute();

  await db.schema
    .createTable('deadline_notices')
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_notices_pk', ['case_id', 'kind', 'due'])
    .execute();

  await db.schema
    .createTable('queue_units')
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('pending', 'integer', (c) => c.notNull())
    .addColumn('notice_due_at', 'text', (c) => c.notNull())
    .addColumn('calendar_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_units_pk', ['unit_code', 'case_id'])
    .execute();
  // Each unit queue is one ordered index walk (open work, one state, pending assignments, or
  // everything), covering what the walk reads, so only the page's cases are looked up.
  const walk = ['notice_due_at', 'case_id', 'calendar_code'];
  await db.schema
    .createIndex('queue_units_open_due')
    .on('queue_units')
    .columns(['unit_code', 'open', ...walk])
    .execute();
  await db.schema
    .createIndex('queue_units_state_due')
    .on('queue_units')
    .columns(['unit_code', 'state', ...walk])
    .execute();
  await db.schema
    .createIndex('queue_units_pending_due')
    .on('queue_units')
    .columns(['unit_code', 'pending', ...walk])
    .execute();
  await db.schema
    .createIndex('queue_units_due')
    .on('queue_units')
    .columns(['unit_code', ...walk])
    .execute();
  await db.schema.createIndex('queue_units_case').on('queue_units').column('case_id').execute();

  await db.schema
    .createTable('projection_cursors')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  // Full-text search over the request text and the registration number, with the units that may
  // see the case as tokens: FTS5 on SQLite, a tsvector under GIN on PostgreSQL (src/cases/search.ts).
  await schemaOf(db).createCaseSearch(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await schemaOf(db).dropCaseSearch(db);
  for (const table of ['projection_cursors', 'queue_units', 'deadline_notices', 'notifications', 'case_notes', 'login_challenges', 'user_security']) {
    await db.schema.dropTable(table).execute();
  }
}
