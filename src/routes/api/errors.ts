/** One error shape for the whole API: `{error: {code, message, fields?}}`, message in the caller's language. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodError, z } from 'zod';
import { DomainError } from '../../cases/errors';
import { type Lang, type MessageKey, fieldErrors, t } from '../../i18n';
import type { AppEnv } from '../env';

export function errorBody(lang: Lang, code: string, key: MessageKey, params: Record<string, string | number> = {}, extra: Record<string, unknown> = {}) {
  return { error: { code, message: t(lang, key, params), ...extra } };
}

export function validationError(c: Context<AppEnv>, error: ZodError, input?: unknown) {
  const lang = c.get('lang');
  return c.json(errorBody(lang, 'invalid_input', 'invalid_input', {}, { fields: fieldErrors(error, lang, input) }), 400);
}

/** zValidator with our error shape: a failed parse answers 400 naming every invalid field. */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success) return validationError(c as unknown as Context<AppEnv>, result.error as unknown as ZodError, result.data);
  });

export function onError(err: Error, c: Context<AppEnv>) {
  const lang = c.get('lang') ?? 'id';
  if (err instanceof DomainError) {
    const fields = Object.fromEntries(Object.entries(err.fields).map(([k, key]) => [k, t(lang, key, err.params)]));
    const { retryAfter, ...extra } = err.extra;
    if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
    return c.json(errorBody(lang, err.code, err.messageKey, err.params, {
      ...(Object.keys(fields).length > 0 ? { fields } : {}), ...extra,
    }), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    if (status === 413) return c.json(errorBody(lang, 'too_large', 'too_large'), 413);
    if (status === 400) return c.json(errorBody(lang, 'invalid_json', 'invalid_json'), 400);
    return c.json({ error: { code: 'http_error', message: err.message } }, status);
  }
  console.error(err);
  return c.json({ error: { code: 'internal_error', message: lang === 'id' ? 'Terjadi kesalahan pada server.' : 'Something went wrong on the server.' } }, 500);
}

/** The JSON body, or a 400 `invalid_json` (never a 500) when it does not parse. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new DomainError(400, 'invalid_json', 'invalid_json');
  }
}
