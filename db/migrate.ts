import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './schema';
import * as core from './migrations/0001_core';
import * as publicWeb from './migrations/0002_public';
import * as officer from './migrations/0003_officer';
import * as documents from './migrations/0004_documents';
import * as objections from './migrations/0005_objections';
import * as calendarAdmin from './migrations/0006_calendar_admin';
import * as unusedCaseIndexes from './migrations/0007_unused_case_indexes';
import * as missionsAndHolidayReviews from './migrations/0009_missions_and_holiday_reviews';

/** Migrations are imported, not read from disk, so the same list runs on Node and in a Worker bundle. */
const migrations: Record<string, Migration> = {
  '0001_core': core,
  '0002_public': publicWeb,
  '0003_officer': officer,
  '0004_documents': documents,
  '0005_objections': objections,
  '0006_calendar_admin': calendarAdmin,
  '0007_unused_case_indexes': unusedCaseIndexes,
  '0009_missions_and_holiday_reviews': missionsAndHolidayReviews,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
