/**
 * Privacy (issue 16): the notice beside the request and objection forms, and the retention job
 * that, past the retention period of a closed case, replaces the requester's personal data with a
 * pseudonym and deletes the scan — leaving the statistics, the registers and the audit chain whole.
 * The clock is pinned and moved by the test.
 */
import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/audit/audit-log';
import { pseudonymiseExpired } from '../../src/privacy/retention';
import { publicStatistics } from '../../src/reports/statistics';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { filingWithScan, realImage } from '../helpers/files';
import { ORIGIN, textOf } from './officer-helpers';

let t: TestContext;
afterEach(async () => {
  await t.close();
});

const page = async (path: string, lang: string) => {
  const res = await t.app.request(path, { headers: { 'Accept-Language': lang } });
  return { status: res.status, text: textOf(await res.text()) };
};

describe('the privacy notice', () => {
  it('stands beside the request form and the objection form, in Indonesian and English, with the retention period and contact from the settings', async () => {
    t = await makeContext({ env: { PERSONAL_DATA_RETENTION_MONTHS: '18', PRIVACY_CONTACT: 'PPID Utama, privasi@kemlu.example' } });
    for (const path of ['/ajukan', '/keberatan']) {
      const id = await page(path, 'id');
      expect(id.status).toBe(200);
      expect(id.text).toContain('Pemberitahuan privasi');
      expect(id.text).toContain('Perki 1/2021');
      expect(id.text).toContain('18 bulan setelah permohonan');
      expect(id.text).toContain('Auditor dan publik hanya melihat nomor');
      expect(id.text).toContain('privasi@kemlu.example');
      const en = await page(`${path}?lang=en`, 'en');
      expect(en.text).toContain('Privacy notice');
      expect(en.text).toContain('18 months after the request');
      expect(en.text).toContain('privasi@kemlu.example');
    }
    expect((await page('/ajukan', 'id')).text).toContain('Pasal 22 UU 14/2008');
    expect((await page('/keberatan', 'id')).text).toContain('Pasal 35–36 UU 14/2008');
  });

  it('says years when the period is whole years (the default: 5)', async () => {
    t = await makeContext();
    expect((await page('/ajukan', 'id')).text).toContain('5 tahun setelah permohonan');
    expect((await page('/ajukan?lang=en', 'en')).text).toContain('5 years after the request');
  });
});

let SCAN: Uint8Array;
beforeAll(async () => {
  SCAN = await realImage('png');
});

/** Files a request with a KTP scan through the web form; returns the case id. */
async function fileWithScan(name: string, nik: string) {
  const form = filingWithScan(SCAN, {
    idempotencyKey: crypto.randomUUID(),
    'requester.name': name,
    'requester.nik': nik,
    'requester.phone': '+62 812 3456 7890',
    information: 'Salinan perjanjian kerja sama kebudayaan.',
  });
  expect((await t.app.request('/ajukan', { method: 'POST', body: form, headers: { Origin: ORIGIN } })).status).toBe(303);
  return (
    await t.deps.db
      .selectFrom('cases')
      .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
      .select('cases.id')
      .where('requesters.nik', '=', nik)
      .executeTakeFirstOrThrow()
  ).id;
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status).toBe(200);
  return res;
}

async function grantAndClose(id: string) {
  const ppid = await t.login('ppid');
  await send(ppid, id, { type: 'DECIDE', outcome: 'granted' });
  await send(ppid, id, { type: 'DELIVER', method: 'email' });
  await send(ppid, id, { type: 'CLOSE' });
}

const requesterOf = (caseId: string) =>
  t.deps.db
    .selectFrom('cases')
    .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
    .selectAll('requesters')
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
const scansOf = async (caseId: string) =>
  (
    await sql<{ n: number }>`select count(*) as n from identity_documents d join cases c on c.requester_id = d.requester_id where c.id = ${caseId}`.execute(
      t.deps.db,
    )
  ).rows[0]!.n;

/** The 2026 figures (without the list of years, which grows with the clock). */
const stats2026 = async () => {
  const { years: _years, ...figures } = await publicStatistics(t.deps, 2026);
  return figures;
};

