/**
 * `npm run bench:filing -- --postgres`: full filings per second over HTTP on one local PostgreSQL
 * server, with one and with two app processes, beside `pgbench -N` (its simple-update
 * transaction: the server's own write ceiling) on the same server in the same run.
 * Targets: two processes ≥ 0.25× pgbench's transactions per second, and ≥ 1.5× one process.
 *
 * Without `--url=postgres://USER@HOST:PORT/postgres` (or BENCH_POSTGRES_URL) it starts a
 * throwaway cluster with .ci/postgres in a temporary directory (PGPORT picks its port) and removes
 * it at the end. On the server it (re)creates two databases, `terbuka_bench` (the app's, migrated
 * and seeded by the first process) and `terbuka_pgbench` (`pgbench -i -s BENCH_PGBENCH_SCALE`, 10).
 *
 * Two app processes (bench/filing-server.ts, PG_POOL_SIZE = BENCH_PG_POOL, 10, each; BENCH_PORT
 * and BENCH_PORT + 1 if set) serve throughout. Each round measures, for BENCH_SECONDS each:
 * autocannon with BENCH_CONNECTIONS (16) against process A alone, then against A and B (the
 * connections split between them), then pgbench -N with as many clients — and prints the load
 * average beside each figure, since this machine's 2 cores are shared with other work.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { type Server, body, startServer, statsOf } from './filing-shared';
import { pgBin, recreate, serverUrl, withDatabase } from './postgres-server';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const POOL = process.env.BENCH_PG_POOL ?? '10';
const SCALE = process.env.BENCH_PGBENCH_SCALE ?? '10';
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** pgbench's connection options for a URL (it takes host, port, user and database apart). */
function pgbenchArgs(url: string): string[] {
  const u = new URL(url);
  return ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), u.pathname.slice(1)];
}

