/**
 * Signed checkpoints and the evidence bundle (issue 11 items 5 and 6): an edited event is caught by
 * the plain walk; a history rewritten after an edit (every later hash and the head recomputed) is
 * caught only by a checkpoint signed before — by verifyAudit, `npm run audit:verify` and the
 * bundle's verify.mjs run with plain Node in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, hashEvent, verifyAudit } from '../../src/audit/audit-log';
import { buildEvidenceBundle } from '../../src/audit/bundle';
import { signCheckpoint } from '../../src/audit/checkpoints';
import { periodInstants } from '../../src/audit/period';
import { makeContext, TEST_AUDIT_SIGNING_KEYS, type TestContext, tempDbUrl, validFiling } from '../helpers/context';

let t: TestContext;
let url: string;
const system = { kind: 'system', id: null, role: 'system', unit: null } as const;

beforeEach(async () => {
  url = tempDbUrl();
  t = await makeContext({ databaseUrl: url });
});
afterEach(async () => {
  await t.close();
});

const head = () => t.deps.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();

/** Edits one event's data and recomputes its hash, every later hash and the head: what a database writer can do. */
async function rewriteFrom(seq: number, data: Record<string, unknown>) {
  const rows = await t.deps.db.selectFrom('audit_events').selectAll().where('seq', '>=', seq).orderBy('seq').execute();
  let prev = rows[0]!.prev_hash;
  for (const row of rows) {
    const changed = { ...row, prev_hash: prev, ...(row.seq === seq ? { data: JSON.stringify(data) } : {}) };
    const hash = hashEvent(changed);
    await t.db.updateTable('audit_events').set({ data: changed.data, prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
    prev = hash;
  }
  await t.db.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute();
}

const verifyCli = () => {
  const r = spawnSync('node', ['--import', 'tsx', 'src/audit/verify-cli.ts'], {
    env: { ...process.env, DATABASE_URL: url, AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
};

const PERIOD = { ...periodInstants('2026-11-01', '2026-11-30'), label: { from: '2026-11-01', to: '2026-11-30' } };

/** Builds a bundle, unzips it in a temporary folder, runs `node verify.mjs` there (plain Node, no flags). */
async function runBundle() {
  const bundle = await buildEvidenceBundle(t.deps, PERIOD);
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-bundle-'));
  const files = unzipSync(bundle.zip);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const r = spawnSync(process.execPath, ['verify.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: r.status, out: r.stdout + r.stderr, files, dir };
}

async function someHistory() {
  for (let i = 0; i < 3; i++) await t.api('POST', '/api/v1/requests', { body: validFiling() });
  const ppid = await t.login('ppid');
  const cases = await t.api('GET', '/api/v1/cases', { token: ppid });
  const first = cases.body.items[0];
  const review = await t.api('POST', `/api/v1/cases/${first.id}/events`, { token: ppid, body: { type: 'START_REVIEW', expectedVersion: first.version } });
  expect(review.status).toBe(200);
  const asked = await t.api('POST', `/api/v1/cases/${first.id}/events`, {
    token: ppid,
    body: { type: 'REQUEST_CLARIFICATION', expectedVersion: first.version + 1, message: 'Bapak Andi Pratama, mohon jelaskan tahun perjanjian yang dimaksud.' },
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(200);
}

describe('signed checkpoints', () => {
  it('signs the head, publishes it, and verification checks it', async () => {
    await someHistory();
    const signed = await signCheckpoint(t.deps, 'manual');
    expect(signed.ok && signed.created).toBe(true);
    const h = await head();
    const res = await t.api('GET', '/api/v1/audit/checkpoints/latest');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ seq: h.seq, head: h.hash, at: t.clock.now.toISOString(), keyId: t.deps.auditKeys.current.keyId });
    expect(res.body.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // Anyone can check it with the published key and message.
    const { createPublicKey, verify } = await import('node:crypto');
    const key = createPublicKey({ key: Buffer.from(res.body.publicKey, 'base64'), format: 'der', type: 'spki' });
    expect(verify(null, Buffer.from(res.body.message), key, Buffer.from(res.body.signature, 'base64'))).toBe(true);
    // The same head is not signed twice.
    expect(await signCheckpoint(t.deps, 'export')).toMatchObject({ ok: true, created: false });
    expect(await verifyAudit(t.deps.db, 5000, t.deps.auditKeys.byId)).toMatchObject({ ok: true, checkpoints: { verified: 1, last: { seq: h.seq } } });
    const auditor = await t.login('auditor');
    expect((await t.api('GET', '/api/v1/audit/verify', { token: auditor })).body).toMatchObject({ ok: true, checkpoints: { verified: 1 } });
  });

  it('the sweeper interval: signs again only after CHECKPOINT_INTERVAL_MINUTES and when the head moved', async () => {
    await signCheckpoint(t.deps, 'interval');
    await someHistory();
    expect(await signCheckpoint(t.deps, 'interval')).toMatchObject({ created: false });
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60_000);
    expect(await signCheckpoint(t.deps, 'interval')).toMatchObject({ created: true });
  });

  it('an edited event: the plain walk names it, and so do the CLI and verify.mjs', async () => {
    await someHistory();
    await signCheckpoint(t.deps, 'manual');
    await sql`update audit_events set data = ${JSON.stringify({ registrationNumber: 'forged' })} where seq = 3`.execute(t.deps.db);
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: false, brokenAt: { seq: 3, reason: 'hash_mismatch' } });
    const cli = verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/BROKEN at event #3 \(hash_mismatch\)/);
    const bundle = await runBundle();
    expect(bundle.code).toBe(1);
    expect(bundle.out).toMatch(/BROKEN at event #3: its hash does not match/);
  });

  it('a history rewritten after an edit passes the walk, but not the checkpoint signed before it', async () => {
    await someHistory();
    const before = await head();
    await signCheckpoint(t.deps, 'manual'); // covers 1..before.seq
    // More work, and a checkpoint of it.
    for (let i = 0; i < 3; i++)
      await t.deps.transact((trx) =>
        appendAudit(trx, { caseId: null, actor: system, event: `WORK_${i}`, fromState: null, toState: null, data: { i }, at: t.clock.now.toISOString() }),
      );
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    await signCheckpoint(t.deps, 'manual');
    // The edit: the event right after the first checkpoint, then every later hash and the head recomputed.
    await rewriteFrom(before.seq + 1, { forged: true });
    // The hash walk alone is fooled…
    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: true });
    // …the checkpoints are not: the first event past the last checkpoint that still matches is named.
    expect(await verifyAudit(t.deps.db, 5000, t.deps.auditKeys.byId)).toMatchObject({
      ok: false,
      brokenAt: { seq: before.seq + 1, reason: 'checkpoint_mismatch', checkpoint: { seq: before.seq + 3 } },
    });
    const cli = verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(new RegExp(`BROKEN at event #${before.seq + 1} \\(checkpoint_mismatch\\)`));
    // The service refuses to sign the rewritten head.
    expect(await signCheckpoint(t.deps, 'export')).toMatchObject({ ok: false, brokenAt: { reason: 'checkpoint_mismatch' } });
    const bundle = await runBundle();
    expect(bundle.code).toBe(1);
    expect(bundle.out).toMatch(new RegExp(`BROKEN at event #${before.seq + 1}: the chain was rewritten`));
  });

  it('a forged checkpoint (signed with another key) is named', async () => {
    await someHistory();
    await signCheckpoint(t.deps, 'manual');
    await sql`update audit_checkpoints set signature = ${Buffer.alloc(64, 7).toString('base64')}`.execute(t.deps.db);
    expect(await verifyAudit(t.deps.db, 5000, t.deps.auditKeys.byId)).toMatchObject({ ok: false, brokenAt: { reason: 'checkpoint_signature' } });
  });
});

describe('the evidence bundle', () => {
  it('verifies with plain Node (exit 0), holds what the manifest says, and no personal data', async () => {
    await someHistory();
    const { code, out, files } = await runBundle();
    expect(out).toMatch(/^intact: events #1–#\d+/);
    expect(code).toBe(0);
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'checkpoints.json',
        'documents.json',
        'events.jsonl',
        'manifest.json',
        'manifest.sig.json',
        'public-key.pem',
        'public-keys.json',
        'verify.mjs',
      ].sort(),
    );
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('events.jsonl');
    const all = Object.values(files)
      .map((b) => new TextDecoder().decode(b))
      .join('\n');
    // The clarification message named the requester: only its commitment left.
    expect(all).toContain('$commitment');
    for (const personal of ['Andi Pratama', 'Andi', '3171012304900002', 'andi@example.org', '812 3456', '+62 812', 'Cikini'])
      expect(all).not.toContain(personal);
  });

  it('takes extra files (registers, report) into the manifest; refuses paths outside the bundle', async () => {
    const bundle = await buildEvidenceBundle(t.deps, PERIOD, [{ path: 'registers/requests.csv', bytes: new TextEncoder().encode('a,b\n') }]);
    const files = unzipSync(bundle.zip);
    expect(new TextDecoder().decode(files['registers/requests.csv'])).toBe('a,b\n');
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).files.map((f: { path: string }) => f.path)).toContain('registers/requests.csv');
    await expect(buildEvidenceBundle(t.deps, PERIOD, [{ path: '../x', bytes: new Uint8Array() }])).rejects.toThrow(/relative path/);
    await expect(buildEvidenceBundle(t.deps, PERIOD, [{ path: 'verify.mjs', bytes: new Uint8Array() }])).rejects.toThrow(/bundle's own/);
  });

  it('a file changed inside the bundle is named', async () => {
    await someHistory();
    const { dir } = await runBundle();
    const path = join(dir, 'documents.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('[', '[ '));
    const r = spawnSync(process.execPath, ['verify.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/documents\.json: its SHA-256 differs/);
  });

  it('over HTTP: auditors and administrators get the ZIP; others are refused; a bad period is a 400 naming the field', async () => {
    const auditor = await t.login('auditor');
    const res = await t.app.request('/api/v1/audit/bundle?from=2026-11-01&to=2026-11-30', { headers: { Authorization: `Bearer ${auditor}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/bukti-audit-2026-11-01-2026-11-30\.zip/);
    expect(Object.keys(unzipSync(new Uint8Array(await res.arrayBuffer())))).toContain('verify.mjs');
    expect((await t.api('GET', '/api/v1/audit/bundle?from=2026-11-01&to=2026-11-30', { token: await t.login('ppid') })).status).toBe(403);
    expect((await t.api('GET', '/api/v1/audit/bundle?from=2026-11-01&to=2026-11-30')).status).toBe(401);
    const inverted = await t.api('GET', '/api/v1/audit/bundle?from=2026-11-30&to=2026-11-01', { token: auditor, lang: 'en' });
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.fields.to).toMatch(/before the first day/);
    const bad = await t.api('GET', '/api/v1/audit/bundle?from=2026-13-01&to=x', { token: auditor });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['from', 'to']);
  });
});
