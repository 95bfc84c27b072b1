/**
 * The calendar administration pages (/admin/kalender), as an administrator's browser uses them:
 * the session cookie from the login API, form posts with the Origin header and the form token.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';

const ORIGIN = 'http://localhost';
let t: TestContext;
let cookie: string;
beforeEach(async () => {
  t = await makeContext({ now: '2026-12-18T03:00:00.000Z' }); // Friday 10:00 WIB
  cookie = `terbuka_session=${await t.login('admin')}`;
});
afterEach(async () => {
  await t.close();
});

async function get(path: string, options: { cookie?: string | null; lang?: string } = {}) {
  const headers: Record<string, string> = { 'Accept-Language': options.lang ?? 'id' };
  const c = options.cookie === undefined ? cookie : options.cookie;
  if (c) headers.Cookie = c;
  const res = await t.app.request(path, { headers });
  return { status: res.status, html: await res.text(), location: res.headers.get('Location') };
}

async function post(path: string, form: Record<string, string>, options: { origin?: string | null } = {}) {
  const headers: Record<string, string> = { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'id' };
  if (options.origin !== null) headers.Origin = options.origin ?? ORIGIN;
  const res = await t.app.request(path, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  return { status: res.status, html: await res.text(), location: res.headers.get('Location') };
}

const tokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('/admin/kalender', () => {
  it('sends a visitor to the login page and refuses other officers', async () => {
    const anonymous = await get('/admin/kalender/ID-NATIONAL?tahun=2026', { cookie: null });
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toBe(`/petugas/masuk?next=${encodeURIComponent('/admin/kalender/ID-NATIONAL?tahun=2026')}`);
    const ppid = await get('/admin/kalender', { cookie: `terbuka_session=${await t.login('ppid')}` });
    expect(ppid.status).toBe(403);
    expect(ppid.html).toContain('Halaman ini hanya untuk Administrator.');
  });

  it('lists the calendars and one year of a calendar, in both languages', async () => {
    const list = await get('/admin/kalender');
    expect(list.status).toBe(200);
    expect(text(list.html)).toContain('KBRI-RIYADH Asia/Riyadh Jumat dan Sabtu 2025–2027 1');
    const en = await get('/admin/kalender', { lang: 'en' });
    expect(text(en.html)).toContain('KBRI-RIYADH Asia/Riyadh Friday and Saturday 2025–2027 1');

    const year = await get('/admin/kalender/ID-NATIONAL?tahun=2026');
    expect(year.status).toBe(200);
    const words = text(year.html);
    expect(words).toContain('Hari libur dan penutupan kantor tahun 2026 (25)');
    expect(words).toContain('Kamis, 24 Desember 2026 Cuti bersama Cuti Bersama Kelahiran Yesus Kristus');
    expect(year.html).toContain('<a href="/admin/kalender/ID-NATIONAL?tahun=2026" aria-current="page">2026</a>');
    expect(words).toContain('Muat hari libur tahun 2028');
    expect((await get('/admin/kalender/NOWHERE')).status).toBe(404);
  });

  it('adds an entry: refuses a post without our origin or form token, shows errors beside the fields, then saves and says how many requests moved', async () => {
    // An open request filed now (Friday 18 December 2026): due Thursday 7 January 2027.
    const filed = await t.api('POST', '/api/v1/requests', { body: validFiling() });
    const page = await get('/admin/kalender/ID-NATIONAL?tahun=2026');
    const token = tokenIn(page.html);
    const good = {
      _csrf: token,
      expectedVersion: '1',
      date: '2026-12-31',
      kind: 'cuti_bersama',
      nameId: 'Cuti bersama akhir tahun',
      nameEn: 'Year-end joint leave',
      source: '',
      reason: 'SKB perubahan menetapkan cuti bersama tambahan.',
    };

    expect((await post('/admin/kalender/ID-NATIONAL/entri', good, { origin: null })).status).toBe(403);
    expect((await post('/admin/kalender/ID-NATIONAL/entri', good, { origin: 'https://evil.example' })).status).toBe(403);
    const staleToken = await post('/admin/kalender/ID-NATIONAL/entri', { ...good, _csrf: 'x'.repeat(token.length) });
    expect(staleToken.status).toBe(403);
    expect(staleToken.html).toContain('Formulir ini sudah kedaluwarsa');

    const bad = await post('/admin/kalender/ID-NATIONAL/entri', { ...good, date: '2026-02-30', reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('class="error-summary"');
    expect(bad.html).toContain('<a href="#add-date">Tanggal: Tanggal tidak ada atau tidak valid.</a>');
    expect(bad.html).toMatch(/id="add-reason-error"[^>]*>.*Wajib diisi/);
    expect(bad.html).toMatch(/id="add-date"[^>]*value="2026-02-30"|value="2026-02-30"[^>]*id="add-date"/);
    expect(bad.html).toContain('Cuti bersama akhir tahun');

    const duplicate = await post('/admin/kalender/ID-NATIONAL/entri', { ...good, date: '2026-12-25', kind: 'libur_nasional' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.html).toMatch(/id="add-date-error"[^>]*>.*sudah punya entri jenis ini/);

    const saved = await post('/admin/kalender/ID-NATIONAL/entri', good);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/admin/kalender/ID-NATIONAL?tahun=2026&selesai=added&versi=2&dihitung=1');
    const after = text((await get(saved.location!)).html);
    expect(after).toContain('Entri ditambahkan. Kalender kini versi 2.');
    expect(after).toContain('Tenggat 1 permohonan terbuka dihitung ulang');
    expect(after).toContain('Kamis, 31 Desember 2026 Cuti bersama Cuti bersama akhir tahun');
    const row = await t.deps.db.selectFrom('cases').select('notice_due').where('id', '=', filed.body.id).executeTakeFirstOrThrow();
    expect(row.notice_due).toBe('2027-01-08');

    // The form of the older version is now stale.
    const stale = await post('/admin/kalender/ID-NATIONAL/entri', { ...good, date: '2026-12-30' });
    expect(stale.status).toBe(409);
    expect(stale.html).toContain('baru saja diubah orang lain (kini versi 2)');
  });

  it('moves an entry to another date, and removes one only with a reason', async () => {
    const entry = await t.deps.db
      .selectFrom('calendar_entries')
      .selectAll()
      .where('calendar_code', '=', 'ID-NATIONAL')
      .where('date', '=', '2026-12-24')
      .executeTakeFirstOrThrow();
    const path = `/admin/kalender/ID-NATIONAL/entri/${entry.id}`;
    const page = await get(path);
    expect(page.status).toBe(200);
    expect(page.html).toContain('value="2026-12-24"');
    const token = tokenIn(page.html);

    const moved = await post(path, {
      _csrf: token,
      expectedVersion: '1',
      date: '2026-12-28',
      kind: 'cuti_bersama',
      nameId: entry.name_id,
      nameEn: entry.name_en,
      source: entry.source ?? '',
      reason: 'Dipindahkan oleh SKB perubahan.',
    });
    expect(moved.status).toBe(303);
    expect(moved.location).toContain('selesai=updated&versi=2');
    expect((await t.deps.db.selectFrom('calendar_entries').select('date').where('id', '=', entry.id).executeTakeFirstOrThrow()).date).toBe('2026-12-28');

    const again = await get(path);
    const noReason = await post(`${path}/hapus`, { _csrf: tokenIn(again.html), expectedVersion: '2', reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain('<a href="#remove-reason">Alasan: Wajib diisi.</a>');
    const removed = await post(`${path}/hapus`, { _csrf: tokenIn(again.html), expectedVersion: '2', reason: 'Kantor tetap buka.' });
    expect(removed.status).toBe(303);
    expect(removed.location).toContain('selesai=removed&versi=3');
    expect((await get(path)).status).toBe(404);
  });

  it('loads the next year from one entry per line, naming the bad lines', async () => {
    const page = await get('/admin/kalender/ID-NATIONAL');
    const form = { _csrf: tokenIn(page.html), expectedVersion: '1', year: '2028', reason: 'SKB 3 Menteri tahun 2028 terbit.' };
    const bad = await post('/admin/kalender/ID-NATIONAL/tahun', {
      ...form,
      entries: '2028-01-01 | libur_nasional | Tahun Baru | New Year\n2028-02-30 | libur_nasional | X | X',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toMatch(/id="load-entries-error"[^>]*>.*Baris 2 \(date\): Tanggal tidak ada atau tidak valid/);
    const good = await post('/admin/kalender/ID-NATIONAL/tahun', {
      ...form,
      entries: '2028-01-01 | libur_nasional | Tahun Baru 2028 Masehi | New Year | SKB 2028\n\n2028-01-03 | cuti_bersama | Cuti bersama | Joint leave',
    });
    expect(good.status).toBe(303);
    expect(good.location).toContain('tahun=2028&selesai=year&versi=2');
    expect(text((await get(good.location!)).html)).toContain('Senin, 3 Januari 2028 Cuti bersama');
  });
});
