import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './schema';
import * as core from './migrations/0001_core';
import * as publicWeb from './migrations/0002_public';
import * as officer from './migrations/0003_officer';
import * as documents from './migrations/0004_documents';
import * as objections from './migrations/0005_objections';
import * as calendarAdmin from './migrations/0006_calendar_admin';
import * as unusedCaseIndexes from './migrations/0007_unused_case_indexes';
import * as loginThrottle from './migrations/0008_login_throttle';
import * as missionsAndHolidayReviews from './migrations/0009_missions_and_holiday_reviews';
import { personalData } from './migrations/0010_personal_data';
import * as auditCheckpoints from './migrations/0011_audit_checkpoints';
import * as reports from './migrations/0012_reports';
import * as registerIndexes from './migrations/0014_register_indexes';
import * as answers from './migrations/0013_answers';
import * as rateLimits from './migrations/0015_rate_limits';
import * as unitAdmin from './migrations/0017_unit_admin';
import * as officerFixes from './migrations/0019_officer_fixes';
import * as receiptsToIssue from './migrations/0021_receipts_to_issue';
import * as unitAddress from './migrations/0022_unit_address';
import * as idempotencyKeyAge from './migrations/0023_idempotency_key_age';
import * as survey from './migrations/0018_survey';
import * as fileBlobs from './migrations/0020_file_blobs';
import type { KeyRing } from '../src/crypto/key-ring';

/**
 * Migrations are imported, not read from disk, so the same list runs on Node and in a Worker bundle.
 * Those that encrypt stored data are given the data keys (which never live in the database).
 */
export const migrationsWith = (keys: KeyRing | undefined): Record<string, Migration> => ({
  '0001_core': core,
  '0002_public': publicWeb,
  '0003_officer': officer,
  '0004_documents': documents,
  '0005_objections': objections,
  '0006_calendar_admin': calendarAdmin,
  '0007_unused_case_indexes': unusedCaseIndexes,
  '0008_login_throttle': loginThrottle,
  '0009_missions_and_holiday_reviews': missionsAndHolidayReviews,
  '0010_personal_data': personalData(keys),
  '0011_audit_checkpoints': auditCheckpoints,
  '0012_reports': reports,
  '0014_register_indexes': registerIndexes,
  '0013_answers': answers,
  '0015_rate_limits': rateLimits,
  '0017_unit_admin': unitAdmin,
  '0019_officer_fixes': officerFixes,
  '0018_survey': survey,
  '0021_receipts_to_issue': receiptsToIssue,
  '0022_unit_address': unitAddress,
  '0023_idempotency_key_age': idempotencyKeyAge,
  '0020_file_blobs': fileBlobs,
});

export async function migrateToLatest(db: Kysely<Database>, keys?: KeyRing): Promise<void> {
  // Migrations from branches that landed in another order than their numbers still run (0008–0010).
  const migrator = new Migrator({ db, allowUnorderedMigrations: true, provider: { getMigrations: async () => migrationsWith(keys) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
