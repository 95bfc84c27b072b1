/**
 * Register export benchmark (issue 11, Performance): the request register (register permohonan)
 * as CSV, as an auditor downloads it — `GET /api/v1/registers/requests?format=csv` through the app
 * (session, checkpoint signing, pseudonyms, the streamed body) — over about 150,000 and 1,500,000
 * requests of one body. It prints rows per second and the memory the export adds, sampled while it
 * runs, for both sizes: the export streams when the 1.5 M peak is no higher than the 150 k one.
 *
 * The body: a few hundred requests lived through the real workflow (db/seed/demo-history.ts: every
 * outcome, extensions, clarifications, objections, reopened requests, missions on their own
 * calendars), then cloned in bulk through one raw connection until the body holds BENCH_ROWS
 * requests — each clone a template moved back a whole number of weeks (every date in its row,
 * deadlines and workflow snapshot moved alike), with its own id, registration number and requester
 * (one requester for every three requests). Indexes are dropped for the load and built again.
 *
 * Each measure runs in a fresh child process (`--expose-gc`), so that one size's garbage and caches
 * do not count against the other: it opens the body, logs in as the auditor, collects garbage,
 * reads the baseline, then downloads the CSV and reads the process's memory after every chunk of
 * the body it receives (RSS, V8 heap, external and array buffers), reporting the highest growth
 * over the baseline. Rows per second are the CSV's rows over the download's wall time, beside the
 * CPU it took (wall time on a shared machine measures the neighbours too).
 *
 * Run: node --import tsx bench/register.ts  (also run by npm run bench:report).
 *      BENCH_ROWS=200000 for a quick check; BENCH_TEMPLATES (default 300) requests through the workflow.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { openSqlite } from '../db/connect';
import { seedDemoHistory } from '../db/seed/demo-history';
import { DEMO_PASSWORD } from '../db/seed/seed';
import { createApp } from '../src/app';
import { bootstrap } from '../src/bootstrap';
import { loadConfig } from '../src/config';

const NOW = new Date('2026-12-15T03:00:00.000Z');
const DAY = 86_400_000;
/** The earliest day a clone may be received on: the calendars are built from 2025. */
const FIRST_DAY = Date.parse('2025-01-06T00:00:00Z');

const env = (dir: string) => ({
  DEMO: '1',
  RATE_LIMIT_PER_MINUTE: '0',
  DATABASE_URL: `file:${join(dir, 'register.sqlite')}`,
  KEY_FILE: join(dir, 'keys.json'),
});

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, unknown>;

/** Moves every `YYYY-MM-DD` in a text back by `days` (dates, instants, local date-times alike). */
function shifter() {
  const memo = new Map<string, string>();
  return (text: unknown, days: number): unknown => {
    if (typeof text !== 'string' || days === 0) return text;
    return text.replace(/\b\d{4}-\d{2}-\d{2}/g, (date) => {
      const key = `${days}|${date}`;
      let moved = memo.get(key);
      if (moved === undefined) {
        moved = new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
        memo.set(key, moved);
      }
      return moved;
    });
  };
}

