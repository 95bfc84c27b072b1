/**
 * The units and missions pages (/admin/unit), as an administrator's browser uses them: the
 * session cookie, form posts with the Origin header and the form token, a CSV upload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

const ORIGIN = 'http://localhost';
let t: TestContext;
let cookie: string;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-22T07:00:00.000Z' }); // Sunday 10:00 in Riyadh
  cookie = `terbuka_session=${await t.login('admin')}`;
});
afterEach(async () => {
  await t.close();
});

async function get(path: string, lang = 'id') {
  const res = await t.app.request(path, { headers: { Cookie: cookie, 'Accept-Language': lang } });
  return { status: res.status, html: await res.text(), location: res.headers.get('Location') };
}

const tokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

async function post(path: string, form: Array<[string, string]>, lang = 'id') {
  const page = await get(path.replace(/\/(tutup|buka|impor)$/, '').replace(/^\/admin\/unit$/, '/admin/unit'));
  const body = new URLSearchParams([['_csrf', tokenIn(page.html)], ...form]);
  const res = await t.app.request(path, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': lang },
    body: body.toString(),
  });
  return { status: res.status, html: await res.text(), location: res.headers.get('Location') };
}

async function upload(csv: string, lang = 'id') {
  const page = await get('/admin/unit');
  const form = new FormData();
  form.set('_csrf', tokenIn(page.html));
  form.set('file', new File([csv], 'units.csv', { type: 'text/csv' }));
  const res = await t.app.request('/admin/unit/impor', { method: 'POST', headers: { Cookie: cookie, Origin: ORIGIN, 'Accept-Language': lang }, body: form });
  return { status: res.status, html: await res.text(), location: res.headers.get('Location') };
}

const mission: Array<[string, string]> = [
  ['code', 'KJRI-DAMMAM'],
  ['kind', 'consulate_general'],
  ['nameId', 'KJRI Dammam'],
  ['nameEn', 'Consulate General in Dammam'],
  ['country', 'SA'],
  ['city', 'Dammam'],
  ['timeZone', 'Asia/Riyadh'],
  ['weekendDays', '5'],
  ['weekendDays', '6'],
  ['region', 'middle_east'],
  ['parent', 'KBRI-RIYADH'],
  ['acceptsRequests', 'yes'],
];

describe('the units and missions pages', () => {
  it('list every unit, and are linked from the administrator’s navigation', async () => {
    const page = await get('/admin/unit');
    expect(page.status).toBe(200);
    expect(page.html).toContain('href="/admin/unit"');
    expect(text(page.html)).toMatch(/KBRI-RIYADH .*Jumat ?, Sabtu/);
    expect(page.html).toContain('enctype="multipart/form-data"');
    expect(text((await get('/admin/unit', 'en')).html)).toContain('Units and missions');
  });

  it('add a mission, which counts on its own week at once, and show it', async () => {
    const res = await post('/admin/unit', mission);
    expect(res.status).toBe(303);
    expect(res.location).toBe('/admin/unit/KJRI-DAMMAM?selesai=dibuat');
    const page = await get(res.location!);
    expect(text(page.html)).toContain('Unit ditambahkan.');
    expect(text(page.html)).toMatch(/Akhir pekan Jumat, Sabtu/);
    expect(page.html).toContain('href="/admin/kalender/KJRI-DAMMAM"');
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'KJRI-DAMMAM' }) });
    expect(filed.body.deadlines.noticeDue).toBe('2026-12-06');
    expect((await t.deps.db.selectFrom('audit_events').select('event').where('event', '=', 'UNIT_CREATED').execute()).length).toBe(1);
  });

  it('show the form again with field errors in the page’s language, and save nothing', async () => {
    const bad = mission.map(([k, v]): [string, string] => [k, k === 'code' ? 'KBRI-RIYADH' : k === 'timeZone' ? 'WIB' : v]).filter(([k]) => k !== 'parent');
    for (const [lang, words] of [
      ['id', [/Kode ini sudah dipakai/, /Zona waktu harus nama IANA/]],
      ['en', [/This code is already used/, /The time zone must be an IANA name/]],
    ] as const) {
      const res = await post('/admin/unit', bad, lang);
      expect(res.status).toBe(400);
      // Zod refuses the zone first; the taken code is checked once the form parses.
      expect(text(res.html)).toMatch(words[1]);
      expect(res.html).toContain('value="KBRI-RIYADH"');
    }
    const taken = await post(
      '/admin/unit',
      bad.map(([k, v]): [string, string] => [k, k === 'timeZone' ? 'Asia/Riyadh' : v]),
    );
    expect(taken.status).toBe(400);
    expect(text(taken.html)).toMatch(/Kode ini sudah dipakai/);
    const noWeekend = await post(
      '/admin/unit',
      mission.filter(([k]) => k !== 'weekendDays'),
      'en',
    );
    expect(noWeekend.status).toBe(400);
    expect(text(noWeekend.html)).toMatch(/Weekend: Choose at least 1/);
    expect(await t.deps.db.selectFrom('units').select('code').where('code', '=', 'KJRI-DAMMAM').executeTakeFirst()).toBeUndefined();
  });

  it('close a unit, listing the open cases it keeps, and reopen it', async () => {
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling({ unit: 'AMEROP' }) });
    const noReason = await post('/admin/unit/AMEROP/tutup', [['reason', '']]);
    expect(noReason.status).toBe(400);
    const closed = await post('/admin/unit/AMEROP/tutup', [['reason', 'Reorganisasi direktorat.']]);
    expect(closed.status).toBe(303);
    const page = await get(closed.location!);
    expect(text(page.html)).toContain('Unit ditutup.');
    expect(text(page.html)).toContain('Kasus terbuka di unit ini (1)');
    expect(page.html).toContain(`/petugas/kasus/${filed.body.id}`);
    expect(text(page.html)).toContain('diterima di sini');
    expect(text((await get('/admin/unit')).html)).toMatch(/AMEROP .*Ditutup/);
    const reopened = await post('/admin/unit/AMEROP/buka', [
      ['reason', 'Reorganisasi dibatalkan.'],
      ['acceptsRequests', 'yes'],
    ]);
    expect(reopened.status).toBe(303);
    expect(text((await get(reopened.location!)).html)).toContain('Unit dibuka kembali.');
    const events = await t.deps.db.selectFrom('audit_events').select('event').where('event', 'in', ['UNIT_CLOSED', 'UNIT_REOPENED']).orderBy('seq').execute();
    expect(events.map((e) => e.event)).toEqual(['UNIT_CLOSED', 'UNIT_REOPENED']);
  });

  it('rename a unit; a change that changes nothing is refused', async () => {
    const page = await get('/admin/unit/SETJEN');
    expect(text(page.html)).toMatch(/menghitung pada kalender nasional/);
    const form: Array<[string, string]> = [
      ['kind', 'work_unit'],
      ['nameId', 'Sekretariat Jenderal Kementerian'],
      ['nameEn', 'Secretariat General'],
      ['country', 'ID'],
      ['city', 'Jakarta'],
      ['region', ''],
      ['parent', ''],
      ['acceptsRequests', 'yes'],
    ];
    const res = await post('/admin/unit/SETJEN', form);
    expect(res.status).toBe(303);
    expect((await t.deps.db.selectFrom('units').select('name_id').where('code', '=', 'SETJEN').executeTakeFirstOrThrow()).name_id).toBe(
      'Sekretariat Jenderal Kementerian',
    );
    const again = await post('/admin/unit/SETJEN', form);
    expect(again.status).toBe(400);
    expect(text(again.html)).toContain('Tidak ada yang diubah pada unit ini.');
  });

  it('record a mission’s address, shown on its page; emptied, it is cleared', async () => {
    const form = (address: string): Array<[string, string]> => [
      ['kind', 'embassy'],
      ['nameId', 'KBRI Riyadh'],
      ['nameEn', 'Embassy of Indonesia in Riyadh'],
      ['city', 'Riyadh'],
      ['address', address],
      ['timeZone', 'Asia/Riyadh'],
      ['weekendDays', '5'],
      ['weekendDays', '6'],
      ['region', 'middle_east'],
      ['parent', ''],
      ['acceptsRequests', 'yes'],
    ];
    expect(text((await get('/admin/unit/KBRI-RIYADH')).html)).toContain('Tidak dicatat');
    const set = await post('/admin/unit/KBRI-RIYADH', form('Diplomatic Quarter, Riyadh 11693'));
    expect(set.status, text(set.html)).toBe(303);
    const page = await get('/admin/unit/KBRI-RIYADH');
    expect(text(page.html)).toContain('Alamat Diplomatic Quarter, Riyadh 11693');
    expect(page.html).toMatch(
      /name="(?:[a-z]+\.)?address"[^>]*value="Diplomatic Quarter, Riyadh 11693"|value="Diplomatic Quarter, Riyadh 11693"[^>]*name="(?:[a-z]+\.)?address"/,
    );
    expect((await post('/admin/unit/KBRI-RIYADH', form(''))).status).toBe(303);
    expect((await t.deps.db.selectFrom('units').select('address').where('code', '=', 'KBRI-RIYADH').executeTakeFirstOrThrow()).address).toBeNull();
  });

  it('import a CSV all or nothing, naming the row and column of a bad row', async () => {
    const header = 'code,kind,nameId,nameEn,country,city,timeZone,weekendDays,parent,acceptsRequests,region';
    const rows = [
      header,
      'KJRI-DAMMAM,consulate_general,KJRI Dammam,Consulate General in Dammam,SA,Dammam,Asia/Riyadh,"5,6",KBRI-RIYADH,ya,middle_east',
      'KRI-TABUK,consulate,KRI Tabuk,Consulate in Tabuk,SA,Tabuk,Asia/Riyadh,"5,5",KJRI-DAMMAM,ya,middle_east',
    ];
    const bad = await upload(rows.join('\n'));
    expect(bad.status).toBe(400);
    expect(text(bad.html)).toMatch(/Impor ditolak, tidak ada yang disimpan/);
    expect(text(bad.html)).toMatch(/baris 3, kolom weekendDays: Akhir pekan adalah himpunan hari/);
    expect(await t.deps.db.selectFrom('units').select('code').where('code', 'in', ['KJRI-DAMMAM', 'KRI-TABUK']).execute()).toEqual([]);
    const en = await upload(rows.join('\n'), 'en');
    expect(text(en.html)).toMatch(/row 3, column weekendDays: The weekend is a set of weekdays/);

    const good = await upload(rows.join('\n').replace('"5,5"', '"5,6"'));
    expect(good.status).toBe(303);
    expect(text((await get(good.location!)).html)).toContain('2 unit diimpor.');
    expect((await t.deps.db.selectFrom('calendars').select('code').where('code', 'in', ['KJRI-DAMMAM', 'KRI-TABUK']).execute()).length).toBe(2);
    expect((await upload('')).status).toBe(400);
  });
});
