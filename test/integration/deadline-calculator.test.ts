/**
 * The public deadline calculator: `GET /api/v1/deadlines` (the contract in api.md) and the page
 * /tenggat, in both languages, with bad input named field by field. Expected dates were counted by
 * hand from spec §5.2.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const calc = (received: string, unit?: string, lang?: string) =>
  t.api('GET', `/api/v1/deadlines?received=${encodeURIComponent(received)}${unit ? `&unit=${encodeURIComponent(unit)}` : ''}`, lang ? { lang } : {});

async function page(query: string, lang = 'id') {
  const res = await t.app.request(`/tenggat${query}`, { headers: { 'Accept-Language': lang } });
  return { status: res.status, html: await res.text() };
}

/** The page's visible text, tags stripped and whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('GET /api/v1/deadlines', () => {
  it('answers the contract: day 0, both due dates, the calendar and every day skipped up to the extended date', async () => {
    const res = await calc('2026-11-27T10:00:00+07:00', 'PPID');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      receivedAt: '2026-11-27T03:00:00.000Z',
      countedFrom: '2026-11-27',
      noticeDue: '2026-12-11',
      // 14, 15, 16, 17, 18, 21, 22 December.
      extendedNoticeDue: '2026-12-22',
      calendar: { code: 'ID-NATIONAL', version: 1 },
    });
    expect(res.body.skipped).toEqual(
      ['2026-11-28', '2026-11-29', '2026-12-05', '2026-12-06', '2026-12-12', '2026-12-13', '2026-12-19', '2026-12-20'].map((date) => ({
        date,
        reason: 'weekend',
      })),
    );
    expect(res.body.text.noticeDue).toContain('hari ke-0 adalah Jumat, 27 November 2026');
    expect(res.body.text.extendedNoticeDue).toContain('Selasa, 22 Desember 2026');
    expect(res.body.text.extendedNoticeDue).toContain('dengan alasan, sebelum batas waktu pertama berakhir');
  });

  it('names the holidays it skips, and explains in English when asked', async () => {
    const res = await calc('2026-12-18T10:00+07:00', 'PPID', 'en');
    expect(res.status).toBe(200);
    expect([res.body.noticeDue, res.body.extendedNoticeDue]).toEqual(['2027-01-07', '2027-01-18']);
    expect(res.body.skipped).toContainEqual({
      date: '2026-12-24',
      reason: 'cuti_bersama',
      nameId: 'Cuti Bersama Kelahiran Yesus Kristus',
      nameEn: 'Joint leave: Christmas',
    });
    expect(res.body.skipped).toContainEqual(expect.objectContaining({ date: '2027-01-05', reason: 'libur_nasional' }));
    expect(res.body.text.noticeDue).toContain('Not counted:');
    expect(res.body.text.noticeDue).toContain('24 December 2026 (Joint leave: Christmas)');
  });

  it('counts on the calendar of the mission that receives it: Riyadh, Sunday to Thursday', async () => {
    const res = await calc('2026-11-26T10:00:00+03:00', 'KBRI-RIYADH');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      countedFrom: '2026-11-26',
      noticeDue: '2026-12-10',
      calendar: { code: 'KBRI-RIYADH', version: 1, timeZone: 'Asia/Riyadh' },
    });
    expect(res.body.skipped.slice(0, 2)).toEqual([
      { date: '2026-11-27', reason: 'weekend' },
      { date: '2026-11-28', reason: 'weekend' },
    ]);
  });

  it('refuses bad input with a 400 naming the field, never a guess', async () => {
    let res = await calc('2026-11-27T10:00:00', 'PPID');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.received).toMatch(/zona waktu/);

    res = await calc('2026-02-30T10:00:00+07:00', 'PPID', 'en');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.received).toBe('The date does not exist or is invalid.');

    res = await calc('2026-11-27T10:00:00+07:00', 'KBRI-ATLANTIS');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['unit']);

    res = await t.api('GET', '/api/v1/deadlines?unit=PPID');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.received).toBe('Wajib diisi.');

    // 10 working days from 20 December 2027 run into 2028, whose list is not known yet: counted on
    // weekends only and marked provisional — 21–23, 27–31 December (24th is cuti bersama), 3, 4 January.
    res = await calc('2027-12-20T10:00:00+07:00', 'PPID', 'en');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      noticeDue: '2028-01-04',
      provisional: { knownUntil: '2027-12-31', noticeDue: true, extendedNoticeDue: true },
      explanation: { provisional: { knownUntil: '2027-12-31' } },
    });
    expect(res.body.text.noticeDue).toMatch(/PROVISIONAL/);
    // Past the horizon (the known list and two provisional years: 2028, 2029) it is still refused.
    res = await calc('2029-12-20T10:00:00+07:00', 'PPID', 'en');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'calendar_out_of_range', calendar: 'ID-NATIONAL', year: 2030 });
    expect(res.body.error.fields.received).toMatch(/load the holidays of 2030/);
  });
});

describe('the page /tenggat', () => {
  it('offers the units and missions by name with their time zones, and explains the time zone', async () => {
    const { status, html } = await page('');
    expect(status).toBe(200);
    expect(html).toContain('<option value="KBRI-RIYADH">KBRI Riyadh (Asia/Riyadh)</option>');
    expect(html).toMatch(/<option value="PPID" selected="">PPID Utama — Direktorat Informasi dan Media \(WIB\)<\/option>/);
    expect(html).toContain('<optgroup label="Perwakilan di Timur Tengah">'); // 130+ missions, grouped by region
    expect(text(html)).toContain('WIB (UTC+7) untuk kantor pusat dan unit kerja, waktu setempat untuk perwakilan');
    // Pre-filled with now in Jakarta; nothing is computed before the form is sent.
    expect(html).toContain('value="2026-11-23"');
    expect(html).not.toContain('id="hasil"');

    const en = await page('', 'en');
    expect(en.html).toContain('<option value="KBRI-RIYADH">Embassy of Indonesia in Riyadh (Asia/Riyadh)</option>');
  });

  it('shows both dates, why, and the days not counted, in Indonesian and in English', async () => {
    const id = text((await page('?unit=PPID&tanggal=2026-12-18&jam=10:00')).html);
    expect(id).toContain('Batas pemberitahuan tertulis Kamis, 7 Januari 2027');
    expect(id).toContain('Jika diperpanjang Senin, 18 Januari 2027');
    expect(id).toContain('hari ke-0 adalah Jumat, 18 Desember 2026');
    expect(id).toContain('Kamis, 24 Desember 2026 Cuti bersama Cuti Bersama Kelahiran Yesus Kristus');
    expect(id).toContain('Sabtu, 19 Desember 2026 Akhir pekan');

    const en = text((await page('?unit=PPID&tanggal=2026-12-18&jam=10:00', 'en')).html);
    expect(en).toContain('Written notice due by Thursday, 7 January 2027');
    expect(en).toContain('If extended Monday, 18 January 2027');
    expect(en).toContain('Thursday, 24 December 2026 Joint leave (cuti bersama) Joint leave: Christmas');
    expect(en).toContain('An extension applies only if the PPID gives notice of it in writing');
  });

  it('reads the time in the mission’s zone and rolls an after-hours receipt to its next working day', async () => {
    // Thursday 26 November 16:30 in Riyadh: after hours; Friday and Saturday are the weekend there.
    const html = text((await page('?unit=KBRI-RIYADH&tanggal=2026-11-26&jam=16:30')).html);
    expect(html).toContain('Hari ke-0 (mulai dihitung) Minggu, 29 November 2026');
    expect(html).toContain('pukul 16.30 waktu Asia/Riyadh (UTC+03:00; setelah jam layanan)');
  });

  it('puts each error beside its field and in a summary, keeping what was typed', async () => {
    const { status, html } = await page('?unit=NOPE&tanggal=2026-02-30&jam=25:00');
    expect(status).toBe(200);
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#f-unit"');
    expect(html).toContain('<title>Kesalahan: Hitung tenggat jawaban — Terbuka PPID</title>');
    expect(html).toMatch(/id="f-unit-error"[^>]*>.*Unit atau perwakilan tidak dikenal/);
    expect(html).not.toContain('id="hasil"');

    const dates = await page('?unit=PPID&tanggal=2026-02-30&jam=25:00');
    expect(dates.html).toMatch(/id="f-tanggal-error"[^>]*>.*Tanggal tidak ada atau tidak valid/);
    expect(dates.html).toMatch(/id="f-tanggal"[^>]*value="2026-02-30"|value="2026-02-30"[^>]*id="f-tanggal"/);
    expect(dates.html).toContain('aria-invalid="true"');

    const time = await page('?unit=PPID&tanggal=2026-11-27&jam=25:00');
    expect(time.html).toMatch(/id="f-jam-error"[^>]*>.*Jam tidak valid/);

    const empty = await page('?unit=PPID&tanggal=&jam=');
    expect(empty.html).toMatch(/id="f-tanggal-error"[^>]*>.*Wajib diisi/);
    expect(empty.html).toMatch(/id="f-jam-error"[^>]*>.*Wajib diisi/);

    // 02:30 on 8 March 2026 does not exist in Washington (clocks go forward): refused, not moved.
    const gap = await page('?unit=KBRI-WASHINGTON&tanggal=2026-03-08&jam=02:30', 'en');
    expect(gap.html).toMatch(/id="f-jam-error"[^>]*>.*This time does not exist on that date/);

    const beyond = await page('?unit=PPID&tanggal=2029-12-20&jam=10:00', 'en');
    expect(beyond.html).toMatch(/id="f-tanggal-error"[^>]*>.*needs to load the holidays of 2030/);
    // Within the horizon the page answers, and says the date is provisional.
    const provisional = await page('?unit=PPID&tanggal=2027-12-20&jam=10:00', 'en');
    expect(provisional.html).toMatch(/PROVISIONAL: the holiday list after 31 December 2027 has not been loaded/);
  });
});
