/**
 * The annual and semester service reports (PPID Utama, administrator, auditor) and the public
 * Art. 12 statistics. Contract first: each route is a `createRoute` with zod schemas for its input
 * and every response, and the OpenAPI document is generated from them (@hono/zod-openapi).
 * Reports hold no personal data at all, whoever asks.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from '../../auth/middleware';
import type { Lang } from '../../i18n';
import { reportCsv } from '../../reports/report-csv';
import { renderReportPdf } from '../../reports/report-pdf';
import { type ServiceReport, buildServiceReport, checkReportQuery } from '../../reports/service-report';
import { publicStatistics, statisticsYears } from '../../reports/statistics';
import type { AppEnv } from '../env';
import { SESSION, apiRouter, errorSchema } from './contract';

const counts = z.record(z.string(), z.number().int());
const traceSchema = z.object({
  register: z.string().describe('The register listing the cases behind the figure'),
  where: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .describe('Rows of that register to count'),
  of: z.string().optional().describe('For a computed figure: what it is computed from'),
});
const stats = z.object({ mean: z.number().nullable(), median: z.number().nullable(), p90: z.number().nullable(), max: z.number().nullable() });

const satisfactionFigures = {
  responses: z.number().int().describe('Answers received'),
  elements: z.record(z.string(), z.number().nullable()).describe('Mean score (1–4) of each element: procedure, time, result, conduct, facilities'),
  index: z.number().nullable().describe('Satisfaction index (IKM): mean of the element means × 25, 0–100'),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable().describe('Quality (mutu pelayanan): A 88.31–100, B 76.61–88.30, C 65.00–76.60, D below'),
};
const satisfactionSchema = z
  .object({
    ...satisfactionFigures,
    units: z.array(z.object({ code: z.string(), nameId: z.string(), nameEn: z.string(), ...satisfactionFigures })),
  })
  .describe('The anonymous satisfaction survey answered after closing (Permenpan RB 14/2017), for the period and unit, and per unit');

const serviceReportSchema = z
  .object({
    kind: z.enum(['annual', 'semester']),
    year: z.number().int(),
    half: z.union([z.literal(1), z.literal(2)]).optional(),
    unit: z.string().nullable(),
    period: z.object({ from: z.string(), to: z.string() }),
    generatedAt: z.string(),
    checkpoint: z
      .object({ seq: z.number().int(), head: z.string(), at: z.string(), keyId: z.string(), signature: z.string() })
      .nullable()
      .describe('The audit-trail head signed when the report was made (Ed25519; GET /api/v1/audit/checkpoints/latest)'),
    requests: z.object({ received: z.number().int(), byMonth: counts, byChannel: counts, byRequesterType: counts, byUnit: counts }),
    outcomes: z.object({
      decided: z.number().int(),
      granted: z.number().int(),
      partially_granted: z.number().int(),
      denied: z.number().int(),
      not_held: z.number().int(),
      not_yet_documented: z.number().int(),
      deniedByExemption: counts,
    }),
    timeToServe: z.object({ decided: z.number().int(), workingDays: stats }),
    onTime: z.object({ decided: z.number().int(), onTime: z.number().int(), rate: z.number().nullable() }),
    extensions: z.number().int(),
    pending: z.object({
      open: z.number().int(),
      overdue: z.number().int(),
      oldest: z.array(
        z.object({
          registrationNumber: z.string(),
          receivedAt: z.string(),
          receivedOn: z.string(),
          unit: z.string(),
          state: z.string(),
          noticeDue: z.string(),
          overdue: z.boolean(),
        }),
      ),
    }),
    objections: z.object({ received: z.number().int(), byOutcome: counts }),
    disputes: z.object({ filed: z.number().int(), byStage: counts, byOutcome: counts }),
    units: z.array(
      z.object({
        code: z.string(),
        nameId: z.string(),
        nameEn: z.string(),
        received: z.number().int(),
        decided: z.number().int(),
        onTime: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
    satisfaction: satisfactionSchema,
    narrative: z.record(z.string(), z.string()),
    trace: z.record(z.string(), traceSchema).describe('For each figure path (e.g. `outcomes.denied`), how to recount it from the registers'),
  })
  .openapi('ServiceReport');

const yearFigures = z.object({
  year: z.number().int(),
  received: z.number().int(),
  decided: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: z.number().nullable(),
  outcomes: counts,
  deniedByExemption: counts,
  timeToServe: stats,
  pending: z.object({ open: z.number().int(), overdue: z.number().int() }),
});

const statisticsSchema = yearFigures
  .extend({
    byMonth: counts,
    units: z.array(
      z.object({
        code: z.string(),
        nameId: z.string(),
        nameEn: z.string(),
        received: z.number().int(),
        decided: z.number().int(),
        granted: z.number().int(),
        partiallyGranted: z.number().int(),
        denied: z.number().int(),
        onTime: z.number().int(),
        onTimeRate: z.number().nullable(),
        medianWorkingDays: z.number().nullable(),
      }),
    ),
    years: z.array(yearFigures),
    satisfaction: z
      .object({
        responses: z.number().int(),
        index: z.number().nullable().describe('0–100; null below minResponses answers'),
        grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
        minResponses: z.number().int(),
      })
      .describe('The satisfaction survey (Permenpan RB 14/2017) of the year, the body as a whole'),
  })
  .openapi('PublicStatistics');

const format = z.enum(['json', 'csv', 'pdf']).default('json');
const year = z.coerce.number().int().min(2000).max(2100);
const unit = z.string().trim().min(1).max(64).optional().describe('Unit or mission code (the receiving unit); absent: the whole body');

const annualQuery = z.object({ year, unit, format });
const semesterQuery = z.object({ year, half: z.coerce.number().int().min(1).max(2), unit, format });

const reportResponses = {
  200: {
    description: 'The report: JSON, CSV (UTF-8 with BOM) or PDF on the letterhead',
    content: {
      'application/json': { schema: serviceReportSchema },
      'text/csv': { schema: z.string() },
      'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
  400: { description: 'Unknown year, half, unit or format (every invalid field named)', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Not logged in', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Role may not read reports', content: { 'application/json': { schema: errorSchema } } },
} as const;

const REPORT_READERS = requireRole('ppid_utama', 'admin', 'auditor');

/** A report's route: the annual one and the semester one differ only in path, summary and query (the half). */
const reportRoute = <Q extends typeof annualQuery | typeof semesterQuery>(path: string, summary: string, query: Q) =>
  createRoute({
    method: 'get',
    path,
    tags: ['reports'],
    summary,
    security: SESSION,
    middleware: [REPORT_READERS] as const,
    request: { query },
    responses: reportResponses,
  });

