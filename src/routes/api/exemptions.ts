/**
 * Consequence tests (uji konsekuensi), the DIK (daftar informasi yang dikecualikan, public) and
 * the DIP (daftar informasi publik, public; kept by administrators and the PPID Utama).
 * Parse, authorise, call the domain.
 */
import { z } from '@hono/zod-openapi';
import { OFFICERS, requireRole } from '../../auth/middleware';
import { officerCaseView } from '../../cases/case-view';
import { TEST_WRITERS, casesOfTest, createConsequenceTest, findTest, listTests, testView, updateConsequenceTest } from '../../exemptions/consequence-tests';
import { consequenceTestInputSchema, consequenceTestUpdateSchema, linkSchema, testQuerySchema } from '../../exemptions/consequence-test.schema';
import { dikCsv, dikEntries } from '../../exemptions/dik';
import { linkTestToRequest, nationalToday } from '../../exemptions/test-links';
import { answerFromDip } from '../../dip/answer-from-dip';
import { createDipEntry, dipCsv, dipEntrySchema, dipQuerySchema, dipUpdateSchema, dipView, findDipView, searchDip, updateDipEntry } from '../../dip/dip';
import type { Actor } from '../../../workflows/request.events';
import { PUBLIC, SESSION, apiRouter, createRoute, errors, instant, json, jsonBody, jsonOrCsv, localDate, pathParams } from './contract';
import { consequenceTestSchema, officerCaseSchema } from './schemas';

const DIP_KEEPERS = ['admin', 'ppid_utama'] as const;
const isDipKeeper = (actor: Actor | undefined) => actor !== undefined && (DIP_KEEPERS as readonly string[]).includes(actor.role);
const dikQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
const answerSchema = z.object({ caseId: z.string().min(1).max(100), expectedVersion: z.number().int().min(1) });
const idParam = pathParams('id');

const testWithCasesSchema = consequenceTestSchema.extend({
  cases: z
    .array(z.object({ id: z.string(), registration_number: z.string(), outcome: z.string().nullable(), linked_at: instant() }))
    .describe('The requests whose denial relies on the test'),
});
const dikEntrySchema = z
  .object({
    no: z.number().int(),
    id: z.string(),
    information: z.string().describe('The public description: never the confidential content'),
    legalBasis: z.string(),
    letters: z.array(z.string()),
    consequence: z.string().nullable(),
    period: z.string().nullable(),
    exemptUntil: localDate().nullable(),
    classificationNumber: z.string().nullable(),
    classificationDate: localDate().nullable(),
    unit: z.object({ code: z.string(), name: z.string() }),
    decidedBy: z.string(),
    decidedOn: localDate(),
    reviewOn: localDate().nullable(),
  })
  .openapi('DikEntry');
const dipEntryViewSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    summary: z.string(),
    category: z.string(),
    categoryLabel: z.string(),
    unit: z.object({ code: z.string(), name: z.string().nullable() }),
    responsible: z.string(),
    produced: z.string().nullable(),
    format: z.string(),
    formatLabel: z.string(),
    retention: z.string().nullable(),
    url: z.string().nullable(),
    published: z.boolean(),
    updatedAt: instant(),
  })
  .openapi('DipEntry');

const officers = { 401: 'Not logged in', 403: 'Not an officer' } as const;

const listTestsRoute = createRoute({
  method: 'get',
  path: '/consequence-tests',
  operationId: 'listConsequenceTests',
  tags: ['exemptions'],
  security: SESSION,
  summary: 'Consequence tests (uji konsekuensi), newest first; caseId= lists the tests a denial relies on',
  middleware: [requireRole(...OFFICERS)] as const,
  request: { query: testQuerySchema },
  responses: { 200: json(z.object({ items: z.array(consequenceTestSchema) }), 'The tests'), ...errors({ 400: 'Invalid filter', ...officers }) },
});

const createTestRoute = createRoute({
  method: 'post',
  path: '/consequence-tests',
  operationId: 'createConsequenceTest',
  tags: ['exemptions'],
  security: SESSION,
  summary: 'Record a consequence test (before any request, at a request, or during a dispute: Perki 1/2021 Art. 49)',
  middleware: [requireRole(...TEST_WRITERS)] as const,
  request: { body: jsonBody(consequenceTestInputSchema) },
  responses: {
    201: json(consequenceTestSchema, 'The test'),
    ...errors({ 400: 'Invalid fields', 401: 'Not logged in', 403: 'Role or unit may not record tests', 415: 'Not JSON' }),
  },
});