describe('the retention job', () => {
  it('past the period of a closed case: a pseudonym for the personal data, the scan deleted, statistics and the audit chain unchanged; an open case untouched', async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { PERSONAL_DATA_RETENTION_MONTHS: '60' } });
    const closed = await fileWithScan('Andi Pratama', '3171012304900002');
    const open = await fileWithScan('Siti Aminah', '3171014506880003');
    t.clock.now = new Date('2026-11-25T03:00:00.000Z');
    await grantAndClose(closed);

    const statsBefore = await stats2026();
    const chainBefore = await t.deps.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq').execute();

    // One minute before five years have passed since the closing: nothing yet.
    t.clock.now = new Date('2031-11-25T02:59:00.000Z');
    expect(await pseudonymiseExpired(t.deps)).toBe(0);
    expect((await requesterOf(closed)).nik).toBe('3171012304900002');

    t.clock.now = new Date('2031-11-26T03:00:00.000Z');
    expect(await pseudonymiseExpired(t.deps)).toBe(1);
    const erased = await requesterOf(closed);
    expect(erased).toMatchObject({ type: 'individual', nik: null, passport_number: null, email: null, phone: null, address: '', occupation: null });
    expect(erased.name).toMatch(/^Pemohon-[0-9a-f]{10}$/);
    expect(erased.pseudonymised_at).toBe('2031-11-26T03:00:00.000Z');
    expect(await scansOf(closed)).toBe(0);
    // The e-mails sent to the requester no longer carry their address.
    const mailTo = await t.deps.db.selectFrom('outbox').select('to_address').where('case_id', '=', closed).execute();
    expect(mailTo.length).toBeGreaterThan(0);
    expect(mailTo.map((m) => m.to_address)).not.toContain('andi@example.org');

    // The open case keeps everything.
    expect(await requesterOf(open)).toMatchObject({ name: 'Siti Aminah', nik: '3171014506880003' });
    expect(await scansOf(open)).toBe(1);

    // Statistics and the audit chain: the same counts, the old links unchanged, the chain whole.
    expect(await stats2026()).toEqual(statsBefore);
    const chainAfter = await t.deps.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq').execute();
    expect(chainAfter.slice(0, chainBefore.length)).toEqual(chainBefore);
    expect((await verifyAudit(t.deps.db)).ok).toBe(true);

    // The job's own step is audited, without any of the personal data.
    const [event] = await t.deps.db.selectFrom('audit_events').selectAll().where('event', '=', 'PERSONAL_DATA_PSEUDONYMISED').execute();
    expect(event).toMatchObject({ case_id: closed, actor_kind: 'system' });
    expect(JSON.parse(event!.data)).toEqual({ retentionMonths: 60, identityDocumentsDeleted: 1 });
    const everything = JSON.stringify(await t.deps.db.selectFrom('audit_events').selectAll().execute());
    for (const personal of ['Andi', '3171012304900002', 'andi@example.org', 'Cikini', '812 3456']) expect(everything).not.toContain(personal);

    // The officer's case page shows the pseudonym; a second run finds nothing to do.
    const ppid = await t.login('ppid');
    const view = await t.api('GET', `/api/v1/cases/${closed}`, { token: ppid });
    expect(view.body.requester.name).toBe(erased.name);
    expect(view.body.requester.identityDocuments).toEqual([]);
    expect(await pseudonymiseExpired(t.deps)).toBe(0);
  });

  it('keeps the data while an objection on the closed case is still undecided', async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { PERSONAL_DATA_RETENTION_MONTHS: '12' } });
    const res = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const { id, registrationNumber, trackingCode } = res.body as { id: string; registrationNumber: string; trackingCode: string };
    await grantAndClose(id);
    t.clock.now = new Date('2026-11-26T03:00:00.000Z');
    const objection = await t.api('POST', `/api/v1/requests/${encodeURIComponent(registrationNumber)}/objections?code=${trackingCode}`, {
      body: { grounds: ['e'], reason: 'Informasi yang diberikan tidak sesuai dengan yang diminta.' },
    });
    expect(objection.status).toBe(201);

    t.clock.now = new Date('2028-01-05T03:00:00.000Z');
    expect(await pseudonymiseExpired(t.deps)).toBe(0);
    expect((await requesterOf(id)).nik).toBe(validFiling().requester.nik);
  });

  it("counts the period in the setting's months", async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { PERSONAL_DATA_RETENTION_MONTHS: '12' } });
    const id = await fileWithScan('Andi Pratama', '3171012304900002');
    await grantAndClose(id);
    t.clock.now = new Date('2027-11-23T02:00:00.000Z');
    expect(await pseudonymiseExpired(t.deps)).toBe(0);
    t.clock.now = new Date('2027-11-23T04:00:00.000Z');
    expect(await pseudonymiseExpired(t.deps)).toBe(1);
  });
});
