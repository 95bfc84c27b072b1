/** The caller's in-app notifications (notifikasi): list, unread count, mark read. */
import { z } from '@hono/zod-openapi';
import { OFFICERS, requireRole } from '../../auth/middleware';
import { listNotifications, markRead, unreadCount } from '../../notifications/inbox';
import { notifyFromAudit } from '../../notifications/notify';
import { SESSION, apiRouter, createRoute, errors, instant, json, jsonBody } from './contract';

const listQuery = z.object({ before: z.iso.datetime().optional(), limit: z.coerce.number().int().min(1).max(100).default(50) });
const readBody = z.object({ ids: z.array(z.string().max(64)).max(500).optional().describe('Omit to mark all read') });
const notificationSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('assigned, due_soon, overdue, calendar_review, …'),
    caseId: z.string().nullable(),
    data: z.looseObject({ registrationNumber: z.string().optional() }).describe('What the notification is about: the case number, the unit, the due date, …'),
    createdAt: instant(),
    read: z.boolean(),
  })
  .openapi('Notification');
const officers = { 401: 'Not logged in', 403: 'Not an officer' } as const;
const common = { tags: ['notifications'], security: SESSION };

const listRoute = createRoute({
  ...common,
  method: 'get',
  path: '/',
  operationId: 'listNotifications',
  summary: "The caller's notifications, newest first, with the unread count",
  request: { query: listQuery },
  responses: {
    200: json(
      z.object({
        items: z.array(notificationSchema),
        nextBefore: instant().nullable().describe('Pass as before= for the next page'),
        unread: z.number().int().describe('Counted up to 100'),
      }),
      'A page of notifications',
    ),
    ...errors({ 400: 'Invalid query', ...officers }),
  },
});

const readRoute = createRoute({
  ...common,
  method: 'post',
  path: '/read',
  operationId: 'markNotificationsRead',
  summary: 'Mark notifications read (all when no ids are given)',
  request: { body: jsonBody(readBody) },
  responses: {
    200: json(z.object({ marked: z.number().int() }), 'How many were marked'),
    ...errors({ 400: 'Invalid fields', ...officers, 415: 'Not JSON: a body of another type never marks everything read' }),
  },
});

export function notificationRoutes() {
  const app = apiRouter();
  app.use(requireRole(...OFFICERS));

  app.openapi(listRoute, async (c) => {
    const deps = c.get('deps');
    const userId = c.get('actor')!.id!;
    await notifyFromAudit(deps);
    const { before, limit } = c.req.valid('query');
    const page = await listNotifications(deps.db, userId, { ...(before ? { before } : {}), limit });
    return c.json({ ...page, unread: await unreadCount(deps.db, userId) }, 200);
  });

  app.openapi(readRoute, async (c) => {
    const deps = c.get('deps');
    const marked = await markRead(deps, c.get('actor')!.id!, deps.clock().toISOString(), c.req.valid('json').ids);
    return c.json({ marked }, 200);
  });
  return app;
}
