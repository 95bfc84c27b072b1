/**
 * Issued documents as PDFs: the requester's (public, with the tracking code) and the officers'
 * (in scope), plus the officers' draft preview. Issued documents are returned byte for byte as
 * stored; their SHA-256 (also in the audit trail) is sent as the ETag.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../auth/middleware';
import { findCaseByNumber, findCaseInScope } from '../../cases/case.repository';
import { notFound } from '../../cases/errors';
import { trackingCodeMatches } from '../../cases/tracking-code';
import { previewDocument, receiptDocument } from '../../documents/issue';
import { documentKinds } from '../../documents/types';
import type { AppEnv } from '../env';
import { publicRateLimit } from '../rate-limit';
import { accessedCase } from '../web/public/access-cookie';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const langQuery = z.object({ lang: z.enum(['id', 'en']).default('id'), code: z.string().max(64).optional() });
const codeQuery = z.object({ code: z.string().max(64).optional() });
const previewQuery = z.object({ kind: z.enum(documentKinds), lang: z.enum(['id', 'en']).default('id') });

export const documentDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/requests/{number}/receipt.pdf',
    tag: 'public',
    summary:
      "The receipt (tanda bukti penerimaan) as PDF; tracking code as ?code=, header X-Tracking-Code, or the receipt page's access cookie; ?lang=en for English",
    query: langQuery,
    responses: { 200: 'application/pdf (the same bytes on every download)', 404: 'Unknown number or wrong code' },
  },
  {
    method: 'get',
    path: '/api/v1/requests/{number}/documents/{documentId}',
    tag: 'public',
    summary: 'A PDF issued for this request (written notice, extension notice, denial decision), exactly as issued',
    query: codeQuery,
    responses: { 200: 'application/pdf; ETag is its SHA-256', 404: 'Unknown number, wrong code, or not a document of this request' },
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/documents/preview',
    tag: 'officers',
    auth: true,
    summary: 'Draft preview (watermarked, unnumbered, not stored) of a document from the case as it stands',
    query: previewQuery,
    responses: { 200: 'application/pdf', 404: 'No such case in your scope', 409: 'nothing_to_render: no decision, draft or extension yet' },
  },
  {
    method: 'get',
    path: '/api/v1/cases/{id}/documents/{documentId}',
    tag: 'officers',
    auth: true,
    summary: 'A document issued for this case, exactly as issued',
    responses: { 200: 'application/pdf; ETag is its SHA-256', 404: 'No such case in your scope, or no such document' },
  },
];

const DOCUMENT_ROLES = ['ppid_utama', 'ppid_pelaksana', 'atasan'] as const;

function pdf(c: Context<AppEnv>, bytes: Uint8Array, filename: string, sha256?: string) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
    ...(sha256 ? { ETag: `"${sha256}"` } : {}),
  });
}

/** The case this caller may see by number and tracking code (query, header, or the receipt page's sealed cookie). */
async function publicCase(c: Context<AppEnv>, code: string | undefined) {
  const deps = c.get('deps');
  const number = c.req.param('number')!;
  const given = code ?? c.req.header('X-Tracking-Code');
  if (given) {
    const row = await findCaseByNumber(deps.db, number);
    // An unknown number and a wrong code look the same: the answer reveals nothing.
    if (!row || !trackingCodeMatches(given, row.tracking_code_hash)) throw notFound();
    return row;
  }
  const access = await accessedCase(c, number);
  if (!access) throw notFound();
  return access.row;
}

export function documentRoutes() {
  const app = new Hono<AppEnv>();
  // A public download counts against the client's public limit.
  const tracking = publicRateLimit;

  app.get('/requests/:number/receipt.pdf', tracking, validate('query', langQuery), async (c) => {
    const q = c.req.valid('query');
    const row = await publicCase(c, q.code);
    const doc = await receiptDocument(c.get('deps'), row, q.lang, { kind: 'requester', id: null, role: 'requester', unit: null });
    return pdf(c, doc.bytes, doc.filename);
  });

  app.get('/requests/:number/documents/:documentId', tracking, validate('query', codeQuery), async (c) => {
    const row = await publicCase(c, c.req.valid('query').code);
    const doc = await c
      .get('deps')
      .db.selectFrom('documents')
      .select(['bytes', 'filename', 'sha256'])
      .where('id', '=', c.req.param('documentId'))
      .where('case_id', '=', row.id)
      .where('public', '=', 1)
      .executeTakeFirst();
    if (!doc) throw notFound();
    return pdf(c, doc.bytes, doc.filename, doc.sha256);
  });

  app.get('/cases/:id/documents/preview', requireRole('ppid_utama', 'ppid_pelaksana'), validate('query', previewQuery), async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findCaseInScope(deps.db, c.req.param('id'), actor);
    const { kind, lang } = c.req.valid('query');
    const bytes = await previewDocument(deps, row, kind, lang, actor);
    return pdf(c, bytes, `draf-${kind}-${lang}.pdf`);
  });

  app.get('/cases/:id/documents/:documentId', requireRole(...DOCUMENT_ROLES), async (c) => {
    const deps = c.get('deps');
    const row = await findCaseInScope(deps.db, c.req.param('id'), c.get('actor')!);
    const doc = await deps.db
      .selectFrom('documents')
      .select(['bytes', 'filename', 'sha256'])
      .where('id', '=', c.req.param('documentId'))
      .where('case_id', '=', row.id)
      .executeTakeFirst();
    if (!doc) throw notFound();
    return pdf(c, doc.bytes, doc.filename, doc.sha256);
  });

  return app;
}
