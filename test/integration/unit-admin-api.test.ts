/**
 * Units and missions administration through the API (issue 18, item 2): an administrator adds a
 * mission that counts on its own week from the start, changes, closes and reopens units, and
 * imports a CSV all or nothing; every change is an audit event committed with it; bad input is
 * refused field by field in both languages and changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, newMission, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
let admin: string;
beforeEach(async () => {
  // Sunday 22 November 2026, 10:00 in Riyadh (a working day there, a weekend day in Jakarta).
  t = await makeContext({ now: '2026-11-22T07:00:00.000Z' });
  admin = await t.login('admin');
});
afterEach(async () => {
  await t.close();
});

const dammam = newMission;

const auditEvents = (event: string) =>
  t.deps.db.selectFrom('audit_events').select(['event', 'data', 'actor_role']).where('event', '=', event).orderBy('seq').execute();
const counts = async () => ({
  units: Number(
    (
      await t.deps.db
        .selectFrom('units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  calendars: Number(
    (
      await t.deps.db
        .selectFrom('calendars')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  audit: Number(
    (
      await t.deps.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

async function send(username: string, id: string, event: Record<string, unknown>) {
  const token = await t.login(username);
  const view = await t.api('GET', `/api/v1/cases/${id}`, { token });
  return t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { ...event, expectedVersion: view.body.version } });
}

describe('a new mission', () => {
  it('counts deadlines on its own Friday–Saturday week from the start, with the national and host holidays', async () => {
    const created = await t.api('POST', '/api/v1/admin/units', { token: admin, body: dammam });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'KJRI-DAMMAM',
      calendar: 'KJRI-DAMMAM',
      weekendDays: [5, 6],
      parent: 'KBRI-RIYADH',
      acceptsRequests: true,
      closed: false,
    });

    // Its calendar holds what KBRI Riyadh's holds (same host, same week, same national list).
    const entries = (code: string) =>
      t.deps.db.selectFrom('calendar_entries').select(['date', 'kind']).where('calendar_code', '=', code).orderBy('date').orderBy('kind').execute();
    expect(await entries('KJRI-DAMMAM')).toEqual(await entries('KBRI-RIYADH'));
    expect((await entries('KJRI-DAMMAM')).some((e) => e.kind === 'host_holiday')).toBe(true);

    // Filed on Sunday 22 November, a working day in Dammam: day 0; Sunday–Thursday → Sunday 6 December
    // (on the national week it would have been Monday 7 December).
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KJRI-DAMMAM' }) });
    expect(filed.status).toBe(201);
    expect(filed.body.deadlines.noticeDue).toBe('2026-12-06');
    const calc = await t.api('GET', '/api/v1/deadlines?received=2026-11-22T10:00:00%2B03:00&unit=KJRI-DAMMAM');
    expect(calc.body).toMatchObject({ noticeDue: '2026-12-06', calendar: { code: 'KJRI-DAMMAM' } });
    const weekend = calc.body.skipped
      .filter((s: { reason: string }) => s.reason === 'weekend')
      .map((s: { date: string }) => new Date(`${s.date}T12:00:00Z`).getUTCDay());
    expect(new Set(weekend)).toEqual(new Set([5, 6])); // Fridays and Saturdays only

    // The public list offers it; the audit trail holds its creation, by the administrator.
    expect((await t.api('GET', '/api/v1/units?q=dammam')).body.items.map((u: { code: string }) => u.code)).toEqual(['KJRI-DAMMAM']);
    const [event] = await auditEvents('UNIT_CREATED');
    expect(event!.actor_role).toBe('admin');
    expect(JSON.parse(event!.data)).toMatchObject({ unit: { code: 'KJRI-DAMMAM', weekendDays: [5, 6] }, calendar: { code: 'KJRI-DAMMAM', version: 1 } });
  });

  it('a work unit counts on the national calendar', async () => {
    const res = await t.api('POST', '/api/v1/admin/units', {
      token: admin,
      body: {
        code: 'BPSDM',
        kind: 'work_unit',
        nameId: 'Badan Pengembangan SDM',
        nameEn: 'Human Resources Agency',
        country: 'ID',
        city: 'Jakarta',
        timeZone: 'Asia/Jakarta',
        weekendDays: '6,7',
        parent: 'SETJEN',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ calendar: 'ID-NATIONAL', weekendDays: [6, 7], parent: 'SETJEN' });
    expect((await t.api('GET', '/api/v1/admin/units/SETJEN', { token: admin })).body.children).toEqual(['BPSDM']);
  });
});

describe('bad input', () => {
  it('refuses a code that exists, a zone that is not IANA, a weekend that is not a set of weekdays — in both languages, changing nothing', async () => {
    const before = await counts();
    for (const lang of ['id', 'en'] as const) {
      const res = await t.api('POST', '/api/v1/admin/units', {
        token: admin,
        lang,
        body: { ...dammam, code: 'KBRI-RIYADH', timeZone: 'WIB', weekendDays: [5, 5] },
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['timeZone', 'weekendDays']);
      const taken = await t.api('POST', '/api/v1/admin/units', { token: admin, lang, body: { ...dammam, code: 'KBRI-RIYADH', parent: 'SETJEN' } });
      expect(taken.status).toBe(400);
      expect(Object.keys(taken.body.error.fields)).toEqual(['code']);
      if (lang === 'id') {
        expect(res.body.error.fields.timeZone).toMatch(/Zona waktu harus nama IANA/);
        expect(res.body.error.fields.weekendDays).toMatch(/Akhir pekan adalah himpunan hari/);
        expect(taken.body.error.fields.code).toMatch(/sudah dipakai/);
      } else {
        expect(res.body.error.fields.timeZone).toMatch(/must be an IANA name/);
        expect(res.body.error.fields.weekendDays).toMatch(/set of weekdays/);
        expect(taken.body.error.fields.code).toMatch(/already used/);
      }
    }
    for (const weekendDays of [[0, 6], [8], ['Friday'], [1, 2, 3, 4, 5, 6, 7], 'Jumat']) {
      const res = await t.api('POST', '/api/v1/admin/units', { token: admin, body: { ...dammam, weekendDays } });
      expect(res.status, JSON.stringify(weekendDays)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['weekendDays']);
    }
    for (const timeZone of ['+03:00', 'Asia/Nowhere', 'GMT+3', '']) {
      const res = await t.api('POST', '/api/v1/admin/units', { token: admin, body: { ...dammam, timeZone } });
      expect(res.status, timeZone).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['timeZone']);
    }
    // A home unit keeps the national week.
    const home = await t.api('POST', '/api/v1/admin/units', { token: admin, body: { ...dammam, code: 'DIT-X', kind: 'work_unit', country: 'ID' } });
    expect(Object.keys(home.body.error.fields).sort()).toEqual(['timeZone', 'weekendDays']);
    expect(await counts()).toEqual(before);
  });
});

describe('changing a unit', () => {
  it('renames, and a mission’s new week moves its calendar and its open deadlines, audited', async () => {
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KBRI-RIYADH' }) });
    expect(filed.body.deadlines.noticeDue).toBe('2026-12-06');
    const res = await t.api('PATCH', '/api/v1/admin/units/KBRI-RIYADH', { token: admin, body: { nameEn: 'Embassy in Riyadh', weekendDays: [6, 7] } });
    expect(res.status).toBe(200);
    expect(res.body.unit).toMatchObject({ nameEn: 'Embassy in Riyadh', weekendDays: [6, 7] });
    expect(res.body.recomputedCases).toBe(1);
    // Sunday is no longer a working day: day 0 rolls to Monday 23 November → Monday 7 December.
    const row = await t.deps.db.selectFrom('cases').select('notice_due').where('id', '=', filed.body.id).executeTakeFirstOrThrow();
    expect(row.notice_due).toBe('2026-12-07');
    const [event] = await auditEvents('UNIT_UPDATED');
    expect(JSON.parse(event!.data)).toMatchObject({
      unit: 'KBRI-RIYADH',
      before: { weekendDays: [5, 6] },
      after: { nameEn: 'Embassy in Riyadh', weekendDays: [6, 7] },
      calendar: { code: 'KBRI-RIYADH', version: 2 },
      recomputedCases: 1,
    });
    expect((await auditEvents('CALENDAR_RECOMPUTED')).length).toBe(1);

    const same = await t.api('PATCH', '/api/v1/admin/units/KBRI-RIYADH', { token: admin, body: { nameEn: 'Embassy in Riyadh' } });
    expect(same.status).toBe(400);
    const moved = await t.api('PATCH', '/api/v1/admin/units/KBRI-RIYADH', { token: admin, body: { country: 'AE' } });
    expect(Object.keys(moved.body.error.fields)).toEqual(['country']);
    const cycle = await t.api('PATCH', '/api/v1/admin/units/SETJEN', { token: admin, body: { parent: 'SETJEN' } });
    expect(Object.keys(cycle.body.error.fields)).toEqual(['parent']);
    expect((await t.api('PATCH', '/api/v1/admin/units/NOPE', { token: admin, body: { nameEn: 'x y' } })).status).toBe(404);
  });
});

describe('a mission’s address', () => {
  const letterheadOf = async (filed: { links: { receipt: string }; trackingCode: string }) => {
    const pdf = await t.app.request(`${filed.links.receipt}?code=${filed.trackingCode}`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-', '-'], { input: Buffer.from(await pdf.arrayBuffer()) }).toString('utf8');
    return text.split('\n').slice(0, 6).join(' ').replace(/\s+/g, ' ');
  };

  it('is recorded, audited and printed under its letterheads; cleared, the letters print its city and host country', async () => {
    const before = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KBRI-RIYADH' }) });
    expect(await letterheadOf(before.body)).toContain('Riyadh, Arab Saudi');

    const address = 'Jl. Raja Abdullah bin Abdulaziz, Diplomatic Quarter, Riyadh 11693';
    const set = await t.api('PATCH', '/api/v1/admin/units/KBRI-RIYADH', { token: admin, body: { address } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.unit.address).toBe(address);
    expect(JSON.parse((await auditEvents('UNIT_UPDATED'))[0]!.data)).toMatchObject({ before: { address: null }, after: { address } });
    const after = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KBRI-RIYADH' }) });
    const head = await letterheadOf(after.body);
    expect(head).toContain('Diplomatic Quarter, Riyadh 11693');
    expect(head).not.toContain('Pejambon');

    const short = await t.api('PATCH', '/api/v1/admin/units/KBRI-RIYADH', { token: admin, body: { address: 'x' } });
    expect(Object.keys(short.body.error.fields)).toEqual(['address']);
    const cleared = await t.api('PATCH', '/api/v1/admin/units/KBRI-RIYADH', { token: admin, body: { address: null } });
    expect(cleared.body.unit.address).toBeNull();
  });
});

describe('closing a unit', () => {
  it('keeps its open cases where they are, takes no new request or assignment, and its cases can be reassigned', async () => {
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    expect((await send('ppid', filed.body.id, { type: 'ASSIGN', unit: 'AMEROP' })).status).toBe(200);

    expect((await t.api('POST', '/api/v1/admin/units/AMEROP/close', { token: admin, body: {} })).status).toBe(400); // no reason
    const closed = await t.api('POST', '/api/v1/admin/units/AMEROP/close', { token: admin, body: { reason: 'Digabung ke Ditjen Amerop baru.' } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closed: true, acceptsRequests: false, openCases: 1 });
    expect(closed.body.cases).toEqual([expect.objectContaining({ id: filed.body.id, assignedHere: true, receivedHere: false })]);
    expect(JSON.parse((await auditEvents('UNIT_CLOSED'))[0]!.data)).toMatchObject({ unit: 'AMEROP', openCases: 1, reason: 'Digabung ke Ditjen Amerop baru.' });
    expect((await t.api('POST', '/api/v1/admin/units/AMEROP/close', { token: admin, body: { reason: 'Sekali lagi.' } })).status).toBe(409);
    expect((await t.api('POST', '/api/v1/admin/units/PPID/close', { token: admin, body: { reason: 'Tidak boleh.' } })).status).toBe(409);

    // No new request at it, and it leaves the public list.
    const refused = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'AMEROP' }) });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields)).toEqual(['unit']);
    expect((await t.api('GET', '/api/v1/units')).body.items.map((u: { code: string }) => u.code)).not.toContain('AMEROP');
    // No new assignment.
    const other = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const assign = await send('ppid', other.body.id, { type: 'ASSIGN', unit: 'AMEROP' });
    expect(assign.status).toBe(400);
    expect(assign.body.error.fields.unit).toMatch(/ditutup/);

    // The open case stays with AMEROP, and the PPID Utama reassigns it.
    const units = async () =>
      (await t.deps.db.selectFrom('case_units').select('unit_code').where('case_id', '=', filed.body.id).orderBy('unit_code').execute()).map(
        (r) => r.unit_code,
      );
    expect(await units()).toEqual(['AMEROP']);
    expect((await send('ppid', filed.body.id, { type: 'ASSIGN', unit: 'SETJEN' })).status).toBe(200);
    expect(await units()).toEqual(['AMEROP', 'SETJEN']);

    // Reopened, it takes requests again.
    expect((await t.api('POST', '/api/v1/admin/units/AMEROP/reopen', { token: admin, body: { reason: 'Reorganisasi dibatalkan.' } })).body).toMatchObject({
      closed: false,
      acceptsRequests: true,
    });
    expect((await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'AMEROP' }) })).status).toBe(201);
    expect((await auditEvents('UNIT_REOPENED')).length).toBe(1);
    expect((await t.api('GET', '/api/v1/audit/verify', { token: admin })).body.ok).toBe(true);
  });
});

describe('import from CSV', () => {
  const header = 'code,kind,nameId,nameEn,country,city,timeZone,weekendDays,parent,acceptsRequests,region';
  const good = [
    header,
    'KJRI-DAMMAM,consulate_general,KJRI Dammam,Consulate General in Dammam,SA,Dammam,Asia/Riyadh,"5,6",KBRI-RIYADH,ya,middle_east',
    'KRI-TABUK,consulate,KRI Tabuk,Consulate in Tabuk,SA,Tabuk,Asia/Riyadh,5 6,KJRI-DAMMAM,tidak,middle_east',
    'DIT-ARSIP,work_unit,Direktorat Arsip,Directorate of Archives,ID,Jakarta,Asia/Jakarta,"6,7",SETJEN,,',
  ];

  it('refuses the whole file for one bad row, naming the row and the field, and writes nothing', async () => {
    const before = await counts();
    const bad = [...good];
    bad[2] = bad[2]!.replace('Asia/Riyadh', 'Arabia/Tabuk');
    for (const lang of ['id', 'en'] as const) {
      const res = await t.api('POST', '/api/v1/admin/units/import', { token: admin, lang, body: { csv: bad.join('\n') } });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(['rows.3.timeZone']);
      expect(res.body.error.message).toMatch(lang === 'id' ? /baris 3, kolom timeZone/ : /row 3, column timeZone/);
    }
    const taken = await t.api('POST', '/api/v1/admin/units/import', { token: admin, body: { csv: [...good, good[1]!.replace('"5,6"', '"5,5"')].join('\n') } });
    expect(Object.keys(taken.body.error.fields).sort()).toEqual(['rows.5.code', 'rows.5.weekendDays']);
    const columns = await t.api('POST', '/api/v1/admin/units/import', { token: admin, body: { csv: 'code,name\nX,Y' } });
    expect(Object.keys(columns.body.error.fields)).toEqual(['csv']);
    const ragged = await t.api('POST', '/api/v1/admin/units/import', { token: admin, body: { csv: `${header}\nA,B` } });
    expect(ragged.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('adds every row, parents from rows above, each with its audit event and a mission’s calendar', async () => {
    const before = await counts();
    const res = await t.api('POST', '/api/v1/admin/units/import', { token: admin, body: { csv: `\uFEFF${good.join('\r\n')}\r\n` } });
    expect(res.status).toBe(201);
    expect(res.body.created).toEqual(['KJRI-DAMMAM', 'KRI-TABUK', 'DIT-ARSIP']);
    expect(await counts()).toEqual({ units: before.units + 3, calendars: before.calendars + 2, audit: before.audit + 3 });
    const tabuk = (await t.api('GET', '/api/v1/admin/units/KRI-TABUK', { token: admin })).body;
    expect(tabuk).toMatchObject({ parent: 'KJRI-DAMMAM', acceptsRequests: false, weekendDays: [5, 6], calendar: 'KRI-TABUK' });
    expect((await auditEvents('UNIT_CREATED')).map((e) => JSON.parse(e.data).row)).toEqual([2, 3, 4]);
    const list = (await t.api('GET', '/api/v1/admin/units', { token: admin })).body.items as Array<{ code: string }>;
    expect(list.map((u) => u.code)).toEqual(expect.arrayContaining(['KJRI-DAMMAM', 'KRI-TABUK', 'DIT-ARSIP']));
  });
});
