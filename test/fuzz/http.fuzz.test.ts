/**
 * A fuzz suite that stays (issue 12): property-based requests against the real app, generated
 * from the OpenAPI document's own schemas and from mutations of valid bodies — wrong types,
 * missing and extra fields, huge and empty strings, Unicode and control characters, deep nesting,
 * wrong content types, malformed JSON and multipart, bad path and query values — for every API
 * operation and every web form. For each request:
 * - never a 5xx;
 * - an API error has the contract's shape (`{error: {code, message, fields?}}`), a 400
 *   `invalid_input` names its fields;
 * - a refused request (4xx) writes nothing: temporary triggers count every insert, update and
 *   delete on every table but the derived ones (the queue projection and search index, which a
 *   page read brings up to date, and the login counters, which count refused logins by design).
 *
 * `FUZZ_RUNS` (default 5,000 in all) and `FUZZ_SEED` (fixed by default, so a failure repeats)
 * are settings: `FUZZ_RUNS=100000 npx vitest run test/fuzz` for a bigger run.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { ORIGIN, pageClient, pageLogin, type PageSession } from '../integration/officer-helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const API_RUNS = Math.ceil(RUNS * 0.7);
const PAGE_RUNS = RUNS - API_RUNS;

let t: TestContext;
let tokens: Record<string, string>;
let known: { caseId: string; number: string; code: string };
let operations: Operation[];
let pages: Record<string, PageSession>;

interface Operation {
  method: string;
  path: string;
  query: string[];
  pathParams: string[];
  body?: JsonSchema;
}
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  required?: string[];
}

/** Tables a read may bring up to date, or that count refused attempts by design. */
const DERIVED = new Set(['queue_units', 'projection_cursors', 'login_throttle', 'kysely_migration', 'kysely_migration_lock']);

async function countWrites(): Promise<void> {
  const tables = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
    t.deps.db,
  );
  const virtual = tables.rows.filter((r) => /^create virtual/i.test(r.sql)).map((r) => r.name);
  await sql`create temp table fuzz_writes (n integer not null)`.execute(t.deps.db);
  await sql`insert into fuzz_writes values (0)`.execute(t.deps.db);
  for (const { name } of tables.rows) {
    if (DERIVED.has(name) || virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    for (const op of ['insert', 'update', 'delete']) {
      await sql.raw(`create temp trigger fuzz_${op}_${name} after ${op} on main.${name} begin update fuzz_writes set n = n + 1; end`).execute(t.deps.db);
    }
  }
}
const changes = async () => Number((await sql<{ n: number }>`select n from fuzz_writes`.execute(t.deps.db)).rows[0]!.n);

beforeAll(async () => {
  t = await makeContext({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
  known = { caseId: filed.id, number: filed.registrationNumber, code: filed.trackingCode };
  tokens = {};
  for (const user of ['ppid', 'admin', 'auditor', 'atasan', 'pelaksana.kbri']) tokens[user] = await t.login(user);
  const doc = (await t.api('GET', '/api/v1/openapi.json')).body as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{ in: string; name: string }>;
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  };
  operations = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      // Ending the fuzzer's own sessions would only make every later request a 401.
      if (/\/auth\/(logout|logout-all)$/.test(path)) continue;
      const params = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        ...(op.requestBody?.content['application/json'] ? { body: op.requestBody.content['application/json'].schema } : {}),
      });
    }
  }
  pages = { ppid: await pageLogin(t, 'ppid'), admin: await pageLogin(t, 'admin'), objection: pageClient(t), login: pageClient(t) };
  await pages.objection!.get('/keberatan'); // a visitor's form token and cookie
  await pages.login!.get('/petugas/masuk');
  await pages.ppid!.get(`/petugas/kasus/${known.caseId}`);
  await pages.admin!.get('/admin/pengguna');
  await countWrites();
}, 120_000);
afterAll(async () => {
  await t.close();
});

// --- values ------------------------------------------------------------------------------------

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eexe.pdf',
  '\u2066x\u2069',
  '\u0007',
  '\r\n',
  '\t',
  'x'.repeat(20_000),
  '../../etc/passwd',
  '%00',
  '%2F%2Fevil.example',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '9'.repeat(400),
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'true',
  '2026-02-30',
  '2026-11-23T10:00:00+07:00',
  '2026-11-23',
  '\uD800',
  '😀'.repeat(300),
  'İıŞş',
  '=1+1',
  '{"a":1}',
  '[]',
  'DROP TABLE cases',
);
const fuzzString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), nasty);
const deep = fc.integer({ min: 20, max: 200 }).map((n) => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
});
const { value: fuzzValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fuzzString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(Number.MAX_SAFE_INTEGER),
    deep,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fuzzString, tie('value'), { maxKeys: 4 }),
  ),
}));

