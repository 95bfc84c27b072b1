/**
 * Regression tests for the hardening drill (issue 12): each failure it found, reproduced through
 * the real app, and what a client or a person must see instead.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyAudit } from '../../src/audit/audit-log';
import { BoundedWindowStore } from '../../src/routes/rate-limit';
import { csvCell, toCsv } from '../../src/exemptions/csv';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { onPostgres } from '../helpers/backend';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { ascii, concat, realPdf } from '../helpers/files';
import { ORIGIN, pageClient, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
afterEach(async () => {
  await t.close();
});

/** Rows in every table but the login counters (a refused login is counted, by design). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = onPostgres
    ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'
        and table_name not in ('login_throttle', 'kysely_migration', 'kysely_migration_lock')`.execute(t.deps.db)
    : await sql<{ name: string }>`select name from sqlite_master where type = 'table'
        and name not like 'sqlite_%' and name not like '%_fts%' and name not in ('login_throttle', 'kysely_migration', 'kysely_migration_lock')`.execute(
        t.deps.db,
      );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(t.deps.db);
    counts[name] = Number(r.rows[0]!.n);
  }
  return counts;
}

/** A request from a given socket peer (what @hono/node-server tells the app). */
const fromPeer = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

const MALFORMED = { 'Content-Type': 'multipart/form-data; boundary=zz' };
const GARBAGE = '--zz\r\ngarbage';

describe('1. malformed multipart and a CR/LF in `next` never answer 500', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it("answers 400 with the error shape on the API, and a page in the site's look on every form, writing nothing", async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const admin = await pageLogin(t, 'admin');
    const ppid = await pageLogin(t, 'ppid');
    const cookie = (client: typeof admin) => [...client.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const before = await rowCounts();

    const api = await t.app.request('/api/v1/requests', { method: 'POST', headers: MALFORMED, body: GARBAGE });
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { code: 'invalid_form', message: expect.stringMatching(/formulir tidak dapat dibaca/) } });

    const pages: Array<[string, string | null]> = [
      ['/ajukan', null],
      ['/lacak', null],
      ['/keberatan', null],
      ['/petugas/masuk', null],
      ['/petugas/masuk/kode', null],
      [`/petugas/kasus/${filed.id}/peristiwa`, cookie(ppid)],
      [`/petugas/kasus/${filed.id}/catatan`, cookie(ppid)],
      ['/petugas/massal', cookie(ppid)],
      ['/petugas/permohonan/baru', cookie(ppid)],
      ['/admin/pengguna', cookie(admin)],
      ['/admin/kalender/ID/entri', cookie(admin)],
      ['/admin/outbox/x/retry', cookie(admin)],
      ['/petugas/akun/sandi', cookie(ppid)],
    ];
    for (const [path, session] of pages) {
      const res = await t.app.request(`${ORIGIN}${path}`, {
        method: 'POST',
        headers: { ...MALFORMED, Origin: ORIGIN, 'Accept-Language': 'en', ...(session ? { Cookie: session } : {}) },
        body: GARBAGE,
      });
      expect(res.status, path).toBe(400);
      expect(res.headers.get('Content-Type'), path).toMatch(/^text\/html/);
      const text = textOf(await res.text());
      expect(text, path).toContain('The form could not be read');
      expect(text, path).toContain('Back to the form');
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('logs in with a CR or LF in `next`: the cookie is set and the browser goes to the workspace', async () => {
    const client = pageClient(t);
    await client.get('/petugas/masuk?next=%2F%0A%2Fx');
    const res = await client.post('/petugas/masuk', { username: 'ppid', password: DEMO_PASSWORD, next: '/\n/x' });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/petugas');
    expect(client.jar.has('terbuka_session')).toBe(true);
  });
});

describe('2. no open redirect after login', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('never sends a browser to another site, whatever `next` holds', async () => {
    const client = await pageLogin(t, 'ppid');
    for (const next of [
      '%2F%09%2Fevil.example',
      '%2F%0D%2Fevil.example',
      '%2F%5Cevil.example',
      '%2F%2Fevil.example',
      'https%3A%2F%2Fevil.example',
      '%2F%5C%09%2Fevil.example',
      '%20%2F%2Fevil.example',
    ]) {
      const res = await client.get(`/petugas/masuk?next=${next}`);
      expect(res.status, next).toBe(303);
      expect(res.location, next).toBe('/petugas');
    }
    // A path of our own is followed, normalised.
    expect((await client.get(`/petugas/masuk?next=${encodeURIComponent('/petugas/kasus/abc?tab=riwayat')}`)).location).toBe('/petugas/kasus/abc?tab=riwayat');
  });
});

