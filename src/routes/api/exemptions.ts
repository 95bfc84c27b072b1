/**
 * Consequence tests (uji konsekuensi), the DIK (daftar informasi yang dikecualikan, public) and
 * the DIP (daftar informasi publik, public; kept by administrators and the PPID Utama).
 * Parse, authorise, call the domain.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { NATIONAL_CALENDAR_CODE } from '../../calendar/national';
import { OFFICERS, requireRole } from '../../auth/middleware';
import { findCaseInScope } from '../../cases/case.repository';
import { officerCaseView } from '../../cases/case-view';
import {
  TEST_WRITERS,
  casesOfTest,
  createConsequenceTest,
  findTest,
  linkTestToCase,
  listTests,
  testView,
  updateConsequenceTest,
} from '../../exemptions/consequence-tests';
import { consequenceTestInputSchema, consequenceTestUpdateSchema, linkSchema, testQuerySchema } from '../../exemptions/consequence-test.schema';
import { dikCsv, dikEntries } from '../../exemptions/dik';
import { answerFromDip } from '../../dip/answer-from-dip';
import { createDipEntry, dipCsv, dipEntrySchema, dipQuerySchema, dipUpdateSchema, dipView, findDipView, searchDip, updateDipEntry } from '../../dip/dip';
import type { Deps } from '../../deps';
import type { AppEnv } from '../env';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const DIP_KEEPERS = ['admin', 'ppid_utama'] as const;
const dikQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
const answerSchema = z.object({ caseId: z.string().min(1).max(100), expectedVersion: z.number().int().min(1) });
const idOf = (c: { req: { param: (k: string) => string } }) => c.req.param('id');

async function today(deps: Deps) {
  return (await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE)).localDateOf(deps.clock());
}

export const exemptionDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/consequence-tests',
    tag: 'exemptions',
    auth: true,
    query: testQuerySchema,
    summary: 'Consequence tests (uji konsekuensi), newest first; caseId= lists the tests a denial relies on',
    responses: { 200: '{items}' },
  },
  {
    method: 'post',
    path: '/api/v1/consequence-tests',
    tag: 'exemptions',
    auth: true,
    body: consequenceTestInputSchema,
    summary: 'Record a consequence test (before any request, at a request, or during a dispute: Perki 1/2021 Art. 49)',
    responses: { 201: 'The test', 400: 'Invalid fields', 403: 'Role or unit may not record tests' },
  },
  {
    method: 'get',
    path: '/api/v1/consequence-tests/{id}',
    tag: 'exemptions',
    auth: true,
    summary: 'One test, with the requests that rely on it',
    responses: { 200: 'The test', 404: 'No such test' },
  },
  {
    method: 'post',
    path: '/api/v1/consequence-tests/{id}',
    tag: 'exemptions',
    auth: true,
    body: consequenceTestUpdateSchema,
    summary: 'Change a test: its public description for the DIK, its period, its classification decision, or revoke it',
    responses: { 200: 'The test', 400: 'Invalid fields', 403: 'Role or unit may not change it', 404: 'No such test', 409: 'version_conflict' },
  },
  {
    method: 'post',
    path: '/api/v1/consequence-tests/{id}/links',
    tag: 'exemptions',
    auth: true,
    body: linkSchema,
    summary: 'Link a test to a denied (or partially granted) request that relies on it',
    responses: { 200: 'The test', 400: 'The request was not denied', 404: 'No such test or request' },
  },
  {
    method: 'get',
    path: '/api/v1/dik',
    tag: 'public',
    query: dikQuery,
    summary:
      'The list of exempt information (DIK) built from the consequence tests in force: what is exempt, the legal basis, the consequence, the period — never the confidential content',
    responses: { 200: 'JSON {items} or text/csv' },
  },
  {
    method: 'get',
    path: '/api/v1/dip',
    tag: 'public',
    query: dipQuerySchema,
    summary: 'The list of public information (DIP): berkala, serta-merta, setiap saat; q= searches title and summary',
    responses: { 200: 'JSON {items} or text/csv' },
  },
  {
    method: 'post',
    path: '/api/v1/dip',
    tag: 'dip',
    auth: true,
    body: dipEntrySchema,
    summary: 'Add a DIP entry (administrator, PPID Utama)',
    responses: { 201: 'The entry', 400: 'Invalid fields', 403: 'Role may not keep the DIP' },
  },
  { method: 'get', path: '/api/v1/dip/{id}', tag: 'public', summary: 'One published DIP entry', responses: { 200: 'The entry', 404: 'No such entry' } },
  {
    method: 'post',
    path: '/api/v1/dip/{id}',
    tag: 'dip',
    auth: true,
    body: dipUpdateSchema,
    summary: 'Change a DIP entry, or withdraw it (published: false)',
    responses: { 200: 'The entry', 400: 'Invalid fields', 404: 'No such entry', 409: 'version_conflict' },
  },
  {
    method: 'post',
    path: '/api/v1/dip/{id}/answers',
    tag: 'dip',
    auth: true,
    body: answerSchema,
    summary: 'Answer a request whose information is already in the DIP by pointing to this entry (DECIDE granted, with a note naming it)',
    responses: { 200: 'The case after the decision', 404: 'No such entry or case', 409: 'event_not_allowed or version_conflict' },
  },
];

export function exemptionRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/consequence-tests', requireRole(...OFFICERS), validate('query', testQuerySchema), async (c) => {
    const deps = c.get('deps');
    const d = await today(deps);
    return c.json({ items: (await listTests(deps.db, c.req.valid('query'))).map((t) => testView(t, d)) });
  });

  app.post('/consequence-tests', requireRole(...TEST_WRITERS), validate('json', consequenceTestInputSchema), async (c) => {
    const deps = c.get('deps');
    const row = await createConsequenceTest(deps, c.req.valid('json'), c.get('actor')!);
    return c.json(testView(row, await today(deps)), 201);
  });

  app.get('/consequence-tests/:id', requireRole(...OFFICERS), async (c) => {
    const deps = c.get('deps');
    const row = await findTest(deps.db, idOf(c));
    return c.json({ ...testView(row, await today(deps)), cases: await casesOfTest(deps.db, row.id) });
  });

  app.post('/consequence-tests/:id', requireRole(...TEST_WRITERS), validate('json', consequenceTestUpdateSchema), async (c) => {
    const deps = c.get('deps');
    const row = await updateConsequenceTest(deps, idOf(c), c.req.valid('json'), c.get('actor')!);
    return c.json(testView(row, await today(deps)));
  });

  app.post('/consequence-tests/:id/links', requireRole('ppid_utama'), validate('json', linkSchema), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const test = await findTest(deps.db, idOf(c));
    await deps.transact(async (trx) => {
      const caseRow = await findCaseInScope(trx, c.req.valid('json').caseId, actor);
      await linkTestToCase(trx, test.id, caseRow, actor, deps.clock().toISOString());
    });
    return c.json({ ...testView(test, await today(deps)), cases: await casesOfTest(deps.db, test.id) });
  });

  app.get('/dik', validate('query', dikQuery), async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const entries = await dikEntries(deps.db, await today(deps), lang);
    if (c.req.valid('query').format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="daftar-informasi-dikecualikan.csv"');
      return c.body(dikCsv(entries, lang));
    }
    return c.json({ items: entries });
  });

  app.get('/dip', validate('query', dipQuerySchema), async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const query = c.req.valid('query');
    const actor = c.get('actor');
    const rows = await searchDip(deps.db, { ...query, includeDrafts: actor !== undefined && (DIP_KEEPERS as readonly string[]).includes(actor.role) });
    if (query.format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="daftar-informasi-publik.csv"');
      return c.body(
        dipCsv(
          rows.filter((r) => r.published === 1),
          lang,
        ),
      );
    }
    return c.json({ items: rows.map((r) => dipView(r, lang)) });
  });

  app.post('/dip', requireRole(...DIP_KEEPERS), validate('json', dipEntrySchema), async (c) => {
    const deps = c.get('deps');
    const row = await createDipEntry(deps, c.req.valid('json'), c.get('actor')!);
    return c.json(dipView(await findDipView(deps.db, row.id, true), c.get('lang')), 201);
  });

  app.get('/dip/:id', async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor');
    const keeper = actor !== undefined && (DIP_KEEPERS as readonly string[]).includes(actor.role);
    return c.json(dipView(await findDipView(deps.db, idOf(c), keeper), c.get('lang')));
  });

  app.post('/dip/:id', requireRole(...DIP_KEEPERS), validate('json', dipUpdateSchema), async (c) => {
    const deps = c.get('deps');
    const row = await updateDipEntry(deps, idOf(c), c.req.valid('json'), c.get('actor')!);
    return c.json(dipView(await findDipView(deps.db, row.id, true), c.get('lang')));
  });

  app.post('/dip/:id/answers', requireRole('ppid_utama'), validate('json', answerSchema), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const { caseId, expectedVersion } = c.req.valid('json');
    const row = await answerFromDip(deps, idOf(c), caseId, expectedVersion, actor);
    return c.json(await officerCaseView(deps.db, row, actor, c.get('lang'), deps.clock()));
  });

  return app;
}
