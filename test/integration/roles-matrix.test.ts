/**
 * Role × route: every API route in the OpenAPI document and every officer page, called by each
 * role, answers what this table says. A new route or page without a row fails the test, so the
 * policy is written down before the route ships.
 *
 * The case used is a request filed at the PPID Utama and not assigned: outside the PPID
 * Pelaksana's unit and without an objection. Other ids are unknown ones. State-changing calls
 * send an empty body, so a role that is let in gets 400 (its input refused) and nothing changes.
 *
 *   401  not logged in          403  logged in, not allowed       404  not in the caller's scope (or no such thing)
 *   303  a page without a session goes to the login page (and a page form that worked redirects)
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { sessionCsrfToken } from '../../src/auth/csrf';
import { startSession, tokenId } from '../../src/auth/sessions';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

const ROLES = ['anonymous', 'admin', 'ppid_utama', 'pelaksana', 'atasan', 'auditor'] as const;
type Row = readonly [number, number, number, number, number, number];
const USERNAMES: Record<(typeof ROLES)[number], string | null> = {
  anonymous: null,
  admin: 'admin',
  ppid_utama: 'ppid',
  pelaksana: 'pelaksana.dit',
  atasan: 'atasan',
  auditor: 'auditor',
};

//                                                           anon adm  utama pel  atasan aud
const API: Record<string, Row> = {
  // Public: no login, the same for everyone (the empty or unknown inputs are refused as such).
  'POST /api/v1/requests': [400, 400, 400, 400, 400, 400],
  'POST /api/v1/requests/recover': [400, 400, 400, 400, 400, 400], // public: an empty body is a field error for everyone
  // The requester's own: the tracking code is the key, a role opens nothing (no code: 404 for everyone).
  'GET /api/v1/requests/{number}/files/{fileId}': [404, 404, 404, 404, 404, 404],
  'POST /api/v1/requests/{number}/clarification': [404, 404, 404, 404, 404, 404],
  'GET /api/v1/requests/{number}': [404, 404, 404, 404, 404, 404], // no tracking code
  'GET /api/v1/requests/{number}/receipt.pdf': [404, 404, 404, 404, 404, 404],
  'GET /api/v1/requests/{number}/documents/{documentId}': [404, 404, 404, 404, 404, 404],
  'POST /api/v1/requests/{number}/objections': [404, 404, 404, 404, 404, 404],
  // The satisfaction survey (issue 18): the tracking code is the key (none: 404); an empty answer is refused first.
  'GET /api/v1/requests/{number}/survey': [404, 404, 404, 404, 404, 404],
  'POST /api/v1/requests/{number}/survey': [400, 400, 400, 400, 400, 400],
  'GET /api/v1/units': [200, 200, 200, 200, 200, 200],
  'GET /api/v1/deadlines': [400, 400, 400, 400, 400, 400],
  'GET /api/v1/dik': [200, 200, 200, 200, 200, 200],
  'GET /api/v1/dip': [200, 200, 200, 200, 200, 200],
  'GET /api/v1/dip/{id}': [404, 404, 404, 404, 404, 404],
  // One's own session and account: every officer.
  'POST /api/v1/auth/login': [400, 400, 400, 400, 400, 400],
  'POST /api/v1/auth/logout': [401, 204, 204, 204, 204, 204],
  'POST /api/v1/auth/logout-all': [401, 204, 204, 204, 204, 204],
  'GET /api/v1/auth/me': [401, 200, 200, 200, 200, 200],
  'POST /api/v1/auth/password': [401, 400, 400, 400, 400, 400],
  'POST /api/v1/auth/totp': [401, 200, 200, 200, 200, 200],
  'POST /api/v1/auth/totp/confirm': [401, 400, 400, 400, 400, 400],
  'POST /api/v1/auth/totp/disable': [401, 400, 400, 400, 400, 400],
  'GET /api/v1/notifications': [401, 200, 200, 200, 200, 200],
  'POST /api/v1/notifications/read': [401, 200, 200, 200, 200, 200],
  // Cases: everyone logged in reads within their scope (the atasan: cases with an objection);
  // only the PPID Utama and the PPID Pelaksana work them; notes are for those two only.
  'GET /api/v1/cases': [401, 200, 200, 200, 200, 200],
  'GET /api/v1/cases/queues': [401, 200, 200, 200, 200, 200],
  'POST /api/v1/cases': [401, 403, 400, 400, 403, 403],
  'POST /api/v1/cases/bulk': [401, 403, 400, 400, 403, 403],
  'GET /api/v1/cases/{id}': [401, 200, 200, 404, 404, 200],
  'POST /api/v1/cases/{id}/events': [401, 403, 400, 404, 403, 403],
  'GET /api/v1/cases/{id}/notes': [401, 403, 200, 404, 403, 403],
  'POST /api/v1/cases/{id}/notes': [401, 403, 400, 404, 403, 403],
  'GET /api/v1/cases/{id}/documents/preview': [401, 403, 400, 400, 403, 403],
  'GET /api/v1/cases/{id}/documents/{documentId}': [401, 403, 404, 404, 404, 403],
  // Objections (keberatan): the atasan decides; the PPID Utama files and follows; auditors and administrators read.
  'POST /api/v1/objections': [401, 403, 400, 403, 400, 403],
  'GET /api/v1/objections': [401, 200, 200, 403, 200, 200],
  'GET /api/v1/objections/{id}': [401, 404, 404, 403, 404, 404],
  'POST /api/v1/objections/{id}/events': [401, 403, 400, 403, 400, 403],
  // Service reports: PPID Utama, administrators, auditors (no year: 400 once allowed); statistics are public.
  'GET /api/v1/reports/annual': [401, 400, 400, 403, 403, 400],
  'GET /api/v1/reports/semester': [401, 400, 400, 403, 403, 400],
  'GET /api/v1/statistics': [200, 200, 200, 200, 200, 200],
  // Registers: the PPID Utama and administrators with personal data, auditors pseudonymised; the atasan keeps the objection register.
  'GET /api/v1/registers/requests': [401, 200, 200, 403, 403, 200],
  'GET /api/v1/registers/objections': [401, 200, 200, 403, 200, 200],
  // Consequence tests, DIP: PPID work; read by every officer.
  'GET /api/v1/consequence-tests': [401, 200, 200, 200, 200, 200],
  'POST /api/v1/consequence-tests': [401, 403, 400, 400, 403, 403],
  'GET /api/v1/consequence-tests/{id}': [401, 404, 404, 404, 404, 404],
  'POST /api/v1/consequence-tests/{id}': [401, 403, 400, 400, 403, 403],
  'POST /api/v1/consequence-tests/{id}/links': [401, 403, 400, 403, 403, 403],
  'POST /api/v1/dip': [401, 400, 400, 403, 403, 403],
  'POST /api/v1/dip/{id}': [401, 400, 400, 403, 403, 403],
  'POST /api/v1/dip/{id}/answers': [401, 403, 400, 403, 403, 403],
  // The audit chain: administrators, auditors and the PPID Utama.
  'GET /api/v1/audit/verify': [401, 200, 200, 403, 403, 200],
  'GET /api/v1/audit/events': [401, 200, 200, 403, 403, 200],
  'GET /api/v1/audit/checkpoints': [401, 200, 200, 403, 403, 200],
  // The evidence bundle: auditors and administrators (no period given here: 400).
  'GET /api/v1/audit/bundle': [401, 400, 403, 403, 403, 400],
  // Public: the latest checkpoint (none signed yet in this database) and a document's verification.
  'GET /api/v1/audit/checkpoints/latest': [404, 404, 404, 404, 404, 404],
  'GET /api/v1/documents/verify/{documentId}': [404, 404, 404, 404, 404, 404],
  // Calendars and users: administrators only.
  'GET /api/v1/calendars': [401, 200, 403, 403, 403, 403],
  'GET /api/v1/calendars/{code}/entries': [401, 200, 403, 403, 403, 403],
  'POST /api/v1/calendars/{code}/entries': [401, 400, 403, 403, 403, 403],
  'PUT /api/v1/calendars/{code}/entries/{id}': [401, 400, 403, 403, 403, 403],
  'PATCH /api/v1/calendars/{code}/entries/{id}': [401, 400, 403, 403, 403, 403],
  'DELETE /api/v1/calendars/{code}/entries/{id}': [401, 400, 403, 403, 403, 403],
  'POST /api/v1/calendars/{code}/years': [401, 400, 403, 403, 403, 403],
  'POST /api/v1/calendars/{code}/reviews': [401, 400, 403, 403, 403, 403],
  'GET /api/v1/users': [401, 200, 403, 403, 403, 403],
  'POST /api/v1/users': [401, 400, 403, 403, 403, 403],
  'POST /api/v1/users/{id}/password-reset': [401, 404, 403, 403, 403, 403],
  'POST /api/v1/users/{id}/totp-reset': [401, 404, 403, 403, 403, 403],
  'POST /api/v1/users/{id}/deactivate': [401, 404, 403, 403, 403, 403],
  'POST /api/v1/users/{id}/activate': [401, 404, 403, 403, 403, 403],
  // The PPID's contact and office hours: anyone reads; administrators replace (an empty body: 400, the address is required).
  'GET /api/v1/contact': [200, 200, 200, 200, 200, 200],
  'PUT /api/v1/contact': [401, 400, 403, 403, 403, 403],
  // Units and missions administration: administrators only (the public list stays GET /api/v1/units; {code} here is no unit).
  'GET /api/v1/admin/units': [401, 200, 403, 403, 403, 403],
  'POST /api/v1/admin/units': [401, 400, 403, 403, 403, 403],
  'POST /api/v1/admin/units/import': [401, 400, 403, 403, 403, 403],
  'GET /api/v1/admin/units/{code}': [401, 404, 403, 403, 403, 403],
  'PATCH /api/v1/admin/units/{code}': [401, 404, 403, 403, 403, 403],
  'POST /api/v1/admin/units/{code}/close': [401, 400, 403, 403, 403, 403],
  'POST /api/v1/admin/units/{code}/reopen': [401, 400, 403, 403, 403, 403],
};

/** Login and logout pages guard themselves with their own double-submit token (auth.test.ts covers them). */
const PAGES_TESTED_ELSEWHERE = new Set(['POST /petugas/masuk', 'POST /petugas/masuk/kode', 'POST /petugas/keluar']);