describe('3. login back-off that holds under parallel guessing and tells no usernames', () => {
  beforeEach(async () => {
    t = await makeContext();
  });
  const guess = (username: string, password: string, peer = '203.0.113.7') =>
    t.app.request(
      '/api/v1/auth/login',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
      },
      fromPeer(peer),
    );

  it('lets at most five of 75 parallel wrong passwords (three waves of 25) reach the password check', async () => {
    const statuses: number[] = [];
    for (let wave = 0; wave < 3; wave++) {
      const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => guess('pelaksana.dit', `salah-${wave}-${i}`, `198.51.100.${i + 1}`)));
      statuses.push(...answers.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 401).length).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(70);
  });

  it('limits one client spraying many usernames', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await guess(`pengguna${i}`, 'Rahasia12345')).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // Another client is not affected.
    expect((await guess('ppid', DEMO_PASSWORD, '192.0.2.55')).status).toBe(200);
  });

  it('answers a known and an unknown username alike, in back-off too', async () => {
    for (const name of ['ppid', 'tidak.ada.orangnya']) {
      for (let i = 0; i < 5; i++) expect((await guess(name, 'salah-sekali', `192.0.2.${i + 1}`)).status).toBe(401);
      const locked = await guess(name, 'salah-sekali', '192.0.2.99');
      expect(locked.status).toBe(429);
      expect(locked.headers.get('Retry-After')).toBe('30');
    }
  });

  it('keeps an account closed for 30 seconds after five requests, not for long', async () => {
    for (let i = 0; i < 5; i++) await guess('pelaksana.kbri', 'salah-sekali', `192.0.2.${i + 1}`);
    expect((await guess('pelaksana.kbri', DEMO_PASSWORD)).status).toBe(429);
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    expect((await guess('pelaksana.kbri', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('4. audit verification while filings commit', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('finds a healthy chain intact however its pages interleave with appends', async () => {
    const filings = Array.from({ length: 30 }, (_, i) => t.api('POST', '/api/v1/requests', { body: validFiling({ purpose: `Penelitian nomor ${i}.` }) }));
    const verifications = Array.from({ length: 10 }, () => verifyAudit(t.deps.db, 2));
    const [verified, filed] = await Promise.all([Promise.all(verifications), Promise.all(filings)]);
    expect(filed.every((r) => r.status === 201)).toBe(true);
    for (const v of verified) expect(v).toMatchObject({ ok: true });
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: true });
  });

  it('still finds an event written past the head by hand', async () => {
    await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const last = await t.deps.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    await t.db
      .insertInto('audit_events')
      .values({ ...last, seq: last.seq + 1, id: `${last.id}-x` } as never)
      .execute();
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: false, brokenAt: { seq: last.seq + 1, reason: 'head_mismatch' } });
  });
});

describe('5. security headers on every response', () => {
  it('sends a strict CSP and a Permissions-Policy on pages, the API and errors; no HSTS over plain HTTP', async () => {
    t = await makeContext();
    for (const path of ['/', '/ajukan', '/api/v1/units', '/api/v1/tidak-ada', '/tidak-ada']) {
      const res = await t.app.request(`http://localhost${path}`);
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('Permissions-Policy'), path).toMatch(/camera=\(\)/);
      expect(res.headers.get('Strict-Transport-Security'), path).toBeNull();
    }
  });

  it('sends HSTS when the service is served over HTTPS, and no-store on personal data in JSON and CSV', async () => {
    t = await makeContext({ env: { PUBLIC_BASE_URL: 'https://ppid.kemlu.example' } });
    expect((await t.app.request('http://10.0.0.2/')).headers.get('Strict-Transport-Security')).toMatch(/max-age=31536000/);
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const ppid = await t.login('ppid');
    const caseView = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    expect(caseView.headers.get('Cache-Control')).toBe('no-store');
    const register = await t.api('GET', '/api/v1/registers/objections?format=csv', { token: ppid });
    expect(register.headers.get('Cache-Control')).toBe('no-store');
    const tracking = await t.api('GET', `/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}?code=${filed.trackingCode}`);
    expect(tracking.headers.get('Cache-Control')).toBe('no-store');
    // Static assets may be cached.
    expect((await t.app.request('/public/styles.css')).headers.get('Cache-Control')).not.toBe('no-store');
  });
});

