/**
 * `npm run bench:filing`: full filings per second over HTTP (validation, registration number,
 * deadline, requester, case, audit event, e-mails — committed before the answer) against Hono's
 * own constant-JSON route, under the same load tool (autocannon) on the same machine, in one run.
 * Target: filing throughput ≥ 1/10 of that ceiling.
 *
 * Both servers run side by side in child processes (so the load tool does not share their
 * process), and the two are measured in alternating rounds: this shared machine's speed drifts by
 * up to 2× within minutes, and a ratio is only fair between measurements taken under the same
 * drift. It prints each round and the median ratio, and each server's CPU per request.
 *
 * `npm run bench:filing -- --postgres [--url=postgres://USER@HOST:PORT/postgres]`: the same filing
 * on PostgreSQL (bench/filing-postgres.ts) — with one and with two app processes on one server,
 * beside `pgbench -N` on the same server in the same run. Without a URL it starts a throwaway
 * cluster (.ci/postgres) in a temporary directory.
 */
import autocannon from 'autocannon';
import { type Server, body, startServer, statsOf } from './filing-shared';

if (process.argv.includes('--postgres')) {
  const { postgresBench } = await import('./filing-postgres');
  await postgresBench();
  process.exit(0);
}

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const target = (server: Server, mode: 'ceiling' | 'terbuka'): autocannon.Options =>
  mode === 'ceiling'
    ? { url: `http://127.0.0.1:${server.port}/` }
    : { url: `http://127.0.0.1:${server.port}/api/v1/requests`, method: 'POST', headers: { 'content-type': 'application/json' }, body };

async function measure(server: Server, mode: 'ceiling' | 'terbuka', duration = DURATION) {
  server.child.send('reset');
  const result = await autocannon({ duration, connections: CONNECTIONS, ...target(server, mode) });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const stats = await statsOf(server);
  return { perSecond: result['2xx'] / duration, p99: result.latency.p99, cpuPerRequest: stats.cpuMicros / stats.served };
}

const ceiling = await startServer('ceiling');
const terbuka = await startServer('terbuka');
try {
  // Warm up (JIT, calendar caches, the first pages of a fresh database).
  await measure(ceiling, 'ceiling', 1);
  await measure(terbuka, 'terbuka', 2);
  console.log(`node ${process.version}, ${CONNECTIONS} connections, ${DURATION} s per measurement, ${ROUNDS} rounds`);
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const c = await measure(ceiling, 'ceiling');
    const f = await measure(terbuka, 'terbuka');
    ratios.push(f.perSecond / c.perSecond);
    console.log(
      `round ${round}: ceiling ${c.perSecond.toFixed(0)} req/s (p99 ${c.p99} ms, ${c.cpuPerRequest.toFixed(0)} µs CPU/request); ` +
        `filing ${f.perSecond.toFixed(0)} req/s (p99 ${f.p99} ms, ${f.cpuPerRequest.toFixed(0)} µs CPU/request); ratio ${(f.perSecond / c.perSecond).toFixed(3)}`,
    );
  }
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
  console.log(`median ratio filing / ceiling: ${median.toFixed(3)} (target ≥ 0.100) → ${median >= 0.1 ? 'MET' : 'NOT MET'}`);
} finally {
  ceiling.child.kill('SIGTERM');
  terbuka.child.kill('SIGTERM');
}
