/** Public endpoints (no login): filing, tracking, units and the deadline calculator. */
import { z } from '@hono/zod-openapi';
import { calculateDeadlines, receivedInstantSchema } from '../../calendar/calculator';
import { unitDirectory } from '../../calendar/unit-directory';
import { regionLabel } from '../../i18n/regions';
import { describeDeadline } from '../../calendar/describe';
import { trackedCase } from '../../cases/tracked-case';
import { trackingView } from '../../cases/case-view';
import { invalidField } from '../../cases/errors';
import { fileRequest } from '../../cases/file-request';
import { type Filing, filingSchema } from '../../cases/filing.schema';
import { publicRateLimit } from '../rate-limit';
import { PUBLIC, apiRouter, createRoute, errors, instant, json, localDate, pathParams } from './contract';
import { calendarRef, deadlineExplanationSchema, receiptSchema, skippedDaySchema, trackingSchema } from './schemas';

const trackQuery = z.object({ code: z.string().max(64).optional() });
const unitQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Search: code, name, city or country'),
  region: z.enum(['southeast_asia', 'east_asia', 'south_central_asia', 'middle_east', 'africa', 'europe', 'americas', 'oceania']).optional(),
});

const deadlineQuery = z.object({
  received: receivedInstantSchema.describe('Receipt instant, ISO 8601 with its offset, e.g. 2026-11-27T10:00:00+07:00'),
  unit: z.string().trim().min(1).max(64).default('PPID').describe('Unit or mission code (GET /api/v1/units)'),
});
const deadlineSchema = z
  .object({
    receivedAt: instant(),
    unit: z.object({ code: z.string(), nameId: z.string(), nameEn: z.string(), timeZone: z.string() }),
    countedFrom: localDate().describe('Day 0 (hari ke-0), local date'),
    countedFromRolled: z.enum(['non_working_day', 'after_hours']).nullable(),
    noticeDue: localDate().describe('10 working days after day 0 (UU 14/2008 Art. 22(7))'),
    noticeDueAt: instant(),
    extendedNoticeDue: localDate().describe('7 more working days if extended with written reasons (Art. 22(8))'),
    extendedNoticeDueAt: instant(),
    calendar: calendarRef,
    skipped: z.array(skippedDaySchema).describe('Every non-working day after day 0 up to extendedNoticeDue'),
    provisional: z.object({ knownUntil: localDate() }).nullable().describe('Counted past the known holiday list'),
    text: z.object({ noticeDue: z.string(), extendedNoticeDue: z.string() }).describe('How each date was counted, in the Accept-Language'),
    explanation: deadlineExplanationSchema.describe('The notice deadline with everything that explains it'),
    extendedExplanation: deadlineExplanationSchema,
  })
  .openapi('DeadlineCalculation');

const unitSchema = z.object({
  code: z.string(),
  kind: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  timeZone: z.string(),
  region: z.string().nullable(),
  regionLabel: z.string().nullable(),
});
const numberParam = pathParams('number');

const fileRequestRoute = createRoute({
  method: 'post',
  path: '/requests',
  operationId: 'fileRequest',
  tags: ['public'],
  security: PUBLIC,
  summary: 'File a request (permohonan informasi); send an Idempotency-Key header',
  description:
    'JSON as below, or `multipart/form-data` with the web form’s fields and an identity-document scan (`identityDocument`). A repeat with the same Idempotency-Key and body returns the first receipt (header Idempotent-Replayed: true).',
  middleware: [publicRateLimit] as const,
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional().describe('8–200 characters; a repeat returns the first receipt') }),
    body: {
      required: true,
      content: {
        'application/json': { schema: filingSchema },
        // Answered by filing-multipart.ts before this route; declared here so that the document shows it.
        'multipart/form-data': {
          schema: z
            .looseObject({
              identityDocumentKind: z.string().optional(),
              identityDocument: z.string().optional().openapi({ format: 'binary' }),
            })
            .describe('The web form’s fields (requester.name, …, information, purpose, obtainMethod, deliveryMethod) and the scan identityDocument'),
        },
      },
    },
  },
  responses: {
    201: json(receiptSchema, 'The receipt'),
    ...errors({
      400: 'Invalid fields (every one named in error.fields)',
      409: 'Idempotency-Key reused with another body',
      413: 'Too large',
      415: 'Neither JSON nor multipart',
      429: 'Rate limited (Retry-After)',
    }),
  },
});

