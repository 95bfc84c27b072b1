/** Node entry: open the database, migrate, seed, start the sweeper, serve. */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { answerClientErrors } from './node-client-error';
import { nodePublicFiles } from './node-public-files';
import { type AuditKeys, loadAuditKeys } from './audit/signing-key';
import { bootstrap } from './bootstrap';
import { type Config, loadConfig } from './config';
import { sweepOnce } from './sweep';
import { DEMO_PASSWORD, demoUsers } from '../db/seed/seed';
import { seedDemoCases } from '../db/seed/demo-cases';
import { describePostgresUrl, isPostgresUrl } from '../db/dialect/postgres';

/** What a failed connection said, in one line (a name resolving to several addresses fails with each). */
const reasonOf = (e: unknown): string => {
  if (e instanceof AggregateError && e.errors.length > 0) return [...new Set(e.errors.map(reasonOf))].join('; ');
  return (e as Error).message || (e as { code?: string }).code || String(e);
};

/** A setting that stops the start: one clear line, no stack trace. */
function refuseToStart(line: string): never {
  console.error(`Terbuka cannot start: ${line}`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (e) {
  refuseToStart((e as Error).message);
}
if (!config.DEMO && !config.PUBLIC_BASE_URL) {
  refuseToStart(
    'PUBLIC_BASE_URL is required outside demo mode: the address people use to reach this service (e.g. https://ppid.example.go.id), for the links in e-mails.',
  );
}
if (isPostgresUrl(config.DATABASE_URL) && !URL.canParse(config.DATABASE_URL)) {
  refuseToStart('DATABASE_URL is not a valid PostgreSQL URL: write it as postgres://USER[:PASSWORD]@HOST:PORT/DATABASE (percent-encode special characters).');
}
let auditKeys: AuditKeys;
try {
  auditKeys = loadAuditKeys(config, new Date())!;
} catch (e) {
  refuseToStart((e as Error).message);
}
let deps: Awaited<ReturnType<typeof bootstrap>>;
try {
  deps = await bootstrap({ config, auditKeys });
} catch (e) {
  // An unreachable or misnamed PostgreSQL server: which one, and what it said, in one line.
  if (!isPostgresUrl(config.DATABASE_URL)) throw e;
  refuseToStart(`the database at ${describePostgresUrl(config.DATABASE_URL)} cannot be used: ${reasonOf(e)}`);
}
if (config.DEMO) await seedDemoCases(deps);

// Catch up at once after any downtime, then sweep at an interval. With several processes on one
// PostgreSQL database, one of them sweeps at a time (deps.exclusive); the steps are idempotent.
const sweep = () => deps.exclusive('sweeper', () => sweepOnce(deps)).catch((e) => console.error('sweeper failed', e));
await sweep();
const timer = setInterval(sweep, config.SWEEP_INTERVAL_SECONDS * 1000);

const host = config.HOST ?? (config.DEMO ? '127.0.0.1' : '0.0.0.0');
const server = serve({ fetch: createApp(deps, { publicFiles: nodePublicFiles() }).fetch, port: config.PORT, hostname: host }, (info) => {
  console.log(
    `Terbuka is serving on http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port} (database ${isPostgresUrl(config.DATABASE_URL) ? describePostgresUrl(config.DATABASE_URL) : config.DATABASE_URL})`,
  );
  if (config.DEMO) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const u of demoUsers) console.log(`  ${u.username.padEnd(16)} ${u.role.padEnd(15)} ${u.name}`);
  }
});

answerClientErrors(server as Server);
server.on('error', (e: NodeJS.ErrnoException) => {
  refuseToStart(e.code === 'EADDRINUSE' ? `port ${config.PORT} on ${host} is already in use (set PORT)` : e.message);
});

const stop = () => {
  clearInterval(timer);
  server.close(() => void deps.close().then(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
