/**
 * CSRF tokens for the officer forms, on top of hono's `csrf()` origin check (src/routes/web).
 * A session's token is an HMAC of the session's id under the server secret: bound to the session
 * (a new login, or logging out everywhere, makes the old pages' forms fail), nothing to store,
 * and not derivable without the secret. Before login, the login form uses a double-submit pair:
 * a random cookie and the HMAC of it in the form.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_FIELD = '_csrf';
/** A visitor's double-submit cookie (form-token.ts), scoped to the path of the form it serves. */
export const FORM_COOKIE = 'terbuka_form';

const mac = (secret: string, purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url');

export const sessionCsrfToken = (secret: string, sessionId: string) => mac(secret, 'csrf', sessionId);
export const visitorCsrfToken = (secret: string, cookie: string) => mac(secret, 'visitor-form', cookie);
export const newFormCookie = () => randomBytes(24).toString('base64url');

export function tokensMatch(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
