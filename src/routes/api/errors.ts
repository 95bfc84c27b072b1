/** One error shape for the whole API: `{error: {code, message, fields?}}`, message in the caller's language. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodError, z } from 'zod';
import { DomainError } from '../../cases/errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../../database-unavailable';
import { type Lang, type MessageKey, fieldErrors, t } from '../../i18n';
import type { AppEnv } from '../env';
import { requireJsonBody } from '../input-guards';
import { errorPage } from '../web/error-page';
import { pageLangOf } from '../web/lang';

export function errorBody(lang: Lang, code: string, key: MessageKey, params: Record<string, string | number> = {}, extra: Record<string, unknown> = {}) {
  return { error: { code, message: t(lang, key, params), ...extra } };
}

export function validationError(c: Context<AppEnv>, error: ZodError, input?: unknown) {
  const lang = c.get('lang');
  return c.json(errorBody(lang, 'invalid_input', 'invalid_input', {}, { fields: fieldErrors(error, lang, input) }), 400);
}

/**
 * zValidator with our error shape: a failed parse answers 400 naming every invalid field. A JSON
 * target refuses a body of another media type with 415 first (else hono would validate `{}`).
 */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) => {
  const validator = zValidator(target, schema, (result, c) => {
    if (!result.success) return validationError(c as unknown as Context<AppEnv>, result.error as unknown as ZodError, result.data);
  });
  if (target !== 'json') return validator;
  const jsonOnly: typeof validator = async (c, next) => {
    requireJsonBody(c as unknown as Context<AppEnv>);
    return validator(c, next);
  };
  return jsonOnly;
};

/** An error as the API states it: status, `{error: {code, message, fields?, …}}`, and Retry-After if any. */
export function describeError(err: Error, lang: Lang): { status: ContentfulStatusCode; body: ReturnType<typeof errorBody>; retryAfter?: number } {
  if (err instanceof DomainError) {
    const fields = Object.fromEntries(Object.entries(err.fields).map(([k, key]) => [k, t(lang, key, err.params)]));
    const { retryAfter, ...extra } = err.extra;
    return {
      status: err.status,
      body: errorBody(lang, err.code, err.messageKey, err.params, { ...(Object.keys(fields).length > 0 ? { fields } : {}), ...extra }),
      ...(retryAfter !== undefined ? { retryAfter: Number(retryAfter) } : {}),
    };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const known = HTTP_EXCEPTIONS[status];
    if (known) return { status, body: errorBody(lang, known[0], known[1]) };
    return { status, body: errorBody(lang, 'http_error', 'invalid_input') };
  }
  if (isDatabaseUnavailable(err)) {
    const seconds = DATABASE_RETRY_AFTER_SECONDS;
    return { status: 503, body: errorBody(lang, 'database_unavailable', 'database_unavailable', { seconds }), retryAfter: seconds };
  }
  return { status: 500, body: errorBody(lang, 'internal_error', 'internal_error') };
}

/** hono's own refusals (body limit, malformed JSON, the origin check) in our words. */
const HTTP_EXCEPTIONS: Partial<Record<number, [string, MessageKey]>> = {
  400: ['invalid_json', 'invalid_json'],
  403: ['forbidden', 'cross_origin'],
  413: ['too_large', 'too_large'],
  415: ['unsupported_media_type', 'unsupported_media_type'],
};

/** The API answers errors as JSON; the pages answer them as a page in the site's look. */
export function onError(err: Error, c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'id';
  const { status, body, retryAfter } = describeError(err, lang);
  // A lost database connection is the operator's news, in one line; anything else with its stack.
  if (status === 503) console.error(`database unavailable (${c.req.method} ${c.req.path}): ${(err as { code?: string }).code ?? ''} ${err.message}`);
  else if (status >= 500) console.error(err);
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
  if (isApiPath(c.req.path)) return c.json(body, status);
  const fields = 'fields' in body.error ? Object.values(body.error.fields as Record<string, string>) : [];
  return errorPage(c, status, [body.error.message, ...fields].join(' '));
}

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/** No such route: JSON under /api, a page elsewhere. */
export function onNotFound(c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'id';
  if (isApiPath(c.req.path)) return c.json(errorBody(lang, 'not_found', 'not_found'), 404);
  return errorPage(c, 404, t(pageLangOf(c), 'page_not_found'));
}

/** The JSON body, or a 400 `invalid_json` (never a 500) when it does not parse. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  requireJsonBody(c);
  try {
    return await c.req.json();
  } catch {
    throw new DomainError(400, 'invalid_json', 'invalid_json');
  }
}
