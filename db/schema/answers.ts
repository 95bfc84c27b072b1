/** Tables of: the answer reaches the requester (issue 17; db/migrations/0013_answers.ts). */

export interface AnswersTables {
  case_files: CaseFilesTable;
  identity_checks: IdentityChecksTable;
}

export type CaseFilePurpose = 'answer' | 'clarification';
export type CaseFileStatus = 'staged' | 'released' | 'removed' | 'superseded';

/** A file that travels with a case, sealed at rest (AES-256-GCM, the key id beside it). */
export interface CaseFilesTable {
  id: string;
  case_id: string;
  purpose: CaseFilePurpose;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  pages: number | null;
  /** Sealed bytes; empty when they are in the R2 bucket (`blob_key`, Workers: src/files/blob-store.ts). */
  bytes: Buffer;
  /** The R2 object holding the sealed bytes (migration 0020); null when they are in `bytes`. */
  blob_key: string | null;
  key_id: string;
  uploaded_by: string | null;
  uploader_role: string;
  unit_code: string | null;
  uploaded_at: string;
  status: CaseFileStatus;
  released_at: string | null;
  source_file_id: string | null;
  redaction_log: string | null;
}

export type IdentityCheckResult = 'verified' | 'not_matching' | 'not_provided';

/** An officer's check of the requester's identity document; the latest one is the case's. */
export interface IdentityChecksTable {
  id: string;
  case_id: string;
  result: IdentityCheckResult;
  note: string | null;
  checked_by: string;
  checked_at: string;
}
