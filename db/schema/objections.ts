/** Tables of: Objections, disputes, consequence tests, DIK/DIP (issue 7). */
import type { Selectable } from 'kysely';

export interface ObjectionsTables {
  objections: ObjectionsTable;
  objection_counters: ObjectionCountersTable;
  consequence_tests: ConsequenceTestsTable;
  case_consequence_tests: CaseConsequenceTestsTable;
  dip_entries: DipEntriesTable;
}

/**
 * An objection (keberatan, UU 14/2008 Art. 35–36) and the dispute (sengketa) that may follow it.
 * The workflow snapshot is the record; the other columns are denormalised from it for queues,
 * the register and reports.
 */
export interface ObjectionsTable {
  id: string;
  /** `00001/KEB-PPID/2026`: sequential per year, never reused. */
  objection_number: string;
  year: number;
  seq: number;
  case_id: string;
  /** web, or an officer's entry of a letter, walk-in, e-mail or phone objection. */
  channel: string;
  /** JSON array of Art. 35(1) letters a–g. */
  grounds: string;
  /** The requester's reasons: the case summary (kasus posisi). */
  reason: string;
  lang: string;
  received_at: string;
  /** The officer who keyed it in (null on the web). */
  entered_by: string | null;
  state: string;
  /** The dispute's stage while at the Commission, else null. */
  dispute_stage: string | null;
  late: number;
  overdue: number;
  /** upheld | overturned | rejected_late | settled; null while undecided. */
  outcome: string | null;
  /** Local date and end instant of the atasan PPID's response deadline. */
  response_due: string;
  response_due_at: string;
  /** JSON: every deadline with its explanation (objection window, atasan response, dispute window, Commission targets). */
  deadlines: string;
  decided_at: string | null;
  decided_by: string | null;
  dispute_commission: string | null;
  dispute_registration_number: string | null;
  dispute_filed_on: string | null;
  machine_version: number;
  snapshot: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ObjectionCountersTable {
  year: number;
  last_seq: number;
}

/**
 * A consequence test (uji konsekuensi, Art. 19; Perki 1/2021 Art. 49) with its public-interest
 * balancing (Art. 2(4)) and the classification decision (penetapan klasifikasi, PP 61/2010).
 * `information`, `document`, `harm` and `public_interest` stay internal; the DIK publishes the
 * public description, the legal basis, the public consequence summary and the period.
 */
export interface ConsequenceTestsTable {
  id: string;
  information: string;
  document: string | null;
  /** How the DIK describes the information publicly; null until a PPID writes it (not yet published). */
  public_title: string | null;
  /** The consequence of opening, as the DIK may state it publicly. */
  public_consequence: string | null;
  /** JSON array of {letter, statute?}: UU 14/2008 Art. 17 letters and further statutes. */
  exemptions: string;
  harm: string;
  public_interest: string;
  /** exempt | open: the outcome of weighing harm against the public interest. */
  conclusion: string;
  period: string | null;
  exempt_until: string | null;
  review_on: string | null;
  /** before_request | at_request | during_dispute (Perki 1/2021 Art. 49). */
  origin: string;
  unit_code: string;
  decided_by: string | null;
  decided_by_name: string;
  decided_by_position: string;
  decided_on: string;
  classification_number: string | null;
  classification_date: string | null;
  /** in_force | revoked */
  status: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  /** The request whose denial produced it, for tests written inline in a decision. */
  source_case_id: string | null;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

/** Which tests a denial (or partial grant) relies on. */
export interface CaseConsequenceTestsTable {
  case_id: string;
  test_id: string;
  linked_at: string;
  linked_by: string | null;
}

/** An entry of the list of public information (Daftar Informasi Publik, DIP; UU 14/2008 Art. 11(1)(a)). */
export interface DipEntriesTable {
  id: string;
  title: string;
  summary: string;
  /** berkala | serta_merta | setiap_saat (UU 14/2008 Art. 9–11). */
  category: string;
  unit_code: string;
  /** The official responsible for producing it (pejabat penanggung jawab). */
  responsible: string;
  /** When and where it was produced. */
  produced: string | null;
  /** printed | electronic | both */
  format: string;
  retention: string | null;
  url: string | null;
  published: number;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export type ObjectionRow = Selectable<ObjectionsTable>;
export type ConsequenceTestRow = Selectable<ConsequenceTestsTable>;
export type DipEntryRow = Selectable<DipEntriesTable>;
