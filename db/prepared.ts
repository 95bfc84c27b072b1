/**
 * Queries of the hot write paths, written with Kysely (so the same definition serves SQLite,
 * PostgreSQL and D1) but built and compiled once per dialect, with named parameters.
 *
 * Run inside a transaction that a group commit holds open on the embedded SQLite database
 * (db/group-commit.ts), they go straight to the connection's cached better-sqlite3 statement,
 * synchronously: the group holds the single connection until its commit, so nothing else can be
 * running on it, and the statement is part of that transaction like any other. Anywhere else —
 * another dialect, a plain transaction — they go through Kysely's executor as usual. Building a
 * query and passing it down Kysely's promise chain cost more than SQLite takes to run it
 * (bench/README.md, "filing").
 */
import { CompiledQuery, type Kysely } from 'kysely';

/** Anything that runs queries: the database, a reader or a transaction. */
type Runner = Pick<Kysely<any>, 'executeQuery' | 'getExecutor'>;
import type { StatementSource } from './connect';

const held = new WeakMap<object, StatementSource>();

/** Marks `trx` as holding its connection's statements while `work` runs (db/group-commit.ts). */
export async function holding<T>(trx: object, statements: StatementSource | undefined, work: () => Promise<T>): Promise<T> {
  if (!statements) return work();
  held.set(trx, statements);
  try {
    return await work();
  } finally {
    held.delete(trx);
  }
}

export interface Result<R> {
  rows: R[];
  numAffectedRows: number;
}

/** Runs compiled SQL in `db` (a transaction or the database), on a held connection directly. */
export async function executeCompiled<R>(db: Runner, sqlText: string, parameters: readonly unknown[]): Promise<Result<R>> {
  const statements = held.get(db);
  if (statements) {
    const statement = statements(sqlText);
    if (statement.reader) return { rows: statement.all(parameters) as R[], numAffectedRows: 0 };
    return { rows: [], numAffectedRows: statement.run(parameters).changes };
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(sqlText, [...parameters]));
  return { rows: result.rows as R[], numAffectedRows: Number(result.numAffectedRows ?? 0n) };
}

/**
 * The SQL Kysely compiles for a query, once per dialect (placeholders and quoting differ): `key`
 * names the query within `cache`, `compile` builds it the first time.
 */
export function compiledOnce<T>(cache: WeakMap<object, Map<string, T>>, db: Runner, key: string, compile: () => T): T {
  const adapter = db.getExecutor().adapter;
  let byKey = cache.get(adapter);
  if (!byKey) cache.set(adapter, (byKey = new Map()));
  let compiled = byKey.get(key);
  if (compiled === undefined) byKey.set(key, (compiled = compile()));
  return compiled;
}

const PARAMETER = '\u0000parameter:';
type Slot = { name: string } | { value: unknown };

/**
 * A query from a Kysely builder whose values are named parameters, e.g.
 * `preparedQuery((db: Kysely<Database>, p: { code: string }) => db.selectFrom('units').selectAll().where('code', '=', p.code))`.
 * Values must be plain scalars (no arrays: an `in` list changes the SQL with its length).
 */
export function preparedQuery<DB, P extends Record<string, unknown>, R>(build: (db: Kysely<DB>, p: P) => { compile(): CompiledQuery<R> }) {
  const placeholders = new Proxy({}, { get: (_, name) => `${PARAMETER}${String(name)}` }) as P;
  const cache = new WeakMap<object, Map<string, { sql: string; slots: Slot[] }>>();
  // The query is typed where it is built; any Kysely or transaction on the same database runs it.
  return async (db: Runner, params: P): Promise<Result<R>> => {
    const compiled = compiledOnce(cache, db, '', () => {
      const query = build(db as Kysely<DB>, placeholders).compile();
      return {
        sql: query.sql,
        slots: query.parameters.map((v): Slot => (typeof v === 'string' && v.startsWith(PARAMETER) ? { name: v.slice(PARAMETER.length) } : { value: v })),
      };
    });
    return executeCompiled<R>(
      db,
      compiled.sql,
      compiled.slots.map((s) => ('name' in s ? params[s.name] : s.value)),
    );
  };
}
