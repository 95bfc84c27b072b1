/**
 * Objections (keberatan) and disputes (sengketa): the requester files with the tracking code; the
 * atasan PPID and the PPID Utama work them through the objection workflow. Parse, authorise, call.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../auth/middleware';
import { findCaseByNumber } from '../../cases/case.repository';
import { invalidField, notFound } from '../../cases/errors';
import { trackingCodeMatches } from '../../cases/tracking-code';
import { applyObjectionEvent, parseObjectionCommand } from '../../objections/apply-objection-event';
import { fileObjection } from '../../objections/file-objection';
import { OBJECTION_READERS, findObjection } from '../../objections/objection.repository';
import { objectionFilingSchema, objectionReceiptSchema, officerObjectionSchema } from '../../objections/objection.schema';
import { officerObjectionView } from '../../objections/objection-view';
import { listObjections, objectionQuerySchema } from '../../objections/queue';
import { objectionCommandSchemas, objectionCommandTypes } from '../../../workflows/objection.events';
import type { AppEnv } from '../env';
import { publicRateLimit } from '../rate-limit';
import { readJson, validate, validationError } from './errors';
import type { RouteDoc } from './openapi';

const trackQuery = z.object({ code: z.string().max(64).optional() });

function commandBodyDoc() {
  return z.union(
    objectionCommandTypes.map((type) =>
      (objectionCommandSchemas[type] as z.ZodType).and(
        z.object({
          type: z.literal(type),
          expectedVersion: z.number().int().min(1),
        }),
      ),
    ),
  ) as unknown as z.ZodType;
}

export const objectionDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/requests/{number}/objections',
    tag: 'public',
    query: trackQuery,
    body: objectionFilingSchema,
    summary: 'File an objection (keberatan, UU 14/2008 Art. 35) with the tracking code (or header X-Tracking-Code); send an Idempotency-Key header',
    responses: {
      201: { description: 'The objection receipt', schema: objectionReceiptSchema },
      400: 'Invalid fields (grounds a–g, reason)',
      404: 'Unknown number or wrong code',
      409: 'objection_not_open (not decided nor overdue), objection_already_filed, or Idempotency-Key reused',
      429: 'Rate limited',
    },
  },
  {
    method: 'post',
    path: '/api/v1/objections',
    tag: 'objections',
    auth: true,
    body: officerObjectionSchema,
    summary: 'Enter an objection received by letter, in person, by e-mail or phone, with its real receipt time',
    responses: {
      201: { description: 'The objection receipt', schema: objectionReceiptSchema },
      400: 'Invalid fields',
      403: 'Role may not enter objections',
      404: 'Unknown request number',
      409: 'objection_not_open or objection_already_filed',
    },
  },
  {
    method: 'get',
    path: '/api/v1/objections',
    tag: 'objections',
    auth: true,
    query: objectionQuerySchema,
    summary: "The objection queue, by the atasan PPID's response deadline; cursor pagination",
    responses: { 200: '{items, nextCursor}', 403: 'Role may not read objections' },
  },
  {
    method: 'get',
    path: '/api/v1/objections/{id}',
    tag: 'objections',
    auth: true,
    summary:
      "One objection: grounds, the request, the PPID's notice, consequence tests, deadlines with explanations, the dispute, availableEvents and availableStages",
    responses: { 200: 'The objection', 404: 'No such objection' },
  },
  {
    method: 'post',
    path: '/api/v1/objections/{id}/events',
    tag: 'objections',
    auth: true,
    body: commandBodyDoc(),
    summary:
      'Send an objection or dispute event: DECIDE_OBJECTION {outcome, reasons, instruction}, RECORD_DISPUTE {commission, registrationNumber, filedOn}, RECORD_DISPUTE_STAGE {stage, on, …}, …',
    responses: {
      200: 'The objection after the event',
      400: 'Invalid fields (also a dispute filed before the decision, a stage dated before the previous one or in the future)',
      403: 'Role may not act on objections',
      404: 'No such objection',
      409: 'event_not_allowed (with error.allowed), stage_not_allowed / mediation_not_allowed (with error.allowedStages), or version_conflict',
    },
  },
];

export function objectionRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/requests/:number/objections', publicRateLimit, validate('query', trackQuery), async (c) => {
    const deps = c.get('deps');
    const code = c.req.valid('query').code ?? c.req.header('X-Tracking-Code');
    const row = await findCaseByNumber(deps.db, c.req.param('number'));
    // An unknown number and a wrong code look the same: the answer reveals nothing.
    if (!row || !code || !trackingCodeMatches(code, row.tracking_code_hash)) throw notFound();
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

  app.post('/objections', requireRole('ppid_utama', 'atasan'), validate('json', officerObjectionSchema), async (c) => {
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

  app.get('/objections', requireRole(...OBJECTION_READERS), validate('query', objectionQuerySchema), async (c) => {
    return c.json(await listObjections(c.get('deps'), c.req.valid('query'), c.get('lang')));
  });

  app.get('/objections/:id', requireRole(...OBJECTION_READERS), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findObjection(deps.db, c.req.param('id'), actor);
    return c.json(await officerObjectionView(deps, deps.db, row, actor, c.get('lang'), deps.clock()));
  });

  app.post('/objections/:id/events', requireRole('atasan', 'ppid_utama'), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const parsed = parseObjectionCommand(await readJson(c));
    if (!parsed.ok) {
      if ('unknownType' in parsed) throw invalidField('type', 'unknown_event');
      return validationError(c, parsed.error);
    }
    const row = await applyObjectionEvent(deps, c.req.param('id'), parsed.command, actor);
    return c.json(await officerObjectionView(deps, deps.db, row, actor, c.get('lang'), deps.clock()));
  });

  return app;
}
