/** The OpenAPI 3.1 document, generated from the same zod schemas that validate the requests. */
import { z } from 'zod';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  auth?: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, string | { description: string; schema: z.ZodType }>;
}

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    allowed: z.array(z.string()).optional(),
  }),
});

export function openApiDocument(docs: RouteDoc[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of docs) {
    const params = [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = d.query
      ? Object.entries(d.query.shape).map(([name, schema]) => ({
          name,
          in: 'query',
          required: !(schema as z.ZodType).safeParse(undefined).success,
          schema: json(schema as z.ZodType),
        }))
      : [];
    paths[d.path] ??= {};
    paths[d.path]![d.method] = {
      summary: d.summary,
      tags: [d.tag],
      ...(d.auth ? { security: [{ cookie: [] }, { bearer: [] }] } : {}),
      parameters: [...params, ...query, { name: 'Accept-Language', in: 'header', schema: { type: 'string', enum: ['id', 'en'] } }],
      ...(d.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(d.body) } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(d.responses).map(([status, r]) => {
          const description = typeof r === 'string' ? r : r.description;
          const schema = typeof r === 'string' ? (Number(status) >= 400 ? errorSchema : undefined) : r.schema;
          return [status, { description, ...(schema ? { content: { 'application/json': { schema: json(schema) } } } : {}) }];
        }),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Terbuka API',
      version: '1',
      description: 'Public-information requests (permohonan informasi publik, UU 14/2008) and the PPID case workflow.',
    },
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'terbuka_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
