/**
 * Officer sessions, kept in the database. The token goes to the browser (cookie) or the client
 * (bearer); only its SHA-256 is stored. A session ends after an idle period or an absolute age.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Deps } from '../deps';
import type { UserRow } from '../../db/schema';
import type { Actor, Role } from '../../workflows/request.events';
import { decoyHash, verifyPassword } from './password';
import { DomainError } from '../cases/errors';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export const actorOf = (u: Pick<UserRow, 'id' | 'role' | 'unit_code'>): Actor => ({
  kind: 'user', id: u.id, role: u.role as Role, unit: u.unit_code,
});

/** Checks the password, with a lock after repeated failures; returns a new session token. */
export async function login(deps: Deps, username: string, password: string) {
  const now = deps.clock();
  const user = await deps.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user || !user.active) {
    await verifyPassword(await decoyHash(), password);
    throw new DomainError(401, 'login_failed', 'login_failed');
  }
  if (user.locked_until && user.locked_until > now.toISOString()) {
    const minutes = Math.ceil((Date.parse(user.locked_until) - now.getTime()) / 60_000);
    throw new DomainError(429, 'locked', 'locked', { minutes }, {}, { retryAfter: minutes * 60 });
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    await deps.db.updateTable('users').set({
      failed_logins: failures >= MAX_FAILURES ? 0 : failures,
      locked_until: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null,
    }).where('id', '=', user.id).execute();
    throw new DomainError(401, 'login_failed', 'login_failed');
  }
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx.insertInto('sessions').values({
      id: tokenId(token), user_id: user.id, created_at: at, last_seen_at: at,
      expires_at: new Date(now.getTime() + deps.config.SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
    }).execute();
  });
  return { token, user };
}

/** The user behind a token, if the session is alive; touching it extends the idle window. */
export async function authenticate(deps: Deps, token: string) {
  const now = deps.clock();
  const row = await deps.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.last_seen_at', 'sessions.expires_at', 'users.id', 'users.username',
      'users.name', 'users.position', 'users.role', 'users.unit_code', 'users.active'])
    .where('sessions.id', '=', tokenId(token)).executeTakeFirst();
  if (!row || !row.active) return null;
  const idleLimit = Date.parse(row.last_seen_at) + deps.config.SESSION_IDLE_MINUTES * 60_000;
  if (now.toISOString() >= row.expires_at || now.getTime() >= idleLimit) {
    await deps.db.deleteFrom('sessions').where('id', '=', row.sessionId).execute();
    return null;
  }
  // Touch at most once a minute: a busy page does not write on every request.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await deps.db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', row.sessionId).execute();
  }
  return row;
}

export async function logout(deps: Deps, token: string) {
  await deps.db.deleteFrom('sessions').where('id', '=', tokenId(token)).execute();
}
