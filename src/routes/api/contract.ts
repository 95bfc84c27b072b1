/**
 * The API contract's shared pieces (@hono/zod-openapi): each route is declared once with
 * `createRoute` — its params, query, body and every response as zod schemas — and registered with
 * `app.openapi(route, handler)`; the handler is typed by the route and the OpenAPI document at
 * `GET /api/v1/openapi.json` is generated from the same declarations (openapi.ts, index.ts).
 *
 * How to add a route (a new file, or a route in an existing one):
 *
 * ```ts
 * import { apiRouter, createRoute, errors, json, jsonBody, SESSION, z } from './contract';
 *
 * const thingSchema = z.object({ id: z.string(), name: z.string() });
 * const getThing = createRoute({
 *   method: 'get',
 *   path: '/things/{id}',                       // relative to where the router is mounted
 *   operationId: 'getThing',                    // stable camelCase: generated clients name methods by it
 *   tags: ['things'],
 *   summary: 'One thing',
 *   security: SESSION,                          // or PUBLIC (no login)
 *   middleware: [requireRole('admin')] as const, // runs before the request is validated (401/403 first)
 *   request: { params: z.object({ id: z.string() }), query: …, body: jsonBody(newThingSchema) },
 *   responses: {
 *     200: json(thingSchema, 'The thing'),
 *     ...errors({ 401: 'Not logged in', 403: 'Administrators only', 404: 'No such thing' }),
 *   },
 * });
 *
 * export function thingRoutes() {
 *   const app = apiRouter();
 *   app.openapi(getThing, async (c) => c.json(await findThing(c.get('deps'), c.req.valid('param').id), 200));
 *   return app;
 * }
 * ```
 *
 * then mount it in `apiRoutes()` (src/routes/api/index.ts): `api.route(`${API_BASE}/…`, thingRoutes())`.
 * The parent is an OpenAPIHono, so every route lands in the document with its mount path and the
 * sub-app inherits `defaultHook` (a sub-app made with a bare `new OpenAPIHono()` works too). An
 * invalid param, query or body answers the API's one 400 (`{error: {code: 'invalid_input',
 * message, fields}}`, errors.ts) through `defaultHook`; a JSON body of another media type is a 415. Errors are thrown as `DomainError` and answered by
 * `onError`; declare each status the route can answer with `errors({...})`.
 */
import { type Hook, OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';
import type { ZodError } from 'zod';
import type { AppEnv } from '../env';
import { validationError } from './errors';

export { createRoute, z };

/** The body of every error: a code a program can switch on, a message in the caller's language. */
export const errorSchema = z
  .object({
    error: z
      .object({
        code: z.string().describe('Stable, machine-readable: invalid_input, not_found, event_not_allowed, version_conflict, …'),
        message: z.string().describe('In the Accept-Language (id default, en)'),
        fields: z.record(z.string(), z.string()).optional().describe('Every invalid field (dotted path) with its message'),
        allowed: z.array(z.string()).optional().describe('event_not_allowed: the events the workflow accepts now'),
      })
      .loose(),
  })
  .openapi('Error');

/**
 * Security requirements. SESSION: the session cookie a browser holds after login, or the same
 * token as `Authorization: Bearer`. PUBLIC: no login (stated, so that a client knows it is meant).
 */
export const SESSION: Array<Record<string, string[]>> = [{ cookie: [] }, { bearer: [] }];
export const PUBLIC: Array<Record<string, string[]>> = [];
export const securitySchemes = {
  cookie: { type: 'apiKey', in: 'cookie', name: 'terbuka_session', description: 'Set by POST /api/v1/auth/login' },
  bearer: { type: 'http', scheme: 'bearer', description: 'The token POST /api/v1/auth/login returns' },
} as const;

/** A JSON response. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema } },
});

/**
 * A JSON body the handler reads and parses itself — where the order of checks is part of the
 * contract (a wrong tracking code is a 404 before a bad body is a 400) or the parse has its own
 * errors (an unknown event type). Documented from the same zod schema; not validated before the
 * handler runs.
 */
export function parsedByHandler(schema: z.ZodType, description?: string) {
  const { $schema: _, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { required: true, ...(description ? { description } : {}), content: { 'application/json': { schema: jsonSchema as Record<string, unknown> } } };
}

/** The error responses a route can answer, each with the error body: `errors({404: 'No such case'})`. */
export function errors<const T extends Record<number, string>>(statuses: T) {
  type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof errorSchema } } };
  const out: Record<string, ErrorResponse> = {};
  for (const [status, description] of Object.entries(statuses)) out[status] = { description, content: { 'application/json': { schema: errorSchema } } };
  return out as { [K in keyof T]: ErrorResponse };
}

/** A binary download (a PDF, a ZIP) or a text file (CSV), described by its media type. */
const binary = (mediaType: string) => z.string().openapi({ type: 'string', format: 'binary', contentMediaType: mediaType } as never);
export const pdfResponse = (description: string) => ({ description, content: { 'application/pdf': { schema: binary('application/pdf') } } });
export const zipResponse = (description: string) => ({ description, content: { 'application/zip': { schema: binary('application/zip') } } });
export const csvContent = { 'text/csv': { schema: z.string().describe('CSV, UTF-8, header row first') } };

/** JSON (the default) or CSV when `format=csv`: one response, two media types. */
export const jsonOrCsv = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema }, ...csvContent },
});

/**
 * `schema | null` for a named schema (one with `.openapi('Name')`): `.nullable()` on it would be
 * documented as allOf [$ref, {type: [object, null]}], which no null matches; this is anyOf [$ref, null].
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

/** A response without a body (204). */
export const noContent = (description: string) => ({ description });

/** An instant, ISO 8601 in UTC (`2026-11-27T03:00:00.000Z`). */
export const instant = () => z.string().describe('Instant, ISO 8601');
/** A local calendar date in the time zone of the calendar that counted it. */
export const localDate = () => z.string().describe('Local date YYYY-MM-DD');

/**
 * zod failures answer exactly as the rest of the API: 400 with every invalid field in the caller's
 * language (errors.ts `validationError`), never zod's own dump.
 */
export const defaultHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (!result.success) {
    return validationError(c as unknown as Context<AppEnv>, result.error as unknown as ZodError, 'data' in result ? result.data : undefined);
  }
};

/** A router whose routes join the document when a parent OpenAPIHono `.route()`s it. */
export const apiRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: defaultHook as Hook<unknown, AppEnv, string, unknown> });
export type ApiRouter = ReturnType<typeof apiRouter>;

/** A path parameter. */
export const pathParams = <const K extends string>(...names: K[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, z.string().min(1)])) as Record<K, z.ZodString>);
