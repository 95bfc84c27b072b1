/** @jsxImportSource hono/jsx */
/** Administration pages: users, calendars, the outbox. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';

export function adminPages() {
  return new Hono<AppEnv>();
}
