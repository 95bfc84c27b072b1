/**
 * Issue 17, findings at filing: the receipt is issued with the filing (every channel), the NIK's
 * structure is checked, and an officer sees the identity scan and records the check.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { readNik } from '../../src/identity/nik';
import { sweepOnce } from '../../src/sweep';
import { onPostgres } from '../helpers/backend';
import { type TestContext, makeContext, validFiling } from '../helpers/context';
import { realImage, realPdf } from '../helpers/files';
import { ORIGIN, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext();
});
afterEach(async () => {
  await t.close();
});

const withNik = (nik: string) => validFiling({ requester: { ...validFiling().requester, nik } });

describe('receipt at filing', () => {
  it('is issued, stored and audited with the filing (right after its commit), by the service; tracking lists it at once', async () => {
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(filed.status).toBe(201);
    const docs = await t.deps.db.selectFrom('documents').select(['id', 'kind', 'sha256', 'bytes']).where('case_id', '=', filed.body.id).execute();
    expect(docs.map((d) => d.kind)).toEqual(['receipt']);
    const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('case_id', '=', filed.body.id).where('event', '=', 'ISSUE_DOCUMENT').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_role).toBe('system');
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ kind: 'receipt', sha256: docs[0]!.sha256 });
    const tracked = await t.api('GET', `/api/v1/requests/${encodeURIComponent(filed.body.registrationNumber)}?code=${filed.body.trackingCode}`);
    expect(tracked.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['receipt']);
    // The download returns the bytes issued at filing, and issues nothing more.
    const pdf = await t.app.request(`${filed.body.links.receipt}?code=${filed.body.trackingCode}`);
    expect(Buffer.from(await pdf.arrayBuffer()).equals(Buffer.from(docs[0]!.bytes))).toBe(true);
    expect(await t.deps.db.selectFrom('documents').select('id').where('case_id', '=', filed.body.id).execute()).toHaveLength(1);
  });

  it('is issued for a request an officer enters (walk-in), and the history does not say the requester issued it', async () => {
    const ppid = await t.login('ppid');
    const filed = await t.api('POST', '/api/v1/cases', {
      token: ppid,
      body: { ...validFiling(), channel: 'walk_in', receivedAt: '2026-11-23T02:00:00.000Z' },
    });
    expect(filed.status).toBe(201);
    const view = await t.api('GET', `/api/v1/cases/${filed.body.id}`, { token: ppid });
    expect(view.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['receipt']);
    const page = await (await pageLogin(t, 'ppid')).get(`/petugas/kasus/${filed.body.id}`);
    const history = textOf(page.html).split('Riwayat')[1]!;
    expect(history).toContain('Dokumen diterbitkan');
    expect(history).not.toMatch(/Dokumen diterbitkan — [^—]*oleh pemohon/);
  });
});

/** The database refuses to store receipts, as a full disk or a lost connection would, until `allow`. */
async function refuseReceipts() {
  if (onPostgres) {
    await sql`create function refuse_receipt() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`.execute(t.db);
    await sql`create trigger refuse_receipt before insert on documents for each row when (new.kind = 'receipt') execute function refuse_receipt()`.execute(
      t.db,
    );
  } else {
    await sql`create trigger refuse_receipt before insert on documents when new.kind = 'receipt' begin select raise(abort, 'disk full'); end`.execute(t.db);
  }
  return { allow: () => sql`drop trigger refuse_receipt${sql.raw(onPostgres ? ' on documents' : '')}`.execute(t.db) };
}

