/**
 * Issue 13, item 4 (kip-rules §5.4): a request received at a mission carries its deadlines on the
 * mission's calendar and on the Jakarta calendar; both are stored and shown (case, queue,
 * tracking), the queues alert on whichever comes first, and a national holiday change moves the
 * Jakarta twin (audited) without touching the mission's own deadline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-22T06:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function fileAtRiyadh() {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KBRI-RIYADH' }) });
  expect(res.status).toBe(201);
  return res.body as { id: string; registrationNumber: string; trackingCode: string };
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  return t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
}

const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('a request received at KBRI Riyadh, on two calendars', () => {
  it('stores and shows both deadlines and alerts on whichever comes first', async () => {
    // A: Sunday 22 November 09:00 in Riyadh (06:00 UTC, 13:00 WIB on a Sunday).
    //   Riyadh (Sunday–Thursday week): day 0 is Sunday 22 Nov; 23–26 (4), 29 Nov–3 Dec (9), Sunday 6 Dec (10).
    //   Jakarta: Sunday is not a working day, day 0 Monday 23 Nov; 24–27 (4), 30 Nov–4 Dec (9), Monday 7 Dec (10).
    //   First: Riyadh's Sunday 6 December (ends 20:59:59.999 UTC).
    const a = await fileAtRiyadh();
    // B: Friday 27 November 10:00 in Riyadh (07:00 UTC, 14:00 WIB).
    //   Riyadh: Friday is the weekend, day 0 Sunday 29 Nov; 30 Nov–3 Dec (4), 6–10 Dec (9), Sunday 13 Dec (10).
    //   Jakarta: a working Friday before 16:00, day 0 Friday 27 Nov; 30 Nov–4 Dec (5), 7–11 Dec (10) → Friday 11 December.
    //   First: Jakarta's Friday 11 December (ends 16:59:59.999 UTC).
    at('2026-11-27T07:00:00.000Z');
    const b = await fileAtRiyadh();
    let ppid = await t.login('ppid');

    let res = await t.api('GET', `/api/v1/cases/${a.id}`, { token: ppid });
    expect(res.body.deadlines).toMatchObject({
      noticeDue: '2026-12-06',
      jakartaNoticeDue: '2026-12-07',
      notice: { day0: '2026-11-22', due: '2026-12-06', calendar: { code: 'KBRI-RIYADH' } },
      jakarta: { notice: { day0: '2026-11-23', day0Rolled: 'non_working_day', due: '2026-12-07', calendar: { code: 'ID-NATIONAL' } } },
      first: { due: '2026-12-06', dueAt: '2026-12-06T20:59:59.999Z', calendar: { code: 'KBRI-RIYADH' } },
    });
    res = await t.api('GET', `/api/v1/cases/${b.id}`, { token: ppid });
    expect(res.body.deadlines).toMatchObject({
      noticeDue: '2026-12-13',
      jakartaNoticeDue: '2026-12-11',
      notice: { day0: '2026-11-29', due: '2026-12-13' },
      jakarta: { notice: { day0: '2026-11-27', day0Rolled: null, due: '2026-12-11' } },
      first: { due: '2026-12-11', dueAt: '2026-12-11T16:59:59.999Z', calendar: { code: 'ID-NATIONAL' } },
    });
    // A case at home has one calendar and no twin.
    at('2026-11-27T08:00:00.000Z');
    const home = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { id: string };
    ppid = await t.login('ppid'); // sessions lapse after 30 idle minutes of the test clock
    res = await t.api('GET', `/api/v1/cases/${home.id}`, { token: ppid });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.deadlines.jakarta).toBeUndefined();
    expect(res.body.deadlines.first.calendar.code).toBe('ID-NATIONAL');

    // The case page and the queue show both; the requester sees both on the tracking page.
    const page = textOf(await (await t.app.request(`/petugas/kasus/${b.id}`, { headers: { Cookie: `terbuka_session=${ppid}` } })).text());
    expect(page).toContain('Pemberitahuan tertulis paling lambat 13 Desember 2026');
    expect(page).toContain('Menurut kalender Jakarta: 11 Desember 2026');
    const tracking = await t.api('GET', `/api/v1/requests/${encodeURIComponent(b.registrationNumber)}?code=${b.trackingCode}`);
    expect(tracking.status, JSON.stringify(tracking.body)).toBe(200);
    expect(tracking.body.deadlines.jakarta.notice.due).toBe('2026-12-11');
    res = await t.api('GET', '/api/v1/cases?queue=all', { token: ppid });
    const item = res.body.items.find((i: { id: string }) => i.id === b.id);
    expect(item).toMatchObject({ noticeDue: '2026-12-13', jakartaDue: '2026-12-11', firstDue: { due: '2026-12-11', calendar: 'ID-NATIONAL' } });
    // Ordered by the first deadline: A (Riyadh, 6 December) before B (Jakarta, 11 December).
    expect(ids(res.body.items).indexOf(a.id)).toBeLessThan(ids(res.body.items).indexOf(b.id));

    // Saturday 12 December 10:00 WIB: B's Jakarta deadline has passed, Riyadh's (Sunday 13th) has not.
    // The overdue queue alerts on it; the statutory flag still follows the mission's deadline.
    at('2026-12-12T03:00:00.000Z');
    ppid = await t.login('ppid');
    res = await t.api('GET', '/api/v1/cases?queue=overdue', { token: ppid });
    expect(ids(res.body.items)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(res.body.items.find((i: { id: string }) => i.id === b.id).overdue).toBe(false);

    // Extended (before Riyadh's deadline): 7 working days on each calendar from each one's due date.
    //   Riyadh: from Sunday 13 Dec — 14–17 (4), 20–22 Dec (7) → Tuesday 22 December.
    //   Jakarta: from Friday 11 Dec — 14–18 (5), 21, 22 Dec (7) → Tuesday 22 December, earlier in the day (UTC+7 vs UTC+3).
    res = await send(ppid, b.id, { type: 'EXTEND', reason: 'Arsip KBRI perlu dipindai.' });
    expect(res.status).toBe(200);
    expect(res.body.deadlines).toMatchObject({
      noticeDue: '2026-12-22',
      jakartaNoticeDue: '2026-12-22',
      jakarta: { noticeExtended: { due: '2026-12-22', extension: { workingDays: 7, from: '2026-12-11' } } },
      first: { dueAt: '2026-12-22T16:59:59.999Z', calendar: { code: 'ID-NATIONAL' } },
    });
    res = await t.api('GET', '/api/v1/cases?queue=overdue', { token: ppid });
    expect(ids(res.body.items)).not.toContain(b.id);

    // The officer's case page and the auditor's read-only view list the same four deadlines, each
    // with how it was counted (one component: the two lists had drifted apart).
    const deadlineList = (html: string) => textOf(html.slice(html.indexOf('id="h-deadlines"'), html.indexOf('</section>', html.indexOf('id="h-deadlines"'))));
    const officerPage = deadlineList(await (await t.app.request(`/petugas/kasus/${b.id}`, { headers: { Cookie: `terbuka_session=${ppid}` } })).text());
    const auditor = await t.login('auditor');
    const auditorPage = deadlineList(await (await t.app.request(`/auditor/kasus/${b.id}`, { headers: { Cookie: `terbuka_session=${auditor}` } })).text());
    for (const label of [
      '10 hari kerja (Pasal 22 ayat 7)',
      'Perpanjangan 7 hari kerja (Pasal 22 ayat 8)',
      '10 hari kerja, kalender Jakarta',
      'Perpanjangan, kalender Jakarta',
    ]) {
      expect(officerPage).toContain(label);
      expect(auditorPage).toContain(label);
    }
    const facts = (text: string) => text.slice(text.indexOf('10 hari kerja (Pasal 22 ayat 7)'));
    expect(facts(auditorPage)).toBe(facts(officerPage));
  });

  it('counts the Jakarta twin again, with an audit event, when the national calendar changes', async () => {
    at('2026-11-27T07:00:00.000Z');
    const b = await fileAtRiyadh(); // Riyadh: Sunday 13 December; Jakarta: Friday 11 December (see above)
    const admin = await t.login('admin');
    // An office closure in Jakarta on Tuesday 8 December: Jakarta's count skips it → Monday 14 December.
    // The mission's own calendar is not touched: Riyadh's deadline stays Sunday 13 December.
    const res = await t.api('POST', '/api/v1/calendars/ID-NATIONAL/entries', {
      token: admin,
      body: {
        date: '2026-12-08',
        kind: 'office_closure',
        nameId: 'Penutupan kantor',
        nameEn: 'Office closure',
        source: 'Surat Edaran Sekjen',
        reason: 'Kantor pusat ditutup.',
        expectedVersion: 1,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.recomputed.cases).toEqual([
      { id: b.id, registrationNumber: b.registrationNumber, jakarta: { notice: { from: '2026-12-11', to: '2026-12-14' } } },
    ]);
    const ppid = await t.login('ppid');
    const view = await t.api('GET', `/api/v1/cases/${b.id}`, { token: ppid });
    expect(view.body.deadlines).toMatchObject({
      noticeDue: '2026-12-13',
      jakartaNoticeDue: '2026-12-14',
      first: { due: '2026-12-13', calendar: { code: 'KBRI-RIYADH' } },
    });
    const audit = await t.deps.db.selectFrom('audit_events').select('data').where('case_id', '=', b.id).where('event', '=', 'CALENDAR_RECOMPUTED').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ calendar: 'ID-NATIONAL', jakarta: { notice: { from: '2026-12-11', to: '2026-12-14' } } });
  });
});
