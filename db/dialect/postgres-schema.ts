/** The schema differences the migrations ask of PostgreSQL (db/dialect/index.ts); opening it: db/dialect/postgres.ts. */
import { sql } from 'kysely';
import type { SchemaDialect } from './schema-dialect';

export const postgresSchema: SchemaDialect = {
  bytes: sql`bytea`,
  /**
   * The search index (src/cases/search.ts): one row per case, keyed by year × 10^7 + seq, its
   * words and unit tokens as a tsvector built from lexemes the application tokenised (the same
   * tokens as FTS5 makes on SQLite), under a GIN index.
   */
  async createCaseSearch(db) {
    await sql`create table case_search (key bigint primary key, year integer not null, seq integer not null, doc tsvector not null)`.execute(db);
    await sql`create index case_search_doc on case_search using gin (doc)`.execute(db);
  },
  async dropCaseSearch(db) {
    await sql`drop table case_search`.execute(db);
  },
};
