import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function file(overrides: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(overrides) });
  expect(res.status).toBe(201);
  return res.body;
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  return t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

describe('a request from filing to closing, through the API', () => {
  it('files → registers → assigns to a mission → accepted → extended → decided → delivered → closed', async () => {
    const receipt = await file({ unit: 'PPID' });
    expect(receipt.registrationNumber).toBe('00001/PPID-PPID/2026');
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(receipt.status).toBe('registered');
    // Day 0 is Monday 23 November; the 10th working day after it is Monday 7 December.
    expect(receipt.deadlines.noticeDue).toBe('2026-12-07');

    let ppid = await t.login('ppid');
    const kbri = await t.login('pelaksana.kbri');
    const id = receipt.id;

    let res = await send(ppid, id, { type: 'ASSIGN', unit: 'KBRI-RIYADH' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('assigned');
    expect(res.body.availableEvents).toEqual(['ASSIGN', 'EXTEND', 'DECIDE']);
    // The internal target counts 5 working days on Riyadh's own week (Friday–Saturday weekend).
    expect(res.body.deadlines.unitTargets['KBRI-RIYADH'].calendar.code).toBe('KBRI-RIYADH');
    expect(res.body.assignments).toMatchObject([{ unit: 'KBRI-RIYADH', status: 'pending' }]);

    res = await t.api('GET', `/api/v1/cases/${id}`, { token: kbri });
    expect(res.body.availableEvents).toEqual(['ACCEPT_ASSIGNMENT', 'RETURN_ASSIGNMENT']);
    res = await send(kbri, id, { type: 'ACCEPT_ASSIGNMENT' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('in_review');

    at('2026-12-02T02:00:00.000Z');
    // Nine days later the old session has long expired (idle and absolute limits).
    expect((await t.api('GET', '/api/v1/auth/me', { token: ppid })).status).toBe(401);
    ppid = await t.login('ppid');
    res = await send(ppid, id, { type: 'EXTEND', reason: 'Dokumen disimpan di arsip KBRI Riyadh dan perlu dipindai.' });
    expect(res.status).toBe(200);
    expect(res.body.extended).toBe(true);
    // 7 more working days after 7 December: 8, 9, 10, 11, 14, 15, 16 December.
    expect(res.body.deadlines.noticeDue).toBe('2026-12-16');
    expect(res.body.deadlines.noticeExtended.text).toMatch(/16 Desember 2026/);

    res = await send(ppid, id, {
      type: 'DECIDE',
      outcome: 'partially_granted',
      exemptions: [{ letter: 'h' }],
      consequenceTest,
      redactions: 'Nomor paspor dan alamat pribadi pihak ketiga dihitamkan.',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('decided');
    expect(res.body.outcome).toBe('partially_granted');
    expect(res.body.availableEvents).toEqual(['DELIVER']);

    res = await send(ppid, id, { type: 'DELIVER', method: 'email' });
    expect(res.body.status).toBe('delivered');
    res = await send(ppid, id, { type: 'CLOSE' });
    expect(res.body.status).toBe('closed');
    expect(res.body.availableEvents).toEqual([]);
    expect(res.body.timeline.map((e: { event: string }) => e.event)).toEqual([
      'REGISTER',
      'ISSUE_DOCUMENT', // the receipt, issued with the filing
      'ASSIGN',
      'ACCEPT_ASSIGNMENT',
      'EXTEND',
      'DECIDE',
      'DELIVER',
      'CLOSE',
    ]);
    expect(res.body.timeline[2].actor).toBe('Dewi Lestari');

    // The requester tracks it with the code, sees the public timeline and no internal steps.
    const track = await t.api('GET', `/api/v1/requests/${encodeURIComponent(receipt.registrationNumber)}?code=${receipt.trackingCode}`);
    expect(track.status).toBe(200);
    expect(track.body.status).toBe('closed');
    expect(track.body.timeline.map((e: { event: string }) => e.event)).not.toContain('ACCEPT_ASSIGNMENT');
    expect(track.body.deadlines.noticeExtended.due).toBe('2026-12-16');
    expect(JSON.stringify(track.body)).not.toContain('3171012304900002');

    // E-mails were written with the transitions: receipt, extension, decision, delivery, closing (+ officers).
    const mails = await t.deps.db.selectFrom('outbox').select(['template', 'to_address']).where('case_id', '=', id).execute();
    const toRequester = mails.filter((m) => m.to_address === 'andi@example.org').map((m) => m.template);
    expect(toRequester).toEqual(['request_received', 'request_extended', 'request_decided', 'request_delivered', 'request_closed']);
    expect(mails.some((m) => m.template === 'officer_assigned' && m.to_address.startsWith('pelaksana.kbri'))).toBe(true);
  });

  it('refuses transitions the workflow does not accept now, listing what it does accept', async () => {
    const { id } = await file();
    const ppid = await t.login('ppid');
    const dit = await t.login('pelaksana.dit');
    const kbri = await t.login('pelaksana.kbri');

    let res = await send(ppid, id, { type: 'DELIVER', method: 'email' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('event_not_allowed');
    expect(res.body.error.allowed).toEqual(['ASSIGN', 'START_REVIEW', 'EXTEND', 'DECIDE']);
    expect(res.body.error.message).toMatch(/tidak menerima/);

    expect((await send(ppid, id, { type: 'CLOSE' })).status).toBe(409);
    expect((await send(ppid, id, { type: 'ACCEPT_ASSIGNMENT' })).status).toBe(409);
    expect((await send(ppid, id, { type: 'RECEIVE_CLARIFICATION' })).status).toBe(409);

    // A case outside a Pelaksana's unit does not exist for them.
    expect((await t.api('GET', `/api/v1/cases/${id}`, { token: dit })).status).toBe(404);
    await send(ppid, id, { type: 'ASSIGN', unit: 'AMEROP' });
    expect((await t.api('GET', `/api/v1/cases/${id}`, { token: kbri })).status).toBe(404);
    res = await send(dit, id, { type: 'DECIDE', outcome: 'granted' });
    expect(res.status).toBe(409);
    expect(res.body.error.allowed).toEqual(['ACCEPT_ASSIGNMENT', 'RETURN_ASSIGNMENT']);
    // Assigning to the unit it is already with is refused; a return needs a reason.
    expect((await send(ppid, id, { type: 'ASSIGN', unit: 'AMEROP' })).status).toBe(409);
    res = await send(dit, id, { type: 'RETURN_ASSIGNMENT', reason: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.reason).toBeDefined();
    res = await send(dit, id, { type: 'RETURN_ASSIGNMENT', reason: 'Informasi ini dikuasai Ditjen Asia Pasifik dan Afrika.' });
    expect(res.body.status).toBe('registered');
    expect(res.body.assignments[0].returned.reason).toMatch(/Asia Pasifik/);

    // One extension only.
    expect((await send(ppid, id, { type: 'EXTEND', reason: 'Perlu konsultasi dengan unit lain.' })).status).toBe(200);
    res = await send(ppid, id, { type: 'EXTEND', reason: 'Sekali lagi.' });
    expect(res.status).toBe(409);
    expect(res.body.error.allowed).not.toContain('EXTEND');

    // A denial without a consequence test is refused and changes nothing.
    const before = await t.api('GET', `/api/v1/cases/${id}`, { token: ppid });
    res = await send(ppid, id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }] });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain('consequenceTest');
    res = await send(ppid, id, { type: 'DECIDE', outcome: 'denied', exemptions: [], consequenceTest });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.exemptions).toBeDefined();
    res = await send(ppid, id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'k' }], consequenceTest });
    expect(res.body.error.fields['exemptions.0.letter']).toBeDefined();
    const after = await t.api('GET', `/api/v1/cases/${id}`, { token: ppid });
    expect(after.body.version).toBe(before.body.version);

    // Roles that do not work cases may not send events at all.
    for (const username of ['auditor', 'atasan', 'admin']) {
      const token = await t.login(username);
      const r = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { type: 'START_REVIEW', expectedVersion: 1 } });
      expect(r.status, username).toBe(403);
    }
    expect((await t.api('POST', `/api/v1/cases/${id}/events`, { body: { type: 'START_REVIEW', expectedVersion: 1 } })).status).toBe(401);
    // A probe flag smuggled in the body is stripped: the payload is still judged.
    res = await send(ppid, id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], probe: true });
    expect(res.status).toBe(400);
  });

  it('lets exactly one of two concurrent decisions win (optimistic lock)', async () => {
    const { id } = await file();
    const ppid = await t.login('ppid');
    const version = (await t.api('GET', `/api/v1/cases/${id}`, { token: ppid })).body.version;
    const decide = (outcome: string) =>
      t.api('POST', `/api/v1/cases/${id}/events`, { token: ppid, body: { type: 'DECIDE', outcome, expectedVersion: version } });
    const results = await Promise.all([decide('granted'), decide('not_held')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.error.code).toBe('version_conflict');
    const audit = await t.deps.db.selectFrom('audit_events').select('event').where('case_id', '=', id).where('event', '=', 'DECIDE').execute();
    expect(audit).toHaveLength(1);
  });

  it('gives 200 concurrent filings 200 distinct, gapless numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.api('POST', '/api/v1/requests', { body: validFiling({ information: `Permohonan nomor ${i} tentang arsip diplomatik.` }) }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = results.map((r) => r.body.registrationNumber as string);
    expect(new Set(numbers).size).toBe(200);
    const seqs = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('numbers each year from 1 again, by the local date of receipt', async () => {
    at('2026-12-31T08:59:00.000Z'); // 15:59 WIB on 31 December
    expect((await file()).registrationNumber).toBe('00001/PPID-PPID/2026');
    at('2026-12-31T17:30:00.000Z'); // 00:30 WIB on 1 January 2027
    expect((await file()).registrationNumber).toBe('00001/PPID-PPID/2027');
  });

  it('lets an officer enter a walk-in request with its real receipt time, never in the future', async () => {
    const kbri = await t.login('pelaksana.kbri');
    const walkIn = { ...validFiling({ deliveryMethod: 'pickup' }), channel: 'walk_in', receivedAt: '2026-11-22T10:00:00+03:00' };
    const res = await t.api('POST', '/api/v1/cases', { token: kbri, body: walkIn });
    expect(res.status).toBe(201);
    expect(res.body.unit).toBe('KBRI-RIYADH');
    // Sunday 22 November is a working day in Riyadh: day 0; the 10th working day after is Sunday 6 December.
    expect(res.body.deadlines.noticeDue).toBe('2026-12-06');
    const future = await t.api('POST', '/api/v1/cases', { token: kbri, body: { ...walkIn, receivedAt: '2026-11-30T10:00:00+03:00' } });
    expect(future.status).toBe(400);
    expect(future.body.error.fields.receivedAt).toMatch(/masa depan/);
  });
});
