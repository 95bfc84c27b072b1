/**
 * Which calendar counts (spec §4.2, §5.4) and the calendar policies as settings (spec §5.3, §5.5):
 * the statutory clock runs on the calendar of the unit that received the request, an assignment's
 * internal target on the assigned unit's own calendar; cuti bersama as a working or non-working
 * day; a clarification wait that runs the clock or pauses it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};

/** Sends an event as `username`, logging in afresh (the test moves the clock past session limits). */
async function send(username: string, id: string, event: Record<string, unknown>) {
  const token = await t.login(username);
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('which calendar counts', () => {
  it('a request received at KBRI Riyadh keeps Riyadh’s clock when assigned to AMEROP; the target counts on Jakarta’s calendar', async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB, 06:00 in Riyadh
    const kbri = await t.login('pelaksana.kbri');
    // Sunday 22 November, a working day in Riyadh: day 0; 10 working days Sunday–Thursday → Sunday 6 December.
    const filed = await t.api('POST', '/api/v1/cases', {
      token: kbri,
      body: {
        ...validFiling({ deliveryMethod: 'pickup' }),
        channel: 'walk_in',
        receivedAt: '2026-11-22T10:00:00+03:00',
      },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.deadlines.noticeDue).toBe('2026-12-06');
    const id = filed.body.id as string;

    let view = await send('ppid', id, { type: 'ASSIGN', units: ['AMEROP', 'KBRI-TOKYO'] });
    // The statutory clock did not restart or move to Jakarta.
    expect(view.deadlines.notice).toMatchObject({ due: '2026-12-06', calendar: { code: 'KBRI-RIYADH', timeZone: 'Asia/Riyadh' } });
    expect(view.deadlines.noticeDue).toBe('2026-12-06');
    // AMEROP's target: 5 working days on ID-NATIONAL from Monday 23 November → Monday 30 November.
    expect(view.deadlines.unitTargets.AMEROP).toMatchObject({ due: '2026-11-30', workingDays: 5, calendar: { code: 'ID-NATIONAL' } });
    // KBRI Tokyo's target on its own calendar: 23 November is Labour Thanksgiving Day there, so day 0 is
    // Tuesday 24 November; 25, 26, 27, 30 November, 1 December.
    expect(view.deadlines.unitTargets['KBRI-TOKYO']).toMatchObject({
      day0: '2026-11-24',
      day0Rolled: 'non_working_day',
      due: '2026-12-01',
      calendar: { code: 'KBRI-TOKYO' },
    });
    // Filed at KBRI Riyadh, it was Riyadh's from filing: 5 working days from receipt on Riyadh's week.
    expect(view.assignments.map((a: { unit: string; targetDue: string }) => [a.unit, a.targetDue])).toEqual([
      ['KBRI-RIYADH', '2026-11-29'],
      ['AMEROP', '2026-11-30'],
      ['KBRI-TOKYO', '2026-12-01'],
    ]);
    const row = await t.deps.db.selectFrom('cases').select(['notice_due', 'received_unit']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ notice_due: '2026-12-06', received_unit: 'KBRI-RIYADH' });

    // The extension also counts on Riyadh's week: 7, 8, 9, 10, 13, 14, 15 December.
    view = await send('ppid', id, { type: 'EXTEND', reason: 'Arsip berada di dua unit.' });
    expect(view.deadlines.noticeExtended).toMatchObject({ due: '2026-12-15', calendar: { code: 'KBRI-RIYADH' } });
    expect(view.deadlines.unitTargets.AMEROP.due).toBe('2026-11-30');
  });

  it('a default internal target can be configured', async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { UNIT_TARGET_WORKING_DAYS: '3' } });
    const { body } = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const view = await send('ppid', body.id, { type: 'ASSIGN', unit: 'AMEROP' });
    expect(view.deadlines.unitTargets.AMEROP).toMatchObject({ workingDays: 3, due: '2026-11-26' });
  });
});

