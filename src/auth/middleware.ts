/** Who is calling: a session cookie (browsers) or a bearer token (integrations). Roles are checked per route. */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../cases/errors';
import type { AppEnv } from '../routes/env';
import type { Role } from '../../workflows/request.events';
import { type AuthenticatedUser, actorOf, authenticate } from './sessions';

export const SESSION_COOKIE = 'terbuka_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('Authorization');
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export function sessionToken(c: Context<AppEnv>): string | undefined {
  return bearerToken(c) ?? getCookie(c, SESSION_COOKIE);
}

/**
 * A state-changing API call that rides on the cookie must be JSON: a cross-site page can send a
 * cookie-bearing form or text/plain post, but not application/json without a CORS preflight we
 * never grant. (The pages have their own CSRF tokens; bearer tokens are not sent by browsers.)
 */
function cookieMayAuthenticate(c: Context<AppEnv>): boolean {
  if (SAFE_METHODS.has(c.req.method) || !c.req.path.startsWith('/api/')) return true;
  return (c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json');
}

/** Loads the caller if there is a live session; never refuses (routes decide). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bearer = bearerToken(c);
  const cookie = getCookie(c, SESSION_COOKIE);
  const token = bearer ?? (cookie && cookieMayAuthenticate(c) ? cookie : undefined);
  if (token) {
    const user = await authenticate(c.get('deps'), token);
    if (user) {
      c.set('user', user);
      c.set('actor', actorOf(user));
    }
  }
  await next();
};

/** The caller with what their session still requires (set by loadSession). */
export const currentUser = (c: Context<AppEnv>) => c.get('user') as AuthenticatedUser | undefined;

/** 401 without a session; 403 when the role is not among those allowed, or the password must be changed first. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) throw new DomainError(401, 'unauthorized', 'unauthorized');
    if (currentUser(c)?.mustChangePassword) throw new DomainError(403, 'password_change_required', 'password_change_required');
    if (roles.length > 0 && !roles.includes(actor.role)) throw new DomainError(403, 'forbidden', 'forbidden');
    await next();
  };
}

/** 401 without a session; nothing else (for the calls that manage the session itself). */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('actor')) throw new DomainError(401, 'unauthorized', 'unauthorized');
  await next();
};

export const OFFICERS: Role[] = ['admin', 'ppid_utama', 'ppid_pelaksana', 'atasan', 'auditor'];
/** The roles that work cases: they file for walk-ins, send workflow events and write notes. */
export const CASE_WORKERS: Role[] = ['ppid_utama', 'ppid_pelaksana'];
