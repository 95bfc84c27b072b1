/** Tables of: Calendar administration and recomputation (issue 3). */

export interface CalendarAdminTables {}
