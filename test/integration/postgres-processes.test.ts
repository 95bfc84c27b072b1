/**
 * Several app processes on one PostgreSQL database (issue 15): two real server processes, filings
 * split between them, events on the same cases from both, the sweeper and the outbox running in
 * both, e-mail to a fake Resend on 127.0.0.1 that counts each message. Then: distinct gap-free
 * registration numbers, one intact audit chain, every e-mail sent exactly once, a session opened on
 * one process honoured by the other, no case marked overdue twice; and after a `kill -9` of one
 * process mid-load, no acknowledged filing lost. Runs only when the suite runs on PostgreSQL
 * (TEST_DATABASE=postgres): on SQLite one process owns the database file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect';
import { verifyAudit } from '../../src/audit/audit-log';
import { bootstrap } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { OPEN_STATES } from '../../workflows/request.state';
import { onPostgres } from '../helpers/backend';
import { TEST_AUDIT_SIGNING_KEYS, TEST_DATA_KEYS, tempDbUrl, validFiling } from '../helpers/context';

const START = '2026-11-23T03:00:00.000Z';
/** 40 days later: every case filed at START is past its 10-working-day notice deadline. */
const LATER = '2027-01-04T03:00:00.000Z';

/** Counts what reaches "Resend": one entry per Idempotency-Key, and every request. */
class CountingResend {
  server: Server;
  requests: string[] = [];
  constructor() {
    this.server = createServer(async (req, res) => {
      for await (const _ of req) {
        /* drain */
      }
      const key = String(req.headers['idempotency-key']);
      this.requests.push(key);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `re_${key}` }));
    });
  }
  async start() {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

const processes: ChildProcess[] = [];

function startServer(databaseUrl: string, resendUrl: string, clockStart: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PG_POOL_SIZE: '8',
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO: '0',
      DATA_KEYS: TEST_DATA_KEYS,
      AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS,
      PUBLIC_BASE_URL: 'http://127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '0',
      SWEEP_INTERVAL_SECONDS: '1',
      RESEND_API_KEY: 're_test',
      RESEND_BASE_URL: resendUrl,
      CLOCK_START: clockStart,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  processes.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /serving on (http:\/\/[^ ]+)/.exec(chunk.toString());
      if (m) resolve({ base: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const post = (url: string, body: unknown, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!onPostgres)('two app processes on one PostgreSQL database', () => {
  const resend = new CountingResend();
  let url: string;
  let resendUrl: string;

  beforeAll(async () => {
    resendUrl = await resend.start();
    url = tempDbUrl();
    // Migrated and seeded with the demo accounts once; the processes then start on it.
    const deps = await bootstrap({
      config: loadConfig({ DEMO: '1', DATA_KEYS: TEST_DATA_KEYS, AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS, DATABASE_URL: url }),
      clock: () => new Date(START),
    });
    await deps.close();
  });
  afterAll(async () => {
    for (const p of processes) p.kill('SIGKILL');
    resend.server.close();
  });

  it('file, decide, sweep and send once across both, and lose no acknowledged filing to a kill -9', { timeout: 300_000 }, async () => {
    const [a, b] = await Promise.all([startServer(url, resendUrl, START), startServer(url, resendUrl, START)]);
    const db = openDatabase(url);
    try {
      // 200 filings, 20 at a time, alternating between the processes.
      const numbers: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (next < 200) {
            const i = next++;
            const res = await post(`${(i % 2 ? a : b).base}/api/v1/requests`, validFiling({ information: `Permohonan ${i} tentang arsip perjanjian.` }));
            expect(res.status).toBe(201);
            numbers.push(((await res.json()) as { registrationNumber: string }).registrationNumber);
          }
        }),
      );
      expect(new Set(numbers).size).toBe(200);

      // A session opened on one process is honoured by the other; the same event from both: one wins.
      const login = await post(`${a.base}/api/v1/auth/login`, { username: 'ppid', password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const cases = await db.selectFrom('cases').select(['id', 'version']).orderBy('seq').limit(10).execute();
      for (const c of cases) {
        const answers = await Promise.all(
          [a, b].map((p) => post(`${p.base}/api/v1/cases/${c.id}/events`, { type: 'START_REVIEW', expectedVersion: c.version }, token)),
        );
        expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      }

      // Every e-mail of the filings is sent, each exactly once, by one of the two outbox workers.
      await until('the outbox to drain', async () => {
        const pending = await db.selectFrom('outbox').select('id').where('status', '!=', 'sent').execute();
        return pending.length === 0;
      });
      const sent = await db.selectFrom('outbox').select('id').execute();
      expect(sent.length).toBeGreaterThanOrEqual(200);
      expect(resend.requests.length).toBe(sent.length);
      expect(new Set(resend.requests)).toEqual(new Set(sent.map((r) => r.id)));

      // kill -9 one process in the middle of more filings: every acknowledged filing is stored.
      const acknowledged: string[] = [];
      let killed = false;
      await Promise.all(
        Array.from({ length: 10 }, async (_, w) => {
          for (let i = 0; i < 15; i++) {
            const target = w % 2 ? a : b;
            if (killed && target === a) continue;
            try {
              const res = await post(`${target.base}/api/v1/requests`, validFiling({ information: `Permohonan kedua ${w}-${i}.` }));
              if (res.status === 201) acknowledged.push(((await res.json()) as { registrationNumber: string }).registrationNumber);
            } catch (e) {
              if (!(killed && target === a)) throw e;
            }
            if (acknowledged.length === 40 && !killed) {
              killed = true;
              a.child.kill('SIGKILL');
            }
          }
        }),
      );
      expect(killed).toBe(true);
      const stored = new Set((await db.selectFrom('cases').select('registration_number').execute()).map((c) => c.registration_number));
      expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);

      // The surviving process takes over the outbox (including rows the dead one had claimed, after their lease).
      await until('the survivor to send the rest', async () => {
        const pending = await db.selectFrom('outbox').select('id').where('status', '=', 'pending').where('claimed_until', 'is', null).execute();
        return pending.length === 0;
      });

      // Registration numbers 1..n without a gap or a repeat; one intact audit chain.
      const seqs = (await db.selectFrom('cases').select('seq').orderBy('seq').execute()).map((c) => c.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      const audit = await verifyAudit(db);
      expect(audit.ok).toBe(true);
      expect(new Set(resend.requests).size).toBe(resend.requests.length);
      b.child.kill('SIGKILL');

      // Forty days later, two fresh processes sweep at once: every open case is marked overdue once.
      const [c, d] = await Promise.all([startServer(url, resendUrl, LATER), startServer(url, resendUrl, LATER)]);
      const open = await db.selectFrom('cases').select('id').where('state', 'in', OPEN_STATES).execute();
      expect(open.length).toBeGreaterThan(200);
      await until('every open case to be marked overdue', async () => {
        const left = await db.selectFrom('cases').select('id').where('state', 'in', OPEN_STATES).where('overdue', '=', 0).execute();
        return left.length === 0;
      });
      const marks = await db.selectFrom('audit_events').select('case_id').where('event', '=', 'MARK_OVERDUE').execute();
      expect(marks.length).toBe(new Set(marks.map((m) => m.case_id)).size);
      expect((await verifyAudit(db)).ok).toBe(true);
      c.child.kill('SIGKILL');
      d.child.kill('SIGKILL');
    } finally {
      await db.destroy();
    }
  });
});
