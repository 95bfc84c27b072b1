/**
 * Which backend a database is, and what the migrations need to know about it. Differences of
 * schema live in one file per dialect (db/dialect/sqlite.ts, db/dialect/postgres.ts); the
 * migrations ask `schemaOf(db)` instead of testing the adapter themselves.
 */
import { type Kysely, PostgresAdapter } from 'kysely';
import { postgresSchema } from './postgres-schema';
import { sqliteSchema } from './sqlite';
import type { SchemaDialect } from './schema-dialect';

export type { SchemaDialect };

type Runner = Pick<Kysely<any>, 'getExecutor'>;

export const isPostgres = (db: Runner) => db.getExecutor().adapter instanceof PostgresAdapter;

export const schemaOf = (db: Runner): SchemaDialect => (isPostgres(db) ? postgresSchema : sqliteSchema);
