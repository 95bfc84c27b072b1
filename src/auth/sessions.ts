/**
 * Officer sessions, kept in the database. The token goes to the browser (cookie) or the client
 * (bearer); only its SHA-256 is stored. A session ends after an idle period or an absolute age,
 * at logout, or when the user logs out everywhere, changes the password or is deactivated.
 *
 * Logging in: the password (argon2id), then — when the user turned it on — a TOTP code, either in
 * the same call (API) or as a second step against a short-lived challenge (the login page).
 * Every attempt, of either factor, is first reserved against the account name and the client's
 * address (src/auth/login-throttle.ts): repeated failures back off, for everyone alike.
 */
import type { Reader, Trx } from '../../db/unit-of-work';
import { createHash, randomBytes } from 'node:crypto';
import type { Deps } from '../deps';
import type { Database, UserRow } from '../../db/schema';
import type { SessionUser } from '../routes/env';
import type { Actor, Role } from '../../workflows/request.events';
import { appendAudit } from '../audit/audit-log';
import { DomainError, invalidField } from '../cases/errors';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './password';
import { loginSucceeded, purgeLoginThrottle, reserveLoginAttempt } from './login-throttle';
import { verifyTotp } from './totp';
import { openTotpSecret } from './totp-secret';

/** Wrong codes a login challenge takes before it is void. */
const CHALLENGE_ATTEMPTS = 5;
const CHALLENGE_MINUTES = 5;

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export const actorOf = (u: Pick<UserRow, 'id' | 'role' | 'unit_code'>): Actor => ({
  kind: 'user',
  id: u.id,
  role: u.role as Role,
  unit: u.unit_code,
});

/** The caller of a live session: who, and what the session still requires of them. */
export interface AuthenticatedUser extends SessionUser {
  sessionId: string;
  /** Set after an administrator created the account or reset its password: nothing else until changed. */
  mustChangePassword: boolean;
  totpEnabled: boolean;
}

export type LoginResult =
  | { kind: 'session'; token: string; user: UserRow }
  /** The password was right; a TOTP code is due against this challenge. */
  | { kind: 'totp'; challenge: string };

const loginFailed = () => new DomainError(401, 'login_failed', 'login_failed');

/** Whether the user's second factor is on (the secret stays sealed). */
async function totpState(db: Reader, userId: string) {
  const s = await db
    .selectFrom('user_security')
    .select(['totp_secret', 'totp_key_id', 'totp_enabled_at', 'totp_last_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return s?.totp_secret && s.totp_enabled_at ? { sealed: s, lastStep: s.totp_last_step } : null;
}

/** Checks a TOTP code and remembers its step, so the same code cannot be used again. */
async function acceptTotp(deps: Deps, user: UserRow, code: string, now: Date): Promise<boolean> {
  const totp = await totpState(deps.db, user.id);
  if (!totp) return true;
  const secret = (await openTotpSecret(deps.keys, user.id, totp.sealed))!;
  const step = verifyTotp(secret, code, now, totp.lastStep);
  if (step === null) return false;
  await deps.transact((trx) => trx.updateTable('user_security').set({ totp_last_step: step }).where('user_id', '=', user.id).execute());
  return true;
}

/**
 * Checks the password (and the TOTP code if the user has one), with a lock after repeated
 * failures. Without a code, a user with TOTP gets a challenge for the second step (`challenge`,
 * the login page) or a `totp_required` refusal (the API, which sends both at once).
 */
export async function login(
  deps: Deps,
  username: string,
  password: string,
  options: { totp?: string; challenge?: boolean; client: string },
): Promise<LoginResult> {
  const { totp, client } = options;
  const now = deps.clock();
  await reserveLoginAttempt(deps, username, client, now);
  const user = await deps.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user?.active) {
    await verifyPassword(await decoyHash(), password);
    throw loginFailed();
  }
  if (!(await verifyPassword(user.password_hash, password))) throw loginFailed();
  if (await totpState(deps.db, user.id)) {
    if (totp === undefined) {
      if (!options.challenge) throw new DomainError(401, 'totp_required', 'totp_required');
      return { kind: 'totp', challenge: await newChallenge(deps, user.id, now) };
    }
    if (!(await acceptTotp(deps, user, totp, now))) throw new DomainError(401, 'totp_invalid', 'totp_invalid');
  }
  await deps.transact((trx) => loginSucceeded(trx, username, client));
  return { kind: 'session', token: await startSession(deps, user.id, now), user };
}

async function newChallenge(deps: Deps, userId: string, now: Date) {
  const token = randomBytes(32).toString('base64url');
  await deps.transact((trx) =>
    trx
      .insertInto('login_challenges')
      .values({
        id: tokenId(token),
        user_id: userId,
        created_at: now.toISOString(),
        attempts: 0,
        expires_at: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000).toISOString(),
      })
      .execute(),
  );
  return token;
}

