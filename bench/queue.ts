/**
 * Queue benchmark: the first page of every queue, three searches and the queue counts, at 1,000
 * cases and at 1,500,000 cases (about one year of every US federal agency's FOIA requests), in one
 * run. Target: each first page and search at 1.5M within 2× of its 1k figure (index walks, no scans).
 *
 * Each size gets a temporary SQLite file, migrated and seeded with the demo body, then filled with
 * generated cases in big batched transactions through one raw connection (the cases, their unit
 * assignments, the queue index and the search index, as filing and the workflow would leave them;
 * the secondary indexes are built once at the end). The measured calls are the real domain
 * functions the API and the pages call, on the app's own connection, both sizes in alternating
 * rounds, in CPU time.
 *
 * Run: node --import tsx bench/queue.ts  (npm run bench:queue); BENCH_SIZES=1000,50000 to try others.
 *
 * `npm run bench:queue -- --postgres [--url=postgres://USER@HOST:PORT/postgres] [--reuse]`: the same
 * on PostgreSQL (a throwaway cluster unless a URL is given; bench/postgres-server.ts), each size in
 * a database `terbuka_queue_N`, loaded with one multi-row INSERT per table per 50,000 cases from the
 * same row builder, indexes built at the end, then VACUUM ANALYZE. The work is in the server's
 * process, so the figures are wall-clock medians, with the load average printed beside them.
 * `--reuse` measures databases an earlier run left (a given server keeps them).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase, openSqlite } from '../db/connect';
import { units as unitSeeds } from '../db/seed/units';
import { bootstrap } from '../src/bootstrap';
import { explainDeadline, extendDeadline } from '../src/calendar/deadline';
import type { WorkingCalendar } from '../src/calendar/working-calendar';
import { actorOf } from '../src/auth/sessions';
import { loadConfig } from '../src/config';
import type { Deps } from '../src/deps';
import { formatRegistrationNumber } from '../src/cases/registration-number';
import { listCases, type QueueName, queueCounts, queueQuerySchema } from '../src/cases/queue';
import { ALL_UNITS } from '../src/cases/queue-index';
import { type SearchDocument, searchKey, searchLexemes, unitTokens } from '../src/cases/search';
import type { CaseDeadlines } from '../src/cases/transition';
import { PERIODS } from '../workflows/periods';
import type { Actor } from '../workflows/request.events';
import { recreate, serverUrl, withDatabase } from './postgres-server';

const NOW = new Date('2026-12-15T03:00:00.000Z'); // a Tuesday, 10:00 in Jakarta
const DAY = 86_400_000;
const sizes = (process.env.BENCH_SIZES ?? '1000,1500000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PER_ROUND = 10;
const WARM_UP = 50;

/** A small deterministic generator, so both sizes draw from the same distributions. */
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

const DOCS = ['Salinan', 'Daftar', 'Laporan', 'Rekapitulasi', 'Notula rapat', 'Dokumen', 'Data', 'Surat', 'Anggaran', 'Kontrak'];
const TOPICS = [
  'perjanjian kerja sama',
  'perlindungan WNI',
  'beasiswa',
  'perjalanan dinas',
  'pengadaan barang',
  'ekstradisi',
  'hibah luar negeri',
  'kunjungan kenegaraan',
  'pekerja migran',
  'visa diplomatik',
  'bantuan kemanusiaan',
  'sengketa perbatasan',
  'kerja sama maritim',
  'perdagangan bilateral',
  'konferensi internasional',
  'repatriasi',
  'paspor hilang',
  'legalisasi dokumen',
];
const PLACES = ['Jepang', 'Arab Saudi', 'Belanda', 'Inggris', 'Amerika Serikat', 'Australia', 'Tiongkok', 'Swiss', 'Malaysia', 'Singapura'];
const EXTRA = [
  'beserta lampirannya',
  'per triwulan',
  'termasuk nilai anggaran',
  'dan status tindak lanjutnya',
  'yang telah ditandatangani',
  'menurut jenis kasus',
  'dalam format elektronik',
  'untuk keperluan penelitian',
];

/** Work units get most requests; missions fewer; the PPID Utama desk the most. */
const unitWeights = unitSeeds.map((u) => ({ code: u.code, w: u.code === 'PPID' ? 40 : u.kind === 'work_unit' ? 4 : 1 }));
const totalWeight = unitWeights.reduce((s, u) => s + u.w, 0);
const workUnits = unitSeeds.filter((u) => u.code !== 'PPID').map((u) => u.code);

