/**
 * The requester's side of the answer (issue 17), written with @hono/zod-openapi so the contract
 * is the code: every request and response is a zod schema, and `answerRoutes().getOpenAPI31Document`
 * documents them.
 * - `GET /api/v1/requests/{number}/files/{fileId}?code=` — a released file (the information
 *   itself, redacted where the decision says so). The tracking code as `?code=`, the header
 *   `X-Tracking-Code`, or the tracking page's sealed cookie; a wrong code and an unknown number
 *   look the same (404). Pictures inline, everything else as an attachment; always nosniff.
 * - `POST /api/v1/requests/{number}/clarification?code=` — the requester's answer to a
 *   clarification request: JSON `{message}` or multipart (`message` + `files`). 409
 *   `event_not_allowed` with `allowed` when the case is not waiting for one.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { answerClarification } from '../../answers/clarification';
import { openCaseFile } from '../../answers/case-files';
import { findCaseByNumber } from '../../cases/case.repository';
import { DomainError, notFound } from '../../cases/errors';
import { trackingCodeMatches } from '../../cases/tracking-code';
import type { AppEnv } from '../env';
import { publicRateLimit } from '../rate-limit';
import { accessedCase } from '../web/public/access-cookie';
import { readJson, validationError } from './errors';

const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      allowed: z.array(z.string()).optional(),
    }),
  })
  .openapi('AnswerError');

const errorResponse = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

const NumberParams = z.object({
  number: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'number', in: 'path' }, description: 'Registration number, URL-encoded' }),
});
const CodeQuery = z.object({ code: z.string().max(64).optional().openapi({ description: 'The tracking code (or header X-Tracking-Code)' }) });

const fileRoute = createRoute({
  method: 'get',
  path: '/requests/{number}/files/{fileId}',
  tags: ['public'],
  summary: 'A released file: the information itself, redacted where the decision says so; its SHA-256 is the ETag and is in the audit trail',
  middleware: [publicRateLimit] as const,
  request: {
    params: NumberParams.extend({
      fileId: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'fileId', in: 'path' } }),
    }),
    query: CodeQuery,
  },
  responses: {
    200: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'The file, as released' },
    404: errorResponse('Unknown number, wrong code, or not a released file of this request'),
  },
});

const ClarificationBody = z.object({ message: z.string().trim().min(1).max(5000) }).openapi('ClarificationAnswer');
const ClarificationMultipart = z
  .object({
    message: z.string().max(5000),
    // Parts are File objects once parsed; documented as binary strings.
    files: z
      .any()
      .optional()
      .openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
  })
  .openapi('ClarificationAnswerMultipart');
const ClarificationReceipt = z
  .object({
    status: z.string().openapi({ description: 'The case is back with its handler: in_review' }),
    receivedAt: z.string(),
    files: z.array(z.object({ id: z.string(), filename: z.string(), sha256: z.string(), size: z.number().int() })),
  })
  .openapi('ClarificationReceipt');

/**
 * The body (JSON `ClarificationAnswer` or multipart `ClarificationAnswerMultipart`) is read and
 * checked in the handler: a declared body would be validated by the route before the handler
 * could tell JSON from multipart. The schemas are registered for the document below.
 */
const clarificationRoute = createRoute({
  method: 'post',
  path: '/requests/{number}/clarification',
  tags: ['public'],
  summary: "The requester's answer to a clarification request: text and optional files (PDF, pictures, office documents, CSV)",
  middleware: [publicRateLimit] as const,
  request: {
    params: NumberParams,
    query: CodeQuery,
    // Documented by reference (plain JSON Schema objects, so the route does not validate them).
    body: {
      required: true,
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/ClarificationAnswer' } },
        'multipart/form-data': { schema: { $ref: '#/components/schemas/ClarificationAnswerMultipart' } },
      },
    },
  },
  responses: {
    200: { content: { 'application/json': { schema: ClarificationReceipt } }, description: 'Answer received; the case returned to its handler' },
    400: errorResponse('Invalid input: no message, or a file that is too large, of a type not allowed, or not what its content says; nothing stored'),
    404: errorResponse('Unknown number or wrong code'),
    409: errorResponse('event_not_allowed: the case is not waiting for a clarification (`allowed` lists what may be sent now)'),
    413: errorResponse('The request is too large'),
  },
});

