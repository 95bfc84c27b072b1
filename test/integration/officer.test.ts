import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { runNotificationJobs } from '../../src/notifications/notify';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';
import { type PageSession, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterEach(async () => {
  await t.close();
});

async function fileRequest(overrides: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(overrides) });
  expect(res.status).toBe(201);
  return res.body as { id: string; registrationNumber: string; trackingCode: string };
}

/** The events whose forms the case page offers, in order. */
const offered = (html: string) => [...html.matchAll(/data-event="([A-Z_]+)"/g)].map((m) => m[1]);
const versionOf = (html: string) => /name="expectedVersion" value="(\d+)"/.exec(html)?.[1] ?? '';

async function act(page: PageSession, id: string, form: Record<string, string | string[]>) {
  const current = await page.get(`/petugas/kasus/${id}`);
  return page.post(`/petugas/kasus/${id}/peristiwa`, { expectedVersion: versionOf(current.html), ...form });
}

describe('case work on the pages, driven by the workflow', () => {
  it('the PPID Utama assigns to a mission, the mission accepts and drafts a decision, the PPID Utama decides it', async () => {
    const filed = await fileRequest();
    const ppid = await pageLogin(t, 'ppid');
    let page = await ppid.get(`/petugas/kasus/${filed.id}`);
    expect(page.status).toBe(200);
    const api = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: await t.login('ppid') });
    expect(offered(page.html)).toEqual(api.body.availableEvents);
    expect(offered(page.html)).toEqual(['ASSIGN', 'START_REVIEW', 'EXTEND', 'DECIDE']);
    expect(textOf(page.html)).toContain('Pemberitahuan tertulis paling lambat 7 Desember 2026');
    expect(textOf(page.html)).toContain('NIK 3171012304900002'); // the PPID Utama works with the requester's data

    // No unit chosen: refused beside the field, nothing changed.
    let res = await act(ppid, filed.id, { type: 'ASSIGN' });
    expect(res.status).toBe(400);
    expect(textOf(res.html)).toContain('Teruskan ke unit/perwakilan: periksa isian yang ditandai');
    expect(res.html).toMatch(/id="e-ASSIGN-units-error"/);
    res = await act(ppid, filed.id, { type: 'ASSIGN', units: ['KBRI-RIYADH'] });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/petugas/kasus/${filed.id}?selesai=ASSIGN`);
    page = await ppid.get(res.location!);
    expect(textOf(page.html)).toContain('Tercatat: Teruskan ke unit/perwakilan');
    expect(textOf(page.html)).toMatch(/KBRI Riyadh Menunggu diterima 30 November 2026/); // who owes what, and its internal target

    const kbri = await pageLogin(t, 'pelaksana.kbri');
    const queue = await kbri.get('/petugas');
    expect(textOf(queue.html)).toContain(filed.registrationNumber);
    page = await kbri.get(`/petugas/kasus/${filed.id}`);
    expect(offered(page.html)).toEqual(['ACCEPT_ASSIGNMENT', 'RETURN_ASSIGNMENT']);
    expect((await act(kbri, filed.id, { type: 'ACCEPT_ASSIGNMENT' })).status).toBe(303);
    page = await kbri.get(`/petugas/kasus/${filed.id}`);
    expect(offered(page.html)).toEqual(['RETURN_ASSIGNMENT', 'REQUEST_CLARIFICATION', 'EXTEND', 'SUBMIT_DRAFT']);

    // A denial needs the Art. 17 letters and the consequence test: each missing field is named, what was typed is kept.
    res = await act(kbri, filed.id, { type: 'SUBMIT_DRAFT', outcome: 'denied', 'consequenceTest.harm': 'Terlalu pendek', note: 'Catatan tetap ada' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="e-SUBMIT_DRAFT-exemptions-error"/);
    expect(res.html).toMatch(/id="e-SUBMIT_DRAFT-consequenceTest-harm-error"/);
    expect(res.html).toMatch(/id="e-SUBMIT_DRAFT-consequenceTest-publicInterest-error"/);
    expect(res.html).toContain('Catatan tetap ada');
    expect(res.html).toMatch(/value="denied" id="[^"]+" checked/);

    res = await act(kbri, filed.id, {
      type: 'SUBMIT_DRAFT',
      outcome: 'partially_granted',
      exemptions: ['h'],
      'exemptions.statute.h': 'Pasal 17 huruf h angka 4 UU 14/2008',
      'consequenceTest.harm': consequenceTest.harm,
      'consequenceTest.publicInterest': consequenceTest.publicInterest,
      redactions: 'Nomor paspor WNI yang dilindungi dihitamkan.',
    });
    expect(res.status).toBe(303);
    const afterDraft = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: await t.login('ppid') });
    expect(afterDraft.body.assignments[0]).toMatchObject({
      unit: 'KBRI-RIYADH',
      status: 'answered',
      draft: { outcome: 'partially_granted', exemptions: [{ letter: 'h', statute: 'Pasal 17 huruf h angka 4 UU 14/2008' }] },
    });

    page = await ppid.get(`/petugas/kasus/${filed.id}`);
    expect(textOf(page.html)).toContain('Draf jawaban dikirim');
    expect(textOf(page.html)).toContain('Draf: Dikabulkan sebagian (dengan penghitaman)');
    res = await act(ppid, filed.id, {
      type: 'DECIDE',
      outcome: 'partially_granted',
      exemptions: ['h'],
      'consequenceTest.harm': consequenceTest.harm,
      'consequenceTest.publicInterest': consequenceTest.publicInterest,
      redactions: 'Nomor paspor WNI yang dilindungi dihitamkan.',
    });
    expect(res.status).toBe(303);
    page = await ppid.get(`/petugas/kasus/${filed.id}`);
    expect(textOf(page.html)).toContain('Sudah diputus');
    expect(offered(page.html)).toEqual(['DELIVER']);
    expect(textOf(page.html)).toMatch(/Diputuskan; pemberitahuan tertulis diterbitkan — .* oleh Dewi Lestari \(PPID Utama\)/);
    expect(textOf(page.html)).toMatch(/Draf jawaban dikirim ke PPID Utama — .* oleh Siti Rahmawati \(PPID Pelaksana\)/);
  });

  it('builds every field the decision takes from the schema: a denial may rest on a consequence test on record; costs are numbers', async () => {
    const token = await t.login('ppid');
    const test = await t.api('POST', '/api/v1/consequence-tests', {
      token,
      body: {
        information: 'Posisi runding Indonesia dalam perundingan batas maritim yang sedang berjalan.',
        exemptions: [{ letter: 'f' }],
        harm: consequenceTest.harm,
        publicInterest: consequenceTest.publicInterest,
        publicTitle: 'Posisi runding batas maritim',
      },
    });
    expect(test.status).toBe(201);
    const denied = await fileRequest();
    const granted = await fileRequest();
    const ppid = await pageLogin(t, 'ppid');
    const page = await ppid.get(`/petugas/kasus/${denied.id}`);
    expect(textOf(page.html)).toContain('Uji konsekuensi yang sudah ada');
    expect(page.html).toContain(`value="${test.body.id}"`);
    expect(textOf(page.html)).toContain('Posisi runding batas maritim');

    // Neither a new test nor one on record: refused, beside the consequence test.
    let res = await act(ppid, denied.id, { type: 'DECIDE', outcome: 'denied', exemptions: ['f'] });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/class="group has-error" id="e-DECIDE-consequenceTest"/);
    res = await act(ppid, denied.id, { type: 'DECIDE', outcome: 'denied', exemptions: ['f'], consequenceTestIds: [test.body.id] });
    expect(res.status).toBe(303);
    const view = await t.api('GET', `/api/v1/cases/${denied.id}`, { token });
    expect(view.body.decision).toMatchObject({ outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTestIds: [test.body.id] });

    res = await act(ppid, granted.id, { type: 'DECIDE', outcome: 'granted', 'fees.copying': 'sepuluh ribu' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="e-DECIDE-fees-copying-error"/);
    res = await act(ppid, granted.id, {
      type: 'DECIDE',
      outcome: 'granted',
      'fees.copying': '10.000',
      'fees.payment': 'Tunai di loket PPID',
      provideWithinDays: '5',
    });
    expect(res.status).toBe(303);
    const grantedView = await t.api('GET', `/api/v1/cases/${granted.id}`, { token });
    expect(grantedView.body.decision).toMatchObject({ outcome: 'granted', fees: { copying: 10000, payment: 'Tunai di loket PPID' }, provideWithinDays: 5 });
  });

  it('answers a stale form with a plain 409 and shows the case as it is now', async () => {
    const filed = await fileRequest();
    const first = await pageLogin(t, 'ppid');
    const second = await pageLogin(t, 'ppid');
    const stale = await second.get(`/petugas/kasus/${filed.id}`);
    expect((await act(first, filed.id, { type: 'EXTEND', reason: 'Dokumen masih dicari di arsip pusat.' })).status).toBe(303);
    const res = await second.post(`/petugas/kasus/${filed.id}/peristiwa`, {
      type: 'EXTEND',
      reason: 'Alasan kedua yang terlambat.',
      expectedVersion: versionOf(stale.html),
    });
    expect(res.status).toBe(409);
    expect(textOf(res.html)).toContain('Kasus ini telah diubah orang lain');
    expect(textOf(res.html)).toContain('Halaman ini sudah dimuat ulang');
    expect(textOf(res.html)).toContain('diperpanjang');
    expect(offered(res.html)).not.toContain('EXTEND');
    expect(versionOf(res.html)).not.toBe(versionOf(stale.html));
  });

  it("keeps another unit's case out of a PPID Pelaksana's reach: 404 by URL, for reading and for posting", async () => {
    const filed = await fileRequest({ unit: 'KBRI-RIYADH' });
    const dit = await pageLogin(t, 'pelaksana.dit');
    const page = await dit.get(`/petugas/kasus/${filed.id}`);
    expect(page.status).toBe(404);
    expect(textOf(page.html)).toContain('Tidak ditemukan');
    expect(page.html).not.toContain(filed.registrationNumber);
    await dit.get('/petugas');
    const post = await dit.post(`/petugas/kasus/${filed.id}/peristiwa`, { type: 'ACCEPT_ASSIGNMENT', expectedVersion: '1' });
    expect(post.status).toBe(404);
    await dit.get('/petugas');
    const note = await dit.post(`/petugas/kasus/${filed.id}/catatan`, { body: 'mencoba' });
    expect(note.status).toBe(404);
    expect(textOf((await dit.get('/petugas')).html)).not.toContain(filed.registrationNumber);
  });

  it('shows the auditor the case without personal data, notes or actions', async () => {
    const filed = await fileRequest({ requester: { ...validFiling().requester, phone: '+62 811 2222 3333' } });
    const ppid = await pageLogin(t, 'ppid');
    await ppid.get(`/petugas/kasus/${filed.id}`);
    await ppid.post(`/petugas/kasus/${filed.id}/catatan`, { body: 'Pemohon menelepon dari +62 811 2222 3333.' });
    const auditor = await pageLogin(t, 'auditor');
    // Auditors read cases in their own read-only view (src/routes/web/auditor/case-view.tsx).
    const officerPage = await auditor.get(`/petugas/kasus/${filed.id}`);
    expect(officerPage.status).toBe(303);
    const page = await auditor.get(`/auditor/kasus/${filed.id}`);
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(filed.registrationNumber);
    expect(text).toContain('tanpa data pribadi pemohon');
    for (const personal of ['3171012304900002', 'andi@example.org', '2222 3333', 'Cikini', 'Andi Pratama']) expect(page.html).not.toContain(personal);
    expect(page.html).not.toContain('id="h-notes"');
    expect(text).not.toContain('Pemohon menelepon');
    expect(offered(page.html)).toEqual([]);
    const queue = await auditor.get('/petugas');
    expect(queue.status).toBe(200);
    expect(queue.html).not.toContain('name="case"'); // no bulk selection
    expect((await auditor.get('/petugas/permohonan/baru')).status).toBe(403);
  });
});

describe('walk-in, letter, phone and e-mail requests', () => {
  it('are entered with the channel and the real local receipt time, never in the future, and the clock counts from it', async () => {
    const kbri = await pageLogin(t, 'pelaksana.kbri');
    const form = await kbri.get('/petugas/permohonan/baru');
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="KBRI-RIYADH" selected');
    expect(form.html).toContain('value="2026-11-23T06:00"'); // now, in Riyadh
    const idem = /name="idempotencyKey" value="([^"]+)"/.exec(form.html)![1]!;
    const fields = {
      idempotencyKey: idem,
      channel: 'phone',
      unit: 'KBRI-RIYADH',
      'requester.type': 'individual',
      'requester.name': 'Nur Aini',
      'requester.passportNumber': 'C1234567',
      'requester.phone': '+966 50 123 4567',
      'requester.address': 'Al Olaya, Riyadh',
      information: 'Jumlah layanan perlindungan WNI di KBRI Riyadh selama 2025.',
      purpose: 'Bahan advokasi.',
      obtainMethod: 'copy_soft',
      deliveryMethod: 'pickup',
    };
    let res = await kbri.post('/petugas/permohonan/baru', { ...fields, receivedAt: '2026-11-23T09:00' });
    expect(res.status).toBe(400);
    expect(textOf(res.html)).toContain('Waktu diterima: Waktu penerimaan tidak boleh di masa depan.');
    expect(res.html).toContain('value="Nur Aini"');

    // Phoned in on Thursday afternoon, Riyadh time: the clock counts from then, on Riyadh's week.
    res = await kbri.post('/petugas/permohonan/baru', { ...fields, receivedAt: '2026-11-19T14:30' });
    expect(res.status).toBe(201);
    const number = /Nomor pendaftaran: <span class="code">([^<]+)</.exec(res.html)![1]!;
    const code = /Kode pelacakan: <span class="code">([^<]+)</.exec(res.html)![1]!;
    expect(number).toBe('00001/PPID-KBRI-RIYADH/2026');
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const row = await t.deps.db.selectFrom('cases').selectAll().where('registration_number', '=', number).executeTakeFirstOrThrow();
    expect(row.channel).toBe('phone');
    expect(row.received_at).toBe('2026-11-19T11:30:00.000Z');
    expect(row.notice_due).toBe('2026-12-03'); // day 0 Thursday 19 November; 10 working days Sunday–Thursday
    const audit = await t.deps.db.selectFrom('audit_events').select(['actor_id', 'data']).where('case_id', '=', row.id).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.data)).toMatchObject({ channel: 'phone', receivedAt: '2026-11-19T11:30:00.000Z' });
    expect(audit.actor_id).not.toBeNull();

    // Sent twice (a double click): one case.
    const again = await kbri.post('/petugas/permohonan/baru', { ...fields, receivedAt: '2026-11-19T14:30' });
    expect(again.html).toContain(number);
    expect(await t.deps.db.selectFrom('cases').select('id').execute()).toHaveLength(1);
  });
});

describe('bulk actions from the queue', () => {
  it('assign and extend several cases, each through its own workflow, reporting each one', async () => {
    const cases = [await fileRequest(), await fileRequest(), await fileRequest()];
    const ppid = await pageLogin(t, 'ppid');
    const queue = await ppid.get('/petugas');
    const picks = [...queue.html.matchAll(/name="case" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(picks).toHaveLength(3);
    // Someone assigns the first one meanwhile: its version in the queue is now stale.
    const token = await t.login('ppid');
    await t.api('POST', `/api/v1/cases/${cases[0]!.id}/events`, { token, body: { type: 'START_REVIEW', expectedVersion: 1 } });

    let res = await ppid.post('/petugas/massal', { back: '', type: 'ASSIGN', case: picks, units: [] });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="bulk-units-error"/);
    res = await ppid.post('/petugas/massal', { back: '', type: 'ASSIGN', case: picks, units: ['AMEROP'] });
    expect(res.status).toBe(200);
    expect(textOf(res.html)).toContain('2 dari 3 kasus diproses');
    expect(textOf(res.html)).toContain('Kasus ini telah diubah orang lain');
    const states = await t.deps.db.selectFrom('cases').select(['id', 'state']).execute();
    expect(states.filter((s) => s.state === 'assigned')).toHaveLength(2);

    const fresh = [...(await ppid.get('/petugas')).html.matchAll(/name="case" value="([^"]+)"/g)].map((m) => m[1]!);
    res = await ppid.post('/petugas/massal', { back: '', type: 'EXTEND', case: fresh, reason: '' });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="bulk-reason-error"/);
    res = await ppid.post('/petugas/massal', { back: '', type: 'EXTEND', case: fresh, reason: 'Volume dokumen besar; perlu penelitian arsip.' });
    expect(textOf(res.html)).toContain('3 dari 3 kasus diproses');
    const extended = await t.deps.db.selectFrom('cases').select('notice_due').where('extended', '=', 1).execute();
    expect(extended.map((e) => e.notice_due)).toEqual(['2026-12-16', '2026-12-16', '2026-12-16']);
    // Extending again is refused by each case's workflow (once per case, Art. 22(8)).
    const api = await t.api('POST', '/api/v1/cases/bulk', {
      token,
      body: {
        type: 'EXTEND',
        reason: 'Lagi.',
        items: cases.map((c) => ({ id: c.id, expectedVersion: 99 })),
      },
    });
    expect(api.status).toBe(200);
    expect(api.body.results.every((r: { ok: boolean; code: string }) => !r.ok && r.code === 'version_conflict')).toBe(true);
  });

  it('are for case workers only', async () => {
    const auditor = await t.login('auditor');
    const res = await t.api('POST', '/api/v1/cases/bulk', { token: auditor, body: { type: 'EXTEND', reason: 'x', items: [{ id: 'x', expectedVersion: 1 }] } });
    expect(res.status).toBe(403);
  });
});

describe('internal notes', () => {
  it('are kept on the case for case workers; the audit trail says a note was written, not what it says', async () => {
    const filed = await fileRequest();
    const token = await t.login('ppid');
    expect((await t.api('POST', `/api/v1/cases/${filed.id}/notes`, { token, body: { body: '  ' } })).status).toBe(400);
    const note = await t.api('POST', `/api/v1/cases/${filed.id}/notes`, { token, body: { body: 'Arsip ada di Biro Umum, lantai 3.' } });
    expect(note.status).toBe(201);
    const list = await t.api('GET', `/api/v1/cases/${filed.id}/notes`, { token });
    expect(list.body.items).toMatchObject([{ body: 'Arsip ada di Biro Umum, lantai 3.', author: 'Dewi Lestari' }]);
    const audit = await t.deps.db.selectFrom('audit_events').select('data').where('event', '=', 'NOTE_ADDED').executeTakeFirstOrThrow();
    expect(audit.data).not.toContain('Biro Umum');
    expect((await t.api('GET', `/api/v1/cases/${filed.id}/notes`, { token: await t.login('auditor') })).status).toBe(403);
    expect((await t.api('GET', `/api/v1/cases/${filed.id}/notes`, { token: await t.login('pelaksana.dit') })).status).toBe(404);
  });
});

describe('notifications in the app', () => {
  it('tell about a new request, an assignment, a deadline in 2 working days and an overdue case, once each, with a count in the header', async () => {
    const filed = await fileRequest({ unit: 'KBRI-RIYADH' });
    const kbri = await pageLogin(t, 'pelaksana.kbri');
    let page = await kbri.get('/petugas');
    expect(textOf(page.html)).toContain('Notifikasi 1 belum dibaca');
    page = await kbri.get('/petugas/notifikasi');
    expect(textOf(page.html)).toMatch(new RegExp(`Permohonan baru di unit Anda ?: ${filed.registrationNumber}`));
    await kbri.post('/petugas/notifikasi/baca', {});
    expect(textOf((await kbri.get('/petugas')).html)).toContain('Notifikasi 0 belum dibaca');

    const hq = await fileRequest();
    const token = await t.login('ppid');
    await t.api('POST', `/api/v1/cases/${hq.id}/events`, { token, body: { type: 'ASSIGN', units: ['KBRI-RIYADH', 'AMEROP'], expectedVersion: 1 } });
    const dit = await t.login('pelaksana.dit');
    const ditList = await t.api('GET', '/api/v1/notifications', { token: dit });
    expect(ditList.body.items.map((n: { kind: string }) => n.kind)).toEqual(['assigned']);
    expect(ditList.body.unread).toBe(1);

    // Thursday 3 December in Riyadh: both cases are due within 2 working days (7 December).
    t.clock.now = new Date('2026-12-03T06:00:00.000Z');
    await runNotificationJobs(t.deps);
    await runNotificationJobs(t.deps);
    const kbriToken = await t.login('pelaksana.kbri');
    let list = await t.api('GET', '/api/v1/notifications', { token: kbriToken });
    expect(
      list.body.items
        .filter((n: { kind: string }) => n.kind === 'due_soon')
        .map((n: { data: { registrationNumber: string } }) => n.data.registrationNumber)
        .sort(),
    ).toEqual([filed.registrationNumber, hq.registrationNumber].sort());

    t.clock.now = new Date('2026-12-08T03:00:00.000Z');
    await markOverdue(t.deps);
    await runNotificationJobs(t.deps);
    list = await t.api('GET', '/api/v1/notifications', { token: await t.login('pelaksana.kbri') });
    expect(list.body.items.filter((n: { kind: string }) => n.kind === 'overdue')).toHaveLength(2);
    const ppidList = await t.api('GET', '/api/v1/notifications', { token: await t.login('ppid') });
    expect(ppidList.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual([
      'due_soon',
      'due_soon',
      'new_request',
      'new_request',
      'overdue',
      'overdue',
    ]);
    // No personal data in what a notification carries.
    expect(JSON.stringify(ppidList.body)).not.toMatch(/Andi|3171012304900002|andi@example/);
    // Marking read: another user's ids are ignored; one's own are marked.
    const kbriNow = await t.login('pelaksana.kbri');
    const ppidIds = ppidList.body.items.map((n: { id: string }) => n.id);
    expect((await t.api('POST', '/api/v1/notifications/read', { token: kbriNow, body: { ids: ppidIds } })).body.marked).toBe(0);
    // Unread: the assignment, two due soon, two overdue (the new request was read on the page).
    expect((await t.api('POST', '/api/v1/notifications/read', { token: kbriNow, body: {} })).body.marked).toBe(5);
    expect((await t.api('GET', '/api/v1/notifications', { token: kbriNow })).body.unread).toBe(0);
  });
});
