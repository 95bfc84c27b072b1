/** The officer API: the queues, one case, workflow events (one case or in bulk), internal notes. Parse, authorise, call the domain. */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { CASE_WORKERS, OFFICERS, requireRole } from '../../auth/middleware';
import { applyEvent, parseCommand } from '../../cases/apply-event';
import { applyBulk, bulkSchema } from '../../cases/bulk';
import { findCaseInScope } from '../../cases/case.repository';
import { officerCaseView } from '../../cases/case-view';
import { invalidField } from '../../cases/errors';
import { officerFilingSchema } from '../../cases/filing.schema';
import { addNote, listNotes, noteSchema } from '../../cases/notes';
import { fileForOfficer } from '../../cases/officer-filing';
import { listCases, queueCounts, queueQuerySchema } from '../../cases/queue';
import { commandSchemas, commandTypes } from '../../../workflows/request.events';
import type { AppEnv } from '../env';
import { readJson, validate, validationError } from './errors';
import type { RouteDoc } from './openapi';

export const caseDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/cases',
    tag: 'officers',
    auth: true,
    summary: 'A queue the caller may see, by deadline (a search: newest first); cursor pagination',
    query: queueQuerySchema,
    responses: { 200: '{queue, items, nextCursor}; each item with workingDaysLeft', 400: 'Invalid filter', 401: 'Not logged in' },
  },
  {
    method: 'get',
    path: '/api/v1/cases/queues',
    tag: 'officers',
    auth: true,
    summary: "The caller's queues with their counts (capped: more = true)",
    responses: { 200: '{items: [{queue, count, more}]}', 401: 'Not logged in' },
  },
  {
    method: 'post',
    path: '/api/v1/cases/bulk',
    tag: 'officers',
    auth: true,
    summary: 'ASSIGN or EXTEND several cases; each goes through its own workflow with its own expectedVersion',
    body: bulkSchema,
    responses: { 200: '{results: [{id, ok, …}]}', 400: 'Invalid fields', 401: 'Not logged in', 403: 'Role may not act on cases' },
  },
  {
    method: 'post',
    path: '/api/v1/cases',
    tag: 'officers',
    auth: true,
    summary: 'Enter a walk-in, letter, phone or e-mail request with its real receipt time',
    body: officerFilingSchema,
    responses: { 201: 'The receipt', 400: 'Invalid fields', 403: 'Role may not file' },
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}',
    tag: 'officers',
    auth: true,
    summary: 'One case: request, deadlines with explanations, availableEvents, timeline, documents',
    responses: { 200: 'The case', 404: 'No such case in your scope' },
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/events',
    tag: 'officers',
    auth: true,
    summary: 'Send a workflow event',
    body: commandBodyDoc(),
    responses: {
      200: 'The case after the event',
      400: 'Invalid fields',
      403: 'Role may not act on cases',
      404: 'No such case in your scope',
      409: 'event_not_allowed (with error.allowed) or version_conflict',
    },
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/notes',
    tag: 'officers',
    auth: true,
    summary: 'Internal notes on a case',
    responses: { 200: '{items}', 401: 'Not logged in', 403: 'Role may not read notes', 404: 'No such case in your scope' },
  },
  {
    method: 'post',
    path: '/api/v1/cases/{id}/notes',
    tag: 'officers',
    auth: true,
    summary: 'Add an internal note',
    body: noteSchema,
    responses: { 201: 'The note', 400: 'Empty note', 401: 'Not logged in', 403: 'Role may not write notes', 404: 'No such case in your scope' },
  },
];

function commandBodyDoc() {
  return z.union(
    commandTypes.map((type) =>
      (commandSchemas[type] as z.ZodType).and(
        z.object({
          type: z.literal(type),
          expectedVersion: z.number().int().min(1),
        }),
      ),
    ),
  ) as unknown as z.ZodType;
}

export function caseRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireRole(...OFFICERS), validate('query', queueQuerySchema), async (c) => {
    return c.json(await listCases(c.get('deps'), c.get('actor')!, c.req.valid('query'), c.get('lang')));
  });

  app.get('/queues', requireRole(...OFFICERS), async (c) => c.json({ items: await queueCounts(c.get('deps'), c.get('actor')!) }));

  app.post('/bulk', requireRole(...CASE_WORKERS), validate('json', bulkSchema), async (c) => {
    const outcome = await applyBulk(c.get('deps'), c.get('actor')!, c.req.valid('json'), c.get('lang'));
    if (!outcome.ok) {
      if ('unknownType' in outcome.parsed) throw invalidField('type', 'unknown_event');
      return validationError(c, outcome.parsed.error);
    }
    return c.json({ results: outcome.results });
  });

  app.post('/', requireRole(...CASE_WORKERS), validate('json', officerFilingSchema), async (c) => {
    const result = await fileForOfficer(c.get('deps'), c.get('actor')!, c.req.valid('json'), c.get('lang'), c.req.header('Idempotency-Key'));
    return c.json(result.body, 201);
  });

  app.get('/:id', requireRole(...OFFICERS), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findCaseInScope(deps.db, c.req.param('id'), actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()));
  });

  // A case outside the caller's scope is a 404 before anything else is looked at.
  const caseInScope: MiddlewareHandler<AppEnv> = async (c, next) => {
    await findCaseInScope(c.get('deps').db, c.req.param('id')!, c.get('actor')!);
    await next();
  };

  app.post('/:id/events', requireRole(...CASE_WORKERS), caseInScope, async (c) => {
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

  app.get('/:id/notes', requireRole(...CASE_WORKERS), caseInScope, async (c) => c.json({ items: await listNotes(c.get('deps'), c.req.param('id')) }));

  app.post('/:id/notes', requireRole(...CASE_WORKERS), caseInScope, validate('json', noteSchema), async (c) => {
    const note = await addNote(c.get('deps'), c.req.param('id'), c.get('actor')!, c.req.valid('json').body);
    return c.json(note, 201);
  });

  return app;
}
