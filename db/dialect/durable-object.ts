/**
 * The embedded SQLite database of a Cloudflare Durable Object (`ctx.storage.sql`) behind Kysely's
 * SQLite adapter and query compiler: the same queries and migrations as db/connect.ts, with real
 * transactions (docs/storage.md, "Cloudflare Workers").
 *
 * Durable Object storage refuses `BEGIN` and `SAVEPOINT`; its transactions wrap a callback
 * (`ctx.storage.transaction(cb)`), which commits when the callback's promise resolves and rolls
 * back every write when it rejects. A Kysely transaction is begin … commit with the caller's code
 * in between, so `beginTransaction` opens a storage transaction whose callback waits for a promise
 * that `commitTransaction` resolves and `rollbackTransaction` rejects. Every statement the job runs
 * meanwhile goes to the one SQLite connection the transaction holds open, so it is inside it.
 *
 * One connection, handed to one user at a time (as Kysely's own SQLite driver does): a unit of
 * work holds it from begin to commit, and every read waits for it. Asking for it from inside a
 * unit of work throws `UnitOfWorkMisuse` at once (db/unit-of-work.ts), as on Node.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { assertOutsideUnitOfWork } from '../unit-of-work';

/** What this file uses of `ctx.storage` (the types of @cloudflare/workers-types, narrowed). */
export interface DurableObjectSqlStorage {
  sql: { exec(query: string, ...bindings: unknown[]): { toArray(): Record<string, unknown>[] } };
  transaction<T>(closure: () => Promise<T>): Promise<T>;
}

/** Kysely's values as Durable Object bindings: bytes as ArrayBuffer, booleans and bigints as numbers. */
function binding(value: unknown): unknown {
  if (value instanceof Uint8Array) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (value === undefined) return null;
  return value;
}

/** Blobs come back as ArrayBuffer; the domain expects Buffers, as better-sqlite3 gives them. */
function row(raw: Record<string, unknown>): Record<string, unknown> {
  for (const key in raw) {
    const value = raw[key];
    if (value instanceof ArrayBuffer) raw[key] = Buffer.from(value);
  }
  return raw;
}

/** Bound parameters a Durable Object's SQLite takes in one statement. */
const MAX_BOUND_PARAMETERS = 100;

/** A value as an SQL literal (for statements with more parameters than can be bound). */
function literal(value: unknown): string {
  const v = binding(value);
  if (v === null) return 'NULL';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot write ${v} into SQL`);
    return String(v);
  }
  if (v instanceof ArrayBuffer) return `X'${Buffer.from(v).toString('hex')}'`;
  return `'${String(v).replaceAll("'", "''")}'`;
}

/**
 * The statement with its parameters written in as literals: a multi-row insert (the seed's
 * calendars) or a long `in (…)` list can exceed the bound-parameter limit, which SQLite itself
 * would not. Placeholders inside quoted strings, quoted names and comments are left alone.
 */
export function inlineParameters(text: string, parameters: readonly unknown[]): string {
  let out = '';
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop + 1);
      i = stop;
    } else if (ch === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop - 1;
    } else if (ch === '?') {
      if (next >= parameters.length) throw new Error('more placeholders than parameters');
      out += literal(parameters[next++]);
    } else out += ch;
  }
  if (next !== parameters.length) throw new Error('more parameters than placeholders');
  return out;
}

const WRITES = /^\s*(insert|update|delete|replace)\b/i;
const RETURNING = /\breturning\b/i;

class DurableObjectConnection implements DatabaseConnection {
  constructor(private readonly storage: DurableObjectSqlStorage) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql } = this.storage;
    const cursor =
      compiled.parameters.length > MAX_BOUND_PARAMETERS
        ? sql.exec(inlineParameters(compiled.sql, compiled.parameters))
        : sql.exec(compiled.sql, ...compiled.parameters.map(binding));
    const rows = cursor.toArray().map(row) as R[];
    if (!WRITES.test(compiled.sql)) return { rows };
    // changes() and last_insert_rowid() are SQLite's own counts of the statement just run.
    const counts = sql.exec('select changes() as changes, last_insert_rowid() as id').toArray()[0] as { changes: number; id: number };
    return { rows: RETURNING.test(compiled.sql) ? rows : [], numAffectedRows: BigInt(counts.changes), insertId: BigInt(counts.id) };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered; Kysely only asks for it through .stream()
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on Durable Object storage');
  }
}

class DurableObjectDriver implements Driver {
  private readonly connection: DurableObjectConnection;
  /** Who holds the one connection: the next user waits for this promise. */
  private held: Promise<void> = Promise.resolve();
  private release?: () => void;
  /** The open storage transaction: its end, and how to end it. */
  private open?: { finished: Promise<unknown>; commit: () => void; rollback: (e: Error) => void };

  constructor(private readonly storage: DurableObjectSqlStorage) {
    this.connection = new DurableObjectConnection(storage);
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    assertOutsideUnitOfWork('read');
    const previous = this.held;
    let release!: () => void;
    this.held = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }

  async releaseConnection() {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async beginTransaction() {
    if (this.open) throw new Error('a Durable Object transaction is already open on this connection');
    let commit!: () => void;
    let rollback!: (e: Error) => void;
    const decided = new Promise<void>((resolve, reject) => {
      commit = resolve;
      rollback = reject;
    });
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const finished = this.storage.transaction(async () => {
      started();
      await decided;
    });
    // The rejection of a rollback is expected: rollbackTransaction waits for it and ignores it.
    finished.catch(() => {});
    this.open = { finished, commit, rollback };
    await running;
  }

  async commitTransaction() {
    const open = this.open!;
    this.open = undefined;
    open.commit();
    await open.finished;
  }

  async rollbackTransaction() {
    const open = this.open!;
    this.open = undefined;
    open.rollback(new Error('rolled back'));
    await open.finished.catch(() => {});
  }

  async destroy() {}
}

export class DurableObjectDialect implements Dialect {
  constructor(private readonly storage: DurableObjectSqlStorage) {}
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new DurableObjectDriver(this.storage);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
