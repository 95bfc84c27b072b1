/** The caller's in-app notifications (notifikasi): list, unread count, mark read. */
import { Hono } from 'hono';
import { z } from 'zod';
import { OFFICERS, requireRole } from '../../auth/middleware';
import { listNotifications, markRead, unreadCount } from '../../notifications/inbox';
import { notifyFromAudit } from '../../notifications/notify';
import type { AppEnv } from '../env';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const listQuery = z.object({ before: z.iso.datetime().optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });
const readBody = z.object({ ids: z.array(z.string().max(64)).max(500).optional().describe('Omit to mark all read') });

export const notificationDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/notifications',
    tag: 'notifications',
    auth: true,
    summary: "The caller's notifications, newest first, with the unread count",
    query: listQuery,
    responses: { 200: '{items, nextBefore, unread}', 401: 'Not logged in' },
  },
  {
    method: 'post',
    path: '/api/v1/notifications/read',
    tag: 'notifications',
    auth: true,
    summary: 'Mark notifications read (all when no ids are given)',
    body: readBody,
    responses: { 200: '{marked}', 401: 'Not logged in' },
  },
];

export function notificationRoutes() {
  const app = new Hono<AppEnv>();
  app.use(requireRole(...OFFICERS));

  app.get('/', validate('query', listQuery), async (c) => {
    const deps = c.get('deps');
    const userId = c.get('actor')!.id!;
    await notifyFromAudit(deps);
    const { before, limit } = c.req.valid('query');
    const page = await listNotifications(deps.db, userId, { ...(before ? { before } : {}), limit });
    return c.json({ ...page, unread: await unreadCount(deps.db, userId) });
  });

  app.post('/read', validate('json', readBody), async (c) => {
    const deps = c.get('deps');
    const marked = await markRead(deps, c.get('actor')!.id!, deps.clock().toISOString(), c.req.valid('json').ids);
    return c.json({ marked });
  });
  return app;
}
