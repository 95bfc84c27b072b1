/** Tables of: Officer workspace: notes, notifications, TOTP, assignments (issue 5). */

export interface OfficerTables {}
