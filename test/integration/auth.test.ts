import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base32Encode, hotp, totpAt, verifyTotp } from '../../src/auth/totp';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { ARGON2_OPTIONS } from '../../src/auth/password';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { ORIGIN, pageClient, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterEach(async () => {
  await t.close();
});

const minutes = (n: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + n * 60_000);
};
const loginAs = (username: string, password: string, totp?: string) =>
  t.api('POST', '/api/v1/auth/login', { body: { username, password, ...(totp ? { totp } : {}) } });

describe('password login and the session cookie', () => {
  it('sets an HttpOnly, SameSite cookie that is Secure outside localhost, and gives the same token for Bearer', async () => {
    const local = await t.app.request('http://localhost/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'ppid', password: DEMO_PASSWORD }),
    });
    const cookie = local.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^terbuka_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const { token } = (await local.json()) as { token: string };
    expect(cookie).toContain(token);

    const remote = await t.app.request('https://ppid.kemlu.example/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'ppid', password: DEMO_PASSWORD }),
    });
    expect(remote.headers.get('Set-Cookie')).toMatch(/; Secure/);
    expect((await t.api('GET', '/api/v1/auth/me', { token })).body).toMatchObject({ username: 'ppid', role: 'ppid_utama', unit: 'PPID' });
  });

  it("stores argon2id hashes, never the password; the service hashes at OWASP's settings", async () => {
    const row = await t.deps.db.selectFrom('users').select('password_hash').where('username', '=', 'ppid').executeTakeFirstOrThrow();
    // The suite hashes cheaply (vitest.config.ts); the format and algorithm are the service's.
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=1\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
    const { hash } = await import('@node-rs/argon2');
    expect(await hash(DEMO_PASSWORD, ARGON2_OPTIONS)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('backs off after 5 failures — 30 s, then doubling — even for the right password; a success starts afresh', async () => {
    for (let i = 0; i < 5; i++) expect((await loginAs('pelaksana.dit', 'salah-sekali')).status).toBe(401);
    const locked = await loginAs('pelaksana.dit', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('locked');
    expect(locked.headers.get('Retry-After')).toBe('30');
    expect(locked.body.error.message).toMatch(/1 menit/);
    // Another account was never affected.
    expect((await loginAs('pelaksana.kbri', DEMO_PASSWORD)).status).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    expect((await loginAs('pelaksana.dit', 'salah-lagi')).status).toBe(401); // the 6th: one try, then 60 s
    const longer = await loginAs('pelaksana.dit', DEMO_PASSWORD);
    expect(longer.status).toBe(429);
    expect(longer.headers.get('Retry-After')).toBe('60');
    minutes(1);
    expect((await loginAs('pelaksana.dit', DEMO_PASSWORD)).status).toBe(200);
    // After a success the count starts again: four wrong passwords are not yet a back-off.
    for (let i = 0; i < 4; i++) expect((await loginAs('pelaksana.dit', 'salah-sekali')).status).toBe(401);
    expect((await loginAs('pelaksana.dit', DEMO_PASSWORD)).status).toBe(200);
  });

  it('answers an unknown user and a wrong password alike', async () => {
    const unknown = await loginAs('tidak.ada', DEMO_PASSWORD);
    const wrong = await loginAs('ppid', 'salah-sekali');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });
});

describe('session expiry and logout', () => {
  it('ends a session after 30 idle minutes', async () => {
    const token = await t.login('ppid');
    minutes(29);
    expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    minutes(29); // 29 minutes after the last use: still alive
    expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    minutes(31);
    expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    // The row is gone, not just refused.
    expect(await t.deps.db.selectFrom('sessions').select('id').execute()).toHaveLength(0);
  });

  it('ends a session after 12 hours however busy it is', async () => {
    const token = await t.login('ppid');
    for (let i = 0; i < 35; i++) {
      minutes(20);
      expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    }
    minutes(20); // 12 h after login
    expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('sends an expired page session to the login page and back to where it was', async () => {
    const page = await pageLogin(t, 'ppid');
    expect((await page.get('/petugas')).status).toBe(200);
    minutes(31);
    const res = await page.get('/petugas/notifikasi');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/petugas/masuk?next=%2Fpetugas%2Fnotifikasi');
  });

  it('logs out everywhere: every session of the user ends, other users keep theirs', async () => {
    const a = await t.login('ppid');
    const b = await t.login('ppid');
    const page = await pageLogin(t, 'ppid');
    const other = await t.login('pelaksana.dit');
    expect((await t.api('POST', '/api/v1/auth/logout-all', { token: a })).status).toBe(204);
    for (const token of [a, b]) expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    expect((await page.get('/petugas')).status).toBe(303);
    expect((await t.api('GET', '/api/v1/auth/me', { token: other })).status).toBe(200);
    const audit = await t.deps.db.selectFrom('audit_events').select(['event', 'data']).where('event', '=', 'LOGOUT_EVERYWHERE').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data)).toMatchObject({ sessions: 3 });
  });

  it('logs out everywhere from the account page too', async () => {
    const page = await pageLogin(t, 'pelaksana.dit');
    const api = await t.login('pelaksana.dit');
    await page.get('/petugas/akun');
    const res = await page.post('/petugas/akun/keluar-semua', {});
    expect(res.status).toBe(303);
    expect((await t.api('GET', '/api/v1/auth/me', { token: api })).status).toBe(401);
  });
});

describe('CSRF', () => {
  it("refuses an officer form without the session token, with another session's token, or from another origin", async () => {
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const page = await pageLogin(t, 'ppid');
    const other = await pageLogin(t, 'ppid');
    await other.get('/petugas');
    const foreignToken = other.csrf();
    await page.get(`/petugas/kasus/${filed.body.id}`);
    const form = { body: 'Pemohon menelepon untuk menanyakan status.' };

    expect((await page.post(`/petugas/kasus/${filed.body.id}/catatan`, { ...form, _csrf: '' })).status).toBe(403);
    expect((await page.post(`/petugas/kasus/${filed.body.id}/catatan`, { ...form, _csrf: foreignToken })).status).toBe(403);
    expect((await page.post(`/petugas/kasus/${filed.body.id}/catatan`, form, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await t.deps.db.selectFrom('case_notes').select('id').execute()).toHaveLength(0);

    await page.get(`/petugas/kasus/${filed.body.id}`);
    const ok = await page.post(`/petugas/kasus/${filed.body.id}/catatan`, form);
    expect(ok.status).toBe(303);
    expect(await t.deps.db.selectFrom('case_notes').select('id').execute()).toHaveLength(1);
  });

  it('refuses a login form without its double-submit token', async () => {
    const client = pageClient(t);
    await client.get('/petugas/masuk');
    const res = await client.post('/petugas/masuk', { username: 'ppid', password: DEMO_PASSWORD, _csrf: 'forged' });
    expect(res.status).toBe(403);
    expect(client.jar.has('terbuka_session')).toBe(false);
  });

  it('does not let a cookie authenticate a cross-site text/plain or form post to the API', async () => {
    const page = await pageLogin(t, 'ppid');
    const cookie = `terbuka_session=${page.jar.get('terbuka_session')}`;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await t.app.request(`${ORIGIN}/api/v1/auth/logout-all`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': type }, body: '{}' });
      expect(res.status).toBe(401);
    }
    const json = await t.app.request(`${ORIGIN}/api/v1/cases/bulk`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400); // authenticated, then refused as invalid input
  });
});

describe('TOTP second factor', () => {
  it('matches the RFC 6238 test vectors (SHA-1, 8 digits)', () => {
    const secret = Buffer.from('12345678901234567890');
    const at = (seconds: number) => hotp(secret, Math.floor(seconds / 30), 8);
    expect(at(59)).toBe('94287082');
    expect(at(1111111109)).toBe('07081804');
    expect(at(1234567890)).toBe('89005924');
    expect(at(20000000000)).toBe('65353130');
    expect(totpAt(base32Encode(secret), new Date(59_000), 8)).toBe('94287082');
  });

  it('accepts a code one step either side, never the same step twice', () => {
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    const now = new Date('2026-11-23T03:00:00Z');
    const previous = totpAt(secret, new Date(now.getTime() - 30_000));
    const step = verifyTotp(secret, previous, now, null);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, previous, now, step)).toBeNull();
    expect(verifyTotp(secret, totpAt(secret, new Date(now.getTime() - 90_000)), now, null)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now, null)).toBeNull();
  });

  it('is enrolled with a first code, then required at every login (API and page), and a code works once', async () => {
    const token = await t.login('ppid');
    const enrol = await t.api('POST', '/api/v1/auth/totp', { token });
    expect(enrol.status).toBe(200);
    expect(enrol.body.uri).toMatch(/^otpauth:\/\/totp\/Terbuka%20PPID%3Appid\?secret=[A-Z2-7]{32}&issuer=Terbuka%20PPID/);
    // Not required until confirmed.
    expect((await loginAs('ppid', DEMO_PASSWORD)).status).toBe(200);
    expect((await t.api('POST', '/api/v1/auth/totp/confirm', { token, body: { code: '000000' } })).status).toBe(400);
    const first = totpAt(enrol.body.secret, t.clock.now);
    expect((await t.api('POST', '/api/v1/auth/totp/confirm', { token, body: { code: first } })).status).toBe(204);
    expect((await t.api('GET', '/api/v1/auth/me', { token })).body.totpEnabled).toBe(true);

    const missing = await loginAs('ppid', DEMO_PASSWORD);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('totp_required');
    // The code used to confirm cannot log in (same step).
    expect((await loginAs('ppid', DEMO_PASSWORD, first)).body.error.code).toBe('totp_invalid');
    minutes(1);
    const code = totpAt(enrol.body.secret, t.clock.now);
    expect((await loginAs('ppid', DEMO_PASSWORD, code)).status).toBe(200);
    expect((await loginAs('ppid', DEMO_PASSWORD, code)).status).toBe(401);

    // The login page asks for the code as a second step.
    minutes(1);
    const client = pageClient(t);
    await client.get('/petugas/masuk');
    const step1 = await client.post('/petugas/masuk', { username: 'ppid', password: DEMO_PASSWORD, next: '/petugas/notifikasi' });
    expect(step1.status).toBe(200);
    expect(textOf(step1.html)).toContain('Verifikasi dua langkah');
    expect(client.jar.has('terbuka_session')).toBe(false);
    const challenge = /name="challenge" value="([^"]+)"/.exec(step1.html)![1]!;
    const wrong = await client.post('/petugas/masuk/kode', { challenge, code: '123456', next: '/petugas/notifikasi' });
    expect(wrong.status).toBe(401);
    expect(textOf(wrong.html)).toContain('Kode autentikator salah');
    const right = await client.post('/petugas/masuk/kode', { challenge, code: totpAt(enrol.body.secret, t.clock.now), next: '/petugas/notifikasi' });
    expect(right.status).toBe(303);
    expect(right.location).toBe('/petugas/notifikasi');
    expect(client.jar.has('terbuka_session')).toBe(true);
  });

  it('counts wrong codes toward the lock', async () => {
    const token = await t.login('pelaksana.dit');
    const { body } = await t.api('POST', '/api/v1/auth/totp', { token });
    await t.api('POST', '/api/v1/auth/totp/confirm', { token, body: { code: totpAt(body.secret, t.clock.now) } });
    minutes(1);
    for (let i = 0; i < 5; i++) expect((await loginAs('pelaksana.dit', DEMO_PASSWORD, '000000')).status).toBe(401);
    expect((await loginAs('pelaksana.dit', DEMO_PASSWORD, totpAt(body.secret, t.clock.now))).status).toBe(429);
  });

  it('is removed by an administrator when the phone is lost', async () => {
    const token = await t.login('pelaksana.kbri');
    const { body } = await t.api('POST', '/api/v1/auth/totp', { token });
    await t.api('POST', '/api/v1/auth/totp/confirm', { token, body: { code: totpAt(body.secret, t.clock.now) } });
    const admin = await t.login('admin');
    const user = (await t.api('GET', '/api/v1/users', { token: admin })).body.items.find((u: { username: string }) => u.username === 'pelaksana.kbri');
    expect(user.totpEnabled).toBe(true);
    expect((await t.api('POST', `/api/v1/users/${user.id}/totp-reset`, { token: admin })).status).toBe(204);
    expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    expect((await loginAs('pelaksana.kbri', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('user administration', () => {
  it('creates an officer with a one-time password that must be changed before any work', async () => {
    const admin = await t.login('admin');
    const created = await t.api('POST', '/api/v1/users', {
      token: admin,
      body: {
        username: 'pelaksana.tokyo',
        name: 'Rudi Hartono',
        position: 'PPID Pelaksana, KBRI Tokyo',
        role: 'ppid_pelaksana',
        unit: 'KBRI-TOKYO',
      },
    });
    expect(created.status).toBe(201);
    const oneTime = created.body.temporaryPassword as string;
    expect(oneTime).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const login = await loginAs('pelaksana.tokyo', oneTime);
    expect(login.body.mustChangePassword).toBe(true);
    const token = login.body.token as string;
    const queue = await t.api('GET', '/api/v1/cases', { token });
    expect(queue.status).toBe(403);
    expect(queue.body.error.code).toBe('password_change_required');
    // The pages send them to the password page, whatever they open.
    const page = pageClient(t);
    await page.get('/petugas/masuk');
    expect((await page.post('/petugas/masuk', { username: 'pelaksana.tokyo', password: oneTime, next: '/petugas' })).location).toBe('/petugas/akun/sandi');
    expect((await page.get('/petugas')).location).toBe('/petugas/akun/sandi');
    expect((await page.get('/petugas/akun/sandi')).status).toBe(200);

    const weak = await t.api('POST', '/api/v1/auth/password', { token, body: { currentPassword: oneTime, newPassword: 'pendek' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields.newPassword).toMatch(/minimal 10/);
    const withName = await t.api('POST', '/api/v1/auth/password', { token, body: { currentPassword: oneTime, newPassword: 'pelaksana.tokyo-2026' } });
    expect(withName.body.error.fields.newPassword).toMatch(/mudah ditebak/);
    expect(
      (await t.api('POST', '/api/v1/auth/password', { token, body: { currentPassword: oneTime, newPassword: 'sakura mekar di musim semi' } })).status,
    ).toBe(204);
    expect((await t.api('GET', '/api/v1/cases', { token })).status).toBe(200);
    expect((await loginAs('pelaksana.tokyo', oneTime)).status).toBe(401);
    expect((await loginAs('pelaksana.tokyo', 'sakura mekar di musim semi')).status).toBe(200);

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['event', 'data'])
      .where('case_id', 'is', null)
      .where('event', 'in', ['USER_CREATED', 'PASSWORD_CHANGED'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.event)).toEqual(['USER_CREATED', 'PASSWORD_CHANGED']);
    expect(audit.map((a) => a.data).join()).not.toContain(oneTime);
  });

  it('resets a password (old one and every session stop working) and deactivates an account', async () => {
    const admin = await t.login('admin');
    const victim = await t.login('pelaksana.dit');
    const users = (await t.api('GET', '/api/v1/users', { token: admin })).body.items as Array<{ id: string; username: string }>;
    const dit = users.find((u) => u.username === 'pelaksana.dit')!;
    const reset = await t.api('POST', `/api/v1/users/${dit.id}/password-reset`, { token: admin });
    expect(reset.status).toBe(200);
    expect((await t.api('GET', '/api/v1/auth/me', { token: victim })).status).toBe(401);
    expect((await loginAs('pelaksana.dit', DEMO_PASSWORD)).status).toBe(401);
    expect((await loginAs('pelaksana.dit', reset.body.temporaryPassword)).body.mustChangePassword).toBe(true);

    const kbri = await t.login('pelaksana.kbri');
    const kbriId = users.find((u) => u.username === 'pelaksana.kbri')!.id;
    expect((await t.api('POST', `/api/v1/users/${kbriId}/deactivate`, { token: admin })).status).toBe(204);
    expect((await t.api('GET', '/api/v1/auth/me', { token: kbri })).status).toBe(401);
    expect((await loginAs('pelaksana.kbri', DEMO_PASSWORD)).status).toBe(401);
    const self = users.find((u) => u.username === 'admin')!.id;
    expect((await t.api('POST', `/api/v1/users/${self}/deactivate`, { token: admin })).status).toBe(409);
  });

  it('refuses a duplicate username, a unit-less PPID Pelaksana and an unknown unit, naming the fields', async () => {
    const admin = await t.login('admin');
    const base = { name: 'Uji', position: 'Uji' };
    const dup = await t.api('POST', '/api/v1/users', { token: admin, body: { ...base, username: 'ppid', role: 'auditor' } });
    expect(dup.body.error.fields.username).toMatch(/sudah dipakai/);
    const noUnit = await t.api('POST', '/api/v1/users', { token: admin, body: { ...base, username: 'baru', role: 'ppid_pelaksana' } });
    expect(noUnit.body.error.fields.unit).toMatch(/memerlukan unit/);
    const unknown = await t.api('POST', '/api/v1/users', { token: admin, body: { ...base, username: 'baru', role: 'ppid_pelaksana', unit: 'NOPE' } });
    expect(unknown.body.error.fields.unit).toMatch(/tidak dikenal/);
  });

  it('has no default password outside demo mode', async () => {
    const bare = await makeContext({ env: { DEMO: '0' } });
    try {
      for (const username of ['admin', 'ppid', 'auditor']) {
        const res = await bare.api('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } });
        expect(res.status).toBe(401);
      }
      expect(await bare.deps.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    } finally {
      await bare.close();
    }
  });

  it('gives the user administration page to administrators only, and shows a new one-time password once', async () => {
    const ppid = await pageLogin(t, 'ppid');
    expect((await ppid.get('/admin/pengguna')).status).toBe(403);
    const admin = await pageLogin(t, 'admin');
    expect((await admin.get('/admin/pengguna')).status).toBe(200);
    const res = await admin.post('/admin/pengguna', {
      username: 'auditor.dua',
      name: 'Sari Auditor',
      position: 'Auditor',
      role: 'auditor',
      unit: '',
      email: '',
    });
    expect(res.status).toBe(201);
    const password = /id="one-time-password">([^<]+)</.exec(res.html)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9-]{19}$/);
    expect(textOf((await admin.get('/admin/pengguna')).html)).not.toContain(password!);
    const bad = await admin.post('/admin/pengguna', { username: 'X', name: '', position: 'p', role: 'ppid_utama', unit: '' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Ada 3 isian yang perlu diperbaiki');
  });
});