const getTestRoute = createRoute({
  method: 'get',
  path: '/consequence-tests/{id}',
  operationId: 'getConsequenceTest',
  tags: ['exemptions'],
  security: SESSION,
  summary: 'One test, with the requests that rely on it',
  middleware: [requireRole(...OFFICERS)] as const,
  request: { params: idParam },
  responses: { 200: json(testWithCasesSchema, 'The test'), ...errors({ ...officers, 404: 'No such test' }) },
});

const updateTestRoute = createRoute({
  method: 'post',
  path: '/consequence-tests/{id}',
  operationId: 'updateConsequenceTest',
  tags: ['exemptions'],
  security: SESSION,
  summary: 'Change a test: its public description for the DIK, its period, its classification decision, or revoke it',
  middleware: [requireRole(...TEST_WRITERS)] as const,
  request: { params: idParam, body: jsonBody(consequenceTestUpdateSchema) },
  responses: {
    200: json(consequenceTestSchema, 'The test'),
    ...errors({
      400: 'Invalid fields',
      401: 'Not logged in',
      403: 'Role or unit may not change it',
      404: 'No such test',
      409: 'version_conflict',
      415: 'Not JSON',
    }),
  },
});

const linkTestRoute = createRoute({
  method: 'post',
  path: '/consequence-tests/{id}/links',
  operationId: 'linkConsequenceTest',
  tags: ['exemptions'],
  security: SESSION,
  summary: 'Link a test to a denied (or partially granted) request that relies on it',
  middleware: [requireRole('ppid_utama')] as const,
  request: { params: idParam, body: jsonBody(linkSchema) },
  responses: {
    200: json(testWithCasesSchema, 'The test'),
    ...errors({ 400: 'The request was not denied', 401: 'Not logged in', 403: 'PPID Utama only', 404: 'No such test or request', 415: 'Not JSON' }),
  },
});

const dikRoute = createRoute({
  method: 'get',
  path: '/dik',
  operationId: 'listExemptInformation',
  tags: ['public'],
  security: PUBLIC,
  summary:
    'The list of exempt information (DIK) built from the consequence tests in force: what is exempt, the legal basis, the consequence, the period — never the confidential content',
  request: { query: dikQuery },
  responses: { 200: jsonOrCsv(z.object({ items: z.array(dikEntrySchema) }), 'JSON {items}, or CSV with format=csv'), ...errors({ 400: 'Invalid query' }) },
});

const dipListRoute = createRoute({
  method: 'get',
  path: '/dip',
  operationId: 'listPublicInformation',
  tags: ['public'],
  security: PUBLIC,
  summary: 'The list of public information (DIP): berkala, serta-merta, setiap saat; q= searches title and summary',
  request: { query: dipQuerySchema },
  responses: {
    200: jsonOrCsv(
      z.object({ items: z.array(dipEntryViewSchema) }),
      'JSON {items} (drafts too for its keepers), or CSV of the published entries with format=csv',
    ),
    ...errors({ 400: 'Invalid query' }),
  },
});

const dipCreateRoute = createRoute({
  method: 'post',
  path: '/dip',
  operationId: 'createDipEntry',
  tags: ['dip'],
  security: SESSION,
  summary: 'Add a DIP entry (administrator, PPID Utama)',
  middleware: [requireRole(...DIP_KEEPERS)] as const,
  request: { body: jsonBody(dipEntrySchema) },
  responses: {
    201: json(dipEntryViewSchema, 'The entry'),
    ...errors({ 400: 'Invalid fields', 401: 'Not logged in', 403: 'Role may not keep the DIP', 415: 'Not JSON' }),
  },
});

const dipGetRoute = createRoute({
  method: 'get',
  path: '/dip/{id}',
  operationId: 'getDipEntry',
  tags: ['public'],
  security: PUBLIC,
  summary: 'One published DIP entry (a draft too for its keepers)',
  request: { params: idParam },
  responses: { 200: json(dipEntryViewSchema, 'The entry'), ...errors({ 404: 'No such entry' }) },
});

const dipUpdateRoute = createRoute({
  method: 'post',
  path: '/dip/{id}',
  operationId: 'updateDipEntry',
  tags: ['dip'],
  security: SESSION,
  summary: 'Change a DIP entry, or withdraw it (published: false)',
  middleware: [requireRole(...DIP_KEEPERS)] as const,
  request: { params: idParam, body: jsonBody(dipUpdateSchema) },
  responses: {
    200: json(dipEntryViewSchema, 'The entry'),
    ...errors({
      400: 'Invalid fields',
      401: 'Not logged in',
      403: 'Role may not keep the DIP',
      404: 'No such entry',
      409: 'version_conflict',
      415: 'Not JSON',
    }),
  },
});

