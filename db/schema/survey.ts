/** Tables of: the satisfaction survey (db/migrations/0018_survey.ts). Nothing here names a case or a requester. */

export interface SurveyTables {
  survey_tallies: SurveyTalliesTable;
  survey_markers: SurveyMarkersTable;
}

/** How many answers gave `score` (1–4) to `element`, for requests received by `unit_code` in `year`/`half`. */
export interface SurveyTalliesTable {
  unit_code: string;
  year: number;
  half: number;
  element: string;
  score: number;
  n: number;
}

/** One per answered case: HMAC-SHA256 of the case id under the server secret (one-way). */
export interface SurveyMarkersTable {
  marker: string;
}
