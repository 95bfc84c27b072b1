/**
 * A browser without a browser, for the officer pages: a cookie jar, form posts with the Origin
 * header (hono's csrf check) and the page's CSRF token read from the last form, all through
 * `app.request` in-process.
 */
import { DEMO_PASSWORD } from '../../db/seed/seed';
import type { TestContext } from '../helpers/context';

export const ORIGIN = 'http://localhost';

export interface PageResponse {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

export interface PageSession {
  jar: Map<string, string>;
  get: (path: string) => Promise<PageResponse>;
  /** A form post; `_csrf` is taken from the last page fetched unless given. */
  post: (path: string, form: Record<string, string | string[]>, options?: { origin?: string | null }) => Promise<PageResponse>;
  /** The CSRF token of the last page fetched. */
  csrf: () => string;
}

export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** Text of a page without tags and with entities decoded (what a reader would see). */
export const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

export function pageClient(t: TestContext): PageSession {
  const jar = new Map<string, string>();
  let last = '';
  const request = async (method: string, path: string, body?: string, origin: string | null = ORIGIN): Promise<PageResponse> => {
    const headers: Record<string, string> = { 'Accept-Language': 'id' };
    if (jar.size > 0) headers.Cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (origin) headers.Origin = origin;
    if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const res = await t.app.request(`${ORIGIN}${path}`, { method, headers, body });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(cookie) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const html = await res.text();
    if (method === 'GET' || res.status >= 400 || res.status === 200) last = html;
    return { status: res.status, location: res.headers.get('Location'), html, headers: res.headers };
  };
  return {
    jar,
    get: (path) => request('GET', path),
    post: (path, form, options = {}) => {
      const params = new URLSearchParams();
      const withToken = { _csrf: csrfOf(last), ...form };
      for (const [k, v] of Object.entries(withToken)) for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
      return request('POST', path, params.toString(), options.origin === undefined ? ORIGIN : options.origin);
    },
    csrf: () => csrfOf(last),
  };
}

/** Logs in through the login page; returns the client holding the session cookie. */
export async function pageLogin(t: TestContext, username: string, password = DEMO_PASSWORD): Promise<PageSession> {
  const client = pageClient(t);
  await client.get('/petugas/masuk');
  const res = await client.post('/petugas/masuk', { username, password, next: '/petugas' });
  if (res.status !== 303) throw new Error(`page login ${username} failed: ${res.status} ${textOf(res.html).slice(0, 300)}`);
  return client;
}
