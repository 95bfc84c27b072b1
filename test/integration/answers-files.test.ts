/**
 * Issue 17: released files with true redaction, and clarification both ways — through the real
 * pages (multipart uploads, CSRF) and the API, with each bad input.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, consequenceTest, makeContext, validFiling } from '../helpers/context';
import { ascii, realPdf } from '../helpers/files';
import { ORIGIN, type PageSession, csrfOf, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext();
});
afterEach(async () => {
  await t.close();
});

const pdfText = (bytes: Uint8Array) => {
  const path = join(mkdtempSync(join(tmpdir(), 'ans-')), 'f.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', [path, '-']).toString();
};

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  return t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

/** A multipart post from a logged-in page session, with the CSRF token of `page`. */
async function upload(session: PageSession, path: string, page: string, files: Array<[string, Uint8Array]>) {
  const form = new FormData();
  form.append('_csrf', csrfOf((await session.get(page)).html));
  for (const [name, bytes] of files) form.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name));
  const res = await t.app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    body: form,
    headers: { Origin: ORIGIN, Cookie: [...session.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return { status: res.status, html: await res.text() };
}

const SECRET = 'RAHASIA-NAMA-INFORMAN';

describe('released information with true redaction', () => {
  it('a unit drafts with a file, the PPID redacts it and partially grants; the requester downloads it without the redacted words', async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const ppidToken = await t.login('ppid');
    const ditToken = await t.login('pelaksana.dit');
    expect((await send(ppidToken, filed.id, { type: 'ASSIGN', unit: 'AMEROP' })).status).toBe(200);
    expect((await send(ditToken, filed.id, { type: 'ACCEPT_ASSIGNMENT' })).status).toBe(200);

    const dit = await pageLogin(t, 'pelaksana.dit');
    const casePath = `/petugas/kasus/${filed.id}`;
    const pdf = await realPdf(`Laporan kerja sama. Narasumber: ${SECRET}. Bagian terbuka untuk umum.`);
    // Bad input first: a file that is not what its name says, and a type not allowed — nothing stored.
    const fake = await upload(dit, `${casePath}/berkas`, casePath, [['laporan.pdf', ascii('<html><script>alert(1)</script></html>')]]);
    expect(fake.status).toBe(400);
    expect(textOf(fake.html)).toContain('isinya tidak sesuai');
    expect((await upload(dit, `${casePath}/berkas`, casePath, [['run.exe', ascii('MZ....')]])).status).toBe(400);
    expect(await t.deps.db.selectFrom('case_files').select('id').execute()).toHaveLength(0);

    expect((await upload(dit, `${casePath}/berkas`, casePath, [['laporan.pdf', pdf]])).status).toBe(303);
    const [original] = await t.deps.db.selectFrom('case_files').select(['id', 'sha256', 'bytes']).execute();
    expect(Buffer.from(original!.bytes).includes(Buffer.from(SECRET))).toBe(false); // sealed at rest
    const attached = await t.deps.db.selectFrom('audit_events').select('data').where('event', '=', 'FILE_ATTACHED').executeTakeFirstOrThrow();
    expect(JSON.parse(attached.data).sha256).toBe(original!.sha256);

    const draft = await send(ditToken, filed.id, {
      type: 'SUBMIT_DRAFT',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'b' }],
      consequenceTest,
      redactions: 'Nama narasumber dihitamkan.',
    });
    expect(draft.status).toBe(200);
    // The PPID is notified of the draft, and the decision form starts from it.
    const ppid = await pageLogin(t, 'ppid');
    expect(textOf((await ppid.get('/petugas/notifikasi')).html)).toContain('Draf jawaban dari PPID Pelaksana masuk');
    const decideForm = /<form[^>]*data-event="DECIDE"[\s\S]*?<\/form>/.exec((await ppid.get(casePath)).html)![0];
    expect(decideForm).toMatch(/value="partially_granted"[^>]*checked/);
    expect(decideForm).toMatch(/>Nama narasumber dihitamkan\.<\/textarea>/);

    // Partial grant without redacting the PDF: refused, nothing decided.
    const early = await send(ppidToken, filed.id, {
      type: 'DECIDE',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'b' }],
      consequenceTest,
      redactions: 'Nama narasumber dihitamkan.',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.files).toContain('laporan.pdf');

    // Redaction: bad regions are 400 with nothing stored.
    const redactPath = `${casePath}/berkas/${original!.id}/hitamkan`;
    const redactPage = await ppid.get(redactPath);
    expect(redactPage.status).toBe(200);
    expect(redactPage.html).toContain('/public/redaction.js');
    const row = (page: string, x0: string, y0: string, x1: string, y1: string, letter: string) => ({
      'r-page': page,
      'r-x0': x0,
      'r-y0': y0,
      'r-x1': x1,
      'r-y1': y1,
      'r-letter': letter,
    });
    expect((await ppid.post(redactPath, row('1', '60', '60', '900', '100', 'b'))).status).toBe(400);
    expect((await ppid.post(redactPath, row('1', '60', '60', '500', '100', ''))).status).toBe(400);
    expect((await ppid.post(redactPath, row('3', '60', '60', '500', '100', 'b'))).status).toBe(400);
    expect(await t.deps.db.selectFrom('case_files').select('id').execute()).toHaveLength(1);
    // A file of another case: 400.
    const other = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    await send(ppidToken, other.id, { type: 'START_REVIEW' });
    await ppid.get(`/petugas/kasus/${other.id}`);
    expect((await ppid.post(`/petugas/kasus/${other.id}/berkas/${original!.id}/hitamkan`, row('1', '60', '60', '500', '100', 'b'))).status).toBe(400);

    // The page is A4 (595 × 842 pt); the text line is at about y = 72–90 from the top.
    await ppid.get(redactPath);
    expect((await ppid.post(redactPath, row('1', '50', '60', '560', '120', 'b'))).status).toBe(303);
    const decided = await send(ppidToken, filed.id, {
      type: 'DECIDE',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'b' }],
      consequenceTest,
      redactions: 'Nama narasumber dihitamkan.',
    });
    expect(decided.status).toBe(200);

    const code = `?code=${filed.trackingCode}`;
    const num = encodeURIComponent(filed.registrationNumber);
    const tracked = await t.api('GET', `/api/v1/requests/${num}${code}`);
    expect(tracked.body.files).toHaveLength(1);
    expect(tracked.body.files[0]).toMatchObject({ redacted: true, contentType: 'application/pdf' });
    const res = await t.app.request(`/api/v1/requests/${num}/files/${tracked.body.files[0].id}${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const released = new Uint8Array(await res.arrayBuffer());
    const text = pdfText(released);
    expect(text).not.toContain('RAHASIA');
    expect(text).not.toContain('Narasumber');
    expect(text).toContain('17 b');
    // The original is never released; a wrong code is a 404.
    expect((await t.app.request(`/api/v1/requests/${num}/files/${original!.id}${code}`)).status).toBe(404);
    expect((await t.app.request(`/api/v1/requests/${num}/files/${tracked.body.files[0].id}?code=AAAA-AAAA-AAAA-AAAA`)).status).toBe(404);
    // The hash is in the decision's audit event, and the written notice summarises the redaction.
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('data')
      .where('case_id', '=', filed.id)
      .where('event', '=', 'DECIDE')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data).files[0].sha256).toBe(tracked.body.files[0].sha256);
    const notice = tracked.body.documents.find((d: { kind: string }) => d.kind === 'written_notice');
    const noticeText = pdfText(new Uint8Array(await (await t.app.request(`/api/v1/requests/${num}/documents/${notice.id}${code}`)).arrayBuffer()));
    expect(noticeText).toContain('laporan-dihitamkan.pdf');
    expect(noticeText).toMatch(/1 bagian dihitamkan/);
    // The e-mail names the file and links the tracking page.
    const mail = await t.deps.db.selectFrom('outbox').select('body_text').where('template', '=', 'request_decided').executeTakeFirstOrThrow();
    expect(mail.body_text).toContain('laporan-dihitamkan.pdf');
    expect(mail.body_text).toContain('/lacak?nomor=');
  });
});

describe('clarification both ways', () => {
  it('the requester answers through the API (JSON); the case returns to its handler, who is notified; a second answer is 409 with the events allowed', async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const ppidToken = await t.login('ppid');
    await send(ppidToken, filed.id, { type: 'START_REVIEW' });
    const num = encodeURIComponent(filed.registrationNumber);
    const path = `/api/v1/requests/${num}/clarification?code=${filed.trackingCode}`;
    const early = await t.api('POST', path, { body: { message: 'Tahun 2024 saja.' } });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'event_not_allowed', allowed: [] });

    expect((await send(ppidToken, filed.id, { type: 'REQUEST_CLARIFICATION', message: 'Perjanjian tahun berapa yang Anda maksud?' })).status).toBe(200);
    const tracked = await t.api('GET', `/api/v1/requests/${num}?code=${filed.trackingCode}`);
    expect(tracked.body.clarification).toMatchObject({ message: 'Perjanjian tahun berapa yang Anda maksud?', awaiting: true, clock: 'running' });

    expect((await t.api('POST', path, { body: { message: '' } })).status).toBe(400);
    expect((await t.api('POST', `/api/v1/requests/${num}/clarification?code=AAAA-AAAA-AAAA-AAAA`, { body: { message: 'x' } })).status).toBe(404);
    const ok = await t.api('POST', path, { body: { message: 'Tahun 2024 saja.' } });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('in_review');
    const view = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppidToken });
    expect(view.body.clarification).toMatchObject({ reply: 'Tahun 2024 saja.' });
    const ppid = await pageLogin(t, 'ppid');
    expect(textOf((await ppid.get('/petugas/notifikasi')).html)).toContain('Pemohon menjawab permintaan klarifikasi');
    const again = await t.api('POST', path, { body: { message: 'Lagi.' } });
    expect(again.status).toBe(409);
  });

  it('multipart with a file; a file that is not what it says is a field error and changes nothing; under the paused policy the deadline moves', async () => {
    await t.close();
    t = await makeContext({ env: { CLARIFICATION_CLOCK: 'paused' } });
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const ppidToken = await t.login('ppid');
    await send(ppidToken, filed.id, { type: 'START_REVIEW' });
    await send(ppidToken, filed.id, { type: 'REQUEST_CLARIFICATION', message: 'Lampirkan surat pengantar.' });
    const before = (await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppidToken })).body;
    t.clock.now = new Date(t.clock.now.getTime() + 3 * 24 * 3600 * 1000);
    const officer = await t.login('ppid'); // the earlier session has ended by now
    const num = encodeURIComponent(filed.registrationNumber);
    const post = async (name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('message', 'Surat terlampir.');
      form.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name));
      return t.app.request(`/api/v1/requests/${num}/clarification`, { method: 'POST', body: form, headers: { 'X-Tracking-Code': filed.trackingCode } });
    };
    const bad = await post('surat.pdf', ascii('%PDF-1.4 not really'));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.files).toBeDefined();
    expect((await t.api('GET', `/api/v1/cases/${filed.id}`, { token: officer })).body.status).toBe('awaiting_clarification');
    const good = await post('surat.pdf', await realPdf('Surat pengantar'));
    expect(good.status).toBe(200);
    const after = (await t.api('GET', `/api/v1/cases/${filed.id}`, { token: officer })).body;
    expect(after.status).toBe('in_review');
    expect(after.deadlines.noticeDue > before.deadlines.noticeDue).toBe(true);
    const files = await t.deps.db.selectFrom('case_files').select(['purpose', 'filename']).execute();
    expect(files).toEqual([{ purpose: 'clarification', filename: 'surat.pdf' }]);
    expect(textOf((await (await pageLogin(t, 'ppid')).get(`/petugas/kasus/${filed.id}`)).html)).toContain('Lampiran klarifikasi dari pemohon');
  });
});
