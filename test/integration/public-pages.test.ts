/**
 * The public site over real HTTP semantics (app.request, real SQLite): the form's errors, the
 * receipt, idempotent filing, identity documents, tracking by number + code, rate limits and the
 * statistics — asserting what a person would read on the page.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { openIdentityScan } from '../../src/identity/scan-store';
import { consequenceTest, makeContext, type TestContext } from '../helpers/context';
import { realImage } from '../helpers/files';
import { pageLogin, textOf } from './officer-helpers';

const ORIGIN = 'http://localhost';
let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
}); // Monday 10:00 WIB
afterEach(async () => {
  await t.close();
});

type Fields = Record<string, string>;
const validForm = (over: Fields = {}): Fields => ({
  idempotencyKey: randomUUID(),
  'requester.type': 'individual',
  'requester.name': 'Andi Pratama',
  'requester.nik': '3171012304900002',
  'requester.passportNumber': '',
  'requester.legalEntityNumber': '',
  'requester.occupation': 'Mahasiswa',
  'requester.address': 'Jl. Cikini Raya 12, Jakarta Pusat',
  'requester.email': 'andi@example.org',
  'requester.phone': '',
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
  unit: 'PPID',
  identityDocumentKind: '',
  ...over,
});

function multipart(fields: Fields, file?: { bytes: Uint8Array; name: string; type: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('identityDocument', new File([file.bytes], file.name, { type: file.type }));
  return form;
}

async function request(method: string, path: string, o: { body?: FormData | URLSearchParams; cookie?: string; lang?: string } = {}) {
  const headers: Record<string, string> = { Origin: ORIGIN };
  if (o.cookie) headers.Cookie = o.cookie;
  if (o.lang) headers['Accept-Language'] = o.lang;
  const res = await t.app.request(path, { method, body: o.body, headers });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** The access cookie a response set, as a Cookie header for the next request. */
const cookieFrom = (headers: Headers) =>
  headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
