/**
 * The PPID's contact and office hours (issue 18): administrators set them through the API and on
 * a page, each change an audit event; bad input is refused field by field, in both languages, and
 * changes nothing; the public reads them in every page's footer, the requester on the tracking
 * page when the PPID needs them to get in touch or come in, and on the letters' letterhead.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoContact } from '../../db/seed/seed';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageClient, pageLogin, textOf } from './officer-helpers';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB
});
afterEach(async () => {
  await t.close();
});

const stored = async () => (await t.db.selectFrom('settings').select('value').where('key', '=', 'contact').executeTakeFirst())?.value;
const contactEvents = () => t.db.selectFrom('audit_events').select(['actor_id', 'data']).where('event', '=', 'CONTACT_SETTINGS_UPDATED').execute();

const next = {
  address: 'Gedung Pusat Layanan Informasi, Jalan Medan Merdeka Barat 9, Jakarta Pusat 10110',
  phone: '(021) 555-0199',
  email: 'layanan.ppid@example.go.id',
  hoursId: 'Senin–Kamis 08.00–15.00 WIB, Jumat 08.00–15.30 WIB',
  hoursEn: 'Monday–Thursday 8:00–15:00 WIB, Friday 8:00–15:30 WIB',
  officerOfTheDay: 'Sari Wulandari (ext. 3310)',
};

describe('the contact through the API', () => {
  it('is public without the officer of the day; an administrator replaces it, audited', async () => {
    const pub = await t.api('GET', '/api/v1/contact');
    expect(pub.status).toBe(200);
    const { officerOfTheDay: _, ...publicFields } = demoContact;
    expect(pub.body).toEqual(publicFields);

    const admin = await t.login('admin');
    expect((await t.api('GET', '/api/v1/contact', { token: admin })).body.officerOfTheDay).toBe(demoContact.officerOfTheDay);
    const ppid = await t.login('ppid');
    expect((await t.api('PUT', '/api/v1/contact', { token: ppid, body: next })).status).toBe(403);
    expect((await t.api('PUT', '/api/v1/contact', { body: next })).status).toBe(401);

    const put = await t.api('PUT', '/api/v1/contact', { token: admin, body: next });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(next);
    expect((await t.api('GET', '/api/v1/contact')).body).toMatchObject({ address: next.address, email: next.email, hoursEn: next.hoursEn });

    const events = await contactEvents();
    expect(events).toHaveLength(1);
    const adminId = (await t.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
    expect(events[0]!.actor_id).toBe(adminId);
    const data = JSON.parse(events[0]!.data);
    expect(data.changed).toEqual(['address', 'phone', 'email', 'hoursId', 'hoursEn', 'officerOfTheDay']);
    expect(data.before.address).toBe(demoContact.address);
    expect(data.after.address).toBe(next.address);

    // An empty optional field clears it.
    const cleared = await t.api('PUT', '/api/v1/contact', { token: admin, body: { ...next, officerOfTheDay: '', phone: '' } });
    expect(cleared.body).toMatchObject({ phone: null, officerOfTheDay: null });
    expect(JSON.parse((await contactEvents())[1]!.data).changed).toEqual(['phone', 'officerOfTheDay']);
  });

  it('refuses a bad e-mail, a bad telephone, no address and hours in one language only, field by field in both languages, changing nothing', async () => {
    const admin = await t.login('admin');
    const before = await stored();
    const bad = { address: '  ', phone: 'call me maybe', email: 'ppid@', hoursId: 'Senin–Jumat 08.00–16.00' };
    const id = await t.api('PUT', '/api/v1/contact', { token: admin, body: bad, lang: 'id' });
    expect(id.status).toBe(400);
    expect(id.body.error.fields).toEqual({
      address: 'Wajib diisi.',
      phone: 'Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung.',
      email: 'Alamat e-mail tidak valid.',
      hoursEn: 'Isi jam layanan dalam kedua bahasa.',
    });
    const en = await t.api('PUT', '/api/v1/contact', { token: admin, body: bad, lang: 'en' });
    expect(en.body.error.fields).toEqual({
      address: 'This field is required.',
      phone: 'A phone number may hold only digits, spaces, +, - and brackets.',
      email: 'Not a valid e-mail address.',
      hoursEn: 'Give the office hours in both languages.',
    });
    expect(await stored()).toBe(before);
    expect(await contactEvents()).toEqual([]);
  });
});

describe('the contact page (/admin/kontak)', () => {
  it('shows the contact, saves a change as an audit event, and shows a bad form again with its errors, saving nothing', async () => {
    const admin = await pageLogin(t, 'admin');
    const page = await admin.get('/admin/kontak');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`value="${demoContact.phone}"`);
    expect(textOf(page.html)).toContain('Kontak dan jam layanan');

    const before = await stored();
    const refused = await admin.post('/admin/kontak', { ...next, email: 'bukan-email', address: '' });
    expect(refused.status).toBe(400);
    const text = textOf(refused.html);
    expect(text).toContain('Alamat e-mail tidak valid.');
    expect(text).toContain('Wajib diisi.');
    expect(refused.html).toContain('value="bukan-email"'); // what was typed is kept
    expect(await stored()).toBe(before);
    expect(await contactEvents()).toEqual([]);

    const saved = await admin.post('/admin/kontak', next);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/admin/kontak?disimpan=1');
    const after = await admin.get('/admin/kontak?disimpan=1');
    expect(textOf(after.html)).toContain('Kontak dan jam layanan disimpan.');
    expect(JSON.parse((await stored())!)).toEqual(next);
    expect(await contactEvents()).toHaveLength(1);

    // Not for other officers.
    expect((await (await pageLogin(t, 'ppid')).get('/admin/kontak')).status).toBe(403);
  });
});

describe('where the public meets the contact', () => {
  it('every public page’s footer shows the address, telephone, e-mail and hours in the page’s language, never the officer of the day', async () => {
    for (const path of ['/', '/ajukan', '/lacak', '/tenggat', '/statistik', '/halaman-yang-tidak-ada']) {
      const id = await t.app.request(path, { headers: { 'Accept-Language': 'id' } });
      const html = await id.text();
      const footer = textOf(html.slice(html.indexOf('<footer')));
      expect(footer, path).toContain(demoContact.address);
      expect(footer, path).toContain(demoContact.phone);
      expect(footer, path).toContain(demoContact.email);
      expect(footer, path).toContain(demoContact.hoursId);
      expect(footer, path).not.toContain('Rudi Hartono');
    }
    const en = await (await t.app.request('/?lang=en', { headers: { 'Accept-Language': 'en' } })).text();
    expect(textOf(en.slice(en.indexOf('<footer')))).toContain(`Office hours: ${demoContact.hoursEn}`);

    // A change shows on the next page.
    await t.api('PUT', '/api/v1/contact', { token: await t.login('admin'), body: next });
    expect(textOf(await (await t.app.request('/')).text())).toContain(next.address);
  });

  it('the tracking page shows how to reach the PPID, with the officer of the day, while a clarification is awaited', async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const visitor = pageClient(t);
    await visitor.get('/lacak');
    expect((await visitor.post('/lacak', { nomor: filed.registrationNumber, kode: filed.trackingCode })).status).toBe(303);
    const track = `/lacak?nomor=${encodeURIComponent(filed.registrationNumber)}`;
    expect((await visitor.get(track)).html).not.toContain('data-testid="requester-contact"');

    const ppid = await t.login('ppid');
    let current = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    await t.api('POST', `/api/v1/cases/${filed.id}/events`, { token: ppid, body: { type: 'START_REVIEW', expectedVersion: current.body.version } });
    current = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    const asked = await t.api('POST', `/api/v1/cases/${filed.id}/events`, {
      token: ppid,
      body: { type: 'REQUEST_CLARIFICATION', message: 'Mohon sebutkan tahun perjanjian yang dimaksud.', expectedVersion: current.body.version },
    });
    expect(asked.status).toBe(200);
    const html = (await visitor.get(track)).html;
    const box = textOf(
      html.slice(html.indexOf('data-testid="requester-contact"'), html.indexOf('</section>', html.indexOf('data-testid="requester-contact"'))),
    );
    expect(box).toContain('Untuk menyampaikan klarifikasi, hubungi PPID');
    expect(box).toContain(demoContact.phone);
    expect(box).toContain(demoContact.hoursId);
    expect(box).toContain('Petugas piket Rudi Hartono (ext. 2104)');
  });

  it('the tracking page asks a requester picking up granted information to come in office hours', async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling({ deliveryMethod: 'pickup', obtainMethod: 'copy_hard' }) })).body;
    const ppid = await t.login('ppid');
    const current = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    expect(
      (
        await t.api('POST', `/api/v1/cases/${filed.id}/events`, {
          token: ppid,
          body: { type: 'DECIDE', outcome: 'granted', expectedVersion: current.body.version },
        })
      ).status,
    ).toBe(200);
    const visitor = pageClient(t);
    await visitor.get('/lacak');
    await visitor.post('/lacak', { nomor: filed.registrationNumber, kode: filed.trackingCode });
    const html = (await visitor.get(`/lacak?nomor=${encodeURIComponent(filed.registrationNumber)}`)).html;
    expect(html).toContain('data-testid="requester-contact"');
    expect(textOf(html)).toContain('Informasi dapat diambil atau dilihat di kantor PPID pada jam layanan.');
  });

  it('a letter read back carries the PPID’s contact line under its letterhead', async () => {
    const filed = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
    const res = await t.app.request(`/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}/receipt.pdf?code=${filed.trackingCode}`);
    const head = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-l', '1', '-', '-'], { input: Buffer.from(await res.arrayBuffer()) })
      .toString('utf8')
      .split('\n')
      .slice(0, 6)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(head).toContain(`Layanan PPID: Telp. ${demoContact.phone} · ${demoContact.email} · ${demoContact.hoursId}`);
    expect(head).not.toContain('Rudi Hartono');
  });
});
