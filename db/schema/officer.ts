/** Tables of: Officer workspace: notes, notifications, TOTP, assignments (issue 5). */

/** Per-user security settings beside `users`: the TOTP second factor and a forced password change. */
export interface UserSecurityTable {
  user_id: string;
  /**
   * The TOTP secret (RFC 6238), sealed with a data key (src/auth/totp-secret.ts): base64 of
   * iv ‖ ciphertext ‖ tag, never the secret in clear. Set at enrolment, in force once `totp_enabled_at` is set.
   */
  totp_secret: string | null;
  /** The data key that sealed `totp_secret` (migration 0010). */
  totp_key_id: string | null;
  totp_enabled_at: string | null;
  /** The last 30-second step accepted: a code is never accepted twice. */
  totp_last_step: number | null;
  /** 1 after an administrator created the account or reset its password. */
  must_change_password: number;
  password_changed_at: string | null;
}

/** A password checked, a TOTP code still to come (the second step of a login). */
export interface LoginChallengesTable {
  id: string; // sha256 of the challenge token
  user_id: string;
  created_at: string;
  expires_at: string;
  attempts: number;
}

/** Internal notes (catatan internal) on a case: officers only, never shown to requesters or auditors. */
export interface CaseNotesTable {
  id: string;
  case_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

/** In-app notifications (notifikasi) for one officer. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  /** new_request | assigned | due_soon | overdue */
  kind: string;
  case_id: string | null;
  data: string; // JSON: registration number, unit, due date — never personal data
  /** One notification per user and key (e.g. `due_soon:<case>:<due>`), however often the job runs. */
  dedupe_key: string;
  created_at: string;
  read_at: string | null;
}

/** Cases already announced as due soon, per due date (so an extension or reopening announces again). */
export interface DeadlineNoticesTable {
  case_id: string;
  kind: string;
  due: string;
}

/**
 * The queue of each unit and mission: one row per case and unit that may see it (the unit that
 * received it and each unit holding an active assignment), plus one row under `*` for the whole
 * body (the PPID Utama's queues), with what the queues filter and sort on. A projection of
 * `cases` and the workflow snapshot, kept current from the audit trail (src/cases/queue-index.ts).
 */
export interface QueueUnitsTable {
  unit_code: string;
  case_id: string;
  state: string;
  open: number;
  /** 1 while this unit's assignment waits to be accepted or returned. */
  pending: number;
  notice_due_at: string;
  /** The calendar that counted the statutory deadline (for "due within N working days"). */
  calendar_code: string;
}

/** How far each audit-trail consumer has read (the last `audit_events.seq` it handled). */
export interface ProjectionCursorsTable {
  name: string;
  seq: number;
}

export interface OfficerTables {
  user_security: UserSecurityTable;
  login_challenges: LoginChallengesTable;
  case_notes: CaseNotesTable;
  notifications: NotificationsTable;
  deadline_notices: DeadlineNoticesTable;
  queue_units: QueueUnitsTable;
  projection_cursors: ProjectionCursorsTable;
}
