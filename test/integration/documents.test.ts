/**
 * Issuing official documents through the workflow and downloading them: what was issued is stored
 * once with its SHA-256 in the audit trail, and every download returns exactly those bytes.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/audit/audit-log';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterEach(async () => {
  await t.close();
});

const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Raw GET: the PDF bytes and headers. */
async function get(path: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(path, { headers });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function file(overrides: Record<string, unknown> = {}, lang?: string) {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(overrides), ...(lang ? { lang } : {}) });
  expect(res.status).toBe(201);
  return res.body;
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const num = (receipt: { registrationNumber: string }) => encodeURIComponent(receipt.registrationNumber);

describe('documents issued by the workflow', () => {
  it('a denial issues the denial decision and the written notice; downloads return the stored bytes, whose hash is in the audit trail', async () => {
    const receipt = await file();
    let ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'START_REVIEW' });
    t.clock.now = new Date('2026-11-27T04:00:00.000Z');
    ppid = await t.login('ppid'); // the session has expired meanwhile
    const decided = await send(ppid, receipt.id, {
      type: 'DECIDE',
      outcome: 'denied',
      exemptions: [{ letter: 'f', statute: 'UU 37/1999 Pasal 5' }],
      consequenceTest,
    });

    // The receipt was issued at filing; the decision issued these.
    const docs = (decided.documents as Array<{ id: string; kind: string; lang: string; sha256: string }>).filter((d) => d.kind !== 'receipt');
    expect(docs.map((d) => d.kind).sort()).toEqual(['denial_decision', 'written_notice']);
    expect(docs.every((d) => d.lang === 'id')).toBe(true);
    const notice = docs.find((d) => d.kind === 'written_notice')!;
    const denial = docs.find((d) => d.kind === 'denial_decision')!;

    // The officer's copy, the requester's copy, and a second download: the same bytes each time.
    const officer = await get(`/api/v1/cases/${receipt.id}/documents/${notice.id}`, { Authorization: `Bearer ${ppid}` });
    expect(officer.status).toBe(200);
    expect(officer.headers.get('content-type')).toBe('application/pdf');
    const pub = await get(`/api/v1/requests/${num(receipt)}/documents/${notice.id}?code=${receipt.trackingCode}`);
    const again = await get(`/api/v1/requests/${num(receipt)}/documents/${notice.id}?code=${receipt.trackingCode}`);
    expect(pub.status).toBe(200);
    expect(pub.bytes.equals(officer.bytes)).toBe(true);
    expect(again.bytes.equals(pub.bytes)).toBe(true);
    expect(sha(pub.bytes)).toBe(notice.sha256);
    expect(pub.headers.get('etag')).toBe(`"${notice.sha256}"`);

    // The DECIDE audit event holds each document's hash, and the chain still verifies.
    const decide = await t.deps.db
      .selectFrom('audit_events')
      .select(['data'])
      .where('case_id', '=', receipt.id)
      .where('event', '=', 'DECIDE')
      .executeTakeFirstOrThrow();
    const hashes = (JSON.parse(decide.data) as { documents: Array<{ documentId: string; sha256: string; letterNumber: string }> }).documents;
    expect(hashes).toContainEqual(expect.objectContaining({ documentId: notice.id, sha256: notice.sha256, letterNumber: '1/PPID-PT/XI/2026' }));
    expect(hashes).toContainEqual(expect.objectContaining({ documentId: denial.id, sha256: denial.sha256, letterNumber: '1/PPID-SK/XI/2026' }));
    expect((await verifyAudit(t.deps.db)).ok).toBe(true);

    const text = pdfText(pub.bytes);
    expect(text).toContain(receipt.registrationNumber);
    expect(text).toContain('1/PPID-PT/XI/2026');
    expect(text).toContain('Jakarta, 27 November 2026');
    expect(text).toContain('Ditolak (informasi yang dikecualikan)');
    expect(text).toContain('Pasal 17 huruf f UU 14/2008');
    expect(text).toContain('Surat Keputusan PPID Nomor 1/PPID-SK/XI/2026');
    expect(text).toContain('Andi Pratama');
    expect(text).toContain('Dewi Lestari'); // the PPID who decided signs
    const sk = pdfText((await get(`/api/v1/cases/${receipt.id}/documents/${denial.id}`, { Authorization: `Bearer ${ppid}` })).bytes);
    expect(sk).toContain('SURAT KEPUTUSAN PPID');
    expect(sk).toContain(consequenceTest.harm);
    // 30 working days after Friday 27 November 2026 on the national calendar.
    expect(sk).toMatch(/sampai dengan \d{1,2} Januari 2027/);

    // The decision e-mail carries both PDFs.
    const mail = await t.deps.db
      .selectFrom('outbox')
      .select(['attachments', 'body_text'])
      .where('case_id', '=', receipt.id)
      .where('template', '=', 'request_decided')
      .executeTakeFirstOrThrow();
    expect((JSON.parse(mail.attachments!) as string[]).sort()).toEqual([denial.id, notice.id].sort());
    expect(mail.body_text).toContain('Ditolak (informasi yang dikecualikan)');
    expect(mail.body_text).toContain('.pdf');
  });

  it('refuses documents to a wrong code, another request, or an officer out of scope', async () => {
    const receipt = await file();
    const other = await file();
    const ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'START_REVIEW' });
    const decided = await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' });
    const docId = decided.documents[0].id as string;
    expect((await get(`/api/v1/requests/${num(receipt)}/documents/${docId}?code=AAAA-AAAA-AAAA-AAAA`)).status).toBe(404);
    expect((await get(`/api/v1/requests/${num(receipt)}/documents/${docId}`)).status).toBe(404);
    expect((await get(`/api/v1/requests/${num(other)}/documents/${docId}?code=${other.trackingCode}`)).status).toBe(404);
    const kbri = await t.login('pelaksana.kbri');
    expect((await get(`/api/v1/cases/${receipt.id}/documents/${docId}`, { Authorization: `Bearer ${kbri}` })).status).toBe(404);
    const auditor = await t.login('auditor');
    expect((await get(`/api/v1/cases/${receipt.id}/documents/${docId}`, { Authorization: `Bearer ${auditor}` })).status).toBe(403);
  });

  it('an extension issues the extension notice with its reason and new date', async () => {
    const receipt = await file();
    const ppid = await t.login('ppid');
    const extended = await send(ppid, receipt.id, { type: 'EXTEND', reason: 'Dokumen tersimpan di arsip KBRI Riyadh dan perlu dipindai.' });
    const doc = extended.documents.find((d: { kind: string }) => d.kind === 'extension_notice');
    const text = pdfText((await get(`/api/v1/requests/${num(receipt)}/documents/${doc.id}?code=${receipt.trackingCode}`)).bytes);
    expect(text).toContain('1/PPID-PW/XI/2026');
    expect(text).toContain('Dokumen tersimpan di arsip KBRI Riyadh dan perlu dipindai.');
    expect(text).toContain('7 Desember 2026'); // before
    expect(text).toContain('16 Desember 2026'); // after: 7 more working days
    const mail = await t.deps.db.selectFrom('outbox').select('attachments').where('template', '=', 'request_extended').executeTakeFirstOrThrow();
    expect(JSON.parse(mail.attachments!)).toEqual([doc.id]);
  });

  it('numbers letters per kind and year, never twice', async () => {
    const ppid = await t.login('ppid');
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const receipt = await file();
      await send(ppid, receipt.id, { type: 'START_REVIEW' });
      const decided = await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'not_held', holder: 'Kementerian Sekretariat Negara' });
      const row = await t.deps.db
        .selectFrom('documents')
        .select('letter_number')
        .where('id', '=', decided.documents.find((d: { kind: string }) => d.kind === 'written_notice').id)
        .executeTakeFirstOrThrow();
      numbers.push(row.letter_number!);
    }
    expect(numbers).toEqual(['1/PPID-PT/XI/2026', '2/PPID-PT/XI/2026', '3/PPID-PT/XI/2026']);
  });

  it('a requester who filed in English gets both versions, and the English one by e-mail', async () => {
    const receipt = await file({}, 'en');
    const ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'START_REVIEW' });
    const decided = await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' });
    const docs = (decided.documents as Array<{ id: string; kind: string; lang: string }>).filter((d) => d.kind === 'written_notice');
    expect(docs.map((d) => d.lang).sort()).toEqual(['en', 'id']);
    const en = docs.find((d) => d.lang === 'en')!;
    const text = pdfText((await get(`/api/v1/requests/${num(receipt)}/documents/${en.id}?code=${receipt.trackingCode}`)).bytes);
    expect(text).toContain('WRITTEN NOTICE');
    expect(text).toContain('Granted in full');
    expect(text).toContain('1/PPID-PT/XI/2026'); // the same letter in two languages has one number
    const mail = await t.deps.db.selectFrom('outbox').select(['attachments', 'subject']).where('template', '=', 'request_decided').executeTakeFirstOrThrow();
    expect(JSON.parse(mail.attachments!)).toEqual([en.id]);
    expect(mail.subject).toContain('Decision on request');
  });

  it("prints a non-Latin requester's name (Chinese, Korean, Hindi, Thai)", async () => {
    const ppid = await t.login('ppid');
    for (const name of ['王小明', '김민준', 'प्रिया शर्मा', 'สมชาย ใจดี']) {
      const receipt = await file({ requester: { ...validFiling().requester, name } });
      await send(ppid, receipt.id, { type: 'START_REVIEW' });
      const decided = await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' });
      const text = pdfText((await get(`/api/v1/cases/${receipt.id}/documents/${decided.documents[0].id}`, { Authorization: `Bearer ${ppid}` })).bytes);
      expect(text).toContain(name);
    }
  });
});

