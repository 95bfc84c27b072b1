/** @jsxImportSource hono/jsx */
/**
 * One rule for every form a page posts: it carries a token (`_csrf`) the server checks, on top of
 * hono's Origin check (routes/web/index.ts).
 * - A signed-in officer's form carries the session's token (an HMAC of the session id,
 *   auth/csrf.ts): a new login, or logging out everywhere, makes the old pages' forms fail.
 * - A visitor's form (the login form, the public objection form) carries a double-submit pair: a
 *   random cookie set when the form is shown, scoped to the form's path, and its HMAC under the
 *   server secret in the form. A cross-site page can make a browser post, but can neither read
 *   that cookie nor compute the HMAC.
 * Put `<FormToken c={c} />` in the form, and check with `verifyFormToken` (every post under a
 * path) or `checkFormToken(c, body)` (one handler that has read the body).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { CSRF_FIELD, FORM_COOKIE, newFormCookie, sessionCsrfToken, tokensMatch, visitorCsrfToken } from '../../../auth/csrf';
import { currentUser } from '../../../auth/middleware';
import { DomainError } from '../../../cases/errors';
import { requestIsHttps } from '../../client';
import type { AppEnv } from '../../env';

export { CSRF_FIELD };

/** The token for a form; `path` (the path it posts to) scopes a visitor's cookie. */
export function formToken(c: Context<AppEnv>, path = new URL(c.req.url).pathname): string {
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

/** The hidden field: `<FormToken c={c} />`, or `<FormToken token={…} />` in a view given the token. */
export function FormToken(p: { c: Context<AppEnv>; path?: string } | { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={'token' in p ? p.token : formToken(p.c, p.path)} />;
}

/** Refuses (403 `csrf_invalid`) a posted form whose token is not the one `formToken` gave. */
export function checkFormToken(c: Context<AppEnv>, body: Record<string, unknown>, opts: { sessionOnly?: boolean } = {}): void {
  const secret = c.get('deps').secret;
  const user = currentUser(c);
  const cookie = getCookie(c, FORM_COOKIE);
  const given = body[CSRF_FIELD]; // a repeated field is an array, which never matches
  const ok = user
    ? tokensMatch(sessionCsrfToken(secret, user.sessionId), given)
    : !opts.sessionOnly && cookie !== undefined && tokensMatch(visitorCsrfToken(secret, cookie), given);
  if (!ok) throw new DomainError(403, 'csrf_invalid', 'csrf_invalid');
}

/** Every form post under this middleware carries the session's token (officer pages: never a visitor's pair). */
export const verifyFormToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === 'POST') checkFormToken(c, await c.req.parseBody({ all: true }), { sessionOnly: true });
  await next();
};
