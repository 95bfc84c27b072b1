/**
 * Units and missions administration (administrators only), under /api/v1/admin/units: every unit
 * open and closed, one with its open cases, add, change (rename, a mission's week and zone, its
 * parent, whether it accepts requests), close, reopen, and import a CSV (all rows or none). The
 * public list of units that accept requests stays GET /api/v1/units, with the same field names.
 */
import { z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { fieldErrors, t } from '../../i18n';
import { closeUnit, createUnit, importUnits, listUnits, reopenUnit, unitDetail, updateUnit } from '../../units/admin';
import { CSV_COLUMNS, closeUnitSchema, newUnitSchema, reopenUnitSchema, unitPatchSchema } from '../../units/unit.schema';
import { SESSION, apiRouter, createRoute, errors, instant, json, jsonBody, localDate, orNull, pathParams } from './contract';
import { errorBody } from './errors';

const unitSchema = z
  .object({
    code: z.string(),
    kind: z.string().describe('ppid_utama, work_unit, embassy, consulate_general, consulate or permanent_mission'),
    nameId: z.string(),
    nameEn: z.string(),
    country: z.string().describe('ISO 3166-1 alpha-2'),
    city: z.string(),
    address: orNull(z.string()).describe('Its postal address on letterheads; null at the body’s address (a mission then prints its city and host country)'),
    timeZone: z.string().describe('IANA time zone'),
    weekendDays: z.array(z.number().int()).describe('ISO weekdays of the weekend (1 = Monday … 7 = Sunday)'),
    region: orNull(z.string()),
    parent: orNull(z.string()).describe('The parent unit’s code'),
    acceptsRequests: z.boolean(),
    closed: z.boolean(),
    closedAt: orNull(instant()),
    calendar: z.string().describe('The working-day calendar its deadlines count on (a mission’s own, else ID-NATIONAL)'),
    openCases: z.number().int().describe('Open requests received there or assigned to it now'),
  })
  .openapi('AdminUnit');

const detailSchema = unitSchema
  .extend({
    children: z.array(z.string()).describe('Codes of the units whose parent it is'),
    cases: z.array(
      z.object({
        id: z.string(),
        registrationNumber: z.string(),
        state: z.string(),
        receivedAt: instant(),
        noticeDue: localDate(),
        receivedHere: z.boolean(),
        assignedHere: z.boolean(),
      }),
    ),
  })
  .openapi('AdminUnitDetail');

const admins = { 401: 'Not logged in', 403: 'Administrators only' } as const;
const common = { tags: ['units'], security: SESSION };
const code = pathParams('code');

const listRoute = createRoute({
  ...common,
  method: 'get',
  path: '/',
  operationId: 'listAdminUnits',
  summary: 'Every unit and mission, open and closed, with its week, parent and open cases',
  responses: { 200: json(z.object({ items: z.array(unitSchema) }), 'Home units first, then by code'), ...errors(admins) },
});

const createUnitRoute = createRoute({
  ...common,
  method: 'post',
  path: '/',
  operationId: 'createUnit',
  summary: 'Add a work unit or a mission; a mission gets its own working-day calendar (national holidays, host holidays, host weekend)',
  request: { body: jsonBody(newUnitSchema) },
  responses: {
    201: json(detailSchema, 'Created'),
    ...errors({
      400: 'Invalid fields: a code taken, a time zone that is not IANA, a weekend that is not a set of weekdays, an unknown parent',
      ...admins,
      415: 'Not JSON',
    }),
  },
});

const importRoute = createRoute({
  ...common,
  method: 'post',
  path: '/import',
  operationId: 'importUnits',
  summary: 'Add units and missions from a CSV (header: the field names), all rows or none',
  request: {
    body: jsonBody(
      z.object({
        csv: z
          .string()
          .min(1)
          .describe(`UTF-8 CSV; header ${CSV_COLUMNS.join(',')} (the last three may be left out); weekendDays like "5,6"`),
      }),
    ),
  },
  responses: {
    201: json(z.object({ created: z.array(z.string()) }), 'Every row added'),
    ...errors({ 400: 'Refused, nothing written: fields `rows.<row>.<field>` (row = the line in the file, header = 1) or `csv`', ...admins, 415: 'Not JSON' }),
  },
});

const getRoute = createRoute({
  ...common,
  method: 'get',
  path: '/{code}',
  operationId: 'getAdminUnit',
  summary: 'One unit with its sub-units and the open cases it holds',
  request: { params: code },
  responses: { 200: json(detailSchema, 'The unit'), ...errors({ ...admins, 404: 'No such unit' }) },
});

const updateRoute = createRoute({
  ...common,
  method: 'patch',
  path: '/{code}',
  operationId: 'updateUnit',
  summary: 'Change a unit: only the fields given. A mission’s new week or zone moves its calendar and recounts its open deadlines',
  request: { params: code, body: jsonBody(unitPatchSchema) },
  responses: {
    200: json(z.object({ unit: detailSchema, recomputedCases: z.number().int() }), 'Changed'),
    ...errors({ 400: 'Invalid fields, or nothing changed', ...admins, 404: 'No such unit', 415: 'Not JSON' }),
  },
});

const closeRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{code}/close',
  operationId: 'closeUnit',
  summary: 'Close a unit: no new requests or assignments; its open cases stay until reassigned',
  request: { params: code, body: jsonBody(closeUnitSchema) },
  responses: {
    200: json(detailSchema, 'Closed'),
    ...errors({ 400: 'No reason', ...admins, 404: 'No such unit', 409: 'Already closed, or the PPID Utama', 415: 'Not JSON' }),
  },
});

const reopenRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{code}/reopen',
  operationId: 'reopenUnit',
  summary: 'Reopen a closed unit (it accepts requests again unless acceptsRequests is false)',
  request: { params: code, body: jsonBody(reopenUnitSchema) },
  responses: {
    200: json(detailSchema, 'Reopened'),
    ...errors({ 400: 'No reason', ...admins, 404: 'No such unit', 409: 'Not closed', 415: 'Not JSON' }),
  },
});

export function unitAdminRoutes() {
  const app = apiRouter();
  app.use(requireRole('admin'));

  app.openapi(listRoute, async (c) => c.json({ items: await listUnits(c.get('deps').db) }, 200));

  app.openapi(createUnitRoute, async (c) => c.json(await createUnit(c.get('deps'), c.get('actor')!, c.req.valid('json')), 201));

  app.openapi(importRoute, async (c) => {
    const result = await importUnits(c.get('deps'), c.get('actor')!, c.req.valid('json').csv);
    if (result.ok) return c.json({ created: result.created }, 201);
    const lang = c.get('lang');
    const fields = fieldErrors(result.error, lang);
    const where = result.first.row === null ? 'CSV' : t(lang, 'unit-admin.row_field', { row: result.first.row, field: result.first.field });
    return c.json(errorBody(lang, 'invalid_input', 'unit_import_refused', { where, count: Object.keys(fields).length }, { fields }), 400);
  });

  app.openapi(getRoute, async (c) => c.json(await unitDetail(c.get('deps').db, c.req.valid('param').code), 200));

  app.openapi(updateRoute, async (c) => {
    const { code } = c.req.valid('param');
    return c.json(await updateUnit(c.get('deps'), c.get('actor')!, code, c.req.valid('json')), 200);
  });

  app.openapi(closeRoute, async (c) => c.json(await closeUnit(c.get('deps'), c.get('actor')!, c.req.valid('param').code, c.req.valid('json')), 200));

  app.openapi(reopenRoute, async (c) => c.json(await reopenUnit(c.get('deps'), c.get('actor')!, c.req.valid('param').code, c.req.valid('json')), 200));
  return app;
}