/** The visible text of an HTML page, tags removed, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function fileByForm(fields: Fields = validForm(), file?: Parameters<typeof multipart>[1]) {
  const res = await request('POST', '/ajukan', { body: multipart(fields, file) });
  expect(res.status).toBe(303);
  const cookie = cookieFrom(res.headers);
  const receipt = await request('GET', '/tanda-terima', { cookie });
  expect(receipt.status).toBe(200);
  const number = /data-testid="registration-number">([^<]+)</.exec(receipt.html)![1]!;
  const code = /data-testid="tracking-code">([^<]+)</.exec(receipt.html)![1]!;
  return { number, code, cookie, location: res.headers.get('Location'), receipt };
}

let PNG: Uint8Array;
beforeAll(async () => {
  PNG = await realImage('png');
});

describe('home page', () => {
  it('speaks Indonesian by default, English by Accept-Language, and remembers the switch', async () => {
    const id = await request('GET', '/');
    expect(id.html).toContain('<html lang="id">');
    expect(text(id.html)).toContain('Informasinya gratis.');
    expect(id.html).toMatch(/href="\/ajukan"[\s\S]*href="\/lacak"[\s\S]*href="\/keberatan"[\s\S]*href="\/tenggat"[\s\S]*href="\/statistik"/);
    expect(id.html).toContain('href="/dik"');

    const en = await request('GET', '/', { lang: 'en-GB,en;q=0.9' });
    expect(en.html).toContain('<html lang="en">');
    expect(text(en.html)).toContain('The information is free.');

    const switched = await request('GET', '/?lang=en');
    const cookie = cookieFrom(switched.headers);
    const again = await request('GET', '/ajukan', { cookie, lang: 'id' });
    expect(again.html).toContain('<html lang="en">');
  });
});

describe('the request form', () => {
  it('labels every field and carries a fresh idempotency key', async () => {
    const a = await request('GET', '/ajukan');
    const b = await request('GET', '/ajukan');
    for (const name of [
      'requester.type',
      'requester.name',
      'requester.nik',
      'requester.passportNumber',
      'requester.legalEntityNumber',
      'requester.address',
      'requester.email',
      'requester.phone',
      'information',
      'purpose',
      'obtainMethod',
      'deliveryMethod',
      'unit',
      'identityDocumentKind',
      'identityDocument',
    ]) {
      expect(a.html).toContain(`name="${name}"`);
    }
    for (const [, id] of a.html.matchAll(/<(?:input|select|textarea)[^>]* id="([^"]+)"/g)) {
      if (id!.startsWith('f-requester-type') || id!.startsWith('f-obtainMethod') || id!.startsWith('f-deliveryMethod')) continue; // wrapped in their label
      expect(a.html, `label for ${id}`).toContain(`for="${id}"`);
    }
    const key = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)![1];
    expect(key(a.html)).not.toBe(key(b.html));
    expect(a.html).toContain('KBRI Riyadh');
  });

  it('shows every error beside its field and in a summary, in the page language, keeping what was typed', async () => {
    const res = await request('POST', '/ajukan', { body: multipart({ 'requester.name': 'Siti Rahma', information: 'pendek' }) });
    expect(res.status).toBe(400);
    const page = text(res.html);
    expect(res.html).toContain('<title>Kesalahan: Ajukan permohonan');
    expect(page).toContain('Ada 7 isian yang perlu diperbaiki');
    expect(page).toContain('Jenis pemohon: Pilih salah satu.');
    expect(page).toContain('Alamat: Wajib diisi.');
    expect(page).toContain('Rincian informasi yang dibutuhkan: Terlalu pendek (minimal 10 karakter).');
    expect(page).toContain('Cara memperoleh informasi: Pilih salah satu.');
    expect(page).toContain('Alamat e-mail: Isi e-mail atau nomor telepon');
    expect(page).not.toContain('NIK: Isi NIK'); // which identity applies waits for the requester type
    expect(res.html).toContain('href="#f-requester-address"');
    expect(res.html).toMatch(/id="f-requester-address-error"/);
    expect(res.html).toMatch(/aria-describedby="f-requester-address-hint f-requester-address-error"/);
    expect(res.html).toContain('value="Siti Rahma"');
    expect(res.html).toContain('>pendek</textarea>');

    const en = await request('POST', '/ajukan?lang=en', { body: multipart({ 'requester.name': 'Siti Rahma' }) });
    expect(text(en.html)).toContain('Address: This field is required.');
  });

  it('names the cross-field problems (NIK or passport, e-mail or phone) in the same round as the others', async () => {
    const res = await request('POST', '/ajukan', {
      body: multipart(validForm({ 'requester.nik': '', 'requester.email': '', purpose: '', deliveryMethod: 'pickup' })),
    });
    const page = text(res.html);
    expect(page).toContain('Tujuan penggunaan informasi: Wajib diisi.');
    expect(page).toContain('NIK: Isi NIK (16 digit) atau nomor paspor.');
    expect(page).toContain('Alamat e-mail: Isi e-mail atau nomor telepon');
  });

  it('files once, answers 303 to the receipt without personal data in the URL, and the code tracks the request', async () => {
    const { number, code, location, receipt } = await fileByForm();
    expect(location).toBe('/tanda-terima');
    expect(number).toBe('00001/PPID-PPID/2026');
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const page = text(receipt.html);
    expect(page).toContain('Simpan kode ini sekarang.');
    expect(page).toContain('Pemberitahuan tertulis paling lambat 7 Desember 2026');
    expect(page).toContain('sehingga hari ke-0 adalah Senin, 23 November 2026');
    expect(receipt.html).toContain('href="/api/v1/requests/00001%2FPPID-PPID%2F2026/receipt.pdf"');
    expect(receipt.headers.get('Cache-Control')).toBe('no-store');
    const api = await t.api('GET', `/api/v1/requests/${encodeURIComponent(number)}`, { headers: { 'X-Tracking-Code': code } });
    expect(api.status).toBe(200);
    expect(api.body.deadlines.noticeDue).toBe('2026-12-07');
  });

  it('a double-click or a resent POST replays the same receipt and files nothing new', async () => {
    const fields = validForm();
    const first = await fileByForm(fields);
    const second = await fileByForm(fields);
    expect(second.number).toBe(first.number);
    expect(second.code).toBe(first.code);
    const cases = await t.deps.db.selectFrom('cases').select('id').execute();
    expect(cases).toHaveLength(1);
    // Sent again after editing (the same form, other content): a clear message, nothing filed.
    const edited = await request('POST', '/ajukan', { body: multipart({ ...fields, purpose: 'Untuk liputan berita.' }) });
    expect(edited.status).toBe(400);
    expect(text(edited.html)).toContain('Formulir ini sudah pernah dikirim dengan isi yang berbeda.');
    expect(edited.html).not.toContain(`value="${fields.idempotencyKey}"`);
    expect(await t.deps.db.selectFrom('cases').select('id').execute()).toHaveLength(1);
  });

  it('a receipt is shown only to the browser that filed', async () => {
    await fileByForm();
    const other = await request('GET', '/tanda-terima');
    expect(other.status).toBe(404);
    expect(other.html).not.toContain('00001/PPID-PPID/2026');
  });
});

describe('identity documents', () => {
  it('stores a scan checked by its content, apart from the case, linked to the requester', async () => {
    const { number } = await fileByForm(validForm({ identityDocumentKind: 'ktp' }), { bytes: PNG, name: 'ktp.jpg', type: 'image/jpeg' });
    const row = await t.deps.db.selectFrom('cases').select('requester_id').where('registration_number', '=', number).executeTakeFirstOrThrow();
    const docs = await t.deps.db.selectFrom('identity_documents').selectAll().execute();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ requester_id: row.requester_id, kind: 'ktp', content_type: 'image/png' });
    // Stored sealed (encryption-at-rest.test.ts): never the scan's bytes in clear.
    expect(docs[0]!.key_id).toBeTruthy();
    expect(Buffer.from(docs[0]!.bytes).includes(Buffer.from(PNG))).toBe(false);
    // Opened, it is the picture re-encoded from its pixels: the same 120 × 80.
    const opened = (await openIdentityScan(t.deps, row.requester_id, docs[0]!.id))!;
    const m = await import('mupdf');
    const stored = new m.Image(opened.bytes);
    expect([stored.getWidth(), stored.getHeight(), docs[0]!.size]).toEqual([120, 80, opened.bytes.length]);
  });

  it('refuses a file that is not a PDF, JPEG or PNG whatever its name says, one too large, and a kind that does not fit', async () => {
    const fake = await request('POST', '/ajukan', {
      body: multipart(validForm({ identityDocumentKind: 'ktp' }), {
        bytes: new TextEncoder().encode('MZ not a pdf'),
        name: 'ktp.pdf',
        type: 'application/pdf',
      }),
    });
    expect(fake.status).toBe(400);
    expect(text(fake.html)).toContain('Berkas dokumen identitas: Berkas harus PDF, JPEG atau PNG');
    expect(text(fake.html)).toContain('Pilih berkas Anda sekali lagi');

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const tooBig = await request('POST', '/ajukan?lang=en', {
      body: multipart(validForm({ identityDocumentKind: 'ktp' }), { bytes: big, name: 'a.pdf', type: 'application/pdf' }),
    });
    expect(text(tooBig.html)).toContain('Identity document file: The file is too large: 5 MB at most.');

    const deed = await request('POST', '/ajukan', {
      body: multipart(validForm({ identityDocumentKind: 'deed' }), { bytes: PNG, name: 'a.png', type: 'image/png' }),
    });
    expect(text(deed.html)).toContain('Jenis dokumen identitas: Jenis dokumen ini tidak sesuai dengan jenis pemohon');
    expect(await t.deps.db.selectFrom('cases').select('id').execute()).toHaveLength(0);
    expect(await t.deps.db.selectFrom('identity_documents').select('id').execute()).toHaveLength(0);
  });
});

describe('tracking', () => {
  it('takes the code by POST, opens the status by GET with the number only, and tells nothing for a wrong code', async () => {
    const { number, code } = await fileByForm();
    const wrong = await request('POST', '/lacak', { body: new URLSearchParams({ nomor: number, kode: 'AAAA-BBBB-CCCC-DDDD' }) });
    expect(wrong.status).toBe(404);
    expect(text(wrong.html)).toContain('Tidak ada permohonan dengan nomor dan kode pelacakan itu.');
    const unknown = await request('POST', '/lacak', { body: new URLSearchParams({ nomor: '99999/PPID-PPID/2026', kode: code }) });
    expect(text(unknown.html)).toContain('Tidak ada permohonan dengan nomor dan kode pelacakan itu.');

    const ok = await request('POST', '/lacak', { body: new URLSearchParams({ nomor: number, kode: code.toLowerCase().replace(/-/g, '') }) });
    expect(ok.status).toBe(303);
    const location = ok.headers.get('Location')!;
    expect(location).toBe(`/lacak?nomor=${encodeURIComponent(number)}`);
    expect(location).not.toContain(code);
    const page = await request('GET', location, { cookie: cookieFrom(ok.headers) });
    const seen = text(page.html);
    expect(seen).toContain('Terdaftar, menunggu diproses PPID');
    expect(seen).toContain('Permohonan diterima dan didaftarkan');
    expect(seen).toContain('Batas waktu adalah hari kerja ke-10 setelahnya: Senin, 7 Desember 2026.');
    expect(page.html).not.toContain('3171012304900002');
    expect(page.html).not.toContain('andi@example.org');

    // The same URL in another browser (no access cookie) shows only the form, with the number filled in.
    const elsewhere = await request('GET', location);
    expect(text(elsewhere.html)).not.toContain('Terdaftar, menunggu diproses PPID');
    expect(elsewhere.html).toContain(`value="${number}"`);
  });

  it('shows the overdue warning and the decision in plain words', async () => {
    const { number, code } = await fileByForm();
    t.clock.now = new Date('2026-12-08T03:00:00.000Z'); // the day after the notice was due (7 December)
    await markOverdue(t.deps);
    let seen = await trackedPage(number, code);
    expect(seen).toContain('Batas waktu pemberitahuan tertulis telah terlewati.');
    expect(seen).toContain('Batas waktu pemberitahuan tertulis terlewati'); // the timeline entry

    const row = await t.deps.db.selectFrom('cases').select(['id', 'version']).where('registration_number', '=', number).executeTakeFirstOrThrow();
    const decided = await t.api('POST', `/api/v1/cases/${row.id}/events`, {
      token: await t.login('ppid'),
      body: { type: 'DECIDE', expectedVersion: row.version, outcome: 'denied', exemptions: [{ letter: 'b' }], consequenceTest },
    });
    expect(decided.status).toBe(200);
    seen = await trackedPage(number, code, 'en');
    expect(seen).toContain('Denied (exempt information)');
    expect(seen).toContain('Law 14/2008 Art. 17(b)');
    expect(seen).toContain('Decided; written notice issued');
  });

  it('names every document the workflow issues in Indonesian and English, never by its file name', async () => {
    // Filed in English: every letter is issued in Indonesian (authoritative) and in English.
    const filed = await request('POST', '/ajukan', { body: multipart(validForm()), lang: 'en' });
    expect(filed.status).toBe(303);
    const cookie = cookieFrom(filed.headers);
    const receiptPage = await request('GET', '/tanda-terima', { cookie, lang: 'en' });
    const number = /data-testid="registration-number">([^<]+)</.exec(receiptPage.html)![1]!;
    const code = /data-testid="tracking-code">([^<]+)</.exec(receiptPage.html)![1]!;
    // The receipt is issued on its first download; the officer extends, then denies with a consequence test.
    expect((await t.app.request(`/api/v1/requests/${encodeURIComponent(number)}/receipt.pdf`, { headers: { Cookie: cookie } })).status).toBe(200);
    const row = await t.deps.db.selectFrom('cases').select(['id', 'version']).where('registration_number', '=', number).executeTakeFirstOrThrow();
    const token = await t.login('ppid');
    const extended = await t.api('POST', `/api/v1/cases/${row.id}/events`, {
      token,
      body: { type: 'EXTEND', expectedVersion: row.version, reason: 'Arsip berada di dua direktorat.' },
    });
    expect(extended.status).toBe(200);
    const decided = await t.api('POST', `/api/v1/cases/${row.id}/events`, {
      token,
      body: { type: 'DECIDE', expectedVersion: row.version + 1, outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest },
    });
    expect(decided.status).toBe(200);
    const issued = await t.deps.db.selectFrom('documents').select(['id', 'kind', 'lang', 'filename']).where('case_id', '=', row.id).execute();
    expect(new Set(issued.map((d) => d.kind))).toEqual(new Set(['receipt', 'extension_notice', 'denial_decision', 'written_notice']));

    const id = await trackedPage(number, code);
    const en = await trackedPage(number, code, 'en');
    for (const [label, lang] of [
      ['Pemberitahuan perpanjangan waktu', 'Bahasa Indonesia'],
      ['Pemberitahuan perpanjangan waktu', 'English'],
      ['Surat keputusan penolakan', 'Bahasa Indonesia'],
      ['Surat keputusan penolakan', 'English'],
      ['Pemberitahuan tertulis', 'Bahasa Indonesia'],
      ['Pemberitahuan tertulis', 'English'],
      ['Tanda bukti penerimaan permohonan', 'Bahasa Indonesia'],
    ])
      expect(id).toMatch(new RegExp(`${label} \\(${lang}, \\d+ \\w+ 2026 pukul [\\d.]+ WIB, PDF\\)`));
    for (const label of ['Notice of extension', 'Decision to refuse', 'Written notice', 'Receipt of the request']) {
      expect(en).toMatch(new RegExp(`${label} \\(Bahasa Indonesia, `));
    }
    for (const label of ['Notice of extension', 'Decision to refuse', 'Written notice']) expect(en).toMatch(new RegExp(`${label} \\(English, `));
    for (const page of [id, en]) {
      expect(page).not.toMatch(/\.pdf\b/);
      for (const d of issued) expect(page).not.toContain(d.filename.replace(/\.pdf$/, ''));
    }
    // The officer's case page names them the same way.
    const officer = await pageLogin(t, 'ppid');
    const casePage = textOf((await officer.get(`/petugas/kasus/${row.id}`)).html);
    expect(casePage).toContain('Surat keputusan penolakan (Bahasa Indonesia, PDF)');
    expect(casePage).toContain('Pemberitahuan perpanjangan waktu (English, PDF)');
    for (const d of issued) expect(casePage).not.toContain(d.filename);
  });

  it('serves a public document of the request to the browser that has access, never by the URL alone', async () => {
    const { number, cookie } = await fileByForm();
    const row = await t.deps.db.selectFrom('cases').select(['id', 'version']).where('registration_number', '=', number).executeTakeFirstOrThrow();
    const extended = await t.api('POST', `/api/v1/cases/${row.id}/events`, {
      token: await t.login('ppid'),
      body: { type: 'EXTEND', expectedVersion: row.version, reason: 'Arsip berada di dua direktorat.' },
    });
    expect(extended.status).toBe(200);
    const notice = await t.deps.db.selectFrom('documents').select(['id', 'bytes']).where('case_id', '=', row.id).executeTakeFirstOrThrow();
    const page = await request('GET', `/lacak?nomor=${encodeURIComponent(number)}`, { cookie });
    expect(text(page.html)).toContain('Pemberitahuan perpanjangan waktu (Bahasa Indonesia, 23 November 2026 pukul 10.00 WIB, PDF)');
    // The link opens the documents API with this browser's access cookie: no code in the URL.
    const href = `/api/v1/requests/${encodeURIComponent(number)}/documents/${notice.id}`;
    expect(page.html).toContain(`href="${href}"`);
    const res = await t.app.request(href, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(notice.bytes))).toBe(true);
    expect((await t.app.request(href)).status).toBe(404);
    // A document withdrawn from the public is neither listed nor served.
    await t.db.updateTable('documents').set({ public: 0 }).where('id', '=', notice.id).execute();
    expect((await request('GET', `/lacak?nomor=${encodeURIComponent(number)}`, { cookie })).html).not.toContain(notice.id);
    expect((await t.app.request(href, { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('"close access" forgets the request in this browser', async () => {
    const { number, cookie } = await fileByForm();
    const closed = await request('POST', '/lacak/tutup', { cookie });
    expect(closed.status).toBe(303);
    const cleared = cookieFrom(closed.headers);
    expect(cleared).toBe('terbuka_akses=');
    const page = await request('GET', `/lacak?nomor=${encodeURIComponent(number)}`, { cookie: cleared });
    expect(text(page.html)).not.toContain('Terdaftar, menunggu diproses PPID');
  });
});

/** What the tracking page shows after giving the number and code in the form. */
async function trackedPage(number: string, code: string, lang?: 'en'): Promise<string> {
  const res = await request('POST', '/lacak', { body: new URLSearchParams({ nomor: number, kode: code }) });
  expect(res.status).toBe(303);
  const page = await request('GET', `${res.headers.get('Location')}${lang ? '&lang=en' : ''}`, { cookie: cookieFrom(res.headers) });
  return text(page.html);
}