//                                                           anon adm  utama pel  atasan aud
const PAGES: Record<string, Row> = {
  'GET /petugas/masuk': [200, 303, 303, 303, 303, 303],
  'GET /petugas': [303, 200, 200, 200, 200, 200],
  'POST /petugas/massal': [401, 403, 400, 400, 403, 403],
  // An auditor is sent to the read-only view (/auditor/kasus/:id).
  'GET /petugas/kasus/:id': [303, 200, 200, 404, 404, 303],
  'POST /petugas/kasus/:id/peristiwa': [401, 403, 400, 404, 403, 403],
  'POST /petugas/kasus/:id/catatan': [401, 403, 400, 404, 403, 403],
  // An identity scan: only roles that may read personal data, on a case in scope (this one has no such scan).
  'GET /petugas/kasus/:id/identitas/:scanId': [303, 403, 404, 404, 404, 403],
  // Issue 17: the identity check, the answer's files and their redaction (no such file here: 404 in scope).
  'POST /petugas/kasus/:id/identitas': [401, 403, 303, 404, 403, 403],
  'GET /petugas/kasus/:id/berkas/:fileId': [303, 404, 404, 404, 404, 404],
  'POST /petugas/kasus/:id/berkas': [401, 403, 400, 404, 403, 403],
  'POST /petugas/kasus/:id/berkas/:fileId/hapus': [401, 403, 404, 404, 403, 403],
  'GET /petugas/kasus/:id/berkas/:fileId/hitamkan': [303, 404, 404, 404, 404, 404],
  'GET /petugas/kasus/:id/berkas/:fileId/halaman/:page': [303, 404, 404, 404, 404, 404],
  'POST /petugas/kasus/:id/berkas/:fileId/hitamkan': [401, 403, 400, 404, 403, 403],
  'GET /petugas/permohonan/baru': [303, 403, 200, 200, 403, 403],
  'POST /petugas/permohonan/baru': [401, 403, 400, 400, 403, 403],
  'GET /petugas/notifikasi': [303, 200, 200, 200, 200, 200],
  'POST /petugas/notifikasi/baca': [401, 303, 303, 303, 303, 303],
  'GET /petugas/akun': [303, 200, 200, 200, 200, 200],
  'GET /petugas/akun/sandi': [303, 200, 200, 200, 200, 200],
  'POST /petugas/akun/sandi': [401, 400, 400, 400, 400, 400],
  'POST /petugas/akun/totp': [401, 303, 303, 303, 303, 303],
  'POST /petugas/akun/totp/konfirmasi': [401, 400, 400, 400, 400, 400],
  'POST /petugas/akun/totp/nonaktif': [401, 400, 400, 400, 400, 400],
  'POST /petugas/akun/keluar-semua': [401, 303, 303, 303, 303, 303],
  // Objections (keberatan), the atasan's pages; a PPID Pelaksana has no part in them.
  'GET /petugas/atasan': [303, 200, 200, 403, 200, 200],
  'GET /petugas/atasan/keberatan/:id': [303, 404, 404, 403, 404, 303],
  'POST /petugas/atasan/keberatan/:id/events': [401, 404, 404, 403, 404, 404],
  // The DIP (PPID Utama and administrators, as the API) and the DIK (the PPID Utama) pages (issue 18); unknown ids: 404.
  'GET /petugas/dip': [303, 200, 200, 403, 403, 403],
  'GET /petugas/dip/baru': [303, 200, 200, 403, 403, 403],
  'POST /petugas/dip/baru': [401, 400, 400, 403, 403, 403],
  'GET /petugas/dip/:id': [303, 404, 404, 403, 403, 403],
  'POST /petugas/dip/:id': [401, 404, 404, 403, 403, 403],
  'POST /petugas/dip/:id/tarik': [401, 400, 400, 403, 403, 403],
  'POST /petugas/dip/:id/terbitkan': [401, 400, 400, 403, 403, 403],
  'GET /petugas/dik': [303, 403, 200, 403, 403, 403],
  'GET /petugas/dik/baru': [303, 403, 200, 403, 403, 403],
  'POST /petugas/dik/baru': [401, 403, 400, 403, 403, 403],
  'GET /petugas/dik/:id': [303, 403, 404, 403, 403, 403],
  'POST /petugas/dik/:id': [401, 403, 404, 403, 403, 403],
  'POST /petugas/dik/:id/cabut': [401, 403, 404, 403, 403, 403],
  // User administration.
  // The auditor's workspace: the registers (the PPID Utama and administrators see their own copy) and read-only case views.
  'GET /auditor/register/permohonan': [303, 200, 200, 403, 403, 200],
  'GET /auditor/register/keberatan': [303, 200, 200, 403, 403, 200],
  'GET /auditor/kasus/:id': [303, 403, 403, 403, 403, 200],
  'GET /auditor/keberatan/:id': [303, 403, 403, 403, 403, 404],
  // Reports (PPID Utama, administrators, auditors); the narrative is written by the PPID Utama or an administrator.
  'GET /auditor/laporan': [303, 200, 200, 403, 403, 200],
  'GET /auditor/laporan/narasi': [303, 200, 200, 403, 403, 403],
  'POST /auditor/laporan/narasi': [401, 303, 303, 403, 403, 403],
  // The audit trail, its checkpoints and the evidence bundle.
  'GET /auditor/jejak-audit': [303, 200, 200, 403, 403, 200],
  'GET /auditor/jejak-audit/peristiwa/:seq{[0-9]+}': [303, 404, 404, 403, 403, 404], // an event that does not exist
  'GET /auditor/checkpoint': [303, 200, 200, 403, 403, 200],
  'GET /auditor/bundel': [303, 200, 403, 403, 403, 200],
  'GET /auditor/bundel/unduh': [303, 400, 403, 403, 403, 400], // no period given
  'GET /admin/pengguna': [303, 200, 403, 403, 403, 403],
  'POST /admin/pengguna': [401, 400, 403, 403, 403, 403],
  'POST /admin/pengguna/:id/sandi': [401, 404, 403, 403, 403, 403],
  'POST /admin/pengguna/:id/totp': [401, 404, 403, 403, 403, 403],
  'POST /admin/pengguna/:id/nonaktif': [401, 404, 403, 403, 403, 403],
  'POST /admin/pengguna/:id/aktif': [401, 404, 403, 403, 403, 403],
  // The PPID's contact and office hours (administrators; an empty form: 400, the address is required).
  'GET /admin/kontak': [303, 200, 403, 403, 403, 403],
  'POST /admin/kontak': [401, 400, 403, 403, 403, 403],
  // Units and missions administration (an unknown unit: 404).
  'GET /admin/unit': [303, 200, 403, 403, 403, 403],
  'POST /admin/unit': [401, 400, 403, 403, 403, 403],
  'POST /admin/unit/impor': [401, 400, 403, 403, 403, 403],
  'GET /admin/unit/:code': [303, 404, 403, 403, 403, 403],
  'POST /admin/unit/:code': [401, 404, 403, 403, 403, 403],
  'POST /admin/unit/:code/tutup': [401, 404, 403, 403, 403, 403],
  'POST /admin/unit/:code/buka': [401, 404, 403, 403, 403, 403],
};

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let t: TestContext;
let caseId: string;
let caseNumber: string;
let userIds: Map<string, string>;