describe('6. CSV cells that no spreadsheet makes a formula of', () => {
  it('quotes every cell and neutralises a formula after any separator a spreadsheet might use', () => {
    expect(csvCell('Alasan;=1+1')).toBe(`"Alasan;'=1+1"`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('a,+b\t-c')).toBe(`"a,'+b\t'-c"`);
    expect(csvCell('Jl. Cikini Raya 12')).toBe('"Jl. Cikini Raya 12"');
    expect(csvCell(17)).toBe('"17"');
    expect(csvCell(null)).toBe('""');
    const csv = toCsv(['Nama', 'Alasan'], [['Andi', 'Alasan;=1+1']]);
    // Read with `;` as the list separator (the usual Indonesian spreadsheet setting): no cell starts a formula.
    for (const line of csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')) {
      for (const cell of line.split(';')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    }
  });

  it("writes the objection register with a requester's `;=` reason quoted and neutralised", async () => {
    t = await makeContext();
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const ppid = await t.login('ppid');
    const c = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    await t.api('POST', `/api/v1/cases/${filed.id}/events`, { token: ppid, body: { type: 'DECIDE', expectedVersion: c.body.version, outcome: 'not_held' } });
    const objection = await t.api('POST', `/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}/objections?code=${filed.trackingCode}`, {
      body: { grounds: ['a'], reason: 'Alasan;=1+1 — informasi ditolak tanpa dasar yang jelas.' },
    });
    expect(objection.status).toBe(201);
    const csv = await t.api('GET', '/api/v1/registers/objections?format=csv', { token: ppid });
    expect(csv.body).toContain("Alasan;'=1+1");
    expect(csv.body).not.toMatch(/(^|[,;])=1\+1/m);
  });
});

describe('7. one public limit per client across every door', () => {
  it('counts filings, tracking and objections together, per client, behind a trusted proxy by X-Forwarded-For', async () => {
    t = await makeContext({ env: { RATE_LIMIT_PER_MINUTE: '6', TRUST_PROXY: '10.0.0.1' } });
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body; // no socket peer: another client
    const track = `/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}?code=${filed.trackingCode}`;
    const viaProxy = (path: string, forwardedFor: string, init: RequestInit = {}) =>
      t.app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), 'X-Forwarded-For': forwardedFor } }, fromPeer('10.0.0.1'));
    const file = (client: string) =>
      viaProxy('/api/v1/requests', client, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(validFiling()),
      });
    const statuses = [
      (await file('198.51.100.1')).status,
      (await file('198.51.100.1')).status,
      (await viaProxy(track, '198.51.100.1')).status,
      (await viaProxy(track, '198.51.100.1')).status,
      (
        await viaProxy(`${ORIGIN}/ajukan`, '198.51.100.1', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
          body: '',
        })
      ).status,
      (await viaProxy(track, '198.51.100.1')).status,
    ];
    expect(statuses).toEqual([201, 201, 200, 200, 400, 200]);
    const seventh = await viaProxy(track, '198.51.100.1');
    expect(seventh.status).toBe(429);
    expect(seventh.headers.get('Retry-After')).toBe('60');
    // Another client behind the same proxy has its own count; the proxy's own address is not the client.
    expect((await viaProxy(track, '198.51.100.2')).status).toBe(200);
    // X-Forwarded-For from a peer that is not a trusted proxy is not believed.
    for (let i = 0; i < 6; i++) await t.app.request(track, { headers: { 'X-Forwarded-For': `192.0.2.${i}` } }, fromPeer('203.0.113.9'));
    expect((await t.app.request(track, { headers: { 'X-Forwarded-For': '192.0.2.200' } }, fromPeer('203.0.113.9'))).status).toBe(429);
    // A minute later the first client may go on.
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    expect((await viaProxy(track, '198.51.100.1')).status).toBe(200);
  });

  it('forgets the client seen least recently past its bound, never everyone at once', () => {
    const now = new Date('2026-11-23T03:00:00Z');
    const store = new BoundedWindowStore(() => now, 3);
    for (let i = 0; i < 5; i++) store.increment('busy');
    store.increment('a');
    store.increment('b');
    store.increment('busy'); // seen again: the most recent
    store.increment('c'); // one too many: 'a' goes
    expect(store.size).toBe(3);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('busy')?.totalHits).toBe(6);
  });
});

