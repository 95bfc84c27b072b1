/**
 * Which database the suite runs on: SQLite (default) or a real PostgreSQL server when
 * TEST_DATABASE=postgres (.ci/run starts one). On PostgreSQL each test context gets a database of
 * its own, copied from the run's template database (`CREATE DATABASE … TEMPLATE`, migrated and
 * seeded once by test/global-setup.ts) or created empty; all of a run's databases share a name
 * prefix and are dropped at the end of the run.
 *
 * TEST_POSTGRES_URL: the server and the user, e.g. postgres://postgres@127.0.0.1:55432/postgres.
 */
import { execFileSync } from 'node:child_process';
import pg from 'pg';

export const onPostgres = process.env.TEST_DATABASE === 'postgres';

const serverUrl = () => {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL (postgres://USER@HOST:PORT/postgres)');
  return url;
};

/** The URL of database `name` on the test server. */
export const postgresUrl = (name: string) => {
  const u = new URL(serverUrl());
  u.pathname = `/${name}`;
  return u.toString();
};

/** Database names of this run start with it (set by the global setup, inherited by the workers). */
export const runPrefix = () => process.env.TEST_PG_PREFIX ?? `terbuka_${process.pid}`;

let counter = 0;
export const newDatabaseName = () => `${runPrefix()}_${process.pid}_${++counter}`;

let admin: pg.Pool | undefined;
const adminPool = () => (admin ??= new pg.Pool({ connectionString: serverUrl(), max: 2 }));

/**
 * Creates a database: a copy of `template` (a file copy: faster than WAL-logging a small
 * database), or empty. Quoted names are ours (letters, digits, _).
 */
export async function createDatabase(name: string, template?: string): Promise<string> {
  // C collation: text sorts by code point, as SQLite's BINARY does.
  await adminPool().query(
    `create database "${name}" ${template ? `template "${template}" strategy file_copy` : "template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'"}`,
  );
  return postgresUrl(name);
}

/** Copies of the template made ahead, while the test before runs: a context takes one that is ready. */
const ahead: Promise<string>[] = [];

/** The name of a fresh copy of `template`. */
export async function templateCopy(template: string): Promise<string> {
  while (ahead.length < 2) {
    const name = newDatabaseName();
    const made = createDatabase(name, template).then(() => name);
    made.catch(() => {}); // its error is thrown where it is taken
    ahead.push(made);
  }
  const taken = ahead.shift()!;
  const name = newDatabaseName();
  const made = createDatabase(name, template).then(() => name);
  made.catch(() => {});
  ahead.push(made);
  return taken;
}

/** The same, synchronously (psql), for helpers whose callers expect a URL at once. */
export function createDatabaseSync(name: string): string {
  execFileSync('psql', [
    '-q',
    '-X',
    '-v',
    'ON_ERROR_STOP=1',
    '-d',
    serverUrl(),
    '-c',
    `create database "${name}" template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`,
  ]);
  return postgresUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminPool().query(`drop database if exists "${name}" with (force)`);
}

/** Drops every database whose name starts with `prefix` (the end of a run). */
export async function dropDatabases(prefix: string): Promise<void> {
  const { rows } = await adminPool().query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
  for (const { datname } of rows) await dropDatabase(datname);
}

/** Drops the databases of earlier runs whose process is gone (a run that was killed before its teardown). */
export async function dropAbandoned(): Promise<void> {
  const { rows } = await adminPool().query<{ datname: string }>("select datname from pg_database where datname ~ '^terbuka_[0-9]+_'");
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const { datname } of rows) if (!alive(Number(datname.split('_')[1]))) await dropDatabase(datname);
}

export async function closeAdmin(): Promise<void> {
  await admin?.end();
  admin = undefined;
}
