/**
 * Checks every request passes before any route sees it, so that no route can forget them:
 * - a form body (urlencoded or multipart) that does not parse is a 400 `invalid_form`, not a 500;
 * - no text anywhere (JSON strings, form fields, query values) may hold C0/C1 control characters
 *   (tab, CR and LF excepted: long texts have lines) or bidirectional overrides and isolates,
 *   which hide or disguise text on officers' pages (a NUL even cuts a value in SQLite);
 * - a JSON route answers 415 to a body of another media type instead of reading it as `{}`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { DomainError } from '../cases/errors';
import type { MessageKey } from '../i18n';
import type { AppEnv } from './env';

/** C0 controls but TAB, LF and CR; DEL; C1 controls; LRE RLE PDF LRO RLO; LRI RLI FSI PDI. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this guard refuses
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const mediaTypeOf = (c: Context<AppEnv>) => (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
const isForm = (type: string) => type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded';
export const isJsonType = (type: string) => type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);

/** Paths (`requester.name`, `items.2`) of every string in `value` that holds a forbidden character. */
export function forbiddenTextPaths(value: unknown, path = '', out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (FORBIDDEN_CHARACTERS.test(value)) out.push(path || '_');
  } else if (value !== null && typeof value === 'object' && depth < 64) {
    for (const [k, v] of Object.entries(value)) {
      if (FORBIDDEN_CHARACTERS.test(k)) out.push(path ? `${path}.${k}` : k);
      forbiddenTextPaths(v, path ? `${path}.${k}` : k, out, depth + 1);
    }
  }
  return out;
}

const refuse = (paths: string[]) =>
  new DomainError(400, 'invalid_input', 'invalid_input', {}, Object.fromEntries(paths.slice(0, 50).map((p) => [p, 'control_characters' as MessageKey])));

/** Reads (once; routes reuse the parsed body) and checks the body and query of every request. */
export const inputGuards: MiddlewareHandler<AppEnv> = async (c, next) => {
  const bad: string[] = [];
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (FORBIDDEN_CHARACTERS.test(name) || values.some((v) => FORBIDDEN_CHARACTERS.test(v))) bad.push(name);
  }
  if (BODY_METHODS.has(c.req.method)) {
    const type = mediaTypeOf(c);
    if (isForm(type)) {
      let form: Record<string, unknown>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch {
        throw new DomainError(400, 'invalid_form', 'invalid_form');
      }
      forbiddenTextPaths(form, '', bad);
    } else if (isJsonType(type)) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        body = undefined; // malformed JSON: the route answers `invalid_json`
      }
      forbiddenTextPaths(body, '', bad);
    }
  }
  if (bad.length > 0) throw refuse(bad);
  await next();
};

/**
 * For routes that read JSON: a body of another media type is a 415, never read as `{}` (a
 * `text/plain` post to "mark all read" must not mark everything read). No body at all is `{}`.
 */
export function requireJsonBody(c: Context<AppEnv>): void {
  const type = mediaTypeOf(c);
  if (type === '' && !hasBody(c)) return;
  if (!isJsonType(type)) throw new DomainError(415, 'unsupported_media_type', 'unsupported_media_type');
}

function hasBody(c: Context<AppEnv>): boolean {
  const length = c.req.header('Content-Length');
  if (length !== undefined) return Number(length) > 0;
  return c.req.header('Transfer-Encoding') !== undefined;
}
