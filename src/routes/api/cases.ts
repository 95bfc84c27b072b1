/** The officer API: the queues, one case, workflow events (one case or in bulk), internal notes. Parse, authorise, call the domain. */
import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
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
import { SESSION, apiRouter, createRoute, errors, instant, json, jsonBody, localDate, parsedByHandler, pathParams } from './contract';
import { readJson, validationError } from './errors';
import { commandBody, officerCaseSchema, receiptSchema } from './schemas';

const queueItemSchema = z
  .object({
    id: z.string(),
    registrationNumber: z.string(),
    version: z.number().int(),
    status: z.string(),
    statusLabel: z.string(),
    overdue: z.boolean(),
    extended: z.boolean(),
    outcome: z.string().nullable(),
    channel: z.string(),
    receivedAt: instant(),
    receivedUnit: z.string(),
    assignedUnit: z.string().nullable(),
    noticeDue: localDate(),
    noticeDueAt: instant(),
    jakartaDue: localDate().nullable().describe('A mission’s request: the notice due date on the Jakarta calendar (kip-rules §5.4)'),
    firstDue: z.object({ due: localDate(), dueAt: instant(), calendar: z.string() }).describe('Whichever comes first: what the queue sorts and alerts on'),
    open: z.boolean(),
    workingDaysLeft: z.number().int().nullable().describe('Working days to the first due date; negative once past; null when not open'),
    information: z.string(),
  })
  .openapi('QueueItem');
const queueSchema = z.object({
  queue: z.string(),
  items: z.array(queueItemSchema),
  nextCursor: z.string().nullable().describe('Pass as cursor= for the next page; null on the last'),
  prevCursor: z.string().nullable().describe('Pass as before= for the page before; null on the first (the first page: neither)'),
  position: z
    .object({
      from: z.number().int().describe('Place of the first item in the list, from 1 (0 when empty)'),
      to: z.number().int(),
      total: z.number().int().describe('How many the list holds, counted up to 1000'),
      more: z.boolean().describe('The count reached 1000: there may be more'),
    })
    .describe('Where this page sits: "21–40 of 312"'),
});
const bulkResultSchema = z.union([
  z.object({ id: z.string(), ok: z.literal(true), registrationNumber: z.string(), status: z.string(), version: z.number().int() }),
  z.object({ id: z.string(), ok: z.literal(false), code: z.string(), message: z.string(), allowed: z.array(z.string()).optional() }),
]);
const noteViewSchema = z.object({ id: z.string(), body: z.string(), createdAt: instant() });
const idParam = pathParams('id');
const caseRoles = { 401: 'Not logged in', 403: 'Role may not act on cases' } as const;

// A case outside the caller's scope is a 404 before anything else is looked at.
const caseInScope: MiddlewareHandler<AppEnv> = async (c, next) => {
  await findCaseInScope(c.get('deps').db, c.req.param('id')!, c.get('actor')!);
  await next();
};

const listRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listCases',
  tags: ['officers'],
  security: SESSION,
  summary: 'A queue the caller may see, by deadline (a search: newest first); cursor pagination',
  middleware: [requireRole(...OFFICERS)] as const,
  request: { query: queueQuerySchema },
  responses: {
    200: json(queueSchema, 'The queue; each item with workingDaysLeft'),
    ...errors({ 400: 'Invalid filter', 401: 'Not logged in', 403: 'Not an officer' }),
  },
});

const queuesRoute = createRoute({
  method: 'get',
  path: '/queues',
  operationId: 'listQueues',
  tags: ['officers'],
  security: SESSION,
  summary: "The caller's queues with their counts (capped: more = true)",
  middleware: [requireRole(...OFFICERS)] as const,
  responses: {
    200: json(z.object({ items: z.array(z.object({ queue: z.string(), count: z.number().int(), more: z.boolean() })) }), 'The queues'),
    ...errors({ 401: 'Not logged in', 403: 'Not an officer' }),
  },
});

const bulkRoute = createRoute({
  method: 'post',
  path: '/bulk',
  operationId: 'applyBulkEvent',
  tags: ['officers'],
  security: SESSION,
  summary: 'ASSIGN or EXTEND several cases; each goes through its own workflow with its own expectedVersion',
  middleware: [requireRole(...CASE_WORKERS)] as const,
  request: { body: jsonBody(bulkSchema) },
  responses: {
    200: json(z.object({ results: z.array(bulkResultSchema) }), 'One result per case, in order: ok, or the error code and message'),
    ...errors({ 400: 'Invalid fields', ...caseRoles, 415: 'Not JSON' }),
  },
});

