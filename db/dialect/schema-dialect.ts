/** What the migrations need to know about a backend's schema (db/dialect/index.ts picks one). */
import type { Kysely, RawBuilder } from 'kysely';

export interface SchemaDialect {
  /** The column type of stored files: blob / bytea. */
  bytes: RawBuilder<unknown>;
  createCaseSearch(db: Kysely<any>): Promise<void>;
  dropCaseSearch(db: Kysely<any>): Promise<void>;
}
