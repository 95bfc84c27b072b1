/** Tables of: Annual and semester service reports (issue 11, migration 0012). */

/** What one request or objection contributes to the report tallies now. */
export interface ReportFactsTable {
  /** The case's or the objection's id. */
  subject_id: string;
  /** request | objection */
  kind: string;
  /** The unit or mission that received the request (an objection: its request's). */
  unit: string;
  requester_type: string | null;
  /** Local date of receipt on the receiving calendar (objections: the national calendar). */
  local_date: string;
  received_at: string;
  /** 1 while a request waits for its decision (the pending backlog). */
  open: number;
  /** JSON array of `year|half|key`: the tallies this subject counts in. */
  entries: string;
}

/** Counts per year, half (1, 2), receiving unit and key (`received`, `month:03`, `outcome:denied`, `days:7`, …). */
export interface ReportTalliesTable {
  year: number;
  half: number;
  unit: string;
  key: string;
  n: number;
}

/** The narrative sections of a year's report, written by the PPID Utama or an administrator. */
export interface ReportNarrativesTable {
  year: number;
  /** policy | facilities | staff | budget | obstacles | recommendations */
  section: string;
  body: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ReportsTables {
  report_facts: ReportFactsTable;
  report_tallies: ReportTalliesTable;
  report_narratives: ReportNarrativesTable;
}
