/** createApp(deps): the Hono app, the same on Node and on Workers. */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { contextStorage } from 'hono/context-storage';
import { secureHeaders } from 'hono/secure-headers';
import { loadSession } from './auth/middleware';
import { DomainError } from './cases/errors';
import type { Deps } from './deps';
import { langFrom } from './i18n';
import { onError, onNotFound } from './routes/api/errors';
import { apiWithDocs } from './routes/api';
import { requestIsHttps } from './routes/client';
import type { AppEnv } from './routes/env';
import { inputGuards } from './routes/input-guards';
import { publicRateLimiter, rateLimitStoreFor } from './routes/rate-limit';
import { webRoutes } from './routes/web';
import { auditorPages } from './routes/web/auditor';

/**
 * Refuses bodies over `maxSize` with 413. A declared Content-Length is checked from the header
 * alone; only a chunked body goes through hono's bodyLimit, which reads it through a stream —
 * asking for `c.req.raw.body` makes the Node adapter build a full web Request, a cost every
 * request would otherwise pay (bench/README.md, "filing").
 */
function requestSizeLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () => {
    throw new DomainError(413, 'too_large', 'too_large');
  };
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

/**
 * Headers every response carries: a strict Content-Security-Policy (the pages load scripts,
 * styles and images from this origin only; no inline script or style), a Permissions-Policy that
 * turns off what no page uses, HSTS only on a request that came over HTTPS (a browser ignores it
 * over plain HTTP, and it must not pin a development host), and `Cache-Control: no-store` on
 * every dynamic response that did not choose otherwise — registers, tracking and case data hold
 * personal data and must not sit in a shared or browser cache.
 */
const baseHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  permissionsPolicy: {
    camera: [],
    microphone: [],
    geolocation: [],
    payment: [],
    usb: [],
    fullscreen: ['self'],
    accelerometer: [],
    gyroscope: [],
    magnetometer: [],
    midi: [],
  },
  strictTransportSecurity: false,
});

const transportAndCaching: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (requestIsHttps(c)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  if (!c.res.headers.has('Cache-Control') && !c.req.path.startsWith('/public/')) c.header('Cache-Control', 'no-store');
};

/**
 * `publicFiles` serves /public/* (styles, scripts, images): Node's static files
 * (src/node-public-files.ts) or the Worker's assets (src/worker.ts). Without it, /public/* is not found.
 */
export function createApp(deps: Deps, options: { publicFiles?: MiddlewareHandler } = {}) {
  const app = new Hono<AppEnv>();
  const limiter = publicRateLimiter(deps.clock, rateLimitStoreFor(deps));
  // The request's context for what renders without it in hand (the footer's contact, web/site-contact.tsx).
  app.use(contextStorage());
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('lang', langFrom(c.req.header('Accept-Language')));
    c.set('publicRateLimit', limiter);
    await next();
  });
  app.use(baseHeaders);
  app.use(transportAndCaching);
  app.use(requestSizeLimit(12 * 1024 * 1024));
  app.use(inputGuards);
  app.use(loadSession);

  // The JSON API (/api/v1, contract-first: src/routes/api/contract.ts), its OpenAPI document and /api/docs.
  app.route('/', apiWithDocs(deps.config));

  app.get('/health', (c) => c.json({ ok: true }));
  // Browsers ask for /favicon.ico whatever the page says; the icon is an SVG.
  app.get('/favicon.ico', (c) => c.redirect('/public/favicon.svg', 301));
  if (options.publicFiles) app.use('/public/*', options.publicFiles);
  app.route('/auditor', auditorPages());
  app.route('/', webRoutes());
  app.notFound(onNotFound);
  app.onError(onError);
  return app;
}
