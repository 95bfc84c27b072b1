/**
 * Issued documents as PDFs: the requester's (public, with the tracking code) and the officers'
 * (in scope), plus the officers' draft preview. Issued documents are returned byte for byte as
 * stored; their SHA-256 (also in the audit trail) is sent as the ETag.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from '../../auth/middleware';
import { findCaseInScope } from '../../cases/case.repository';
import { notFound } from '../../cases/errors';
import { trackedCase } from '../../cases/tracked-case';
import { previewDocument, receiptDocument } from '../../documents/issue';
import { storedDocument } from '../../documents/stored';
import { documentKinds } from '../../documents/types';
import type { AppEnv } from '../env';
import { publicRateLimit } from '../rate-limit';
import { accessedCase } from '../web/public/access-cookie';
import { PUBLIC, SESSION, apiRouter, createRoute, errors, pathParams, pdfResponse } from './contract';

const langQuery = z.object({ lang: z.enum(['id', 'en']).default('id'), code: z.string().max(64).optional() });
const codeQuery = z.object({ code: z.string().max(64).optional() });
const previewQuery = z.object({ kind: z.enum(documentKinds), lang: z.enum(['id', 'en']).default('id') });

const DOCUMENT_ROLES = ['ppid_utama', 'ppid_pelaksana', 'atasan'] as const;

const receiptRoute = createRoute({
  method: 'get',
  path: '/requests/{number}/receipt.pdf',
  operationId: 'downloadReceipt',
  tags: ['public'],
  security: PUBLIC,
  summary:
    "The receipt (tanda bukti penerimaan) as PDF; tracking code as ?code=, header X-Tracking-Code, or the receipt page's access cookie; ?lang=en for English",
  middleware: [publicRateLimit] as const,
  request: { params: pathParams('number'), query: langQuery },
  responses: {
    200: pdfResponse('The receipt (the same bytes on every download)'),
    ...errors({ 400: 'Invalid query', 404: 'Unknown number or wrong code', 429: 'Rate limited' }),
  },
});

const publicDocumentRoute = createRoute({
  method: 'get',
  path: '/requests/{number}/documents/{documentId}',
  operationId: 'downloadRequestDocument',
  tags: ['public'],
  security: PUBLIC,
  summary: 'A PDF issued for this request (written notice, extension notice, denial decision), exactly as issued',
  middleware: [publicRateLimit] as const,
  request: { params: pathParams('number', 'documentId'), query: codeQuery },
  responses: {
    200: pdfResponse('The document; ETag is its SHA-256'),
    ...errors({ 400: 'Invalid query', 404: 'Unknown number, wrong code, or not a document of this request', 429: 'Rate limited' }),
  },
});

const previewRoute = createRoute({
  method: 'get',
  path: '/cases/{id}/documents/preview',
  operationId: 'previewCaseDocument',
  tags: ['officers'],
  security: SESSION,
  summary: 'Draft preview (watermarked, unnumbered, not stored) of a document from the case as it stands',
  middleware: [requireRole('ppid_utama', 'ppid_pelaksana')] as const,
  request: { params: pathParams('id'), query: previewQuery },
  responses: {
    200: pdfResponse('The draft'),
    ...errors({
      400: 'Unknown kind',
      401: 'Not logged in',
      403: 'Role may not preview',
      404: 'No such case in your scope',
      409: 'nothing_to_render: no decision, draft or extension yet',
    }),
  },
});

const caseDocumentRoute = createRoute({
  method: 'get',
  path: '/cases/{id}/documents/{documentId}',
  operationId: 'downloadCaseDocument',
  tags: ['officers'],
  security: SESSION,
  summary: 'A document issued for this case, exactly as issued',
  middleware: [requireRole(...DOCUMENT_ROLES)] as const,
  request: { params: pathParams('id', 'documentId') },
  responses: {
    200: pdfResponse('The document; ETag is its SHA-256'),
    ...errors({ 401: 'Not logged in', 403: 'Role may not read documents', 404: 'No such case in your scope, or no such document' }),
  },
});

function pdf(c: Context<AppEnv>, bytes: Uint8Array, filename: string, sha256?: string) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
    ...(sha256 ? { ETag: `"${sha256}"` } : {}),
  });
}

/** The case this caller may see by number and tracking code (query, header, or the receipt page's sealed cookie). */
async function publicCase(c: Context<AppEnv>, number: string, code: string | undefined) {
  const given = code ?? c.req.header('X-Tracking-Code');
  if (given) return trackedCase(c.get('deps'), number, given);
  const access = await accessedCase(c, number);
  if (!access) throw notFound();
  return access.row;
}

export function documentRoutes() {
  const app = apiRouter();

  app.openapi(receiptRoute, async (c) => {
    const q = c.req.valid('query');
    const row = await publicCase(c, c.req.valid('param').number, q.code);
    const doc = await receiptDocument(c.get('deps'), row, q.lang, { kind: 'requester', id: null, role: 'requester', unit: null });
    return pdf(c, doc.bytes, doc.filename);
  });

  app.openapi(publicDocumentRoute, async (c) => {
    const { number, documentId } = c.req.valid('param');
    const row = await publicCase(c, number, c.req.valid('query').code);
    const doc = await storedDocument(c.get('deps'), row.id, documentId, { publicOnly: true });
    return pdf(c, doc.bytes, doc.filename, doc.sha256);
  });

  app.openapi(previewRoute, async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findCaseInScope(deps.db, c.req.valid('param').id, actor);
    const { kind, lang } = c.req.valid('query');
    const bytes = await previewDocument(deps, row, kind, lang, actor);
    return pdf(c, bytes, `draf-${kind}-${lang}.pdf`);
  });

  app.openapi(caseDocumentRoute, async (c) => {
    const deps = c.get('deps');
    const { id, documentId } = c.req.valid('param');
    const row = await findCaseInScope(deps.db, id, c.get('actor')!);
    const doc = await storedDocument(deps, row.id, documentId, { publicOnly: false });
    return pdf(c, doc.bytes, doc.filename, doc.sha256);
  });

  return app;
}
