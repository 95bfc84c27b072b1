/** Opening a Terbuka on Node: database, migrations, seed, calendars — shared by the server, the CLI tools and the tests. */
import { type Kysely, sql } from 'kysely';
import { groupCommit, transactionPerJob } from '../db/group-commit';
import { openDatabase, statementSourceOf } from '../db/connect';
import { exclusivelyOnPostgres, RETRYABLE_SQLSTATES } from '../db/dialect/postgres';
import { isPostgres } from '../db/dialect';
import type { Database } from '../db/schema';
import { type Config, loadConfig } from './config';
import { loadDataKeys } from './crypto/key-file';
import { type AuditKeys, loadAuditKeys } from './audit/signing-key';
import type { Deps } from './deps';
import { clockFrom, openDeps } from './open-deps';

/** A PostgreSQL deadlock or serialization failure: the unit of work left nothing and may run again. */
const isRetryable = (error: unknown) => RETRYABLE_SQLSTATES.has((error as { code?: string } | null)?.code ?? '');

export async function bootstrap(options: { config?: Config; db?: Kysely<Database>; clock?: () => Date; auditKeys?: AuditKeys } = {}): Promise<Deps> {
  const config = options.config ?? loadConfig();
  const clock = options.clock ?? clockFrom(config.CLOCK_START);
  const db = options.db ?? openDatabase(config.DATABASE_URL, { poolSize: config.PG_POOL_SIZE });
  const dataKeys = loadDataKeys(config, clock());
  const auditKeys = options.auditKeys ?? loadAuditKeys(config, clock())!;
  // A server that cannot be reached says so before the migrations start (src/server.ts prints it in one line).
  if (isPostgres(db)) await sql`select 1`.execute(db);
  return openDeps({
    db,
    config,
    clock,
    dataKeys,
    auditKeys,
    exclusive: (name, work) => (isPostgres(db) ? exclusivelyOnPostgres(db, name, work) : work()),
    // Group commit is for the embedded SQLite database only (one connection, real savepoints);
    // PostgreSQL runs a transaction per unit of work on its pool (docs/storage.md).
    transact: statementSourceOf(db) ? groupCommit(db) : transactionPerJob(db, { retryable: isRetryable }),
  });
}
