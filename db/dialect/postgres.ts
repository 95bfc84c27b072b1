/**
 * Everything PostgreSQL-specific in one place: opening the server's database (a `pg` pool behind
 * Kysely's PostgresDialect), how values come back, and the schema differences the migrations ask
 * of a dialect (db/dialect/postgres-schema.ts, without `pg`, so a Worker bundle that never opens
 * PostgreSQL does not carry the driver). The domain's queries are the same on both backends.
 */
import pg from 'pg';
import { type Kysely as KyselyType, Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../schema';
import { assertOutsideUnitOfWork } from '../unit-of-work';

/** int8 (count(*), sum of integers, bigint keys) and numeric come back as JS numbers, as on SQLite. */
const NUMBER_TYPES = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMBER_TYPES.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * Opens `postgres://USER@HOST:PORT/DB`. `poolSize` connections at most (PG_POOL_SIZE): a unit of
 * work holds one for its transaction, a read borrows one per query. Reading through the database
 * from inside a unit of work throws UnitOfWorkMisuse, as on SQLite (db/unit-of-work.ts): the
 * read would not see the work's own writes, and a full pool would wait for itself.
 */
const watched = new WeakSet<pg.PoolClient>();

export function openPostgres(url: string, options: { poolSize?: number } = {}): KyselyType<Database> {
  // A connection that cannot be made within 30 s (an unreachable host, a pool that stays full)
  // fails instead of waiting for ever: at start a one-line refusal (src/server.ts), later a 503.
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types, connectionTimeoutMillis: 30_000 });
  // An idle connection that the server drops (restart, failover) is an error on the pool, not a crash.
  pool.on('error', (e) => console.error(`postgres: idle connection lost (${e.message})`));
  const guarded = {
    connect: async () => {
      assertOutsideUnitOfWork('read');
      const client = await pool.connect();
      // The pool listens for errors on idle connections only. A connection lost while checked out
      // (pg_terminate_backend, a restart, a failover) also emits 'error' after failing its query:
      // unheard, that would crash the process. The query's own error reaches the request (503,
      // src/database-unavailable.ts) and the pool drops the connection when it is released.
      if (!watched.has(client)) {
        watched.add(client);
        client.on('error', () => {});
      }
      return client;
    },
    end: () => pool.end(),
  };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: guarded }) });
}

/** Where the URL points, without its password: for error lines. */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'an unreadable DATABASE_URL';
  }
}

/** SQLSTATEs after which a unit of work may simply run again: serialization failure, deadlock. */
export const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

/**
 * Runs `work` unless another process on the same database is running the work of that name: a
 * session advisory lock, held on one pooled connection while the work runs on others, released
 * at the end — or by the server when this process dies, so a crashed sweeper never blocks the
 * others. Returns undefined when the lock was taken elsewhere.
 */
export async function exclusivelyOnPostgres<T>(db: KyselyType<Database>, name: string, work: () => Promise<T>): Promise<T | undefined> {
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${name})) as locked`.execute(connection);
    if (!rows[0]?.locked) return undefined;
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}
