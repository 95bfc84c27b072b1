/**
 * A server for bench/filing.ts, in its own process so the load tool does not share its CPU:
 * `ceiling` serves Hono's constant-JSON route; `terbuka` serves the real app over a fresh
 * SQLite file (WAL), rate limiting off — or, given BENCH_DATABASE_URL (a PostgreSQL database)
 * and BENCH_DIR (where the keys are, shared by every process on that database), the app on it,
 * with a pool of PG_POOL_SIZE. Listens on BENCH_PORT (else any free port); prints the port.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app';
import { nodePublicFiles } from '../src/node-public-files';
import { bootstrap } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { addKeyToFile } from '../src/crypto/key-file';
import { addAuditKeyToFile } from '../src/audit/signing-key';

const mode = process.argv[2];
let fetch: (req: Request, env: unknown) => Response | Promise<Response>;
if (mode === 'ceiling') {
  const app = new Hono();
  app.get('/', (c) => c.json({ ok: true }));
  fetch = app.fetch;
} else {
  const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'terbuka-bench-'));
  const config = loadConfig({
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${join(dir, 'bench.sqlite')}`,
    RATE_LIMIT_PER_MINUTE: '0',
    DEMO: '0',
    KEY_FILE: join(dir, 'keys.json'),
    ...(process.env.PG_POOL_SIZE ? { PG_POOL_SIZE: process.env.PG_POOL_SIZE } : {}),
  });
  if (!existsSync(join(dir, 'keys.json'))) addKeyToFile(join(dir, 'keys.json'), new Date());
  if (!existsSync(join(dir, 'audit-signing-keys.json'))) addAuditKeyToFile(join(dir, 'audit-signing-keys.json'), new Date());
  fetch = createApp(await bootstrap({ config }), { publicFiles: nodePublicFiles() }).fetch;
}
// Counts what this process served and the CPU it spent (all threads), for the bench to ask
// ('stats') after each measurement and clear ('reset') before the next.
let served = 0;
const counted = (req: Request, env: unknown) => {
  served += 1;
  return fetch(req, env);
};
let cpuAtStart = process.cpuUsage();
const reset = () => {
  served = 0;
  cpuAtStart = process.cpuUsage();
};
process.on('message', (m) => {
  if (m === 'reset') reset();
  if (m === 'stats') {
    const cpu = process.cpuUsage(cpuAtStart);
    process.send!({ served, cpuMicros: cpu.user + cpu.system });
  }
});
serve({ fetch: counted, port: Number(process.env.BENCH_PORT ?? 0), hostname: '127.0.0.1' }, (info) => console.log(`PORT ${info.port}`));
// Exit cleanly when stopped, so that `--cpu-prof` (BENCH_NODE_ARGS) can write its profile.
process.on('SIGTERM', () => process.exit(0));