interface Seeded {
  searchWord: string;
  someNumber: string;
}

/** The rows one generated case leaves, as filing and the workflow would: written by a backend's writer. */
interface CaseRows {
  case: Record<string, unknown>;
  caseUnits: Array<Record<string, unknown>>;
  queue: Array<Record<string, unknown>>;
  search: SearchDocument;
}

/** Where the generated rows go: a raw SQLite connection, or PostgreSQL in multi-row inserts. */
interface BulkWriter {
  /** Before the first row: drop the secondary indexes of the bulk-loaded tables (rebuilt at the end). */
  begin(): Promise<void>;
  requester(row: Record<string, unknown>): Promise<void>;
  /** One batch of cases, in one transaction. */
  batch(rows: CaseRows[]): Promise<void>;
  /** The counters, the indexes again, statistics; then closes. */
  end(counters: Map<number, number>): Promise<void>;
}

/** The tables whose secondary indexes are dropped for the load and built once at the end. */
const BULK_TABLES = ['cases', 'case_units', 'queue_units', 'case_search'];

function sqliteWriter(path: string): BulkWriter {
  const raw = new SQLite(path);
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -400000');
  let indexes: Array<{ name: string; sql: string }> = [];
  const statements = new Map<string, SQLite.Statement>();
  const insert = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = raw.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
      statements.set(key, statement);
    }
    statement.run(row);
  };
  return {
    async begin() {
      indexes = raw
        .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('cases', 'case_units', 'queue_units')`)
        .all() as Array<{ name: string; sql: string }>;
      for (const i of indexes) raw.exec(`drop index "${i.name}"`);
    },
    async requester(row) {
      insert('requesters', row);
    },
    async batch(rows) {
      raw.transaction(() => {
        for (const r of rows) {
          insert('cases', r.case);
          for (const u of r.caseUnits) insert('case_units', u);
          for (const q of r.queue) insert('queue_units', q);
          const d = r.search;
          insert('case_search', { rowid: searchKey(d.year, d.seq), number: d.registration_number, information: d.information, units: unitTokens(d.units) });
        }
      })();
    },
    async end(counters) {
      for (const [year, seq] of counters) insert('registration_counters', { year, last_seq: seq });
      for (const i of indexes) raw.exec(i.sql);
      raw.close();
    },
  };
}

/**
 * PostgreSQL: each batch's rows of a table in one INSERT … SELECT FROM unnest(one array per
 * column) — a statement per table per batch, whatever its size — with the column types read from
 * the catalogue. The search documents become tsvectors from the lexemes the application cuts
 * (searchLexemes), as indexCaseText stores them.
 */
function postgresWriter(url: string): BulkWriter {
  const client = new pg.Client({ connectionString: url });
  let types = new Map<string, string>();
  let indexes: Array<{ name: string; sql: string }> = [];
  const insertMany = async (table: string, rows: Array<Record<string, unknown>>) => {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!);
    const arrays = columns.map((c) => rows.map((r) => r[c] ?? null));
    const casts = columns.map((c, i) => {
      const type = types.get(`${table}.${c}`);
      if (!type) throw new Error(`no column ${table}.${c}`);
      return `$${i + 1}::${type}[]`;
    });
    await client.query(`insert into ${table} (${columns.join(', ')}) select * from unnest(${casts.join(', ')})`, arrays);
  };
  return {
    async begin() {
      await client.connect();
      await client.query("set maintenance_work_mem = '256MB'");
      const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
        "select table_name, column_name, udt_name from information_schema.columns where table_schema = 'public'",
      );
      types = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.udt_name]));
      // Indexes that back no constraint (a primary key or a unique constraint stays).
      indexes = (
        await client.query<{ name: string; sql: string }>(
          `select indexname as name, indexdef as sql from pg_indexes i where schemaname = 'public' and tablename = any($1)
           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
          [BULK_TABLES],
        )
      ).rows;
      for (const i of indexes) await client.query(`drop index "${i.name}"`);
    },
    async requester(row) {
      await insertMany('requesters', [row]);
    },
    async batch(rows) {
      await client.query('begin');
      await insertMany(
        'cases',
        rows.map((r) => r.case),
      );
      await insertMany(
        'case_units',
        rows.flatMap((r) => r.caseUnits),
      );
      await insertMany(
        'queue_units',
        rows.flatMap((r) => r.queue),
      );
      const docs = rows.map((r) => r.search);
      await client.query(
        `insert into case_search (key, year, seq, doc)
         select k, y, s, array_to_tsvector(string_to_array(l, ' ')) from unnest($1::int8[], $2::int4[], $3::int4[], $4::text[]) as t(k, y, s, l)`,
        [docs.map((d) => searchKey(d.year, d.seq)), docs.map((d) => d.year), docs.map((d) => d.seq), docs.map((d) => searchLexemes(d).join(' '))],
      );
      await client.query('commit');
    },
    async end(counters) {
      for (const [year, seq] of counters) {
        await client.query('insert into registration_counters (year, last_seq) values ($1, $2) on conflict (year) do update set last_seq = excluded.last_seq', [
          year,
          seq,
        ]);
      }
      for (const i of indexes) await client.query(i.sql);
      await client.query(`vacuum analyze ${[...BULK_TABLES, 'requesters'].join(', ')}`);
      await client.end();
    },
  };
}

