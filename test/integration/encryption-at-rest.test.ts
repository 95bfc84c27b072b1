/**
 * Encryption at rest (issue 16): TOTP secrets and identity scans are sealed with a data key that
 * lives outside the database; the raw rows hold neither; a scan opens only for a role that may read
 * personal data; older keys still open what they sealed, and rotation seals it again; migration
 * 0010 encrypts what was stored in clear before it.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, openSqlite } from '../../db/connect';
import { migrateToLatest, migrationsWith } from '../../db/migrate';
import { totpAt } from '../../src/auth/totp';
import { loadConfig } from '../../src/config';
import { loadDataKeys } from '../../src/crypto/key-file';
import { keyRingOf, newDataKey, parseDataKeys } from '../../src/crypto/key-ring';
import { checkUploads, openCaseFile, storeCaseFile } from '../../src/answers/case-files';
import { resealAll, valuesPerKey } from '../../src/crypto/reseal';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { onPostgres } from '../helpers/backend';
import { makeContext, TEST_DATA_KEYS, type TestContext, tempDbUrl, validFiling } from '../helpers/context';
import { filingWithScan, realImage } from '../helpers/files';
import { ORIGIN, pageLogin, textOf } from './officer-helpers';

const NOW = '2026-11-23T03:00:00.000Z';
let contexts: TestContext[] = [];
async function context(options: Parameters<typeof makeContext>[0] = {}) {
  const t = await makeContext({ now: NOW, ...options });
  contexts.push(t);
  return t;
}
afterEach(async () => {
  for (const t of contexts) await t.close();
  contexts = [];
});

/** A real PNG scan, as MuPDF encodes it (so the stored re-encoding is byte for byte the same picture). */
let SCAN: Uint8Array;
beforeAll(async () => {
  SCAN = await realImage('png');
});

const containsBytes = (hay: Uint8Array, needle: Uint8Array) => Buffer.from(hay).includes(Buffer.from(needle));

async function fileWithScan(t: TestContext) {
  const form = filingWithScan(SCAN, { idempotencyKey: crypto.randomUUID() });
  const res = await t.app.request('/ajukan', { method: 'POST', body: form, headers: { Origin: ORIGIN } });
  expect(res.status).toBe(303);
  const c = await t.deps.db.selectFrom('cases').select(['id', 'requester_id']).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const scan = await t.deps.db.selectFrom('identity_documents').select('id').where('requester_id', '=', c.requester_id).executeTakeFirstOrThrow();
  return { caseId: c.id, scanId: scan.id };
}

/** The raw rows, read with SQL past every module. */
const rawScans = (t: TestContext) =>
  sql<{ bytes: Uint8Array; key_id: string | null }>`select bytes, key_id from identity_documents`.execute(t.deps.db).then((r) => r.rows);
const rawTotp = (t: TestContext) =>
  sql<{ totp_secret: string | null; totp_key_id: string | null }>`select totp_secret, totp_key_id from user_security where totp_secret is not null`
    .execute(t.deps.db)
    .then((r) => r.rows);

