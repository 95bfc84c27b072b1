/**
 * Calendar administration API (administrators only): the working-day calendars, their entries by
 * year, and adding, editing and removing an entry — each with a reason for the audit trail, each
 * counting the open cases on that calendar again — and loading the next year's holidays.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../auth/middleware';
import { type ChangeResult, addEntry, calendarEntries, listCalendarsWithHorizon, loadYear, removeEntry, updateEntry } from '../../calendar/admin';
import { entriesQuerySchema, loadYearSchema, newEntrySchema, patchEntrySchema, removeEntrySchema, replaceEntrySchema } from '../../calendar/entry.schema';
import { recordReview, reviewSchema } from '../../calendar/reviews';
import type { AppEnv } from '../env';
import { readJson, validate, validationError } from './errors';
import type { RouteDoc } from './openapi';

/** How many moved cases a response lists by name; `recomputed.count` has them all. */
const LISTED = 100;

const changeResultSchema = z.object({
  calendar: z.object({ code: z.string(), version: z.number() }),
  entry: z.unknown().nullable(),
  recomputed: z.object({
    count: z.number(),
    cases: z.array(z.object({ id: z.string(), registrationNumber: z.string() }).loose()).describe(`The first ${LISTED}, with their old and new due dates`),
  }),
});

const changeResponses = {
  400: 'Invalid fields: a date that does not exist or lies outside the calendar’s years, a duplicate, a missing reason',
  401: 'Not logged in',
  403: 'Not an administrator',
  404: 'No such calendar or entry',
  409: 'version_conflict (expectedVersion is stale), or calendar_out_of_range: a recomputed deadline would leave the calendar’s years',
};

type Method = RouteDoc['method'] | 'put' | 'patch' | 'delete';
const docs: Array<Omit<RouteDoc, 'method'> & { method: Method }> = [
  {
    method: 'get',
    path: '/api/v1/calendars',
    tag: 'calendars',
    auth: true,
    summary:
      'The working-day calendars, with the units that count on each, the horizon of each holiday list and, for a mission, which years its host holidays were reviewed',
    responses: { 200: '{items}', 401: 'Not logged in', 403: 'Not an administrator' },
  },
  {
    method: 'get',
    path: '/api/v1/calendars/{code}/entries',
    tag: 'calendars',
    auth: true,
    summary: 'One calendar and its entries of one year',
    query: entriesQuerySchema,
    responses: { 200: '{calendar, year, items}', 400: 'Year outside the calendar', 401: 'Not logged in', 403: 'Not an administrator', 404: 'No such calendar' },
  },
  {
    method: 'post',
    path: '/api/v1/calendars/{code}/entries',
    tag: 'calendars',
    auth: true,
    summary: 'Add an entry; open cases on the calendar are recomputed',
    body: newEntrySchema,
    responses: { 201: { description: 'Added', schema: changeResultSchema }, ...changeResponses },
  },
  {
    method: 'put',
    path: '/api/v1/calendars/{code}/entries/{id}',
    tag: 'calendars',
    auth: true,
    summary: 'Replace an entry (e.g. Idul Fitri moved by the isbat); open cases are recomputed',
    body: replaceEntrySchema,
    responses: { 200: { description: 'Changed', schema: changeResultSchema }, ...changeResponses },
  },
  {
    method: 'patch',
    path: '/api/v1/calendars/{code}/entries/{id}',
    tag: 'calendars',
    auth: true,
    summary: 'Change some fields of an entry; open cases are recomputed',
    body: patchEntrySchema,
    responses: { 200: { description: 'Changed', schema: changeResultSchema }, ...changeResponses },
  },
  {
    method: 'delete',
    path: '/api/v1/calendars/{code}/entries/{id}',
    tag: 'calendars',
    auth: true,
    summary: 'Remove an entry (reason in the JSON body or ?reason=); open cases are recomputed',
    body: removeEntrySchema,
    responses: { 200: { description: 'Removed', schema: changeResultSchema }, ...changeResponses },
  },
  {
    method: 'post',
    path: '/api/v1/calendars/{code}/reviews',
    tag: 'calendars',
    auth: true,
    body: reviewSchema,
    summary: 'Record that the mission reviewed its host-holiday list for a year (with a note naming its confirmation); audited',
    responses: {
      201: '{calendar, year, calendarVersion, reviewedAt}',
      400: 'Year outside the calendar, or no note',
      401: 'Not logged in',
      403: 'Not an administrator',
      404: 'No such mission calendar',
    },
  },
  {
    method: 'post',
    path: '/api/v1/calendars/{code}/years',
    tag: 'calendars',
    auth: true,
    summary: 'Load the holidays of the year after the calendar’s last one',
    body: loadYearSchema,
    responses: { 201: { description: 'Loaded', schema: changeResultSchema }, ...changeResponses },
  },
];
/** RouteDoc types `method` as get | post only; openApiDocument writes whatever method it is given. */
export const calendarDocs = docs as RouteDoc[];

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
  const app = new Hono<AppEnv>();
  app.use(requireRole('admin'));

  app.get('/', async (c) => c.json({ items: await listCalendarsWithHorizon(c.get('deps')) }));

  app.get('/:code/entries', validate('query', entriesQuerySchema), async (c) => {
    const deps = c.get('deps');
    const { calendar, year, entries } = await calendarEntries(deps.db, c.req.param('code'), c.req.valid('query').year, deps.clock());
    return c.json({ calendar, year, items: entries });
  });

  app.post('/:code/entries', validate('json', newEntrySchema), async (c) => {
    const result = await addEntry(c.get('deps'), c.req.param('code'), c.req.valid('json'), c.get('actor')!);
    return c.json(changeBody(result), 201);
  });

  app.put('/:code/entries/:id', validate('json', replaceEntrySchema), async (c) => {
    const body = c.req.valid('json');
    const result = await updateEntry(c.get('deps'), c.req.param('code'), c.req.param('id'), { ...body, source: body.source ?? null }, c.get('actor')!);
    return c.json(changeBody(result));
  });

  app.patch('/:code/entries/:id', validate('json', patchEntrySchema), async (c) => {
    const result = await updateEntry(c.get('deps'), c.req.param('code'), c.req.param('id'), c.req.valid('json'), c.get('actor')!);
    return c.json(changeBody(result));
  });

  app.delete('/:code/entries/:id', async (c) => {
    const raw = c.req.header('Content-Type')?.includes('json') ? await readJson(c) : c.req.query();
    const parsed = removeEntrySchema.safeParse(raw);
    if (!parsed.success) return validationError(c, parsed.error);
    const result = await removeEntry(c.get('deps'), c.req.param('code'), c.req.param('id'), parsed.data, c.get('actor')!);
    return c.json(changeBody(result));
  });

  app.post('/:code/reviews', validate('json', reviewSchema), async (c) => {
    const result = await recordReview(c.get('deps'), c.req.param('code'), c.req.valid('json'), c.get('actor')!);
    return c.json(result, 201);
  });

  app.post('/:code/years', validate('json', loadYearSchema), async (c) => {
    const result = await loadYear(c.get('deps'), c.req.param('code'), c.req.valid('json'), c.get('actor')!);
    return c.json(changeBody(result), 201);
  });

  return app;
}
