/**
 * Calendar administration API (administrators only): the working-day calendars, their entries by
 * year, and adding, editing and removing an entry — each with a reason for the audit trail, each
 * counting the open cases on that calendar again — and loading the next year's holidays.
 */
import { z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { type ChangeResult, addEntry, calendarEntries, listCalendarsWithHorizon, loadYear, removeEntry, updateEntry } from '../../calendar/admin';
import { entriesQuerySchema, loadYearSchema, newEntrySchema, patchEntrySchema, removeEntrySchema, replaceEntrySchema } from '../../calendar/entry.schema';
import { recordReview, reviewSchema } from '../../calendar/reviews';
import { SESSION, apiRouter, createRoute, errors, instant, json, jsonBody, localDate, orNull, parsedByHandler, pathParams } from './contract';
import { readJson, validationError } from './errors';

/** How many moved cases a response lists by name; `recomputed.count` has them all. */
const LISTED = 100;

const entrySchema = z
  .object({
    id: z.string(),
    date: localDate(),
    kind: z.enum(['libur_nasional', 'cuti_bersama', 'host_holiday', 'office_closure', 'working_day']),
    nameId: z.string(),
    nameEn: z.string(),
    source: z.string().optional(),
  })
  .openapi('CalendarEntry');
const dueChange = z.object({ from: localDate(), to: localDate() }).loose();
const changeResultSchema = z
  .object({
    calendar: z.object({ code: z.string(), version: z.number().int() }),
    entry: orNull(entrySchema),
    recomputed: z.object({
      count: z.number().int(),
      cases: z.array(z.object({ id: z.string(), registrationNumber: z.string() }).loose()).describe(`The first ${LISTED}, with their old and new due dates`),
      objections: z.array(z.object({ id: z.string(), objectionNumber: z.string(), atasanResponse: dueChange })).optional(),
    }),
  })
  .openapi('CalendarChange');
const summarySchema = z.object({
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
  weekendDays: z.array(z.number().int()).describe('ISO weekdays: 1 = Monday … 7 = Sunday'),
  serviceEnd: z.string().describe('Local HH:MM'),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  version: z.number().int(),
  units: z.array(z.string()),
  entries: z.number().int(),
});
const calendarListSchema = z.object({
  items: z.array(
    summarySchema.extend({
      horizon: z.object({ code: z.string(), knownUntil: localDate(), alertFrom: localDate(), alert: z.boolean(), provisionalNow: z.boolean() }),
      review: z
        .object({
          code: z.string(),
          years: z.array(
            z.object({
              year: z.number().int(),
              reviewed: z.object({ by: z.string(), at: instant(), calendarVersion: z.number().int(), note: z.string(), outOfDate: z.boolean() }).nullable(),
            }),
          ),
          unreviewed: z.array(z.number().int()),
        })
        .nullable()
        .describe('A mission: which years its host holidays were reviewed'),
    }),
  ),
});
const reviewResultSchema = z.object({ calendar: z.string(), year: z.number().int(), calendarVersion: z.number().int(), reviewedAt: instant() });

const changeErrors = errors({
  400: 'Invalid fields: a date that does not exist or lies outside the calendar’s years, a duplicate, a missing reason',
  401: 'Not logged in',
  403: 'Not an administrator',
  404: 'No such calendar or entry',
  409: 'version_conflict (expectedVersion is stale), or calendar_out_of_range: a recomputed deadline would leave the calendar’s years',
  415: 'Not JSON',
});
const code = pathParams('code');
const entry = pathParams('code', 'id');
const common = { tags: ['calendars'], security: SESSION };

const listRoute = createRoute({
  ...common,
  method: 'get',
  path: '/',
  operationId: 'listCalendars',
  summary:
    'The working-day calendars, with the units that count on each, the horizon of each holiday list and, for a mission, which years its host holidays were reviewed',
  responses: { 200: json(calendarListSchema, 'The calendars'), ...errors({ 401: 'Not logged in', 403: 'Not an administrator' }) },
});

const entriesRoute = createRoute({
  ...common,
  method: 'get',
  path: '/{code}/entries',
  operationId: 'listCalendarEntries',
  summary: 'One calendar and its entries of one year',
  request: { params: code, query: entriesQuerySchema },
  responses: {
    200: json(z.object({ calendar: summarySchema, year: z.number().int(), items: z.array(entrySchema) }), 'The calendar and the year’s entries'),
    ...errors({ 400: 'Year outside the calendar', 401: 'Not logged in', 403: 'Not an administrator', 404: 'No such calendar' }),
  },
});

const addRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{code}/entries',
  operationId: 'addCalendarEntry',
  summary: 'Add an entry; open cases on the calendar are recomputed',
  request: { params: code, body: jsonBody(newEntrySchema) },
  responses: { 201: json(changeResultSchema, 'Added'), ...changeErrors },
});

