/**
 * `GET /api/v1/documents/verify/{documentId}` (public, issue 11 item 7): what the service issued
 * under the id a document's QR code carries — number, date, issuer, kind and SHA-256, nothing
 * personal. A printed letter's reader compares them with the paper (and a PDF's SHA-256 with its file).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../cases/errors';
import { verificationUrl, verifyDocument } from '../../documents/verification';
import { apiRouter } from './contract';

const names = z.object({ id: z.string(), en: z.string() });
const verificationSchema = z
  .object({
    documentId: z.string(),
    number: z.string().describe('The letter number (nomor surat); for a receipt, the registration number it carries'),
    date: z.string().describe('Local date of issue, YYYY-MM-DD'),
    issuedAt: z.string().describe('Instant of issue, ISO 8601'),
    issuer: z.object({ body: names, unit: names.extend({ code: z.string() }).nullable() }),
    kind: z.string(),
    kindLabel: names,
    lang: z.string().describe('The language the document is written in'),
    sha256: z.string().describe('SHA-256 of the PDF as issued'),
    bytes: z.number().int(),
    url: z.string().describe('The public verification page'),
  })
  .openapi('DocumentVerification');

const route = createRoute({
  method: 'get',
  path: '/{documentId}',
  operationId: 'verifyDocument',
  tags: ['public'],
  summary: 'Check an issued document by the id in its QR code: number, date, issuer, kind and SHA-256 (nothing personal)',
  security: [],
  request: { params: z.object({ documentId: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'The document as issued', content: { 'application/json': { schema: verificationSchema } } },
    404: {
      description: 'No document was issued under this id',
      content: { 'application/json': { schema: z.object({ error: z.object({ code: z.string(), message: z.string() }).loose() }) } },
    },
  },
});

export function documentVerificationRoutes() {
  const app = apiRouter();
  app.openapi(route, async (c) => {
    const deps = c.get('deps');
    const { documentId } = c.req.valid('param');
    const v = await verifyDocument(deps.db, documentId);
    if (!v) throw new DomainError(404, 'not_found', 'not_found');
    return c.json({ ...v, url: verificationUrl(deps.config, v.documentId) }, 200);
  });
  return app;
}