describe('the receipt', () => {
  it('is served with the tracking code, issued once on first download, and identical afterwards', async () => {
    const receipt = await file();
    expect(receipt.links.receipt).toBe(`/api/v1/requests/${num(receipt)}/receipt.pdf`);
    expect((await get(receipt.links.receipt)).status).toBe(404);
    expect((await get(`${receipt.links.receipt}?code=AAAA-AAAA-AAAA-AAAA`)).status).toBe(404);
    const first = await get(`${receipt.links.receipt}?code=${receipt.trackingCode}`);
    expect(first.status).toBe(200);
    t.clock.now = new Date('2026-11-30T03:00:00.000Z');
    const second = await get(receipt.links.receipt, { 'X-Tracking-Code': receipt.trackingCode });
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const text = pdfText(first.bytes);
    expect(text).toContain(receipt.registrationNumber);
    expect(text).toContain('23 November 2026, 10.00 WIB');
    expect(text).toContain('7 Desember 2026');
    expect(text).toContain('Andi Pratama');
    const stored = await t.deps.db.selectFrom('documents').select(['sha256']).where('case_id', '=', receipt.id).where('kind', '=', 'receipt').execute();
    expect(stored).toEqual([{ sha256: sha(first.bytes) }]);
    const events = await t.deps.db.selectFrom('audit_events').select('id').where('case_id', '=', receipt.id).where('event', '=', 'ISSUE_DOCUMENT').execute();
    expect(events).toHaveLength(1);
    const en = await get(`${receipt.links.receipt}?code=${receipt.trackingCode}&lang=en`);
    expect(pdfText(en.bytes)).toContain('RECEIPT OF A REQUEST FOR PUBLIC INFORMATION');
  });
});