/** The second step of a login: the TOTP code against the challenge the password step gave. */
export async function completeTotpLogin(deps: Deps, challenge: string, code: string, client: string): Promise<{ token: string; user: UserRow }> {
  const now = deps.clock();
  const row = await deps.db.selectFrom('login_challenges').selectAll().where('id', '=', tokenId(challenge)).executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString() || row.attempts >= CHALLENGE_ATTEMPTS) {
    if (row) await deps.transact((trx) => trx.deleteFrom('login_challenges').where('id', '=', row.id).execute());
    throw new DomainError(401, 'login_expired', 'login_expired');
  }
  const user = await deps.db.selectFrom('users').selectAll().where('id', '=', row.user_id).executeTakeFirstOrThrow();
  if (!user.active) throw loginFailed();
  await reserveLoginAttempt(deps, user.username, client, now);
  if (!(await acceptTotp(deps, user, code, now))) {
    await deps.transact((trx) =>
      trx
        .updateTable('login_challenges')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', row.id)
        .execute(),
    );
    throw new DomainError(401, 'totp_invalid', 'totp_invalid');
  }
  await deps.transact(async (trx) => {
    await trx.deleteFrom('login_challenges').where('id', '=', row.id).execute();
    await loginSucceeded(trx, user.username, client);
  });
  return { token: await startSession(deps, user.id, now), user };
}

/** A new session for a user whose credentials were checked; returns its token. */
export async function startSession(deps: Deps, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await deps.transact((trx) =>
    trx
      .insertInto('sessions')
      .values({
        id: tokenId(token),
        user_id: userId,
        created_at: at,
        last_seen_at: at,
        expires_at: new Date(now.getTime() + deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
      })
      .execute(),
  );
  return token;
}

/** The user behind a token, if the session is alive; touching it extends the idle window. */
export async function authenticate(deps: Deps, token: string): Promise<AuthenticatedUser | null> {
  const now = deps.clock();
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('user_security', 'user_security.user_id', 'users.id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.username',
      'users.name',
      'users.position',
      'users.role',
      'users.unit_code',
      'users.active',
      'user_security.must_change_password',
      'user_security.totp_enabled_at',
    ])
    .where('sessions.id', '=', tokenId(token))
    .executeTakeFirst();
  if (!row?.active) return null;
  const idleLimit = Date.parse(row.last_seen_at) + deps.config.SESSION_IDLE_MINUTES * 60_000;
  if (now.toISOString() >= row.expires_at || now.getTime() >= idleLimit) {
    await deps.transact((trx) => trx.deleteFrom('sessions').where('id', '=', row.sessionId).execute());
    return null;
  }
  // Touch at most once a minute: a busy page does not write on every request.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await deps.transact((trx) => trx.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', row.sessionId).execute());
  }
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    position: row.position,
    role: row.role,
    unit_code: row.unit_code,
    sessionId: row.sessionId,
    mustChangePassword: row.must_change_password === 1,
    totpEnabled: row.totp_enabled_at !== null,
  };
}

export async function logout(deps: Deps, token: string) {
  await deps.transact((trx) => trx.deleteFrom('sessions').where('id', '=', tokenId(token)).execute());
}

/** Ends every session of the user, on every device (logout everywhere). */
export async function logoutEverywhere(deps: Deps, actor: Actor): Promise<number> {
  return deps.transact(async (trx) => {
    const ended = await trx.deleteFrom('sessions').where('user_id', '=', actor.id!).executeTakeFirst();
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'LOGOUT_EVERYWHERE',
      fromState: null,
      toState: null,
      data: { userId: actor.id, sessions: Number(ended.numDeletedRows) },
      at: deps.clock().toISOString(),
    });
    return Number(ended.numDeletedRows);
  });
}

/** The user changes their own password: the current one first; their other sessions end. */
export async function changePassword(deps: Deps, user: AuthenticatedUser, current: string, next: string): Promise<void> {
  const row = await deps.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, current))) throw invalidField('currentPassword', 'password_wrong');
  const problem = passwordProblem(next, row.username);
  if (problem) throw invalidField('newPassword', problem);
  if (await verifyPassword(row.password_hash, next)) throw invalidField('newPassword', 'password_unchanged');
  const passwordHash = await hashPassword(next);
  const at = deps.clock().toISOString();
  await deps.transact(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute();
    await upsertSecurity(trx, user.id, { must_change_password: 0, password_changed_at: at });
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).where('id', '!=', user.sessionId).execute();
    await appendAudit(trx, { caseId: null, actor: actorOf(row), event: 'PASSWORD_CHANGED', fromState: null, toState: null, data: { userId: user.id }, at });
  });
}

/** Writes some of a user's security settings, creating their row if needed. */
export async function upsertSecurity(trx: Trx, userId: string, values: Partial<Omit<Database['user_security'], 'user_id'>>): Promise<void> {
  await trx
    .insertInto('user_security')
    .values({ user_id: userId, must_change_password: 0, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** Removes sessions and login challenges past their time (run by the sweeper). */
export async function purgeExpiredSessions(deps: Deps): Promise<void> {
  const now = deps.clock();
  const idleCutoff = new Date(now.getTime() - deps.config.SESSION_IDLE_MINUTES * 60_000).toISOString();
  await deps.transact(async (trx) => {
    await trx
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<=', idleCutoff)]))
      .execute();
    await trx.deleteFrom('login_challenges').where('expires_at', '<=', now.toISOString()).execute();
    await purgeLoginThrottle(trx, now);
  });
}
