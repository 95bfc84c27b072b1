/**
 * The statutory registers (api.md, "Auditors and reports"): the register of requests (register
 * permohonan, kip-rules §2.4) and of objections (register keberatan, §2.7), as JSON pages, CSV or
 * a landscape PDF. The PPID Utama and administrators (and the atasan PPID, for objections) read
 * them with personal data; auditors with each requester as a stable pseudonym. The contract is
 * written with @hono/zod-openapi: the same zod schemas validate the query and describe every answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from '../../auth/middleware';
import { OBJECTION_REGISTER_READERS, REQUEST_REGISTER_READERS } from '../../registers/audience';
import { RegisterError, objectionRegisterQuerySchema, requestRegisterQuerySchema } from '../../registers/filters';
import { type RegisterAnswer, objectionRegister, requestRegister } from '../../registers/service';
import type { AppEnv } from '../env';
import { SESSION, apiRouter, errorSchema } from './contract';

const deadline = z.object({ due: z.string(), dueAt: z.string(), workingDays: z.number(), calendar: z.string(), provisional: z.boolean() }).nullable();

/** A requester as the caller may see them: every identity field, or only the pseudonym. */
const requesterSchema = z.union([
  z.object({
    type: z.string(),
    name: z.string(),
    nik: z.string().nullable(),
    passportNumber: z.string().nullable(),
    legalEntityNumber: z.string().nullable(),
    address: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    occupation: z.string().nullable(),
    pseudonym: z.string(),
  }),
  z.strictObject({ type: z.string(), occupation: z.string().nullable(), pseudonym: z.string().regex(/^P-[0-9A-F]{12}$/) }),
]);

const requestRowSchema = z.looseObject({
  registrationNumber: z.string(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  channel: z.string(),
  unit: z.string(),
  unitName: z.string(),
  assignedUnits: z.array(z.looseObject({ unit: z.string(), status: z.string() })),
  requester: requesterSchema,
  information: z.string(),
  purpose: z.string(),
  obtainMethod: z.string(),
  status: z.string(),
  informationStatus: z.enum(['held', 'not_held', 'not_yet_documented']).nullable(),
  heldBy: z.string().nullable(),
  outcome: z.enum(['granted', 'partially_granted', 'denied', 'not_held', 'not_yet_documented']).nullable(),
  exemptions: z.array(z.string()),
  noticeDue: z.string(),
  noticeDueCalendar: z.string(),
  extendedNoticeDue: z.string().nullable(),
  reopenedNoticeDue: z.string().nullable(),
  deadlines: z.looseObject({ notice: deadline, noticeExtended: deadline, noticeReopened: deadline, jakartaNotice: deadline }),
  extension: z.object({ reason: z.string(), at: z.string() }).nullable(),
  noticeSentAt: z.string().nullable(),
  workingDaysTaken: z.number().int().nullable(),
  calendarDaysTaken: z.number().int().nullable(),
  fees: z.looseObject({ total: z.number() }).nullable(),
  answeredLate: z.boolean(),
  overdue: z.boolean(),
  id: z.string(),
});

const objectionRowSchema = z.looseObject({
  objectionNumber: z.string(),
  receivedAt: z.string(),
  requester: requesterSchema,
  registrationNumber: z.string(),
  unit: z.string(),
  information: z.string(),
  purpose: z.string(),
  grounds: z.array(z.object({ letter: z.string(), text: z.string() })),
  outcome: z.string().nullable(),
  decision: z.looseObject({ outcome: z.string() }).nullable(),
  respondedOn: z.string().nullable(),
  atasan: z.object({ name: z.string().nullable(), position: z.string().nullable() }).nullable(),
  requesterReaction: z.string().nullable(),
  responseDue: z.string(),
  responseDueCalendar: z.string(),
  late: z.boolean(),
  overdue: z.boolean(),
  dispute: z.looseObject({ commission: z.string(), stage: z.string().nullable() }).nullable(),
  id: z.string(),
});

const page = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    from: z.string(),
    to: z.string(),
    unit: z.string().nullable(),
    pseudonymised: z.boolean(),
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });

const files = (item: z.ZodType, what: string) => ({
  200: {
    description: `${what}: JSON {items, nextCursor} (a page with limit=, else the whole period, streamed past REGISTER_MAX_ROWS), CSV (UTF-8 with BOM, every cell quoted) or PDF (landscape A4)`,
    content: {
      'application/json': { schema: page(item) },
      'text/csv': { schema: z.string() },
      'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
  400: { description: 'Invalid dates, inverted period, unknown unit, outcome, format or cursor', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Not logged in', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Role may not read the register', content: { 'application/json': { schema: errorSchema } } },
  413: { description: 'format=pdf past REGISTER_PDF_MAX_ROWS rows: use the CSV (error.csv)', content: { 'application/json': { schema: errorSchema } } },
});

const requestsRoute = createRoute({
  method: 'get',
  path: '/requests',
  operationId: 'requestRegister',
  tags: ['registers'],
  security: SESSION,
  summary:
    'The request register (register permohonan, kip-rules §2.4) for requests received from–to (local dates of receipt on their own calendar), by receiving unit and outcome',
  middleware: [requireRole(...REQUEST_REGISTER_READERS)],
  request: { query: requestRegisterQuerySchema },
  responses: files(requestRowSchema, 'The register of requests'),
});

const objectionsRoute = createRoute({
  method: 'get',
  path: '/objections',
  operationId: 'objectionRegister',
  tags: ['registers'],
  security: SESSION,
  summary:
    'The objection register (register keberatan, kip-rules §2.7) for objections received from–to (local dates, Jakarta): columns (a)–(k), the atasan PPID deadline and outcome, the late and overdue flags and the dispute',
  middleware: [requireRole(...OBJECTION_REGISTER_READERS)],
  request: { query: objectionRegisterQuerySchema },
  responses: files(objectionRowSchema, 'The register of objections'),
});

function send(c: Context<AppEnv>, answer: RegisterAnswer) {
  if (answer.kind === 'json') return c.json(answer.body, 200);
  const disposition = answer.contentType.startsWith('application/json') ? 'inline' : 'attachment';
  c.header('Content-Type', answer.contentType);
  c.header('Content-Disposition', `${disposition}; filename="${answer.filename}"`);
  c.header('Cache-Control', 'no-store');
  if (answer.streamed) c.header('X-Register-Streamed', '1');
  return c.body(answer.body as string, 200);
}

function refused(c: Context<AppEnv>, e: unknown) {
  if (!(e instanceof RegisterError)) throw e;
  const fields = Object.keys(e.fields).length > 0 ? { fields: e.fields } : {};
  return c.json({ error: { code: e.code, message: e.text, ...fields, ...e.extra } }, e.status);
}

export function registerRoutes() {
  const app = apiRouter();

  app.openapi(requestsRoute, async (c) => {
    try {
      return send(c, await requestRegister(c.get('deps'), c.get('actor')!, c.req.valid('query'), c.get('lang')));
    } catch (e) {
      return refused(c, e);
    }
  });

  app.openapi(objectionsRoute, async (c) => {
    try {
      return send(c, await objectionRegister(c.get('deps'), c.get('actor')!, c.req.valid('query'), c.get('lang')));
    } catch (e) {
      return refused(c, e);
    }
  });

  return app;
}

/** The registers' part of the OpenAPI document (paths under /api/v1/registers), generated from the routes above. */
