/**
 * A case's history in plain words: a request denied, objected to, answered by the atasan PPID and
 * taken to the Information Commission, read on every page that shows its history — the requester's
 * tracking page, the officer's case page and the objection page — in Indonesian and English. No
 * page shows an internal event code (`OBJECTION_REGISTER`, `DECIDE_OBJECTION`, `RECORD_DISPUTE`…).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';
import { ORIGIN, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

/** An internal code: upper-case words joined by underscores. */
const INTERNAL_CODE = /\b[A-Z]+(?:_[A-Z]+)+\b/g;
const codesIn = (text: string) => text.match(INTERNAL_CODE) ?? [];

async function ok(res: Promise<{ status: number; body: unknown }>) {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body as { id: string; version: number };
}

/** Denied, objected to, upheld by the atasan PPID, then a dispute registered at the Commission. */
async function objectionAndDispute() {
  const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { id: string; registrationNumber: string; trackingCode: string };
  const ppid = await t.login('ppid');
  await ok(
    t.api('POST', `/api/v1/cases/${filed.id}/events`, {
      token: ppid,
      body: { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest, expectedVersion: 1 },
    }),
  );
  const objection = await ok(
    t.api('POST', `/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}/objections?code=${filed.trackingCode}`, {
      body: { grounds: ['a'], reason: 'Perundingan itu sudah selesai dan hasilnya diumumkan.' },
    }),
  );
  const atasan = await t.login('atasan');
  const send = (token: string, version: number, body: Record<string, unknown>) =>
    ok(t.api('POST', `/api/v1/objections/${objection.id}/events`, { token, body: { ...body, expectedVersion: version } }));
  await send(atasan, 1, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: 'Uji konsekuensi masih berlaku; perundingan belum selesai.' });
  t.clock.now = new Date('2026-11-30T03:00:00.000Z'); // a week later: a new session
  const ppidLater = await t.login('ppid');
  await send(ppidLater, 2, { type: 'RECORD_DISPUTE', commission: 'Komisi Informasi Pusat', registrationNumber: '001/XI/KIP-PS/2026', filedOn: '2026-11-27' });
  await send(ppidLater, 3, { type: 'RECORD_DISPUTE_STAGE', stage: 'registered', on: '2026-11-27' });
  return { filed, objectionId: objection.id };
}

/** The tracking page as the requester reads it after giving the number and the code. */
async function trackingText(number: string, code: string, lang: 'id' | 'en') {
  const res = await t.app.request('/lacak', {
    method: 'POST',
    body: new URLSearchParams({ nomor: number, kode: code }),
    headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  expect(res.status).toBe(303);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const page = await t.app.request(`${res.headers.get('Location')}&lang=${lang}`, { headers: { Cookie: cookie } });
  expect(page.status).toBe(200);
  return textOf(await page.text());
}

describe('a case history read on every page', () => {
  it('names each step of an objection and a dispute in Indonesian and English, never by its internal code', async () => {
    const { filed, objectionId } = await objectionAndDispute();
    const ppid = await pageLogin(t, 'ppid');
    const pages = {
      trackingId: await trackingText(filed.registrationNumber, filed.trackingCode, 'id'),
      trackingEn: await trackingText(filed.registrationNumber, filed.trackingCode, 'en'),
      // Indonesian first: the language switch is remembered for the pages after it.
      caseId: textOf((await ppid.get(`/petugas/kasus/${filed.id}`)).html),
      objectionId: textOf((await ppid.get(`/petugas/atasan/keberatan/${objectionId}`)).html),
      caseEn: textOf((await ppid.get(`/petugas/kasus/${filed.id}?lang=en`)).html),
      objectionEn: textOf((await ppid.get(`/petugas/atasan/keberatan/${objectionId}?lang=en`)).html),
    };
    for (const [name, text] of Object.entries(pages)) {
      expect(codesIn(text), name).toEqual([]);
      const lang = name.endsWith('En') ? 'en' : 'id';
      const expected =
        lang === 'id'
          ? ['Keberatan diterima dan didaftarkan', 'Atasan PPID menanggapi keberatan', 'Sengketa informasi dicatat di Komisi Informasi']
          : [
              'Objection received and registered',
              'The atasan PPID answered the objection',
              'An information dispute was recorded at the Information Commission',
            ];
      for (const label of expected) expect(text, `${name}: ${label}`).toContain(label);
    }
    // The dispute's stage and the officers' own steps are in the officers' history too.
    expect(pages.caseId).toContain('Tahap sengketa di Komisi Informasi dicatat');
    expect(pages.objectionEn).toContain('A stage of the dispute at the Commission was recorded');
    // The objection's letters are named, not shown by file name.
    expect(pages.objectionId).toContain('Tanggapan Atasan PPID atas keberatan');
    expect(pages.trackingEn).toContain('The atasan PPID’s response to the objection');
    for (const text of Object.values(pages)) expect(text).not.toMatch(/\.pdf\b/);
  });
});
