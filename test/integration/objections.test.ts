import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { markObjectionsOverdue } from '../../src/objections/sweeper';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const enc = encodeURIComponent;

async function file(overrides: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(overrides) });
  expect(res.status).toBe(201);
  return res.body as { id: string; registrationNumber: string; trackingCode: string };
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  return t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

async function act(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/objections/${id}`, { token });
  return t.api('POST', `/api/v1/objections/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

const track = (r: { registrationNumber: string; trackingCode: string }) => t.api('GET', `/api/v1/requests/${enc(r.registrationNumber)}?code=${r.trackingCode}`);
const object = (r: { registrationNumber: string; trackingCode: string }, body: unknown, headers: Record<string, string> = {}) =>
  t.api('POST', `/api/v1/requests/${enc(r.registrationNumber)}/objections?code=${r.trackingCode}`, { body, headers });

const reason = 'Dokumen itu sudah dibahas terbuka di DPR; tidak ada lagi kerugian bila dibuka.';
const upheldReasons = 'Uji konsekuensi menunjukkan perundingan masih berlangsung; membuka dokumen merugikan hubungan luar negeri.';

describe('a denial, its objection and the dispute at the Commission', () => {
  it('denial → objection on ground a → upheld → dispute → no mediation → adjudication → disclosure ordered → compliance', async () => {
    const receipt = await file();
    let ppid = await t.login('ppid');
    let res = await send(ppid, receipt.id, {
      type: 'DECIDE',
      outcome: 'denied',
      exemptions: [{ letter: 'f', statute: 'Pasal 17 huruf f angka 1' }],
      consequenceTest,
    });
    expect(res.status).toBe(200);

    // The inline consequence test became a record linked to the denial, and its public title an entry of the DIK.
    res = await t.api('GET', `/api/v1/consequence-tests?caseId=${receipt.id}`, { token: ppid });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      origin: 'at_request',
      conclusion: 'exempt',
      exemptions: [{ letter: 'f' }],
      publicTitle: consequenceTest.publicTitle,
      inDik: true,
    });
    expect(res.body.items[0].harm).toBe(consequenceTest.harm);

    // The requester sees that they may object, and until when (30 working days from the notice).
    at('2026-11-25T02:00:00.000Z');
    res = await track(receipt);
    expect(res.body.availableActions).toEqual(['object']);
    expect(res.body.objectionWindow.due).toBe('2027-01-08'); // from 23 Nov, skipping weekends, 24–25 Dec, 1 and 5 Jan
    expect(res.body.objectionWindow.text).toMatch(/30 hari kerja/);

    res = await object(receipt, { grounds: ['a'], reason });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ objectionNumber: '00001/KEB-PPID/2026', status: 'registered', late: false, grounds: ['a'] });
    expect(res.body.receivedAt).toBe('2026-11-25T02:00:00.000Z');
    expect(res.body.deadlines.responseDue).toBe('2027-01-12');
    const objectionId = res.body.id as string;

    res = await track(receipt);
    expect(res.body.availableActions).toEqual([]);
    expect(res.body.objections[0]).toMatchObject({ objectionNumber: '00001/KEB-PPID/2026', status: 'registered', responseDue: '2027-01-12' });

    // The atasan PPID's queue and case page: grounds, the request, the PPID's notice and the test side by side.
    let atasan = await t.login('atasan');
    res = await t.api('GET', '/api/v1/objections', { token: atasan });
    expect(res.body.items.map((o: { objectionNumber: string }) => o.objectionNumber)).toEqual(['00001/KEB-PPID/2026']);
    res = await t.api('GET', `/api/v1/objections/${objectionId}`, { token: atasan });
    expect(res.status).toBe(200);
    expect(res.body.availableEvents).toEqual(['DECIDE_OBJECTION']);
    expect(res.body.grounds[0]).toMatchObject({ letter: 'a' });
    expect(res.body.request).toMatchObject({ registrationNumber: receipt.registrationNumber, requester: { name: 'Andi Pratama', nik: '3171012304900002' } });
    expect(res.body.notice).toMatchObject({ outcome: 'denied', exemptions: [{ letter: 'f' }] });
    expect(res.body.consequenceTests[0].harm).toBe(consequenceTest.harm);
    // The atasan may now read the objected request itself.
    expect((await t.api('GET', `/api/v1/cases/${receipt.id}`, { token: atasan })).status).toBe(200);
    // Musyawarah is not for ground a.
    res = await act(atasan, objectionId, { type: 'SETTLE_BY_AGREEMENT', agreement: 'Sepakat.' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('settlement_not_allowed');

    at('2026-12-10T04:00:00.000Z');
    atasan = await t.login('atasan');
    res = await act(atasan, objectionId, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: upheldReasons });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', outcome: 'upheld', decision: { on: '2026-12-10' } });
    expect(res.body.deadlines.disputeWindow).toMatchObject({ basis: 'response', due: '2027-01-04' });
    expect(res.body.availableEvents).toEqual(['RECORD_REACTION', 'RECORD_DISPUTE', 'CLOSE']);

    // The PPID Utama records the dispute: not before the atasan's response.
    at('2026-12-16T03:00:00.000Z');
    ppid = await t.login('ppid');
    res = await act(ppid, objectionId, {
      type: 'RECORD_DISPUTE',
      commission: 'Komisi Informasi Pusat',
      registrationNumber: '123/XII/KIP-PS/2026',
      filedOn: '2026-12-09',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.filedOn).toMatch(/sebelum tanggapan Atasan PPID/);
    res = await act(ppid, objectionId, {
      type: 'RECORD_DISPUTE',
      commission: 'Komisi Informasi Pusat',
      registrationNumber: '123/XII/KIP-PS/2026',
      filedOn: '2026-12-15',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dispute', disputeStage: 'filed', dispute: { withinWindow: true, filedOn: '2026-12-15' } });
    expect(res.body.deadlines.commissionSettleTarget.workingDays).toBe(100);
    expect(res.body.availableStages).toEqual(['registered', 'withdrawn']);

    const stage = async (body: Record<string, unknown>, when: string) => {
      at(when);
      ppid = await t.login('ppid');
      return act(ppid, objectionId, { type: 'RECORD_DISPUTE_STAGE', ...body });
    };
    expect((await stage({ stage: 'registered', on: '2026-12-17' }, '2026-12-18T03:00:00.000Z')).status).toBe(200);
    res = await stage({ stage: 'preliminary_exam', on: '2027-01-11', documents: [{ title: 'Relaas panggilan pemeriksaan awal' }] }, '2027-01-12T03:00:00.000Z');
    expect(res.body.availableStages).toEqual(['adjudication', 'decision', 'withdrawn']);
    // Ground a goes to adjudication: mediation is refused, naming the law and what may be recorded.
    res = await stage({ stage: 'mediation', on: '2027-01-18' }, '2027-01-19T03:00:00.000Z');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('mediation_not_allowed');
    expect(res.body.error.allowedStages).toEqual(['adjudication', 'decision', 'withdrawn']);
    expect((await stage({ stage: 'adjudication', on: '2027-01-18' }, '2027-01-19T03:00:00.000Z')).status).toBe(200);
    res = await stage(
      {
        stage: 'decision',
        on: '2027-03-01',
        result: 'granted',
        decisionNumber: '045/KIP-PS-A/III/2027',
        content: 'Memerintahkan Termohon memberikan salinan dokumen yang dimohon kepada Pemohon.',
      },
      '2027-03-02T03:00:00.000Z',
    );
    expect(res.status).toBe(200);
    expect(res.body.disputeStage).toBe('decided');
    expect(res.body.dispute.stages.at(-1)).toMatchObject({ stage: 'decision', result: 'granted', resultLabel: expect.stringMatching(/dibuka/) });
    expect((await stage({ stage: 'final', on: '2027-03-22' }, '2027-03-23T03:00:00.000Z')).status).toBe(200);
    res = await stage({ stage: 'compliance', on: '2027-03-29', summary: 'Salinan dokumen diserahkan kepada Pemohon.' }, '2027-03-30T03:00:00.000Z');
    expect(res.body.disputeStage).toBe('complied');
    expect(res.body.dispute.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'registered',
      'preliminary_exam',
      'adjudication',
      'decision',
      'final',
      'compliance',
    ]);
    res = await act(ppid, objectionId, { type: 'CLOSE' });
    expect(res.body.status).toBe('closed');

    // Every step is on the request's audit trail, and the chain still verifies.
    const events = (await t.api('GET', `/api/v1/cases/${receipt.id}`, { token: ppid })).body.timeline.map((e: { event: string }) => e.event);
    expect(events).toEqual(expect.arrayContaining(['OBJECTION_REGISTER', 'DECIDE_OBJECTION', 'RECORD_DISPUTE', 'RECORD_DISPUTE_STAGE', 'OBJECTION_CLOSE']));
    expect((await t.api('GET', '/api/v1/audit/verify', { token: await t.login('auditor') })).body.ok).toBe(true);
    // The receipt (a copy of the form) and the atasan's written response were issued as documents the requester can download,
    // and e-mailed to them attached.
    const documents = (await track(receipt)).body.documents.map((d: { kind: string }) => d.kind);
    expect(documents).toEqual(expect.arrayContaining(['objection_receipt', 'objection_decision']));
    const mails = await t.deps.db.selectFrom('outbox').select(['template', 'attachments', 'body_text']).where('to_address', '=', 'andi@example.org').execute();
    const decided = mails.find((m) => m.template === 'objection_decided')!;
    expect(JSON.parse(decided.attachments!)).toHaveLength(1);
    expect(decided.body_text).toMatch(/dikuatkan.*\n[\s\S]*4 Januari 2027/);
    expect(mails.find((m) => m.template === 'objection_received')!.body_text).toMatch(/12 Januari 2027/);
  });

  it('no answer by the deadline → objection on ground c → overturned → the request is worked and answered', async () => {
    const receipt = await file();
    // The notice was due on Monday 7 December; the sweeper marks it overdue the next day.
    at('2026-12-08T02:00:00.000Z');
    expect(await markOverdue(t.deps)).toBe(1);
    let res = await track(receipt);
    expect(res.body.availableActions).toEqual(['object']);
    expect(res.body.objectionWindow).toMatchObject({ arising: { basis: 'no_answer' }, day0: '2026-12-08' });

    res = await object(receipt, { grounds: ['c'], reason: 'Sampai hari ini saya belum menerima jawaban apa pun atas permohonan saya.' });
    expect(res.status).toBe(201);
    const objectionId = res.body.id as string;

    at('2026-12-14T03:00:00.000Z');
    const atasan = await t.login('atasan');
    res = await act(atasan, objectionId, {
      type: 'DECIDE_OBJECTION',
      outcome: 'overturned',
      reasons: 'PPID tidak memberi pemberitahuan tertulis dalam 10 hari kerja.',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.instruction).toBeDefined();
    res = await act(atasan, objectionId, {
      type: 'DECIDE_OBJECTION',
      outcome: 'overturned',
      reasons: 'PPID tidak memberi pemberitahuan tertulis dalam 10 hari kerja.',
      instruction: 'Berikan pemberitahuan tertulis kepada pemohon.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'decided', outcome: 'overturned' });
    // 10 working days from Monday 14 December, skipping 24–25 December.
    expect(res.body.deadlines.ppidAnswer).toMatchObject({ period: 'notice_reopened', due: '2026-12-30' });
    const mail = await t.deps.db.selectFrom('outbox').select(['body_text']).where('template', '=', 'officer_objection_overturned').executeTakeFirstOrThrow();
    expect(mail.body_text).toMatch(/Berikan pemberitahuan tertulis/);

    // The request itself is reopened: the new deadline is in force and it is no longer overdue.
    const ppid = await t.login('ppid');
    const reopened = await t.api('GET', `/api/v1/cases/${receipt.id}`, { token: ppid });
    expect(reopened.body).toMatchObject({ clock: 'running', overdue: false });
    expect(reopened.body.deadlines.noticeDue).toBe('2026-12-30');
    expect(reopened.body.reopened).toMatchObject([{ instruction: 'Berikan pemberitahuan tertulis kepada pemohon.', previous: null }]);
    expect((await t.api('GET', '/api/v1/cases?overdue=true', { token: ppid })).body.items).toEqual([]);

    // The PPID answers.
    res = await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' });
    expect(res.status).toBe(200);
    res = await track(receipt);
    expect(res.body.status).toBe('decided');
    expect(res.body.objections[0].decision).toMatchObject({ outcome: 'overturned', instruction: 'Berikan pemberitahuan tertulis kepada pemohon.' });
    // A late answer is a new notice: the requester may object to it too.
    expect(res.body.availableActions).toEqual(['object']);
  });

  it('reopens a decided request when the atasan overturns, with a new notice deadline and the instruction', async () => {
    const receipt = await file();
    let ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest });
    const { body } = await object(receipt, { grounds: ['a'], reason });
    at('2026-11-30T03:00:00.000Z');
    const atasan = await t.login('atasan');
    const res = await act(atasan, body.id, {
      type: 'DECIDE_OBJECTION',
      outcome: 'overturned',
      reasons: 'Perundingan telah selesai; alasan pengecualian tidak lagi berlaku.',
      instruction: 'Berikan salinan dokumen kepada pemohon.',
    });
    ppid = await t.login('ppid');
    expect(res.status).toBe(200);
    expect(res.body.request).toMatchObject({ status: 'in_review', reopened: [{ instruction: 'Berikan salinan dokumen kepada pemohon.' }] });
    const caseView = await t.api('GET', `/api/v1/cases/${receipt.id}`, { token: ppid });
    expect(caseView.body.decision).toBeNull();
    expect(caseView.body.availableEvents).toContain('DECIDE');
    const events = caseView.body.timeline.map((e: { event: string }) => e.event);
    expect(events.indexOf('REOPEN')).toBeGreaterThan(events.indexOf('OBJECTION_REGISTER'));
    expect(events.indexOf('REOPEN')).toBeLessThan(events.indexOf('DECIDE_OBJECTION'));
    expect((await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' })).body.status).toBe('decided');
  });
});

describe('objections the law does not allow, or that are malformed', () => {
  it('names the problem: not decided nor overdue, unknown ground, no reason, wrong code, twice', async () => {
    const receipt = await file();
    let res = await object(receipt, { grounds: ['a'], reason });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('objection_not_open');
    expect(res.body.error.message).toMatch(/belum diputus.*7 Desember 2026/);

    res = await object(receipt, { grounds: ['h'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields['grounds.0']).toMatch(/a, b, c, d, e, f, g/);
    expect(res.body.error.fields.reason).toMatch(/Wajib/);
    res = await object(receipt, { grounds: [], reason });
    expect(res.body.error.fields.grounds).toBeDefined();
    res = await object(receipt, { grounds: ['c', 'c'], reason });
    expect(res.body.error.fields.grounds).toMatch(/satu kali/);
    expect((await object({ ...receipt, trackingCode: 'AAAA-BBBB-CCCC-DDDD' }, { grounds: ['a'], reason })).status).toBe(404);

    const ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'not_held', holder: 'Kementerian Sekretariat Negara' });
    res = await object(receipt, { grounds: ['d'], reason }, { 'Idempotency-Key': 'objection-key-1' });
    expect(res.status).toBe(201);
    const again = await object(receipt, { grounds: ['d'], reason }, { 'Idempotency-Key': 'objection-key-1' });
    expect(again.status).toBe(201);
    expect(again.body.objectionNumber).toBe(res.body.objectionNumber);
    res = await object(receipt, { grounds: ['e'], reason });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'objection_already_filed', objectionNumber: '00001/KEB-PPID/2026' });
  });

  it('records a late objection, flags it, and lets the atasan accept or refuse it in writing', async () => {
    const receipt = await file();
    const ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest });
    at('2027-01-12T03:00:00.000Z'); // past the window that ended on 8 January
    let res = await object(receipt, { grounds: ['a'], reason });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ late: true, status: 'late_review' });
    const atasan = await t.login('atasan');
    res = await t.api('GET', `/api/v1/objections/${res.body.id}`, { token: atasan });
    expect(res.body.availableEvents).toEqual(['ACCEPT_LATE', 'REJECT_LATE']);
    res = await act(atasan, res.body.id, { type: 'REJECT_LATE', reasons: 'Diajukan setelah lewat 30 hari kerja tanpa alasan yang sah.' });
    expect(res.body).toMatchObject({ status: 'decided', outcome: 'rejected_late' });
    // A refusal is a written response: the Commission may still be asked.
    expect(res.body.deadlines.disputeWindow.basis).toBe('response');
    const mail = await t.deps.db.selectFrom('outbox').select(['body_text']).where('template', '=', 'objection_decided').executeTakeFirstOrThrow();
    expect(mail.body_text).toMatch(/lewat waktu/);
  });

  it('lets the atasan deadline lapse: overdue in the queue, and the dispute may follow without a response', async () => {
    const receipt = await file();
    let ppid = await t.login('ppid');
    await send(ppid, receipt.id, {
      type: 'DECIDE',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'h' }],
      consequenceTest,
      redactions: 'Nomor paspor dihitamkan.',
    });
    const { body } = await object(receipt, { grounds: ['d', 'f'], reason });
    expect(body.deadlines.responseDue).toBe('2027-01-08');
    at('2027-01-11T03:00:00.000Z');
    expect(await markObjectionsOverdue(t.deps)).toBe(1);
    expect(await markObjectionsOverdue(t.deps)).toBe(0);
    const atasan = await t.login('atasan');
    ppid = await t.login('ppid');
    let res = await t.api('GET', '/api/v1/objections?overdue=true', { token: atasan });
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ overdue: true, workingDaysLeft: -1 });
    res = await t.api('GET', `/api/v1/objections/${body.id}`, { token: ppid });
    expect(res.body.availableEvents).toEqual(['RECORD_DISPUTE']);
    expect(res.body.deadlines.disputeWindow).toMatchObject({ basis: 'no_response', day0: '2027-01-08' });
    res = await act(ppid, body.id, {
      type: 'RECORD_DISPUTE',
      commission: 'Komisi Informasi Pusat',
      registrationNumber: '7/I/KIP-PS/2027',
      filedOn: '2027-01-08',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.filedOn).toMatch(/batas waktu tanggapan/);
    res = await act(ppid, body.id, {
      type: 'RECORD_DISPUTE',
      commission: 'Komisi Informasi Pusat',
      registrationNumber: '7/I/KIP-PS/2027',
      filedOn: '2027-01-11',
    });
    expect(res.body.status).toBe('dispute');
    // Grounds d and f may be mediated.
    at('2027-01-20T03:00:00.000Z');
    ppid = await t.login('ppid');
    for (const [s, on] of [
      ['registered', '2027-01-12'],
      ['preliminary_exam', '2027-01-18'],
    ]) {
      expect((await act(ppid, body.id, { type: 'RECORD_DISPUTE_STAGE', stage: s, on })).status).toBe(200);
    }
    res = await t.api('GET', `/api/v1/objections/${body.id}`, { token: ppid });
    expect(res.body.availableStages).toEqual(['mediation', 'adjudication', 'decision', 'withdrawn']);
    res = await act(ppid, body.id, { type: 'RECORD_DISPUTE_STAGE', stage: 'mediation', on: '2027-01-15' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.on).toMatch(/sebelum tanggal tahap sebelumnya/);
    res = await act(ppid, body.id, { type: 'RECORD_DISPUTE_STAGE', stage: 'mediation', on: '2027-01-21' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.on).toMatch(/masa depan/);
  });

  it('keeps objections to body-level roles, and refuses stale versions', async () => {
    const receipt = await file();
    const ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' });
    const { body } = await object(receipt, { grounds: ['e'], reason });
    const dit = await t.login('pelaksana.dit');
    expect((await t.api('GET', `/api/v1/objections/${body.id}`, { token: dit })).status).toBe(403);
    expect((await t.api('GET', '/api/v1/objections')).status).toBe(401);
    const atasan = await t.login('atasan');
    const decide = () =>
      t.api('POST', `/api/v1/objections/${body.id}/events`, {
        token: atasan,
        body: { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: 'Informasi telah diberikan sesuai permintaan.', expectedVersion: 1 },
      });
    const results = await Promise.all([decide(), decide()]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('version_conflict');
    // The PPID may not decide the objection, only record what happens outside the body.
    const res = await t.api('POST', `/api/v1/objections/${body.id}/events`, {
      token: ppid,
      body: { type: 'RECORD_REACTION', reaction: 'Pemohon menerima.', expectedVersion: 2 },
    });
    expect(res.status).toBe(200);
    expect(res.body.reaction.text).toBe('Pemohon menerima.');
  });

  it('lets an officer enter an objection received by letter, with its real receipt time', async () => {
    const receipt = await file();
    let ppid = await t.login('ppid');
    await send(ppid, receipt.id, { type: 'DECIDE', outcome: 'granted' });
    at('2026-11-26T03:00:00.000Z');
    ppid = await t.login('ppid');
    const res = await t.api('POST', '/api/v1/objections', {
      token: ppid,
      body: {
        registrationNumber: receipt.registrationNumber,
        channel: 'letter',
        receivedAt: '2026-11-25T09:00:00+07:00',
        grounds: ['g'],
        reason,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.receivedAt).toBe('2026-11-25T02:00:00.000Z');
    const future = await t.api('POST', '/api/v1/objections', {
      token: ppid,
      body: {
        registrationNumber: receipt.registrationNumber,
        channel: 'letter',
        receivedAt: '2026-11-27T09:00:00+07:00',
        grounds: ['g'],
        reason,
      },
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields.receivedAt).toBeDefined();
  });
});
