/**
 * Report benchmark: the annual service report (JSON data, the body and one unit; the PDF of the
 * body) over a body of 15,000 cases and one of 1,500,000 cases, in one run. Target: the 1.5 M
 * report within 5× of the 15 k report — the report reads the incremental tallies kept at each
 * transition (src/reports/tallies.ts), never the cases themselves, except one index walk for the
 * ten oldest open requests.
 *
 * Each size gets a temporary SQLite file, migrated and seeded with the demo body, then filled with
 * generated rows in bulk transactions through one raw connection: cases over five years (2022–2026;
 * units, channels, requester types, outcomes, times to serve, extensions, Art. 17 letters, open and
 * overdue requests, objections and disputes drawn from fixed spreads), their report facts, and the
 * tallies — computed with the same functions the transitions call (`requestEntries`,
 * `objectionEntries`). The report is then built with the real domain function on the app's own
 * connection, both sizes in alternating rounds, in CPU time.
 *
 * Run: node --import tsx bench/report.ts  (npm run bench:report); BENCH_SIZES=15000,200000 to try others.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openSqlite } from '../db/connect';
import { units as unitSeeds } from '../db/seed/units';
import { bootstrap } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import type { Deps } from '../src/deps';
import { renderReportPdf } from '../src/reports/report-pdf';
import { buildServiceReport } from '../src/reports/service-report';
import { objectionEntries, requestEntries } from '../src/reports/tallies';

const NOW = new Date('2026-12-15T03:00:00.000Z');
const YEAR = 2025;
const sizes = (process.env.BENCH_SIZES ?? '15000,1500000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARM_UP = 10;

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

/** Draws from weighted choices. */
function weighted<T>(random: () => number, items: Array<[T, number]>): () => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = random() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items.at(-1)![0];
  };
}

