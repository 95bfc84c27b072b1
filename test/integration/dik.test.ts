import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordDecisionTests } from '../../src/exemptions/consequence-tests';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const harm = 'Membuka naskah posisi runding akan melemahkan posisi tawar Indonesia dalam perundingan perbatasan yang masih berjalan.';
const publicInterest = 'Kepentingan publik untuk mengetahui isi naskah lebih kecil daripada kerugian negara selama perundingan berlangsung.';
const test = (overrides: Record<string, unknown> = {}) => ({
  information: 'Naskah posisi runding Indonesia dalam perundingan batas maritim dengan negara tetangga, versi Oktober 2026.',
  document: 'Nota Dinas Dirjen HPI No. 123/HPI/X/2026',
  exemptions: [{ letter: 'f', statute: 'Pasal 17 huruf f angka 1' }],
  harm,
  publicInterest,
  period: '5 tahun',
  exemptUntil: '2031-10-31',
  reviewOn: '2027-10-31',
  classificationNumber: 'SK PPID No. 12/PPID/XI/2026',
  classificationDate: '2026-11-20',
  publicTitle: 'Posisi runding Indonesia dalam perundingan batas maritim yang sedang berlangsung',
  publicConsequence: 'Dapat melemahkan posisi tawar Indonesia dalam perundingan internasional.',
  ...overrides,
});

