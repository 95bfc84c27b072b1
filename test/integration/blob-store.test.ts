/**
 * Where files' bytes live (src/files/blob-store.ts; docs/storage.md, "Files"). On Node the
 * database store keeps them in their rows, as before migration 0020: an identity scan, a receipt
 * and a case file round-trip through their one reader each, `blob_key` null. The R2 store (what
 * Workers use) is run here over Miniflare's local R2 bucket, the same simulator `wrangler dev`
 * uses: the row keeps an empty column and the object's key, the bucket holds ciphertext only, the
 * reader returns the same bytes, and a rolled-back unit of work leaves an object that only the
 * orphan sweep deletes.
 */
import { createHash } from 'node:crypto';
import { Miniflare } from 'miniflare';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkUploads, openCaseFile, storeCaseFile } from '../../src/answers/case-files';
import type { Deps } from '../../src/deps';
import { documentFiles, storedDocument } from '../../src/documents/stored';
import { type R2BucketLike, r2Blobs } from '../../src/files/blob-store';
import { openIdentityScan } from '../../src/identity/scan-store';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { filingWithScan, realImage, realPdf } from '../helpers/files';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PPID = { kind: 'user' as const, id: null, role: 'ppid_utama' as const, unit: 'PPID' };

/** Files a request with a PNG identity scan through the multipart API. */
async function fileWithScan(scan: Uint8Array) {
  const form = filingWithScan(scan);
  const res = await t.app.request('http://localhost/api/v1/requests', { method: 'POST', body: form, headers: { Origin: 'http://localhost' } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; registrationNumber: string };
}

async function attach(deps: Pick<Deps, 'keys' | 'blobs' | 'transact'>, caseId: string, pdf: Uint8Array) {
  const [checked] = await checkUploads(t.deps, [{ name: 'laporan.pdf', bytes: pdf }], 'files');
  return deps.transact((trx) => storeCaseFile(trx, deps, { caseId, purpose: 'answer', file: checked!, actor: PPID, at: t.clock.now.toISOString() }));
}

describe('the database store (Node: SQLite and PostgreSQL)', () => {
  it('keeps every kind of file in its row (no blob key) and reads each back byte for byte', async () => {
    const scan = await realImage('png');
    const filed = await fileWithScan(scan);
    const row = await t.db.selectFrom('cases').select('requester_id').where('id', '=', filed.id).executeTakeFirstOrThrow();

    const [scanRow] = await t.db.selectFrom('identity_documents').select(['id', 'bytes', 'blob_key']).where('requester_id', '=', row.requester_id).execute();
    expect(scanRow!.blob_key).toBeNull();
    expect(scanRow!.bytes.length).toBeGreaterThan(0);
    const opened = await openIdentityScan(t.deps, row.requester_id, scanRow!.id);
    expect(Buffer.from(opened!.bytes)).toEqual(Buffer.from(scan));

    const [receipt] = await t.db.selectFrom('documents').select(['id', 'bytes', 'blob_key', 'sha256']).where('case_id', '=', filed.id).execute();
    expect(receipt!.blob_key).toBeNull();
    const doc = await storedDocument(t.deps, filed.id, receipt!.id, { publicOnly: true });
    expect(sha(doc.bytes)).toBe(receipt!.sha256);
    expect(Buffer.from(doc.bytes)).toEqual(Buffer.from(receipt!.bytes));
    expect((await documentFiles(t.deps, [receipt!.id]))[0]!.bytes).toEqual(doc.bytes);

    const pdf = await realPdf('Laporan tahunan 2025.');
    const stored = await attach(t.deps, filed.id, pdf);
    const fileRow = await t.db.selectFrom('case_files').select(['bytes', 'blob_key']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(fileRow.blob_key).toBeNull();
    expect(fileRow.bytes.length).toBe(pdf.length + 28); // sealed: IV and tag around the ciphertext
    const file = await openCaseFile(t.deps, filed.id, stored.id, { releasedOnly: false });
    expect(Buffer.from(file!.bytes)).toEqual(Buffer.from(pdf));
    expect(await t.deps.blobs.sweepOrphans(t.deps.db, new Date(Date.now() + 60_000))).toBe(0);
  });
});

describe('the R2 store (Workers), over Miniflare’s local R2', () => {
  let mf: Miniflare;
  let bucket: R2BucketLike;
  beforeAll(async () => {
    mf = new Miniflare({ modules: true, script: 'export default { fetch() { return new Response(null, { status: 404 }) } }', r2Buckets: ['FILES'] });
    bucket = (await mf.getR2Bucket('FILES')) as unknown as R2BucketLike;
  }, 60_000);
  afterAll(async () => {
    await mf?.dispose();
  });
  // Each test's database is new: an object left by an earlier test would be nobody's.
  beforeEach(async () => {
    const keys = (await bucket.list({ limit: 1000 })).objects.map((o) => o.key);
    if (keys.length > 0) await bucket.delete(keys);
  });

  const objectBytes = async (key: string) => new Uint8Array(await (await bucket.get(key))!.arrayBuffer());

  it('puts sealed bytes in the bucket, an empty column and the key in the row; the reader returns the same bytes', async () => {
    const deps: Deps = { ...t.deps, blobs: r2Blobs(bucket) };
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { id: string };
    const pdf = await realPdf('Laporan tahunan 2025 — bagian terbuka.');
    const stored = await attach(deps, filed.id, pdf);
    const row = await t.db.selectFrom('case_files').select(['bytes', 'blob_key', 'sha256', 'size']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(row.bytes.length).toBe(0);
    expect(row.blob_key).toMatch(new RegExp(`^case_files/${stored.id}/[0-9a-f]{16}$`));
    expect([row.sha256, row.size]).toEqual([sha(pdf), pdf.length]);
    const object = await objectBytes(row.blob_key!);
    expect(object.length).toBe(pdf.length + 28);
    expect(Buffer.from(object).includes(Buffer.from('Laporan tahunan'))).toBe(false); // ciphertext only
    const opened = await openCaseFile(deps, filed.id, stored.id, { releasedOnly: false });
    expect(Buffer.from(opened!.bytes)).toEqual(Buffer.from(pdf));
    // The database store cannot read a row whose bytes are in R2, and says so.
    await expect(openCaseFile(t.deps, filed.id, stored.id, { releasedOnly: false })).rejects.toThrow(/R2 bucket/);
  });

  it('a rolled-back unit of work leaves an object without a row; the sweep deletes it once old enough, and keeps the live ones', async () => {
    const blobs = r2Blobs(bucket);
    const deps: Deps = { ...t.deps, blobs };
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { id: string };
    const live = await attach(deps, filed.id, await realPdf('Disimpan.'));
    const [checked] = await checkUploads(t.deps, [{ name: 'batal.pdf', bytes: await realPdf('Dibatalkan.') }], 'files');
    let orphanId = '';
    await expect(
      deps.transact(async (trx) => {
        orphanId = (await storeCaseFile(trx, deps, { caseId: filed.id, purpose: 'answer', file: checked!, actor: PPID, at: t.clock.now.toISOString() })).id;
        throw new Error('the unit of work fails after the upload');
      }),
    ).rejects.toThrow(/fails after the upload/);
    expect(await t.db.selectFrom('case_files').select('id').where('id', '=', orphanId).execute()).toEqual([]);
    const keys = async () => (await bucket.list({ limit: 1000 })).objects.map((o) => o.key);
    expect((await keys()).filter((k) => k.startsWith(`case_files/${orphanId}/`))).toHaveLength(1);

    // Younger than the cut-off: left alone (its unit of work might still be running).
    expect(await blobs.sweepOrphans(t.deps.db, new Date(Date.now() - 60 * 60 * 1000))).toBe(0);
    // Older: the orphan goes, the committed file stays and still opens.
    expect(await blobs.sweepOrphans(t.deps.db, new Date(Date.now() + 60_000))).toBe(1);
    const after = await keys();
    expect(after.some((k) => k.startsWith(`case_files/${orphanId}/`))).toBe(false);
    expect(after.some((k) => k.startsWith(`case_files/${live.id}/`))).toBe(true);
    expect((await openCaseFile(deps, filed.id, live.id, { releasedOnly: false }))!.bytes.length).toBeGreaterThan(0);
  });
});
