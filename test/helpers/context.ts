/**
 * A real Terbuka for a test: a fresh SQLite database (in memory, or a file when a test restarts
 * the process), migrated and seeded with the demo body, the real app, and a clock the test moves.
 * With TEST_DATABASE=postgres, a fresh database of its own on the test PostgreSQL server instead
 * (test/helpers/backend.ts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { nodePublicFiles } from '../../src/node-public-files';
import { bootstrap } from '../../src/bootstrap';
import { type Config, loadConfig } from '../../src/config';
import type { Deps } from '../../src/deps';
import type { Kysely } from 'kysely';
import { openDatabase, openSqlite } from '../../db/connect';
import { createDatabase, createDatabaseSync, dropDatabase, newDatabaseName, onPostgres, postgresUrl, templateCopy } from './backend';
import type { Database } from '../../db/schema';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { TEMPLATE_DATA_KEYS, TEMPLATE_INSTANT, TEST_AUDIT_SIGNING_KEYS } from './template';

export { TEST_AUDIT_SIGNING_KEYS };

export interface TestContext {
  deps: Deps;
  /** The database itself, for a test that plays someone with write access (fixtures, tampering). */
  db: Kysely<Database>;
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
  /** Calls the app in-process: JSON body in, parsed JSON out. */
  api: (
    method: string,
    path: string,
    options?: { body?: unknown; token?: string; lang?: string; headers?: Record<string, string> },
  ) => Promise<{ status: number; body: any; headers: Headers }>;
  login: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

/** A fixed data key for tests (never the key file under data/). */
export const TEST_DATA_KEYS = TEMPLATE_DATA_KEYS;

/**
 * Settings that change what the seed writes: a context given one of them migrates and seeds its
 * own database instead of copying the run's template.
 */
const SEED_SETTINGS = new Set(['DEMO', 'DATA_KEYS', 'KEY_FILE', 'CUTI_BERSAMA_NON_WORKING']);

let templateImage: Buffer | undefined;
/** The run's template database (test/global-setup.ts), read once per worker; undefined outside vitest. */
function template(): Buffer | undefined {
  if (templateImage) return templateImage;
  let path: string | undefined;
  try {
    path = inject('templateDatabase');
  } catch {
    return undefined;
  }
  if (!path) return undefined;
  templateImage = readFileSync(path);
  return templateImage;
}

/** A new, empty database that outlives a context (a test that restarts the app on it): a SQLite file, or a PostgreSQL database. */
export const tempDbUrl = () => (onPostgres ? createDatabaseSync(newDatabaseName()) : `file:${join(mkdtempSync(join(tmpdir(), 'terbuka-')), 'test.sqlite')}`);

/** On PostgreSQL: the context's own database, a copy of the run's template or empty; dropped when the context closes. */
async function openPostgresContext(fromTemplate: boolean): Promise<{ db: Kysely<Database>; drop: () => Promise<void> }> {
  let template: string | undefined;
  try {
    template = fromTemplate ? inject('templateDatabase') : undefined;
  } catch {
    template = undefined;
  }
  const name = template ? await templateCopy(template) : newDatabaseName();
  const db = openDatabase(template ? postgresUrl(name) : await createDatabase(name));
  return { db, drop: () => dropDatabase(name) };
}

export async function makeContext(options: { now?: string; databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TestContext> {
  const clock = { now: new Date(options.now ?? TEMPLATE_INSTANT) };
  const config: Config = loadConfig({
    DEMO: '1',
    RATE_LIMIT_PER_MINUTE: '0',
    DATA_KEYS: TEST_DATA_KEYS,
    AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS,
    ...options.env,
  });
  const fromTemplate =
    !options.databaseUrl && (options.now ?? TEMPLATE_INSTANT) === TEMPLATE_INSTANT && !Object.keys(options.env ?? {}).some((k) => SEED_SETTINGS.has(k));
  let db: Kysely<Database>;
  let drop = async () => {};
  if (options.databaseUrl) db = openDatabase(options.databaseUrl);
  else if (onPostgres) ({ db, drop } = await openPostgresContext(fromTemplate));
  else {
    const image = fromTemplate ? template() : undefined;
    db = openSqlite(':memory:', image ? { image } : {});
  }
  const deps = await bootstrap({ config, db, clock: () => clock.now });
  const app = createApp(deps, { publicFiles: nodePublicFiles() });
  const api: TestContext['api'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.lang ? { 'Accept-Language': o.lang } : {}), ...o.headers };
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    let body: string | undefined;
    if (o.body !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const login = async (username: string) => {
    const res = await api('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };
  const close = async () => {
    await deps.close();
    await drop();
  };
  return { deps, db, app, clock, api, login, close };
}

export const validFiling = (overrides: Record<string, unknown> = {}) => ({
  requester: {
    type: 'individual',
    name: 'Andi Pratama',
    nik: '3171012304900002',
    email: 'andi@example.org',
    phone: '+62 812 3456 7890',
    address: 'Jl. Cikini Raya 12, Jakarta Pusat',
    occupation: 'Mahasiswa',
  },
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
  ...overrides,
});

export const consequenceTest = {
  harm: 'Membuka dokumen ini akan mengungkap posisi runding Indonesia yang masih berjalan.',
  publicInterest: 'Kepentingan publik untuk mengetahui lebih kecil daripada kerugian selama perundingan berlangsung.',
  publicTitle: 'Posisi runding Indonesia dalam perundingan yang sedang berlangsung',
};

/** A new mission as an administrator adds it (a consulate-general under KBRI Riyadh, on a Friday–Saturday week). */
export const newMission = {
  code: 'KJRI-DAMMAM',
  kind: 'consulate_general',
  nameId: 'KJRI Dammam',
  nameEn: 'Consulate General of Indonesia in Dammam',
  country: 'SA',
  city: 'Dammam',
  timeZone: 'Asia/Riyadh',
  weekendDays: [5, 6],
  region: 'middle_east',
  parent: 'KBRI-RIYADH',
};