/** A value shaped by a JSON schema, sometimes valid, sometimes a near miss. */
function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fuzzValue;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => fromSchema(s, depth + 1)));
  if (schema.allOf?.length) return fromSchema(Object.assign({}, ...schema.allOf), depth + 1);
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: fuzzValue });
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      const record = fc.record(Object.fromEntries(props.map(([k, s]) => [k, fromSchema(s, depth + 1)])), { requiredKeys: [] });
      return fc.oneof(
        { weight: 5, arbitrary: record },
        { weight: 1, arbitrary: fc.tuple(record, fuzzString, fuzzValue).map(([r, k, v]) => ({ ...r, [k]: v })) },
        { weight: 1, arbitrary: fuzzValue },
      );
    }
    case 'array':
      return fc.oneof(fc.array(fromSchema(schema.items, depth + 1), { maxLength: 5 }), fuzzValue);
    case 'string':
      return fc.oneof(
        { weight: 3, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }) },
        { weight: 2, arbitrary: fuzzString },
        { weight: 1, arbitrary: fuzzValue },
      );
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fuzzValue);
    case 'boolean':
      return fc.oneof(fc.boolean(), fuzzValue);
    default:
      return fuzzValue;
  }
}

/** Valid bodies the mutations start from: they reach the deeper checks behind the schema. */
const validBodies = (): Record<string, unknown[]> => ({
  'POST /api/v1/requests': [validFiling(), validFiling({ unit: 'KBRI-RIYADH' })],
  'POST /api/v1/cases': [{ ...validFiling(), channel: 'walk_in', receivedAt: '2026-11-23T09:00:00+07:00' }],
  'POST /api/v1/auth/login': [{ username: 'ppid', password: 'salah-sekali' }],
  'POST /api/v1/cases/{id}/events': [
    { type: 'ASSIGN', expectedVersion: 1, unit: 'AMEROP' },
    { type: 'EXTEND', expectedVersion: 1, reason: 'Dokumen tersebar di tiga unit.' },
    {
      type: 'DECIDE',
      expectedVersion: 1,
      outcome: 'denied',
      exemptions: [{ letter: 'f' }],
      consequenceTest: { harm: 'x'.repeat(30), publicInterest: 'y'.repeat(30), publicTitle: 'Judul publik' },
    },
    { type: 'REQUEST_CLARIFICATION', expectedVersion: 1, message: 'Mohon jelaskan periode dokumen.' },
  ],
  'POST /api/v1/cases/{id}/notes': [{ body: 'Catatan internal.' }],
  'POST /api/v1/requests/{number}/objections': [{ grounds: ['a', 'c'], reason: 'Permohonan saya tidak ditanggapi dengan benar.' }],
  'POST /api/v1/cases/bulk': [{ action: 'assign', caseIds: [], unit: 'AMEROP' }],
  'POST /api/v1/notifications/read': [{ ids: [] }, {}],
});

/** One mutation of a valid body: a field removed, retyped, added, blown up or nested away. */
function mutate(body: unknown): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (v: unknown, p: string[]) => {
    if (v && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) {
        paths.push([...p, k]);
        walk(c, [...p, k]);
      }
  };
  walk(body, []);
  if (paths.length === 0) return fc.constant(body);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('delete', 'replace', 'extra', 'huge', 'empty', 'wrap'), fuzzValue).map(([path, op, value]) => {
    const copy = structuredClone(body) as Record<string, unknown>;
    let parent: Record<string, unknown> = copy;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
    const key = path[path.length - 1]!;
    if (op === 'delete') delete parent[key];
    else if (op === 'replace') parent[key] = value;
    else if (op === 'extra') parent[`${key}_extra`] = value;
    else if (op === 'huge') parent[key] = 'ä'.repeat(100_000);
    else if (op === 'empty') parent[key] = '';
    else parent[key] = [parent[key]];
    return copy;
  });
}

// --- requests ----------------------------------------------------------------------------------

type Encoding = 'json' | 'bad-json' | 'text' | 'urlencoded' | 'multipart-garbage' | 'none' | 'empty-json';
const encodings = fc.constantFrom<Encoding>('json', 'json', 'json', 'bad-json', 'text', 'urlencoded', 'multipart-garbage', 'none', 'empty-json');

