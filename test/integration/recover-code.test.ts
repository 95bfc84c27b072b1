/**
 * A lost tracking code (issue 18 item 3): a new code by e-mail to the address on file, the old one
 * dead at once, and an answer that says nothing about whether the number and address matched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, makeContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeAll(async () => {
  t = await makeContext();
});
afterAll(async () => t.close());

const file = async (email = 'andi@example.org') => {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling({ requester: { ...validFiling().requester, email } }) });
  expect(res.status).toBe(201);
  return res.body as { registrationNumber: string; trackingCode: string };
};
const track = (number: string, code: string) => t.api('GET', `/api/v1/requests/${encodeURIComponent(number)}?code=${encodeURIComponent(code)}`);
const recover = (registrationNumber: string, email: string, lang = 'id') =>
  t.api('POST', '/api/v1/requests/recover', { body: { registrationNumber, email }, lang });
const codeMails = (number: string) =>
  t.db
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'body_text'])
    .where('template', '=', 'tracking_code_reissued')
    .where('subject', 'like', `%${number}%`)
    .execute();

describe('a lost tracking code', () => {
  it('e-mails a new code to the address on file; the old code stops working and the new one opens the request', async () => {
    const filed = await file('Rina.Lestari@Example.org');
    const res = await recover(filed.registrationNumber, '  rina.lestari@example.org ');
    expect(res.status).toBe(202);
    const mails = await codeMails(filed.registrationNumber);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to_address).toBe('Rina.Lestari@Example.org');
    const code = /Kode pelacakan baru: ([0-9A-Z-]{19})/.exec(mails[0]!.body_text)?.[1];
    expect(code).toBeDefined();
    expect(code).not.toBe(filed.trackingCode);
    expect(mails[0]!.body_text).toContain(`/lacak?nomor=${encodeURIComponent(filed.registrationNumber)}`);
    expect((await track(filed.registrationNumber, filed.trackingCode)).status).toBe(404);
    const tracked = await track(filed.registrationNumber, code!);
    expect(tracked.status).toBe(200);
    // The requester's timeline shows it (a code they did not ask for would show here), and no code or address is in the audit trail.
    expect(tracked.body.timeline.map((e: { event: string }) => e.event)).toContain('TRACKING_CODE_REISSUED');
    const events = await t.db.selectFrom('audit_events').select(['event', 'data']).where('event', '=', 'TRACKING_CODE_REISSUED').execute();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.data).not.toMatch(/@|[0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it('answers a wrong address or an unknown number exactly as a match, and changes nothing', async () => {
    const filed = await file();
    const match = await recover(filed.registrationNumber, 'andi@example.org');
    const wrongAddress = await recover(filed.registrationNumber, 'someone.else@example.org');
    const unknownNumber = await recover('99999/PPID-PPID/2026', 'andi@example.org');
    expect(wrongAddress.status).toBe(match.status);
    expect(unknownNumber.status).toBe(match.status);
    expect(wrongAddress.body).toEqual(match.body);
    expect(unknownNumber.body).toEqual(match.body);
    expect(await codeMails(filed.registrationNumber)).toHaveLength(1);
  });

  it('sends at most three new codes for a case in 24 hours, then answers the same and sends nothing', async () => {
    const filed = await file('limit@example.org');
    for (let i = 0; i < 5; i++) expect((await recover(filed.registrationNumber, 'limit@example.org')).status).toBe(202);
    expect(await codeMails(filed.registrationNumber)).toHaveLength(3);
    t.clock.now = new Date(t.clock.now.getTime() + 25 * 3_600_000);
    await recover(filed.registrationNumber, 'limit@example.org');
    expect(await codeMails(filed.registrationNumber)).toHaveLength(4);
  });

  it('refuses a missing number or a malformed address field by field, in both languages', async () => {
    const id = await t.api('POST', '/api/v1/requests/recover', { body: { registrationNumber: '', email: 'not-an-address' } });
    expect(id.status).toBe(400);
    expect(id.body.error.fields).toMatchObject({ registrationNumber: expect.any(String), email: 'Alamat e-mail tidak valid.' });
    const en = await t.api('POST', '/api/v1/requests/recover', { body: { registrationNumber: 'x' }, lang: 'en' });
    expect(en.status).toBe(400);
    expect(en.body.error.fields.email).toMatch(/required/i);
  });

  it('has a page reached from the tracking form that answers the same way', async () => {
    const tracking = await (await t.app.request('/lacak')).text();
    expect(tracking).toContain('href="/lacak/kode-baru"');
    const form = await t.app.request('/lacak/kode-baru');
    expect(form.status).toBe(200);
    const empty = await t.app.request('/lacak/kode-baru', {
      method: 'POST',
      headers: { Origin: 'http://localhost' },
      body: new URLSearchParams({ nomor: '', email: '' }),
    });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('aria-invalid="true"');
    const filed = await file('page@example.org');
    const ok = await t.app.request('/lacak/kode-baru', {
      method: 'POST',
      headers: { Origin: 'http://localhost' },
      body: new URLSearchParams({ nomor: filed.registrationNumber, email: 'page@example.org' }),
    });
    const wrong = await t.app.request('/lacak/kode-baru', {
      method: 'POST',
      headers: { Origin: 'http://localhost' },
      body: new URLSearchParams({ nomor: filed.registrationNumber, email: 'x@example.org' }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe(await wrong.text());
    expect(await codeMails(filed.registrationNumber)).toHaveLength(1);
  });
});
