/**
 * The one place that says which errors mean "the database cannot be reached right now" — the
 * connection was refused, reset or terminated, the server is shutting down or starting — as
 * opposed to a fault of the request or of the code. The API answers them 503 with Retry-After
 * (src/routes/api/errors.ts): a transaction whose connection is lost is rolled back by the server
 * (unless only the answer to its COMMIT was lost), and the client may repeat the request — a filing
 * with its Idempotency-Key gives exactly one case either way.
 *
 * PostgreSQL (node-postgres) reports them as: SQLSTATE class 08 (connection exception), 57P01
 * admin_shutdown (pg_terminate_backend, a fast shutdown), 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up, recovering); Node's socket errors (ECONNREFUSED, ECONNRESET,
 * …); and node-postgres's own messages for a connection it lost or timed out on.
 */

const SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const MESSAGES = [
  /^Connection terminated/, // "Connection terminated", "… unexpectedly", "… due to connection timeout"
  /not queryable/, // "Client has encountered a connection error and is not queryable", "Client was closed and is not queryable"
  /^timeout exceeded when trying to connect$/, // pg-pool: no connection within connectionTimeoutMillis
  /^Connection closed$/,
];

/** How long a client should wait before repeating a request the database could not serve. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || SQLSTATES.has(code) || SOCKET_ERRORS.has(code))) return true;
  if (MESSAGES.some((m) => m.test(error.message))) return true;
  // An AggregateError (a host name resolving to several addresses, each refused) or a wrapped cause.
  if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  return error.cause !== undefined && error.cause !== error && isDatabaseUnavailable(error.cause);
}