describe('consequence tests (uji konsekuensi) and the DIK', () => {
  it('records a test before any request; the DIK publishes it without the confidential content', async () => {
    const ppid = await t.login('ppid');
    let res = await t.api('POST', '/api/v1/consequence-tests', { token: ppid, body: test() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      origin: 'before_request',
      conclusion: 'exempt',
      inForce: true,
      inDik: true,
      decidedBy: { name: 'Dewi Lestari' },
      decidedOn: '2026-11-23',
      unit: 'PPID',
    });
    const id = res.body.id as string;

    res = await t.api('GET', '/api/v1/dik');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        no: 1,
        information: 'Posisi runding Indonesia dalam perundingan batas maritim yang sedang berlangsung',
        legalBasis: 'UU 14/2008 Pasal 17 huruf f (Pasal 17 huruf f angka 1)',
        consequence: 'Dapat melemahkan posisi tawar Indonesia dalam perundingan internasional.',
        period: '5 tahun',
        exemptUntil: '2031-10-31',
        classificationNumber: 'SK PPID No. 12/PPID/XI/2026',
      }),
    ]);
    const bytes = new Uint8Array(await (await t.app.request('/api/v1/dik?format=csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a UTF-8 byte-order mark, for spreadsheets
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toMatch(/^"No","Informasi yang dikecualikan","Dasar hukum"/);
    expect(csv).toContain('SK PPID No. 12/PPID/XI/2026');
    for (const confidential of [harm, 'Nota Dinas Dirjen HPI', 'versi Oktober 2026', publicInterest]) {
      expect(JSON.stringify(res.body)).not.toContain(confidential);
      expect(csv).not.toContain(confidential);
    }

    // Revoked, it leaves the DIK; the record stays.
    res = await t.api('POST', `/api/v1/consequence-tests/${id}`, {
      token: ppid,
      body: { expectedVersion: 1, revoke: { reason: 'Perundingan selesai; naskah dibuka.' } },
    });
    expect(res.body).toMatchObject({ status: 'revoked', inDik: false, version: 2 });
    expect((await t.api('GET', '/api/v1/dik')).body.items).toEqual([]);
    res = await t.api('POST', `/api/v1/consequence-tests/${id}`, { token: ppid, body: { expectedVersion: 1, period: '3 tahun' } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('version_conflict');
  });

  it("a denial on an inline test adds its DIK entry in the decision's transaction; a second denial under the same title updates it", async () => {
    const ppid = await t.login('ppid');
    const decide = (id: string, body: Record<string, unknown>, lang = 'id') =>
      t.api('POST', `/api/v1/cases/${id}/events`, { token: ppid, headers: { 'Accept-Language': lang }, body: { type: 'DECIDE', expectedVersion: 1, ...body } });
    const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const { publicTitle: _untitled, ...untitled } = consequenceTest;

    // Denying on a test written now without the title the DIK lists it under: a field error, in both languages, nothing written.
    for (const [lang, words] of [
      ['id', /Wajib diisi/],
      ['en', /required/],
    ] as const) {
      const res = await decide(r.id, { outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest: untitled }, lang);
      expect(res.status).toBe(400);
      expect(res.body.error.fields['consequenceTest.publicTitle']).toMatch(words);
    }
    expect((await t.deps.db.selectFrom('cases').select(['version', 'outcome']).where('id', '=', r.id).executeTakeFirstOrThrow()).version).toBe(1);
    expect(await t.deps.db.selectFrom('consequence_tests').select('id').execute()).toEqual([]);

    // With it: the test, its link to the denial and its DIK entry (letter, period, public consequence) come with the decision.
    let res = await decide(r.id, {
      outcome: 'denied',
      exemptions: [{ letter: 'f', statute: 'Pasal 17 huruf f angka 2' }],
      consequenceTest: {
        ...untitled,
        period: 'selama perundingan',
        publicTitle: 'Naskah perjanjian kebudayaan yang masih dirundingkan',
        publicConsequence: 'Dapat melemahkan posisi tawar Indonesia dalam perundingan.',
      },
    });
    expect(res.status).toBe(200);
    res = await t.api('GET', `/api/v1/consequence-tests?caseId=${r.id}`, { token: ppid });
    const inline = res.body.items[0];
    expect(inline).toMatchObject({ origin: 'at_request', sourceCaseId: r.id, period: 'selama perundingan', inForce: true, inDik: true });
    let dik = (await t.api('GET', '/api/v1/dik')).body.items;
    expect(dik).toEqual([
      expect.objectContaining({
        id: inline.id,
        information: 'Naskah perjanjian kebudayaan yang masih dirundingkan',
        letters: ['f'],
        legalBasis: 'UU 14/2008 Pasal 17 huruf f (Pasal 17 huruf f angka 2)',
        consequence: 'Dapat melemahkan posisi tawar Indonesia dalam perundingan.',
        period: 'selama perundingan',
        unit: expect.objectContaining({ code: 'PPID' }),
      }),
    ]);
    // The public DIK never shows the internal harm analysis or the request's own wording.
    expect(JSON.stringify(dik)).not.toContain(consequenceTest.harm);
    const page = await (await t.app.request('/dik')).text();
    expect(page).toContain('Naskah perjanjian kebudayaan yang masih dirundingkan');
    expect(page).not.toContain(consequenceTest.harm);

    // A second denial of the same information (same unit, same public title, any case): the entry is updated, not listed twice.
    const r2 = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    res = await decide(r2.id, {
      outcome: 'denied',
      exemptions: [{ letter: 'i' }],
      consequenceTest: { ...untitled, period: '4 tahun', publicTitle: 'naskah perjanjian kebudayaan yang masih dirundingkan' },
    });
    expect(res.status).toBe(200);
    dik = (await t.api('GET', '/api/v1/dik')).body.items;
    expect(dik).toHaveLength(1);
    expect(dik[0]).toMatchObject({ id: inline.id, letters: ['f', 'i'], period: '4 tahun' });
    res = await t.api('GET', `/api/v1/consequence-tests/${inline.id}`, { token: ppid });
    expect(res.body.version).toBe(2);
    expect(res.body.cases.map((c: { registration_number: string }) => c.registration_number).sort()).toEqual(
      [r.registrationNumber, r2.registrationNumber].sort(),
    );
    const audit = await t.deps.db.selectFrom('audit_events').select(['event', 'case_id']).where('event', 'like', 'CONSEQUENCE_TEST_%').execute();
    expect(audit.map((a) => a.event).sort()).toEqual(['CONSEQUENCE_TEST_LINKED', 'CONSEQUENCE_TEST_RECORDED', 'CONSEQUENCE_TEST_UPDATED']);

    // A denial resting on a recorded test that the DIK does not list (no public title) is refused until it has one.
    const hidden = (await t.api('POST', '/api/v1/consequence-tests', { token: ppid, body: test({ publicTitle: undefined }) })).body;
    expect(hidden.inDik).toBe(false);
    const r3 = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    res = await decide(r3.id, { outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTestIds: [hidden.id] }, 'en');
    expect(res.status).toBe(400);
    expect(res.body.error.fields['consequenceTestIds.0']).toMatch(/no public title/);
    expect((await t.deps.db.selectFrom('cases').select('version').where('id', '=', r3.id).executeTakeFirstOrThrow()).version).toBe(1);

    // A partial grant may still rest on an untitled test: it is kept, linked, and stays out of the DIK.
    const r4 = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    res = await decide(r4.id, {
      outcome: 'partially_granted',
      exemptions: [{ letter: 'h' }],
      redactions: 'Nomor paspor dihitamkan.',
      consequenceTest: untitled,
    });
    expect(res.status).toBe(200);
    expect((await t.api('GET', `/api/v1/consequence-tests?caseId=${r4.id}`, { token: ppid })).body.items[0]).toMatchObject({ publicTitle: null, inDik: false });
    expect((await t.api('GET', '/api/v1/dik')).body.items).toHaveLength(1);
  });

  it('links a denial to tests recorded earlier, and only a denial', async () => {
    const ppid = await t.login('ppid');
    const recorded = (await t.api('POST', '/api/v1/consequence-tests', { token: ppid, body: test() })).body;
    const denied = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const granted = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    await t.api('POST', `/api/v1/cases/${denied.id}/events`, {
      token: ppid,
      body: { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest, expectedVersion: 1 },
    });
    await t.api('POST', `/api/v1/cases/${granted.id}/events`, { token: ppid, body: { type: 'DECIDE', outcome: 'granted', expectedVersion: 1 } });
    let res = await t.api('POST', `/api/v1/consequence-tests/${recorded.id}/links`, { token: ppid, body: { caseId: denied.id } });
    expect(res.status).toBe(200);
    expect(res.body.cases.map((c: { id: string }) => c.id)).toEqual([denied.id]);
    res = await t.api('POST', `/api/v1/consequence-tests/${recorded.id}/links`, { token: ppid, body: { caseId: granted.id } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.caseId).toMatch(/ditolak/);
    const ids = (await t.api('GET', `/api/v1/consequence-tests?caseId=${denied.id}`, { token: ppid })).body.items.map((x: { id: string }) => x.id);
    expect(ids).toContain(recorded.id);
    expect(ids).toHaveLength(2);

    // A DECIDE that names recorded tests (consequenceTestIds) links them in the same transaction.
    const caseRow = await t.deps.db.selectFrom('cases').selectAll().where('id', '=', denied.id).executeTakeFirstOrThrow();
    const actor = { kind: 'user' as const, id: null, role: 'ppid_utama' as const, unit: 'PPID' };
    const other = (await t.api('POST', '/api/v1/consequence-tests', { token: ppid, body: test({ publicTitle: 'Lain' }) })).body;
    await t.deps.transact((trx) => recordDecisionTests(trx, t.deps, caseRow, { consequenceTestIds: [other.id] }, actor, t.clock.now.toISOString()));
    expect((await t.api('GET', `/api/v1/consequence-tests?caseId=${denied.id}`, { token: ppid })).body.items).toHaveLength(3);
    await expect(
      t.deps.transact((trx) => recordDecisionTests(trx, t.deps, caseRow, { consequenceTestIds: ['nope'] }, actor, t.clock.now.toISOString())),
    ).rejects.toMatchObject({ status: 400, fields: { 'consequenceTestIds.0': 'unknown_consequence_test' } });
  });

  it('decides a denial on a test recorded before the request (consequenceTestIds), and prints it on the denial decision', async () => {
    const ppid = await t.login('ppid');
    const recorded = (await t.api('POST', '/api/v1/consequence-tests', { token: ppid, body: test() })).body;
    const { id } = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const decide = (extra: Record<string, unknown>) =>
      t.api('POST', `/api/v1/cases/${id}/events`, {
        token: ppid,
        body: { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], expectedVersion: 1, ...extra },
      });

    let res = await decide({});
    expect(res.status).toBe(400);
    expect(res.body.error.fields.consequenceTest).toMatch(/uji konsekuensi/);
    res = await decide({ consequenceTestIds: ['no-such-test'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields['consequenceTestIds.0']).toBeDefined();
    expect((await t.api('GET', `/api/v1/cases/${id}`, { token: ppid })).body.status).toBe('registered');

    res = await decide({ consequenceTestIds: [recorded.id] });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('decided');
    const linked = (await t.api('GET', `/api/v1/consequence-tests?caseId=${id}`, { token: ppid })).body.items.map((x: { id: string }) => x.id);
    expect(linked).toEqual([recorded.id]);
    const denial = res.body.documents.find((d: { kind: string; lang: string }) => d.kind === 'denial_decision' && d.lang === 'id');
    const pdf = await t.app.request(`/api/v1/cases/${id}/documents/${denial.id}`, { headers: { Authorization: `Bearer ${ppid}` } });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(await pdf.arrayBuffer()) })
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toContain(harm.replace(/\s+/g, ' ').slice(0, 60));
    expect(text).toContain('5 tahun');
  });

  it('validates tests and keeps a PPID Pelaksana to their own unit', async () => {
    const dit = await t.login('pelaksana.dit');
    let res = await t.api('POST', '/api/v1/consequence-tests', { token: dit, body: test({ harm: 'pendek', exemptions: [{ letter: 'k' }] }) });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['exemptions.0.letter', 'harm']);
    res = await t.api('POST', '/api/v1/consequence-tests', { token: dit, body: test({ exemptUntil: '2026-01-01', decidedOn: '2026-11-20' }) });
    expect(res.body.error.fields.exemptUntil).toMatch(/sebelum tanggal penetapan/);
    res = await t.api('POST', '/api/v1/consequence-tests', { token: dit, body: test({ decidedOn: '2026-11-24' }) });
    expect(res.body.error.fields.decidedOn).toMatch(/masa depan/);
    res = await t.api('POST', '/api/v1/consequence-tests', { token: dit, body: test({ unit: 'KBRI-RIYADH' }) });
    expect(res.status).toBe(403);
    res = await t.api('POST', '/api/v1/consequence-tests', { token: dit, body: test() });
    expect(res.status).toBe(201);
    expect(res.body.unit).toBe('AMEROP');
    expect((await t.api('POST', '/api/v1/consequence-tests', { token: await t.login('atasan'), body: test() })).status).toBe(403);
  });

  it('drops a test from the DIK when its period of exemption ends (UU 14/2008 Art. 20: not permanent)', async () => {
    const ppid = await t.login('ppid');
    await t.api('POST', '/api/v1/consequence-tests', { token: ppid, body: test({ exemptUntil: '2027-06-30', period: 'sampai 30 Juni 2027' }) });
    expect((await t.api('GET', '/api/v1/dik')).body.items).toHaveLength(1);
    t.clock.now = new Date('2027-06-30T16:00:00.000Z'); // 23:00 WIB on the last day
    expect((await t.api('GET', '/api/v1/dik')).body.items).toHaveLength(1);
    t.clock.now = new Date('2027-06-30T17:00:00.000Z'); // 00:00 WIB on 1 July
    expect((await t.api('GET', '/api/v1/dik')).body.items).toHaveLength(0);
  });
});

