/**
 * One rule for every form a page posts: it carries a token (`_csrf`) the server checks, on top of
 * hono's Origin check.
 * - An officer's form carries the session's token (an HMAC of the session id: csrf.ts).
 * - A visitor's form (the login form, the public objection form) carries a double-submit pair: a
 *   random cookie set when the form is shown, scoped to the form's path, and its HMAC under the
 *   server secret in the form. A cross-site page can make a browser post, but can neither read
 *   that cookie nor compute the HMAC.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DomainError } from '../cases/errors';
import { requestIsHttps } from '../routes/client';
import type { AppEnv } from '../routes/env';
import { CSRF_FIELD, FORM_COOKIE, newFormCookie, sessionCsrfToken, tokensMatch, visitorCsrfToken } from './csrf';
import { currentUser } from './middleware';

export { CSRF_FIELD };

/** The token for a form shown at `path` (the path it posts to). */
export function formToken(c: Context<AppEnv>, path: string): string {
  const secret = c.get('deps').secret;
  const user = currentUser(c);
  if (user) return sessionCsrfToken(secret, user.sessionId);
  let cookie = getCookie(c, FORM_COOKIE);
  if (!cookie) {
    cookie = newFormCookie();
    setCookie(c, FORM_COOKIE, cookie, { httpOnly: true, sameSite: 'Strict', secure: requestIsHttps(c), path, maxAge: 3600 });
  }
  return visitorCsrfToken(secret, cookie);
}

/** Refuses (403 `csrf_invalid`) a posted form whose token is not the one `formToken` gave. */
export function checkFormToken(c: Context<AppEnv>, body: Record<string, unknown>): void {
  const secret = c.get('deps').secret;
  const user = currentUser(c);
  const cookie = getCookie(c, FORM_COOKIE);
  const given = body[CSRF_FIELD]; // a repeated field is an array, which never matches
  const ok = user ? tokensMatch(sessionCsrfToken(secret, user.sessionId), given) : cookie !== undefined && tokensMatch(visitorCsrfToken(secret, cookie), given);
  if (!ok) throw new DomainError(403, 'csrf_invalid', 'csrf_invalid');
}
