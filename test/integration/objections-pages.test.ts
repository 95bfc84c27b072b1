import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const ORIGIN = 'http://localhost';
const reason = 'Dokumen itu sudah dibahas terbuka di DPR; tidak ada lagi kerugian bila dibuka.';

async function deniedRequest() {
  const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { id: string; registrationNumber: string; trackingCode: string };
  const ppid = await t.login('ppid');
  await t.api('POST', `/api/v1/cases/${r.id}/events`, {
    token: ppid,
    body: { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest, expectedVersion: 1 },
  });
  return r;
}

/** Posts a form as a browser would: the objection form first shown, so its token and cookie go with it. */
async function post(path: string, form: Array<[string, string]>, headers: Record<string, string> = {}) {
  let extra: Array<[string, string]> = [];
  let cookie = headers.Cookie;
  if (path === '/keberatan') {
    const page = await t.app.request('/keberatan', { headers: cookie ? { Cookie: cookie } : {} });
    extra = [['_csrf', /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '']];
    cookie = [cookie, cookieOf(page, 'terbuka_form')].filter(Boolean).join('; ');
  }
  return t.app.request(path, {
    method: 'POST',
    body: new URLSearchParams([...extra, ...form]).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, ...headers, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`));

describe('the public objection form (/keberatan)', () => {
  it('asks for number, code, the seven grounds and the reasons; names each missing field; keeps what was typed', async () => {
    const r = await deniedRequest();
    let res = await t.app.request(`/keberatan?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain('name="kode"');
    expect(html.match(/type="checkbox" name="grounds"/g)).toHaveLength(7);
    expect(html).toContain('Permohonan Anda ditolak karena informasinya dinyatakan dikecualikan');
    expect(html).toContain('Pengenaan biaya yang tidak wajar');

    res = await post('/keberatan', [
      ['nomor', r.registrationNumber],
      ['kode', r.trackingCode],
      ['reason', 'Terlalu singkat, tapi cukup'],
    ]);
    expect(res.status).toBe(400);
    html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#f-grounds"');
    expect(html).toContain('Terlalu singkat, tapi cukup');
    expect(html).toMatch(/<title>Kesalahan: Ajukan keberatan/);

    res = await post('/keberatan', [
      ['nomor', r.registrationNumber],
      ['kode', 'AAAA-BBBB-CCCC-DDDD'],
      ['grounds', 'a'],
      ['reason', reason],
    ]);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('href="#f-kode"');
  });

  it('files the objection and shows a receipt with its number and the response date in words', async () => {
    const r = await deniedRequest();
    t.clock.now = new Date('2026-11-25T02:00:00.000Z');
    const res = await post('/keberatan', [
      ['nomor', r.registrationNumber],
      ['kode', r.trackingCode],
      ['grounds', 'a'],
      ['grounds', 'd'],
      ['reason', reason],
      ['idempotency', 'form-1'],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/keberatan/tanda-terima?nomor=${encodeURIComponent('00001/KEB-PPID/2026')}`);
    const access = cookieOf(res, 'terbuka_akses')!;
    // A double submission of the same form creates nothing new.
    const again = await post('/keberatan', [
      ['nomor', r.registrationNumber],
      ['kode', r.trackingCode],
      ['grounds', 'a'],
      ['grounds', 'd'],
      ['reason', reason],
      ['idempotency', 'form-1'],
    ]);
    expect(again.headers.get('Location')).toBe(res.headers.get('Location'));
    expect(await t.deps.db.selectFrom('objections').select('id').execute()).toHaveLength(1);

    const receipt = await t.app.request(res.headers.get('Location')!, { headers: { Cookie: access } });
    const html = await receipt.text();
    expect(html).toContain('00001/KEB-PPID/2026');
    expect(html).toContain('12 Januari 2027');
    expect(html).toContain('Jawaban yang Anda terima tidak sesuai');
    const english = await t.app.request(`${res.headers.get('Location')!}&lang=en`, { headers: { Cookie: access } });
    expect(await english.text()).toContain('12 January 2027');
    // Without access to the request, the receipt is not shown.
    expect((await t.app.request(res.headers.get('Location')!)).status).toBe(303);
    const objection = await t.deps.db.selectFrom('objections').selectAll().executeTakeFirstOrThrow();
    expect(JSON.parse(objection.grounds)).toEqual(['a', 'd']);
    expect(objection.channel).toBe('web');
  });

  it('explains, without a form, why an undecided request cannot be objected to yet', async () => {
    const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const track = await post('/lacak', [
      ['nomor', r.registrationNumber],
      ['kode', r.trackingCode],
    ]);
    const access = cookieOf(track, 'terbuka_akses')!;
    const res = await t.app.request(`/keberatan?nomor=${encodeURIComponent(r.registrationNumber)}`, { headers: { Cookie: access } });
    const html = await res.text();
    expect(html).toMatch(/belum diputus dan batas waktu pemberitahuan tertulisnya \(7 Desember 2026\) belum lewat/);
    expect(html).not.toContain('name="grounds"');
  });
});

describe('the public DIK and DIP pages', () => {
  it('lists exempt information without its confidential content, and searches the DIP', async () => {
    const ppid = await t.login('ppid');
    await t.api('POST', '/api/v1/consequence-tests', {
      token: ppid,
      body: {
        information: 'Naskah posisi runding rahasia versi internal Oktober 2026.',
        exemptions: [{ letter: 'f' }],
        harm: 'Analisis kerugian internal yang tidak boleh diumumkan kepada publik sama sekali.',
        publicInterest: 'Kepentingan publik lebih kecil daripada kerugian selama perundingan berlangsung.',
        publicTitle: 'Posisi runding dalam perundingan batas maritim',
        period: '5 tahun',
      },
    });
    let html = await (await t.app.request('/dik')).text();
    expect(html).toContain('Posisi runding dalam perundingan batas maritim');
    expect(html).toContain('UU 14/2008 Pasal 17 huruf f');
    expect(html).not.toContain('Analisis kerugian internal');
    expect(html).not.toContain('versi internal');

    const admin = await t.login('admin');
    await t.api('POST', '/api/v1/dip', {
      token: admin,
      body: {
        title: 'Laporan Keuangan 2025',
        summary: 'Laporan keuangan audited tahun anggaran 2025.',
        category: 'berkala',
        unit: 'SETJEN',
        responsible: 'Kepala Biro Keuangan',
        format: 'electronic',
        url: 'https://kemlu.example.org/lk-2025.pdf',
      },
    });
    await t.api('POST', '/api/v1/dip', {
      token: admin,
      body: {
        title: 'Prosedur pelayanan paspor',
        summary: 'Standar pelayanan paspor di perwakilan.',
        category: 'setiap_saat',
        unit: 'PROTKONS',
        responsible: 'Direktur Konsuler',
        format: 'both',
      },
    });
    html = await (await t.app.request('/dip?q=keuangan')).text();
    expect(html).toContain('Laporan Keuangan 2025');
    expect(html).not.toContain('Prosedur pelayanan paspor');
    expect(html).toContain('1 hasil');
    html = await (await t.app.request('/dip?kategori=setiap_saat&lang=en')).text();
    expect(html).toContain('Prosedur pelayanan paspor');
    expect(html).toContain('Information available at all times');
  });
});

describe("the objection form's token (the same rule as every other form)", () => {
  it("refuses a post without the token, or with a token that is not this browser's, and files nothing", async () => {
    const r = await deniedRequest();
    const fields: Array<[string, string]> = [
      ['nomor', r.registrationNumber],
      ['kode', r.trackingCode],
      ['grounds', 'a'],
      ['reason', reason],
    ];
    const bare = await t.app.request('/keberatan', {
      method: 'POST',
      body: new URLSearchParams(fields).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
    });
    expect(bare.status).toBe(403);
    expect(await bare.text()).toContain('Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman kami');
    // A token read from another browser's page does not fit this browser's cookie.
    const other = await t.app.request('/keberatan');
    const stolen = /name="_csrf" value="([^"]+)"/.exec(await other.text())![1]!;
    const mine = await t.app.request('/keberatan');
    const forged = await t.app.request('/keberatan', {
      method: 'POST',
      body: new URLSearchParams([['_csrf', stolen], ...fields]).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, Cookie: cookieOf(mine, 'terbuka_form')! },
    });
    expect(forged.status).toBe(403);
    expect(await t.deps.db.selectFrom('objections').select('id').execute()).toHaveLength(0);
    // With its own token the same browser files.
    expect((await post('/keberatan', fields)).status).toBe(303);
  });
});