/** Downloads with the page session's cookies, as bytes. */
async function download(t: TestContext, client: Awaited<ReturnType<typeof pageLogin>>, path: string) {
  const res = await t.app.request(`${ORIGIN}${path}`, { headers: { Cookie: [...client.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function enrolTotp(t: TestContext, username: string) {
  const token = await t.login(username);
  const enrol = await t.api('POST', '/api/v1/auth/totp', { token });
  expect((await t.api('POST', '/api/v1/auth/totp/confirm', { token, body: { code: totpAt(enrol.body.secret, t.clock.now) } })).status).toBe(204);
  return enrol.body.secret as string;
}

const loginWithCode = (t: TestContext, username: string, secret: string) =>
  t.api('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD, totp: totpAt(secret, t.clock.now) } });

describe('TOTP secrets at rest', () => {
  it('stores no secret in the row, yet the code from the phone logs in', async () => {
    const t = await context();
    const secret = await enrolTotp(t, 'ppid');
    const [row] = await rawTotp(t);
    expect(row!.totp_key_id).toBe('ktest');
    expect(row!.totp_secret).not.toContain(secret);
    expect(Buffer.from(row!.totp_secret!, 'base64').toString('latin1')).not.toContain(secret);
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    expect((await loginWithCode(t, 'ppid', secret)).status).toBe(200);
  });

  it('a secret copied onto another user does not open there', async () => {
    const t = await context();
    await enrolTotp(t, 'ppid');
    const secret = await enrolTotp(t, 'atasan');
    const atasan = await t.deps.db.selectFrom('users').select('id').where('username', '=', 'atasan').executeTakeFirstOrThrow();
    const ppid = await t.deps.db.selectFrom('users').select('id').where('username', '=', 'ppid').executeTakeFirstOrThrow();
    const stolen = await t.deps.db
      .selectFrom('user_security')
      .select(['totp_secret', 'totp_key_id'])
      .where('user_id', '=', atasan.id)
      .executeTakeFirstOrThrow();
    await t.db.updateTable('user_security').set(stolen).where('user_id', '=', ppid.id).execute();
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    // The sealed secret is bound to its user: copied, it does not open, and nobody gets in with it.
    const res = await loginWithCode(t, 'ppid', secret);
    expect(res.status).not.toBe(200);
    expect(res.body?.token).toBeUndefined();
  });
});

describe('identity scans at rest', () => {
  it('the row holds no scan bytes; a PPID officer opens the exact scan, and the opening is audited without its content', async () => {
    const t = await context();
    const { caseId, scanId } = await fileWithScan(t);
    const [row] = await rawScans(t);
    expect(row!.key_id).toBe('ktest');
    expect(containsBytes(row!.bytes, SCAN.subarray(0, 8))).toBe(false);
    expect(containsBytes(row!.bytes, SCAN.subarray(16, 48))).toBe(false);

    const ppid = await pageLogin(t, 'ppid');
    const page = await ppid.get(`/petugas/kasus/${caseId}`);
    expect(textOf(page.html)).toContain('Dokumen identitas');
    expect(page.html).toContain(`/petugas/kasus/${caseId}/identitas/${scanId}`);
    const got = await download(t, ppid, `/petugas/kasus/${caseId}/identitas/${scanId}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('Content-Type')).toBe('image/png');
    expect(got.headers.get('Cache-Control')).toContain('no-store');
    expect(Buffer.from(got.bytes)).toEqual(Buffer.from(SCAN));

    const audit = await t.deps.db.selectFrom('audit_events').select(['event', 'data', 'actor_role']).where('event', '=', 'IDENTITY_DOCUMENT_OPENED').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_role).toBe('ppid_utama');
    expect(audit[0]!.data).not.toContain('3171012304900002');
  });

  it('an auditor and an administrator neither see the link nor open the scan', async () => {
    const t = await context();
    const { caseId, scanId } = await fileWithScan(t);
    for (const username of ['auditor', 'admin']) {
      const client = await pageLogin(t, username);
      // An auditor reads the case in the read-only auditor view (the officer page redirects there).
      const page = await client.get(username === 'auditor' ? `/auditor/kasus/${caseId}` : `/petugas/kasus/${caseId}`);
      expect(page.status).toBe(200);
      expect(page.html).not.toContain('/identitas/');
      const got = await download(t, client, `/petugas/kasus/${caseId}/identitas/${scanId}`);
      expect(got.status).toBe(403);
      expect(containsBytes(got.bytes, SCAN.subarray(0, 8))).toBe(false);
    }
    expect(await t.deps.db.selectFrom('audit_events').select('seq').where('event', '=', 'IDENTITY_DOCUMENT_OPENED').execute()).toHaveLength(0);
  });

  it("a PPID Pelaksana outside the case's scope gets not found", async () => {
    const t = await context();
    const { caseId, scanId } = await fileWithScan(t);
    const client = await pageLogin(t, 'pelaksana.kbri');
    expect((await download(t, client, `/petugas/kasus/${caseId}/identitas/${scanId}`)).status).toBe(404);
  });
});

describe('key rotation', () => {
  it('older keys still open what they sealed; reseal moves everything to the new key; then the old key may go', async () => {
    const url = tempDbUrl();
    const first = await context({ databaseUrl: url });
    const secret = await enrolTotp(first, 'auditor');
    const { caseId, scanId } = await fileWithScan(first);
    // A filing with an Idempotency-Key: a repeat gives the same tracking code, derived under the server secret.
    const idem = { body: validFiling(), headers: { 'idempotency-key': 'rotation-0001' } };
    const filed = await first.api('POST', '/api/v1/requests', idem);
    const serverSecret = first.deps.secret;
    const storedSecret = async (t: TestContext) =>
      (await t.db.selectFrom('settings').select('value').where('key', '=', 'server_secret').executeTakeFirstOrThrow()).value;
    expect(await storedSecret(first)).not.toContain(serverSecret);
    // A file that answers the request (released information), sealed like the scan.
    const [checked] = await checkUploads(first.deps, [{ name: 'jawaban.csv', bytes: new TextEncoder().encode('tahun,jumlah\n2025,12\n') }], 'files');
    const ppidActor = { kind: 'user' as const, id: null, role: 'ppid_utama' as const, unit: 'PPID' };
    const stored = await first.deps.transact((trx) =>
      storeCaseFile(trx, first.deps, { caseId, purpose: 'answer', file: checked!, actor: ppidActor, at: first.clock.now.toISOString() }),
    );
    await first.close();
    contexts = [];

    const fresh = newDataKey(new Date(NOW));
    const rotated = await context({ databaseUrl: url, env: { DATA_KEYS: `${fresh.id}:${fresh.key},${TEST_DATA_KEYS}` } });
    rotated.clock.now = new Date(rotated.clock.now.getTime() + 60_000);
    expect((await loginWithCode(rotated, 'auditor', secret)).status).toBe(200);
    expect(await resealAll(rotated.db, rotated.deps.keys)).toEqual({ serverSecret: 1, totpSecrets: 1, identityScans: 1, caseFiles: 1 });
    expect(JSON.parse(await storedSecret(rotated)).keyId).toBe(fresh.id);
    expect(await valuesPerKey(rotated.db)).toEqual([{ keyId: fresh.id, totpSecrets: 1, identityScans: 1, caseFiles: 1 }]);
    await rotated.close();
    contexts = [];

    const onlyNew = await context({ databaseUrl: url, env: { DATA_KEYS: `${fresh.id}:${fresh.key}` } });
    onlyNew.clock.now = new Date(onlyNew.clock.now.getTime() + 120_000);
    expect((await loginWithCode(onlyNew, 'auditor', secret)).status).toBe(200);
    const opened = await openCaseFile(onlyNew.deps, caseId, stored.id, { releasedOnly: false });
    expect(new TextDecoder().decode(opened!.bytes)).toBe('tahun,jumlah\n2025,12\n');
    const got = await download(onlyNew, await pageLogin(onlyNew, 'ppid'), `/petugas/kasus/${caseId}/identitas/${scanId}`);
    expect(Buffer.from(got.bytes)).toEqual(Buffer.from(SCAN));
    // The server secret is the same under the new key alone: the repeat still gives the first tracking code.
    expect(onlyNew.deps.secret).toBe(serverSecret);
    const again = await onlyNew.api('POST', '/api/v1/requests', idem);
    expect(again.body).toMatchObject({ registrationNumber: filed.body.registrationNumber, trackingCode: filed.body.trackingCode });
  });

  it('a server secret stored in clear (a database from before it was sealed) keeps its value and is sealed at the next start', async () => {
    const url = tempDbUrl();
    const first = await context({ databaseUrl: url });
    const legacy = 'ab'.repeat(32);
    await first.db
      .updateTable('settings')
      .set({ value: JSON.stringify(legacy) })
      .where('key', '=', 'server_secret')
      .execute();
    await first.close();
    contexts = [];
    const next = await context({ databaseUrl: url });
    expect(next.deps.secret).toBe(legacy);
    const row = await next.db.selectFrom('settings').select('value').where('key', '=', 'server_secret').executeTakeFirstOrThrow();
    expect(row.value).not.toContain(legacy);
    expect(JSON.parse(row.value)).toMatchObject({ keyId: 'ktest' });
  });
});

describe('migration 0010', () => {
  it('encrypts the secrets and scans stored in clear before it, and refuses to run without a key when there are some', async () => {
    const db = onPostgres ? openDatabase(tempDbUrl()) : openSqlite(':memory:');
    const upTo7 = new Migrator({ db, provider: { getMigrations: async () => migrationsWith(undefined) } });
    expect((await upTo7.migrateTo('0007_unused_case_indexes')).error).toBeUndefined();
    await sql`insert into users (id, username, name, position, role, unit_code, email, password_hash, active, failed_logins, created_at)
      values ('u1', 'old', 'Old', 'Officer', 'ppid_utama', null, null, 'x', 1, 0, ${NOW})`.execute(db);
    await sql`insert into user_security (user_id, totp_secret, totp_enabled_at, must_change_password) values ('u1', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', ${NOW}, 0)`.execute(
      db,
    );
    await sql`insert into requesters (id, type, name, address, created_at) values ('r1', 'individual', 'Andi', 'Jl. Cikini', ${NOW})`.execute(db);
    await sql`insert into identity_documents (id, requester_id, kind, content_type, size, sha256, bytes, created_at)
      values ('d1', 'r1', 'ktp', 'image/png', ${SCAN.length}, 'x', ${Buffer.from(SCAN)}, ${NOW})`.execute(db);

    await expect(migrateToLatest(db)).rejects.toThrow(/no data key/);
    const keys = await keyRingOf(parseDataKeys(TEST_DATA_KEYS));
    await migrateToLatest(db, keys);
    const totp = (await sql<{ totp_secret: string; totp_key_id: string }>`select totp_secret, totp_key_id from user_security`.execute(db)).rows[0]!;
    expect(totp.totp_key_id).toBe('ktest');
    expect(totp.totp_secret).not.toContain('JBSWY3DP');
    const scan = (await sql<{ bytes: Uint8Array; key_id: string }>`select bytes, key_id from identity_documents`.execute(db)).rows[0]!;
    expect(scan.key_id).toBe('ktest');
    expect(containsBytes(scan.bytes, SCAN.subarray(0, 8))).toBe(false);
    expect(await valuesPerKey(db)).toEqual([{ keyId: 'ktest', totpSecrets: 1, identityScans: 1, caseFiles: 0 }]);
    await db.destroy();
  });
});

describe('where the key comes from', () => {
  it('demo mode creates a private key file on first start and reads the same key after; outside demo mode a missing key stops the start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terbuka-keys-'));
    const file = join(dir, 'sub', 'keys.json');
    const demo = loadConfig({ DEMO: '1', KEY_FILE: file });
    const created = loadDataKeys(demo, new Date(NOW), () => {});
    expect(created).toHaveLength(1);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDataKeys(demo, new Date(NOW), () => {})).toEqual([expect.objectContaining(created[0])]);
    expect(() => loadDataKeys(loadConfig({ DEMO: '0', KEY_FILE: join(dir, 'missing.json') }), new Date(NOW))).toThrow(/no data encryption key/);
    expect(loadDataKeys(loadConfig({ DEMO: '0', DATA_KEYS: TEST_DATA_KEYS }), new Date(NOW)).map((k) => k.id)).toEqual(['ktest']);
  });
});
