/** Opening a Terbuka: database, migrations, seed, calendars — shared by the server, the CLI tools and the tests. */
import { type Kysely, sql } from 'kysely';
import { groupCommit, transactionPerJob } from '../db/group-commit';
import { openDatabase, statementSourceOf } from '../db/connect';
import { exclusivelyOnPostgres, RETRYABLE_SQLSTATES } from '../db/dialect/postgres';
import { isPostgres } from '../db/dialect';
import { migrateToLatest } from '../db/migrate';
import type { Database } from '../db/schema';
import { seedBody } from '../db/seed/seed';
import { CalendarRegistry } from './calendar/registry';
import { type Config, loadConfig } from './config';
import { loadDataKeys } from './crypto/key-file';
import { keyRingOf } from './crypto/key-ring';
import { type AuditKeys, loadAuditKeys } from './audit/signing-key';
import type { Deps } from './deps';

/** A PostgreSQL deadlock or serialization failure: the unit of work left nothing and may run again. */
const isRetryable = (error: unknown) => RETRYABLE_SQLSTATES.has((error as { code?: string } | null)?.code ?? '');

/** The real clock, or one that starts at CLOCK_START and runs on in real time (tests, rehearsals). */
function clockFrom(start: string | undefined): () => Date {
  if (!start) return () => new Date();
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

export async function bootstrap(options: { config?: Config; db?: Kysely<Database>; clock?: () => Date; auditKeys?: AuditKeys } = {}): Promise<Deps> {
  const config = options.config ?? loadConfig();
  const clock = options.clock ?? clockFrom(config.CLOCK_START);
  const db = options.db ?? openDatabase(config.DATABASE_URL, { poolSize: config.PG_POOL_SIZE });
  const keys = await keyRingOf(loadDataKeys(config, clock()));
  const auditKeys = options.auditKeys ?? loadAuditKeys(config, clock())!;
  // A server that cannot be reached says so before the migrations start (src/server.ts prints it in one line).
  if (isPostgres(db)) await sql`select 1`.execute(db);
  await migrateToLatest(db, keys);
  const { secret } = await seedBody(db, { demo: config.DEMO, now: clock() });
  return {
    db,
    config,
    clock,
    secret,
    keys,
    auditKeys,
    // Group commit is for the embedded SQLite database only (one connection, real savepoints);
    // PostgreSQL runs a transaction per unit of work on its pool (docs/storage.md).
    close: () => db.destroy(),
    exclusive: (name, work) => (isPostgres(db) ? exclusivelyOnPostgres(db, name, work) : work()),
    transact: statementSourceOf(db) ? groupCommit(db) : transactionPerJob(db, { retryable: isRetryable }),
    calendars: new CalendarRegistry({ cutiBersamaIsNonWorking: config.CUTI_BERSAMA_NON_WORKING, provisionalYears: config.CALENDAR_PROVISIONAL_YEARS }),
  };
}
