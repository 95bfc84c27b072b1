/**
 * `npm run dev:worker [-- wrangler flags]`: the demo on Workers, locally (`wrangler dev --local`,
 * workerd from the wrangler package, no network, no Cloudflare account). Its Durable Object keeps
 * its database in .wrangler/state; the data and audit keys that database is sealed and signed with
 * are kept beside it in .wrangler/terbuka-dev-keys.json (created on first start) and handed to the
 * Worker as vars, as `wrangler secret put` would in production. Flags after `--` go to wrangler
 * (`npm run dev:worker -- --port 8788 --ip 127.0.0.1`, `--persist-to DIR`, `--var NAME:VALUE`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEMO_PASSWORD, demoUsers } from '../../db/seed/seed';
import { newAuditKeyEntry } from '../audit/signing-key';
import { newDataKey } from '../crypto/key-ring';

interface DevKeys {
  DATA_KEYS: string;
  AUDIT_SIGNING_KEYS: string;
}

/** The keys of a persisted local database: made once, kept beside its state. */
export function devKeys(path: string): DevKeys {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DevKeys;
  const now = new Date();
  const data = newDataKey(now);
  const keys = { DATA_KEYS: `${data.id}:${data.key}`, AUDIT_SIGNING_KEYS: newAuditKeyEntry(now).privateKey };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

/** The wrangler command line: `dev --local`, the demo's vars and keys, then the caller's flags (which win). */
export function wranglerDevArgs(keys: DevKeys, vars: Record<string, string>, extra: string[]): string[] {
  const all = { DEMO: '1', ...keys, ...vars };
  return ['dev', '--local', ...Object.entries(all).flatMap(([k, v]) => ['--var', `${k}:${v}`]), ...extra];
}

/** wrangler without its telemetry or its request for Cloudflare's location data (no network here). */
export const offlineEnv = () => ({ ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' });

export const wranglerBin = () => join(process.cwd(), 'node_modules', '.bin', 'wrangler');

if (import.meta.url === `file://${process.argv[1]}`) {
  const extra = process.argv.slice(2);
  const persist = extra.includes('--persist-to') ? extra[extra.indexOf('--persist-to') + 1]! : '.wrangler/state';
  const keys = devKeys(join(persist, '..', 'terbuka-dev-keys.json'));
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const u of demoUsers) console.log(`  ${u.username.padEnd(16)} ${u.role.padEnd(15)} ${u.name}`);
  const child = spawn(wranglerBin(), wranglerDevArgs(keys, {}, extra), { stdio: 'inherit', env: offlineEnv() });
  const stop = () => child.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
