/**
 * The statutory registers (issue 11 item 2): the register of requests (§2.4) against a fixture
 * built through the real workflow — every column checked —, the objection register's PDF, the
 * auditors' pseudonymised copies (JSON, CSV and PDF read back as text with MuPDF) holding none of
 * the requesters' personal data, pages and cursors, streaming past the configured maximum, the PDF
 * refused past its own, and every bad input a 400 naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

/** Every page's text, by MuPDF (the PDF as a reader extracts it). */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const m = await import('mupdf');
  const doc = m.Document.openDocument(bytes, 'application/pdf');
  const pages: string[] = [];
  for (let i = 0; i < doc.countPages(); i++) pages.push(doc.loadPage(i).toStructuredText('preserve-whitespace').asText().replace(/\s+/g, ' '));
  return pages;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

const raw = async (t: TestContext, path: string, token: string, lang = 'id') => {
  const res = await t.app.request(path, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': lang } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
};
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const SIAHAAN = {
  type: 'individual',
  name: 'Rudi Siahaan',
  passportNumber: 'C7654321',
  phone: '+966 50 765 4321',
  address: 'Al Malaz, Riyadh',
  occupation: 'Pekerja migran',
};
const YAYASAN = {
  type: 'legal_entity',
  name: 'Yayasan Terang Bangsa',
  legalEntityNumber: 'AHU-0099887.AH.01.04.2020',
  email: 'sekretariat@terangbangsa.example.org',
  address: 'Jl. Braga 9, Bandung',
};
/** Everything personal in the fixture: none of it may reach an auditor. */
const SECRETS = [
  'Andi Pratama',
  '3171012304900002',
  'andi@example.org',
  '+62 812 3456 7890',
  'Cikini',
  'Rudi Siahaan',
  'C7654321',
  '+966 50 765 4321',
  'Al Malaz',
  'Yayasan Terang Bangsa',
  'AHU-0099887',
  'terangbangsa.example.org',
  'Jl. Braga',
];

describe('the request register (register permohonan)', () => {
  let t: TestContext;
  let ppid: string;
  let auditor: string;
  const ids: Record<string, { id: string; registrationNumber: string; trackingCode: string }> = {};
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };
  // A fresh session for each step: the clock moves by days, past the idle timeout.
  const send = async (id: string, body: Record<string, unknown>, as = 'ppid') => {
    const token = await t.login(as);
    const c = await t.api('GET', `/api/v1/cases/${id}`, { token });
    const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: c.body.version, ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  beforeAll(async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
    // A: filed on the web on Monday 23 November, 10:00 in Jakarta; extended, then denied on Friday.
    ids.a = (await t.api('POST', '/api/v1/requests', { body: validFiling({ purpose: 'Penelitian kebijakan luar negeri.' }) })).body;
    // B: at the embassy in Riyadh (its own calendar), by a passport holder; granted with a fee, delivered.
    at('2026-11-23T08:00:00.000Z');
    ids.b = (
      await t.api('POST', '/api/v1/requests', {
        body: validFiling({
          unit: 'KBRI-RIYADH',
          requester: SIAHAAN,
          deliveryMethod: 'pickup',
          obtainMethod: 'copy_hard',
          information: 'Jumlah layanan perlindungan WNI di Riyadh tahun 2025.',
        }),
      })
    ).body;
    // C: a legal entity's request, left unanswered past its deadline.
    at('2026-11-24T02:00:00.000Z');
    ids.c = (await t.api('POST', '/api/v1/requests', { body: validFiling({ requester: YAYASAN, information: 'Anggaran perjalanan dinas 2025.' }) })).body;
    // D: Andi again, a week later (the same person: the same pseudonym).
    at('2026-11-30T03:00:00.000Z');
    ids.d = (await t.api('POST', '/api/v1/requests', { body: validFiling({ information: 'Daftar hibah luar negeri 2025.' }) })).body;

    at('2026-11-24T03:00:00.000Z');
    await send(ids.a!.id, { type: 'START_REVIEW' });
    await send(ids.a!.id, { type: 'EXTEND', reason: 'Informasi harus dihimpun dari beberapa direktorat.' });
    // Filed at the embassy, it is the embassy's from filing: its PPID Pelaksana accepts it.
    await send(ids.b!.id, { type: 'ACCEPT_ASSIGNMENT' }, 'pelaksana.kbri');
    at('2026-11-27T03:00:00.000Z');
    await send(ids.a!.id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest });
    await send(ids.b!.id, { type: 'DECIDE', outcome: 'granted', fees: { copying: 15000, payment: 'Tunai di loket' } });
    at('2026-11-30T03:00:00.000Z');
    await send(ids.b!.id, { type: 'DELIVER', method: 'pickup' });
    at('2026-12-15T03:00:00.000Z');
    ppid = await t.login('ppid');
    auditor = await t.login('auditor');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every column of §2.4 and beside them the channel, units, deadlines with their calendars, days taken and flags', async () => {
    const res = await t.api('GET', '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30', { token: ppid });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-11-01', to: '2026-11-30', unit: null, pseudonymised: false, nextCursor: null });
    const rows = res.body.items as Array<Record<string, any>>;
    expect(rows.map((r) => r.registrationNumber)).toEqual([
      ids.a!.registrationNumber,
      ids.b!.registrationNumber,
      ids.c!.registrationNumber,
      ids.d!.registrationNumber,
    ]);
    const [a, b, c] = rows;
    expect(a).toMatchObject({
      receivedAt: '2026-11-23T10:00:00+07:00',
      receivedOn: '2026-11-23',
      channel: 'web',
      unit: 'PPID',
      assignedUnits: [],
      requester: {
        type: 'individual',
        name: 'Andi Pratama',
        nik: '3171012304900002',
        address: 'Jl. Cikini Raya 12, Jakarta Pusat',
        phone: '+62 812 3456 7890',
        email: 'andi@example.org',
        occupation: 'Mahasiswa',
      },
      information: validFiling().information,
      purpose: 'Penelitian kebijakan luar negeri.',
      obtainMethod: 'copy_soft',
      status: 'decided',
      informationStatus: 'held',
      outcome: 'denied',
      exemptions: ['f'],
      noticeDue: '2026-12-07',
      noticeDueCalendar: 'ID-NATIONAL',
      extendedNoticeDue: '2026-12-16',
      extension: { reason: 'Informasi harus dihimpun dari beberapa direktorat.' },
      noticeSentAt: '2026-11-27T10:00:00+07:00',
      noticeSentOn: '2026-11-27',
      workingDaysTaken: 4,
      calendarDaysTaken: 4,
      answeredLate: false,
      overdue: false,
    });
    expect(a!.deadlines.notice).toMatchObject({ due: '2026-12-07', workingDays: 10, calendar: 'ID-NATIONAL' });
    expect(a!.deadlines.noticeExtended).toMatchObject({ due: '2026-12-16', workingDays: 17, calendar: 'ID-NATIONAL' });
    // The mission's request: counted on the mission's calendar, with the Jakarta twin beside it.
    expect(b).toMatchObject({
      receivedAt: '2026-11-23T11:00:00+03:00',
      unit: 'KBRI-RIYADH',
      requester: { type: 'individual', name: 'Rudi Siahaan', passportNumber: 'C7654321' },
      obtainMethod: 'copy_hard',
      outcome: 'granted',
      exemptions: [],
      fees: { copying: 15000, total: 15000, payment: 'Tunai di loket' },
      delivery: { method: 'pickup' },
      status: 'delivered',
      workingDaysTaken: expect.any(Number),
      overdue: false,
    });
    expect(b!.noticeDueCalendar).not.toBe('ID-NATIONAL');
    expect(b!.deadlines.jakartaNotice).toMatchObject({ calendar: 'ID-NATIONAL' });
    // Unanswered past its deadline: overdue, nothing decided.
    expect(c).toMatchObject({
      requester: { type: 'legal_entity', legalEntityNumber: 'AHU-0099887.AH.01.04.2020' },
      outcome: null,
      informationStatus: null,
      workingDaysTaken: null,
      overdue: true,
    });
  });

  it('filters by outcome, receiving unit and period, and pages with a cursor', async () => {
    const get = async (q: string) => (await t.api('GET', `/api/v1/registers/requests?${q}`, { token: ppid })).body;
    expect((await get('from=2026-11-01&to=2026-11-30&outcome=denied')).items.map((r: any) => r.registrationNumber)).toEqual([ids.a!.registrationNumber]);
    expect((await get('from=2026-11-01&to=2026-11-30&unit=KBRI-RIYADH')).items.map((r: any) => r.registrationNumber)).toEqual([ids.b!.registrationNumber]);
    expect((await get('from=2026-11-24&to=2026-11-24')).items.map((r: any) => r.registrationNumber)).toEqual([ids.c!.registrationNumber]);
    const first = await get('from=2026-11-01&to=2026-11-30&limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await get(`from=2026-11-01&to=2026-11-30&limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((r: any) => r.registrationNumber)).toEqual([ids.d!.registrationNumber]);
    expect(second.nextCursor).toBeNull();
  });

  it('gives auditors each requester as a stable pseudonym and no personal data, in JSON, CSV and PDF', async () => {
    const res = await t.api('GET', '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30', { token: auditor });
    expect(res.status).toBe(200);
    expect(res.body.pseudonymised).toBe(true);
    const [a, b, c, d] = res.body.items;
    for (const r of [a, b, c, d]) expect(Object.keys(r.requester).sort()).toEqual(['occupation', 'pseudonym', 'type']);
    expect(a.requester.pseudonym).toMatch(/^P-[0-9A-F]{12}$/);
    expect(d.requester.pseudonym).toBe(a.requester.pseudonym);
    expect(new Set([a.requester.pseudonym, b.requester.pseudonym, c.requester.pseudonym]).size).toBe(3);
    // The PPID Utama's copy carries the same pseudonym beside the identity, so the two copies can be matched.
    const full = await t.api('GET', '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30', { token: ppid });
    expect(full.body.items[0].requester.pseudonym).toBe(a.requester.pseudonym);

    const csv = await raw(t, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=csv', auditor);
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const table = parseCsv(text(csv.bytes));
    expect(table[0]).toContain('Pseudonim pemohon');
    expect(table[0]).not.toContain('Nama');
    expect(table).toHaveLength(5);
    expect(table[1]).toContain(a.requester.pseudonym);
    const pdf = await raw(t, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=pdf', auditor);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    const pages = (await pdfPages(pdf.bytes)).join(' ');
    expect(pages.replace(/\s/g, '')).toContain(ids.a!.registrationNumber);
    expect(pages).toContain(a.requester.pseudonym);
    const json = JSON.stringify(res.body);
    for (const secret of SECRETS) {
      expect(json, secret).not.toContain(secret);
      expect(text(csv.bytes), secret).not.toContain(secret);
      expect(pages, secret).not.toContain(secret);
    }
    // Over the same data, the PPID Utama's PDF does name them.
    const named = (await pdfPages((await raw(t, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=pdf', ppid)).bytes)).join(' ');
    expect(named).toContain('Andi Pratama');
    expect(named).toContain('Rudi Siahaan');
  });

  it('writes the PDF on landscape A4 with the letterhead, the header row on every page and page numbers', async () => {
    const many = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
    try {
      for (let i = 0; i < 36; i++) {
        many.clock.now = new Date(Date.parse('2026-11-23T02:00:00.000Z') + i * 600_000);
        await many.api('POST', '/api/v1/requests', { body: validFiling({ information: `Permohonan nomor ${i + 1}: ${'data perjanjian '.repeat(8)}` }) });
      }
      const res = await raw(many, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=pdf', await many.login('ppid'));
      expect(res.status).toBe(200);
      const m = await import('mupdf');
      const doc = m.Document.openDocument(res.bytes, 'application/pdf');
      const [, , w, h] = doc.loadPage(0).getBounds();
      expect(w).toBeGreaterThan(h); // landscape
      expect(Math.round(w)).toBe(842);
      const pages = await pdfPages(res.bytes);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0]).toContain('KEMENTERIAN LUAR NEGERI');
      expect(pages[0]).toContain('Register Permohonan Informasi Publik');
      pages.forEach((p, i) => {
        expect(p, `page ${i + 1}`).toContain('No. pendaftaran');
        expect(p, `page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages.length}`);
      });
      expect(
        pages
          .join('')
          .replace(/\s/g, '')
          .match(/PPID-PPID\/2026/g),
      ).toHaveLength(36);
    } finally {
      await many.close();
    }
  });

  it('answers 400 naming the field for an inverted period, unknown unit, outcome, format or cursor', async () => {
    const bad = async (q: string) => {
      const res = await t.api('GET', `/api/v1/registers/requests?${q}`, { token: auditor, lang: 'en' });
      expect(res.status, q).toBe(400);
      return Object.keys(res.body.error.fields);
    };
    expect(await bad('from=2026-12-01&to=2026-11-01')).toEqual(['to']);
    expect(await bad('from=2026-13-01')).toEqual(['from']);
    expect(await bad('unit=NOPE')).toEqual(['unit']);
    expect(await bad('outcome=maybe')).toEqual(['outcome']);
    expect(await bad('format=xls')).toEqual(['format']);
    expect(await bad('cursor=bm9wZQ')).toEqual(['cursor']);
    expect(await bad('limit=0')).toEqual(['limit']);
    const res = await t.api('GET', '/api/v1/registers/requests?from=2026-12-01&to=2026-11-01', { token: auditor, lang: 'en' });
    expect(res.body.error.fields.to).toMatch(/before its start/);
    expect((await t.api('GET', '/api/v1/registers/objections?unit=NOPE', { token: auditor })).status).toBe(400);
  });
});

describe('large registers', () => {
  let t: TestContext;
  let ppid: string;
  const numbers: string[] = [];
  beforeAll(async () => {
    t = await makeContext({ now: '2026-11-23T03:00:00.000Z', env: { REGISTER_MAX_ROWS: '5', REGISTER_PDF_MAX_ROWS: '4' } });
    ppid = await t.login('ppid');
    for (let i = 0; i < 12; i++) {
      t.clock.now = new Date(Date.parse('2026-11-23T02:00:00.000Z') + i * 60_000);
      numbers.push((await t.api('POST', '/api/v1/requests', { body: validFiling() })).body.registrationNumber);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('streams CSV and JSON past REGISTER_MAX_ROWS, every row once and in order', async () => {
    const csv = await raw(t, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=csv', ppid);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('X-Register-Streamed')).toBe('1');
    const rows = parseCsv(text(csv.bytes));
    expect(rows.slice(1).map((r) => r[0])).toEqual(numbers);
    const json = await raw(t, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30', ppid);
    expect(json.headers.get('X-Register-Streamed')).toBe('1');
    const body = JSON.parse(text(json.bytes));
    expect(body.items.map((r: any) => r.registrationNumber)).toEqual(numbers);
    expect(body.nextCursor).toBeNull();
    // A short period stays in memory.
    const small = await raw(t, '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&outcome=denied&format=csv', ppid);
    expect(small.headers.get('X-Register-Streamed')).toBeNull();
  });

  it('refuses a PDF past REGISTER_PDF_MAX_ROWS, pointing to the CSV', async () => {
    const res = await t.api('GET', '/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=pdf', { token: ppid, lang: 'en' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('register_too_large_for_pdf');
    expect(res.body.error.csv).toBe('/api/v1/registers/requests?from=2026-11-01&to=2026-11-30&format=csv');
    expect(res.body.error.message).toMatch(/more than 4 rows/);
  });
});

describe('the objection register as PDF', () => {
  it('is landscape with columns (a)–(k), and pseudonymised for auditors', async () => {
    const t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
    try {
      const ppid = await t.login('ppid');
      const r = (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body;
      const c = await t.api('GET', `/api/v1/cases/${r.id}`, { token: ppid });
      await t.api('POST', `/api/v1/cases/${r.id}/events`, {
        token: ppid,
        body: { expectedVersion: c.body.version, type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest },
      });
      t.clock.now = new Date('2026-11-24T03:00:00.000Z');
      const o = await t.api('POST', `/api/v1/requests/${encodeURIComponent(r.registrationNumber)}/objections?code=${r.trackingCode}`, {
        body: { grounds: ['a'], reason: 'Informasi ini penting bagi publik dan tidak merugikan negara.' },
      });
      expect(o.status).toBe(201);
      const auditor = await t.login('auditor');
      const res = await raw(t, '/api/v1/registers/objections?from=2026-11-01&to=2026-11-30&format=pdf', auditor);
      expect(res.status).toBe(200);
      const pages = (await pdfPages(res.bytes)).join(' ');
      expect(pages).toContain('Register Keberatan');
      expect(pages.replace(/\s/g, '')).toContain(o.body.objectionNumber);
      expect(pages).toContain('(k)');
      expect(pages).toMatch(/P-[0-9A-F]{12}/);
      for (const secret of ['Andi Pratama', '3171012304900002', 'andi@example.org', 'Cikini']) expect(pages).not.toContain(secret);
      const json = await t.api('GET', '/api/v1/registers/objections?from=2026-11-01&to=2026-11-30', { token: auditor });
      expect(json.body.items[0]).toMatchObject({ responseDue: expect.any(String), responseDueCalendar: 'ID-NATIONAL', outcome: null });
    } finally {
      await t.close();
    }
  });
});
