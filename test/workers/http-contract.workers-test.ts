/**
 * The HTTP contract through the Workers runtime: `wrangler dev --local` (workerd, a local Durable
 * Object with its SQLite, the bundle src/worker.ts makes), driven over real HTTP on 127.0.0.1.
 * A fresh state folder per run; the clock starts at Monday 23 November 2026, 10:00 WIB.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineEnv, wranglerBin, wranglerDevArgs } from '../../src/worker/dev-cli';
import { filingWithScan, realImage } from '../helpers/files';
import { TEMPLATE_DATA_KEYS, TEST_AUDIT_SIGNING_KEYS } from '../helpers/template';
import { consequenceTest, validFiling } from '../helpers/context';

/** A port nobody listens on (or TERBUKA_WORKERS_PORT, with the inspector on the next one). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let wrangler: ChildProcess;
let base: string;
let state: string;
let output = '';

beforeAll(async () => {
  const port = Number(process.env.TERBUKA_WORKERS_PORT) || (await freePort());
  const inspector = process.env.TERBUKA_WORKERS_PORT ? port + 1 : await freePort();
  base = `http://127.0.0.1:${port}`;
  state = mkdtempSync(join(tmpdir(), 'terbuka-workers-'));
  const args = wranglerDevArgs(
    { DATA_KEYS: TEMPLATE_DATA_KEYS, AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS },
    { RATE_LIMIT_PER_MINUTE: '0', CLOCK_START: '2026-11-23T03:00:00.000Z' },
    [
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--inspector-port',
      String(inspector),
      '--persist-to',
      join(state, 'state'),
      '--show-interactive-dev-session=false',
      '--test-scheduled',
    ],
  );
  wrangler = spawn(wranglerBin(), args, { env: offlineEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  wrangler.stdout!.on('data', (d) => (output += d));
  wrangler.stderr!.on('data', (d) => (output += d));
  // The first request opens the Durable Object: migrations, the demo body and its six accounts.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(120_000) });
      if (res.status === 200) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`wrangler dev did not answer /health:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

afterAll(async () => {
  // What the Worker printed, for a failure's post-mortem.
  mkdirSync('test-artifacts', { recursive: true });
  writeFileSync('test-artifacts/workers-wrangler.log', output);
  if (wrangler?.pid) {
    const group = -wrangler.pid; // wrangler and its workerd: their own process group
    const exited = new Promise((r) => wrangler.once('exit', r));
    try {
      process.kill(group, 'SIGTERM');
    } catch {}
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    try {
      process.kill(group, 'SIGKILL');
    } catch {}
  }
  if (state) rmSync(state, { recursive: true, force: true });
});

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of the contract, checked field by field
  body: any;
  headers: Headers;
}

async function api(method: string, path: string, o: { body?: unknown; token?: string; form?: FormData } = {}): Promise<Answer> {
  const headers: Record<string, string> = { Origin: base };
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  if (o.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body: o.form ?? (o.body === undefined ? undefined : JSON.stringify(o.body)) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body, headers: res.headers };
}

async function login(username: string): Promise<string> {
  const res = await api('POST', '/api/v1/auth/login', { body: { username, password: 'demo12345' } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.token as string;
}

async function send(token: string, id: string, event: Record<string, unknown>): Promise<Answer> {
  const current = await api('GET', `/api/v1/cases/${id}`, { token });
  return api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

/** An officer in a browser: the session cookie and the pages' CSRF tokens, over real HTTP. */
async function pageSession(username: string) {
  const jar = new Map<string, string>();
  let last = '';
  const request = async (method: string, path: string, body?: FormData | URLSearchParams) => {
    const headers: Record<string, string> = { Origin: base, 'Accept-Language': 'id' };
    if (jar.size > 0) headers.Cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${base}${path}`, { method, headers, body, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    if (method === 'GET' && (res.headers.get('Content-Type') ?? '').startsWith('text/html')) last = bytes.toString();
    return { status: res.status, headers: res.headers, bytes };
  };
  const csrf = () => /name="_csrf" value="([^"]+)"/.exec(last)?.[1] ?? '';
  await request('GET', '/petugas/masuk');
  const login = await request('POST', '/petugas/masuk', new URLSearchParams({ _csrf: csrf(), username, password: 'demo12345', next: '/petugas' }));
  expect(login.status, login.bytes.toString().slice(0, 500)).toBe(303);
  return { get: (path: string) => request('GET', path), post: (path: string, form: FormData) => request('POST', path, form), csrf };
}

/** A real PDF over 2 MB (a Durable Object's SQLite value limit): one page with a picture of noise, which no compression shrinks. */
async function largePdf(): Promise<Buffer> {
  const m = await import('mupdf');
  const pixmap = new m.Pixmap(m.ColorSpace.DeviceRGB, [0, 0, 1100, 1100], false);
  const pixels = pixmap.getPixels();
  for (let i = 0; i < pixels.length; i++) pixels[i] = (Math.random() * 256) | 0;
  const png = Buffer.from(pixmap.asPNG());
  pixmap.destroy();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(14).text('Lampiran: foto udara lokasi (resolusi penuh).', 72, 72);
    doc.image(png, 72, 110, { width: 450 });
    doc.end();
  });
}

/** Reads SQLite files under the state folder (miniflare's R2 index, the Durable Object's database) without writing to them. */
function sqliteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => join(dir, f));
}

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** The objects in the local R2 bucket `FILES`: key → stored bytes (miniflare keeps an index in SQLite and each object as a blob file). */
function r2Objects(): Map<string, () => Buffer> {
  const root = join(state, 'state', 'v3', 'r2');
  const blobs = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('blobs'));
  const objects = new Map<string, () => Buffer>();
  for (const file of sqliteFiles(root)) {
    const isIndex = query(file, "SELECT 1 FROM sqlite_master WHERE name = '_mf_objects'").length > 0;
    if (!isIndex) continue;
    for (const o of query<{ key: string; blob_id: string }>(file, 'SELECT key, blob_id FROM _mf_objects')) {
      objects.set(o.key, () => readFileSync(join(root, blobs.find((b) => b.endsWith(o.blob_id))!)));
    }
  }
  return objects;
}
const r2Keys = () => [...r2Objects().keys()];

/** A query on the Durable Object's own SQLite database (the object keeps it open; reading is safe). */
function objectDatabase<T>(sql: string): T[] {
  const [file] = sqliteFiles(join(state, 'state', 'v3', 'do')).filter((f) => query(f, "SELECT 1 FROM sqlite_master WHERE name = 'cases'").length > 0);
  return query<T>(file!, sql);
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const number = (n: string) => encodeURIComponent(n);
const seqOf = (n: string) => Number(n.split('/')[0]);

describe('the HTTP contract on the Workers runtime (wrangler dev --local, a Durable Object’s SQLite)', () => {
  let receipt: { id: string; registrationNumber: string; trackingCode: string; links: { receipt: string } };

  it('files a request with an identity scan (multipart), numbered and counted on the right calendar', async () => {
    const form = filingWithScan(await realImage('png'), {
      information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
      purpose: 'Bahan penelitian tesis.',
    });
    const res = await api('POST', '/api/v1/requests', { form });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    receipt = res.body;
    expect(receipt.registrationNumber).toBe('00001/PPID-PPID/2026');
    expect(res.body.status).toBe('registered');
    // Day 0 is Monday 23 November; the 10th working day after it is Monday 7 December.
    expect(res.body.deadlines.noticeDue).toBe('2026-12-07');
  });

  it('refuses bad input with the same 400 shape as on Node, writing nothing', async () => {
    const res = await api('POST', '/api/v1/requests', { body: validFiling({ information: '' }) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBeTruthy();
    expect(Object.keys(res.body.error.fields)).toContain('information');
  });

  it('tracks the request by its code, and serves its receipt as a PDF that names it', async () => {
    const n = number(receipt.registrationNumber);
    const tracked = await api('GET', `/api/v1/requests/${n}?code=${receipt.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.status).toBe('registered');
    expect((await api('GET', `/api/v1/requests/${n}?code=AAAA-BBBB-CCCC-DDDD`)).status).toBe(404);

    const pdf = await fetch(new URL(receipt.links.receipt, base), { headers: { 'X-Tracking-Code': receipt.trackingCode } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toMatch(/^application\/pdf/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString();
    expect(text).toContain(receipt.registrationNumber);
    expect(text).toContain('Andi Pratama');
  });

  it('keeps the identity scan and the receipt in R2 (sealed scan, empty rows), and an officer opens the scan', async () => {
    const ppid = await login('ppid');
    const view = await api('GET', `/api/v1/cases/${receipt.id}`, { token: ppid });
    const [scan] = view.body.requester.identityDocuments as Array<{ id: string; contentType: string }>;
    expect(scan!.contentType).toBe('image/png');
    const objects = r2Objects();
    const scanKey = [...objects.keys()].find((k) => k.startsWith(`identity_documents/${scan!.id}/`));
    expect(scanKey, [...objects.keys()].join('\n')).toBeTruthy();
    // The bucket holds the scan sealed (no PNG in it), the receipt as issued.
    const sealed = objects.get(scanKey!)!();
    expect(sealed.includes(Buffer.from('IHDR'))).toBe(false);
    const receiptKey = [...objects.keys()].find((k) => k.startsWith('documents/'))!;
    expect(objects.get(receiptKey)!().subarray(0, 5).toString()).toBe('%PDF-');
    // The object's rows keep the metadata and the key, their bytes column empty.
    const rows = objectDatabase<{ n: number; blob_key: string }>(`SELECT length(bytes) AS n, blob_key FROM identity_documents WHERE id = '${scan!.id}'`);
    expect(rows).toEqual([{ n: 0, blob_key: scanKey }]);
    expect(objectDatabase<{ n: number }>(`SELECT count(*) AS n FROM documents WHERE length(bytes) > 0 OR blob_key IS NULL`)).toEqual([{ n: 0 }]);

    const officer = await pageSession('ppid');
    const opened = await officer.get(`/petugas/kasus/${receipt.id}/identitas/${scan!.id}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('Content-Type')).toBe('image/png');
    const m = await import('mupdf');
    const image = new m.Image(opened.bytes);
    expect([image.getWidth(), image.getHeight()]).toEqual([120, 80]);
  });

  it('officers log in and take the case through assign → accept → decide → deliver → close; the requester objects', async () => {
    const ppid = await login('ppid');
    const kbri = await login('pelaksana.kbri');
    expect((await api('GET', '/api/v1/auth/me', { token: ppid })).body.role).toBe('ppid_utama');
    expect((await api('POST', '/api/v1/auth/login', { body: { username: 'ppid', password: 'wrong-password' } })).status).toBe(401);
    const id = receipt.id;

    let res = await send(ppid, id, { type: 'ASSIGN', unit: 'KBRI-RIYADH' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('assigned');
    res = await send(kbri, id, { type: 'ACCEPT_ASSIGNMENT' });
    expect(res.body.status).toBe('in_review');
    // A stale version is a 409, as on Node.
    const stale = await api('POST', `/api/v1/cases/${id}/events`, { token: ppid, body: { type: 'CLOSE', expectedVersion: 1 } });
    expect(stale.status).toBe(409);
    res = await send(ppid, id, {
      type: 'DECIDE',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'h' }],
      consequenceTest,
      redactions: 'Nomor paspor dan alamat pribadi pihak ketiga dihitamkan.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.outcome).toBe('partially_granted');
    res = await send(ppid, id, { type: 'DELIVER', method: 'email' });
    expect(res.body.status).toBe('delivered');
    res = await send(ppid, id, { type: 'CLOSE' });
    expect(res.body.status).toBe('closed');

    const n = number(receipt.registrationNumber);
    const objected = await api('POST', `/api/v1/requests/${n}/objections?code=${receipt.trackingCode}`, {
      body: { grounds: ['a'], reason: 'Perundingan itu sudah selesai dan hasilnya diumumkan.' },
    });
    expect(objected.status, JSON.stringify(objected.body)).toBe(201);
    expect(objected.body.objectionNumber).toBeTruthy();
    expect(objected.body.deadlines.responseDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const atasan = await login('atasan');
    const decided = await api('POST', `/api/v1/objections/${objected.body.id}/events`, {
      token: atasan,
      body: { type: 'DECIDE_OBJECTION', expectedVersion: 1, outcome: 'upheld', reasons: 'Uji konsekuensi masih berlaku; perundingan belum selesai.' },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  });

  it('an officer attaches a released file over 2 MB (R2); the requester downloads the same bytes', async () => {
    const pdf = await largePdf();
    expect(pdf.length).toBeGreaterThan(2 * 1024 * 1024);
    const filed = await api('POST', '/api/v1/requests', {
      body: validFiling({ information: 'Foto udara lokasi pembangunan gedung kedutaan, resolusi penuh.' }),
    });
    expect(filed.status).toBe(201);
    const ppid = await login('ppid');
    const officer = await pageSession('ppid');
    const casePath = `/petugas/kasus/${filed.body.id}`;
    expect((await officer.get(casePath)).status).toBe(200);
    const form = new FormData();
    form.append('_csrf', officer.csrf());
    form.append('files', new File([pdf], 'foto-udara.pdf', { type: 'application/pdf' }));
    const attached = await officer.post(`${casePath}/berkas`, form);
    expect(attached.status, attached.bytes.toString().slice(0, 800)).toBe(303);

    const decided = await send(ppid, filed.body.id, { type: 'DECIDE', outcome: 'granted' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const n = number(filed.body.registrationNumber);
    const tracked = await api('GET', `/api/v1/requests/${n}?code=${filed.body.trackingCode}`);
    const [file] = tracked.body.files as Array<{ id: string; sha256: string; size: number }>;
    expect(file!.sha256).toBe(sha(pdf));
    expect(r2Keys().some((k) => k.startsWith(`case_files/${file!.id}/`))).toBe(true);

    const res = await fetch(`${base}/api/v1/requests/${n}/files/${file!.id}?code=${filed.body.trackingCode}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    const downloaded = Buffer.from(await res.arrayBuffer());
    expect(downloaded.length).toBe(pdf.length);
    expect(sha(downloaded)).toBe(sha(pdf));
  });

  it('prints a Chinese name on the receipt: the CJK font is fetched from the static assets on first need', async () => {
    const name = '王小明';
    const filed = await api('POST', '/api/v1/requests', { body: validFiling({ requester: { ...validFiling().requester, name } }) });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const pdf = await fetch(new URL(filed.body.links.receipt, base), { headers: { 'X-Tracking-Code': filed.body.trackingCode } });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString()).toContain(name);
    const dir = mkdtempSync(join(tmpdir(), 'terbuka-cjk-'));
    writeFileSync(join(dir, 'receipt.pdf'), bytes);
    expect(execFileSync('pdffonts', [join(dir, 'receipt.pdf')]).toString()).toMatch(/NotoSansHans/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('the public deadline calculator counts on the unit’s calendar', async () => {
    const res = await api('GET', `/api/v1/deadlines?received=${encodeURIComponent('2026-11-23T03:00:00.000Z')}&unit=PPID`);
    expect(res.status).toBe(200);
    expect(res.body.countedFrom).toBe('2026-11-23');
    expect(res.body.noticeDue).toBe('2026-12-07');
    expect(res.body.extendedNoticeDue).toBe('2026-12-16');
  });

  it('50 concurrent filings get 50 distinct, gap-free numbers, and the audit chain stays one intact chain', async () => {
    const probe = await api('POST', '/api/v1/requests', { body: validFiling({ information: 'Permintaan sebelum yang serentak.' }) });
    const before = seqOf(probe.body.registrationNumber);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => api('POST', '/api/v1/requests', { body: validFiling({ information: `Permintaan serentak nomor ${i + 1}.` }) })),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`workers: 50 concurrent filings in ${seconds.toFixed(1)} s`);
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const seqs = answers.map((a) => seqOf(a.body.registrationNumber)).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(50);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i));

    const auditor = await login('auditor');
    const verify = await api('GET', '/api/v1/audit/verify', { token: auditor });
    expect(verify.status, JSON.stringify(verify.body)).toBe(200);
    expect(verify.body.ok).toBe(true);
    expect(verify.body.events).toBeGreaterThan(51);
  });

  it('serves the static files and runs the scheduled sweep', async () => {
    const css = await fetch(`${base}/public/styles.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toMatch(/text\/css/);
    // --test-scheduled: wrangler runs the cron handler on /__scheduled.
    const swept = await fetch(`${base}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`);
    expect(swept.status).toBe(200);
    const checkpoint = await api('GET', '/api/v1/audit/checkpoints/latest');
    expect(checkpoint.status).toBe(200);
    expect(checkpoint.body.signature).toBeTruthy();
  });

  it('serves /api/docs with its Swagger UI files from the bundle', async () => {
    const page = await fetch(`${base}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.some((s) => s.endsWith('swagger-ui-bundle.js'))).toBe(true);
    for (const [path, file] of [
      [scripts.find((s) => s.endsWith('swagger-ui-bundle.js'))!, 'swagger-ui-bundle.js'],
      [styles.find((s) => s.endsWith('swagger-ui.css'))!, 'swagger-ui.css'],
    ] as const) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe(readFileSync(join('node_modules', 'swagger-ui-dist', file), 'utf8'));
    }
    const spec = await api('GET', '/api/v1/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
  });

  it('the audit evidence bundle carries verify.mjs, which checks the Worker’s chain with plain Node', async () => {
    const auditor = await login('auditor');
    const res = await fetch(`${base}/api/v1/audit/bundle?from=2026-11-23&to=2026-11-30`, { headers: { Authorization: `Bearer ${auditor}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Buffer.from(files['verify.mjs']!).toString()).toBe(readFileSync('src/audit/bundle-verify.mjs', 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'terbuka-bundle-'));
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const run = spawnSync(process.execPath, ['verify.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
