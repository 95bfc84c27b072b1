/**
 * The audit trail's API (issue 11 items 5 and 6): the chain's verification with its signed
 * checkpoints, the latest checkpoint for anyone to keep, the trail for auditors, and the evidence
 * bundle. Declared with @hono/zod-openapi: each route's params and every response are zod schemas,
 * and the OpenAPI document is generated from them.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from '../../auth/middleware';
import { verifyAudit } from '../../audit/audit-log';
import { buildEvidenceBundle } from '../../audit/bundle';
import { latestCheckpoint, listCheckpoints } from '../../audit/checkpoint-signature';
import { isLocalDate, periodInstants } from '../../audit/period';
import { searchTrail } from '../../audit/trail';
import { DomainError } from '../../cases/errors';
import type { AppEnv } from '../env';
import { PUBLIC, SESSION, apiRouter, errors, json } from './contract';
import { errorBody } from './errors';
import { t } from '../../i18n';

const hash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('SHA-256, hex');
const breakReason = z.enum(['hash_mismatch', 'missing_event', 'chain_mismatch', 'head_mismatch', 'checkpoint_mismatch', 'checkpoint_signature']);
const verifySchema = z
  .union([
    z.object({
      ok: z.literal(true),
      events: z.number().int(),
      head: z.string(),
      checkpoints: z
        .object({ verified: z.number().int(), last: z.object({ seq: z.number().int(), at: z.string() }).nullable() })
        .optional()
        .describe('Signed checkpoints checked against the chain'),
    }),
    z.object({
      ok: z.literal(false),
      events: z.number().int().describe('Events verified before the break'),
      brokenAt: z.object({
        seq: z.number().int().describe('The first broken event (for a checkpoint mismatch: the first past the last checkpoint that still matches)'),
        reason: breakReason,
        checkpoint: z.object({ seq: z.number().int(), at: z.string(), head: z.string() }).optional(),
      }),
    }),
  ])
  .openapi('AuditVerification');

const checkpointSchema = z
  .object({
    seq: z.number().int().describe('Sequence number of the last event covered'),
    head: hash.describe("That event's hash"),
    at: z.string().describe('Instant of signing, ISO 8601'),
    signature: z.string().describe('Ed25519 signature, base64, over "terbuka-audit-checkpoint/1\\nseq=…\\nhead=…\\nat=…\\n"'),
    keyId: z.string().describe('First 16 hex digits of the SHA-256 of the public key (SPKI DER)'),
  })
  .openapi('AuditCheckpoint');

const latestSchema = checkpointSchema
  .extend({
    algorithm: z.literal('Ed25519'),
    publicKey: z.string().describe('The signing key, SPKI DER in base64'),
    message: z.string().describe('The exact text that was signed'),
  })
  .openapi('AuditCheckpointLatest');

const periodQuery = z.object({
  from: z.string().refine(isLocalDate, 'invalid_date').describe('First day, YYYY-MM-DD (WIB)'),
  to: z.string().refine(isLocalDate, 'invalid_date').describe('Last day, YYYY-MM-DD (WIB), inclusive'),
});

const trailQuery = z.object({
  case: z.string().trim().max(100).optional().describe('A registration number'),
  from: z.string().refine(isLocalDate, 'invalid_date').optional(),
  to: z.string().refine(isLocalDate, 'invalid_date').optional(),
  before: z.coerce.number().int().min(1).optional().describe('Older than this sequence number (next page)'),
  after: z.coerce.number().int().min(0).optional().describe('Newer than this sequence number (previous page)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const trailEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  event: z.string(),
  actorRole: z.string().nullable(),
  actorKind: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  caseId: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  data: z.unknown().describe('As exported: free text replaced by {"$commitment": sha256}'),
  hash,
  prevHash: hash,
});

const getVerify = createRoute({
  method: 'get',
  path: '/verify',
  operationId: 'verifyAudit',
  tags: ['audit'],
  summary: 'Walk the hash chain and check every signed checkpoint: {ok, events, head} or the first broken link',
  security: SESSION,
  middleware: [requireRole('admin', 'auditor', 'ppid_utama')] as const,
  responses: { 200: json(verifySchema, 'The result of the walk'), ...errors({ 401: 'Not logged in', 403: 'Role may not verify' }) },
});

const getLatest = createRoute({
  method: 'get',
  path: '/checkpoints/latest',
  operationId: 'latestAuditCheckpoint',
  tags: ['audit'],
  summary: 'The latest signed checkpoint of the audit chain (public: keep a copy to hold the service to it)',
  security: PUBLIC,
  responses: { 200: json(latestSchema, 'The latest checkpoint'), ...errors({ 404: 'No checkpoint signed yet' }) },
});

const getCheckpoints = createRoute({
  method: 'get',
  path: '/checkpoints',
  operationId: 'listAuditCheckpoints',
  tags: ['audit'],
  summary: 'Signed checkpoints, newest first',
  security: SESSION,
  middleware: [requireRole('admin', 'auditor', 'ppid_utama')] as const,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) }) },
  responses: {
    200: json(z.object({ items: z.array(checkpointSchema.extend({ reason: z.string() })), total: z.number().int() }), 'A page of checkpoints'),
    ...errors({ 400: 'Invalid query', 401: 'Not logged in', 403: 'Role may not read checkpoints' }),
  },
});

const getEvents = createRoute({
  method: 'get',
  path: '/events',
  operationId: 'listAuditEvents',
  tags: ['audit'],
  summary: 'The audit trail, newest first: by case registration number and period, each event with its hash and the hash it links to',
  security: SESSION,
  middleware: [requireRole('admin', 'auditor', 'ppid_utama')] as const,
  request: { query: trailQuery },
  responses: {
    200: json(z.object({ items: z.array(trailEventSchema), older: z.number().int().nullable(), newer: z.number().int().nullable() }), 'A page of events'),
    ...errors({ 400: 'Invalid query', 401: 'Not logged in', 403: 'Role may not read the trail' }),
  },
});

const getBundle = createRoute({
  method: 'get',
  path: '/bundle',
  operationId: 'auditEvidenceBundle',
  tags: ['audit'],
  summary: 'The evidence bundle of a period (ZIP): events, checkpoints, public keys, document hashes, manifest, verify.mjs',
  security: SESSION,
  middleware: [requireRole('admin', 'auditor')] as const,
  request: { query: periodQuery },
  responses: {
    200: {
      description: 'application/zip; run `node verify.mjs` in the unzipped folder',
      content: { 'application/zip': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
    },
    ...errors({ 400: 'Invalid or inverted period', 401: 'Not logged in', 403: 'Auditors and administrators only' }),
  },
});

/** An inverted period: 400 naming `to`, in both languages. */
function invertedPeriod(c: Context<AppEnv>) {
  const lang = c.get('lang');
  return c.json(errorBody(lang, 'invalid_input', 'invalid_input', {}, { fields: { to: t(lang, 'api.last_day_cannot_be_before_first') } }), 400);
}

