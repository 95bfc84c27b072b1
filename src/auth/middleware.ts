/** Who is calling: a session cookie (browsers) or a bearer token (integrations). Roles are checked per route. */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../cases/errors';
import type { AppEnv } from '../routes/env';
import type { Role } from '../../workflows/request.events';
import { actorOf, authenticate } from './sessions';

export const SESSION_COOKIE = 'terbuka_session';

export function sessionToken(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('Authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return getCookie(c, SESSION_COOKIE);
}

/** Loads the caller if there is a live session; never refuses (routes decide). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = sessionToken(c);
  if (token) {
    const user = await authenticate(c.get('deps'), token);
    if (user) {
      c.set('user', user);
      c.set('actor', actorOf(user));
    }
  }
  await next();
};

/** 401 without a session; 403 when the role is not among those allowed. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor) throw new DomainError(401, 'unauthorized', 'unauthorized');
    if (roles.length > 0 && !roles.includes(actor.role)) throw new DomainError(403, 'forbidden', 'forbidden');
    await next();
  };
}

export const OFFICERS: Role[] = ['admin', 'ppid_utama', 'ppid_pelaksana', 'atasan', 'auditor'];