const trackRoute = createRoute({
  method: 'get',
  path: '/requests/{number}',
  operationId: 'trackRequest',
  tags: ['public'],
  security: PUBLIC,
  summary: 'Track a request by registration number and tracking code (or header X-Tracking-Code)',
  middleware: [publicRateLimit] as const,
  request: { params: numberParam, query: trackQuery },
  responses: {
    200: json(trackingSchema, 'Status, deadlines with how they were counted, public timeline, documents, objections'),
    ...errors({ 400: 'Invalid query', 404: 'Unknown number or wrong code (the two look the same)', 429: 'Rate limited' }),
  },
});

const unitsRoute = createRoute({
  method: 'get',
  path: '/units',
  operationId: 'listUnits',
  tags: ['public'],
  security: PUBLIC,
  summary: 'Units and missions that accept requests: home units first, then missions by region; q searches code, names, city and country',
  request: { query: unitQuery },
  responses: { 200: json(z.object({ items: z.array(unitSchema) }), 'List of units'), ...errors({ 400: 'Invalid query' }) },
});

const deadlinesRoute = createRoute({
  method: 'get',
  path: '/deadlines',
  operationId: 'calculateDeadlines',
  tags: ['public'],
  security: PUBLIC,
  summary: 'The public deadline calculator',
  request: { query: deadlineQuery },
  responses: {
    200: json(deadlineSchema, 'Notice due date, extended due date, calendar and the skipped days'),
    ...errors({ 400: 'Invalid or offset-less received instant, a date that does not exist, unknown unit, or a deadline past the years the calendar knows' }),
  },
});

export function publicRoutes() {
  const app = apiRouter();

  app.openapi(fileRequestRoute, async (c) => {
    const deps = c.get('deps');
    // A multipart filing was answered before this handler (filing-multipart.ts): this is the JSON one.
    const filing = c.req.valid('json') as Filing;
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && (key.length < 8 || key.length > 200)) throw invalidField('Idempotency-Key', 'invalid_format');
    const result = await fileRequest(deps, filing, {
      channel: 'web',
      receivedAt: deps.clock(),
      enteredBy: { kind: 'requester', id: null, role: 'requester', unit: null },
      lang: c.get('lang'),
      ...(key ? { idempotency: { scope: 'filing', key, body: filing } } : {}),
    });
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result.body, 201);
  });

  app.openapi(trackRoute, async (c) => {
    const deps = c.get('deps');
    const code = c.req.valid('query').code ?? c.req.header('X-Tracking-Code');
    const row = await trackedCase(deps, c.req.valid('param').number, code);
    return c.json(await trackingView(deps.db, row, c.get('lang'), deps), 200);
  });

  app.openapi(unitsRoute, async (c) => {
    const { q, region } = c.req.valid('query');
    const units = await unitDirectory(c.get('deps').db, { q, region });
    const lang = c.get('lang');
    return c.json(
      {
        items: units.map((u) => ({
          code: u.code,
          kind: u.kind,
          nameId: u.name_id,
          nameEn: u.name_en,
          country: u.country,
          city: u.city,
          timeZone: u.time_zone,
          region: u.region,
          regionLabel: u.region ? regionLabel(u.region, lang) : null,
        })),
      },
      200,
    );
  });

  app.openapi(deadlinesRoute, async (c) => {
    const { received, unit } = c.req.valid('query');
    const lang = c.get('lang');
    const { notice, extended, ...result } = await calculateDeadlines(c.get('deps'), unit, new Date(received));
    return c.json(
      {
        ...result,
        text: { noticeDue: describeDeadline(notice, lang), extendedNoticeDue: describeDeadline(extended, lang, { possibleExtension: true }) },
        explanation: notice,
        extendedExplanation: extended,
      },
      200,
    );
  });

  return app;
}
