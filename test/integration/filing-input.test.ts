import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../src/sweep';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext();
});
afterEach(async () => {
  await t.close();
});

const count = async (table: 'cases' | 'requesters' | 'audit_events' | 'outbox' | 'idempotency_keys') =>
  Number(
    (
      await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const withRequester = (changes: Record<string, unknown>) => validFiling({ requester: { ...validFiling().requester, ...changes } });

/** Each bad body, the field it must name, and a fragment of the Indonesian and English messages. */
const cases: Array<[string, string, unknown, RegExp, RegExp]> = [
  ['requester missing', 'requester', validFiling({ requester: undefined }), /Wajib diisi/, /required/],
  ['unknown requester type', 'requester.type', withRequester({ type: 'company' }), /individual, legal_entity, group/, /Choose one of/],
  ['empty name', 'requester.name', withRequester({ name: '  ' }), /Wajib diisi/, /required/],
  ['name too long', 'requester.name', withRequester({ name: 'x'.repeat(201) }), /maksimal 200/, /at most 200/],
  ['NIK of 15 digits', 'requester.nik', withRequester({ nik: '317101230490000' }), /16 digit/, /16 digits/],
  ['NIK with letters', 'requester.nik', withRequester({ nik: '31710123049000AB' }), /16 digit/, /16 digits/],
  ['neither NIK nor passport', 'requester.nik', withRequester({ nik: undefined }), /NIK .* paspor/, /NIK .* passport/],
  ['bad passport number', 'requester.passportNumber', withRequester({ nik: undefined, passportNumber: 'A-1' }), /Format/, /format/],
  ['legal entity without SK number', 'requester.legalEntityNumber', withRequester({ type: 'legal_entity', nik: undefined }), /SK pengesahan/, /SK pengesahan/],
  ['bad e-mail', 'requester.email', withRequester({ email: 'andi-at-example' }), /e-mail tidak valid/, /valid e-mail/],
  [
    'no way to reach the requester',
    'requester.email',
    validFiling({ deliveryMethod: 'pickup', requester: { ...validFiling().requester, email: undefined, phone: undefined } }),
    /e-mail atau nomor telepon/,
    /e-mail address or a phone/,
  ],
  ['bad phone', 'requester.phone', withRequester({ phone: 'call me maybe' }), /angka/, /digits/],
  ['address too short', 'requester.address', withRequester({ address: 'Jkt' }), /minimal 5/, /at least 5/],
  ['occupation wrong type', 'requester.occupation', withRequester({ occupation: 42 }), /Jenis nilai/, /Wrong kind/],
  ['information missing', 'information', validFiling({ information: undefined }), /Wajib diisi/, /required/],
  ['information too short', 'information', validFiling({ information: 'arsip' }), /minimal 10/, /at least 10/],
  ['information too long', 'information', validFiling({ information: 'x'.repeat(5001) }), /maksimal 5000/, /at most 5000/],
  ['purpose missing', 'purpose', validFiling({ purpose: '' }), /Wajib diisi|minimal/, /required|at least/],
  ['unknown obtain method', 'obtainMethod', validFiling({ obtainMethod: 'fax' }), /view, copy_soft, copy_hard/, /Choose one of/],
  ['unknown delivery method', 'deliveryMethod', validFiling({ deliveryMethod: 'pigeon' }), /pickup, email/, /Choose one of/],
  [
    'e-mail delivery without e-mail',
    'requester.email',
    validFiling({ requester: { ...validFiling().requester, email: undefined } }),
    /memerlukan alamat e-mail/,
    /needs an e-mail/,
  ],
  ['unknown unit', 'unit', validFiling({ unit: 'KBRI-ATLANTIS' }), /tidak dikenal/, /Unknown unit/],
];

describe('bad input to the filing API', () => {
  it.each(cases)('%s → 400 naming %s, in Indonesian by default and English on request; nothing written', async (_name, field, body, id, en) => {
    const before = await Promise.all([count('cases'), count('requesters'), count('audit_events'), count('outbox')]);
    const resId = await t.api('POST', '/api/v1/requests', { body });
    expect(resId.status).toBe(400);
    expect(resId.body.error.code).toBe('invalid_input');
    expect(resId.body.error.fields[field]).toMatch(id);
    const resEn = await t.api('POST', '/api/v1/requests', { body, lang: 'en-GB,en;q=0.9,id;q=0.5' });
    expect(resEn.body.error.fields[field]).toMatch(en);
    expect(resEn.body.error.message).toMatch(/Invalid input/);
    expect(await Promise.all([count('cases'), count('requesters'), count('audit_events'), count('outbox')])).toEqual(before);
  });

  it('names every invalid field at once', async () => {
    const res = await t.api('POST', '/api/v1/requests', { body: { requester: { type: 'individual' }, obtainMethod: 'x' } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(
      ['deliveryMethod', 'information', 'obtainMethod', 'purpose', 'requester.address', 'requester.name'].sort(),
    );
  });

  it('answers malformed JSON and a non-object body with 400, never 500', async () => {
    let res = await t.api('POST', '/api/v1/requests', { body: '{"requester": ' });
    expect(res.status).toBe(400);
    res = await t.api('POST', '/api/v1/requests', { body: '[1,2,3]' });
    expect(res.status).toBe(400);
    res = await t.api('POST', '/api/v1/requests', { body: 'null' });
    expect(res.status).toBe(400);
  });

  it('refuses a body over 12 MB with 413, whether its length is declared or it comes in chunks, and files nothing', async () => {
    const cases = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await cases();
    const big = JSON.stringify(validFiling({ information: 'x'.repeat(13 * 1024 * 1024) }));
    const declared = await t.app.request('/api/v1/requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(big)) },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe('too_large');
    const bytes = new TextEncoder().encode(big);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1 << 20) controller.enqueue(bytes.subarray(i, i + (1 << 20)));
        controller.close();
      },
    });
    const streamed = await t.app.request('/api/v1/requests', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await cases()).toBe(before);
  });

  it('ignores extra fields (the contract allows more optional fields) and treats empty optional strings as absent', async () => {
    const res = await t.api('POST', '/api/v1/requests', { body: { ...withRequester({ occupation: '', passportNumber: '' }), reference: 'abc' } });
    expect(res.status).toBe(201);
  });

  it('refuses bad officer event bodies with field errors, and unknown cases with 404', async () => {
    const { body: receipt } = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const ppid = await t.login('ppid');
    let res = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: { type: 'TELEPORT', expectedVersion: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.type).toMatch(/tidak dikenal/);
    res = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: { type: 'START_REVIEW' } });
    expect(res.body.error.fields.expectedVersion).toBeDefined();
    res = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: { type: 'ASSIGN', unit: 'NOWHERE', expectedVersion: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.unit).toMatch(/tidak dikenal/);
    res = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: { type: 'DECIDE', outcome: 'maybe', expectedVersion: 1 } });
    expect(res.body.error.fields.outcome).toMatch(/granted/);
    res = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: { type: 'START_REVIEW', expectedVersion: 7 } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    res = await t.api('GET', '/api/v1/cases/00000000-0000-0000-0000-000000000000', { token: ppid });
    expect(res.status).toBe(404);
    res = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: '{bad' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
    res = await t.api('POST', '/api/v1/cases/nope/events', { token: ppid, body: { type: 'START_REVIEW', expectedVersion: 1 } });
    expect(res.status).toBe(404);
  });

  it('refuses a bad queue query with field errors', async () => {
    const ppid = await t.login('ppid');
    const res = await t.api('GET', '/api/v1/cases?limit=1000&status=lost&dueBefore=2026-02-30', { token: ppid });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['dueBefore', 'limit', 'status']);
  });
});

