/**
 * Login back-off, per account name and per client address (OWASP Authentication Cheat Sheet:
 * "account lockout" by throttling rather than a hard lock anyone can trigger).
 *
 * Every attempt first *reserves* itself: one atomic upsert per key counts it and, at the limit,
 * sets a back-off before the password is even hashed — so parallel guesses cannot all read the
 * same count (a wave of 25 gets at most `limit` hashes, the rest a 429). A refused attempt costs
 * no hash and reads no user row, so it answers alike for a username that exists and one that does
 * not. The back-off doubles with each further failure (30 s, 1 min, 2 min … at most 15 min), so
 * five requests keep an account closed for 30 seconds, not for long; a success clears the
 * account's count.
 *
 * Counters live in a table (`login_throttle`), not process memory: several processes share them.
 */
import type { Reader, Trx } from '../../db/unit-of-work';
import type { Deps } from '../deps';
import { sql } from 'kysely';
import { DomainError } from '../cases/errors';

export interface ThrottlePolicy {
  /** Failures before the back-off starts. */
  limit: number;
  /** Failures older than this (since the last one) are forgotten. */
  windowMs: number;
}

/** Five tries per account name; twenty per client address (password spraying across names). */
export const ACCOUNT_POLICY: ThrottlePolicy = { limit: 5, windowMs: 60 * 60_000 };
export const CLIENT_POLICY: ThrottlePolicy = { limit: 20, windowMs: 15 * 60_000 };
const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 15 * 60_000;

export const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
export const clientKey = (address: string) => `client:${address}`;

/** The back-off after the n-th failure at or past the limit (n ≥ 1). */
export const backoffMs = (n: number) => Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(n - 1, 20));

/**
 * Counts an attempt against `key` unless the key is in back-off. Returns the instant the back-off
 * ends when the attempt is refused, else null. One statement: the decision and the count commit
 * together, whatever runs beside it.
 */
async function reserve(trx: Trx, key: string, policy: ThrottlePolicy, now: Date): Promise<string | null> {
  const at = now.toISOString();
  const until = (n: number) => new Date(now.getTime() + backoffMs(n)).toISOString();
  const forgetBefore = new Date(now.getTime() - policy.windowMs).toISOString();
  const blocked = sql`login_throttle.blocked_until > ${at}`;
  const failures = sql`(case when login_throttle.last_at < ${forgetBefore} then 1 else login_throttle.failures + 1 end)`;
  // The back-off this failure count sets, as instants computed here: the same SQL on every dialect.
  const steps = Array.from({ length: 12 }, (_, i) => sql`when ${failures} = ${policy.limit + i} then ${until(i + 1)}`);
  const backoff = sql`(case ${sql.join(steps, sql` `)} when ${failures} > ${policy.limit + 11} then ${until(99)} else null end)`;
  const { rows } = await sql<{ refused: number; blocked_until: string | null }>`
    insert into login_throttle (key, failures, last_at, blocked_until, refused)
    values (${key}, 1, ${at}, ${policy.limit <= 1 ? until(1) : null}, 0)
    on conflict (key) do update set
      refused = case when ${blocked} then 1 else 0 end,
      failures = case when ${blocked} then login_throttle.failures else ${failures} end,
      last_at = case when ${blocked} then login_throttle.last_at else ${at} end,
      blocked_until = case when ${blocked} then login_throttle.blocked_until else ${backoff} end
    returning refused, blocked_until`.execute(trx);
  const result = rows[0]!;
  return result.refused === 1 ? result.blocked_until : null;
}

const refusal = (until: string, now: Date) => {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError(429, 'locked', 'locked', { minutes }, {}, { retryAfter: seconds });
};

/**
 * Reserves one login attempt for this account name from this client: throws 429 `locked` when
 * either is in back-off. Call before looking up the user or hashing anything.
 */
export async function reserveLoginAttempt(deps: Pick<Deps, 'transact'>, username: string, client: string, now: Date): Promise<void> {
  // The client's count stands even when the account is in back-off: the refusal is thrown after the commit.
  const blockedUntil = await deps.transact(
    async (trx) => (await reserve(trx, clientKey(client), CLIENT_POLICY, now)) ?? (await reserve(trx, accountKey(username), ACCOUNT_POLICY, now)),
  );
  if (blockedUntil) throw refusal(blockedUntil, now);
}

/** A login succeeded: the account starts afresh; the client's count gives back this attempt. */
export async function loginSucceeded(trx: Trx, username: string, client: string): Promise<void> {
  await trx.deleteFrom('login_throttle').where('key', '=', accountKey(username)).execute();
  await trx
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', clientKey(client))
    .where('failures', '>', 0)
    .execute();
}

/** An administrator lifts an account's back-off (with a password reset). */
export async function clearAccountThrottle(trx: Trx, username: string): Promise<void> {
  await trx.deleteFrom('login_throttle').where('key', '=', accountKey(username)).execute();
}

/** Account names in back-off now (the user administration shows them as locked). */
export async function blockedAccounts(db: Reader, now: Date): Promise<Set<string>> {
  const rows = await db.selectFrom('login_throttle').select('key').where('key', 'like', 'account:%').where('blocked_until', '>', now.toISOString()).execute();
  return new Set(rows.map((r) => r.key.slice('account:'.length)));
}

/** Forgets counters past every window (run by the sweeper). */
export async function purgeLoginThrottle(trx: Trx, now: Date): Promise<void> {
  const before = new Date(now.getTime() - Math.max(ACCOUNT_POLICY.windowMs, CLIENT_POLICY.windowMs)).toISOString();
  await trx
    .deleteFrom('login_throttle')
    .where('last_at', '<', before)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now.toISOString())]))
    .execute();
}
