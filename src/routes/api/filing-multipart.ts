/**
 * `POST /api/v1/requests` as `multipart/form-data` (api.md: the public form may post it, with an
 * identity-document scan): the same fields as the web form (`requester.name`, …, `information`,
 * `identityDocumentKind`, file `identityDocument`), the same schema, idempotency (`Idempotency-Key`)
 * and receipt as the JSON route. A JSON body passes through to the JSON route.
 */
import { Hono } from 'hono';
import { invalidField } from '../../cases/errors';
import { fileRequest } from '../../cases/file-request';
import type { AppEnv } from '../env';
import { publicRateLimit } from '../rate-limit';
import { readFilingSubmission } from '../web/public/filing-input';
import { errorBody } from './errors';

export function multipartFilingRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/requests', async (c, next) => {
    if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('multipart/form-data')) return next();
    await publicRateLimit(c, async () => {});
    const deps = c.get('deps');
    const lang = c.get('lang');
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && (key.length < 8 || key.length > 200)) throw invalidField('Idempotency-Key', 'invalid_format');

    const { filing, errors, identityDocument } = await readFilingSubmission(await c.req.parseBody(), lang);
    if (!filing || Object.keys(errors).length > 0) return c.json(errorBody(lang, 'invalid_input', 'invalid_input', {}, { fields: errors }), 400);

    const result = await fileRequest(deps, filing, {
      channel: 'web',
      receivedAt: deps.clock(),
      enteredBy: { kind: 'requester', id: null, role: 'requester', unit: null },
      lang,
      ...(key
        ? {
            idempotency: {
              scope: 'filing',
              key,
              body: { filing, identityDocument: identityDocument ? { kind: identityDocument.kind, sha256: identityDocument.sha256 } : null },
            },
          }
        : {}),
      ...(identityDocument ? { identityDocument } : {}),
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result.body, 201);
  });

  return app;
}