const dipAnswerRoute = createRoute({
  method: 'post',
  path: '/dip/{id}/answers',
  operationId: 'answerFromDip',
  tags: ['dip'],
  security: SESSION,
  summary: 'Answer a request whose information is already in the DIP by pointing to this entry (DECIDE granted, with a note naming it)',
  middleware: [requireRole('ppid_utama')] as const,
  request: { params: idParam, body: jsonBody(answerSchema) },
  responses: {
    200: json(officerCaseSchema, 'The case after the decision'),
    ...errors({
      400: 'Invalid fields',
      401: 'Not logged in',
      403: 'PPID Utama only',
      404: 'No such entry or case',
      409: 'event_not_allowed or version_conflict',
      415: 'Not JSON',
    }),
  },
});

export function exemptionRoutes() {
  const app = apiRouter();

  app.openapi(listTestsRoute, async (c) => {
    const deps = c.get('deps');
    const today = await nationalToday(deps);
    return c.json({ items: (await listTests(deps.db, c.req.valid('query'))).map((t) => testView(t, today)) }, 200);
  });

  app.openapi(createTestRoute, async (c) => {
    const deps = c.get('deps');
    const row = await createConsequenceTest(deps, c.req.valid('json'), c.get('actor')!);
    return c.json(testView(row, await nationalToday(deps)), 201);
  });

  app.openapi(getTestRoute, async (c) => {
    const deps = c.get('deps');
    const row = await findTest(deps.db, c.req.valid('param').id);
    return c.json({ ...testView(row, await nationalToday(deps)), cases: await casesOfTest(deps.db, row.id) }, 200);
  });

  app.openapi(updateTestRoute, async (c) => {
    const deps = c.get('deps');
    const row = await updateConsequenceTest(deps, c.req.valid('param').id, c.req.valid('json'), c.get('actor')!);
    return c.json(testView(row, await nationalToday(deps)), 200);
  });

  app.openapi(linkTestRoute, async (c) => {
    const deps = c.get('deps');
    const test = await linkTestToRequest(deps, c.req.valid('param').id, c.req.valid('json').caseId, c.get('actor')!);
    return c.json({ ...testView(test, await nationalToday(deps)), cases: await casesOfTest(deps.db, test.id) }, 200);
  });

  app.openapi(dikRoute, async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const entries = await dikEntries(deps.db, await nationalToday(deps), lang);
    if (c.req.valid('query').format === 'csv') {
      return c.body(dikCsv(entries, lang), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="daftar-informasi-dikecualikan.csv"',
      });
    }
    return c.json({ items: entries }, 200);
  });

  app.openapi(dipListRoute, async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const query = c.req.valid('query');
    const rows = await searchDip(deps.db, { ...query, includeDrafts: isDipKeeper(c.get('actor')) });
    if (query.format === 'csv') {
      return c.body(
        dipCsv(
          rows.filter((r) => r.published === 1),
          lang,
        ),
        200,
        { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="daftar-informasi-publik.csv"' },
      );
    }
    return c.json({ items: rows.map((r) => dipView(r, lang)) }, 200);
  });

  app.openapi(dipCreateRoute, async (c) => {
    const deps = c.get('deps');
    const row = await createDipEntry(deps, c.req.valid('json'), c.get('actor')!);
    return c.json(dipView(await findDipView(deps.db, row.id, true), c.get('lang')), 201);
  });

  app.openapi(dipGetRoute, async (c) => {
    const deps = c.get('deps');
    return c.json(dipView(await findDipView(deps.db, c.req.valid('param').id, isDipKeeper(c.get('actor'))), c.get('lang')), 200);
  });

  app.openapi(dipUpdateRoute, async (c) => {
    const deps = c.get('deps');
    const row = await updateDipEntry(deps, c.req.valid('param').id, c.req.valid('json'), c.get('actor')!);
    return c.json(dipView(await findDipView(deps.db, row.id, true), c.get('lang')), 200);
  });

  app.openapi(dipAnswerRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const { caseId, expectedVersion } = c.req.valid('json');
    const row = await answerFromDip(deps, c.req.valid('param').id, caseId, expectedVersion, actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()), 200);
  });

  return app;
}
