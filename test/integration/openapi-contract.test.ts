/**
 * The OpenAPI document as a client reads it: the main flows — filing, tracking, an officer's login
 * and queue, a decision, an objection and its answer, a calendar entry's life — are called for
 * real, each request body is checked against the schema the document declares for it, and each
 * response must carry a status the operation documents and a body valid against the schema declared
 * for that status (JSON Schema 2020-12, Ajv). Responses documented without a schema are a known gap,
 * listed below; the list must be exactly the document's current set, so it shrinks as schemas are added.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

/** Success responses whose body the document does not describe (JSON without a schema, PDF, CSV, 204). */
const KNOWN_GAPS = [
  'GET /api/v1/requests/{number} 200',
  'GET /api/v1/units 200',
  'POST /api/v1/auth/logout 204',
  'POST /api/v1/auth/logout-all 204',
  'POST /api/v1/auth/password 204',
  'POST /api/v1/auth/totp 200',
  'POST /api/v1/auth/totp/confirm 204',
  'POST /api/v1/auth/totp/disable 204',
  'GET /api/v1/cases 200',
  'POST /api/v1/cases 201',
  'GET /api/v1/cases/queues 200',
  'POST /api/v1/cases/bulk 200',
  'GET /api/v1/cases/{id} 200',
  'POST /api/v1/cases/{id}/events 200',
  'GET /api/v1/cases/{id}/notes 200',
  'POST /api/v1/cases/{id}/notes 201',
  'GET /api/v1/audit/verify 200',
  'GET /api/v1/calendars 200',
  'GET /api/v1/calendars/{code}/entries 200',
  'POST /api/v1/calendars/{code}/reviews 201',
  'GET /api/v1/requests/{number}/receipt.pdf 200',
  'GET /api/v1/requests/{number}/documents/{documentId} 200',
  'GET /api/v1/cases/{id}/documents/preview 200',
  'GET /api/v1/cases/{id}/documents/{documentId} 200',
  'GET /api/v1/objections 200',
  'GET /api/v1/objections/{id} 200',
  'POST /api/v1/objections/{id}/events 200',
  'GET /api/v1/consequence-tests 200',
  'POST /api/v1/consequence-tests 201',
  'GET /api/v1/consequence-tests/{id} 200',
  'POST /api/v1/consequence-tests/{id} 200',
  'POST /api/v1/consequence-tests/{id}/links 200',
  'GET /api/v1/dik 200',
  'GET /api/v1/dip 200',
  'POST /api/v1/dip 201',
  'GET /api/v1/dip/{id} 200',
  'POST /api/v1/dip/{id} 200',
  'POST /api/v1/dip/{id}/answers 200',
  'GET /api/v1/users 200',
  'POST /api/v1/users/{id}/password-reset 200',
  'POST /api/v1/users/{id}/totp-reset 204',
  'POST /api/v1/users/{id}/deactivate 204',
  'POST /api/v1/users/{id}/activate 204',
  'GET /api/v1/notifications 200',
  'POST /api/v1/notifications/read 200',
];

type Schema = Record<string, unknown>;
interface Operation {
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, { description: string; content?: { 'application/json'?: { schema: Schema } } }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

let t: TestContext;
let doc: Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();
const validator = (key: string, schema: Schema) => {
  if (!compiled.has(key)) compiled.set(key, ajv.compile(schema));
  return compiled.get(key)!;
};
/** Which documented responses the flows met: `METHOD path status`. */
const met = new Set<string>();

beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB
  const res = await t.api('GET', '/api/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body as Document;
});
afterEach(async () => {
  await t.close();
});

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** Off for a body sent on purpose against the schema, to see the API refuse it too. */
  checkRequest?: boolean;
}

