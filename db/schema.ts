/**
 * The database's shape, one interface per table. Instants are ISO-8601 UTC strings
 * (`2026-11-27T03:00:00.000Z`, so they sort as text), local dates `YYYY-MM-DD`, JSON as text,
 * booleans as 0/1 — the same on SQLite, PostgreSQL and D1.
 */
import type { Insertable, Selectable } from 'kysely';

import type { AnswersTables } from './schema/answers';
import type { AuditTables } from './schema/audit';
import type { CalendarAdminTables } from './schema/calendar-admin';
import type { DocumentsTables } from './schema/documents';
import type { ObjectionsTables } from './schema/objections';
import type { OfficerTables } from './schema/officer';
import type { PublicTables } from './schema/public';
import type { ReportsTables } from './schema/reports';
import type { RateLimitTables } from './schema/rate-limits';
import type { SurveyTables } from './schema/survey';

/** The core tables are here; each feature's tables are in `db/schema/<feature>.ts`. */
export interface Database
  extends PublicTables,
    OfficerTables,
    DocumentsTables,
    ObjectionsTables,
    CalendarAdminTables,
    AuditTables,
    ReportsTables,
    AnswersTables,
    RateLimitTables,
    SurveyTables {
  settings: SettingsTable;
  calendars: CalendarsTable;
  calendar_entries: CalendarEntriesTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  requesters: RequestersTable;
  cases: CasesTable;
  case_units: CaseUnitsTable;
  registration_counters: RegistrationCountersTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  documents: DocumentsTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeysTable;
}

export interface SettingsTable {
  key: string;
  value: string; // JSON
}

export interface CalendarsTable {
  code: string;
  name: string;
  time_zone: string;
  weekend_days: string; // JSON array of ISO weekdays
  service_end: string; // 'HH:MM'
  first_year: number;
  last_year: number;
  version: number;
}

export interface CalendarEntriesTable {
  id: string;
  calendar_code: string;
  date: string;
  kind: string;
  name_id: string;
  name_en: string;
  source: string | null;
}

export interface UnitsTable {
  code: string;
  kind: string;
  name_id: string;
  name_en: string;
  country: string;
  city: string;
  time_zone: string;
  calendar_code: string;
  accepts_requests: number;
  /** A mission's region (migration 0009): grouping in pickers and queues; null at home. */
  region: string | null;
  /** The parent unit's code (migration 0017): a consulate under its embassy; null at the top. */
  parent_code: string | null;
  /** When an administrator closed the unit (migration 0017); null while it is open. */
  closed_at: string | null;
  /** Its own postal address for letterheads (migration 0022); null at the body's address. */
  address: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  name: string;
  position: string;
  role: string;
  unit_code: string | null;
  email: string | null;
  password_hash: string;
  active: number;
  created_at: string;
}

/** Failed-login counters by account name or client address (src/auth/login-throttle.ts). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_at: string;
  blocked_until: string | null;
  /** 1 when the last attempt was refused (blocked): read back from the same atomic upsert. */
  refused: number;
}

export interface SessionsTable {
  id: string; // sha256 of the token; the token itself is never stored
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** Personal data (data pribadi), kept apart from the case and joined only where a role may see it. */
export interface RequestersTable {
  id: string;
  type: string;
  name: string;
  nik: string | null;
  passport_number: string | null;
  legal_entity_number: string | null;
  email: string | null;
  phone: string | null;
  address: string;
  occupation: string | null;
  created_at: string;
  /** Set when the retention period ran out and the fields above were replaced by a pseudonym (src/privacy/retention.ts). */
  pseudonymised_at: string | null;
}

export interface CasesTable {
  id: string;
  registration_number: string;
  year: number;
  seq: number;
  tracking_code_hash: string;
  requester_id: string;
  channel: string;
  information: string;
  purpose: string;
  obtain_method: string;
  delivery_method: string;
  /** The requester's language for letters and e-mails. */
  lang: string;
  /** Where the request was received: its calendar runs the statutory clock. */
  received_unit: string;
  /** The unit or mission holding the case now (PPID Pelaksana); scopes who may see it. */
  assigned_unit: string | null;
  state: string;
  outcome: string | null;
  overdue: number;
  extended: number;
  machine_version: number;
  snapshot: string;
  version: number;
  received_at: string;
  notice_due: string; // local date: the current statutory due date (extended if extended)
  notice_due_at: string; // instant: the end of that local day
  deadlines: string; // JSON: every deadline with its explanation
  decided_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The units and missions a case is assigned to now (PPID Pelaksana scope). */
export interface CaseUnitsTable {
  case_id: string;
  unit_code: string;
  status: string;
}

export interface RegistrationCountersTable {
  year: number;
  last_seq: number;
}

export interface AuditEventsTable {
  seq: number;
  id: string;
  case_id: string | null;
  actor_kind: string;
  actor_id: string | null;
  actor_role: string | null;
  event: string;
  from_state: string | null;
  to_state: string | null;
  data: string; // JSON
  at: string;
  prev_hash: string;
  hash: string;
}

/** One row: the chain's last sequence number and hash. Updating it serialises appends. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface DocumentsTable {
  id: string;
  case_id: string;
  kind: string;
  lang: string;
  filename: string;
  content_type: string;
  /** The PDF; empty when it is in the R2 bucket (`blob_key`, Workers: src/files/blob-store.ts). */
  bytes: Uint8Array;
  /** The R2 object holding the bytes (migration 0020); null when they are in `bytes`. */
  blob_key: string | null;
  sha256: string;
  public: number;
  issued_at: string;
  issued_by: string | null;
}

export interface OutboxTable {
  id: string;
  case_id: string | null;
  to_address: string;
  template: string;
  lang: string;
  subject: string;
  body_text: string;
  status: string; // pending | sent | failed
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface IdempotencyKeysTable {
  key: string;
  scope: string;
  request_hash: string;
  status: number;
  response: string;
  created_at: string;
}

export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type RequesterRow = Selectable<RequestersTable>;
export type UserRow = Selectable<UsersTable>;
export type UnitRow = Selectable<UnitsTable>;
export type AuditRow = Selectable<AuditEventsTable>;
