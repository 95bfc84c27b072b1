/**
 * Interactive API documentation at `/api/docs`: Swagger UI (@hono/swagger-ui renders the page)
 * reading `GET /api/v1/openapi.json`. Everything it loads is served from this origin — the
 * swagger-ui-dist assets from node_modules and a small start script — so the page runs under the
 * site's strict Content-Security-Policy (script-src 'self', no inline script) without an
 * exception and without any CDN. On Workers the two files travel in the bundle as text
 * (wrangler.toml `rules`, src/worker/assets.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { swaggerUI } from '@hono/swagger-ui';
import { Hono } from 'hono';
import type { AppEnv } from '../env';

const ASSETS = '/api/docs/assets';
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/** Swagger UI started from a file, not an inline script: the CSP allows scripts from this origin only. */
const START = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: false,
    tryItOutEnabled: false,
  });
});
`;

let distDir: string | undefined;
const dist = () => (distDir ??= dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json')));
const cache = new Map<string, string>();
/** Where the swagger-ui-dist files come from: node_modules on Node; text modules in the Worker bundle (src/worker/assets.ts). */
let readDist = (file: string) => readFileSync(join(dist(), file), 'utf8');
/** Replaces the files' source (the Workers entry: there is no node_modules to read). */
export const useSwaggerFiles = (files: Record<string, string>) => {
  readDist = (file) => {
    const text = files[file];
    if (text === undefined) throw new Error(`swagger-ui-dist/${file} is not in the bundle`);
    return text;
  };
  cache.clear();
};

export function apiDocsRoutes() {
  const app = new Hono<AppEnv>();
  app.get(
    '/',
    swaggerUI({
      url: '/api/v1/openapi.json',
      title: 'Terbuka API',
      baseUrl: ASSETS,
      manuallySwaggerUIHtml: (asset) =>
        `<div id="swagger-ui"></div>${asset.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}${asset.js
          .map((src) => `<script src="${src}"></script>`)
          .join('')}<script src="${ASSETS}/start.js"></script>`,
    }),
  );
  app.get('/assets/start.js', (c) => c.body(START, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/assets/swagger-ui-dist/:file', (c) => {
    const file = c.req.param('file');
    const type = FILES[file];
    if (!type) return c.notFound();
    let text = cache.get(file);
    if (text === undefined) {
      text = readDist(file);
      cache.set(file, text);
    }
    return c.body(text, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });
  return app;
}
