import type { Reader, UnitOfWork } from '../db/unit-of-work';
import type { CalendarRegistry } from './calendar/registry';
import type { Config } from './config';
import type { KeyRing } from './crypto/key-ring';
import type { AuditKeys } from './audit/signing-key';
import type { BlobStore } from './files/blob-store';

/** What the domain and the routes need from the outside world: one object, built once per process. */
export interface Deps {
  /** Reads outside a unit of work. It cannot write: writes go through `transact` (db/unit-of-work.ts). */
  db: Reader;
  /**
   * Runs work as one unit of work: everything it writes through its `trx` commits together or not
   * at all. On SQLite, concurrent work is grouped into one commit (db/group-commit.ts). Inside the
   * work, use only the `trx`: `deps.db` or another `transact` there throws `UnitOfWorkMisuse`.
   */
  transact: UnitOfWork;
  config: Config;
  /** The current instant; tests move it to simulate the passing of working days. */
  clock: () => Date;
  calendars: CalendarRegistry;
  /** Server secret (settings.server_secret): keys HMACs such as replayed tracking codes. */
  secret: string;
  /**
   * Runs background work (the sweeper) in one process at a time: on PostgreSQL, a process whose
   * peer on the same database holds the work's advisory lock skips it (undefined). On SQLite,
   * one process owns the file, and the work simply runs.
   */
  exclusive: <T>(name: string, work: () => Promise<T>) => Promise<T | undefined>;
  /** Closes the database (the process is stopping). */
  close: () => Promise<void>;
  /** Data keys for secrets and identity scans at rest (DATA_KEYS or the key file, never the database). */
  keys: KeyRing;
  /** Ed25519 keys that sign audit checkpoints (AUDIT_SIGNING_KEYS or the audit key file, never the database). */
  auditKeys: AuditKeys;
  /**
   * Where files' bytes live (src/files/blob-store.ts): in their rows on Node, in the R2 bucket
   * `FILES` on Workers. Only the per-kind readers and writers use it (openCaseFile, openIdentityScan, …).
   */
  blobs: BlobStore;
}
