/**
 * A crash in the middle of a burst of filings: the real server in its own process, killed with
 * SIGKILL while concurrent filings are in flight (some in a group that is being committed). The
 * database it leaves must hold every filing that was answered 201, each whole (requester, case,
 * audit event, e-mail), nothing half-written, an intact audit chain and registration numbers
 * without gaps.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { verifyAudit } from '../../src/audit/audit-log';
import { TEST_AUDIT_SIGNING_KEYS, TEST_DATA_KEYS, tempDbUrl, validFiling } from '../helpers/context';

let server: ChildProcess | undefined;
let exited: Promise<unknown> = Promise.resolve();
afterEach(() => {
  server?.kill('SIGKILL');
});

function startServer(databaseUrl: string): Promise<string> {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO: '0',
      DATA_KEYS: TEST_DATA_KEYS,
      AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS,
      PUBLIC_BASE_URL: 'http://127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '0',
      SWEEP_INTERVAL_SECONDS: '3600',
      // A pinned start (Monday 23 November 2026, 10:00 WIB): the run does not depend on today's date.
      CLOCK_START: '2026-11-23T03:00:00.000Z',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  exited = new Promise((resolve) => server!.once('exit', resolve));
  return new Promise((resolve, reject) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      const m = /serving on (http:\/\/[^ ]+)/.exec(chunk.toString());
      if (m) resolve(m[1]!);
    });
    server!.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

describe('a crash during concurrent filings', () => {
  it('keeps every answered filing whole and leaves nothing half-written', async () => {
    const url = tempDbUrl();
    const base = await startServer(url);
    const answered: string[] = [];
    let killed = false;
    const file = async () => {
      while (!killed) {
        try {
          const res = await fetch(`${base}/api/v1/requests`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(validFiling({ unit: 'KBRI-RIYADH' })),
          });
          if (res.status !== 201) throw new Error(`filing answered ${res.status}: ${await res.text()}`);
          answered.push(((await res.json()) as { registrationNumber: string }).registrationNumber);
          if (answered.length === 150 && !killed) {
            killed = true;
            server!.kill('SIGKILL');
          }
        } catch (e) {
          if (!killed) throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, file));
    await exited;

    const db = openDatabase(url);
    try {
      await migrateToLatest(db);
      const cases = await db.selectFrom('cases').select(['id', 'registration_number', 'seq', 'requester_id']).orderBy('seq').execute();
      // Every answered filing survived the crash.
      const stored = new Set(cases.map((c) => c.registration_number));
      expect(answered.filter((n) => !stored.has(n))).toEqual([]);
      // Numbered in the year of the pinned clock, whatever today's date is.
      expect(answered.every((n) => n.endsWith('/2026'))).toBe(true);
      expect(cases.length).toBeGreaterThanOrEqual(150);
      // Registration numbers run 1..n with no gap, and the counter agrees.
      expect(cases.map((c) => c.seq)).toEqual(cases.map((_, i) => i + 1));
      const counter = await db.selectFrom('registration_counters').select('last_seq').executeTakeFirstOrThrow();
      expect(counter.last_seq).toBe(cases.length);
      // Each case whole: its requester, one REGISTER event, its e-mail; nothing without a case.
      const requesters = await db.selectFrom('requesters').select('id').execute();
      expect(new Set(requesters.map((r) => r.id))).toEqual(new Set(cases.map((c) => c.requester_id)));
      const events = await db.selectFrom('audit_events').select(['case_id', 'event']).execute();
      expect(
        events
          .filter((e) => e.event === 'REGISTER')
          .map((e) => e.case_id)
          .sort(),
      ).toEqual(cases.map((c) => c.id).sort());
      const mails = await db.selectFrom('outbox').select('case_id').where('template', '=', 'request_received').execute();
      expect(mails.map((m) => m.case_id).sort()).toEqual(cases.map((c) => c.id).sort());
      expect(await verifyAudit(db)).toMatchObject({ ok: true });
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
