/**
 * `POST /api/v1/requests/recover` (public): a lost tracking code. The answer is the same whether
 * or not the number and the e-mail address match (src/cases/recover-tracking-code.ts); behind the
 * public rate limit.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { recoverTrackingCode, recoverySchema } from '../../cases/recover-tracking-code';
import { publicRateLimit } from '../rate-limit';
import { apiRouter, errorSchema } from './contract';
import { t } from '../../i18n';

const route = createRoute({
  method: 'post',
  path: '/',
  operationId: 'recoverTrackingCode',
  tags: ['public'],
  summary: 'Ask for a new tracking code: it is e-mailed to the address on file when the number and the address match; the answer is the same either way',
  security: [],
  middleware: [publicRateLimit] as const,
  request: { body: { required: true, content: { 'application/json': { schema: recoverySchema } } } },
  responses: {
    202: {
      description: 'Taken; a new code was sent if the number and the e-mail address match',
      content: { 'application/json': { schema: z.object({ status: z.literal('accepted'), message: z.string() }) } },
    },
    400: { description: 'Field errors', content: { 'application/json': { schema: errorSchema } } },
    429: { description: 'Too many requests from this client', content: { 'application/json': { schema: errorSchema } } },
  },
});

export function recoverRoutes() {
  const app = apiRouter();
  app.openapi(route, async (c) => {
    await recoverTrackingCode(c.get('deps'), c.req.valid('json'));
    const message = t(c.get('lang'), 'api.if_registration_number_and_e_mail');
    return c.json({ status: 'accepted' as const, message }, 202);
  });
  return app;
}