describe('statistics', () => {
  it('counts this year’s requests, the decided ones on time and late, and the open overdue ones — numbers only', async () => {
    const ppid = await t.login('ppid');
    const a = await fileByForm();
    await fileByForm(validForm());
    await fileByForm(validForm());
    const first = await t.deps.db.selectFrom('cases').select(['id', 'version']).where('registration_number', '=', a.number).executeTakeFirstOrThrow();
    await t.api('POST', `/api/v1/cases/${first.id}/events`, { token: ppid, body: { type: 'DECIDE', expectedVersion: first.version, outcome: 'not_held' } });
    t.clock.now = new Date('2026-12-08T03:00:00.000Z');
    await markOverdue(t.deps);
    const page = await request('GET', '/statistik');
    const seen = text(page.html);
    expect(page.html).toMatch(/data-testid="stat-received">3</);
    expect(page.html).toMatch(/data-testid="stat-decided">1</);
    expect(page.html).toMatch(/data-testid="stat-on-time">1</);
    expect(page.html).toMatch(/data-testid="stat-overdue">2</);
    expect(seen).toContain('Informasi tidak dikuasai');
    expect(seen).not.toContain('Andi Pratama');
  });
});

describe('rate limits', () => {
  it('answers the third filing or look-up in a minute, through any door, with 429, Retry-After and a page in the page language', async () => {
    await t.close();
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const look = () => request('POST', '/lacak', { body: new URLSearchParams({ nomor: '1', kode: 'x' }) });
    expect((await look()).status).toBe(404);
    expect((await look()).status).toBe(404);
    const limited = await look();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(text(limited.html)).toContain('Coba lagi dalam 60 detik.');
    expect(text(limited.html)).toContain('Kembali ke formulir');

    // One limit across the doors: the filing form is closed to this client too, in English when asked.
    const filing = await request('POST', '/ajukan?lang=en', { body: multipart(validForm()) });
    expect(filing.status).toBe(429);
    expect(text(filing.html)).toContain('Try again in 60 seconds.');
    t.clock.now = new Date('2026-11-23T03:01:00.000Z');
    expect((await look()).status).toBe(404);
  });
});

