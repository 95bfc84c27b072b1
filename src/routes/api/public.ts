/** Public endpoints (no login): filing, tracking, units and the deadline calculator. */
import { Hono } from 'hono';
import { z } from 'zod';
import { explainDeadline, extendDeadline } from '../../calendar/deadline';
import { CalendarRangeError, InvalidDateError } from '../../calendar/errors';
import { findCaseByNumber } from '../../cases/case.repository';
import { trackingView } from '../../cases/case-view';
import { DomainError, invalidField, notFound } from '../../cases/errors';
import { fileRequest } from '../../cases/file-request';
import { filingSchema, instantSchema } from '../../cases/filing.schema';
import { trackingCodeMatches } from '../../cases/tracking-code';
import { PERIODS } from '../../../workflows/periods';
import type { AppEnv } from '../env';
import { rateLimit } from '../rate-limit';
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
const deadlineQuery = z.object({
  received: instantSchema,
  unit: z.string().trim().min(1).max(64).default('PPID'),
});

export const publicDocs: RouteDoc[] = [
  { method: 'post', path: '/api/v1/requests', tag: 'public', summary: 'File a request (permohonan informasi); send an Idempotency-Key header', body: filingSchema,
    responses: { 201: { description: 'The receipt', schema: receiptSchema }, 400: 'Invalid fields', 409: 'Idempotency-Key reused with another body', 429: 'Rate limited' } },
  { method: 'get', path: '/api/v1/requests/{number}', tag: 'public', summary: 'Track a request by registration number and tracking code (or header X-Tracking-Code)', query: trackQuery,
    responses: { 200: 'Status, deadlines with how they were counted, public timeline, documents', 404: 'Unknown number or wrong code', 429: 'Rate limited' } },
  { method: 'get', path: '/api/v1/units', tag: 'public', summary: 'Units and missions that accept requests', responses: { 200: 'List of units' } },
  { method: 'get', path: '/api/v1/deadlines', tag: 'public', summary: 'The public deadline calculator', query: deadlineQuery,
    responses: { 200: 'Notice due date, extended due date, calendar and the skipped days', 400: 'Invalid received instant or unknown unit' } },
];

export function publicRoutes(rateLimitPerMinute: () => number) {
  const app = new Hono<AppEnv>();

  app.post('/requests', rateLimit('filing', rateLimitPerMinute), validate('json', filingSchema), async (c) => {
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

  app.get('/requests/:number', rateLimit('tracking', rateLimitPerMinute), validate('query', trackQuery), async (c) => {
    const deps = c.get('deps');
    const code = c.req.valid('query').code ?? c.req.header('X-Tracking-Code');
    const row = await findCaseByNumber(deps.db, c.req.param('number'));
    // An unknown number and a wrong code look the same: the answer reveals nothing.
    if (!row || !code || !trackingCodeMatches(code, row.tracking_code_hash)) throw notFound();
    return c.json(await trackingView(deps.db, row, c.get('lang')));
  });

  app.get('/units', async (c) => {
    const units = await c.get('deps').db.selectFrom('units').select(['code', 'kind', 'name_id', 'name_en', 'country', 'city', 'time_zone'])
      .where('accepts_requests', '=', 1).orderBy('kind').orderBy('code').execute();
    return c.json({
      items: units.map((u) => ({ code: u.code, kind: u.kind, nameId: u.name_id, nameEn: u.name_en, country: u.country, city: u.city, timeZone: u.time_zone })),
    });
  });

  app.get('/deadlines', validate('query', deadlineQuery), async (c) => {
    const deps = c.get('deps');
    const { received, unit } = c.req.valid('query');
    const receivedAt = new Date(received);
    const unitRow = await deps.db.selectFrom('units').select('calendar_code').where('code', '=', unit).executeTakeFirst();
    if (!unitRow) throw invalidField('unit', 'unknown_unit');
    const calendar = await deps.calendars.get(deps.db, unitRow.calendar_code);
    try {
      const notice = explainDeadline(calendar, { period: 'notice', startInstant: receivedAt, workingDays: PERIODS.notice.workingDays });
      const extended = extendDeadline(calendar, notice, { workingDays: PERIODS.extension.workingDays, reason: '—' });
      return c.json({
        receivedAt: receivedAt.toISOString(),
        countedFrom: notice.day0,
        countedFromRolled: notice.day0Rolled,
        noticeDue: notice.due,
        extendedNoticeDue: extended.due,
        calendar: notice.calendar,
        skipped: extended.skipped.map((s) => ({ date: s.date, reason: s.reason, ...(s.nameId ? { nameId: s.nameId, nameEn: s.nameEn } : {}) })),
        explanation: notice,
      });
    } catch (e) {
      if (e instanceof CalendarRangeError) {
        throw new DomainError(400, 'calendar_out_of_range', 'calendar_out_of_range', { calendar: e.calendarCode, year: e.year }, { received: 'calendar_out_of_range' });
      }
      if (e instanceof InvalidDateError) throw invalidField('received', 'invalid_date');
      throw e;
    }
  });

  return app;
}