beforeAll(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
  const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
  caseId = filed.body.id;
  caseNumber = filed.body.registrationNumber;
  userIds = new Map((await t.deps.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
});
afterAll(async () => {
  await t.close();
});

/** A fresh session for each call (logout and password changes end sessions), with its CSRF token. */
async function sessionOf(role: (typeof ROLES)[number]) {
  const username = USERNAMES[role];
  if (!username) return null;
  const token = await startSession(t.deps, userIds.get(username)!, t.clock.now);
  return { token, csrf: sessionCsrfToken(t.deps.secret, tokenId(token)) };
}

describe('every API route, for every role', async () => {
  const document = await (async () => {
    const ctx = await makeContext();
    try {
      return (await ctx.api('GET', '/api/v1/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown }>> };
    } finally {
      await ctx.close();
    }
  })();
  const routes = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));

  it('has a policy row for each route in the OpenAPI document, and no row for a route that is gone', () => {
    expect(
      routes.filter((r) => !(r in API)),
      'routes without a policy row',
    ).toEqual([]);
    expect(
      Object.keys(API).filter((r) => !routes.includes(r)),
      'rows without a route',
    ).toEqual([]);
  });

  it.each(routes.filter((r) => r in API))('%s', async (route) => {
    const [method, template] = route.split(' ') as [string, string];
    const path = template
      .replace(/\/cases\/\{id\}/, `/cases/${caseId}`)
      .replace('{number}', encodeURIComponent(caseNumber))
      .replace('{code}', 'ID-NATIONAL')
      .replace(/\{\w+\}/g, UNKNOWN);
    const got: number[] = [];
    for (const role of ROLES) {
      const session = await sessionOf(role);
      const res = await t.api(method, path, { ...(session ? { token: session.token } : {}), ...(method === 'GET' ? {} : { body: {} }) });
      got.push(res.status);
    }
    expect(Object.fromEntries(ROLES.map((r, i) => [r, got[i]]))).toEqual(Object.fromEntries(ROLES.map((r, i) => [r, API[route]![i]])));
  });
});

describe('every officer page, for every role', () => {
  const pages = () =>
    [
      ...new Set(
        t.app.routes
          .filter(
            (r) =>
              (r.method === 'GET' || r.method === 'POST') &&
              (r.path.startsWith('/petugas') ||
                r.path.startsWith('/admin/pengguna') ||
                r.path.startsWith('/admin/kontak') ||
                r.path.startsWith('/admin/unit') ||
                r.path.startsWith('/auditor/')),
          )
          .map((r) => `${r.method} ${r.path}`),
      ),
    ].filter((r) => !PAGES_TESTED_ELSEWHERE.has(r));

  it('has a policy row for each page, and no row for a page that is gone', () => {
    expect(
      pages().filter((p) => !(p in PAGES)),
      'pages without a policy row',
    ).toEqual([]);
    expect(
      Object.keys(PAGES).filter((p) => !pages().includes(p)),
      'rows without a page',
    ).toEqual([]);
  });

  it('answers each role as the table says', async () => {
    const mismatches: string[] = [];
    for (const page of pages().filter((p) => p in PAGES)) {
      const [method, template] = page.split(' ') as [string, string];
      const path = template.replace('/kasus/:id', `/kasus/${caseId}`).replace(/:\w+/g, UNKNOWN);
      for (const [i, role] of ROLES.entries()) {
        const session = await sessionOf(role);
        const headers: Record<string, string> = { Origin: 'http://localhost' };
        if (session) headers.Cookie = `terbuka_session=${session.token}`;
        let body: string | undefined;
        if (method === 'POST') {
          headers['Content-Type'] = 'application/x-www-form-urlencoded';
          body = session ? `_csrf=${encodeURIComponent(session.csrf)}` : '';
        }
        const res = await t.app.request(`http://localhost${path}`, { method, headers, body });
        if (res.status !== PAGES[page]![i]) mismatches.push(`${page} as ${role}: ${res.status}, policy ${PAGES[page]![i]}`);
        if (res.status === 303 && !session) expect(res.headers.get('Location')).toMatch(/^\/petugas\/masuk\?next=/);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
