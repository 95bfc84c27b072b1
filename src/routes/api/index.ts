/**
 * The JSON API under /api/v1 and its documentation: one OpenAPIHono that mounts every route file,
 * so each route declared with `createRoute` (contract.ts) lands in the generated document at the
 * path it is mounted on.
 */
import type { Config } from '../../config';
import { publicBaseUrl } from '../../config';
import { auditRoutes } from './audit';
import { answerRoutes } from './answers';
import { authRoutes } from './auth';
import { calendarRoutes } from './calendars';
import { contactRoutes } from './contact';
import { caseRoutes } from './cases';
import { apiRouter } from './contract';
import { apiDocsRoutes } from './docs';
import { documentVerificationRoutes } from './document-verification';
import { documentRoutes } from './documents';
import { exemptionRoutes } from './exemptions';
import { multipartFilingRoutes } from './filing-multipart';
import { notificationRoutes } from './notifications';
import { objectionRoutes } from './objections';
import { apiDocument } from './openapi';
import { publicRoutes } from './public';
import { recoverRoutes } from './recover';
import { registerRoutes } from './registers';
import { reportRoutes } from './reports';
import { unitAdminRoutes } from './unit-admin';
import { surveyRoutes } from './survey';
import { userRoutes } from './users';

export const API_BASE = '/api/v1';

/** Every API route, mounted at its path (order matters: the multipart filing is tried first). */
export function apiRoutes() {
  const api = apiRouter();
  api.route(`${API_BASE}/requests/recover`, recoverRoutes());
  // A multipart filing (with an identity-document scan) is handled first; JSON passes through to publicRoutes.
  api.route(API_BASE, multipartFilingRoutes());
  api.route(API_BASE, publicRoutes());
  api.route(`${API_BASE}/auth`, authRoutes());
  api.route(`${API_BASE}/documents/verify`, documentVerificationRoutes());
  api.route(API_BASE, documentRoutes());
  api.route(API_BASE, answerRoutes());
  api.route(API_BASE, surveyRoutes());
  api.route(`${API_BASE}/cases`, caseRoutes());
  api.route(`${API_BASE}/audit`, auditRoutes());
  api.route(`${API_BASE}/calendars`, calendarRoutes());
  api.route(API_BASE, objectionRoutes());
  api.route(`${API_BASE}/registers`, registerRoutes());
  api.route(API_BASE, exemptionRoutes());
  api.route(`${API_BASE}/users`, userRoutes());
  api.route(`${API_BASE}/contact`, contactRoutes());
  api.route(`${API_BASE}/admin/units`, unitAdminRoutes());
  api.route(`${API_BASE}/notifications`, notificationRoutes());
  api.route(API_BASE, reportRoutes());
  return api;
}

/** The server a client calls: PUBLIC_BASE_URL (in demo mode this machine), else '/': the host that served the document. */
export const serverUrl = (config: Pick<Config, 'PUBLIC_BASE_URL' | 'DEMO' | 'PORT'>) => publicBaseUrl(config) || '/';

/** The OpenAPI document of `apiRoutes()`, without a server or a database (npm run openapi:dump). */
export const openApiDocumentOf = (api: ReturnType<typeof apiRoutes>, config: Pick<Config, 'PUBLIC_BASE_URL' | 'DEMO' | 'PORT'>) =>
  apiDocument(api, { serverUrl: serverUrl(config) });

/** The API, its document at /api/v1/openapi.json (built once, on first request) and the docs at /api/docs. */
export function apiWithDocs(config: Pick<Config, 'PUBLIC_BASE_URL' | 'DEMO' | 'PORT'>) {
  const api = apiRoutes();
  let document: ReturnType<typeof openApiDocumentOf> | undefined;
  const docs = apiRouter();
  docs.get(`${API_BASE}/openapi.json`, (c) => c.json((document ??= openApiDocumentOf(api, config))));
  docs.route('/api/docs', apiDocsRoutes());
  docs.route('/', api);
  return docs;
}