describe('POST /api/v1/requests as multipart/form-data', () => {
  it('files with an identity document, replays by Idempotency-Key, and answers 400 naming every field', async () => {
    const send = (form: FormData, key?: string) =>
      t.app.request('/api/v1/requests', {
        method: 'POST',
        body: form,
        headers: { 'Accept-Language': 'en', ...(key ? { 'Idempotency-Key': key } : {}) },
      });
    const fields = validForm({ idempotencyKey: '', identityDocumentKind: 'passport', 'requester.nik': '', 'requester.passportNumber': 'C1234567' });
    const key = randomUUID();
    const res = await send(multipart(fields, { bytes: PNG, name: 'paspor.png', type: 'image/png' }), key);
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { registrationNumber: string; trackingCode: string };
    expect(receipt.registrationNumber).toBe('00001/PPID-PPID/2026');
    const again = await send(multipart(fields, { bytes: PNG, name: 'paspor.png', type: 'image/png' }), key);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await again.json()) as typeof receipt).trackingCode).toBe(receipt.trackingCode);
    expect(await t.deps.db.selectFrom('identity_documents').select('kind').execute()).toEqual([{ kind: 'passport' }]);

    const bad = await send(multipart({ 'requester.type': 'individual' }, { bytes: new TextEncoder().encode('hello'), name: 'x.pdf', type: 'application/pdf' }));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.fields).toMatchObject({
      'requester.name': 'This field is required.',
      'requester.address': 'This field is required.',
      'requester.nik': 'Give a NIK (16 digits) or a passport number.',
      identityDocumentKind: 'Choose which identity document you are attaching.',
    });

    // A JSON body still goes to the JSON route.
    const json = await t.api('POST', '/api/v1/requests', { body: { requester: { type: 'individual' } } });
    expect(json.status).toBe(400);
    expect(json.body.error.fields['requester.name']).toBeDefined();
  });
});
