/** @jsxImportSource hono/jsx */
/** The officer workspace (petugas): login, queues, case pages. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';

export function officerPages() {
  return new Hono<AppEnv>();
}
