/** Tables of: Documents and e-mail delivery (issue 6). */

export interface DocumentsTables {
  document_counters: DocumentCountersTable;
  mail_reminders: MailRemindersTable;
  receipts_to_issue: ReceiptsToIssueTable;
}

/** A filed case whose receipt is still to be rendered and stored (db/migrations/0021_receipts_to_issue.ts). */
export interface ReceiptsToIssueTable {
  case_id: string;
  created_at: string;
}

/** Official letter numbers (nomor surat): sequential per kind of document and year, never reused. */
export interface DocumentCountersTable {
  kind: string;
  year: number;
  last_seq: number;
}

/** Reminders already enqueued for an officer: one per case, kind and due date (so a sweep never repeats one). */
export interface MailRemindersTable {
  case_id: string;
  /** due_soon | overdue */
  kind: string;
  /** The notice due date the reminder was about (an extension gives a new one). */
  due: string;
  created_at: string;
}

/** Columns this feature adds to core tables (db/migrations/0004_documents.ts). */
declare module '../schema' {
  interface DocumentsTable {
    /** The official letter number (nomor surat); null for the receipt, whose number is the registration number. */
    letter_number: string | null;
    /** What else the document belongs to, e.g. the objection (keberatan) it answers. */
    ref_id: string | null;
  }
  interface OutboxTable {
    /** A worker's lease: while it lies in the future, no other worker takes the row. */
    claimed_until: string | null;
    /** JSON array of document ids sent as PDF attachments. */
    attachments: string | null;
    /** The provider's id of the sent message (Resend's email id, or `local:…`). */
    provider_id: string | null;
  }
}
