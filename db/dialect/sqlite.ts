/**
 * The schema differences the migrations ask of the embedded SQLite database (db/dialect/index.ts).
 * Opening it, its pragmas, group commit and the checkpoint worker: db/connect.ts,
 * db/group-commit.ts, db/checkpointer.ts.
 */
import { sql } from 'kysely';
import type { SchemaDialect } from './schema-dialect';

export const sqliteSchema: SchemaDialect = {
  bytes: sql`blob`,
  /**
   * The search index (src/cases/search.ts): a contentless FTS5 table keyed by year × 10^7 + seq,
   * over the number, the request text, the unit tokens and the keyed-hash tokens of the
   * requester's name (src/cases/name-tokens.ts; added by migration 0019).
   */
  async createCaseSearch(db) {
    await sql`create virtual table case_search using fts5(number, information, units, names, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
  },
  async dropCaseSearch(db) {
    await sql`drop table case_search`.execute(db);
  },
};