export function auditRoutes() {
  const app = apiRouter();
  app.openapi(getVerify, async (c) => {
    const deps = c.get('deps');
    return c.json(await verifyAudit(deps.db, 5000, deps.auditKeys.byId), 200);
  });

  app.openapi(getLatest, async (c) => {
    const deps = c.get('deps');
    const cp = await latestCheckpoint(deps.db);
    if (!cp) throw new DomainError(404, 'not_found', 'not_found');
    const key = deps.auditKeys.byId.get(cp.keyId);
    const message = `terbuka-audit-checkpoint/1\nseq=${cp.seq}\nhead=${cp.head}\nat=${cp.at}\n`;
    return c.json({ ...cp, algorithm: 'Ed25519' as const, publicKey: key?.spki ?? '', message }, 200);
  });

  app.openapi(getCheckpoints, async (c) => {
    const q = c.req.valid('query');
    return c.json(await listCheckpoints(c.get('deps').db, q), 200);
  });

  app.openapi(getEvents, async (c) => {
    const q = c.req.valid('query');
    if (q.from && q.to && q.to < q.from) return invertedPeriod(c);
    const period = q.from || q.to ? periodInstants(q.from ?? '1970-01-01', q.to ?? '9999-12-30') : undefined;
    const page = await searchTrail(c.get('deps').db, {
      registrationNumber: q.case || undefined,
      from: q.from ? period?.from : undefined,
      to: q.to ? period?.to : undefined,
      before: q.before,
      after: q.after,
      limit: q.limit,
    });
    return c.json({ items: page.items, older: page.older, newer: page.newer }, 200);
  });

  app.openapi(getBundle, async (c) => {
    const { from, to } = c.req.valid('query');
    if (to < from) return invertedPeriod(c);
    const bundle = await buildEvidenceBundle(c.get('deps'), { ...periodInstants(from, to), label: { from, to } });
    return c.body(bundle.zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${bundle.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  });
  return app;
}

/** The documented paths of a router mounted at `prefix`, for the API's OpenAPI document. */