describe('receipt owed by a filing whose receipt could not be stored', () => {
  const receiptsOf = (caseId: string) =>
    t.deps.db.selectFrom('documents').select(['kind', 'lang']).where('case_id', '=', caseId).where('kind', '=', 'receipt').execute();
  const owed = (caseId: string) => t.deps.db.selectFrom('receipts_to_issue').select('case_id').where('case_id', '=', caseId).execute();

  it('the filing stands; the sweeper issues the receipt once the filing is a minute old, by the service', async () => {
    const refusal = await refuseReceipts();
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(filed.status).toBe(201);
    expect(filed.body.registrationNumber).toBeTruthy();
    expect(await receiptsOf(filed.body.id)).toEqual([]);
    expect(await owed(filed.body.id)).toHaveLength(1);
    await refusal.allow();

    // Within the minute the filing's own process would still be issuing it: the sweeper waits.
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    await sweepOnce(t.deps);
    expect(await receiptsOf(filed.body.id)).toEqual([]);

    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    await sweepOnce(t.deps);
    expect(await receiptsOf(filed.body.id)).toEqual([{ kind: 'receipt', lang: 'id' }]);
    expect(await owed(filed.body.id)).toEqual([]);
    const issued = await t.deps.db
      .selectFrom('audit_events')
      .select(['actor_role'])
      .where('case_id', '=', filed.body.id)
      .where('event', '=', 'ISSUE_DOCUMENT')
      .execute();
    expect(issued).toEqual([{ actor_role: 'system' }]);
    const verify = await t.api('GET', '/api/v1/audit/verify', { token: await t.login('auditor') });
    expect(verify.body.ok).toBe(true);
  });

  it('a repeat of the filing with its Idempotency-Key issues the owed receipt at once, in both languages of an English filing', async () => {
    const refusal = await refuseReceipts();
    const headers = { 'idempotency-key': 'receipt-owed-0001' };
    const body = validFiling();
    const first = await t.api('POST', '/api/v1/requests', { body, headers, lang: 'en' });
    expect(first.status).toBe(201);
    expect(await receiptsOf(first.body.id)).toEqual([]);
    await refusal.allow();
    const again = await t.api('POST', '/api/v1/requests', { body, headers, lang: 'en' });
    expect(again.body.registrationNumber).toBe(first.body.registrationNumber);
    expect((await receiptsOf(first.body.id)).map((d) => d.lang).sort()).toEqual(['en', 'id']);
    expect(await owed(first.body.id)).toEqual([]);
  });
});

describe('NIK structure', () => {
  it('reads region, birth date (+40 for women) and serial', () => {
    expect(readNik('3171012304900002', '2026-11-23')).toMatchObject({ province: '31', birthDate: '1990-04-23', sex: 'male' });
    expect(readNik('3171014506880003', '2026-11-23')).toMatchObject({ birthDate: '1988-06-05', sex: 'female' });
    expect(readNik('3171012304100002', '2026-11-23')?.birthDate).toBe('2010-04-23');
  });

  it.each([
    ['sixteen zeros', '0000000000000000'],
    ['no such province', '9971012304900002'],
    ['regency 00', '3100012304900002'],
    ['31 February', '3171013102900002'],
    ['day 32', '3171013204900002'],
    ['month 13', '3171012313900002'],
    ['serial 0000', '3171012304900000'],
  ])('refuses %s', (_, nik) => {
    expect(readNik(nik, '2026-11-23')).toBeNull();
  });

  it('never reads a birth date in the future: a date later this year is a century ago, 29 February of a non-leap year is none', () => {
    expect(readNik('3171013112260002', '2026-11-23')?.birthDate).toBe('1926-12-31');
    expect(readNik('3171012902000002', '2026-11-23')?.birthDate).toBe('2000-02-29');
    // 29 February 2025 and 1925 do not exist.
    expect(readNik('3171012902250002', '2026-11-23')).toBeNull();
  });

  it('sixteen zeros is a field error in Indonesian and English, and nothing is stored', async () => {
    const before = await t.deps.db.selectFrom('cases').select('id').execute();
    const id = await t.api('POST', '/api/v1/requests', { body: withNik('0000000000000000') });
    expect(id.status).toBe(400);
    expect(id.body.error.fields['requester.nik']).toMatch(/NIK tidak sah/);
    const en = await t.api('POST', '/api/v1/requests', { body: withNik('0000000000000000'), lang: 'en' });
    expect(en.body.error.fields['requester.nik']).toMatch(/Not a valid NIK/);
    expect(await t.deps.db.selectFrom('cases').select('id').execute()).toHaveLength(before.length);
  });
});

