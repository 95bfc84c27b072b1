/**
 * What an auditor and the public see of the trail's integrity (issue 11 items 1, 5, 7): the
 * audit-trail pages (search by case and period, back and next, each event with its hash and a link
 * to the one before), the checkpoints page, the bundle form, the public verification of a letter
 * by the id in its QR code — and none of it shows the requester's personal data.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../src/audit/checkpoints';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageClient, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const PERSONAL = ['Andi Pratama', '3171012304900002', 'andi@example.org', '812 3456', 'Cikini'];
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A granted request (written notice issued) and a clarification naming the requester on another. */
async function history() {
  const ppid = await t.login('ppid');
  const granted = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
  const decided = await send(ppid, granted.id, { type: 'DECIDE', outcome: 'granted' });
  const asked = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
  await send(ppid, asked.id, { type: 'START_REVIEW' });
  await send(ppid, asked.id, { type: 'REQUEST_CLARIFICATION', message: 'Bapak Andi Pratama (andi@example.org), mohon jelaskan tahunnya.' });
  for (let i = 0; i < 26; i++) await t.api('POST', '/api/v1/requests', { body: validFiling() });
  const notice = (decided.documents as Array<{ id: string; kind: string }>).find((d) => d.kind === 'written_notice')!;
  return { granted, asked, notice };
}

