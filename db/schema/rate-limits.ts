/** Tables of: the public rate limit shared by several processes (db/migrations/0015_rate_limits.ts). */

export interface RateLimitTables {
  rate_limit_windows: RateLimitWindowsTable;
}

/** One fixed one-minute window per client key (src/routes/rate-limit.ts, TableWindowStore). */
export interface RateLimitWindowsTable {
  key: string;
  hits: number;
  /** ISO instant at which the window ends. */
  reset_at: string;
}
