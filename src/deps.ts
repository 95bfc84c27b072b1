import type { Kysely } from 'kysely';
import type { Transact } from '../db/group-commit';
import type { Database } from '../db/schema';
import type { CalendarRegistry } from './calendar/registry';
import type { Config } from './config';
import type { KeyRing } from './crypto/key-ring';
import type { AuditKeys } from './audit/signing-key';

/** What the domain and the routes need from the outside world: one object, built once per process. */
export interface Deps {
  db: Kysely<Database>;
  /**
   * Runs work in a transaction of its own as far as the caller can tell: on SQLite, concurrent
   * work is grouped into one commit (db/group-commit.ts). The work must not call `transact` again.
   */
  transact: Transact<Database>;
  config: Config;
  /** The current instant; tests move it to simulate the passing of working days. */
  clock: () => Date;
  calendars: CalendarRegistry;
  /** Server secret (settings.server_secret): keys HMACs such as replayed tracking codes. */
  secret: string;
  /** Data keys for secrets and identity scans at rest (DATA_KEYS or the key file, never the database). */
  keys: KeyRing;
  /** Ed25519 keys that sign audit checkpoints (AUDIT_SIGNING_KEYS or the audit key file, never the database). */
  auditKeys: AuditKeys;
}