describe('public verification of an issued document', () => {
  it('the letter carries its own verification address; API and page show number, date, issuer, kind and SHA-256, nothing personal', async () => {
    const { granted, notice } = await history();
    const stored = await t.deps.db.selectFrom('documents').select(['bytes', 'sha256', 'letter_number']).where('id', '=', notice.id).executeTakeFirstOrThrow();
    expect(pdfText(Buffer.from(stored.bytes))).toContain(`Verifikasi: http://localhost:8787/verifikasi/${notice.id}`);

    const api = await t.api('GET', `/api/v1/documents/verify/${notice.id}`);
    expect(api.status).toBe(200);
    expect(api.body).toMatchObject({
      documentId: notice.id,
      number: stored.letter_number,
      date: '2026-11-23',
      kind: 'written_notice',
      sha256: stored.sha256,
      url: `http://localhost:8787/verifikasi/${notice.id}`,
    });
    expect(api.body.issuer.body.id).toMatch(/Kementerian/);
    const page = await pageClient(t).get(`/verifikasi/${notice.id}`);
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    for (const shown of [stored.letter_number!, stored.sha256, '23 November 2026', 'Pemberitahuan tertulis']) expect(text).toContain(shown);
    for (const p of [...PERSONAL, granted.trackingCode]) {
      expect(text).not.toContain(p);
      expect(JSON.stringify(api.body)).not.toContain(p);
    }
    expect((await t.api('GET', '/api/v1/documents/verify/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.api('GET', '/api/v1/documents/verify/not-an-id')).status).toBe(404);
    expect((await pageClient(t).get('/verifikasi/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('an auditor is shown the verification page for a letter, never a link that refuses them', async () => {
    const { granted, notice } = await history();
    const auditor = await pageLogin(t, 'auditor');
    // The officer's case page sends an auditor to the read-only view, which links each letter to its verification page.
    const officerPage = await auditor.get(`/petugas/kasus/${granted.id}`);
    expect(officerPage.status).toBe(303);
    const casePage = await auditor.get(`/auditor/kasus/${granted.id}`);
    expect(casePage.status).toBe(200);
    expect(casePage.html).toContain(`href="/verifikasi/${notice.id}"`);
    expect(casePage.html).not.toContain(`/api/v1/cases/${granted.id}/documents/`);
    expect((await auditor.get(`/verifikasi/${notice.id}`)).status).toBe(200);
    // The PPID still opens the PDF itself.
    const ppid = await pageLogin(t, 'ppid');
    expect((await ppid.get(`/petugas/kasus/${granted.id}`)).html).toContain(`/api/v1/cases/${granted.id}/documents/${notice.id}`);
  });

  it('publishes the latest signed checkpoint', async () => {
    await history();
    const signed = await signCheckpoint(t.deps, 'manual');
    const page = await pageClient(t).get('/verifikasi');
    expect(page.status).toBe(200);
    expect(page.html).toContain(signed.ok ? signed.checkpoint.head : 'x');
    expect(page.html).toContain('BEGIN PUBLIC KEY');
  });
});

describe('the auditor integrity pages', () => {
  it('the trail: newest first, older and newer pages, search by case, each event with its hash and previous event, no personal data', async () => {
    const { asked } = await history();
    const auditor = await pageLogin(t, 'auditor');
    const first = await auditor.get('/auditor/jejak-audit');
    expect(first.status).toBe(200);
    const head = await t.deps.db.selectFrom('audit_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
    expect(first.html).toContain(head.hash.slice(0, 16));
    expect(first.html).toContain(`href="/auditor/jejak-audit/peristiwa/${head.seq - 1}"`);
    expect((await auditor.get(`/auditor/jejak-audit/peristiwa/${head.seq}`)).html).toContain(head.hash);
    const older = /href="(\/auditor\/jejak-audit\?before=\d+)"/.exec(first.html)?.[1];
    expect(older).toBeDefined();
    const second = await auditor.get(older!.replace(/&amp;/g, '&'));
    expect(second.status).toBe(200);
    expect(second.html).not.toContain(head.hash.slice(0, 16));
    const newer = /href="(\/auditor\/jejak-audit\?after=\d+)"/.exec(second.html)?.[1];
    const back = await auditor.get(newer!.replace(/&amp;/g, '&'));
    expect(back.html).toContain(head.hash.slice(0, 16));

    const byCase = await auditor.get(`/auditor/jejak-audit?case=${encodeURIComponent(asked.registrationNumber)}&from=2026-11-23&to=2026-11-23`);
    expect(byCase.status).toBe(200);
    const rows = [...byCase.html.matchAll(/<tr><th scope="row">/g)].length;
    expect(rows).toBe(4); // REGISTER, ISSUE_DOCUMENT (the receipt, at filing), START_REVIEW, REQUEST_CLARIFICATION
    expect(textOf(byCase.html)).toContain('REQUEST_CLARIFICATION');
    const seq = Number(/peristiwa\/(\d+)">#\1/.exec(byCase.html)?.[1]);
    const event = await auditor.get(`/auditor/jejak-audit/peristiwa/${seq}`);
    expect(event.status).toBe(200);
    expect(event.html).toContain(`href="/auditor/jejak-audit/peristiwa/${seq - 1}"`);
    expect(event.html).toContain('$commitment');
    for (const page of [first, second, byCase, event]) for (const p of PERSONAL) expect(textOf(page.html)).not.toContain(p);

    const inverted = await auditor.get('/auditor/jejak-audit?from=2026-11-30&to=2026-11-01');
    expect(inverted.status).toBe(400);
    expect(textOf(inverted.html)).toContain('Tanggal akhir tidak boleh sebelum tanggal awal');
    expect(textOf((await auditor.get('/auditor/jejak-audit?case=99999%2FX%2F2026')).html)).toContain('Tidak ada perkara');
  });

  it('checkpoints: each with its verification, and the whole chain on request', async () => {
    await history();
    await signCheckpoint(t.deps, 'manual');
    const auditor = await pageLogin(t, 'auditor');
    const page = await auditor.get('/auditor/checkpoint');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Sah dan cocok');
    const walk = await auditor.get('/auditor/checkpoint?periksa=1');
    expect(textOf(walk.html)).toMatch(/Rantai utuh: \d+ peristiwa; 1 checkpoint cocok/);
  });

  it('the bundle form: a bad period is refused on the form, a good one downloads the ZIP', async () => {
    await history();
    const auditor = await pageLogin(t, 'auditor');
    expect((await auditor.get('/auditor/bundel')).status).toBe(200);
    const bad = await auditor.get('/auditor/bundel/unduh?from=2026-11-30&to=2026-11-01');
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toContain('Tanggal akhir tidak boleh sebelum tanggal awal');
    const ok = await auditor.get('/auditor/bundel/unduh?from=2026-11-01&to=2026-11-30');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/zip');
  });

  it('roles: officers without the need are refused, the anonymous go to the login page', async () => {
    expect((await pageClient(t).get('/auditor/jejak-audit')).status).toBe(303);
    const pelaksana = await pageLogin(t, 'pelaksana.dit');
    expect((await pelaksana.get('/auditor/jejak-audit')).status).toBe(403);
    expect((await pelaksana.get('/auditor/checkpoint')).status).toBe(403);
    const ppid = await pageLogin(t, 'ppid');
    expect((await ppid.get('/auditor/jejak-audit')).status).toBe(200);
    expect((await ppid.get('/auditor/bundel')).status).toBe(403);
  });
});