async function seed(deps: Deps, path: string, n: number): Promise<void> {
  await deps.close();
  const raw = new SQLite(path);
  raw.pragma('journal_mode = OFF');
  raw.pragma('synchronous = OFF');
  raw.pragma('cache_size = -400000');
  const indexes = raw
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in ('cases', 'report_facts')`)
    .all() as Array<{ name: string; sql: string }>;
  for (const i of indexes) raw.exec(`drop index "${i.name}"`);
  const requesterId = randomUUID();
  raw
    .prepare(`insert into requesters (id, type, name, address, created_at) values (?, 'individual', 'Pemohon Uji', 'Jl. Uji 1', ?)`)
    .run(requesterId, NOW.toISOString());
  const insertCase = raw.prepare(`insert into cases (id, registration_number, year, seq, tracking_code_hash, requester_id, channel, information, purpose,
    obtain_method, delivery_method, lang, received_unit, assigned_unit, state, outcome, overdue, extended, machine_version, snapshot, version,
    received_at, notice_due, notice_due_at, deadlines, decided_at, closed_at, created_at, updated_at)
    values (?, ?, ?, ?, 'x', ?, ?, 'Salinan dokumen kerja sama.', 'Penelitian.', 'copy_soft', 'email', 'id', ?, null, ?, ?, ?, ?, 1, '{}', 2, ?, ?, ?, '{}', ?, null, ?, ?)`);
  const insertFact = raw.prepare(
    'insert into report_facts (subject_id, kind, unit, requester_type, local_date, received_at, open, entries) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const tallies = new Map<string, number>();
  const count = (unit: string, entries: string[]) => {
    for (const e of entries) {
      const k = `${unit}|${e}`;
      tallies.set(k, (tallies.get(k) ?? 0) + 1);
    }
  };

  const random = rng(42);
  const unit = weighted(
    random,
    unitSeeds.map((u) => [u.code, u.code === 'PPID' ? 40 : u.kind === 'work_unit' ? 4 : 1] as [string, number]),
  );
  const channel = weighted(random, [
    ['web', 70],
    ['email', 12],
    ['letter', 8],
    ['walk_in', 6],
    ['phone', 4],
  ]);
  const type = weighted(random, [
    ['individual', 80],
    ['legal_entity', 15],
    ['group', 5],
  ]);
  const outcome = weighted(random, [
    ['granted', 55],
    ['partially_granted', 15],
    ['denied', 12],
    ['not_held', 14],
    ['not_yet_documented', 4],
  ]);
  const letter = weighted(random, [
    ['a', 6],
    ['b', 5],
    ['c', 8],
    ['d', 3],
    ['e', 2],
    ['f', 7],
    ['g', 3],
    ['h', 9],
    ['i', 4],
    ['j', 6],
  ]);
  const objectionOutcome = weighted(random, [
    ['upheld', 50],
    ['overturned', 25],
    ['settled', 10],
    ['rejected_late', 5],
    [null, 10],
  ]);
  const disputeStage = weighted(random, [
    ['filed', 10],
    ['registered', 15],
    ['mediation', 15],
    ['adjudication', 20],
    ['decided', 25],
    ['complied', 10],
    ['withdrawn', 5],
  ]);
  const firstDay = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2026, 11, 14) - firstDay;
  const seqByYear = new Map<number, number>();
  const batch = 50_000;
  for (let done = 0; done < n; done += batch) {
    raw.transaction(() => {
      for (let i = done; i < Math.min(n, done + batch); i++) {
        const receivedMs = firstDay + Math.floor((random() * span) / 3_600_000) * 3_600_000 + 2 * 3_600_000;
        const received = new Date(receivedMs);
        const local = new Date(receivedMs + 7 * 3_600_000).toISOString().slice(0, 10);
        const year = Number(local.slice(0, 4));
        const seq = (seqByYear.get(year) ?? 0) + 1;
        seqByYear.set(year, seq);
        const u = unit();
        // Older requests are nearly all decided; this year's still have a tail of open ones.
        const open = random() < (NOW.getTime() - receivedMs < 30 * 86_400_000 ? 0.6 : 0.004);
        const days = 1 + Math.floor(random() * random() * 20);
        const extended = random() < 0.12;
        const due = new Date(receivedMs + (extended ? 24 : 14) * 86_400_000);
        const o = open ? null : outcome();
        const decidedAt = o ? new Date(receivedMs + days * 1.4 * 86_400_000).toISOString() : null;
        const exemptions = o === 'denied' || o === 'partially_granted' ? [letter(), ...(random() < 0.3 ? [letter()] : [])] : [];
        const overdue = open && due.getTime() < NOW.getTime();
        const id = randomUUID();
        const t = type();
        insertCase.run(
          id,
          `${String(seq).padStart(6, '0')}/${u}/${year}`,
          year,
          seq,
          requesterId,
          channel(),
          u,
          open ? 'in_review' : 'closed',
          o,
          overdue ? 1 : 0,
          extended ? 1 : 0,
          received.toISOString(),
          due.toISOString().slice(0, 10),
          due.toISOString(),
          decidedAt,
          received.toISOString(),
          received.toISOString(),
        );
        const entries = requestEntries({
          localDate: local,
          channel: 'web',
          requesterType: t,
          outcome: o,
          exemptions,
          decidedAt,
          noticeDueAt: due.toISOString(),
          workingDaysTaken: o ? days : null,
          extended,
          overdue,
          open,
        });
        insertFact.run(id, 'request', u, t, local, received.toISOString(), open ? 1 : 0, JSON.stringify(entries));
        count(u, entries);
        if (o && (o === 'denied' || o === 'partially_granted') && random() < 0.25) {
          const objectionLocal = new Date(Date.parse(`${local}T00:00:00Z`) + (days + 5) * 86_400_000).toISOString().slice(0, 10);
          const disputed = random() < 0.2;
          const stage = disputeStage();
          const oEntries = objectionEntries({
            localDate: objectionLocal,
            outcome: objectionOutcome(),
            dispute: disputed
              ? { filedOn: objectionLocal, stage, outcome: stage === 'decided' ? 'commission_rejected' : stage === 'withdrawn' ? 'withdrawn' : 'pending' }
              : null,
          });
          const oid = randomUUID();
          insertFact.run(oid, 'objection', u, null, objectionLocal, received.toISOString(), 0, JSON.stringify(oEntries));
          count(u, oEntries);
        }
      }
    })();
  }
  const insertTally = raw.prepare('insert into report_tallies (year, half, unit, key, n) values (?, ?, ?, ?, ?)');
  raw.transaction(() => {
    for (const [k, v] of tallies) {
      const [u, year, half, ...key] = k.split('|');
      insertTally.run(Number(year), Number(half), u, key.join('|'), v);
    }
  })();
  for (const i of indexes) raw.exec(i.sql);
  raw.exec('analyze');
  raw.close();
  console.log(`  ${tallies.size.toLocaleString('en-US')} tally rows`);
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function prepare(n: number, dir: string): Promise<Deps> {
  const path = join(dir, `report-${n}.sqlite`);
  const config = loadConfig({ DEMO: '1', DATABASE_URL: `file:${path}`, KEY_FILE: join(dir, 'keys.json') });
  const start = performance.now();
  await seed(await bootstrap({ config, clock: () => NOW }), path, n);
  const seconds = (performance.now() - start) / 1000;
  console.log(`${n.toLocaleString('en-US')} cases seeded in ${seconds.toFixed(1)} s`);
  return bootstrap({ config, db: openSqlite(`file:${path}`), clock: () => NOW });
}

type Call = (deps: Deps) => Promise<unknown>;
const measures: Array<[string, Call]> = [
  [`annual report ${YEAR}, whole body (JSON data)`, (d) => buildServiceReport(d, { year: YEAR })],
  [`annual report ${YEAR}, one mission (KBRI-RIYADH)`, (d) => buildServiceReport(d, { year: YEAR, unit: 'KBRI-RIYADH' })],
  [`semester report ${YEAR}-II, whole body`, (d) => buildServiceReport(d, { year: YEAR, half: 2 })],
  [`annual report ${YEAR}, whole body, PDF`, async (d) => renderReportPdf(d.db, await buildServiceReport(d, { year: YEAR }), 'id')],
];

const dir = mkdtempSync(join(tmpdir(), 'terbuka-bench-report-'));
try {
  const bodies = [];
  for (const n of sizes) bodies.push(await prepare(n, dir));
  const check = await Promise.all(bodies.map((d) => buildServiceReport(d, { year: YEAR })));
  console.log(`\nrequests received in ${YEAR}: ${check.map((r) => r.requests.received.toLocaleString('en-US')).join(' / ')}`);
  console.log(`\nCPU ms per call, median of ${ROUNDS} rounds, sizes alternating, after ${WARM_UP} warm-up calls each.`);
  console.log(`| measure | ${sizes.map((s) => `${s.toLocaleString('en-US')} cases`).join(' | ')} | ratio |`);
  console.log('|---|---|---|---|');
  let worst = 0;
  for (const [label, call] of measures) {
    const samples: number[][] = bodies.map(() => []);
    for (const d of bodies) for (let i = 0; i < WARM_UP; i++) await call(d);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, d] of bodies.entries()) {
        const before = process.cpuUsage();
        await call(d);
        const used = process.cpuUsage(before);
        samples[i]!.push((used.user + used.system) / 1000);
      }
    }
    const m = samples.map(median);
    const ratio = m.at(-1)! / m[0]!;
    worst = Math.max(worst, ratio);
    console.log(`| ${label} | ${m.map((x) => x.toFixed(2)).join(' | ')} | ${ratio.toFixed(2)} |`);
  }
  console.log(`\nworst ratio ${worst.toFixed(2)} (target ≤ 5)`);
  for (const d of bodies) await d.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
