import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../src/audit/audit-log';
import { openDatabase } from '../../db/connect';
import { makeContext, type TestContext, tempDbUrl, validFiling } from '../helpers/context';

let t: TestContext;
let url: string;
beforeEach(async () => {
  url = tempDbUrl();
  t = await makeContext({ databaseUrl: url });
  for (let i = 0; i < 3; i++) await t.api('POST', '/api/v1/requests', { body: validFiling() });
  const ppid = await t.login('ppid');
  const cases = await t.api('GET', '/api/v1/cases', { token: ppid });
  const first = cases.body.items[0];
  await t.api('POST', `/api/v1/cases/${first.id}/events`, { token: ppid, body: { type: 'START_REVIEW', expectedVersion: first.version } });
});
afterEach(async () => {
  await t.close();
});

const verifyCli = () => {
  try {
    return {
      code: 0,
      out: execFileSync('node', ['--import', 'tsx', 'src/audit/verify-cli.ts'], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
};

describe('the audit trail', () => {
  it('is an intact hash chain after normal work, by API and by npm run audit:verify', async () => {
    const auditor = await t.login('auditor');
    const res = await t.api('GET', '/api/v1/audit/verify', { token: auditor });
    expect(res.status).toBe(200);
    // Each filing's REGISTER is followed by its receipt's ISSUE_DOCUMENT.
    expect(res.body).toMatchObject({ ok: true, events: 7 });
    expect(res.body.head).toMatch(/^[0-9a-f]{64}$/);
    const cli = verifyCli();
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/intact: 7 events/);
  });

  it('names the first altered row when an event is edited', async () => {
    await sql`update audit_events set data = ${JSON.stringify({ registrationNumber: 'forged' })} where seq = 2`.execute(t.deps.db);
    expect(await verifyAudit(t.deps.db)).toEqual({ ok: false, events: 1, brokenAt: { seq: 2, reason: 'hash_mismatch' } });
    const res = await t.api('GET', '/api/v1/audit/verify', { token: await t.login('auditor') });
    expect(res.body).toMatchObject({ ok: false, brokenAt: { seq: 2 } });
    const cli = verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/BROKEN at event #2/);
  });

  it('names the gap when an event is deleted, in the middle or at the end', async () => {
    await sql`delete from audit_events where seq = 3`.execute(t.deps.db);
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: false, brokenAt: { seq: 3, reason: 'missing_event' } });
  });

  it('notices the last event deleted, against the chain head', async () => {
    await sql`delete from audit_events where seq = 7`.execute(t.deps.db);
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: false, events: 6, brokenAt: { seq: 7, reason: 'head_mismatch' } });
  });

  it('notices a row re-hashed after an edit, from the next link on', async () => {
    const row = await t.deps.db.selectFrom('audit_events').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const { hashEvent } = await import('../../src/audit/audit-log');
    const forged = { ...row, data: JSON.stringify({ forged: true }) };
    await t.db
      .updateTable('audit_events')
      .set({ data: forged.data, hash: hashEvent(forged) })
      .where('seq', '=', 2)
      .execute();
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: false, brokenAt: { seq: 3, reason: 'chain_mismatch' } });
  });

  it('keeps personal data out of the trail', async () => {
    const rows = await t.deps.db.selectFrom('audit_events').select('data').execute();
    const all = rows.map((r) => r.data).join('\n');
    for (const secret of ['3171012304900002', 'andi@example.org', 'Cikini', '812 3456']) expect(all).not.toContain(secret);
  });

  it('refuses the verification to roles without the need', async () => {
    expect((await t.api('GET', '/api/v1/audit/verify')).status).toBe(401);
    expect((await t.api('GET', '/api/v1/audit/verify', { token: await t.login('pelaksana.dit') })).status).toBe(403);
  });
});

describe('appending to the chain', () => {
  const actor = { kind: 'system', id: null, role: 'system', unit: null } as const;
  const event = (n: number) => ({ caseId: null, actor, event: `TEST_${n}`, fromState: null, toState: null, data: { n }, at: t.clock.now.toISOString() });

  it('stays one chain when two processes append in turn, and after a transaction that rolled back', async () => {
    const other = openDatabase(url);
    try {
      await t.deps.transact((trx) => appendAudit(trx, event(1)));
      await other.transaction().execute((trx) => appendAudit(trx, event(2)));
      // This process's idea of the head is now stale: the append reads the head again.
      await t.deps.transact((trx) => appendAudit(trx, event(3)));
      await expect(
        t.deps.transact(async (trx) => {
          await appendAudit(trx, event(4));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      // The rolled-back append left this process's idea of the head ahead of the stored one.
      await t.deps.transact((trx) => appendAudit(trx, event(5)));
      await other.transaction().execute((trx) => appendAudit(trx, event(6)));
      const result = await verifyAudit(t.deps.db);
      expect(result).toMatchObject({ ok: true, events: 12 });
      const events = await t.deps.db.selectFrom('audit_events').select('event').where('event', 'like', 'TEST_%').orderBy('seq').execute();
      expect(events.map((e) => e.event)).toEqual(['TEST_1', 'TEST_2', 'TEST_3', 'TEST_5', 'TEST_6']);
    } finally {
      await other.destroy();
    }
  });
});
