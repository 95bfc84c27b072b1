/** Tables of: Citizen web: identity documents, rate limits (issue 4). */

export interface PublicTables {}
