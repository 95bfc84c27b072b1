/**
 * The OpenAPI document as a client reads it. The main flows — filing, tracking, an officer's login,
 * queue, case, notes and decisions, the documents they issue, an objection and its answer, the
 * DIK and DIP, calendars, accounts and notifications — are called for real; each request body is
 * checked against the schema the document declares for it, and each response must carry a status
 * the operation documents, a media type it documents for that status, and a body valid against the
 * schema declared for it (JSON Schema 2020-12, Ajv): JSON parsed and validated, a PDF or ZIP by its
 * signature, CSV as text. Every response of every operation is described: there are no known gaps.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, newMission, type TestContext, validFiling } from '../helpers/context';

type Schema = Record<string, unknown>;
interface Operation {
  operationId?: string;
  security?: unknown[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}
interface Document {
  openapi: string;
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Schema>; securitySchemes: Record<string, unknown> };
}

let t: TestContext;
let doc: Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();
/** Which operations and statuses the flows met: `METHOD path status`. */
const met = new Set<string>();

beforeAll(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { RATE_LIMIT_PER_MINUTE: '0' } }); // Monday 10:00 WIB
  const res = await t.api('GET', '/api/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body as Document;
  // `$ref: '#/components/schemas/…'` resolves inside one schema document: hand Ajv the components.
  ajv.addSchema({ $id: 'doc', components: doc.components });
});
afterAll(async () => {
  await t.close();
});

const withRefs = (schema: Schema): Schema => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')) as Schema;

/** The errors of `value` against a schema of the document (an empty list when it is valid). */
function schemaErrors(key: string, schema: Schema, value: unknown) {
  if (!compiled.has(key)) compiled.set(key, ajv.compile(withRefs(schema)));
  const validate = compiled.get(key)!;
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

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

/** The request schema the document declares for an operation, checked against a body. */
function requestErrors(method: Method, path: string, body: unknown) {
  const schema = doc.paths[path]?.[method]?.requestBody?.content['application/json'].schema;
  expect(schema, `${method.toUpperCase()} ${path} documents its request body`).toBeDefined();
  return schemaErrors(`${method} ${path} request`, schema!, body);
}

const SIGNATURES: Record<string, string> = { 'application/pdf': '%PDF-', 'application/zip': 'PK\u0003\u0004' };

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
  const headers: Record<string, string> = { ...o.headers };
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  const raw = await t.app.request(url, { method: method.toUpperCase(), headers, ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}) });
  const bytes = Buffer.from(await raw.arrayBuffer());
  const key = `${method.toUpperCase()} ${path} ${raw.status}`;
  const text = bytes.toString('utf8');
  const documented = op!.responses[String(raw.status)];
  expect(documented, `${key} is a documented response (${text.slice(0, 300)})`).toBeDefined();
  met.add(key);
  const mediaType = (raw.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  let body: unknown = text;
  if (raw.status === 204) {
    expect(bytes.length, `${key} has no body`).toBe(0);
    expect(documented!.content, `${key} documents no body`).toBeUndefined();
  } else {
    const content = documented!.content ?? {};
    expect(Object.keys(content), `${key} documents its media type`).toContain(mediaType);
    if (mediaType === 'application/json') {
      body = JSON.parse(text);
      expect(schemaErrors(`${key} ${mediaType}`, content[mediaType]!.schema, body), `${key} body against its schema`).toEqual([]);
    } else if (SIGNATURES[mediaType]) {
      expect(bytes.subarray(0, SIGNATURES[mediaType]!.length).toString('latin1'), `${key} is a ${mediaType}`).toBe(SIGNATURES[mediaType]);
    }
  }
  return { status: raw.status, body: body as any, headers: raw.headers, bytes };
}