describe('the DIP (daftar informasi publik)', () => {
  const entry = (overrides: Record<string, unknown> = {}) => ({
    title: 'Laporan Keuangan Kementerian Luar Negeri Tahun 2025',
    summary: 'Laporan keuangan audited: neraca, laporan realisasi anggaran dan catatan atas laporan keuangan.',
    category: 'berkala',
    unit: 'SETJEN',
    responsible: 'Kepala Biro Keuangan',
    produced: '2026, Jakarta',
    format: 'electronic',
    retention: '10 tahun',
    url: 'https://kemlu.example.org/laporan-keuangan-2025.pdf',
    ...overrides,
  });

  it('is kept by administrators, searchable by anyone, and drafts stay private', async () => {
    const admin = await t.login('admin');
    let res = await t.api('POST', '/api/v1/dip', { token: admin, body: entry() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ categoryLabel: 'Informasi berkala', unit: { code: 'SETJEN', name: 'Sekretariat Jenderal' }, published: true });
    await t.api('POST', '/api/v1/dip', {
      token: admin,
      body: entry({
        title: 'Siaran pers evakuasi WNI dari daerah konflik',
        category: 'serta_merta',
        summary: 'Informasi serta-merta tentang evakuasi warga negara Indonesia.',
        url: undefined,
      }),
    });
    const draft = (
      await t.api('POST', '/api/v1/dip', { token: admin, body: entry({ title: 'Rencana strategis 2025–2029', category: 'setiap_saat', published: false }) })
    ).body;

    res = await t.api('GET', '/api/v1/dip?q=laporan keuangan');
    expect(res.body.items.map((e: { title: string }) => e.title)).toEqual(['Laporan Keuangan Kementerian Luar Negeri Tahun 2025']);
    res = await t.api('GET', '/api/v1/dip?category=serta_merta');
    expect(res.body.items).toHaveLength(1);
    res = await t.api('GET', '/api/v1/dip');
    expect(res.body.items).toHaveLength(2);
    expect((await t.api('GET', `/api/v1/dip/${draft.id}`)).status).toBe(404);
    expect((await t.api('GET', '/api/v1/dip', { token: admin })).body.items).toHaveLength(3);
    res = await t.api('POST', `/api/v1/dip/${draft.id}`, { token: admin, body: { expectedVersion: 1, published: true } });
    expect(res.body.published).toBe(true);
    expect((await t.api('GET', `/api/v1/dip/${draft.id}`)).status).toBe(200);
    const csv = await (await t.app.request('/api/v1/dip?format=csv')).text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);

    res = await t.api('POST', '/api/v1/dip', { token: admin, body: entry({ category: 'kadang', url: 'javascript:alert(1)' }) });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['category', 'url']);
    expect((await t.api('POST', '/api/v1/dip', { token: await t.login('pelaksana.dit'), body: entry() })).status).toBe(403);
  });

  it('answers a request for information already in the DIP by pointing to it', async () => {
    const admin = await t.login('admin');
    const published = (await t.api('POST', '/api/v1/dip', { token: admin, body: entry() })).body;
    const r = (await t.api('POST', '/api/v1/requests', { body: validFiling({ information: 'Laporan keuangan Kemlu 2025.' }) })).body;
    const ppid = await t.login('ppid');
    const res = await t.api('POST', `/api/v1/dip/${published.id}/answers`, { token: ppid, body: { caseId: r.id, expectedVersion: 1 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', outcome: 'granted' });
    expect(res.body.decision.note).toMatch(/Daftar Informasi Publik.*Laporan Keuangan Kementerian Luar Negeri Tahun 2025.*https:\/\/kemlu\.example\.org/);
    const again = await t.api('POST', `/api/v1/dip/${published.id}/answers`, { token: ppid, body: { caseId: r.id, expectedVersion: 2 } });
    expect(again.status).toBe(409);
  });
});
