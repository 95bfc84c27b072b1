/**
 * A DATABASE_URL that is malformed or points at no server stops the start with one line naming
 * the host and the error, without the password or a stack trace (issue 15, "Bad input"); these
 * spawn the real server and need no PostgreSQL server.
 *
 * A lost database connection mid-request: the API answers 503 with
 * Retry-After in its error shape, in the caller's language, instead of 500; the filing committed
 * nothing, and repeating it with its Idempotency-Key gives exactly one case. Played on a real
 * PostgreSQL server: the filing is held on the registration counter by another transaction, and its
 * backend is terminated (pg_terminate_backend, as a failover or a restart does) while it waits.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, postgresUrl } from '../helpers/backend';
import { makeContext, TEST_AUDIT_SIGNING_KEYS, TEST_DATA_KEYS, type TestContext, validFiling } from '../helpers/context';

describe('a server whose DATABASE_URL cannot be used', () => {
  // Each spawns a server process (loading the app takes seconds on a busy machine).
  const start = (databaseUrl: string) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          DATA_KEYS: TEST_DATA_KEYS,
          AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS,
          PUBLIC_BASE_URL: 'https://ppid.example.go.id',
          PORT: '0',
          HOST: '127.0.0.1',
          DEMO: '0',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
      });
      child.on('exit', (code) => resolve({ code, err }));
    });
  /** A port nobody listens on (taken from the system, then let go). */
  const closedPort = () =>
    new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });

  it('names the unreachable host and the error in one line, without the password', async () => {
    const port = await closedPort();
    const { code, err } = await start(`postgres://terbuka:s3cret-pw@127.0.0.1:${port}/terbuka`);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `Terbuka cannot start: the database at 127.0.0.1:${port}/terbuka cannot be used: connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
    expect(err).not.toContain('s3cret-pw');
  }, 90_000);

  it('refuses a malformed URL in one line, saying how to write it', async () => {
    const { code, err } = await start('postgres://terbuka:s3cret-pw@127.0.0.1:99999/terbuka');
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^Terbuka cannot start: DATABASE_URL is not a valid PostgreSQL URL: write it as postgres:\/\/USER/),
    ]);
    expect(err).not.toContain('s3cret-pw');
  }, 90_000);
});

describe.skipIf(!onPostgres)('a database connection lost mid-request (PostgreSQL)', () => {
  let ctx: TestContext;
  let database: string;
  let admin: pg.Client;

  beforeAll(async () => {
    ctx = await makeContext();
    database = (await ctx.db.selectNoFrom((eb) => eb.fn<string>('current_database').as('name')).executeTakeFirstOrThrow()).name;
    admin = new pg.Client({ connectionString: postgresUrl(database) });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await ctx?.close();
  });

  const casesNow = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /**
   * Files with `key` while another transaction holds the registration counters, terminates the
   * filing's backend once it waits on that lock, and returns the answer.
   */
  async function fileWhileTheConnectionIsLost(key: string, lang: 'id' | 'en') {
    const blocker = new pg.Client({ connectionString: postgresUrl(database) });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table registration_counters in share row exclusive mode');
      const answer = ctx.api('POST', '/api/v1/requests', { body: validFiling(), lang, headers: { 'Idempotency-Key': key } });
      let terminated = 0;
      for (let tries = 0; terminated === 0 && tries < 200; tries++) {
        const { rows } = await admin.query<{ pid: number }>(
          "select pid from pg_stat_activity where datname = $1 and wait_event_type = 'Lock' and query like '%registration_counters%' and pid <> $2",
          [database, (blocker as unknown as { processID: number }).processID],
        );
        for (const { pid } of rows) {
          await admin.query('select pg_terminate_backend($1)', [pid]);
          terminated += 1;
        }
        if (terminated === 0) await new Promise((r) => setTimeout(r, 25));
      }
      expect(terminated).toBe(1);
      return await answer;
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
  }

  it('answers 503 with Retry-After in both languages, commits nothing, and a repeat with the Idempotency-Key files exactly one case', async () => {
    const before = await casesNow();
    const key = 'lost-connection-filing-1';

    const lostId = await fileWhileTheConnectionIsLost(key, 'id');
    expect(lostId.status).toBe(503);
    expect(lostId.headers.get('Retry-After')).toBe('5');
    expect(lostId.body).toEqual({
      error: { code: 'database_unavailable', message: expect.stringMatching(/^Basis data sementara tidak dapat dihubungi.*5 detik/) },
    });
    expect(await casesNow()).toBe(before);

    const lostEn = await fileWhileTheConnectionIsLost(key, 'en');
    expect(lostEn.status).toBe(503);
    expect(lostEn.headers.get('Retry-After')).toBe('5');
    expect(lostEn.body.error).toEqual({
      code: 'database_unavailable',
      message: expect.stringMatching(/^The database cannot be reached for the moment.*5 seconds/),
    });
    expect(await casesNow()).toBe(before);

    // The pool replaced its lost connections: the repeat is filed once, and a further repeat replays it.
    const filed = await ctx.api('POST', '/api/v1/requests', { body: validFiling(), headers: { 'Idempotency-Key': key } });
    expect(filed.status).toBe(201);
    const replayed = await ctx.api('POST', '/api/v1/requests', { body: validFiling(), headers: { 'Idempotency-Key': key } });
    expect(replayed.status).toBe(201);
    expect(replayed.body.registrationNumber).toBe(filed.body.registrationNumber);
    expect(await casesNow()).toBe(before + 1);
    const numbered = await ctx.db.selectFrom('cases').select('id').where('registration_number', '=', filed.body.registrationNumber).execute();
    expect(numbered).toHaveLength(1);
  });

  it('keeps serving after the server terminated its idle connections', async () => {
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    await new Promise((r) => setTimeout(r, 100));
    const res = await ctx.api('GET', '/api/v1/units');
    expect(res.status).toBe(200);
  });
});
