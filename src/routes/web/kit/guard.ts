/**
 * Who may open a page: one rule for every server-rendered page.
 * - Nobody signed in: a page (GET) sends them to the login page with `next` (and back after); a
 *   form post answers 401 (its session ended) as a page.
 * - An account with a one-time password: to the password page first.
 * - Signed in without one of the page's roles: the styled 403 page, naming who the page is for.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../../../workflows/request.events';
import { currentUser } from '../../../auth/middleware';
import { DomainError } from '../../../cases/errors';
import { t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { errorPage } from '../error-page';
import { roleWord } from '../officer/labels';

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

/** The login page, coming back to this page after. */
export function loginRedirect(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  return c.redirect(`${LOGIN_PATH}?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
}

/** A response when the visitor may not go on without signing in (or changing the password), else undefined. */
function signInRefusal(c: Context<AppEnv>): Response | undefined {
  const user = currentUser(c);
  if (!user) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw new DomainError(401, 'unauthorized', 'session_expired');
    return loginRedirect(c);
  }
  if (user.mustChangePassword && !WHILE_PASSWORD_CHANGE.has(c.req.path)) return c.redirect(PASSWORD_PATH, 303);
  return undefined;
}

/** Any signed-in officer (every role). */
export const requireSignedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  const refused = signInRefusal(c);
  if (refused) return refused;
  await next();
};

/** The styled 403 page: who the page is for, in the page's language. */
export function forbiddenPage(c: Context<AppEnv>, roles: readonly string[]) {
  const lang = c.get('lang');
  return errorPage(c, 403, t(lang, 'common.page_only_for', { roles: roles.map((r) => roleWord(r, lang)).join(', ') }));
}

/** Signed in, and with one of `roles`: `app.use(requirePageRole('admin'))`. */
export function requirePageRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const refused = signInRefusal(c);
    if (refused) return refused;
    const actor = c.get('actor');
    if (!actor || !roles.includes(actor.role)) return forbiddenPage(c, roles);
    await next();
  };
}