/** Builds the cases with the real calendars, then closes the app's connection and writes through a raw one. */
async function seed(deps: Deps, writer: BulkWriter, n: number): Promise<Seeded> {
  const calendars = new Map<string, WorkingCalendar>();
  const unitCalendar = new Map<string, string>();
  for (const u of await deps.db.selectFrom('units').select(['code', 'calendar_code']).execute()) {
    unitCalendar.set(u.code, u.calendar_code);
    if (!calendars.has(u.calendar_code)) calendars.set(u.calendar_code, await deps.calendars.get(deps.db, u.calendar_code));
  }
  await deps.close();
  // Bulk load: the secondary indexes are dropped and built once at the end (same definitions).
  await writer.begin();
  const requesterId = randomUUID();
  await writer.requester({
    id: requesterId,
    type: 'individual',
    name: 'Pemohon Uji',
    nik: '3171012304900002',
    email: 'uji@example.org',
    address: 'Jl. Uji 1, Jakarta',
    created_at: NOW.toISOString(),
  });

  const random = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const seqByYear = new Map<number, number>();
  const start = NOW.getTime() - 365 * DAY;
  const channels = ['web', 'web', 'web', 'web', 'email', 'letter', 'walk_in', 'phone'];
  let someNumber = '';
  const batch = 50_000;
  for (let done = 0; done < n; done += batch) {
    const rows: CaseRows[] = [];
    for (let i = done; i < Math.min(n, done + batch); i++) {
      // Receipts spread evenly over the year before NOW, in order (as numbers are given).
      const receivedAt = new Date(start + Math.floor(((i + random()) / n) * 365 * DAY));
      let r = random() * totalWeight;
      const unit = unitWeights.find((u) => (r -= u.w) < 0)?.code ?? 'PPID';
      const calendarCode = unitCalendar.get(unit)!;
      const calendar = calendars.get(calendarCode)!;
      const deadlines: CaseDeadlines = {
        notice: explainDeadline(calendar, { period: 'notice', startInstant: receivedAt, workingDays: PERIODS.notice.workingDays }),
      };
      if (random() < 0.1) {
        deadlines.noticeExtended = extendDeadline(calendar, deadlines.notice, { workingDays: PERIODS.extension.workingDays, reason: 'Dokumen di arsip.' });
      }
      const due = deadlines.noticeExtended ?? deadlines.notice;
      // Older requests are mostly answered; a backlog stays open (US agencies carry about one in eight).
      const age = (NOW.getTime() - receivedAt.getTime()) / DAY;
      const open = age < 25 ? random() < 0.7 : random() < 0.08;
      const state = open
        ? pick(['registered', 'assigned', 'assigned', 'in_review', 'in_review', 'in_review', 'awaiting_clarification'])
        : pick(['decided', 'delivered', 'closed', 'closed', 'closed']);
      const assigned =
        state !== 'registered' && unit === 'PPID' && random() < 0.7
          ? [pick(workUnits), ...(random() < 0.15 ? [pick(workUnits)] : [])].filter((u, k, a) => a.indexOf(u) === k)
          : state !== 'registered' && unit !== 'PPID' && random() < 0.2
            ? [unit]
            : [];
      const assignmentStatus = (k: number) => (state === 'assigned' ? (k === 0 ? 'pending' : 'accepted') : open ? 'accepted' : 'answered');
      const year = Number(calendar.localDateOf(receivedAt).slice(0, 4));
      const seq = (seqByYear.get(year) ?? 0) + 1;
      seqByYear.set(year, seq);
      const number = formatRegistrationNumber(deps.config.REGISTRATION_FORMAT, { seq, unit, year });
      if (i === Math.floor(n / 2)) someNumber = number;
      const information = `${pick(DOCS)} ${pick(TOPICS)} dengan ${pick(PLACES)} tahun ${year - Math.floor(random() * 4)} ${pick(EXTRA)}.`;
      const overdue = open && due.dueAt < NOW.toISOString() ? 1 : 0;
      const decidedAt = open ? null : new Date(receivedAt.getTime() + 9 * DAY).toISOString();
      const context = {
        receivedUnit: unit,
        registrationNumber: number,
        noticeDueAt: due.dueAt,
        assignments: assigned.map((u, k) => ({
          unit: u,
          assignedAt: receivedAt.toISOString(),
          targetDue: null,
          status: assignmentStatus(k),
          acceptedAt: null,
          returned: null,
          draft: null,
        })),
        clarification: null,
        extension: null,
        overdueAt: overdue ? due.dueAt : null,
        decision: open ? null : { outcome: 'granted', at: decidedAt, by: null },
        delivery: null,
        reopened: [],
      };
      const value = open ? { open: { work: state, clock: overdue ? 'overdue' : deadlines.noticeExtended ? 'extended' : 'running' } } : state;
      const id = randomUUID();
      const anyPending = assigned.some((_, k) => assignmentStatus(k) === 'pending');
      rows.push({
        case: {
          id,
          registration_number: number,
          year,
          seq,
          tracking_code_hash: 'x'.repeat(64),
          requester_id: requesterId,
          channel: pick(channels),
          information,
          purpose: 'Bahan penelitian dan advokasi kebijakan.',
          obtain_method: 'copy_soft',
          delivery_method: 'email',
          lang: 'id',
          received_unit: unit,
          assigned_unit: assigned.at(-1) ?? null,
          state,
          outcome: open ? null : 'granted',
          overdue,
          extended: deadlines.noticeExtended ? 1 : 0,
          machine_version: 1,
          snapshot: JSON.stringify({ status: 'active', value, historyValue: {}, context, children: {} }),
          version: open ? 3 : 6,
          received_at: receivedAt.toISOString(),
          notice_due: due.due,
          notice_due_at: due.dueAt,
          deadlines: JSON.stringify(deadlines),
          decided_at: decidedAt,
          closed_at: state === 'closed' ? decidedAt : null,
          created_at: receivedAt.toISOString(),
          updated_at: receivedAt.toISOString(),
        },
        caseUnits: assigned.map((u, k) => ({ case_id: id, unit_code: u, status: assignmentStatus(k) })),
        queue: [...new Set([ALL_UNITS, unit, ...assigned])].map((u) => {
          const pending = open && (u === ALL_UNITS ? anyPending : assigned.some((a, k) => a === u && assignmentStatus(k) === 'pending'));
          return { unit_code: u, case_id: id, state, open: open ? 1 : 0, pending: pending ? 1 : 0, notice_due_at: due.dueAt, calendar_code: calendarCode };
        }),
        search: { year, seq, registration_number: number, information, units: [...new Set([unit, ...assigned])], names: [] },
      });
    }
    await writer.batch(rows);
    if (n >= 100_000) process.stdout.write(`  seeded ${Math.min(n, done + batch).toLocaleString('en-US')} / ${n.toLocaleString('en-US')}\r`);
  }
  await writer.end(seqByYear);
  if (n >= 100_000) process.stdout.write('\n');
  return { searchWord: 'ekstradisi', someNumber };
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Body {
  deps: Deps;
  seeded: Seeded;
  ppid: Actor;
  dit: Actor;
}

const POSTGRES = process.argv.includes('--postgres');
/** On PostgreSQL: the server's URL (a throwaway cluster unless --url is given), and an admin connection. */
let server: { url: string; stop: () => void; admin: pg.Client } | undefined;

/**
 * A fresh database with n generated cases, open through the app's own connection: a temporary
 * SQLite file, or the database `terbuka_queue_N` on the PostgreSQL server (with --reuse, one left
 * by an earlier run with as many cases is used as it is).
 */
async function prepare(n: number, dir: string): Promise<Body> {
  const path = join(dir, `queue-${n}.sqlite`);
  const url = server ? withDatabase(server.url, `terbuka_queue_${n}`) : `file:${path}`;
  const config = loadConfig({ DEMO: '1', DATABASE_URL: url, KEY_FILE: join(dir, 'keys.json'), PG_POOL_SIZE: '2' });
  const reuse =
    server &&
    process.argv.includes('--reuse') &&
    (await server.admin.query('select 1 from pg_database where datname = $1', [`terbuka_queue_${n}`])).rowCount === 1 &&
    (await countCases(url)) === n;
  if (server && !reuse) await recreate(server.admin, `terbuka_queue_${n}`);
  let seeded: Seeded;
  if (reuse) {
    seeded = { searchWord: 'ekstradisi', someNumber: await middleNumber(url, n) };
    console.log(`${n.toLocaleString('en-US')} cases: reusing terbuka_queue_${n}`);
  } else {
    const seedStart = performance.now();
    seeded = await seed(await bootstrap({ config, clock: () => NOW }), server ? postgresWriter(url) : sqliteWriter(path), n);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(`${n.toLocaleString('en-US')} cases seeded in ${seedSeconds.toFixed(1)} s (${Math.round(n / seedSeconds).toLocaleString('en-US')} cases/s)`);
  }
  const deps = await bootstrap({ config, db: server ? openDatabase(url, { poolSize: 2 }) : openSqlite(`file:${path}`), clock: () => NOW });
  const users = await deps.db.selectFrom('users').select(['id', 'username', 'role', 'unit_code']).execute();
  const actor = (username: string) => actorOf(users.find((u) => u.username === username)!);
  return { deps, seeded, ppid: actor('ppid'), dit: actor('pelaksana.dit') };
}

async function countCases(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>("select count(*) as n from cases where tracking_code_hash = repeat('x', 64)")).rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** The registration number the seed remembers (the case in the middle), read back from a reused database. */
async function middleNumber(url: string, n: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ registration_number: string }>(
      "select registration_number from cases where tracking_code_hash = repeat('x', 64) order by received_at offset $1 limit 1",
      [Math.floor(n / 2)],
    );
    return rows[0]!.registration_number;
  } finally {
    await client.end();
  }
}