function pgbench(url: string, args: string[]): string {
  const bin = pgBin();
  const out = spawnSync(bin ? join(bin, 'pgbench') : 'pgbench', [...args, ...pgbenchArgs(url)], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pgbench failed: ${out.stderr}`);
  return out.stdout;
}

/** CPU seconds (user + system) so far: the whole machine busy and in all, and each PostgreSQL server process (by pid). */
function cpuNow() {
  const tick = 100; // USER_HZ on Linux
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const total = fields.reduce((a, b) => a + b, 0);
  const postgres = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      postgres.set(pid, (Number(f[11]) + Number(f[12])) / tick);
    } catch {
      // gone meanwhile
    }
  }
  return { busy: (total - idle) / tick, total: total / tick, postgres };
}

async function filings(servers: Server[], duration = DURATION, warmUp = false) {
  for (const s of servers) s.child.send('reset');
  const before = cpuNow();
  const result = await autocannon({
    duration,
    connections: CONNECTIONS,
    url: servers.map((s) => `http://127.0.0.1:${s.port}/api/v1/requests`) as unknown as string,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // On a machine this loaded a filing can wait seconds for the counter row: count it, not a timeout.
    timeout: 60,
  });
  if (warmUp) return { perSecond: 0, p99: 0, cpuPerRequest: 0, machineBusy: 0, postgresPerRequest: 0 };
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(`filing: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  if (result['2xx'] === 0) throw new Error('filing: no filing was answered within the measurement');
  const stats = await Promise.all(servers.map(statsOf));
  const served = stats.reduce((n, s) => n + s.served, 0);
  const cpu = stats.reduce((n, s) => n + s.cpuMicros, 0);
  const after = cpuNow();
  return {
    perSecond: result['2xx'] / duration,
    p99: result.latency.p99,
    cpuPerRequest: cpu / served,
    // How full the machine's cores were, and the database server's CPU per filing.
    machineBusy: (after.busy - before.busy) / (after.total - before.total),
    postgresPerRequest: ([...after.postgres].reduce((n, [pid, t]) => n + t - (before.postgres.get(pid) ?? 0), 0) * 1e6) / served,
  };
}

export async function postgresBench() {
  const server = serverUrl();
  const admin = new pg.Client({ connectionString: server.url });
  const apps: Server[] = [];
  const keysDir = mkdtempSync(join(tmpdir(), 'terbuka-pgbench-keys-'));
  try {
    await admin.connect();
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    const settings = (
      await admin.query<{ name: string; setting: string }>(
        "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections') order by name",
      )
    ).rows
      .map((r) => `${r.name}=${r.setting}`)
      .join(', ');
    await recreate(admin, 'terbuka_bench');
    await recreate(admin, 'terbuka_pgbench');
    const appUrl = withDatabase(server.url, 'terbuka_bench');
    const pgbenchUrl = withDatabase(server.url, 'terbuka_pgbench');
    pgbench(pgbenchUrl, ['-i', '-q', '-s', SCALE]);

    const env = (i: number): Record<string, string> => ({
      BENCH_DATABASE_URL: appUrl,
      BENCH_DIR: keysDir,
      PG_POOL_SIZE: POOL,
      ...(PORT !== undefined ? { BENCH_PORT: String(PORT + i) } : {}),
    });
    // The first process migrates and seeds; the second starts on the ready database.
    apps.push(await startServer('terbuka', env(0)));
    apps.push(await startServer('terbuka', env(1)));
    const [a, b] = apps as [Server, Server];

    // Warm up both processes (JIT, calendar caches) and the server.
    await filings([a, b], 10, true);
    pgbench(pgbenchUrl, ['-N', '-n', '-c', String(CONNECTIONS), '-j', '2', '-T', '2']);

    console.log(
      `node ${process.version}, PostgreSQL ${version} (${settings}), ${CONNECTIONS} connections / pgbench clients, ` +
        `pool ${POOL} per process, ${DURATION} s per measurement, ${ROUNDS} rounds`,
    );
    const vsPgbench: number[] = [];
    const vsOne: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const loadBefore = load();
      const one = await filings([a]);
      const loadOne = load();
      const two = await filings([a, b]);
      const loadTwo = load();
      const out = pgbench(pgbenchUrl, ['-N', '-n', '-c', String(CONNECTIONS), '-j', '2', '-T', String(DURATION)]);
      const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
      const loadPgbench = load();
      vsPgbench.push(two.perSecond / tps);
      vsOne.push(two.perSecond / one.perSecond);
      console.log(
        `round ${round} (load ${loadBefore}):\n` +
          `  one process   ${one.perSecond.toFixed(0).padStart(6)} filings/s (p99 ${one.p99} ms, ${one.cpuPerRequest.toFixed(0)} µs app + ${one.postgresPerRequest.toFixed(0)} µs PostgreSQL CPU/filing, cores ${(one.machineBusy * 100).toFixed(0)} % busy; load after ${loadOne})\n` +
          `  two processes ${two.perSecond.toFixed(0).padStart(6)} filings/s (p99 ${two.p99} ms, ${two.cpuPerRequest.toFixed(0)} µs app + ${two.postgresPerRequest.toFixed(0)} µs PostgreSQL CPU/filing, cores ${(two.machineBusy * 100).toFixed(0)} % busy; load after ${loadTwo})\n` +
          `  pgbench -N    ${tps.toFixed(0).padStart(6)} tps (load after ${loadPgbench})\n` +
          `  two / pgbench ${(two.perSecond / tps).toFixed(3)}, two / one ${(two.perSecond / one.perSecond).toFixed(2)}`,
      );
    }
    const r1 = median(vsPgbench);
    const r2 = median(vsOne);
    console.log(`median two processes / pgbench -N: ${r1.toFixed(3)} (target ≥ 0.25) → ${r1 >= 0.25 ? 'MET' : 'NOT MET'}`);
    console.log(`median two processes / one:        ${r2.toFixed(2)} (target ≥ 1.5) → ${r2 >= 1.5 ? 'MET' : 'NOT MET'}`);
  } finally {
    for (const app of apps) app.child.kill('SIGTERM');
    await admin.end().catch(() => {});
    rmSync(keysDir, { recursive: true, force: true });
    server.stop();
  }
}
