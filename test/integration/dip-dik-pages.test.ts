/**
 * The PPID Utama's DIP and DIK pages (issue 18): add, change, withdraw and publish again a DIP
 * entry; record, describe for the DIK and revoke a consequence test; bad input shown beside its
 * field with nothing written; and a denial decided on the officer's case page adds its DIK entry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const dipEntry = {
  title: 'Laporan keuangan Kementerian Luar Negeri TA 2025',
  summary: 'Laporan keuangan tahunan yang telah diaudit BPK, memuat neraca dan laporan realisasi anggaran.',
  category: 'berkala',
  unit: 'PPID',
  responsible: 'Kepala Biro Keuangan',
  produced: 'Jakarta, Maret 2026',
  format: 'both',
  retention: '10 tahun',
  url: 'https://kemlu.go.id/laporan-keuangan-2025',
  published: '1',
};

describe('the DIP pages', () => {
  it('add, change, withdraw and publish again an entry; bad input is a field error and nothing is written', async () => {
    const ppid = await pageLogin(t, 'ppid');
    expect((await ppid.get('/petugas/dip')).status).toBe(200);
    await ppid.get('/petugas/dip/baru');
    let res = await ppid.post('/petugas/dip/baru', { ...dipEntry, summary: 'pendek', url: 'kemlu.go.id', category: 'kadang' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="f-summary-error"/);
    expect(res.html).toMatch(/id="f-url-error"/);
    expect(res.html).toMatch(/id="f-category-error"/);
    expect(res.html).toContain('value="Laporan keuangan Kementerian Luar Negeri TA 2025"');
    expect(await t.deps.db.selectFrom('dip_entries').select('id').execute()).toEqual([]);

    res = await ppid.post('/petugas/dip/baru', dipEntry);
    expect(res.status).toBe(303);
    const [row] = await t.deps.db.selectFrom('dip_entries').selectAll().execute();
    expect(row).toMatchObject({ title: dipEntry.title, published: 1, version: 1 });
    expect(textOf(await (await t.app.request('/dip')).text())).toContain(dipEntry.title);

    res = await ppid.get(`/petugas/dip/${row!.id}`);
    expect(res.html).toContain('name="expectedVersion" value="1"');
    res = await ppid.post(`/petugas/dip/${row!.id}`, { ...dipEntry, title: 'Laporan keuangan TA 2025 (audited)', expectedVersion: '1' });
    expect(res.status).toBe(303);
    await ppid.get(`/petugas/dip/${row!.id}`);
    res = await ppid.post(`/petugas/dip/${row!.id}/tarik`, { expectedVersion: '2' });
    expect(res.status).toBe(303);
    expect(await t.deps.db.selectFrom('dip_entries').select(['title', 'published', 'version']).executeTakeFirst()).toEqual({
      title: 'Laporan keuangan TA 2025 (audited)',
      published: 0,
      version: 3,
    });
    expect(textOf(await (await t.app.request('/dip')).text())).not.toContain('Laporan keuangan TA 2025');
    expect(textOf((await ppid.get('/petugas/dip')).html)).toContain('Ditarik');
    // A stale form: the version conflict page, nothing changed.
    await ppid.get(`/petugas/dip/${row!.id}`);
    expect((await ppid.post(`/petugas/dip/${row!.id}/terbitkan`, { expectedVersion: '2' })).status).toBe(409);
    await ppid.get(`/petugas/dip/${row!.id}`);
    expect((await ppid.post(`/petugas/dip/${row!.id}/terbitkan`, { expectedVersion: '3' })).status).toBe(303);
    expect(textOf(await (await t.app.request('/dip')).text())).toContain('Laporan keuangan TA 2025 (audited)');
  });
});

describe('the DIK pages', () => {
  it('record a test, give it its public title, revoke it; bad input is a field error', async () => {
    const ppid = await pageLogin(t, 'ppid');
    await ppid.get('/petugas/dik/baru');
    let res = await ppid.post('/petugas/dik/baru', { information: 'pendek', harm: 'x', publicInterest: 'y', unit: 'PPID' });
    expect(res.status).toBe(400);
    for (const f of ['information', 'letters', 'harm', 'publicInterest']) expect(res.html).toMatch(new RegExp(`id="f-${f}-error"`));
    expect(await t.deps.db.selectFrom('consequence_tests').select('id').execute()).toEqual([]);

    res = await ppid.post('/petugas/dik/baru', {
      information: 'Naskah posisi runding Indonesia dalam perundingan batas maritim, versi Oktober 2026.',
      letters: ['f', 'i'],
      statute: 'Pasal 17 huruf f angka 1',
      harm: consequenceTest.harm,
      publicInterest: consequenceTest.publicInterest,
      unit: 'PPID',
      period: '5 tahun',
    });
    expect(res.status).toBe(303);
    const [test] = await t.deps.db.selectFrom('consequence_tests').selectAll().execute();
    expect(JSON.parse(test!.exemptions)).toEqual([
      { letter: 'f', statute: 'Pasal 17 huruf f angka 1' },
      { letter: 'i', statute: 'Pasal 17 huruf f angka 1' },
    ]);
    // The list opens on the tests in the DIK; an untitled test is under "Lainnya".
    expect(textOf((await ppid.get('/petugas/dik')).html)).toContain('Dalam DIK (0)');
    expect(textOf((await ppid.get('/petugas/dik')).html)).not.toContain('Berlaku, belum di DIK');
    expect(textOf((await ppid.get('/petugas/dik?tampil=lain')).html)).toContain('Berlaku, belum di DIK');
    expect((await t.api('GET', '/api/v1/dik')).body.items).toEqual([]);

    await ppid.get(`/petugas/dik/${test!.id}`);
    res = await ppid.post(`/petugas/dik/${test!.id}`, { expectedVersion: '1', publicTitle: 'Posisi runding batas maritim', exemptUntil: '2020-01-01' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="f-exemptUntil-error"/);
    res = await ppid.post(`/petugas/dik/${test!.id}`, { expectedVersion: '1', publicTitle: 'Posisi runding batas maritim', exemptUntil: '2031-10-31' });
    expect(res.status).toBe(303);
    expect((await t.api('GET', '/api/v1/dik')).body.items).toEqual([
      expect.objectContaining({ information: 'Posisi runding batas maritim', letters: ['f', 'i'] }),
    ]);
    const inDik = textOf((await ppid.get('/petugas/dik')).html);
    expect(inDik).toContain('Dalam DIK (1)');
    expect(inDik).toContain('Posisi runding batas maritim');

    await ppid.get(`/petugas/dik/${test!.id}`);
    res = await ppid.post(`/petugas/dik/${test!.id}/cabut`, { expectedVersion: '2', reason: '' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="f-reason-error"/);
    res = await ppid.post(`/petugas/dik/${test!.id}/cabut`, { expectedVersion: '2', reason: 'Perundingan selesai; naskah dibuka.' });
    expect(res.status).toBe(303);
    expect((await t.api('GET', '/api/v1/dik')).body.items).toEqual([]);
    expect(textOf((await ppid.get(`/petugas/dik/${test!.id}`)).html)).toContain('Uji ini dicabut: Perundingan selesai; naskah dibuka.');
  });

  it("a denial decided on the officer's case page adds its DIK entry; without the public title it is refused beside the field", async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const ppid = await pageLogin(t, 'ppid');
    await ppid.get(`/petugas/kasus/${filed.id}`);
    const form = {
      type: 'DECIDE',
      expectedVersion: '1',
      outcome: 'denied',
      exemptions: ['f'],
      'consequenceTest.harm': consequenceTest.harm,
      'consequenceTest.publicInterest': consequenceTest.publicInterest,
      'consequenceTest.period': 'selama perundingan',
    };
    let res = await ppid.post(`/petugas/kasus/${filed.id}/peristiwa`, form);
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="e-DECIDE-consequenceTest-publicTitle-error"/);
    expect((await t.api('GET', '/api/v1/dik')).body.items).toEqual([]);
    res = await ppid.post(`/petugas/kasus/${filed.id}/peristiwa`, { ...form, 'consequenceTest.publicTitle': 'Posisi runding perjanjian kebudayaan' });
    expect(res.status).toBe(303);
    expect((await t.api('GET', '/api/v1/dik')).body.items).toEqual([
      expect.objectContaining({ information: 'Posisi runding perjanjian kebudayaan', letters: ['f'], period: 'selama perundingan' }),
    ]);
    expect(textOf((await ppid.get('/petugas/dik')).html)).toContain('Posisi runding perjanjian kebudayaan');
  });
});