describe('Idempotency-Key', () => {
  it('returns the first receipt for a repeat with the same key and body, and creates nothing new', async () => {
    const headers = { 'Idempotency-Key': 'form-7f3a9c21e0' };
    const first = await t.api('POST', '/api/v1/requests', { body: validFiling(), headers });
    const again = await t.api('POST', '/api/v1/requests', { body: validFiling(), headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body.registrationNumber).toBe(first.body.registrationNumber);
    // The tracking code is never stored, yet the replay gives the same working code.
    expect(again.body.trackingCode).toBe(first.body.trackingCode);
    expect(await count('cases')).toBe(1);
    const track = await t.api('GET', `/api/v1/requests/${encodeURIComponent(first.body.registrationNumber)}`, {
      headers: { 'X-Tracking-Code': again.body.trackingCode },
    });
    expect(track.status).toBe(200);
    const stored = await t.deps.db.selectFrom('idempotency_keys').select('response').executeTakeFirstOrThrow();
    expect(stored.response).not.toContain(first.body.trackingCode);
  });

  it('refuses the same key with another body', async () => {
    const headers = { 'Idempotency-Key': 'form-7f3a9c21e0' };
    await t.api('POST', '/api/v1/requests', { body: validFiling(), headers });
    const res = await t.api('POST', '/api/v1/requests', { body: validFiling({ purpose: 'Sesuatu yang lain sama sekali.' }), headers });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('idempotency_mismatch');
    expect(await count('cases')).toBe(1);
  });

  it('is kept for a day: the sweeper forgets it after that, and the same key then files anew', async () => {
    const headers = { 'Idempotency-Key': 'form-day-0001' };
    const first = await t.api('POST', '/api/v1/requests', { body: validFiling(), headers });
    t.clock.now = new Date(t.clock.now.getTime() + 23 * 3_600_000);
    await sweepOnce(t.deps);
    const within = await t.api('POST', '/api/v1/requests', { body: validFiling(), headers });
    expect(within.body.registrationNumber).toBe(first.body.registrationNumber);
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 3_600_000);
    await sweepOnce(t.deps);
    expect(await count('idempotency_keys')).toBe(0);
    const later = await t.api('POST', '/api/v1/requests', { body: validFiling(), headers });
    expect(later.status).toBe(201);
    expect(later.body.registrationNumber).not.toBe(first.body.registrationNumber);
    expect(await count('cases')).toBe(2);
  });
});