describe('cuti bersama policy (CUTI_BERSAMA_NON_WORKING)', () => {
  it('by default cuti bersama is not counted; set to 0 it is a working day and the deadline comes earlier', async () => {
    t = await makeContext({ now: '2026-12-18T03:00:00.000Z' });
    const closed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect(closed.body.deadlines.noticeDue).toBe('2027-01-07');
    await t.close();

    t = await makeContext({ now: '2026-12-18T03:00:00.000Z', env: { CUTI_BERSAMA_NON_WORKING: '0' } });
    const open = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    // 24 December (cuti bersama) now counts: one working day earlier.
    expect(open.body.deadlines.noticeDue).toBe('2027-01-06');
    const calc = await t.api('GET', `/api/v1/deadlines?received=${encodeURIComponent('2026-12-18T10:00:00+07:00')}`);
    expect(calc.body.noticeDue).toBe('2027-01-06');
    expect(calc.body.skipped.map((s: { date: string }) => s.date)).not.toContain('2026-12-24');
  });
});

describe('clarification policy (CLARIFICATION_CLOCK)', () => {
  /** Filed Monday 23 November 10:00 WIB (due Monday 7 December); clarification asked Wednesday 25, answered Friday 27. */
  async function clarifyOnce() {
    const { body } = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    await send('ppid', body.id, { type: 'START_REVIEW' });
    at('2026-11-25T03:00:00.000Z');
    await send('ppid', body.id, { type: 'REQUEST_CLARIFICATION', message: 'Mohon sebutkan tahun dokumen yang dimaksud.' });
    at('2026-11-27T07:00:00.000Z');
    const view = await send('ppid', body.id, { type: 'RECEIVE_CLARIFICATION', reply: 'Tahun 2024.' });
    return { id: body.id as string, view };
  }

  it('running (the default): the clock runs through the wait', async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
    const { view } = await clarifyOnce();
    expect(view.deadlines.noticeDue).toBe('2026-12-07');
    expect(view.deadlines.notice.pauses).toEqual([]);
  });

  it('paused: the working days of the wait are added back, in the stored deadline, its words, the columns and the event', async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { CLARIFICATION_CLOCK: 'paused' } });
    const { id, view } = await clarifyOnce();
    // Wednesday 25 to Friday 27 November: 3 working days; 7 December + 3 = Thursday 10 December.
    expect(view.deadlines.notice.pauses).toEqual([{ from: '2026-11-25', to: '2026-11-27', workingDaysAdded: 3 }]);
    expect(view.deadlines.noticeDue).toBe('2026-12-10');
    expect(view.deadlines.notice.text).toContain('3 hari kerja selama menunggu klarifikasi pada 25–27 November 2026');
    const row = await t.deps.db.selectFrom('cases').select(['notice_due', 'notice_due_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ notice_due: '2026-12-10', notice_due_at: '2026-12-10T16:59:59.999Z' });
    const event = await t.deps.db
      .selectFrom('audit_events')
      .select('data')
      .where('case_id', '=', id)
      .where('event', '=', 'RECEIVE_CLARIFICATION')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.data)).toMatchObject({ reply: 'Tahun 2024.', noticeDueAt: '2026-12-10T16:59:59.999Z' });

    // A second round on one day merges with nothing before it: Tuesday 1 December adds one day.
    at('2026-12-01T02:00:00.000Z');
    await send('ppid', id, { type: 'REQUEST_CLARIFICATION', message: 'Mohon salinan KTP yang terbaca.' });
    at('2026-12-01T05:00:00.000Z');
    let after = await send('ppid', id, { type: 'RECEIVE_CLARIFICATION' });
    expect(after.deadlines.noticeDue).toBe('2026-12-11');

    // Extended from 11 December by 7 working days (14–18, 21, 22 December) …
    at('2026-12-02T02:00:00.000Z');
    after = await send('ppid', id, { type: 'EXTEND', reason: 'Dokumen perlu uji konsekuensi.' });
    expect(after.deadlines.noticeDue).toBe('2026-12-22');
    // … and a wait inside the extension (Tuesday 15 to Wednesday 16 December) moves the extended date by 2.
    at('2026-12-15T02:00:00.000Z');
    await send('ppid', id, { type: 'REQUEST_CLARIFICATION', message: 'Mohon konfirmasi format salinan.' });
    at('2026-12-16T08:00:00.000Z');
    after = await send('ppid', id, { type: 'RECEIVE_CLARIFICATION' });
    expect(after.deadlines.notice.due).toBe('2026-12-11');
    expect(after.deadlines.noticeExtended.pauses.map((p: { workingDaysAdded: number }) => p.workingDaysAdded)).toEqual([3, 1, 2]);
    expect(after.deadlines.noticeDue).toBe('2026-12-28');
    expect(after.deadlines.noticeExtended.extension.reason).toBe('Dokumen perlu uji konsekuensi.');
  });
});