/** Lone surrogates made well-formed (U+FFFD), as a browser would send them; encodeURIComponent refuses them. */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

function encode(encoding: Encoding, value: unknown, raw: string): { headers: Record<string, string>; body?: string } {
  switch (encoding) {
    case 'json':
      return { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) ?? 'null' };
    case 'bad-json':
      return { headers: { 'Content-Type': 'application/json' }, body: `{"a": ${raw}` };
    case 'text':
      return { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(value) ?? '' };
    case 'urlencoded':
      return { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `a=${encodeURIComponent(wellFormed(raw))}&${raw}` };
    case 'multipart-garbage':
      return { headers: { 'Content-Type': 'multipart/form-data; boundary=zz' }, body: `--zz\r\n${raw}` };
    case 'empty-json':
      return { headers: { 'Content-Type': 'application/json' }, body: '' };
    default:
      return { headers: {}, body: JSON.stringify(value) ?? '' };
  }
}

const pathValue = (name: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(name === 'number' ? known.number : name === 'id' ? known.caseId : name === 'code' ? 'ID' : 'x') },
    { weight: 2, arbitrary: fuzzString.filter((s) => s.length > 0) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%F') },
  );

function apiRequest() {
  return fc.constantFrom(...operations).chain((op) =>
    fc.record({
      op: fc.constant(op),
      params: fc.tuple(...op.pathParams.map(pathValue), fc.constant('')),
      query: fc.dictionary(fc.oneof(fc.constantFrom(...op.query, 'code', 'format', 'lang'), fuzzString), fc.oneof(fuzzString, fc.constant(known.code)), {
        maxKeys: 4,
      }),
      value: fc.oneof(
        { weight: 3, arbitrary: fromSchema(op.body) },
        {
          weight: 3,
          arbitrary: validBodies()[`${op.method} ${op.path}`]
            ? fc.constantFrom(...validBodies()[`${op.method} ${op.path}`]!).chain(mutate)
            : fromSchema(op.body),
        },
        { weight: 1, arbitrary: fuzzValue },
      ),
      raw: fuzzString,
      encoding: op.method === 'GET' ? fc.constant<Encoding>('none') : encodings,
      auth: fc.constantFrom(null, 'ppid', 'ppid', 'admin', 'auditor', 'atasan', 'pelaksana.kbri'),
      lang: fc.constantFrom('id', 'en', 'xx;q=zz', ''),
    }),
  );
}

/** Path values go in percent-encoded (lone surrogates made well-formed), or raw when they are broken escapes on purpose. */
const segment = (v: string) => (/^%(?:[0-9A-F]{0,1}|zz|E0%A4%A)$/i.test(v) ? v : encodeURIComponent(wellFormed(v)));

function urlOf(op: Operation, params: string[], query: Record<string, string>): string {
  let i = 0;
  const path = op.path.replace(/\{(\w+)\}/g, () => segment(params[i++] ?? 'x'));
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
}

interface Checked {
  status: number;
  contentType: string;
  body: string;
}

function expectContract(where: string, res: Checked, api: boolean) {
  expect(res.status, where).toBeLessThan(500);
  if (res.status < 400 || !api) return;
  expect(res.contentType, where).toMatch(/^application\/json/);
  const parsed = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } };
  expect(typeof parsed.error?.code, where).toBe('string');
  expect(typeof parsed.error?.message, where).toBe('string');
  expect((parsed.error!.message as string).length, where).toBeGreaterThan(0);
  if (res.status === 400 && parsed.error!.code === 'invalid_input') {
    expect(Object.keys(parsed.error!.fields ?? {}).length, where).toBeGreaterThan(0);
    for (const m of Object.values(parsed.error!.fields!)) expect(typeof m, where).toBe('string');
  }
}

