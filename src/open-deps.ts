/**
 * What every runtime does to open a Terbuka on a database it has already opened: migrate, seed the
 * body, and assemble the deps. The Node entry (src/bootstrap.ts) opens SQLite or PostgreSQL and
 * picks the unit of work for it; the Workers entry (src/worker.ts) opens a Durable Object's SQLite.
 * Nothing here imports a native module or a database driver.
 */
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { seedBody } from '../db/seed/seed';
import { loadServerSecret } from './crypto/server-secret';
import type { UnitOfWork } from '../db/unit-of-work';
import { CalendarRegistry } from './calendar/registry';
import type { Config } from './config';
import { type DataKey, keyRingOf } from './crypto/key-ring';
import type { AuditKeys } from './audit/signing-key';
import type { Deps } from './deps';
import { type BlobStore, databaseBlobs } from './files/blob-store';

/** The real clock, or one that starts at CLOCK_START and runs on in real time (tests, rehearsals). */
export function clockFrom(start: string | undefined): () => Date {
  if (!start) return () => new Date();
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

export async function openDeps(options: {
  db: Kysely<Database>;
  config: Config;
  clock: () => Date;
  dataKeys: DataKey[];
  auditKeys: AuditKeys;
  transact: UnitOfWork;
  exclusive: Deps['exclusive'];
  /** Where files' bytes go: the database unless told (Workers: the R2 bucket). */
  blobs?: BlobStore;
}): Promise<Deps> {
  const { db, config, clock, auditKeys, transact, exclusive } = options;
  const keys = await keyRingOf(options.dataKeys);
  await migrateToLatest(db, keys);
  await seedBody(db, { demo: config.DEMO, now: clock() });
  const secret = await loadServerSecret(db, keys);
  return {
    db,
    config,
    clock,
    secret,
    keys,
    auditKeys,
    close: () => db.destroy(),
    exclusive,
    transact,
    blobs: options.blobs ?? databaseBlobs(),
    calendars: new CalendarRegistry({ cutiBersamaIsNonWorking: config.CUTI_BERSAMA_NON_WORKING, provisionalYears: config.CALENDAR_PROVISIONAL_YEARS }),
  };
}