describe('8. control characters and direction overrides are refused in every text field', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('refuses NUL and a right-to-left override with a field error, and stores nothing', async () => {
    const before = await rowCounts();
    const res = await t.api('POST', '/api/v1/requests', {
      lang: 'en',
      body: validFiling({ requester: { ...validFiling().requester, name: 'Nama\u0000Tersembunyi\u202eexe.pdf' } }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ 'requester.name': expect.stringMatching(/control characters/) });
    for (const bad of ['\u202e', '\u2066', '\u0007', '\u009b']) {
      const r = await t.api('POST', '/api/v1/requests', { body: validFiling({ purpose: `Penelitian ${bad} tesis.` }) });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(Object.keys(r.body.error.fields)).toEqual(['purpose']);
    }
    const form = await t.app.request(`${ORIGIN}/ajukan`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
      body: new URLSearchParams({ 'requester.name': 'Andi\u202eFDP' }).toString(),
    });
    expect(form.status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps tabs and line breaks in long texts', async () => {
    const res = await t.api('POST', '/api/v1/requests', { body: validFiling({ information: 'Salinan perjanjian:\n\t1. tahun 2024\r\n\t2. tahun 2025' }) });
    expect(res.status).toBe(201);
  });
});

describe('9. uploads checked whole', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('refuses a PDF header over HTML in a multipart filing, naming the field, and stores nothing', async () => {
    const before = await rowCounts();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      'requester.type': 'individual',
      'requester.name': 'Andi Pratama',
      'requester.nik': '3171012304900002',
      'requester.email': 'andi@example.org',
      'requester.address': 'Jl. Cikini Raya 12, Jakarta',
      information: 'Salinan perjanjian kerja sama 2024.',
      purpose: 'Penelitian tesis.',
      obtainMethod: 'copy_soft',
      deliveryMethod: 'email',
      identityDocumentKind: 'ktp',
    }))
      form.set(k, v);
    form.set('identityDocument', new File([ascii('%PDF-1.7\n<html><script>alert(1)</script></html>')], 'ktp.pdf', { type: 'application/pdf' }));
    const res = await t.app.request('/api/v1/requests', { method: 'POST', body: form, headers: { 'Accept-Language': 'en' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.fields).toHaveProperty('identityDocument');
    expect(await rowCounts()).toEqual(before);

    form.set('identityDocument', new File([concat(await realPdf(), ascii('\n'))], 'ktp.pdf', { type: 'application/pdf' }));
    expect((await t.app.request('/api/v1/requests', { method: 'POST', body: form })).status).toBe(201);
  });
});

describe('10. the API keeps its contract', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('answers unknown API paths with the JSON error shape, and unknown pages with a page', async () => {
    const api = await t.app.request('/api/v1/tidak-ada', { headers: { 'Accept-Language': 'en' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
    const post = await t.app.request('/api/v1/tidak-ada', { method: 'POST' });
    expect(post.status).toBe(404);
    expect(((await post.json()) as any).error.code).toBe('not_found');
    const page = await t.app.request('/tidak-ada');
    expect(page.status).toBe(404);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(textOf(await page.text())).toContain('Halaman tidak ditemukan');
  });

  it('answers 415 to a JSON route sent another media type, and changes nothing', async () => {
    const token = await t.login('ppid');
    await t.api('POST', '/api/v1/requests', { body: validFiling() }); // a notification for the PPID
    const unread = async () => (await t.api('GET', '/api/v1/notifications', { token })).body.unread;
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    const res = await t.api('POST', '/api/v1/notifications/read', { token, headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    expect(await unread()).toBe(before);
    const noType = await t.app.request('/api/v1/requests', { method: 'POST', body: JSON.stringify(validFiling()) });
    expect(noType.status).toBe(415);
    expect(((await noType.json()) as any).error.code).toBe('unsupported_media_type');
  });
});

describe("11. the cookies' Secure flag follows how the service is reached", () => {
  const login = (url: string, headers: Record<string, string> = {}, peer?: string) =>
    t.app.request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ username: 'ppid', password: DEMO_PASSWORD }),
      },
      peer ? fromPeer(peer) : undefined,
    );

  it('is Secure behind a TLS-terminating proxy when PUBLIC_BASE_URL is https', async () => {
    t = await makeContext({ env: { PUBLIC_BASE_URL: 'https://ppid.kemlu.example' } });
    expect((await login('http://127.0.0.1:8787/api/v1/auth/login')).headers.get('Set-Cookie')).toMatch(/; Secure/);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', async () => {
    t = await makeContext({ env: { TRUST_PROXY: '10.0.0.0/8' } });
    expect((await login('http://app.internal/api/v1/auth/login', { 'X-Forwarded-Proto': 'https' }, '10.1.2.3')).headers.get('Set-Cookie')).toMatch(/; Secure/);
    expect((await login('http://app.internal/api/v1/auth/login', { 'X-Forwarded-Proto': 'https' }, '203.0.113.5')).headers.get('Set-Cookie')).not.toMatch(
      /Secure/,
    );
    expect((await login('http://app.internal/api/v1/auth/login', {}, '10.1.2.3')).headers.get('Set-Cookie')).not.toMatch(/Secure/);
  });
});
