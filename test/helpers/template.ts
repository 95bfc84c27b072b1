/**
 * The template database of a test run: migrated and seeded with the demo body at the suite's
 * default instant, as a fresh `npm start` would make it. Test contexts that start from the
 * default state open a copy of it in memory.
 */
import { sql } from 'kysely';
import { openDatabase, openSqlite } from '../../db/connect';
import { bootstrap } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';

export const TEMPLATE_INSTANT = '2026-11-23T03:00:00.000Z';
export const TEMPLATE_DATA_KEYS = 'ktest:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
/** A fixed Ed25519 key (PKCS#8, base64) that signs audit checkpoints in tests (never the audit key file under data/). */
export const TEST_AUDIT_SIGNING_KEYS = 'MC4CAQAwBQYDK2VwBCIEIDUep8z0doAk1Q2f0MvRKf+88DvDkgrcX5B8IpHveu+J';

export async function buildTemplate(path: string): Promise<void> {
  const db = openSqlite(':memory:');
  const now = new Date(TEMPLATE_INSTANT);
  await bootstrap({
    config: loadConfig({ DEMO: '1', RATE_LIMIT_PER_MINUTE: '0', DATA_KEYS: TEMPLATE_DATA_KEYS, AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS }),
    db,
    clock: () => now,
  });
  // An ordinary database file (no WAL), which opens again from its bytes in memory.
  await sql`vacuum into ${path}`.execute(db);
  await db.destroy();
}

/** The same on PostgreSQL: migrated and seeded into the (empty) database at `url`, then closed (a template must have no connections). */
export async function buildPostgresTemplate(url: string): Promise<void> {
  const db = openDatabase(url);
  const now = new Date(TEMPLATE_INSTANT);
  await bootstrap({
    config: loadConfig({ DEMO: '1', RATE_LIMIT_PER_MINUTE: '0', DATA_KEYS: TEMPLATE_DATA_KEYS, AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS }),
    db,
    clock: () => now,
  });
  await db.destroy();
}
