/**
 * The OpenAPI 3.1 document, generated from the routes' own declarations (contract.ts): what
 * `createRoute` declared for each route mounted on the API's OpenAPIHono.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env';
import { PUBLIC, securitySchemes } from './contract';

/** `get /api/v1/registers/objections` → `getRegistersObjections`: stable, camelCase, unique per method and path. */
function fallbackOperationId(method: string, path: string) {
  const words = path
    .replace(/^\/api\/v1\//, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

type Operation = Record<string, unknown> & { parameters?: Array<Record<string, unknown>>; responses?: Record<string, unknown> };
type Paths = Record<string, Record<string, Operation>>;

const TAGS = [
  {
    name: 'public',
    description: 'No login: filing and tracking a request (permohonan informasi), objections (keberatan), the deadline calculator, the DIP and DIK',
  },
  { name: 'auth', description: 'Officer login, logout, own password and two-step verification' },
  { name: 'officers', description: 'The PPID officers: queues, cases, workflow events, notes, documents' },
  { name: 'objections', description: 'The atasan PPID: objections (keberatan) and disputes (sengketa)' },
  { name: 'exemptions', description: 'Consequence tests (uji konsekuensi)' },
  { name: 'dip', description: 'Keeping the list of public information (DIP)' },
  { name: 'calendars', description: 'Working-day calendars (administrators)' },
  { name: 'users', description: 'Officer accounts (administrators)' },
  { name: 'settings', description: "The service's settings (administrators): the PPID's contact and office hours" },
  { name: 'notifications', description: "The caller's in-app notifications" },
  { name: 'registers', description: 'Registers (auditors, PPID Utama, atasan)' },
  { name: 'audit', description: 'The audit chain' },
];

const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  description: 'Language of messages and labels: id (default) or en',
  schema: { type: 'string', enum: ['id', 'en'] },
};

/**
 * The document: every route declared on `api` (its paths as mounted), the
 * security schemes, and the server a client calls (`PUBLIC_BASE_URL`, else this host).
 */
export function apiDocument(api: OpenAPIHono<AppEnv>, options: { serverUrl: string }) {
  const generated = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Terbuka API',
      version: '1',
      description:
        'Public-information requests (permohonan informasi publik, UU 14/2008) and the PPID case workflow. Errors are `{error: {code, message, fields?}}`, messages in the Accept-Language.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as { name: string },
    },
    servers: [{ url: options.serverUrl, description: 'This service' }],
    tags: TAGS,
  }) as unknown as { paths: Paths; components?: Record<string, unknown> } & Record<string, unknown>;
  const paths: Paths = { ...generated.paths };
  for (const [path, ops] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(ops)) {
      op.operationId ??= fallbackOperationId(method, path);
      op.security ??= PUBLIC;
      op.parameters = [...(op.parameters ?? []), ACCEPT_LANGUAGE];
    }
  }
  return {
    ...generated,
    paths,
    components: { ...generated.components, securitySchemes },
  };
}
