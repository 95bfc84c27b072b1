/**
 * The e-mail outbox against a fake Resend API on 127.0.0.1 (the real client, pointed at it by
 * baseUrl): retries with back-off, a bounded number of tries, no message lost or sent twice
 * across a restart, PDF attachments, and the administrators' outbox page.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { enqueueDueSoonReminders } from '../../src/mail/reminders';
import { localTransport, resendTransport } from '../../src/mail/transport';
import { MAX_ATTEMPTS, drainOutbox } from '../../src/mail/worker';
import { makeContext, type TestContext, tempDbUrl, validFiling } from '../helpers/context';

/** A stand-in for api.resend.com: scripted answers, and Resend's idempotency (one e-mail per key). */
class FakeResend {
  server: Server;
  requests: Array<{ key: string | undefined; auth: string | undefined; body: any }> = [];
  delivered = new Map<string, string>();
  /** What to answer next: a status, or 'hang' to keep the request open. */
  script: Array<number | 'hang'> = [];
  fallback: number | 'hang' = 200;
  hanging: ServerResponse[] = [];

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start() {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const key = req.headers['idempotency-key'] as string | undefined;
    this.requests.push({ key, auth: req.headers.authorization, body: JSON.parse(raw) });
    const answer = this.script.shift() ?? this.fallback;
    if (answer === 'hang') {
      this.hanging.push(res);
      return;
    }
    if (answer !== 200) {
      res.writeHead(answer, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ statusCode: answer, name: 'internal_server_error', message: 'Resend is having a bad day' }));
      return;
    }
    let id = key ? this.delivered.get(key) : undefined;
    if (!id) {
      id = `re_${this.delivered.size + 1}`;
      this.delivered.set(key ?? id, id);
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id }));
  }

  async stop() {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    this.server.close();
  }
}

let t: TestContext;
let fake: FakeResend;
let baseUrl: string;
beforeEach(async () => {
  fake = new FakeResend();
  baseUrl = await fake.start();
});
afterEach(async () => {
  await fake.stop();
  await t?.close();
});

const minutes = (n: number) => n * 60_000;
const advance = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

/** One filing by a requester with an e-mail address: one requester mail and the officers' mails. */
async function fileOne() {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling() });
  expect(res.status).toBe(201);
  return res.body;
}

async function requesterMail(caseId: string) {
  return t.deps.db.selectFrom('outbox').selectAll().where('case_id', '=', caseId).where('template', '=', 'request_received').executeTakeFirstOrThrow();
}

