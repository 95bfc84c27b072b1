/** @jsxImportSource hono/jsx */
/** Administration pages: users, calendars, the outbox, the PPID's contact. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { calendarAdminPages } from './calendars';
import { contactAdminPages } from './contact';
import { outboxPages } from './outbox';
import { unitAdminPages } from './units';
import { userAdminPages } from './users';

export function adminPages() {
  const app = new Hono<AppEnv>();
  // The administration's front door: its first page (each page checks the role itself).
  app.get('/', (c) => c.redirect('/admin/pengguna', 303));
  app.route('/outbox', outboxPages());
  app.route('/kalender', calendarAdminPages());
  app.route('/pengguna', userAdminPages());
  app.route('/kontak', contactAdminPages());
  app.route('/unit', unitAdminPages());
  return app;
}