describe('draft preview', () => {
  it('previews the draft answer a unit submitted, watermarked, without storing anything', async () => {
    const receipt = await file();
    const ppid = await t.login('ppid');
    const dit = await t.login('pelaksana.dit');
    const preview = (kind: string) => get(`/api/v1/cases/${receipt.id}/documents/preview?kind=${kind}&lang=id`, { Authorization: `Bearer ${ppid}` });
    expect((await preview('written_notice')).status).toBe(409);
    expect((await preview('extension_notice')).status).toBe(409);
    await send(ppid, receipt.id, { type: 'ASSIGN', unit: 'AMEROP' });
    await send(dit, receipt.id, { type: 'ACCEPT_ASSIGNMENT' });
    await send(dit, receipt.id, {
      type: 'SUBMIT_DRAFT',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'h' }],
      consequenceTest,
      redactions: 'Alamat pribadi pihak ketiga dihitamkan.',
    });
    const res = await preview('written_notice');
    expect(res.status).toBe(200);
    const text = pdfText(res.bytes);
    expect(text).toContain('DRAF · Nomor (draf — belum bernomor)');
    expect(text).toContain('Alamat pribadi pihak ketiga dihitamkan.');
    expect(text).toContain('Dewi Lestari');
    expect((await preview('denial_decision')).status).toBe(409);
    expect((await get(`/api/v1/cases/${receipt.id}/documents/preview?kind=nonsense`, { Authorization: `Bearer ${ppid}` })).status).toBe(400);
    expect(await t.deps.db.selectFrom('documents').select('id').where('case_id', '=', receipt.id).where('kind', '!=', 'receipt').execute()).toEqual([]);
  });
});