async function build(dir: string, rows: number, templates: number): Promise<void> {
  const config = loadConfig(env(dir));
  const deps = await bootstrap({ config, clock: () => NOW });
  const started = performance.now();
  const history = await seedDemoHistory(deps, { requests: templates });
  console.log(`${history.requests} template requests through the workflow in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await deps.close();

  const loadStart = performance.now();
  const raw = new SQLite(join(dir, 'register.sqlite'));
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -400000');
  const indexes = raw
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('cases', 'requesters')`)
    .all() as Array<{ name: string; sql: string }>;
  for (const i of indexes) raw.exec(`drop index "${i.name}"`);
  const cases = raw.prepare('select * from cases').all() as Row[];
  const requesters = new Map((raw.prepare('select * from requesters').all() as Row[]).map((r) => [r.id as string, r]));
  const caseColumns = Object.keys(cases[0]!);
  const requesterColumns = Object.keys([...requesters.values()][0]!);
  const insertCase = raw.prepare(`insert into cases (${caseColumns.join(', ')}) values (${caseColumns.map(() => '?').join(', ')})`);
  const insertRequester = raw.prepare(`insert into requesters (${requesterColumns.join(', ')}) values (${requesterColumns.map(() => '?').join(', ')})`);
  const shift = shifter();
  const random = rng(7);
  const clones = rows - cases.length;
  const batch = 50_000;
  for (let done = 0; done < clones; done += batch) {
    raw.transaction(() => {
      for (let i = done; i < Math.min(clones, done + batch); i++) {
        const t = cases[Math.floor(random() * cases.length)]!;
        const receivedMs = Date.parse(t.received_at as string);
        const weeks = Math.floor(random() * (Math.floor((receivedMs - FIRST_DAY) / (7 * DAY)) + 1));
        const days = weeks * 7;
        const requesterId = `bench-requester-${String(Math.floor(i / 3)).padStart(8, '0')}`;
        if (i % 3 === 0) {
          const p = requesters.get(t.requester_id as string)!;
          const n = String(i).padStart(8, '0');
          const clone: Row = {
            ...p,
            id: requesterId,
            name: `${p.name as string} ${n}`,
            nik: p.nik ? `${(p.nik as string).slice(0, 8)}${n}` : p.nik,
            email: p.email ? `${n}.${p.email as string}` : p.email,
            created_at: shift(p.created_at, days),
          };
          insertRequester.run(...requesterColumns.map((c) => clone[c]));
        }
        const year = new Date(receivedMs - days * DAY + 7 * 3_600_000).getUTCFullYear();
        const clone: Row = { ...t };
        for (const c of caseColumns) clone[c] = shift(t[c], days);
        clone.id = `bench-case-${String(i).padStart(8, '0')}`;
        clone.registration_number = `${String(i + 1).padStart(7, '0')}/B-${t.received_unit as string}/${year}`;
        clone.year = year;
        clone.seq = 10_000_000 + i; // (year, seq) is unique: past any template's
        clone.tracking_code_hash = `bench-${i}`;
        clone.requester_id = requesterId;
        insertCase.run(...caseColumns.map((c) => clone[c]));
      }
    })();
  }
  for (const i of indexes) raw.exec(i.sql);
  raw.exec('analyze');
  const count = (raw.prepare('select count(*) as n from cases').get() as { n: number }).n;
  raw.close();
  console.log(
    `${count.toLocaleString('en-US')} requests in the body (${clones.toLocaleString('en-US')} clones) loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
  );
}

interface Measure {
  rows: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  samples: number;
  /** Live heap growth after a full collection, every RETAINED_EVERY rows. */
  retained: number[];
  baseline: { rss: number; heapUsed: number; external: number };
  peak: { rss: number; heapUsed: number; external: number };
  streamed: boolean;
}

/** In the child: one download of the CSV, its memory sampled at every chunk received. */
async function measure(dir: string, from: string, to: string): Promise<Measure> {
  const config = loadConfig(env(dir));
  const deps = await bootstrap({ config, db: openSqlite(config.DATABASE_URL), clock: () => NOW });
  const app = createApp(deps);
  const login = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'auditor', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const gc = (globalThis as { gc?: () => void }).gc!;
  // A small export first, so that the code paths are compiled before the baseline.
  await (await app.request(`/api/v1/registers/requests?from=${from}&to=${from}&format=csv`, { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer();
  gc();
  gc();
  const m0 = process.memoryUsage();
  const baseline = { rss: m0.rss, heapUsed: m0.heapUsed, external: m0.external + m0.arrayBuffers };
  const peak = { ...baseline };
  let samples = 0;
  const sample = () => {
    const m = process.memoryUsage();
    samples++;
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.external = Math.max(peak.external, m.external + m.arrayBuffers);
  };
  const cpu = process.cpuUsage();
  const start = performance.now();
  const res = await app.request(`/api/v1/registers/requests?from=${from}&to=${to}&format=csv`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const reader = res.body!.getReader();
  let bytes = 0;
  let lines = 0;
  let nextCollection = RETAINED_EVERY;
  const retained: number[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++;
    sample();
    if (lines >= nextCollection) {
      // What the export still holds: the live heap after a full collection, every RETAINED_EVERY rows.
      gc();
      retained.push(process.memoryUsage().heapUsed - baseline.heapUsed);
      nextCollection += RETAINED_EVERY;
    }
  }
  sample();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  await deps.close();
  return {
    rows: lines - 1,
    bytes,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    samples,
    retained,
    baseline,
    peak,
    streamed: res.headers.get('X-Register-Streamed') === '1',
  };
}

const RETAINED_EVERY = Number(process.env.BENCH_GC_EVERY ?? 100_000);
const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

async function main() {
  const rows = Number(process.env.BENCH_ROWS ?? 1_500_000);
  const templates = Number(process.env.BENCH_TEMPLATES ?? 300);
  // BENCH_DIR keeps the body between runs (built there when missing).
  const keep = process.env.BENCH_DIR;
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'terbuka-bench-register-'));
  const began = performance.now();
  try {
    if (!keep || !existsSync(join(dir, 'register.sqlite'))) await build(dir, rows, templates);
    // The whole body, and a period at its start holding about a tenth of it.
    const raw = new SQLite(join(dir, 'register.sqlite'), { readonly: true });
    const first = (raw.prepare('select min(received_at) as at from cases').get() as { at: string }).at.slice(0, 10);
    const tenth = (
      raw.prepare('select received_at as at from cases order by received_at limit 1 offset ?').get(Math.floor(rows / 10)) as { at: string }
    ).at.slice(0, 10);
    raw.close();
    const periods: Array<[string, string, string]> = [
      ['a tenth of the body', first, tenth],
      ['the whole body', first, NOW.toISOString().slice(0, 10)],
    ];
    const results: Array<[string, string, Measure]> = [];
    for (const [label, from, to] of periods) {
      const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--measure', dir, from, to], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * MB,
      });
      if (child.status !== 0) throw new Error(`measure ${label} failed (${child.status})`);
      const m = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measure;
      results.push([label, `${from} – ${to}`, m]);
      console.log(`${label}: ${m.rows.toLocaleString('en-US')} rows in ${m.seconds.toFixed(1)} s`);
    }
    console.log(
      `\n| export (auditor, CSV) | period | rows | MB | rows/s (wall) | CPU s | peak RSS growth | peak heap growth | peak external growth | live heap after GC, every ${RETAINED_EVERY.toLocaleString('en-US')} rows | samples | streamed |`,
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [label, period, m] of results) {
      console.log(
        `| ${label} | ${period} | ${m.rows.toLocaleString('en-US')} | ${(m.bytes / MB).toFixed(0)} | ${Math.round(m.rows / m.seconds).toLocaleString('en-US')} | ${m.cpuSeconds.toFixed(1)} | ${mb(m.peak.rss - m.baseline.rss)} | ${mb(m.peak.heapUsed - m.baseline.heapUsed)} | ${mb(m.peak.external - m.baseline.external)} | ${m.retained.length ? `${mb(Math.min(...m.retained))} – ${mb(Math.max(...m.retained))}` : '—'} | ${m.samples.toLocaleString('en-US')} | ${m.streamed ? 'yes' : 'no'} |`,
      );
    }
    const [small, large] = results.map(([, , m]) => m) as [Measure, Measure];
    const growth = (m: Measure) => m.peak.rss - m.baseline.rss;
    console.log(
      `\npeak RSS growth ${mb(growth(small))} at ${small.rows.toLocaleString('en-US')} rows, ${mb(growth(large))} at ${large.rows.toLocaleString('en-US')} rows (${(large.rows / small.rows).toFixed(1)}× the rows); heap peak ${mb(small.peak.heapUsed)} / ${mb(large.peak.heapUsed)}`,
    );
    console.log(`whole run ${((performance.now() - began) / 1000).toFixed(0)} s`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--measure') {
  const [dir, from, to] = process.argv.slice(3) as [string, string, string];
  console.log(JSON.stringify(await measure(dir, from, to)));
} else {
  await main();
}