const replaceRoute = createRoute({
  ...common,
  method: 'put',
  path: '/{code}/entries/{id}',
  operationId: 'replaceCalendarEntry',
  summary: 'Replace an entry (e.g. Idul Fitri moved by the isbat); open cases are recomputed',
  request: { params: entry, body: jsonBody(replaceEntrySchema) },
  responses: { 200: json(changeResultSchema, 'Changed'), ...changeErrors },
});

const patchRoute = createRoute({
  ...common,
  method: 'patch',
  path: '/{code}/entries/{id}',
  operationId: 'updateCalendarEntry',
  summary: 'Change some fields of an entry; open cases are recomputed',
  request: { params: entry, body: jsonBody(patchEntrySchema) },
  responses: { 200: json(changeResultSchema, 'Changed'), ...changeErrors },
});

const removeRoute = createRoute({
  ...common,
  method: 'delete',
  path: '/{code}/entries/{id}',
  operationId: 'removeCalendarEntry',
  summary: 'Remove an entry: reason (and expectedVersion) in a JSON body, or as ?reason=&expectedVersion=; open cases are recomputed',
  request: {
    params: entry,
    // Read by the handler from the body or, without a JSON body, from the query: both documented, neither required here.
    query: z.object({ reason: z.string().optional(), expectedVersion: z.string().optional() }),
    body: { ...parsedByHandler(removeEntrySchema), required: false },
  },
  responses: { 200: json(changeResultSchema, 'Removed'), ...changeErrors },
});

const reviewRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{code}/reviews',
  operationId: 'recordHolidayReview',
  summary: 'Record that the mission reviewed its host-holiday list for a year (with a note naming its confirmation); audited',
  request: { params: code, body: jsonBody(reviewSchema) },
  responses: {
    201: json(reviewResultSchema, 'Recorded'),
    ...errors({
      400: 'Year outside the calendar, or no note',
      401: 'Not logged in',
      403: 'Not an administrator',
      404: 'No such mission calendar',
      415: 'Not JSON',
    }),
  },
});

const yearRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{code}/years',
  operationId: 'loadCalendarYear',
  summary: 'Load the holidays of the year after the calendar’s last one',
  request: { params: code, body: jsonBody(loadYearSchema) },
  responses: { 201: json(changeResultSchema, 'Loaded'), ...changeErrors },
});

const changeBody = (r: ChangeResult) => ({
  calendar: r.calendar,
  entry: r.entry,
  recomputed: {
    count: r.recomputed.length,
    cases: r.recomputed.slice(0, LISTED),
    ...(r.recomputedObjections.length > 0 ? { objections: r.recomputedObjections.slice(0, LISTED) } : {}),
  },
});

export function calendarRoutes() {
  const app = apiRouter();
  app.use(requireRole('admin'));

  app.openapi(listRoute, async (c) => c.json({ items: await listCalendarsWithHorizon(c.get('deps')) }, 200));

  app.openapi(entriesRoute, async (c) => {
    const deps = c.get('deps');
    const { calendar, year, entries } = await calendarEntries(deps.db, c.req.valid('param').code, c.req.valid('query').year, deps.clock());
    return c.json({ calendar, year, items: entries }, 200);
  });

  app.openapi(addRoute, async (c) => {
    const result = await addEntry(c.get('deps'), c.req.valid('param').code, c.req.valid('json'), c.get('actor')!);
    return c.json(changeBody(result), 201);
  });

  app.openapi(replaceRoute, async (c) => {
    const body = c.req.valid('json');
    const { code, id } = c.req.valid('param');
    const result = await updateEntry(c.get('deps'), code, id, { ...body, source: body.source ?? null }, c.get('actor')!);
    return c.json(changeBody(result), 200);
  });

  app.openapi(patchRoute, async (c) => {
    const { code, id } = c.req.valid('param');
    const result = await updateEntry(c.get('deps'), code, id, c.req.valid('json'), c.get('actor')!);
    return c.json(changeBody(result), 200);
  });

  app.openapi(removeRoute, async (c) => {
    const raw = c.req.header('Content-Type')?.includes('json') ? await readJson(c) : c.req.query();
    const parsed = removeEntrySchema.safeParse(raw);
    if (!parsed.success) return validationError(c, parsed.error);
    const { code, id } = c.req.valid('param');
    const result = await removeEntry(c.get('deps'), code, id, parsed.data, c.get('actor')!);
    return c.json(changeBody(result), 200);
  });

  app.openapi(reviewRoute, async (c) => {
    const result = await recordReview(c.get('deps'), c.req.valid('param').code, c.req.valid('json'), c.get('actor')!);
    return c.json(result, 201);
  });

  app.openapi(yearRoute, async (c) => {
    const result = await loadYear(c.get('deps'), c.req.valid('param').code, c.req.valid('json'), c.get('actor')!);
    return c.json(changeBody(result), 201);
  });

  return app;
}
