import { Hono } from 'hono';
import { requireRole } from '../../auth/middleware';
import { verifyAudit } from '../../audit/audit-log';
import type { AppEnv } from '../env';
import type { RouteDoc } from './openapi';

export const auditDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/audit/verify',
    tag: 'audit',
    auth: true,
    summary: 'Walk the hash chain: {ok, events, head} or the first broken link',
    responses: { 200: 'The result of the walk', 403: 'Role may not verify' },
  },
];

export function auditRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/verify', requireRole('admin', 'auditor', 'ppid_utama'), async (c) => c.json(await verifyAudit(c.get('deps').db)));
  return app;
}
