import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, Kysely, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';
import { startCheckpointer } from './checkpointer';
import { isPostgresUrl, openPostgres } from './dialect/postgres';
import type { Database } from './schema';
import { assertOutsideUnitOfWork } from './unit-of-work';

/**
 * Opens the embedded SQLite database (`file:PATH`, or `:memory:`). WAL, NORMAL sync and a busy
 * timeout: fast commits that survive a crash of the process. A database file is checkpointed by
 * a worker thread (db/checkpointer.ts), not by the connection that serves requests.
 */
export function openSqlite(url: string, options: { image?: Buffer } = {}): Kysely<Database> {
  const path = url === ':memory:' ? ':memory:' : url.replace(/^file:/, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // An image (a serialised database, e.g. the test suite's migrated and seeded template) opens in memory.
  const sqlite = options.image && path === ':memory:' ? new SQLite(options.image) : new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Savepoints (db/group-commit.ts) keep each page's before-image in a statement journal: in memory.
  sqlite.pragma('temp_store = MEMORY');
  let stopCheckpointer: (() => Promise<void>) | undefined;
  if (path !== ':memory:') {
    sqlite.pragma('wal_autocheckpoint = 0');
    stopCheckpointer = startCheckpointer(path, () => {
      // The worker is gone: back to SQLite's own checkpoints, in the committing connection.
      if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
    });
  }
  const database = withStatementCache(sqlite, stopCheckpointer);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
  statementSources.set(db, (source) => database.prepare(source));
  return db;
}

/** A cached better-sqlite3 statement by its SQL text, on the connection a Kysely instance uses. */
export type StatementSource = (sql: string) => SQLite.Statement;
const statementSources = new WeakMap<object, StatementSource>();

/** The statements of an embedded SQLite database opened here, for db/group-commit.ts; else undefined. */
export const statementSourceOf = (db: Kysely<any>): StatementSource | undefined => statementSources.get(db);

/**
 * Transactions begin IMMEDIATE: they take the write lock at the start. A deferred transaction
 * that reads and then writes cannot wait for a lock held elsewhere (SQLite answers SQLITE_BUSY at
 * once rather than risk a deadlock); an immediate one waits its busy timeout, like any writer.
 * The other holders are the checkpoint worker and the command-line tools.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  /** The one connection, unless the caller is inside a unit of work that holds it (db/unit-of-work.ts). */
  override async acquireConnection(): Promise<DatabaseConnection> {
    assertOutsideUnitOfWork('read');
    return super.acquireConnection();
  }

  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver() {
    return new ImmediateSqliteDriver(this.config);
  }
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements are reusable, and Kysely runs
 * one query at a time on its single connection. Caching them by SQL text saves the parse and
 * plan of each of a filing's dozen statements (see bench/README.md).
 */
function withStatementCache(sqlite: SQLite.Database, onClose?: () => Promise<void>, size = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      stmt = sqlite.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
      cache.set(source, stmt);
    }
    return stmt;
  };
  return new Proxy(sqlite, {
    get: (target, prop) => {
      if (prop === 'prepare') return prepare;
      if (prop === 'close')
        return () => {
          target.close();
          void onClose?.();
          return target;
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `file:PATH` or `:memory:` (embedded SQLite), or `postgres://USER@HOST:PORT/DB` (db/dialect/postgres.ts). */
export function openDatabase(url: string, options: { poolSize?: number } = {}): Kysely<Database> {
  if (isPostgresUrl(url)) return openPostgres(url, options);
  return openSqlite(url);
}
