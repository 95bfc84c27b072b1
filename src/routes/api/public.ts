/** Public endpoints (no login): filing, tracking, units and the deadline calculator. */
import { Hono } from 'hono';
import { z } from 'zod';
import { calculateDeadlines, receivedInstantSchema } from '../../calendar/calculator';
import { unitDirectory } from '../../calendar/unit-directory';
import { regionLabel } from '../../i18n/regions';
import { describeDeadline } from '../../calendar/describe';
import { findCaseByNumber } from '../../cases/case.repository';
import { trackingView } from '../../cases/case-view';
import { invalidField, notFound } from '../../cases/errors';
import { fileRequest } from '../../cases/file-request';
import { filingSchema } from '../../cases/filing.schema';
import { trackingCodeMatches } from '../../cases/tracking-code';
import type { AppEnv } from '../env';
import { publicRateLimit } from '../rate-limit';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const receiptSchema = z.object({
  id: z.string(),
  registrationNumber: z.string(),
  trackingCode: z.string().describe('Shown once; only its hash is stored'),
  receivedAt: z.string(),
  status: z.string(),
  unit: z.string(),
  deadlines: z.object({ noticeDue: z.string().describe('Local date YYYY-MM-DD'), noticeDueAt: z.string() }),
  links: z.object({ receipt: z.string(), track: z.string() }),
});

const trackQuery = z.object({ code: z.string().max(64).optional() });
const unitQuery = z.object({
  q: z.string().trim().max(100).optional().describe('Search: code, name, city or country'),
  region: z.enum(['southeast_asia', 'east_asia', 'south_central_asia', 'middle_east', 'africa', 'europe', 'americas', 'oceania']).optional(),
});

const deadlineQuery = z.object({
  received: receivedInstantSchema.describe('Receipt instant, ISO 8601 with its offset, e.g. 2026-11-27T10:00:00+07:00'),
  unit: z.string().trim().min(1).max(64).default('PPID').describe('Unit or mission code (GET /api/v1/units)'),
});
const skippedSchema = z.object({ date: z.string(), reason: z.string(), nameId: z.string().optional(), nameEn: z.string().optional() });
const deadlineSchema = z.object({
  receivedAt: z.string(),
  countedFrom: z.string().describe('Day 0 (hari ke-0), local date'),
  countedFromRolled: z.enum(['non_working_day', 'after_hours']).nullable(),
  noticeDue: z.string().describe('Local date: 10 working days after day 0 (UU 14/2008 Art. 22(7))'),
  noticeDueAt: z.string(),
  extendedNoticeDue: z.string().describe('Local date: 7 more working days if extended with written reasons (Art. 22(8))'),
  extendedNoticeDueAt: z.string(),
  calendar: z.object({ code: z.string(), version: z.number(), timeZone: z.string() }),
  unit: z.object({ code: z.string(), nameId: z.string(), nameEn: z.string(), timeZone: z.string() }),
  skipped: z.array(skippedSchema).describe('Every non-working day after day 0 up to extendedNoticeDue'),
  text: z.object({ noticeDue: z.string(), extendedNoticeDue: z.string() }).describe('How each date was counted, in the Accept-Language'),
  explanation: z.unknown().describe('The notice deadline with everything that explains it'),
  extendedExplanation: z.unknown(),
});

export const publicDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/requests',
    tag: 'public',
    summary: 'File a request (permohonan informasi); send an Idempotency-Key header',
    body: filingSchema,
    responses: {
      201: { description: 'The receipt', schema: receiptSchema },
      400: 'Invalid fields',
      409: 'Idempotency-Key reused with another body',
      429: 'Rate limited',
    },
  },
  {
    method: 'get',
    path: '/api/v1/requests/{number}',
    tag: 'public',
    summary: 'Track a request by registration number and tracking code (or header X-Tracking-Code)',
    query: trackQuery,
    responses: { 200: 'Status, deadlines with how they were counted, public timeline, documents', 404: 'Unknown number or wrong code', 429: 'Rate limited' },
  },
  {
    method: 'get',
    path: '/api/v1/units',
    tag: 'public',
    query: unitQuery,
    summary: 'Units and missions that accept requests: home units first, then missions by region; q searches code, names, city and country',
    responses: { 200: 'List of units' },
  },
  {
    method: 'get',
    path: '/api/v1/deadlines',
    tag: 'public',
    summary: 'The public deadline calculator',
    query: deadlineQuery,
    responses: {
      200: { description: 'Notice due date, extended due date, calendar and the skipped days', schema: deadlineSchema },
      400: 'Invalid or offset-less received instant, a date that does not exist, unknown unit, or a deadline past the years the calendar knows',
    },
  },
];

export function publicRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/requests', publicRateLimit, validate('json', filingSchema), async (c) => {
    const deps = c.get('deps');
    const filing = c.req.valid('json');
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

  app.get('/requests/:number', publicRateLimit, validate('query', trackQuery), async (c) => {
    const deps = c.get('deps');
    const code = c.req.valid('query').code ?? c.req.header('X-Tracking-Code');
    const row = await findCaseByNumber(deps.db, c.req.param('number'));
    // An unknown number and a wrong code look the same: the answer reveals nothing.
    if (!row || !code || !trackingCodeMatches(code, row.tracking_code_hash)) throw notFound();
    return c.json(await trackingView(deps.db, row, c.get('lang'), deps));
  });

  app.get('/units', validate('query', unitQuery), async (c) => {
    const { q, region } = c.req.valid('query');
    const units = await unitDirectory(c.get('deps').db, { q, region });
    const lang = c.get('lang');
    return c.json({
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
    });
  });

  app.get('/deadlines', validate('query', deadlineQuery), async (c) => {
    const { received, unit } = c.req.valid('query');
    const lang = c.get('lang');
    const { notice, extended, ...result } = await calculateDeadlines(c.get('deps'), unit, new Date(received));
    return c.json({
      ...result,
      text: { noticeDue: describeDeadline(notice, lang), extendedNoticeDue: describeDeadline(extended, lang, { possibleExtension: true }) },
      explanation: notice,
      extendedExplanation: extended,
    });
  });

  return app;
}
