/** Tables of: signed checkpoints of the audit trail (issue 11, db/migrations/0011_audit_checkpoints.ts). */

export interface AuditTables {
  audit_checkpoints: AuditCheckpointsTable;
}

/** The chain head at an instant, signed with the Ed25519 key outside the database (src/audit/checkpoints.ts). */
export interface AuditCheckpointsTable {
  id: string;
  /** The sequence number of the last event covered. */
  seq: number;
  /** That event's hash. */
  head: string;
  /** ISO instant of signing. */
  at: string;
  /** Fingerprint of the public key (first 16 hex digits of the SHA-256 of its SPKI DER). */
  key_id: string;
  /** Ed25519 signature (base64) over `checkpointMessage({seq, head, at})`. */
  signature: string;
  /** interval | export | manual */
  reason: string;
}

/** Columns this feature adds to core tables. */
declare module '../schema' {
  interface AuditEventsTable {
    /** 1: hash over the data as stored; 2: hash over the data with free text committed (src/audit/audit-log.ts). */
    hash_scheme: import('kysely').Generated<number>;
    /** Scheme 2: the salt of the free-text commitments (never exported). */
    commit_salt: string | null;
  }
}