describe('the OpenAPI document', () => {
  it('describes every response of every operation, with a stable operationId and a security statement', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
    const undescribed: string[] = [];
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.operationId, `${method} ${path} operationId`).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(ids.has(op.operationId!), `${op.operationId} is unique`).toBe(false);
        ids.add(op.operationId!);
        expect(Array.isArray(op.security), `${method} ${path} states its security`).toBe(true);
        for (const [status, r] of Object.entries(op.responses)) {
          if (status !== '204' && !r.content) undescribed.push(`${method.toUpperCase()} ${path} ${status}`);
          // Every error response is described: the error body with its code and message.
          if (Number(status) >= 400) expect(r.content?.['application/json']?.schema, `${method} ${path} ${status}`).toBeDefined();
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('documents whether each operation needs a login as the API enforces it', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (op.security!.length > 0) expect(op.responses, `${method} ${path}`).toHaveProperty('401');
      }
    }
    // Every operation, called without a session: 401 exactly when the document says it needs one.
    const wrong: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const url = path.replace(/\{\w+\}/g, 'unknown');
        const res = await t.app.request(url, {
          method: method.toUpperCase(),
          ...(method === 'get' ? {} : { headers: { 'Content-Type': 'application/json' }, body: '{}' }),
        });
        if ((res.status === 401) !== op.security!.length > 0) wrong.push(`${method.toUpperCase()} ${path} ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await call('get', '/api/v1/cases')).status).toBe(401);
    expect((await call('get', '/api/v1/units')).status).toBe(200);
  });

  it("describes what filing, tracking, an officer's work, the documents and an objection really send and answer", async () => {
    // A requester files, then tracks; a wrong code is refused as documented.
    const filing = validFiling();
    const filed = await call('post', '/api/v1/requests', { body: filing, headers: { 'Idempotency-Key': crypto.randomUUID() } });
    expect(filed.status).toBe(201);
    const { id, registrationNumber, trackingCode } = filed.body as { id: string; registrationNumber: string; trackingCode: string };
    const number = { number: registrationNumber };
    expect((await call('get', '/api/v1/requests/{number}', { params: number, query: { code: trackingCode } })).status).toBe(200);
    expect((await call('get', '/api/v1/requests/{number}', { params: number, query: { code: 'AAAA-BBBB-CCCC-DDDD' } })).status).toBe(404);
    expect((await call('post', '/api/v1/requests', { body: { ...filing, purpose: undefined }, checkRequest: false })).status).toBe(400);
    expect((await call('get', '/api/v1/deadlines', { query: { received: '2026-11-23T10:00:00+07:00', unit: 'PPID' } })).status).toBe(200);
    expect((await call('get', '/api/v1/deadlines', { query: { received: '2026-11-23T10:00:00' } })).status).toBe(400);
    expect((await call('get', '/api/v1/units', { query: { region: 'europe' } })).status).toBe(200);
    expect((await call('get', '/api/v1/requests/{number}/receipt.pdf', { params: number, query: { code: trackingCode } })).status).toBe(200);

    // An officer: a wrong password, a login, who they are, the queues, the case, notes, a decision, a stale one.
    expect((await call('post', '/api/v1/auth/login', { body: { username: 'ppid', password: 'not the password' } })).status).toBe(401);
    const login = await call('post', '/api/v1/auth/login', { body: { username: 'ppid', password: 'demo12345' } });
    expect(login.status).toBe(200);
    const token = (login.body as { token: string }).token;
    expect((await call('get', '/api/v1/auth/me', { token })).status).toBe(200);
    expect((await call('get', '/api/v1/cases/queues', { token })).status).toBe(200);
    const queue = await call('get', '/api/v1/cases', { token, query: { limit: '5' } });
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await call('get', '/api/v1/cases', { token, query: { sort: 'sideways' } })).status).toBe(400);
    expect((await call('get', '/api/v1/cases/{id}', { token, params: { id } })).status).toBe(200);
    expect((await call('get', '/api/v1/cases/{id}', { token, params: { id: 'no-such-case' } })).status).toBe(404);
    expect((await call('post', '/api/v1/cases/{id}/notes', { token, params: { id }, body: { body: 'Tanyakan ke Direktorat Hukum.' } })).status).toBe(201);
    expect((await call('get', '/api/v1/cases/{id}/notes', { token, params: { id } })).body.items).toHaveLength(1);
    expect((await call('post', '/api/v1/cases/{id}/events', { token, params: { id }, body: { type: 'START_REVIEW', expectedVersion: 1 } })).status).toBe(200);
    const deny = { type: 'DECIDE', expectedVersion: 2, outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest };
    const decided = await call('post', '/api/v1/cases/{id}/events', { token, params: { id }, body: deny });
    expect(decided.status).toBe(200);
    expect((await call('post', '/api/v1/cases/{id}/events', { token, params: { id }, body: deny })).status).toBe(409);
    expect(
      (await call('post', '/api/v1/cases/{id}/events', { token, params: { id }, body: { type: 'FLY', expectedVersion: 3 }, checkRequest: false })).status,
    ).toBe(400);
    expect((await call('post', '/api/v1/cases/bulk', { token, body: { type: 'EXTEND', items: [{ id, expectedVersion: 1 }], reason: 'x' } })).status).toBe(200);

    // A walk-in request entered by the officer, with its real receipt time.
    const walkIn = await call('post', '/api/v1/cases', {
      token,
      body: { ...validFiling(), channel: 'walk_in', receivedAt: '2026-11-23T02:30:00.000Z' },
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(walkIn.status).toBe(201);
    expect((await call('post', '/api/v1/cases', { token, body: { ...validFiling(), channel: 'walk_in', receivedAt: '2030-01-01T00:00:00Z' } })).status).toBe(
      400,
    );

    // The documents the decision issued: the officer's copy and the requester's, the same bytes.
    const documents = decided.body.documents as Array<{ id: string; kind: string }>;
    expect(documents.map((d) => d.kind).sort()).toEqual(['denial_decision', 'receipt', 'written_notice']);
    const documentId = documents.find((d) => d.kind === 'denial_decision')!.id;
    const officerCopy = await call('get', '/api/v1/cases/{id}/documents/{documentId}', { token, params: { id, documentId } });
    const requesterCopy = await call('get', '/api/v1/requests/{number}/documents/{documentId}', {
      params: { ...number, documentId },
      query: { code: trackingCode },
    });
    expect(officerCopy.status).toBe(200);
    expect(requesterCopy.bytes.equals(officerCopy.bytes)).toBe(true);
    expect((await call('get', '/api/v1/cases/{id}/documents/{documentId}', { token, params: { id, documentId: 'nope' } })).status).toBe(404);
    expect((await call('get', '/api/v1/cases/{id}/documents/preview', { token, params: { id }, query: { kind: 'written_notice' } })).status).toBe(200);

    // The requester objects; the atasan PPID reads and answers it; a second answer is stale.
    const objected = await call('post', '/api/v1/requests/{number}/objections', {
      params: number,
      query: { code: trackingCode },
      body: { grounds: ['a'], reason: 'Perundingan itu sudah selesai dan hasilnya diumumkan.' },
    });
    expect(objected.status).toBe(201);
    const objectionId = (objected.body as { id: string }).id;
    expect((await call('get', '/api/v1/requests/{number}', { params: number, query: { code: trackingCode } })).body.objections).toHaveLength(1);
    const atasan = await t.login('atasan');
    expect((await call('get', '/api/v1/objections', { token: atasan })).status).toBe(200);
    expect((await call('get', '/api/v1/objections/{id}', { token: atasan, params: { id: objectionId } })).status).toBe(200);
    const answer = { type: 'DECIDE_OBJECTION', expectedVersion: 1, outcome: 'upheld', reasons: 'Uji konsekuensi masih berlaku; perundingan belum selesai.' };
    expect((await call('post', '/api/v1/objections/{id}/events', { token: atasan, params: { id: objectionId }, body: answer })).status).toBe(200);
    expect((await call('post', '/api/v1/objections/{id}/events', { token: atasan, params: { id: objectionId }, body: answer })).status).toBe(409);
    const pelaksana = await t.login('pelaksana.kbri');
    expect((await call('post', '/api/v1/objections/{id}/events', { token: pelaksana, params: { id: objectionId }, body: answer })).status).toBe(403);

    // The atasan enters a second objection received by letter; the register lists both.
    const entered = await call('post', '/api/v1/objections', {
      token: atasan,
      body: { registrationNumber, channel: 'letter', receivedAt: '2026-11-23T02:00:00.000Z', grounds: ['e'], reason: 'Surat keberatan kedua.' },
    });
    expect([201, 409]).toContain(entered.status);
    const auditor = await t.login('auditor');
    expect((await call('get', '/api/v1/registers/objections', { token: auditor, query: { from: '2026-11-01', to: '2026-11-30' } })).status).toBe(200);
    expect((await call('get', '/api/v1/audit/verify', { token: auditor })).status).toBe(200);
    // The auditor's other exports and the public checks, as a client calls them.
    const ppid = await t.login('ppid');
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect((await call('get', '/api/v1/registers/requests', { token: auditor, query: period })).status).toBe(200);
    expect((await call('get', '/api/v1/reports/annual', { token: auditor, query: { year: '2026' } })).status).toBe(200);
    expect((await call('get', '/api/v1/reports/semester', { token: ppid, query: { year: '2026', half: '2' } })).status).toBe(200);
    expect((await call('get', '/api/v1/statistics', { query: { year: '2026' } })).status).toBe(200);
    expect((await call('get', '/api/v1/audit/checkpoints/latest')).status).toBe(200);
    expect((await call('get', '/api/v1/audit/checkpoints', { token: auditor })).status).toBe(200);
    expect((await call('get', '/api/v1/audit/events', { token: auditor })).status).toBe(200);
    expect((await call('get', '/api/v1/audit/bundle', { token: auditor, query: period })).status).toBe(200);
    const receipt = (await t.db.selectFrom('documents').select('id').where('kind', '=', 'receipt').executeTakeFirstOrThrow()).id;
    expect((await call('get', '/api/v1/documents/verify/{documentId}', { params: { documentId: receipt } })).status).toBe(200);
    expect((await call('post', '/api/v1/requests/recover', { body: { registrationNumber, email: 'andi@example.org' } })).status).toBe(202);
  });

  it('describes the consequence tests, the DIK and the DIP as JSON and CSV', async () => {
    const ppid = await t.login('ppid');
    const admin = await t.login('admin');
    const test = {
      information: 'Naskah posisi runding Indonesia dalam perundingan batas maritim dengan negara tetangga, versi Oktober 2026.',
      document: 'Nota Dinas Dirjen HPI No. 123/HPI/X/2026',
      exemptions: [{ letter: 'f', statute: 'Pasal 17 huruf f angka 1' }],
      harm: consequenceTest.harm,
      publicInterest: consequenceTest.publicInterest,
      period: '5 tahun',
      exemptUntil: '2031-10-31',
      reviewOn: '2027-10-31',
      classificationNumber: 'SK PPID No. 12/PPID/XI/2026',
      classificationDate: '2026-11-20',
      publicTitle: 'Posisi runding Indonesia dalam perundingan batas maritim yang sedang berlangsung',
      publicConsequence: 'Dapat melemahkan posisi tawar Indonesia dalam perundingan internasional.',
    };
    const created = await call('post', '/api/v1/consequence-tests', { token: ppid, body: test });
    expect(created.status).toBe(201);
    const testId = created.body.id as string;
    // The denial above recorded its consequence test too.
    expect((await call('get', '/api/v1/consequence-tests', { token: ppid })).body.items.map((x: { id: string }) => x.id)).toContain(testId);
    expect((await call('get', '/api/v1/consequence-tests/{id}', { token: ppid, params: { id: testId } })).status).toBe(200);
    expect(
      (await call('post', '/api/v1/consequence-tests/{id}', { token: ppid, params: { id: testId }, body: { expectedVersion: 1, period: '4 tahun' } })).status,
    ).toBe(200);
    expect((await call('get', '/api/v1/dik')).body.items.length).toBeGreaterThanOrEqual(1);
    expect((await call('get', '/api/v1/dik', { query: { format: 'csv' } })).body).toMatch(/^\uFEFF"No",/);

    const entry = {
      title: 'Laporan keuangan 2025',
      summary: 'Laporan keuangan kementerian tahun anggaran 2025 yang telah diaudit.',
      category: 'berkala',
      unit: 'PPID',
      responsible: 'Sekretaris Jenderal',
      format: 'electronic',
    };
    const dip = await call('post', '/api/v1/dip', { token: admin, body: entry });
    expect(dip.status).toBe(201);
    expect((await call('get', '/api/v1/dip')).body.items).toHaveLength(1);
    expect((await call('get', '/api/v1/dip', { query: { format: 'csv' } })).status).toBe(200);
    expect((await call('get', '/api/v1/dip/{id}', { params: { id: dip.body.id } })).status).toBe(200);
    expect(
      (await call('post', '/api/v1/dip/{id}', { token: admin, params: { id: dip.body.id }, body: { expectedVersion: 1, title: 'Laporan keuangan TA 2025' } }))
        .status,
    ).toBe(200);
    expect((await call('post', '/api/v1/dip', { token: await t.login('pelaksana.kbri'), body: entry })).status).toBe(403);
  });

  it('describes the satisfaction survey a requester answers once a request is closed, and its index in the report', async () => {
    const ppid = await t.login('ppid');
    const filed = await call('post', '/api/v1/requests', { body: validFiling(), headers: { 'Idempotency-Key': crypto.randomUUID() } });
    const { id, registrationNumber, trackingCode } = filed.body as { id: string; registrationNumber: string; trackingCode: string };
    const where = { params: { number: registrationNumber }, query: { code: trackingCode } };
    const answer = { procedure: 4, time: 3, result: 4, conduct: 4, facilities: 3 };
    expect((await call('get', '/api/v1/requests/{number}/survey', where)).body.state).toBe('not_closed');
    expect((await call('post', '/api/v1/requests/{number}/survey', { ...where, body: answer })).status).toBe(400);
    let version = 1;
    for (const body of [{ type: 'DECIDE', outcome: 'granted' }, { type: 'DELIVER', method: 'email' }, { type: 'CLOSE' }]) {
      version = (await call('post', '/api/v1/cases/{id}/events', { token: ppid, params: { id }, body: { ...body, expectedVersion: version } })).body.version;
    }
    expect((await call('get', '/api/v1/requests/{number}/survey', where)).body.state).toBe('open');
    expect((await call('post', '/api/v1/requests/{number}/survey', { ...where, body: { ...answer, time: 5 }, checkRequest: false })).status).toBe(400);
    expect((await call('post', '/api/v1/requests/{number}/survey', { ...where, body: answer })).status).toBe(201);
    expect((await call('post', '/api/v1/requests/{number}/survey', { ...where, body: answer })).status).toBe(400);
    expect((await call('post', '/api/v1/requests/{number}/survey', { params: where.params, query: { code: 'AAAA-BBBB' }, body: answer })).status).toBe(404);
    const report = await call('get', '/api/v1/reports/annual', { token: ppid, query: { year: '2026' } });
    expect(report.body.satisfaction).toMatchObject({ responses: 1, index: 90, grade: 'A' });
    expect((await call('get', '/api/v1/statistics', { query: { year: '2026' } })).body.satisfaction).toMatchObject({ responses: 1, index: null });
  });

  it("describes a calendar entry's life, the accounts, the PPID's contact and the notifications an administrator reads", async () => {
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
    const replacement = { date: '2026-12-31', kind: 'office_closure', nameId: 'Kantor tutup', nameEn: 'Office closed', reason: 'Diganti penutupan kantor.' };
    expect((await call('put', '/api/v1/calendars/{code}/entries/{id}', { token: admin, params: entry, body: replacement })).status).toBe(200);
    const rename = { nameId: 'Kantor tutup akhir tahun', reason: 'Nama disesuaikan.' };
    expect((await call('patch', '/api/v1/calendars/{code}/entries/{id}', { token: admin, params: entry, body: rename })).status).toBe(200);
    expect(
      (await call('delete', '/api/v1/calendars/{code}/entries/{id}', { token: admin, params: entry, query: { reason: 'Kantor tetap buka.' } })).status,
    ).toBe(200);
    expect((await call('delete', '/api/v1/calendars/{code}/entries/{id}', { token: admin, params: entry, query: { reason: 'Sekali lagi.' } })).status).toBe(
      404,
    );
    const review = { year: 2027, note: 'Nota KBRI Tokyo 77/2026: daftar libur Jepang 2027 sesuai pengumuman Kabinet.' };
    expect((await call('post', '/api/v1/calendars/{code}/reviews', { token: admin, params: { code: 'KBRI-TOKYO' }, body: review })).status).toBe(201);

    expect((await call('get', '/api/v1/users', { token: admin })).status).toBe(200);
    const user = await call('post', '/api/v1/users', {
      token: admin,
      body: { username: 'rina.staf', name: 'Rina Staf', position: 'Pengelola informasi', role: 'ppid_pelaksana', unit: 'PPID' },
    });
    expect(user.status).toBe(201);
    const userId = { id: user.body.id as string };
    expect((await call('post', '/api/v1/users/{id}/password-reset', { token: admin, params: userId })).status).toBe(200);
    expect((await call('post', '/api/v1/users/{id}/totp-reset', { token: admin, params: userId })).status).toBe(204);
    expect((await call('post', '/api/v1/users/{id}/deactivate', { token: admin, params: userId })).status).toBe(204);
    expect((await call('post', '/api/v1/users/{id}/activate', { token: admin, params: userId })).status).toBe(204);
    expect((await call('post', '/api/v1/users/{id}/activate', { token: admin, params: { id: 'nobody' } })).status).toBe(404);

    // The PPID's contact: anyone reads the public fields; an administrator replaces it (a bad e-mail: 400, named).
    const contact = await call('get', '/api/v1/contact');
    expect(contact.status).toBe(200);
    expect(contact.body.officerOfTheDay).toBeUndefined();
    const newContact = { address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110', phone: '+62 21 555 0100', email: 'ppid@example.go.id' };
    expect((await call('put', '/api/v1/contact', { token: admin, body: newContact })).body).toMatchObject({ ...newContact, hoursId: null });
    const badContact = await call('put', '/api/v1/contact', { token: admin, body: { ...newContact, email: 'ppid@' }, checkRequest: false });
    expect(badContact.status).toBe(400);
    expect(badContact.body.error.fields.email).toBeDefined();

    expect((await call('get', '/api/v1/notifications', { token: admin })).status).toBe(200);
    expect((await call('post', '/api/v1/notifications/read', { token: admin, body: {} })).status).toBe(200);
    expect((await call('post', '/api/v1/auth/totp', { token: admin })).status).toBe(200);
    expect((await call('post', '/api/v1/auth/totp/confirm', { token: admin, body: { code: '000000' } })).status).toBe(400);
    expect((await call('post', '/api/v1/auth/logout', { token: admin })).status).toBe(204);
    expect((await call('get', '/api/v1/auth/me', { token: admin })).status).toBe(401);
  });

  it('describes the units and missions administration: list, add, import, change, close, reopen', async () => {
    const admin = await t.login('admin');
    expect((await call('get', '/api/v1/admin/units', { token: admin })).status).toBe(200);
    const mission = newMission;
    expect((await call('post', '/api/v1/admin/units', { token: admin, body: mission })).status).toBe(201);
    expect((await call('post', '/api/v1/admin/units', { token: admin, body: { ...mission, timeZone: 'WIB' } })).status).toBe(400);
    const csv =
      'code,kind,nameId,nameEn,country,city,timeZone,weekendDays\nDIT-ARSIP,work_unit,Direktorat Arsip,Directorate of Archives,ID,Jakarta,Asia/Jakarta,"6,7"\n';
    expect((await call('post', '/api/v1/admin/units/import', { token: admin, body: { csv } })).status).toBe(201);
    expect((await call('post', '/api/v1/admin/units/import', { token: admin, body: { csv } })).status).toBe(400);
    const code = { code: 'KJRI-DAMMAM' };
    expect((await call('get', '/api/v1/admin/units/{code}', { token: admin, params: code })).status).toBe(200);
    expect((await call('get', '/api/v1/admin/units/{code}', { token: admin, params: { code: 'NOPE' } })).status).toBe(404);
    expect((await call('patch', '/api/v1/admin/units/{code}', { token: admin, params: code, body: { nameEn: 'Consulate General in Dammam' } })).status).toBe(
      200,
    );
    expect((await call('post', '/api/v1/admin/units/{code}/close', { token: admin, params: code, body: { reason: 'Digabung ke KBRI Riyadh.' } })).status).toBe(
      200,
    );
    expect((await call('post', '/api/v1/admin/units/{code}/close', { token: admin, params: code, body: { reason: 'Sekali lagi.' } })).status).toBe(409);
    expect((await call('post', '/api/v1/admin/units/{code}/reopen', { token: admin, params: code, body: { reason: 'Dibuka kembali.' } })).status).toBe(200);
  });

  it('is browsable at /api/docs with everything served from this origin, under the strict CSP', async () => {
    const page = await t.app.request('/api/docs');
    expect(page.status).toBe(200);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(3);
    for (const asset of assets) {
      expect(asset.startsWith('/api/docs/'), asset).toBe(true);
      const res = await t.app.request(asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('Content-Type'), asset).toMatch(/^text\/(css|javascript)/);
    }
    expect(await (await t.app.request('/api/docs/assets/start.js')).text()).toContain("url: '/api/v1/openapi.json'");
    expect((await t.app.request('/api/docs/assets/swagger-ui-dist/package.json')).status).toBe(404);
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

  it('met a documented success response of every main flow, and of most operations', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const succeeded = new Set([...met].filter((k) => /\s2\d\d$/.test(k)).map((k) => k.replace(/\s\d+$/, '')));
    const mainFlows = [
      'POST /api/v1/requests',
      'GET /api/v1/requests/{number}',
      'GET /api/v1/requests/{number}/receipt.pdf',
      'GET /api/v1/requests/{number}/documents/{documentId}',
      'POST /api/v1/auth/login',
      'GET /api/v1/cases',
      'GET /api/v1/cases/{id}',
      'POST /api/v1/cases/{id}/events',
      'POST /api/v1/cases',
      'GET /api/v1/cases/{id}/documents/{documentId}',
      'GET /api/v1/cases/{id}/documents/preview',
      'POST /api/v1/requests/{number}/objections',
      'GET /api/v1/objections',
      'GET /api/v1/objections/{id}',
      'POST /api/v1/objections/{id}/events',
    ];
    expect(mainFlows.filter((o) => !succeeded.has(o))).toEqual([]);
    // Not called for real here (each has its own tests): loading a year, linking a test, answering
    // from the DIP, an officer's own password and second factor, entering an objection by letter
    // (the request above already has its objection: that call answers 409, as documented).
    const notCalledHere = [
      'POST /api/v1/calendars/{code}/years',
      'POST /api/v1/consequence-tests/{id}/links',
      'POST /api/v1/dip/{id}/answers',
      'POST /api/v1/auth/logout-all',
      'POST /api/v1/auth/password',
      'POST /api/v1/auth/totp/confirm',
      'POST /api/v1/auth/totp/disable',
      'POST /api/v1/objections',
      // Released files and clarification answers need a decided or waiting case (test/integration/answers-files.test.ts).
      'GET /api/v1/requests/{number}/files/{fileId}',
      'POST /api/v1/requests/{number}/clarification',
    ];
    // Today every other operation is met; the margin lets operations added by other work (with
    // their own tests) join the document without being called here first.
    expect(succeeded.size).toBeGreaterThanOrEqual(operations.filter((o) => !notCalledHere.includes(o)).length - 10);
    expect(notCalledHere.filter((o) => succeeded.has(o))).toEqual([]);
  });
});