const q = (query: Record<string, string>) => queueQuerySchema.parse(query);
const queueMeasures: Array<[string, 'ppid' | 'dit', QueueName]> = [
  ['PPID Utama: all', 'ppid', 'all'],
  ['PPID Utama: mine (unit PPID)', 'ppid', 'mine'],
  ['PPID Utama: overdue', 'ppid', 'overdue'],
  ['PPID Utama: due within 3 working days', 'ppid', 'due_soon'],
  ['PPID Utama: awaiting clarification', 'ppid', 'awaiting_clarification'],
  ['PPID Utama: assigned, not accepted', 'ppid', 'unaccepted'],
  ['Pelaksana AMEROP: my unit', 'dit', 'mine'],
  ['Pelaksana AMEROP: overdue', 'dit', 'overdue'],
  ['Pelaksana AMEROP: due within 3 working days', 'dit', 'due_soon'],
  ['Pelaksana AMEROP: awaiting clarification', 'dit', 'awaiting_clarification'],
  ['Pelaksana AMEROP: assigned, not accepted', 'dit', 'unaccepted'],
];
type Call = (b: Body, limit: number) => Promise<number>;
/** What is measured: a label, and the call on one body with a page size (returning its rows). */
const measures: Array<[string, Call]> = [
  ...queueMeasures.map(([label, who, queue]): [string, Call] => [
    `first page — ${label}`,
    async (b, limit) => (await listCases(b.deps, b[who], q({ queue, limit: String(limit) }), 'id')).items.length,
  ]),
  [
    'first page — PPID Utama: all, channel = letter',
    async (b, limit) => (await listCases(b.deps, b.ppid, q({ queue: 'all', channel: 'letter', limit: String(limit) }), 'id')).items.length,
  ],
  [
    'search "ekstradisi" (PPID Utama)',
    async (b, limit) => (await listCases(b.deps, b.ppid, q({ q: b.seeded.searchWord, limit: String(limit) }), 'id')).items.length,
  ],
  [
    'search "ekstradisi" (Pelaksana AMEROP)',
    async (b, limit) => (await listCases(b.deps, b.dit, q({ q: b.seeded.searchWord, limit: String(limit) }), 'id')).items.length,
  ],
  [
    'search by registration number',
    async (b) => {
      const found = await listCases(b.deps, b.ppid, q({ q: b.seeded.someNumber }), 'id');
      if (found.items[0]?.registrationNumber !== b.seeded.someNumber) throw new Error(`number search missed ${b.seeded.someNumber}`);
      return found.items.length;
    },
  ],
];
const countMeasures: Array<[string, (b: Body) => Promise<unknown>]> = [
  ['counts of the 6 queues, capped at 1,000 (PPID Utama)', (b) => queueCounts(b.deps, b.ppid)],
  ['counts of the 5 queues, capped at 1,000 (Pelaksana AMEROP)', (b) => queueCounts(b.deps, b.dit)],
];

