/** The server-rendered pages (hono/jsx): the public site, the officer workspace and administration. */
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppEnv } from '../env';
import { adminPages } from './admin';
import { pageLang } from './lang';
import { deadlineCalculatorPages } from './public/deadline-calculator';
import { officerPages } from './officer';
import { publicPages } from './public';
import { dikPages } from './public/dik';
import { dipPages } from './public/dip';
import { objectionPages } from './public/objection';

export function webRoutes() {
  const app = new Hono<AppEnv>();
  app.use(pageLang);
  // Form posts must come from our own origin (CSRF); the officer forms also carry a session-bound token.
  app.use(csrf());
  app.route('/', publicPages());
  app.route('/', deadlineCalculatorPages());
  app.route('/', objectionPages());
  app.route('/', dikPages());
  app.route('/', dipPages());
  app.route('/petugas', officerPages());
  app.route('/admin', adminPages());
  return app;
}
