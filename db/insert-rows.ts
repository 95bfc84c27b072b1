/**
 * INSERT of whole rows with the SQL built once. Kysely builds and compiles every query afresh
 * (an immutable tree of nodes, then a visitor): for a 30-column row that costs more than SQLite
 * takes to store it. The rows of the hot write paths (a filing writes four) always have the same
 * columns, so the statement Kysely compiled for the first is kept, per dialect and column list,
 * and only the values change (run as db/prepared.ts runs its queries). Same SQL text, same
 * dialect, same transaction: nothing but the building is skipped.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import { compiledOnce, executeCompiled } from './prepared';

const compiled = new WeakMap<object, Map<string, string>>();

/** Inserts rows that all have the same keys in the same order (use null, never undefined). */
export async function insertRows<DB, T extends keyof DB & string>(
  db: Kysely<DB> | Transaction<DB>,
  table: T,
  rows: Insertable<NoInfer<DB>[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const values = rows.flatMap((row, i) => {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((k, j) => k !== columns[j])) {
      throw new Error(`insertRows(${table}): row ${i} has other columns than row 0`);
    }
    return columns.map((c) => {
      const v = (row as Record<string, unknown>)[c];
      if (v === undefined) throw new Error(`insertRows(${table}): ${c} is undefined in row ${i}`);
      return v;
    });
  });
  const shape = `${table}\u0000${rows.length}\u0000${columns.join('\u0000')}`;
  const text = compiledOnce(compiled, db, shape, () => db.insertInto(table).values(rows).compile().sql);
  await executeCompiled(db, text, values);
}