describe('identity verification', () => {
  let SCAN: Uint8Array;
  let PDF: Uint8Array;
  beforeAll(async () => {
    SCAN = await realImage('png');
    PDF = await realPdf('Surat kuasa');
  });

  async function fileWithScan(file: File, kind = 'ktp') {
    const form = new FormData();
    const fields: Record<string, string> = {
      idempotencyKey: crypto.randomUUID(),
      'requester.type': 'individual',
      'requester.name': 'Andi Pratama',
      'requester.nik': '3171012304900002',
      'requester.address': 'Jl. Cikini Raya 12, Jakarta Pusat',
      'requester.email': 'andi@example.org',
      information: 'Salinan perjanjian kerja sama kebudayaan.',
      purpose: 'Penelitian.',
      obtainMethod: 'copy_soft',
      deliveryMethod: 'email',
      unit: 'PPID',
      identityDocumentKind: kind,
    };
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('identityDocument', file);
    expect((await t.app.request('/ajukan', { method: 'POST', body: form, headers: { Origin: ORIGIN } })).status).toBe(303);
    return (await t.deps.db.selectFrom('cases').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id;
  }

  it('shows a picture scan in the case page (inline, nosniff); the PPID records "verified", audited', async () => {
    const id = await fileWithScan(new File([SCAN as Uint8Array<ArrayBuffer>], 'ktp.png', { type: 'image/png' }));
    const ppid = await pageLogin(t, 'ppid');
    const page = await ppid.get(`/petugas/kasus/${id}`);
    expect(textOf(page.html)).toContain('Identitas belum diperiksa.');
    const src = /<img src="(\/petugas\/kasus\/[^"]+\/identitas\/[^"]+)"/.exec(page.html)?.[1];
    expect(src).toBeDefined();
    const scan = await t.app.request(`${ORIGIN}${src}`, { headers: { Cookie: [...ppid.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(scan.status).toBe(200);
    expect(scan.headers.get('Content-Type')).toBe('image/png');
    expect(scan.headers.get('Content-Disposition')).toMatch(/^inline/);
    expect(scan.headers.get('X-Content-Type-Options')).toBe('nosniff');

    const bad = await ppid.post(`/petugas/kasus/${id}/identitas`, { result: 'maybe' });
    expect(bad.status).toBe(303);
    expect(textOf((await ppid.get(bad.location!)).html)).toContain('Pilih hasil pemeriksaan.');
    expect(await t.deps.db.selectFrom('identity_checks').select('id').execute()).toHaveLength(0);

    const ok = await ppid.post(`/petugas/kasus/${id}/identitas`, { result: 'verified', note: 'KTP cocok dengan nama dan NIK.' });
    expect(ok.status).toBe(303);
    const after = textOf((await ppid.get(`/petugas/kasus/${id}`)).html);
    expect(after).toContain('Terverifikasi: dokumen cocok dengan data pemohon');
    expect(after).toContain('Identitas pemohon diperiksa');
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('data')
      .where('case_id', '=', id)
      .where('event', '=', 'IDENTITY_CHECKED')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data).result).toBe('verified');
    expect(audit.data).not.toContain('3171012304900002');
  });

  it('serves a PDF scan only as an attachment; auditors and other units cannot check', async () => {
    const id = await fileWithScan(new File([PDF as Uint8Array<ArrayBuffer>], 'kuasa.pdf', { type: 'application/pdf' }), 'power_of_attorney');
    const ppid = await pageLogin(t, 'ppid');
    const page = await ppid.get(`/petugas/kasus/${id}`);
    expect(page.html).not.toMatch(/<img src="\/petugas\/kasus\/[^"]+\/identitas\//);
    const href = /href="(\/petugas\/kasus\/[^"]+\/identitas\/[^"]+)"/.exec(page.html)![1]!;
    const scan = await t.app.request(`${ORIGIN}${href}`, { headers: { Cookie: [...ppid.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(scan.headers.get('Content-Disposition')).toMatch(/^attachment/);
    expect(scan.headers.get('Content-Type')).toBe('application/pdf');

    const auditor = await pageLogin(t, 'auditor');
    const view = await auditor.get(`/petugas/kasus/${id}`);
    expect(view.html).not.toContain('Pemeriksaan identitas');
    expect((await auditor.post(`/petugas/kasus/${id}/identitas`, { result: 'verified' })).status).toBe(403);
    const kbri = await pageLogin(t, 'pelaksana.kbri');
    await kbri.get('/petugas');
    expect((await kbri.post(`/petugas/kasus/${id}/identitas`, { result: 'verified' })).status).toBe(404);
    expect(await t.deps.db.selectFrom('identity_checks').select('id').execute()).toHaveLength(0);
  });
});