const PAGE = 25;

/**
 * CPU milliseconds per call (user + system; the work is synchronous SQLite and JavaScript in this
 * process, so other load on the shared machine does not count), median over rounds that alternate
 * the sizes, so the JIT and the machine treat them alike.
 */
async function compare(calls: Array<() => Promise<unknown>>): Promise<number[]> {
  const samples: number[][] = calls.map(() => []);
  for (const call of calls) for (let i = 0; i < WARM_UP; i++) await call();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, call] of calls.entries()) {
      for (let k = 0; k < PER_ROUND; k++) {
        if (POSTGRES) {
          // The work is in the server's process: wall time, the sizes alternating under the same load.
          const before = performance.now();
          await call();
          samples[i]!.push(performance.now() - before);
        } else {
          const before = process.cpuUsage();
          await call();
          const used = process.cpuUsage(before);
          samples[i]!.push((used.user + used.system) / 1000);
        }
      }
    }
  }
  return samples.map(median);
}

const dir = mkdtempSync(join(tmpdir(), 'terbuka-bench-queue-'));
if (POSTGRES) {
  const { url, stop } = serverUrl();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  server = { url, stop, admin };
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  console.log(
    `PostgreSQL ${version}, node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
try {
  const small = await prepare(sizes[0]!, dir);
  const large = await prepare(sizes[1]!, dir);
  const fmt = (n: number) => n.toLocaleString('en-US');
  const [ns, nl] = [fmt(sizes[0]!), fmt(sizes[1]!)];
  console.log(
    `\n${POSTGRES ? 'Wall-clock' : 'CPU'} ms per call, median of ${ROUNDS} × ${PER_ROUND} calls per size, sizes alternating, after ${WARM_UP} warm-up calls.` +
      (POSTGRES
        ? ` Load average at the start of the measurements: ${loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}.`
        : ''),
  );
  console.log(`Pages hold ${PAGE} rows; where the ${ns}-case page holds fewer, the last two columns give the ${nl}-case figure for a page of as many rows.`);
  console.log(`| measure | ${ns} cases | ${nl} cases | ratio | rows (${ns} / ${nl}) | ${nl}, same rows as ${ns} | ratio |`);
  console.log('|---|---|---|---|---|---|---|');
  let worst = 0;
  let worstSameRows = 0;
  for (const [label, call] of measures) {
    const rowsSmall = await call(small, PAGE);
    const rowsLarge = await call(large, PAGE);
    const sameRows = Math.max(1, rowsSmall);
    const withControl = rowsSmall < rowsLarge;
    const [a, b, c] = (await compare([() => call(small, PAGE), () => call(large, PAGE), ...(withControl ? [() => call(large, sameRows)] : [])])) as [
      number,
      number,
      number?,
    ];
    worst = Math.max(worst, b / a);
    worstSameRows = Math.max(worstSameRows, (c ?? b) / a);
    const control = c === undefined ? '— | —' : `${c.toFixed(2)} (${sameRows} row${sameRows === 1 ? '' : 's'}) | ${(c / a).toFixed(2)}`;
    console.log(`| ${label} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(2)} | ${rowsSmall} / ${rowsLarge} | ${control} |`);
  }
  for (const [label, call] of countMeasures) {
    const [a, b] = (await compare([() => call(small), () => call(large)])) as [number, number];
    console.log(`| ${label} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(2)} | — | — | — |`);
  }
  console.log(`\nworst ratio, first pages and searches: ${worst.toFixed(2)}; with pages of equal rows: ${worstSameRows.toFixed(2)} (target ≤ 2)`);
  if (POSTGRES)
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  for (const b of [small, large]) await b.deps.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
  await server?.admin.end();
  server?.stop();
}
