/**
 * A real Terbuka for a test: a fresh SQLite database (in memory, or a file when a test restarts
 * the process), migrated and seeded with the demo body, the real app, and a clock the test moves.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { bootstrap } from '../../src/bootstrap';
import { type Config, loadConfig } from '../../src/config';
import type { Deps } from '../../src/deps';
import { openSqlite } from '../../db/connect';
import { DEMO_PASSWORD } from '../../db/seed/seed';

export interface TestContext {
  deps: Deps;
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
  /** Calls the app in-process: JSON body in, parsed JSON out. */
  api: (method: string, path: string, options?: { body?: unknown; token?: string; lang?: string; headers?: Record<string, string> }) => Promise<{ status: number; body: any; headers: Headers }>;
  login: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

/** A fixed data key for tests (never the key file under data/). */
export const TEST_DATA_KEYS = 'ktest:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';

export const tempDbUrl = () => `file:${join(mkdtempSync(join(tmpdir(), 'terbuka-')), 'test.sqlite')}`;

export async function makeContext(options: { now?: string; databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TestContext> {
  const clock = { now: new Date(options.now ?? '2026-11-23T03:00:00.000Z') };
  const config: Config = loadConfig({ DEMO: '1', RATE_LIMIT_PER_MINUTE: '0', DATA_KEYS: TEST_DATA_KEYS, ...options.env });
  const db = openSqlite(options.databaseUrl ?? ':memory:');
  const deps = await bootstrap({ config, db, clock: () => clock.now });
  const app = createApp(deps);
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
    try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const login = async (username: string) => {
    const res = await api('POST', '/api/v1/auth/login', { body: { username, password: DEMO_PASSWORD } });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };
  return { deps, app, clock, api, login, close: () => deps.db.destroy() };
}

export const validFiling = (overrides: Record<string, unknown> = {}) => ({
  requester: {
    type: 'individual', name: 'Andi Pratama', nik: '3171012304900002', email: 'andi@example.org',
    phone: '+62 812 3456 7890', address: 'Jl. Cikini Raya 12, Jakarta Pusat', occupation: 'Mahasiswa',
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
};