describe('delivery through Resend', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('answers 500 twice then 200: the message is sent once, after backing off 1 then 2 minutes', async () => {
    const receipt = await fileOne();
    // Officers' mails go out first so that only the requester's is scripted.
    await t.db.updateTable('outbox').set({ status: 'sent' }).where('template', '!=', 'request_received').execute();
    const transport = resendTransport({ apiKey: 're_test_key', baseUrl });
    fake.script = [500, 500];

    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let row = await requesterMail(receipt.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.last_error).toContain('HTTP 500');
    expect(row.next_attempt_at).toBe(new Date(t.clock.now.getTime() + minutes(1)).toISOString());

    advance(minutes(1) - 1000);
    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 0, retrying: 0, failed: 0 }); // not due yet
    advance(1000);
    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    row = await requesterMail(receipt.id);
    expect(row.attempts).toBe(2);
    expect(row.next_attempt_at).toBe(new Date(t.clock.now.getTime() + minutes(2)).toISOString());
    advance(minutes(2));
    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    row = await requesterMail(receipt.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, provider_id: 're_1', last_error: null });
    expect(await drainOutbox(t.deps, { transport: resendTransport({ apiKey: 're_test_key', baseUrl }) })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    expect(fake.requests).toHaveLength(3);
    expect(new Set(fake.requests.map((r) => r.key))).toEqual(new Set([row.id])); // every try carried the row id as Idempotency-Key
    expect(fake.delivered.size).toBe(1);
    expect(fake.requests[0]!.auth).toBe('Bearer re_test_key');
    expect(fake.requests[0]!.body).toMatchObject({ to: 'andi@example.org', subject: row.subject, text: row.body_text });
  });

  it('stays down: after a bounded number of tries the message is failed, shown to administrators, and can be retried', async () => {
    const receipt = await fileOne();
    await t.db.updateTable('outbox').set({ status: 'sent' }).where('template', '!=', 'request_received').execute();
    const transport = resendTransport({ apiKey: 're_test_key', baseUrl });
    fake.fallback = 500;
    for (let i = 0; i < 20; i += 1) {
      await drainOutbox(t.deps, { transport });
      advance(minutes(24 * 60));
    }
    const row = await requesterMail(receipt.id);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(row.last_error).toContain('HTTP 500');
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS); // never retried forever
    expect(fake.delivered.size).toBe(0);

    // The administrators' outbox lists it with its error and a retry button.
    const admin = await t.login('admin');
    const cookie = `terbuka_session=${admin}`;
    const page = await t.app.request('/admin/outbox?status=failed', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(row.subject);
    expect(html).toContain('HTTP 500');
    expect(html).toContain('a•••@example.org');
    expect(html).not.toContain('andi@example.org');
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    // A post without the form token is refused; with it, the message is pending again with fresh tries.
    const form = (body: string) =>
      t.app.request(`/admin/outbox/${row.id}/retry`, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect((await form('_csrf=forged')).status).toBe(403);
    const retried = await form(`_csrf=${encodeURIComponent(token)}`);
    expect(retried.status).toBe(303);
    expect(await requesterMail(receipt.id)).toMatchObject({ status: 'pending', attempts: 0 });
    fake.fallback = 200;
    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });

  it('a permanent error (invalid address) fails at once', async () => {
    const receipt = await fileOne();
    await t.db.updateTable('outbox').set({ status: 'sent' }).where('template', '!=', 'request_received').execute();
    fake.server.removeAllListeners('request');
    fake.server.on('request', (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(422, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' }));
      });
    });
    await drainOutbox(t.deps, { transport: resendTransport({ apiKey: 're_test_key', baseUrl }) });
    expect(await requesterMail(receipt.id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('sends the decision with its PDFs attached', async () => {
    const receipt = await fileOne();
    const ppid = await t.login('ppid');
    let current = await t.api('GET', `/api/v1/cases/${receipt.id}`, { token: ppid });
    await t.api('POST', `/api/v1/cases/${receipt.id}/events`, { token: ppid, body: { type: 'START_REVIEW', expectedVersion: current.body.version } });
    current = await t.api('GET', `/api/v1/cases/${receipt.id}`, { token: ppid });
    const decided = await t.api('POST', `/api/v1/cases/${receipt.id}/events`, {
      token: ppid,
      body: { type: 'DECIDE', outcome: 'granted', expectedVersion: current.body.version },
    });
    expect(decided.status).toBe(200);
    await drainOutbox(t.deps, { transport: resendTransport({ apiKey: 're_test_key', baseUrl }) });
    const sent = fake.requests.find((r) => r.body.subject.startsWith('Keputusan atas permohonan'))!;
    const stored = await t.deps.db
      .selectFrom('documents')
      .select(['filename', 'bytes'])
      .where('id', '=', decided.body.documents.find((d: { kind: string }) => d.kind === 'written_notice').id)
      .executeTakeFirstOrThrow();
    expect(sent.body.attachments).toHaveLength(1);
    expect(sent.body.attachments[0].filename).toBe(stored.filename);
    expect(Buffer.from(sent.body.attachments[0].content, 'base64').equals(Buffer.from(stored.bytes))).toBe(true);
  });
});

describe('a restart mid-delivery', () => {
  it('loses nothing and sends nothing twice: the lease lapses, the next process sends again with the same key', async () => {
    const url = tempDbUrl();
    t = await makeContext({ databaseUrl: url });
    const receipt = await fileOne();
    await t.db.updateTable('outbox').set({ status: 'sent' }).where('template', '!=', 'request_received').execute();
    const now = t.clock.now;

    // The first process claims the message and sends it; Resend accepts it, but the answer never
    // comes back before the process dies.
    fake.script = ['hang'];
    const dying = drainOutbox(t.deps, { transport: resendTransport({ apiKey: 're_test_key', baseUrl }) }).catch(() => null);
    while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    const first = t;
    t = await makeContext({ databaseUrl: url, now: now.toISOString() });
    await first.close().catch(() => undefined);
    await fake.stop(); // the hung connection drops with the dead process
    void dying;

    fake = new FakeResend();
    baseUrl = await fake.start();
    const transport = resendTransport({ apiKey: 're_test_key', baseUrl });
    let row = await requesterMail(receipt.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.claimed_until).not.toBeNull();
    // While the dead process's lease holds, nobody takes the row (it might still be sending).
    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    advance(minutes(5) + 1000);
    expect(await drainOutbox(t.deps, { transport })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    row = await requesterMail(receipt.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(fake.requests.map((r) => r.key)).toEqual([row.id]); // the same Idempotency-Key as the lost send
  });

  it('two workers at once never send the same row twice', async () => {
    t = await makeContext();
    for (let i = 0; i < 5; i += 1) await fileOne();
    const transport = resendTransport({ apiKey: 're_test_key', baseUrl });
    const [a, b] = await Promise.all([drainOutbox(t.deps, { transport }), drainOutbox(t.deps, { transport })]);
    const total = await t.deps.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(a.sent + b.sent).toBe(Number(total.n));
    expect(fake.requests).toHaveLength(Number(total.n));
    expect(new Set(fake.requests.map((r) => r.key)).size).toBe(Number(total.n));
  });
});

describe('the local mailbox (no RESEND_API_KEY)', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('marks messages sent into the outbox, which administrators read on /admin/outbox', async () => {
    const receipt = await fileOne();
    const result = await drainOutbox(t.deps, { transport: localTransport() });
    expect(result.sent).toBeGreaterThan(0);
    const row = await requesterMail(receipt.id);
    expect(row).toMatchObject({ status: 'sent', provider_id: `local:${row.id}` });
    const admin = await t.login('admin');
    const html = await (await t.app.request('/admin/outbox', { headers: { Cookie: `terbuka_session=${admin}` } })).text();
    expect(html).toContain(`Permohonan informasi ${receipt.registrationNumber} telah diterima`);
    expect(html).toContain('Mode lokal');
    // Only administrators: others are refused, strangers sent to log in.
    const ppid = await t.login('ppid');
    expect((await t.app.request('/admin/outbox', { headers: { Cookie: `terbuka_session=${ppid}` } })).status).toBe(403);
    expect((await t.app.request('/admin/outbox')).status).toBe(303);
  });
});

describe('officer reminders', () => {
  beforeEach(async () => {
    t = await makeContext();
  });

  it('due soon: once per case and due date, 2 working days ahead; overdue: with the overdue mark', async () => {
    const receipt = await fileOne(); // due Monday 7 December 2026
    const reminders = () =>
      t.deps.db
        .selectFrom('outbox')
        .select(['to_address', 'template', 'body_text'])
        .where('case_id', '=', receipt.id)
        .where('template', 'in', ['officer_due_soon', 'officer_overdue'])
        .execute();
    t.clock.now = new Date('2026-12-02T03:00:00.000Z'); // Wednesday: 3 working days left
    expect(await enqueueDueSoonReminders(t.deps)).toBe(0);
    t.clock.now = new Date('2026-12-03T03:00:00.000Z'); // Thursday: Friday and Monday left
    expect(await enqueueDueSoonReminders(t.deps)).toBe(1);
    expect(await enqueueDueSoonReminders(t.deps)).toBe(0);
    const due = await reminders();
    expect(due.map((m) => m.to_address)).toEqual(['ppid@demo.terbuka.invalid']);
    expect(due[0]!.body_text).toContain('7 Desember 2026');

    t.clock.now = new Date('2026-12-08T03:00:00.000Z');
    expect(await markOverdue(t.deps)).toBe(1);
    expect(await markOverdue(t.deps)).toBe(0);
    const all = await reminders();
    expect(all.filter((m) => m.template === 'officer_overdue').map((m) => m.to_address)).toEqual(['ppid@demo.terbuka.invalid']);
  });
});