const fileRoute = createRoute({
  method: 'post',
  path: '/',
  operationId: 'fileRequestForRequester',
  tags: ['officers'],
  security: SESSION,
  summary: 'Enter a walk-in, letter, phone or e-mail request with its real receipt time; send an Idempotency-Key header',
  middleware: [requireRole(...CASE_WORKERS)] as const,
  request: { body: jsonBody(officerFilingSchema) },
  responses: {
    201: json(receiptSchema, 'The receipt'),
    ...errors({
      400: 'Invalid fields (also a receipt time in the future)',
      401: 'Not logged in',
      403: 'Role may not file',
      409: 'Idempotency-Key reused',
      415: 'Not JSON',
    }),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{id}',
  operationId: 'getCase',
  tags: ['officers'],
  security: SESSION,
  summary: 'One case: request, deadlines with explanations, availableEvents, timeline, documents',
  middleware: [requireRole(...OFFICERS)] as const,
  request: { params: idParam },
  responses: { 200: json(officerCaseSchema, 'The case'), ...errors({ 401: 'Not logged in', 403: 'Not an officer', 404: 'No such case in your scope' }) },
});

const eventRoute = createRoute({
  method: 'post',
  path: '/{id}/events',
  operationId: 'applyCaseEvent',
  tags: ['officers'],
  security: SESSION,
  summary: 'Send a workflow event: {type, expectedVersion, …the event’s fields}',
  middleware: [requireRole(...CASE_WORKERS), caseInScope] as const,
  request: { params: idParam, body: parsedByHandler(commandBody(commandTypes, commandSchemas)) },
  responses: {
    200: json(officerCaseSchema, 'The case after the event'),
    ...errors({
      400: 'Invalid fields (an unknown type is a field error on type)',
      ...caseRoles,
      404: 'No such case in your scope',
      409: 'event_not_allowed (with error.allowed) or version_conflict',
      415: 'Not JSON',
    }),
  },
});

const notesRoute = createRoute({
  method: 'get',
  path: '/{id}/notes',
  operationId: 'listCaseNotes',
  tags: ['officers'],
  security: SESSION,
  summary: 'Internal notes on a case',
  middleware: [requireRole(...CASE_WORKERS), caseInScope] as const,
  request: { params: idParam },
  responses: {
    200: json(z.object({ items: z.array(noteViewSchema.extend({ author: z.string(), authorUsername: z.string() })) }), 'The notes, oldest first'),
    ...errors({ 401: 'Not logged in', 403: 'Role may not read notes', 404: 'No such case in your scope' }),
  },
});

const addNoteRoute = createRoute({
  method: 'post',
  path: '/{id}/notes',
  operationId: 'addCaseNote',
  tags: ['officers'],
  security: SESSION,
  summary: 'Add an internal note',
  middleware: [requireRole(...CASE_WORKERS), caseInScope] as const,
  request: { params: idParam, body: jsonBody(noteSchema) },
  responses: {
    201: json(noteViewSchema, 'The note'),
    ...errors({ 400: 'Empty note', 401: 'Not logged in', 403: 'Role may not write notes', 404: 'No such case in your scope', 415: 'Not JSON' }),
  },
});

export function caseRoutes() {
  const app = apiRouter();

  app.openapi(listRoute, async (c) => c.json(await listCases(c.get('deps'), c.get('actor')!, c.req.valid('query'), c.get('lang')), 200));

  app.openapi(queuesRoute, async (c) => c.json({ items: await queueCounts(c.get('deps'), c.get('actor')!) }, 200));

  app.openapi(bulkRoute, async (c) => {
    const outcome = await applyBulk(c.get('deps'), c.get('actor')!, c.req.valid('json'), c.get('lang'));
    if (!outcome.ok) {
      if ('unknownType' in outcome.parsed) throw invalidField('type', 'unknown_event');
      return validationError(c, outcome.parsed.error);
    }
    return c.json({ results: outcome.results }, 200);
  });

  app.openapi(fileRoute, async (c) => {
    const result = await fileForOfficer(c.get('deps'), c.get('actor')!, c.req.valid('json'), c.get('lang'), c.req.header('Idempotency-Key'));
    return c.json(result.body, 201);
  });

  app.openapi(getRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findCaseInScope(deps.db, c.req.valid('param').id, actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()), 200);
  });

  app.openapi(eventRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const body = await readJson(c);
    const parsed = parseCommand(body);
    if (!parsed.ok) {
      if ('unknownType' in parsed) throw invalidField('type', 'unknown_event');
      return validationError(c, parsed.error, body);
    }
    const row = await applyEvent(deps, c.req.valid('param').id, parsed.command, actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()), 200);
  });

  app.openapi(notesRoute, async (c) => c.json({ items: await listNotes(c.get('deps'), c.req.valid('param').id) }, 200));

  app.openapi(addNoteRoute, async (c) => {
    const note = await addNote(c.get('deps'), c.req.valid('param').id, c.get('actor')!, c.req.valid('json').body);
    return c.json(note, 201);
  });

  return app;
}
