/** createApp(deps): the Hono app, the same on Node and on Workers. */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { loadSession } from './auth/middleware';
import { DomainError } from './cases/errors';
import type { Deps } from './deps';
import { langFrom } from './i18n';
import { auditDocs, auditRoutes } from './routes/api/audit';
import { authDocs, authRoutes } from './routes/api/auth';
import { calendarDocs, calendarRoutes } from './routes/api/calendars';
import { caseDocs, caseRoutes } from './routes/api/cases';
import { documentDocs, documentRoutes } from './routes/api/documents';
import { errorBody, onError } from './routes/api/errors';
import { multipartFilingRoutes } from './routes/api/filing-multipart';
import { notificationDocs, notificationRoutes } from './routes/api/notifications';
import { exemptionDocs, exemptionRoutes } from './routes/api/exemptions';
import { objectionDocs, objectionRoutes } from './routes/api/objections';
import { openApiDocument } from './routes/api/openapi';
import { publicDocs, publicRoutes } from './routes/api/public';
import { registerDocs, registerRoutes } from './routes/api/registers';
import { userDocs, userRoutes } from './routes/api/users';
import type { AppEnv } from './routes/env';
import { webRoutes } from './routes/web';

/**
 * Refuses bodies over `maxSize` with 413. A declared Content-Length is checked from the header
 * alone; only a chunked body goes through hono's bodyLimit, which reads it through a stream —
 * asking for `c.req.raw.body` makes the Node adapter build a full web Request, a cost every
 * request would otherwise pay (bench/README.md, "filing").
 */
function requestSizeLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () => { throw new DomainError(413, 'too_large', 'too_large'); };
  const streamed = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxSize ? tooLarge() : next();
    }
    return streamed(c, next);
  };
}

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('lang', langFrom(c.req.header('Accept-Language')));
    await next();
  });
  app.use(secureHeaders());
  app.use(requestSizeLimit(12 * 1024 * 1024));
  app.use(loadSession);

  const api = new Hono<AppEnv>();
  // A multipart filing (with an identity-document scan) is handled first; JSON passes through to publicRoutes.
  api.route('/', multipartFilingRoutes(() => deps.config.RATE_LIMIT_PER_MINUTE));
  api.route('/', publicRoutes(() => deps.config.RATE_LIMIT_PER_MINUTE));
  api.route('/auth', authRoutes());
  api.route('/', documentRoutes(() => deps.config.RATE_LIMIT_PER_MINUTE));
  api.route('/cases', caseRoutes());
  api.route('/audit', auditRoutes());
  api.route('/calendars', calendarRoutes());
  api.route('/', objectionRoutes(() => deps.config.RATE_LIMIT_PER_MINUTE));
  api.route('/registers', registerRoutes());
  api.route('/', exemptionRoutes());
  api.route('/users', userRoutes());
  api.route('/notifications', notificationRoutes());
  const document = openApiDocument([...publicDocs, ...authDocs, ...caseDocs, ...auditDocs, ...calendarDocs, ...documentDocs,
    ...objectionDocs, ...registerDocs, ...exemptionDocs, ...userDocs, ...notificationDocs]);
  api.get('/openapi.json', (c) => c.json(document));
  api.notFound((c) => c.json(errorBody(c.get('lang'), 'not_found', 'not_found'), 404));
  app.route('/api/v1', api);

  app.get('/health', (c) => c.json({ ok: true }));
  app.use('/public/*', serveStatic({ root: './' }));
  app.route('/', webRoutes());
  app.onError(onError);
  return app;
}
