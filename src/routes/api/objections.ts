/**
 * Objections (keberatan) and disputes (sengketa): the requester files with the tracking code; the
 * atasan PPID and the PPID Utama work them through the objection workflow. Parse, authorise, call.
 */
import { z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { findCaseByNumber } from '../../cases/case.repository';
import { invalidField } from '../../cases/errors';
import { trackedCase } from '../../cases/tracked-case';
import { applyObjectionEvent, parseObjectionCommand } from '../../objections/apply-objection-event';
import { fileObjection } from '../../objections/file-objection';
import { OBJECTION_READERS, findObjection } from '../../objections/objection.repository';
import { objectionFilingSchema, objectionReceiptSchema, officerObjectionSchema as officerFilingSchema } from '../../objections/objection.schema';
import { officerObjectionView } from '../../objections/objection-view';
import { listObjections, objectionQuerySchema } from '../../objections/queue';
import { objectionCommandSchemas, objectionCommandTypes } from '../../../workflows/objection.events';
import { publicRateLimit } from '../rate-limit';
import { PUBLIC, SESSION, apiRouter, createRoute, errors, instant, json, jsonBody, localDate, parsedByHandler, pathParams } from './contract';
import { readJson, validationError } from './errors';
import { commandBody, officerObjectionSchema } from './schemas';

const trackQuery = z.object({ code: z.string().max(64).optional() });
const receipt = objectionReceiptSchema.openapi('ObjectionReceipt');
const queueItemSchema = z
  .object({
    id: z.string(),
    objectionNumber: z.string(),
    caseId: z.string(),
    registrationNumber: z.string(),
    version: z.number().int(),
    status: z.string(),
    statusLabel: z.string(),
    disputeStage: z.string().nullable(),
    disputeStageLabel: z.string().nullable(),
    grounds: z.array(z.string()),
    late: z.boolean(),
    overdue: z.boolean(),
    outcome: z.string().nullable(),
    outcomeLabel: z.string().nullable(),
    receivedAt: instant(),
    responseDue: localDate(),
    responseDueAt: instant(),
    workingDaysLeft: z.number().int().nullable(),
  })
  .openapi('ObjectionQueueItem');
const idParam = pathParams('id');

const fileRoute = createRoute({
  method: 'post',
  path: '/requests/{number}/objections',
  operationId: 'fileObjection',
  tags: ['public'],
  security: PUBLIC,
  summary: 'File an objection (keberatan, UU 14/2008 Art. 35) with the tracking code (or header X-Tracking-Code); send an Idempotency-Key header',
  middleware: [publicRateLimit] as const,
  request: { params: pathParams('number'), query: trackQuery, body: parsedByHandler(objectionFilingSchema) },
  responses: {
    201: json(receipt, 'The objection receipt'),
    ...errors({
      400: 'Invalid fields (grounds a–g, reason)',
      404: 'Unknown number or wrong code (checked before the body)',
      409: 'objection_not_open (not decided nor overdue), objection_already_filed, or Idempotency-Key reused',
      415: 'Not JSON',
      429: 'Rate limited',
    }),
  },
});

const enterRoute = createRoute({
  method: 'post',
  path: '/objections',
  operationId: 'enterObjection',
  tags: ['objections'],
  security: SESSION,
  summary: 'Enter an objection received by letter, in person, by e-mail or phone, with its real receipt time',
  middleware: [requireRole('ppid_utama', 'atasan')] as const,
  request: { body: jsonBody(officerFilingSchema) },
  responses: {
    201: json(receipt, 'The objection receipt'),
    ...errors({
      400: 'Invalid fields (also an unknown request number, a receipt time in the future)',
      401: 'Not logged in',
      403: 'Role may not enter objections',
      409: 'objection_not_open or objection_already_filed',
      415: 'Not JSON',
    }),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/objections',
  operationId: 'listObjections',
  tags: ['objections'],
  security: SESSION,
  summary: "The objection queue, by the atasan PPID's response deadline; cursor pagination",
  middleware: [requireRole(...OBJECTION_READERS)] as const,
  request: { query: objectionQuerySchema },
  responses: {
    200: json(z.object({ items: z.array(queueItemSchema), nextCursor: z.string().nullable() }), 'The queue'),
    ...errors({ 400: 'Invalid filter', 401: 'Not logged in', 403: 'Role may not read objections' }),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/objections/{id}',
  operationId: 'getObjection',
  tags: ['objections'],
  security: SESSION,
  summary:
    "One objection: grounds, the request, the PPID's notice, consequence tests, deadlines with explanations, the dispute, availableEvents and availableStages",
  middleware: [requireRole(...OBJECTION_READERS)] as const,
  request: { params: idParam },
  responses: {
    200: json(officerObjectionSchema, 'The objection'),
    ...errors({ 401: 'Not logged in', 403: 'Role may not read objections', 404: 'No such objection' }),
  },
});

const eventRoute = createRoute({
  method: 'post',
  path: '/objections/{id}/events',
  operationId: 'applyObjectionEvent',
  tags: ['objections'],
  security: SESSION,
  summary:
    'Send an objection or dispute event: DECIDE_OBJECTION {outcome, reasons, instruction}, RECORD_DISPUTE {commission, registrationNumber, filedOn}, RECORD_DISPUTE_STAGE {stage, on, …}, …',
  middleware: [requireRole('atasan', 'ppid_utama')] as const,
  request: { params: idParam, body: parsedByHandler(commandBody(objectionCommandTypes, objectionCommandSchemas)) },
  responses: {
    200: json(officerObjectionSchema, 'The objection after the event'),
    ...errors({
      400: 'Invalid fields (also a dispute filed before the decision, a stage dated before the previous one or in the future)',
      401: 'Not logged in',
      403: 'Role may not act on objections',
      404: 'No such objection',
      409: 'event_not_allowed (with error.allowed), stage_not_allowed / mediation_not_allowed (with error.allowedStages), or version_conflict',
      415: 'Not JSON',
    }),
  },
});

export function objectionRoutes() {
  const app = apiRouter();

  app.openapi(fileRoute, async (c) => {
    const deps = c.get('deps');
    const row = await trackedCase(deps, c.req.valid('param').number, c.req.valid('query').code ?? c.req.header('X-Tracking-Code'));
    const parsed = objectionFilingSchema.safeParse(await readJson(c));
    if (!parsed.success) return validationError(c, parsed.error);
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && (key.length < 8 || key.length > 200)) throw invalidField('Idempotency-Key', 'invalid_format');
    const result = await fileObjection(deps, row, parsed.data, {
      channel: 'web',
      receivedAt: deps.clock(),
      lang: c.get('lang'),
      enteredBy: { kind: 'requester', id: null, role: 'requester', unit: null },
      ...(key ? { idempotency: { scope: `objection:${row.id}`, key, body: parsed.data } } : {}),
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result.body, 201);
  });

  app.openapi(enterRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const { registrationNumber, channel, receivedAt, ...filing } = c.req.valid('json');
    const received = new Date(receivedAt);
    if (received.getTime() > deps.clock().getTime()) throw invalidField('receivedAt', 'received_in_future');
    const row = await findCaseByNumber(deps.db, registrationNumber);
    if (!row) throw invalidField('registrationNumber', 'not_found');
    const key = c.req.header('Idempotency-Key');
    const result = await fileObjection(deps, row, filing, {
      channel,
      receivedAt: received,
      enteredBy: actor,
      lang: row.lang === 'en' ? 'en' : 'id',
      ...(key ? { idempotency: { scope: `officer-objection:${actor.id}`, key, body: c.req.valid('json') } } : {}),
    });
    return c.json(result.body, 201);
  });

  app.openapi(listRoute, async (c) => c.json(await listObjections(c.get('deps'), c.req.valid('query'), c.get('lang')), 200));

  app.openapi(getRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findObjection(deps.db, c.req.valid('param').id, actor);
    return c.json(await officerObjectionView(deps, deps.db, row, actor, c.get('lang'), deps.clock()), 200);
  });

  app.openapi(eventRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const parsed = parseObjectionCommand(await readJson(c));
    if (!parsed.ok) {
      if ('unknownType' in parsed) throw invalidField('type', 'unknown_event');
      return validationError(c, parsed.error);
    }
    const row = await applyObjectionEvent(deps, c.req.valid('param').id, parsed.command, actor);
    return c.json(await officerObjectionView(deps, deps.db, row, actor, c.get('lang'), deps.clock()), 200);
  });

  return app;
}