/** The case this caller may see by number and tracking code (query, header, or the tracking page's sealed cookie). */
async function publicCase(c: Context<AppEnv>, number: string, code: string | undefined) {
  const deps = c.get('deps');
  const given = code ?? c.req.header('X-Tracking-Code');
  if (given) {
    const row = await findCaseByNumber(deps.db, number);
    if (!row || !trackingCodeMatches(given, row.tracking_code_hash)) throw notFound();
    return row;
  }
  const access = await accessedCase(c, number);
  if (!access) throw notFound();
  return access.row;
}

/** Reads the answer from JSON or multipart; files are every `files` part that is a file. */
async function readAnswer(c: Context<AppEnv>): Promise<{ message: string; files: Array<{ name: string; bytes: Uint8Array }> }> {
  const type = c.req.header('Content-Type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    let body: Record<string, string | File | Array<string | File>>;
    try {
      body = await c.req.parseBody({ all: true });
    } catch {
      throw new DomainError(400, 'invalid_form', 'invalid_form');
    }
    const message = typeof body.message === 'string' ? body.message : '';
    const parts = ([] as Array<string | File>).concat(body.files ?? []);
    const files = [];
    for (const p of parts) if (typeof p === 'object' && p.size > 0) files.push({ name: p.name, bytes: new Uint8Array(await p.arrayBuffer()) });
    return { message, files };
  }
  const parsed = ClarificationBody.safeParse(await readJson(c));
  if (!parsed.success) throw new ValidationFailure(parsed.error);
  return { message: parsed.data.message, files: [] };
}

class ValidationFailure extends Error {
  constructor(readonly error: z.ZodError) {
    super('validation');
  }
}

const INLINE = new Set(['image/png', 'image/jpeg']);

export function answerRoutes() {
  const app = new OpenAPIHono<AppEnv>({
    // A request that fails its schema answers in the API's one error shape (400, every field named).
    defaultHook: (result, c) => {
      if (!result.success) return validationError(c as unknown as Context<AppEnv>, result.error as unknown as z.ZodError);
    },
  });

  app.openAPIRegistry.register('ClarificationAnswer', ClarificationBody);
  app.openAPIRegistry.register('ClarificationAnswerMultipart', ClarificationMultipart);

  app.openapi(fileRoute, async (c) => {
    const { number, fileId } = c.req.valid('param');
    const row = await publicCase(c, number, c.req.valid('query').code);
    const deps = c.get('deps');
    const file = await openCaseFile(deps, row.id, fileId, { releasedOnly: true });
    if (!file) throw notFound();
    const disposition = INLINE.has(file.contentType) ? 'inline' : 'attachment';
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ETag: `"${file.sha256}"`,
    });
  });

  app.openapi(clarificationRoute, async (c) => {
    const { number } = c.req.valid('param');
    const row = await publicCase(c, number, c.req.valid('query').code);
    let answer: Awaited<ReturnType<typeof readAnswer>>;
    try {
      answer = await readAnswer(c);
    } catch (e) {
      if (e instanceof ValidationFailure) return validationError(c as unknown as Context<AppEnv>, e.error) as never;
      throw e;
    }
    const result = await answerClarification(c.get('deps'), row, answer);
    return c.json(
      {
        status: result.status,
        receivedAt: result.receivedAt,
        files: result.files.map((f) => ({ id: f.id, filename: f.filename, sha256: f.sha256, size: f.size })),
      },
      200,
    );
  });

  return app;
}