describe('fuzzing every API operation from its OpenAPI schema and from mutated valid bodies', () => {
  it(`answers ${API_RUNS} generated requests without a 5xx, in the contract's error shape, writing nothing when refusing`, async () => {
    await fc.assert(
      fc.asyncProperty(apiRequest(), async (r) => {
        const url = urlOf(r.op, r.params, r.query);
        const { headers, body } = encode(r.encoding, r.value, r.raw);
        if (r.auth) headers.Authorization = `Bearer ${tokens[r.auth]}`;
        if (r.lang) headers['Accept-Language'] = r.lang;
        const before = await changes();
        const res = await t.app.request(url, { method: r.op.method, headers, ...(body !== undefined && r.op.method !== 'GET' ? { body } : {}) });
        const checked = { status: res.status, contentType: res.headers.get('Content-Type') ?? '', body: await res.text() };
        const where = `${r.op.method} ${url} [${r.encoding}] → ${checked.status} ${checked.body.slice(0, 200)}`;
        expectContract(where, checked, true);
        if (checked.status >= 400) expect(await changes(), where).toBe(before);
      }),
      { numRuns: API_RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});

// --- pages -------------------------------------------------------------------------------------

const FORMS: Array<{ path: () => string; as: 'ppid' | 'admin' | 'objection' | 'login' | null; fields: string[] }> = [
  {
    path: () => '/ajukan',
    as: null,
    fields: [
      'requester.type',
      'requester.name',
      'requester.nik',
      'requester.email',
      'requester.address',
      'information',
      'purpose',
      'obtainMethod',
      'deliveryMethod',
      'unit',
      'identityDocumentKind',
    ],
  },
  { path: () => '/lacak', as: null, fields: ['nomor', 'kode'] },
  { path: () => '/keberatan', as: 'objection', fields: ['nomor', 'kode', 'grounds', 'reason'] },
  { path: () => '/petugas/masuk', as: 'login', fields: ['username', 'password', 'next'] },
  { path: () => '/petugas/masuk/kode', as: 'login', fields: ['challenge', 'code', 'next'] },
  { path: () => `/petugas/kasus/${known.caseId}/peristiwa`, as: 'ppid', fields: ['type', 'expectedVersion', 'unit', 'reason', 'outcome', 'message', 'method'] },
  { path: () => `/petugas/kasus/${known.caseId}/catatan`, as: 'ppid', fields: ['body'] },
  { path: () => '/petugas/massal', as: 'ppid', fields: ['action', 'caseIds', 'unit', 'reason'] },
  { path: () => '/petugas/permohonan/baru', as: 'ppid', fields: ['channel', 'receivedAt', 'requester.type', 'requester.name', 'information', 'purpose'] },
  { path: () => '/petugas/notifikasi/baca', as: 'ppid', fields: ['ids'] },
  { path: () => '/admin/pengguna', as: 'admin', fields: ['username', 'name', 'position', 'role', 'unit', 'email'] },
  { path: () => '/admin/kalender/ID/entri', as: 'admin', fields: ['date', 'kind', 'nameId', 'nameEn', 'source', 'reason'] },
  { path: () => '/admin/kalender/ID/tahun', as: 'admin', fields: ['year', 'entries'] },
  { path: () => '/admin/outbox/x/retry', as: 'admin', fields: [] },
];

describe('fuzzing every web form', () => {
  it(`answers ${PAGE_RUNS} generated form posts without a 5xx, writing nothing when refusing`, async () => {
    const request = fc.record({
      form: fc.constantFrom(...FORMS),
      values: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FORMS.flatMap((f) => f.fields)), fuzzString), fc.oneof(fuzzString, fc.string())), { maxLength: 8 }),
      multipart: fc.boolean(),
      garbage: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      withToken: fc.integer({ min: 0, max: 9 }).map((n) => n < 9),
      raw: fuzzString,
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const session = r.form.as ? pages[r.form.as]! : null;
        const headers: Record<string, string> = { Origin: ORIGIN, 'Accept-Language': 'id' };
        if (session) headers.Cookie = [...session.jar].map(([k, v]) => `${k}=${v}`).join('; ');
        const entries: Array<[string, string]> = [...r.values, ...(session && r.withToken ? [['_csrf', session.csrf()] as [string, string]] : [])];
        let body: string | FormData;
        if (r.garbage) {
          headers['Content-Type'] = 'multipart/form-data; boundary=zz';
          body = `--zz\r\n${r.raw}`;
        } else if (r.multipart) {
          body = new FormData();
          for (const [k, v] of entries) body.append(k, v);
        } else {
          headers['Content-Type'] = 'application/x-www-form-urlencoded';
          body = new URLSearchParams(entries).toString();
        }
        const before = await changes();
        const res = await t.app.request(`${ORIGIN}${r.form.path()}`, { method: 'POST', headers, body });
        const where = `POST ${r.form.path()} ${JSON.stringify(entries).slice(0, 300)} → ${res.status}`;
        expect(res.status, where).toBeLessThan(500);
        await res.text();
        if (res.status >= 400) expect(await changes(), where).toBe(before);
      }),
      { numRuns: PAGE_RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