describe('tracking', () => {
  it('stores only a hash of the tracking code, accepts it as typed, and hides unknown numbers and wrong codes alike', async () => {
    const { body: r } = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const row = await t.deps.db.selectFrom('cases').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(r.trackingCode);
    const number = encodeURIComponent(r.registrationNumber);
    expect((await t.api('GET', `/api/v1/requests/${number}?code=${r.trackingCode.toLowerCase().replace(/-/g, '')}`)).status).toBe(200);
    const wrong = await t.api('GET', `/api/v1/requests/${number}?code=AAAA-BBBB-CCCC-DDDD`);
    const unknown = await t.api('GET', `/api/v1/requests/${encodeURIComponent('99999/PPID-PPID/2026')}?code=${r.trackingCode}`);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrong.body).toEqual(unknown.body);
    expect((await t.api('GET', `/api/v1/requests/${number}`)).status).toBe(404);
  });

  it('limits look-ups per client when a limit is set (429 with Retry-After)', async () => {
    const limited = await makeContext({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.api('GET', '/api/v1/requests/x?code=y')).status);
      expect(statuses).toEqual([404, 404, 429]);
      const res = await limited.api('GET', '/api/v1/requests/x?code=y');
      expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect(res.body.error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('the contract', () => {
  it('lists the units and missions with their time zones', async () => {
    const res = await t.api('GET', '/api/v1/units');
    const riyadh = res.body.items.find((u: { code: string }) => u.code === 'KBRI-RIYADH');
    expect(riyadh).toMatchObject({ kind: 'embassy', timeZone: 'Asia/Riyadh', country: 'SA' });
    expect(res.body.items.filter((u: { kind: string }) => u.kind !== 'work_unit' && u.kind !== 'ppid_utama').length).toBeGreaterThanOrEqual(8);
    expect(res.body.items.filter((u: { kind: string }) => u.kind === 'work_unit').length).toBeGreaterThanOrEqual(8);
  });

  it('answers 401 without login and shows who is logged in, by cookie or bearer token', async () => {
    expect((await t.api('GET', '/api/v1/cases')).status).toBe(401);
    const login = await t.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'pelaksana.kbri', password: 'demo12345' }),
    });
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/terbuka_session=.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.app.request('/api/v1/auth/me', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(await me.json()).toMatchObject({ username: 'pelaksana.kbri', role: 'ppid_pelaksana', unit: 'KBRI-RIYADH' });
    const bad = await t.api('POST', '/api/v1/auth/login', { body: { username: 'ppid', password: 'wrong' }, lang: 'en' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toBe('Wrong username or password.');
  });
});
