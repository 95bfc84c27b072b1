/** createApp(deps): the Hono app, the same on Node and on Workers. */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { loadSession } from './auth/middleware';
import { DomainError } from './cases/errors';
import type { Deps } from './deps';
import { langFrom } from './i18n';
import { auditDocs, auditRoutes } from './routes/api/audit';
import { authDocs, authRoutes } from './routes/api/auth';
import { caseDocs, caseRoutes } from './routes/api/cases';
import { errorBody, onError } from './routes/api/errors';
import { openApiDocument } from './routes/api/openapi';
import { publicDocs, publicRoutes } from './routes/api/public';
import type { AppEnv } from './routes/env';
import { webRoutes } from './routes/web';

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('lang', langFrom(c.req.header('Accept-Language')));
    await next();
  });
  app.use(secureHeaders());
  app.use(bodyLimit({ maxSize: 12 * 1024 * 1024, onError: () => { throw new DomainError(413, 'too_large', 'too_large'); } }));
  app.use(loadSession);

  const api = new Hono<AppEnv>();
  api.route('/', publicRoutes(() => deps.config.RATE_LIMIT_PER_MINUTE));
  api.route('/auth', authRoutes());
  api.route('/cases', caseRoutes());
  api.route('/audit', auditRoutes());
  const document = openApiDocument([...publicDocs, ...authDocs, ...caseDocs, ...auditDocs]);
  api.get('/openapi.json', (c) => c.json(document));
  api.notFound((c) => c.json(errorBody(c.get('lang'), 'not_found', 'not_found'), 404));
  app.route('/api/v1', api);

  app.get('/health', (c) => c.json({ ok: true }));
  app.use('/public/*', serveStatic({ root: './' }));
  app.route('/', webRoutes());
  app.onError(onError);
  return app;
}
