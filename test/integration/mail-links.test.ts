/** Links in e-mails are absolute: a mail client has no page to resolve `/lacak?nomor=…` against. */
import { afterEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
afterEach(async () => {
  await t.close();
});

const receiptMail = async () => {
  const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
  const mail = await t.deps.db.selectFrom('outbox').select(['to_address', 'body_text']).where('to_address', '=', 'andi@example.org').executeTakeFirstOrThrow();
  return { number: filed.registrationNumber as string, text: mail.body_text };
};

describe('links in e-mails', () => {
  it('use PUBLIC_BASE_URL', async () => {
    t = await makeContext({ env: { PUBLIC_BASE_URL: 'https://ppid.kemlu.example/' } });
    const { number, text } = await receiptMail();
    expect(text).toContain(`https://ppid.kemlu.example/lacak?nomor=${encodeURIComponent(number)}`);
  });

  it('point at this machine in demo mode without a setting, never a bare path', async () => {
    t = await makeContext();
    const { number, text } = await receiptMail();
    expect(text).toContain(`http://localhost:8787/lacak?nomor=${encodeURIComponent(number)}`);
    expect(text).not.toMatch(/(^|\s)\/lacak/);
  });
});
