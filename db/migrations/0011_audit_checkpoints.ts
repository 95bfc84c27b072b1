import type { Kysely } from 'kysely';

/**
 * Signed checkpoints of the audit trail (issue 11 item 5), and commitments for free text in audit
 * events (so that an auditor's evidence bundle can leave the text out and still be verified).
 *
 * `audit_checkpoints`: the chain head (sequence number and hash) at an instant, signed with an
 * Ed25519 key that lives outside the database (src/audit/signing-key.ts). The key is not here, so
 * a database writer cannot sign a rewritten history.
 *
 * `audit_events.hash_scheme`: 1 for the events written before this migration (their hash is over
 * the data as stored), 2 for events written after it, whose hash is over the data with each free
 * text replaced by a salted SHA-256 commitment (`commit_salt`, never exported). Existing hashes
 * are unchanged: neither column is part of a scheme-1 hash.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('audit_events')
    .addColumn('hash_scheme', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('audit_events').addColumn('commit_salt', 'text').execute();
  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('head', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    /** Why it was signed: `interval` (the sweeper), `export` (a register, report or bundle), `manual`. */
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_checkpoints_seq').on('audit_checkpoints').columns(['seq', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_checkpoints').execute();
  await db.schema.alterTable('audit_events').dropColumn('commit_salt').execute();
  await db.schema.alterTable('audit_events').dropColumn('hash_scheme').execute();
}
