/**
 * Guards for the server-rendered officer pages: a page without a session goes to the login page
 * (and comes back after); an account with a one-time password goes to the password page first;
 * every form post carries the session's CSRF token.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { DomainError } from '../cases/errors';
import type { AppEnv } from '../routes/env';
import type { Role } from '../../workflows/request.events';
import { sessionCsrfToken } from './csrf';
import { checkFormToken } from './form-token';
import { currentUser } from './middleware';

export const LOGIN_PATH = '/petugas/masuk';
export const PASSWORD_PATH = '/petugas/akun/sandi';
/** Pages an account with a one-time password may still open. */
const WHILE_PASSWORD_CHANGE = new Set([PASSWORD_PATH, '/petugas/keluar']);

const HOME = '/petugas';
const PROBE_ORIGIN = 'http://terbuka.invalid';

/**
 * Only a path on this site is followed after login (no open redirect). Browsers drop tabs and
 * newlines from a URL and read `\` as `/`, so `/\t/evil.example` means `//evil.example`: the
 * value is refused if it holds any control character, space or backslash, and must still resolve
 * to this origin; what is returned is the parsed, re-serialised path (never a raw header value).
 */
export function safeNext(next: string | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this check refuses
  if (!next?.startsWith('/') || /[\u0000-\u0020\u007f-\u009f\\]/.test(next)) return HOME;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return HOME;
  }
  return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : HOME;
}

export const requireOfficerPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = currentUser(c);
  if (!user) {
    if (c.req.method !== 'GET') throw new DomainError(401, 'unauthorized', 'session_expired');
    const url = new URL(c.req.url);
    return c.redirect(`${LOGIN_PATH}?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  if (user.mustChangePassword && !WHILE_PASSWORD_CHANGE.has(c.req.path)) return c.redirect(PASSWORD_PATH, 303);
  await next();
};

export function requirePageRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor || !roles.includes(actor.role)) throw new DomainError(403, 'forbidden', 'forbidden');
    await next();
  };
}

/** The CSRF token for the current session's forms. */
export function csrfToken(c: Context<AppEnv>): string {
  const user = currentUser(c);
  if (!user) throw new DomainError(401, 'unauthorized', 'unauthorized');
  return sessionCsrfToken(c.get('deps').secret, user.sessionId);
}

/** Every state-changing page request must carry the session's token. */
export const verifyCsrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === 'POST') {
    // Officer pages take only the session's token, never a visitor's pair (form-token.ts checks which).
    if (!currentUser(c)) throw new DomainError(403, 'csrf_invalid', 'csrf_invalid');
    checkFormToken(c, await c.req.parseBody({ all: true }));
  }
  await next();
};