const annualRoute = reportRoute(
  '/reports/annual',
  'The annual public-information service report (laporan layanan informasi publik, Perki 1/2021 Art. 56)',
  annualQuery,
);
const semesterRoute = reportRoute('/reports/semester', 'The semester service report (half 1: January–June, 2: July–December)', semesterQuery);

const statisticsRoute = createRoute({
  method: 'get',
  path: '/statistics',
  tags: ['public'],
  summary: 'The UU 14/2008 Art. 12 figures for a year (default: the current one), per unit/mission, and the totals of every year; no personal data',
  request: { query: z.object({ year: year.optional() }) },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: statisticsSchema } } },
    400: { description: 'Unknown year', content: { 'application/json': { schema: errorSchema } } },
  },
});

async function answer(c: Context<AppEnv>, report: ServiceReport, fmt: 'json' | 'csv' | 'pdf', lang: Lang) {
  const name = `laporan-layanan-${report.year}${report.half ? `-s${report.half}` : ''}${report.unit ? `-${report.unit}` : ''}`;
  if (fmt === 'csv') {
    return c.body(reportCsv(report), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` });
  }
  if (fmt === 'pdf') {
    const pdf = await renderReportPdf(c.get('deps').db, report, lang);
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}.pdf"` });
  }
  return c.json(report, 200);
}

/** The annual report, or a semester's when the query names the half. */
async function report(c: Context<AppEnv>, q: z.infer<typeof annualQuery> & { half?: number }) {
  const deps = c.get('deps');
  await checkReportQuery(deps, q);
  const built = await buildServiceReport(deps, { year: q.year, ...(q.half ? { half: q.half as 1 | 2 } : {}), unit: q.unit });
  return answer(c, built, q.format, c.get('lang'));
}

export function reportRoutes() {
  const app = apiRouter();

  app.openapi(annualRoute, (c) => report(c as unknown as Context<AppEnv>, c.req.valid('query')) as never);
  app.openapi(semesterRoute, (c) => report(c as unknown as Context<AppEnv>, c.req.valid('query')) as never);

  app.openapi(statisticsRoute, async (c) => {
    const deps = c.get('deps');
    const q = c.req.valid('query');
    const years = await statisticsYears(deps);
    const y = q.year ?? years.at(-1)!;
    if (q.year !== undefined) await checkReportQuery(deps, { year: q.year });
    return c.json(await publicStatistics(deps, y), 200);
  });

  return app;
}

/** The OpenAPI paths of these routes (under /api/v1), for the service's one document. */
export function reportOpenApiPaths(): Record<string, unknown> {
  const doc = reportRoutes().getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Terbuka API', version: '1' } });
  return Object.fromEntries(Object.entries(doc.paths ?? {}).map(([path, item]) => [`/api/v1${path}`, item]));
}
