/**
 * The PostgreSQL server a bench runs on (bench/filing-postgres.ts, bench/queue.ts --postgres):
 * `--url=postgres://USER@HOST:PORT/postgres` (or BENCH_POSTGRES_URL), else a throwaway cluster
 * started with .ci/postgres in a temporary directory (PGPORT picks its port) and removed at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';

/** The newest PostgreSQL's bin directory from Debian's packages (as .ci/postgres finds it), or '' to use PATH. */
export function pgBin(): string {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    return versions.length > 0 ? join('/usr/lib/postgresql', versions.at(-1)!, 'bin') : '';
  } catch {
    return '';
  }
}

/** A server to bench on: the given URL, or a throwaway cluster (and how to stop it). */
export function serverUrl(): { url: string; stop: () => void } {
  const given = process.argv.find((a) => a.startsWith('--url='))?.slice('--url='.length) ?? process.env.BENCH_POSTGRES_URL;
  if (given) return { url: given, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-pgbench-'));
  const cluster = join(dir, 'pg');
  const url = execFileSync('.ci/postgres', ['start', cluster], { encoding: 'utf8' }).trim();
  return {
    url,
    stop: () => {
      spawnSync('.ci/postgres', ['stop', cluster]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export async function recreate(admin: pg.Client, name: string) {
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`);
}
