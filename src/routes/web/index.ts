/** The server-rendered pages (hono/jsx): the public site, the officer workspace and administration. */
import { Hono, type MiddlewareHandler } from 'hono';
import { isApiPath } from '../api/errors';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../env';
import { adminPages } from './admin';
import { auditorCasePages } from './auditor/case-view';
import { auditorRegisterPages } from './auditor/register-pages';
import { pageLang } from './lang';
import { deadlineCalculatorPages } from './public/deadline-calculator';
import { officerPages } from './officer';
import { publicPages } from './public';
import { dikPages } from './public/dik';
import { dipPages } from './public/dip';
import { objectionPages } from './public/objection';
import { verifyDocumentPages } from './public/verify-document';
import { integrityPages } from './auditor/integrity';

export function webRoutes() {
  const app = new Hono<AppEnv>();
  // The pages' middleware stays off the API's paths, which fall through here only to be not found.
  const pagesOnly =
    (mw: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
    (c, next) =>
      isApiPath(c.req.path) ? next() : mw(c, next);
  app.use(pagesOnly(pageLang));
  // Form posts must come from our own origin (CSRF); the officer forms also carry a session-bound token.
  app.use(pagesOnly(csrf()));
  app.route('/', publicPages());
  app.route('/', deadlineCalculatorPages());
  app.route('/', objectionPages());
  app.route('/', dikPages());
  app.route('/', dipPages());
  app.route('/', verifyDocumentPages());
  app.route('/petugas', officerPages());
  app.route('/admin', adminPages());
  app.route('/auditor', integrityPages());
  // The auditor's registers and read-only case views (the workspace home /auditor is its own page).
  app.route('/auditor', auditorRegisterPages());
  app.route('/auditor', auditorCasePages());
  return app;
}
