import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './schema';
import * as core from './migrations/0001_core';

/** Migrations are imported, not read from disk, so the same list runs on Node and in a Worker bundle. */
const migrations: Record<string, Migration> = {
  '0001_core': core,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
