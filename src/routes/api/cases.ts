/** The officer API: the queue, one case, and sending workflow events. Parse, authorise, call the domain. */
import { Hono } from 'hono';
import { z } from 'zod';
import { OFFICERS, requireRole } from '../../auth/middleware';
import { applyEvent, parseCommand } from '../../cases/apply-event';
import { findCaseInScope } from '../../cases/case.repository';
import { officerCaseView } from '../../cases/case-view';
import { invalidField } from '../../cases/errors';
import { fileRequest } from '../../cases/file-request';
import { officerFilingSchema } from '../../cases/filing.schema';
import { listCases, queueQuerySchema } from '../../cases/queue';
import { commandSchemas, commandTypes } from '../../../workflows/request.events';
import type { AppEnv } from '../env';
import { readJson, validate, validationError } from './errors';
import type { RouteDoc } from './openapi';

const eventBodySchema = z.object({
  type: z.enum(commandTypes),
  expectedVersion: z.number().int().min(1),
}).loose().describe(`Plus the fields of the event: ${commandTypes.map((t) => `${t} ${JSON.stringify(Object.keys((commandSchemas[t] as z.ZodObject).shape ?? { outcome: 1 }))}`).join('; ')}`);

export const caseDocs: RouteDoc[] = [
  { method: 'get', path: '/api/v1/cases', tag: 'officers', auth: true, summary: 'The queue the caller may see, by deadline; cursor pagination', query: queueQuerySchema,
    responses: { 200: '{items, nextCursor}', 401: 'Not logged in' } },
  { method: 'post', path: '/api/v1/cases', tag: 'officers', auth: true, summary: 'Enter a walk-in, letter, phone or e-mail request with its real receipt time', body: officerFilingSchema,
    responses: { 201: 'The receipt', 400: 'Invalid fields', 403: 'Role may not file' } },
  { method: 'get', path: '/api/v1/cases/{id}', tag: 'officers', auth: true, summary: 'One case: request, deadlines with explanations, availableEvents, timeline, documents',
    responses: { 200: 'The case', 404: 'No such case in your scope' } },
  { method: 'post', path: '/api/v1/cases/{id}/events', tag: 'officers', auth: true, summary: 'Send a workflow event', body: commandBodyDoc(),
    responses: { 200: 'The case after the event', 400: 'Invalid fields', 403: 'Role may not act on cases', 404: 'No such case in your scope',
      409: 'event_not_allowed (with error.allowed) or version_conflict' } },
];

function commandBodyDoc() {
  return z.union(commandTypes.map((type) => (commandSchemas[type] as z.ZodType).and(z.object({
    type: z.literal(type), expectedVersion: z.number().int().min(1),
  })))) as unknown as z.ZodType;
}

export function caseRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireRole(...OFFICERS), validate('query', queueQuerySchema), async (c) => {
    return c.json(await listCases(c.get('deps'), c.get('actor')!, c.req.valid('query'), c.get('lang')));
  });

  app.post('/', requireRole('ppid_utama', 'ppid_pelaksana'), validate('json', officerFilingSchema), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const filing = c.req.valid('json');
    const receivedAt = new Date(filing.receivedAt);
    if (receivedAt.getTime() > deps.clock().getTime()) throw invalidField('receivedAt', 'received_in_future');
    const key = c.req.header('Idempotency-Key');
    const result = await fileRequest(deps, { ...filing, unit: filing.unit ?? actor.unit ?? 'PPID' }, {
      channel: filing.channel, receivedAt, enteredBy: actor, lang: c.get('lang'),
      ...(key ? { idempotency: { scope: `officer-filing:${actor.id}`, key, body: filing } } : {}),
    });
    return c.json(result.body, 201);
  });

  app.get('/:id', requireRole(...OFFICERS), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findCaseInScope(deps.db, c.req.param('id'), actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()));
  });

  app.post('/:id/events', requireRole('ppid_utama', 'ppid_pelaksana'), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const body = await readJson(c);
    const parsed = parseCommand(body);
    if (!parsed.ok) {
      if ('unknownType' in parsed) throw invalidField('type', 'unknown_event');
      return validationError(c, parsed.error, body);
    }
    const row = await applyEvent(deps, c.req.param('id'), parsed.command, actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()));
  });

  return app;
}
