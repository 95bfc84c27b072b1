/**
 * Issue 13, items 1–3: objection and dispute clocks run on the body's national calendar (Jakarta),
 * whatever unit received the request; the window to the Commission without a response runs from
 * the atasan's deadline itself; dates an officer types are judged on the local date where they sit.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markObjectionsOverdue } from '../../src/objections/sweeper';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 23 Nov, 10:00 WIB, 06:00 in Riyadh
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const enc = encodeURIComponent;
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function deniedAt(unit: string) {
  const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit }) });
  expect(filed.status).toBe(201);
  const r = filed.body as { id: string; registrationNumber: string; trackingCode: string };
  const ppid = await t.login('ppid');
  const res = await t.api('POST', `/api/v1/cases/${r.id}/events`, {
    token: ppid,
    body: { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest, expectedVersion: 1 },
  });
  expect(res.status).toBe(200);
  return r;
}

const object = (r: { registrationNumber: string; trackingCode: string }, grounds: string[]) =>
  t.api('POST', `/api/v1/requests/${enc(r.registrationNumber)}/objections?code=${r.trackingCode}`, {
    body: { grounds, reason: 'Perundingan itu sudah selesai dan hasilnya sudah diumumkan kepada publik.' },
  });

async function act(token: string, id: string, event: Record<string, unknown>, lang?: string) {
  const current = await t.api('GET', `/api/v1/objections/${id}`, { token });
  return t.api('POST', `/api/v1/objections/${id}/events`, { token, lang, body: { expectedVersion: current.body.version, ...event } });
}

describe('an objection to a request received at KBRI Riyadh', () => {
  it('is counted, dated and placed in Jakarta, where the atasan PPID sits', async () => {
    const r = await deniedAt('KBRI-RIYADH');

    // The denial letter states the last day to object on the national calendar: 30 working days
    // from Monday 23 November (Jakarta) — 24–27 Nov (4), 30 Nov–4 Dec (9), 7–11 (14), 14–18 (19),
    // 21–23 (22), not 24 (cuti bersama) nor 25 (Christmas), 28–31 (26), not 1 Jan (New Year),
    // 4 Jan (27), not 5 Jan (Isra Mikraj), 6, 7, 8 Jan (30) → Friday 8 January 2027.
    let res = await t.api('GET', `/api/v1/requests/${enc(r.registrationNumber)}?code=${r.trackingCode}`);
    expect(res.body.objectionWindow).toMatchObject({ due: '2027-01-08', calendar: { code: 'ID-NATIONAL', timeZone: 'Asia/Jakarta' } });

    // Received Tuesday 1 December 18:48 UTC = Wednesday 2 December 01:48 WIB (21:48 on 1 December
    // in Riyadh, after its service hours). In Jakarta day 0 is Wednesday 2 December; 30 working
    // days: 3–4 Dec (2), 7–11 (7), 14–18 (12), 21–23 (15), not 24–25 Dec, 28–31 (19), not 1 Jan,
    // 4 Jan (20), not 5 Jan, 6–8 (23), 11–15 (28), 18, 19 Jan (30) → Tuesday 19 January 2027, a
    // working day in Jakarta (on Riyadh's week and day 0 it would have been another date).
    at('2026-12-01T18:48:00.000Z');
    res = await object(r, ['a']);
    expect(res.status).toBe(201);
    expect(res.body.deadlines.responseDue).toBe('2027-01-19');
    const id = res.body.id as string;

    let atasan = await t.login('atasan');
    res = await t.api('GET', `/api/v1/objections/${id}`, { token: atasan });
    expect(res.body.deadlines.atasanResponse).toMatchObject({
      day0: '2026-12-02',
      due: '2027-01-19',
      receivedLocal: '2026-12-02 01:48',
      calendar: { code: 'ID-NATIONAL', timeZone: 'Asia/Jakarta' },
    });
    expect(res.body.receivedLocal).toEqual({ date: '2026-12-02', time: '01:48', timeZone: 'Asia/Jakarta' });
    // The objection page shows the receipt on the same clock as its history: 2 December, 01.48 WIB.
    const html = textOf(await (await t.app.request(`/petugas/atasan/keberatan/${id}`, { headers: { Cookie: `terbuka_session=${atasan}` } })).text());
    expect(html).toMatch(/Diterima 2 Desember 2026 (pukul )?01\.48 WIB/);
    expect(html).not.toContain('1 Desember 2026');

    // The atasan decides at 02:00 WIB on Thursday 10 December (still 9 December in Riyadh and in UTC).
    // The decision is dated 10 December; the response letter is headed by the atasan's unit, not
    // the mission, and dated "Jakarta, 10 Desember 2026". The dispute window: 14 working days
    // from 10 Dec — 11 (1), 14–18 (6), 21–23 (9), not 24–25, 28–31 (13), not 1 Jan, 4 Jan (14).
    at('2026-12-09T19:00:00.000Z');
    atasan = await t.login('atasan');
    res = await act(atasan, id, {
      type: 'DECIDE_OBJECTION',
      outcome: 'upheld',
      reasons: 'Perundingan masih berjalan; membuka dokumen merugikan hubungan luar negeri.',
    });
    expect(res.status).toBe(200);
    expect(res.body.decision.on).toBe('2026-12-10');
    expect(res.body.deadlines.disputeWindow).toMatchObject({ basis: 'response', day0: '2026-12-10', due: '2027-01-04', calendar: { code: 'ID-NATIONAL' } });
    const letter = res.body.documents.find((d: { kind: string }) => d.kind === 'objection_decision');
    const pdf = await t.app.request(`/api/v1/cases/${r.id}/documents/${letter.id}`, { headers: { Authorization: `Bearer ${atasan}` } });
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Jakarta, 10 Desember 2026');
    expect(text).toContain('Sekretariat Jenderal');
    expect(text).not.toContain('Riyadh');
    // The receipt of the objection, issued by the system for the PPID Utama, is Jakarta's too.
    const receipt = res.body.documents.find((d: { kind: string }) => d.kind === 'objection_receipt');
    const receiptText = pdfText(
      Buffer.from(
        await (await t.app.request(`/api/v1/cases/${r.id}/documents/${receipt.id}`, { headers: { Authorization: `Bearer ${atasan}` } })).arrayBuffer(),
      ),
    );
    expect(receiptText).toContain('Jakarta, 2 Desember 2026');
    expect(receiptText).toContain('01.48 WIB');

    // Item 3: at 02:00 WIB on Wednesday 16 December (15 December 22:00 in Riyadh, 19:00 UTC) the
    // PPID Utama in Jakarta records a dispute filed that same day: today is 16 December where
    // they sit. 17 December is still in the future, named on the field in both languages.
    at('2026-12-15T19:00:00.000Z');
    const ppid = await t.login('ppid');
    const dispute = { type: 'RECORD_DISPUTE', commission: 'Komisi Informasi Pusat', registrationNumber: '088/XII/KIP-PS/2026' };
    res = await act(ppid, id, { ...dispute, filedOn: '2026-12-17' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.filedOn).toBe('Tanggal tidak boleh di masa depan.');
    res = await act(ppid, id, { ...dispute, filedOn: '2026-12-17' }, 'en');
    expect(res.body.error.fields.filedOn).toBe('The date cannot be in the future.');
    expect((await t.api('GET', `/api/v1/objections/${id}`, { token: ppid })).body.status).toBe('decided'); // nothing changed
    res = await act(ppid, id, { ...dispute, filedOn: '2026-12-16' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dispute', dispute: { filedOn: '2026-12-16', withinWindow: true } });
  });
});

describe('the window to go to the Commission when the atasan does not answer', () => {
  it("runs 14 working days from the atasan's deadline itself, not from the day after", async () => {
    const r = await deniedAt('PPID');
    // Received Monday 23 November 10:00 WIB: day 0 is 23 November; 30 working days end Friday
    // 8 January 2027 (24–27 Nov (4), 30 Nov–4 Dec (9), 7–11 (14), 14–18 (19), 21–23 (22),
    // 28–31 (26), 4 Jan (27), 6–8 Jan (30); 24–25 Dec, 1 and 5 Jan are not working days).
    let res = await object(r, ['d']);
    expect(res.body.deadlines.responseDue).toBe('2027-01-08');
    const id = res.body.id as string;
    // No answer. With D = 8 January as day 0, 14 working days: 11–15 Jan (5), 18–22 (10),
    // 25, 26, 27, 28 Jan (14) → Thursday 28 January 2027 (one day less than from the day after D).
    at('2027-01-11T03:00:00.000Z');
    expect(await markObjectionsOverdue(t.deps)).toBe(1);
    const ppid = await t.login('ppid');
    res = await t.api('GET', `/api/v1/objections/${id}`, { token: ppid });
    expect(res.body.deadlines.disputeWindow).toMatchObject({ basis: 'no_response', day0: '2027-01-08', due: '2027-01-28' });
    expect(res.body.deadlines.disputeWindow.text).toMatch(/14 hari kerja terhitung sejak batas waktu tanggapan/);

    // A dispute filed on Friday 29 January is outside the window (recorded, flagged).
    at('2027-02-01T03:00:00.000Z');
    res = await act(await t.login('ppid'), id, {
      type: 'RECORD_DISPUTE',
      commission: 'Komisi Informasi Pusat',
      registrationNumber: '9/I/KIP-PS/2027',
      filedOn: '2027-01-29',
    });
    expect(res.status).toBe(200);
    expect(res.body.dispute).toMatchObject({ filedOn: '2027-01-29', withinWindow: false });
  });
});

describe('registers and exports (item 5)', () => {
  it('give local date and time with the offset of the calendar that governs them, not UTC instants', async () => {
    const r = await deniedAt('KBRI-RIYADH');
    // Received 18:48 UTC on 1 December = 01:48 WIB on Wednesday 2 December: in the register of
    // 2 December (Jakarta's local date), written 2026-12-02T01:48:00+07:00.
    at('2026-12-01T18:48:00.000Z');
    const filed = await object(r, ['a']);
    at('2026-12-09T19:00:00.000Z'); // 02:00 WIB on 10 December
    const atasan = await t.login('atasan');
    expect(
      (await act(atasan, filed.body.id, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: 'Perundingan masih berjalan dan dokumen itu rahasia.' }))
        .status,
    ).toBe(200);

    let res = await t.api('GET', '/api/v1/registers/objections?from=2026-12-01&to=2026-12-01', { token: atasan });
    expect(res.body.items).toHaveLength(0);
    res = await t.api('GET', '/api/v1/registers/objections?from=2026-12-02&to=2026-12-02', { token: atasan });
    expect(res.body.items[0]).toMatchObject({ receivedAt: '2026-12-02T01:48:00+07:00', respondedAt: '2026-12-10T02:00:00+07:00', respondedOn: '2026-12-10' });
    expect(Date.parse(res.body.items[0].receivedAt)).toBe(Date.parse('2026-12-01T18:48:00.000Z')); // the same instant, readable
    const csv = await (
      await t.app.request('/api/v1/registers/objections?from=2026-12-02&to=2026-12-02&format=csv', { headers: { Authorization: `Bearer ${atasan}` } })
    ).text();
    expect(csv).toContain('2026-12-02T01:48:00+07:00');
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/);

    // The DIP export: an entry of KBRI Riyadh updated at 18:48 UTC is written in Riyadh's time (+03:00).
    const admin = await t.login('admin');
    res = await t.api('POST', '/api/v1/dip', {
      token: admin,
      body: {
        title: 'Laporan layanan perlindungan WNI KBRI Riyadh 2025',
        summary: 'Jumlah layanan perlindungan warga negara Indonesia per bulan.',
        category: 'berkala',
        unit: 'KBRI-RIYADH',
        responsible: 'Pelaksana Fungsi Konsuler',
        produced: '2026, Riyadh',
        format: 'electronic',
        retention: '10 tahun',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const dip = await (await t.app.request('/api/v1/dip?format=csv')).text();
    expect(dip).toContain('2026-12-09T22:00:00+03:00');
  });
});

describe('a national holiday change', () => {
  it("counts the open objection's atasan deadline again, through its workflow, with an audit event", async () => {
    const r = await deniedAt('KBRI-RIYADH');
    // Received Wednesday 25 November 09:00 WIB: 30 working days on the national calendar → Tuesday 12 January 2027.
    at('2026-11-25T02:00:00.000Z');
    const filed = await object(r, ['a']);
    expect(filed.body.deadlines.responseDue).toBe('2027-01-12');
    // A cuti bersama set at short notice for Thursday 31 December 2026: one working day fewer → Wednesday 13 January.
    // Without a response, the 14 working days to the Commission then run from 13 January: 14–15 (2), 18–22 (7),
    // 25–29 (12), 1, 2 February (14) → Tuesday 2 February 2027.
    const admin = await t.login('admin');
    const res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', {
      token: admin,
      body: {
        date: '2026-12-31',
        kind: 'cuti_bersama',
        nameId: 'Cuti bersama tambahan',
        nameEn: 'Additional joint leave',
        source: 'SKB 3 Menteri (perubahan)',
        reason: 'SKB perubahan menetapkan cuti bersama tambahan.',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.recomputed.objections).toEqual([
      { id: filed.body.id, objectionNumber: filed.body.objectionNumber, atasanResponse: { from: '2027-01-12', to: '2027-01-13' } },
    ]);
    const view = await t.api('GET', `/api/v1/objections/${filed.body.id}`, { token: await t.login('atasan') });
    expect(view.body.deadlines.atasanResponse).toMatchObject({ due: '2027-01-13', calendar: { code: 'ID-NATIONAL', version: 2 } });
    expect(view.body.deadlines.disputeWindow).toMatchObject({ basis: 'no_response', day0: '2027-01-13', due: '2027-02-02' });
    expect(view.body.timeline.map((e: { event: string }) => e.event)).toContain('OBJECTION_DEADLINES_RECOMPUTED');
    const row = await t.deps.db.selectFrom('objections').select(['response_due', 'snapshot']).where('id', '=', filed.body.id).executeTakeFirstOrThrow();
    expect(row.response_due).toBe('2027-01-13');
    expect(JSON.parse(row.snapshot).context.responseDue).toBe('2027-01-13');
  });
});
