/** Registers (register keberatan; kip-rules §2.7): JSON, CSV. Body-level roles only. */
import { Hono } from 'hono';
import { requireRole } from '../../auth/middleware';
import { DomainError } from '../../cases/errors';
import { REGISTER_COLUMNS, objectionRegister, registerCsv, registerPeriod, registerQuerySchema } from '../../objections/register';
import type { AppEnv } from '../env';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

export const registerDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/registers/objections',
    tag: 'registers',
    auth: true,
    query: registerQuerySchema,
    summary:
      'The objection register (register keberatan) for objections received from–to (local dates): columns (a)–(k) of the standard form, the deadline, overdue and late flags and the dispute. Identity columns only for roles that may read personal data',
    responses: {
      200: 'JSON {from, to, columns, items} or text/csv',
      400: 'Invalid dates',
      403: 'Role may not read the register',
      409: 'format=pdf is not available yet',
    },
  },
];

export function registerRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/objections', requireRole('ppid_utama', 'atasan', 'auditor'), validate('query', registerQuerySchema), async (c) => {
    const deps = c.get('deps');
    const query = c.req.valid('query');
    const lang = c.get('lang');
    const period = await registerPeriod(deps, query);
    const rows = await objectionRegister(deps.db, period, c.get('actor')!, lang, deps.clock(), period.timeZone);
    if (query.format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="register-keberatan-${period.from}-${period.to}.csv"`);
      return c.body(registerCsv(rows, lang));
    }
    if (query.format === 'pdf') throw new DomainError(409, 'format_unavailable', 'format_unavailable');
    return c.json({ from: period.from, to: period.to, columns: REGISTER_COLUMNS, items: rows });
  });

  return app;
}
