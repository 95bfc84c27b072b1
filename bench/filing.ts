/**
 * `npm run bench:filing`: full filings per second over HTTP (validation, registration number,
 * deadline, requester, case, audit event, e-mails — one transaction each) against Hono's own
 * constant-JSON route, under the same load tool (autocannon) on the same machine, in one run.
 * Target: filing throughput ≥ 1/10 of that ceiling.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function startServer(mode: 'ceiling' | 'terbuka'): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ') ?? []), '--import', 'tsx', 'bench/filing-server.ts', mode],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /PORT (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { port, child };
}

/** Stops a server and reads what it served and the CPU it spent since its last reset. */
async function stopServer(child: ChildProcess): Promise<{ served: number; cpuMicros: number }> {
  const stats = new Promise<{ served: number; cpuMicros: number }>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /STATS (.*)/.exec(chunk.toString());
      if (m) resolve(JSON.parse(m[1]!));
    });
  });
  child.kill('SIGTERM');
  return stats;
}

async function load(opts: autocannon.Options) {
  const result = await autocannon({ duration: DURATION, connections: CONNECTIONS, ...opts });
  const ok = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${opts.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { perSecond: ok / DURATION, p99: result.latency.p99 };
}

const body = JSON.stringify({
  requester: { type: 'individual', name: 'Andi Pratama', nik: '3171012304900002', email: 'andi@example.org', address: 'Jl. Cikini Raya 12, Jakarta Pusat' },
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.', obtainMethod: 'copy_soft', deliveryMethod: 'email', unit: 'KBRI-RIYADH',
});

const ceiling = await startServer('ceiling');
ceiling.child.send('reset');
const ceilingResult = await load({ url: `http://127.0.0.1:${ceiling.port}/` });
const ceilingCpu = await stopServer(ceiling.child);

const terbuka = await startServer('terbuka');
// Warm up (JIT, calendar caches), then measure.
await autocannon({ url: `http://127.0.0.1:${terbuka.port}/api/v1/requests`, method: 'POST', headers: { 'content-type': 'application/json' }, body, duration: 2, connections: CONNECTIONS });
terbuka.child.send('reset');
const filingResult = await load({ url: `http://127.0.0.1:${terbuka.port}/api/v1/requests`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
const filingCpu = await stopServer(terbuka.child);
const cpuPerRequest = (s: { served: number; cpuMicros: number }) => `${(s.cpuMicros / s.served).toFixed(0)} µs server CPU per request`;

const ratio = filingResult.perSecond / ceilingResult.perSecond;
console.log(`node ${process.version}, ${CONNECTIONS} connections, ${DURATION} s each`);
console.log(`Hono constant JSON (ceiling): ${ceilingResult.perSecond.toFixed(0)} req/s  (p99 ${ceilingResult.p99} ms), ${cpuPerRequest(ceilingCpu)}`);
console.log(`Terbuka full filing:          ${filingResult.perSecond.toFixed(0)} req/s  (p99 ${filingResult.p99} ms), ${cpuPerRequest(filingCpu)}`);
console.log(`ratio filing / ceiling: ${ratio.toFixed(3)} (target ≥ 0.100) → ${ratio >= 0.1 ? 'MET' : 'NOT MET'}`);