/** The errors of `value` against a schema of the document (an empty list when it is valid). */
function schemaErrors(key: string, schema: Schema, value: unknown) {
  const validate = validator(key, schema);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** The request schema the document declares for an operation, checked against a body. */
function requestErrors(method: Method, path: string, body: unknown) {
  const schema = doc.paths[path]?.[method]?.requestBody?.content['application/json'].schema;
  expect(schema, `${method.toUpperCase()} ${path} documents its request body`).toBeDefined();
  return schemaErrors(`${method} ${path} request`, schema!, body);
}

/**
 * Calls an operation the way a generated client would: the path from the document's template, a
 * body the document's request schema accepts; then holds the response to the document.
 */
async function call(method: Method, path: string, o: CallOptions = {}) {
  const op = doc.paths[path]?.[method];
  expect(op, `${method.toUpperCase()} ${path} is in the document`).toBeDefined();
  if (o.body !== undefined && op!.requestBody && o.checkRequest !== false)
    expect(requestErrors(method, path, o.body), `${method} ${path} request body`).toEqual([]);
  const url = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(o.params?.[k] ?? '')) + (o.query ? `?${new URLSearchParams(o.query)}` : '');
  const res = await t.api(method.toUpperCase(), url, { body: o.body, token: o.token, headers: o.headers });
  const key = `${method.toUpperCase()} ${path} ${res.status}`;
  const documented = op!.responses[String(res.status)];
  expect(documented, `${key} is a documented response (${JSON.stringify(res.body).slice(0, 200)})`).toBeDefined();
  met.add(key);
  const schema = documented!.content?.['application/json']?.schema;
  if (schema) expect(schemaErrors(key, schema, res.body), `${key} body against its schema`).toEqual([]);
  else expect(KNOWN_GAPS, `${key} has no schema and is not a known gap`).toContain(key);
  return res;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and its undocumented success responses are exactly the known gaps', () => {
    expect(doc.openapi).toBe('3.1.0');
    const gaps: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, r] of Object.entries(op.responses)) {
          if (Number(status) < 400 && !r.content) gaps.push(`${method.toUpperCase()} ${path} ${status}`);
          // Every error response is described: the error body with its code and message.
          if (Number(status) >= 400) expect(r.content?.['application/json']?.schema, `${method} ${path} ${status}`).toBeDefined();
        }
      }
    }
    expect(gaps.sort()).toEqual([...KNOWN_GAPS].sort());
  });

  it("describes what filing, tracking, an officer's work and an objection really send and answer", async () => {
    // A requester files, then tracks; a wrong code is refused as documented.
    const filing = validFiling();
    const filed = await call('post', '/api/v1/requests', { body: filing, headers: { 'Idempotency-Key': crypto.randomUUID() } });
    expect(filed.status).toBe(201);
    const { id, registrationNumber, trackingCode } = filed.body as { id: string; registrationNumber: string; trackingCode: string };
    expect((await call('get', '/api/v1/requests/{number}', { params: { number: registrationNumber }, query: { code: trackingCode } })).status).toBe(200);
    expect((await call('get', '/api/v1/requests/{number}', { params: { number: registrationNumber }, query: { code: 'AAAA-BBBB-CCCC-DDDD' } })).status).toBe(
      404,
    );
    expect((await call('post', '/api/v1/requests', { body: { ...filing, purpose: undefined }, checkRequest: false })).status).toBe(400);
    expect((await call('get', '/api/v1/deadlines', { query: { received: '2026-11-23T10:00:00+07:00', unit: 'PPID' } })).status).toBe(200);
    expect((await call('get', '/api/v1/units')).status).toBe(200);

    // An officer: a wrong password, a login, who they are, the queue, the case, a decision, a stale one.
    expect((await call('post', '/api/v1/auth/login', { body: { username: 'ppid', password: 'not the password' } })).status).toBe(401);
    const login = await call('post', '/api/v1/auth/login', { body: { username: 'ppid', password: 'demo12345' } });
    expect(login.status).toBe(200);
    const token = (login.body as { token: string }).token;
    expect((await call('get', '/api/v1/auth/me', { token })).status).toBe(200);
    expect((await call('get', '/api/v1/cases')).status).toBe(401);
    expect((await call('get', '/api/v1/cases', { token })).status).toBe(200);
    expect((await call('get', '/api/v1/cases/{id}', { token, params: { id } })).status).toBe(200);
    const deny = { type: 'DECIDE', expectedVersion: 1, outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest };
    expect((await call('post', '/api/v1/cases/{id}/events', { token, params: { id }, body: deny })).status).toBe(200);
    expect((await call('post', '/api/v1/cases/{id}/events', { token, params: { id }, body: deny })).status).toBe(409);

    // The requester objects; the atasan PPID reads and answers it.
    const objected = await call('post', '/api/v1/requests/{number}/objections', {
      params: { number: registrationNumber },
      query: { code: trackingCode },
      body: { grounds: ['a'], reason: 'Perundingan itu sudah selesai dan hasilnya diumumkan.' },
    });
    expect(objected.status).toBe(201);
    const objectionId = (objected.body as { id: string }).id;
    const atasan = await t.login('atasan');
    expect((await call('get', '/api/v1/objections', { token: atasan })).status).toBe(200);
    expect((await call('get', '/api/v1/objections/{id}', { token: atasan, params: { id: objectionId } })).status).toBe(200);
    const answer = { type: 'DECIDE_OBJECTION', expectedVersion: 1, outcome: 'upheld', reasons: 'Uji konsekuensi masih berlaku; perundingan belum selesai.' };
    expect((await call('post', '/api/v1/objections/{id}/events', { token: atasan, params: { id: objectionId }, body: answer })).status).toBe(200);
    expect((await call('post', '/api/v1/objections/{id}/events', { token: atasan, params: { id: objectionId }, body: answer })).status).toBe(409);

    // The flows met documented schemas, not only gaps.
    expect([...met].filter((k) => !KNOWN_GAPS.includes(k)).length).toBeGreaterThanOrEqual(8);
  });

  it("describes a calendar entry's life: added, replaced, renamed and removed by an administrator", async () => {
    const admin = await t.login('admin');
    const params = { code: 'ID-NATIONAL' };
    expect((await call('get', '/api/v1/calendars', { token: admin })).status).toBe(200);
    expect((await call('get', '/api/v1/calendars/{code}/entries', { token: admin, params, query: { year: '2026' } })).status).toBe(200);
    const added = await call('post', '/api/v1/calendars/{code}/entries', {
      token: admin,
      params,
      body: {
        date: '2026-12-31',
        kind: 'cuti_bersama',
        nameId: 'Cuti bersama akhir tahun',
        nameEn: 'Year-end joint leave',
        reason: 'Ditetapkan SKB perubahan.',
      },
    });
    expect(added.status).toBe(201);
    const entry = { ...params, id: (added.body as { entry: { id: string } }).entry.id };
    expect(
      (
        await call('put', '/api/v1/calendars/{code}/entries/{id}', {
          token: admin,
          params: entry,
          body: {
            date: '2026-12-31',
            kind: 'office_closure',
            nameId: 'Kantor tutup',
            nameEn: 'Office closed',
            reason: 'Diganti penutupan kantor.',
          },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('patch', '/api/v1/calendars/{code}/entries/{id}', {
          token: admin,
          params: entry,
          body: {
            nameId: 'Kantor tutup akhir tahun',
            reason: 'Nama disesuaikan.',
          },
        })
      ).status,
    ).toBe(200);
    expect(
      (await call('delete', '/api/v1/calendars/{code}/entries/{id}', { token: admin, params: entry, query: { reason: 'Kantor tetap buka.' } })).status,
    ).toBe(200);
    expect((await call('delete', '/api/v1/calendars/{code}/entries/{id}', { token: admin, params: entry, query: { reason: 'Sekali lagi.' } })).status).toBe(
      404,
    );
  });

  it('declares request schemas that refuse what the API refuses', async () => {
    const badNik = validFiling({ requester: { ...(validFiling().requester as object), nik: '12345' } });
    expect(requestErrors('post', '/api/v1/requests', badNik)).not.toEqual([]);
    const refused = await call('post', '/api/v1/requests', { body: badNik, checkRequest: false });
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { fields: Record<string, string> } }).error.fields['requester.nik']).toBeDefined();

    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { registrationNumber: string; trackingCode: string };
    const badGround = { grounds: ['z'], reason: 'Perundingan itu sudah selesai dan hasilnya diumumkan.' };
    expect(requestErrors('post', '/api/v1/requests/{number}/objections', badGround)).not.toEqual([]);
    const objection = await call('post', '/api/v1/requests/{number}/objections', {
      params: { number: filed.registrationNumber },
      query: { code: filed.trackingCode },
      body: badGround,
      checkRequest: false,
    });
    expect(objection.status).toBe(400);
    // A dispute stage a client would send is described by the objection events' schema; an unknown stage is not.
    const stage = { type: 'RECORD_DISPUTE_STAGE', expectedVersion: 4, stage: 'preliminary_exam', on: '2026-11-30' };
    expect(requestErrors('post', '/api/v1/objections/{id}/events', stage)).toEqual([]);
    expect(requestErrors('post', '/api/v1/objections/{id}/events', { ...stage, stage: 'appeal_to_the_moon' })).not.toEqual([]);
  });
});
