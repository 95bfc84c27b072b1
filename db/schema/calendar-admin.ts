/** Tables of: Calendar administration and recomputation (issue 3); host-holiday reviews (issue 13, migration 0009). */

export interface CalendarReviewsTable {
  calendar_code: string;
  year: number;
  reviewed_by: string;
  reviewed_at: string;
  calendar_version: number;
  note: string;
}

export interface CalendarAdminTables {
  calendar_reviews: CalendarReviewsTable;
}
