/**
 * Holiday changes reach open cases (spec §5.1: cuti bersama set at short notice, an isbat moving
 * Idul Fitri): an administrator adds and then moves a holiday through the API, and the open cases
 * counted on that calendar get new deadlines in the same transaction, with an audit event each;
 * closed cases and cases on other calendars keep their dates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { verifyAudit } from '../../src/audit/audit-log';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterEach(async () => {
  await t.close();
});

async function file(overrides: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(overrides) });
  expect(res.status).toBe(201);
  return res.body as { id: string; registrationNumber: string; deadlines: { noticeDue: string } };
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const row = (id: string) => t.deps.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditOf = (id: string, event: string) =>
  t.deps.db.selectFrom('audit_events').selectAll().where('case_id', '=', id).where('event', '=', event).orderBy('seq').execute();

describe('a holiday added and then moved by an administrator', () => {
  it('recomputes open cases on that calendar in one go; closed cases and other calendars keep their dates', async () => {
    const ppid = await t.login('ppid');
    const kbri = await t.login('pelaksana.kbri');

    // Open at the PPID Utama: due Monday 7 December (10 working days after Monday 23 November).
    const open = await file({ unit: 'PPID' });
    expect(open.deadlines.noticeDue).toBe('2026-12-07');
    // Open, assigned to AMEROP (target: 5 working days, Monday 30 November) and extended to 16 December.
    const extended = await file({ unit: 'PPID' });
    await send(ppid, extended.id, { type: 'ASSIGN', unit: 'AMEROP' });
    const afterExtend = await send(ppid, extended.id, { type: 'EXTEND', reason: 'Informasi tersebar di beberapa direktorat.' });
    expect(afterExtend.deadlines.unitTargets.AMEROP.due).toBe('2026-11-30');
    expect(afterExtend.deadlines.noticeDue).toBe('2026-12-16');
    // Closed before the change.
    const closed = await file({ unit: 'PPID' });
    await send(ppid, closed.id, { type: 'DECIDE', outcome: 'not_held', holder: 'Kementerian Sekretariat Negara' });
    await send(ppid, closed.id, { type: 'CLOSE' });
    // Received at KBRI Riyadh: counted on the mission's own calendar, which this change does not touch.
    const walkIn = await t.api('POST', '/api/v1/cases', {
      token: kbri,
      body: {
        ...validFiling({ deliveryMethod: 'pickup' }),
        channel: 'walk_in',
        receivedAt: '2026-11-22T10:00:00+03:00',
      },
    });
    expect(walkIn.status).toBe(201);
    const riyadh = walkIn.body as { id: string };

    const before = { open: await row(open.id), extended: await row(extended.id), closed: await row(closed.id), riyadh: await row(riyadh.id) };

    // A cuti bersama decided at short notice for Wednesday 25 November 2026.
    const admin = await t.login('admin');
    const added = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', {
      token: admin,
      body: {
        date: '2026-11-25',
        kind: 'cuti_bersama',
        nameId: 'Cuti bersama tambahan',
        nameEn: 'Additional joint leave',
        source: 'SKB 3 Menteri (perubahan)',
        reason: 'SKB perubahan menetapkan cuti bersama tambahan.',
        expectedVersion: 1,
      },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.calendar).toEqual({ code: 'ID-NATIONAL', version: 2 });
    // The Riyadh request's own deadline is not touched, but its Jakarta twin (kip-rules §5.4) is:
    // received Sunday 22 November, Jakarta's day 0 is Monday 23 November, due 7 → 8 December.
    expect(added.body.recomputed.count).toBe(3);
    expect(added.body.recomputed.cases).toEqual(
      expect.arrayContaining([
        { id: riyadh.id, registrationNumber: expect.any(String), jakarta: { notice: { from: '2026-12-07', to: '2026-12-08' } } },
        { id: open.id, registrationNumber: open.registrationNumber, notice: { from: '2026-12-07', to: '2026-12-08' } },
        {
          id: extended.id,
          registrationNumber: extended.registrationNumber,
          notice: { from: '2026-12-07', to: '2026-12-08' },
          noticeExtended: { from: '2026-12-16', to: '2026-12-17' },
          unitTargets: { AMEROP: { from: '2026-11-30', to: '2026-12-01' } },
        },
      ]),
    );

    // The open cases: new columns, new explanation on calendar version 2, a new case version.
    const openNow = await row(open.id);
    expect([openNow.notice_due, openNow.notice_due_at]).toEqual(['2026-12-08', '2026-12-08T16:59:59.999Z']);
    expect(openNow.version).toBe(before.open.version + 1);
    expect(JSON.parse(openNow.snapshot).context.noticeDueAt).toBe('2026-12-08T16:59:59.999Z');
    const view = await t.api('GET', `/api/v1/cases/${open.id}`, { token: ppid });
    expect(view.body.deadlines.notice.calendar.version).toBe(2);
    expect(view.body.deadlines.notice.text).toContain('25 November 2026 (Cuti bersama tambahan)');
    expect(view.body.deadlines.notice.text).toContain('Selasa, 8 Desember 2026');
    expect(view.body.timeline.at(-1)).toMatchObject({ event: 'CALENDAR_RECOMPUTED', actor: 'Rina Administrator' });

    const extendedNow = await row(extended.id);
    expect(extendedNow.notice_due).toBe('2026-12-17');
    const snapshot = JSON.parse(extendedNow.snapshot).context;
    expect(snapshot.noticeDueAt).toBe('2026-12-17T16:59:59.999Z');
    expect(snapshot.extension.noticeDueAt).toBe('2026-12-17T16:59:59.999Z');
    expect(snapshot.assignments[0].targetDue).toBe('2026-12-01');
    const deadlines = JSON.parse(extendedNow.deadlines);
    expect(deadlines.noticeExtended.extension.reason).toBe('Informasi tersebar di beberapa direktorat.');
    expect(deadlines.unitTargets.AMEROP.due).toBe('2026-12-01');

    // Untouched: the closed case, and the Riyadh case's own deadline on Riyadh's calendar.
    expect(await row(closed.id)).toEqual(before.closed);
    const riyadhNow = await row(riyadh.id);
    expect([riyadhNow.notice_due, riyadhNow.notice_due_at]).toEqual([before.riyadh.notice_due, before.riyadh.notice_due_at]);
    expect(JSON.parse(riyadhNow.deadlines).notice).toEqual(JSON.parse(before.riyadh.deadlines).notice);
    expect(JSON.parse(riyadhNow.deadlines).jakarta.notice.due).toBe('2026-12-08');

    // The audit trail: one event for the calendar, one per moved case, by the administrator.
    const [recomputed] = await auditOf(open.id, 'CALENDAR_RECOMPUTED');
    expect(recomputed).toMatchObject({ actor_role: 'admin', from_state: 'registered', to_state: 'registered' });
    expect(JSON.parse(recomputed!.data)).toMatchObject({
      calendar: 'ID-NATIONAL',
      calendarVersion: 2,
      reason: 'SKB perubahan menetapkan cuti bersama tambahan.',
      change: { action: 'added', after: { date: '2026-11-25', kind: 'cuti_bersama', nameId: 'Cuti bersama tambahan' } },
      notice: { from: '2026-12-07', to: '2026-12-08' },
      version: openNow.version,
    });
    expect(await auditOf(closed.id, 'CALENDAR_RECOMPUTED')).toHaveLength(0);
    const calendarEvents = await t.deps.db.selectFrom('audit_events').selectAll().where('event', '=', 'CALENDAR_ENTRY_ADDED').execute();
    expect(calendarEvents).toHaveLength(1);
    expect(JSON.parse(calendarEvents[0]!.data)).toMatchObject({ calendar: 'ID-NATIONAL', version: 2, recomputedCases: 3 });

    // The sweeper follows the new columns: on the morning of 8 December the request is not overdue
    // yet (only Riyadh's, due Sunday 6 December, is).
    t.clock.now = new Date('2026-12-08T01:00:00.000Z');
    expect(await markOverdue(t.deps)).toBe(1);
    expect([(await row(open.id)).overdue, (await row(riyadh.id)).overdue]).toEqual([0, 1]);
    t.clock.now = new Date('2026-11-24T03:00:00.000Z');

    // The isbat moves it: the entry goes to Monday 28 December, after every deadline here.
    const admin2 = await t.login('admin');
    const moved = await t.api('PUT', `/api/v1/calendars/ID-NATIONAL/entries/${added.body.entry.id}`, {
      token: admin2,
      body: {
        date: '2026-12-28',
        kind: 'cuti_bersama',
        nameId: 'Cuti bersama tambahan',
        nameEn: 'Additional joint leave',
        reason: 'Tanggal dipindahkan oleh SKB perubahan kedua.',
      },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.calendar.version).toBe(3);
    expect(moved.body.recomputed.count).toBe(3);
    expect((await row(open.id)).notice_due).toBe('2026-12-07');
    expect((await row(extended.id)).notice_due).toBe('2026-12-16');
    expect(JSON.parse((await row(extended.id)).deadlines).unitTargets.AMEROP.due).toBe('2026-11-30');
    const [, second] = await auditOf(open.id, 'CALENDAR_RECOMPUTED');
    expect(JSON.parse(second!.data)).toMatchObject({
      calendarVersion: 3,
      notice: { from: '2026-12-08', to: '2026-12-07' },
      change: { action: 'updated', before: { date: '2026-11-25' }, after: { date: '2026-12-28' } },
    });
    expect(await row(closed.id)).toEqual(before.closed);

    expect(await verifyAudit(t.deps.db)).toMatchObject({ ok: true });
  });

  it('refuses a change that would push an open deadline past the years the calendar knows, and changes nothing', async () => {
    // With no calendar horizon (CALENDAR_PROVISIONAL_YEARS=0) nothing is counted past the known list.
    await t.close();
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { CALENDAR_PROVISIONAL_YEARS: '0' } });
    // Thursday 16 December 2027: the notice is due Friday 31 December 2027, the calendar's last year.
    t.clock.now = new Date('2027-12-16T03:00:00.000Z');
    const late = await file({ unit: 'PPID' });
    expect(late.deadlines.noticeDue).toBe('2027-12-31');

    const admin = await t.login('admin');
    const res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', {
      token: admin,
      body: {
        date: '2027-12-17',
        kind: 'office_closure',
        nameId: 'Kantor tutup',
        nameEn: 'Office closed',
        reason: 'Pemadaman listrik terencana.',
      },
      lang: 'en',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'calendar_out_of_range', calendar: 'ID-NATIONAL', year: 2028, case: late.registrationNumber });
    expect(res.body.error.message).toMatch(/Load the holidays of 2028 first/);

    const calendar = await t.deps.db.selectFrom('calendars').select('version').where('code', '=', 'ID-NATIONAL').executeTakeFirstOrThrow();
    expect(calendar.version).toBe(1);
    const entry = await t.deps.db
      .selectFrom('calendar_entries')
      .select('id')
      .where('calendar_code', '=', 'ID-NATIONAL')
      .where('date', '=', '2027-12-17')
      .executeTakeFirst();
    expect(entry).toBeUndefined();
    expect((await row(late.id)).notice_due).toBe('2027-12-31');
    expect(await t.deps.db.selectFrom('audit_events').select('seq').where('event', 'like', 'CALENDAR_%').execute()).toHaveLength(0);

    // A deadline computed after the refused change still counts on version 1 (no stale cache).
    const again = await file({ unit: 'PPID' });
    expect(again.deadlines.noticeDue).toBe('2027-12-31');
  });
});
