import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
});
afterEach(async () => {
  await t.close();
});

const at = (iso: string) => {
  t.clock.now = new Date(iso);
};
const reason = 'Informasi yang saya terima tidak sesuai dengan yang saya minta dalam formulir.';

async function decidedRequest(overrides: Record<string, unknown>, decision: Record<string, unknown>) {
  const r = (await t.api('POST', '/api/v1/requests', { body: validFiling(overrides) })).body;
  const ppid = await t.login('ppid');
  const c = await t.api('GET', `/api/v1/cases/${r.id}`, { token: ppid });
  await t.api('POST', `/api/v1/cases/${r.id}/events`, { token: ppid, body: { expectedVersion: c.body.version, ...decision } });
  return r as { id: string; registrationNumber: string; trackingCode: string };
}

const object = (r: { registrationNumber: string; trackingCode: string }, grounds: string[]) =>
  t.api('POST', `/api/v1/requests/${encodeURIComponent(r.registrationNumber)}/objections?code=${r.trackingCode}`, { body: { grounds, reason } });

/** Register keberatan, kip-rules §2.7, columns (a)–(k). */
const SECTION_2_7 = {
  a: 'Nomor registrasi keberatan',
  b: 'Tanggal diterima',
  c: 'Nama pemohon/kuasa',
  d: 'Nomor pendaftaran permohonan',
  e: 'Informasi yang diminta',
  f: 'Tujuan penggunaan informasi',
  g: 'Alasan keberatan (Pasal 35 ayat 1)',
  h: 'Keputusan Atasan PPID',
  i: 'Tanggal tanggapan',
  j: 'Nama dan jabatan Atasan PPID',
  k: 'Tanggapan pemohon',
};

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
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

describe('the objection register (register keberatan)', () => {
  it('lists every §2.7 column, as JSON and CSV, for the period asked', async () => {
    const denied = await decidedRequest(
      { purpose: 'Penelitian kebijakan luar negeri.' },
      { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest },
    );
    const granted = await decidedRequest(
      {
        information: 'Daftar kunjungan kerja Menteri ke Eropa tahun 2025.',
        requester: {
          type: 'legal_entity',
          name: 'Yayasan Keterbukaan Nusantara',
          legalEntityNumber: 'AHU-0012345.AH.01.04.2019',
          email: 'info@ykn.example.org',
          address: 'Jl. Diponegoro 5, Bandung',
        },
      },
      { type: 'DECIDE', outcome: 'granted' },
    );
    at('2026-11-24T03:00:00.000Z');
    const first = (await object(denied, ['a'])).body;
    const second = (await object(granted, ['d', 'g'])).body;

    at('2026-12-01T03:00:00.000Z');
    const atasan = await t.login('atasan');
    let res = await t.api('POST', `/api/v1/objections/${first.id}/events`, {
      token: atasan,
      body: { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: 'Pengecualian Pasal 17 huruf f tetap berlaku selama perundingan.', expectedVersion: 1 },
    });
    expect(res.status).toBe(200);
    res = await t.api('POST', `/api/v1/objections/${first.id}/events`, {
      token: atasan,
      body: { type: 'RECORD_REACTION', reaction: 'Pemohon tidak puas dan akan mengajukan sengketa.', expectedVersion: 2 },
    });
    expect(res.status).toBe(200);

    res = await t.api('GET', '/api/v1/registers/objections?from=2026-11-01&to=2026-11-30', { token: atasan });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(Object.keys(res.body.columns)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    expect(res.body.items).toHaveLength(2);
    const [a, b] = res.body.items;
    expect(a).toMatchObject({
      objectionNumber: '00001/KEB-PPID/2026', // (a)
      receivedAt: '2026-11-24T10:00:00+07:00', // (b) local, with Jakarta's offset
      requester: { type: 'individual', name: 'Andi Pratama', nik: '3171012304900002', address: 'Jl. Cikini Raya 12, Jakarta Pusat' }, // (c)
      registrationNumber: denied.registrationNumber, // (d)
      information: validFiling().information, // (e)
      purpose: 'Penelitian kebijakan luar negeri.', // (f)
      grounds: [{ letter: 'a', text: expect.stringMatching(/Pasal 17/) }], // (g)
      decision: { outcome: 'upheld', reasons: expect.stringMatching(/huruf f/) }, // (h)
      respondedOn: '2026-12-01', // (i)
      atasan: { name: 'Ahmad Hidayat', position: 'Atasan PPID, Sekretaris Jenderal' }, // (j)
      requesterReaction: 'Pemohon tidak puas dan akan mengajukan sengketa.', // (k)
      responseDue: '2027-01-11',
      late: false,
      overdue: false,
    });
    for (const key of Object.values(res.body.columns) as string[]) expect(a, key).toHaveProperty(key);
    expect(b).toMatchObject({
      objectionNumber: '00002/KEB-PPID/2026',
      requester: { type: 'legal_entity', legalEntityNumber: 'AHU-0012345.AH.01.04.2019' },
      grounds: [{ letter: 'd' }, { letter: 'g' }],
      decision: null,
      respondedOn: null,
      atasan: null,
      requesterReaction: null,
    });
    expect(second.objectionNumber).toBe('00002/KEB-PPID/2026');

    // Another period holds none of them.
    res = await t.api('GET', '/api/v1/registers/objections?from=2026-11-25&to=2026-12-31', { token: atasan });
    expect(res.body.items).toHaveLength(0);

    // CSV: the same rows, every §2.7 column among the headers.
    const csv = await t.app.request('/api/v1/registers/objections?from=2026-11-01&to=2026-11-30&format=csv', {
      headers: { Authorization: `Bearer ${atasan}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Type')).toMatch(/text\/csv/);
    const rows = parseCsv(await csv.text());
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    for (const [letter, name] of Object.entries(SECTION_2_7)) expect(header, letter).toContain(name);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      [SECTION_2_7.a]: '00001/KEB-PPID/2026',
      [SECTION_2_7.c]: 'Andi Pratama',
      [SECTION_2_7.d]: denied.registrationNumber,
      [SECTION_2_7.f]: 'Penelitian kebijakan luar negeri.',
      [SECTION_2_7.i]: '2026-12-01',
      [SECTION_2_7.j]: 'Ahmad Hidayat, Atasan PPID, Sekretaris Jenderal',
      [SECTION_2_7.k]: 'Pemohon tidak puas dan akan mengajukan sengketa.',
      'NIK/paspor/nomor badan hukum': '3171012304900002',
      Alamat: 'Jl. Cikini Raya 12, Jakarta Pusat',
    });
    expect(row[SECTION_2_7.g]).toMatch(/^a\. Penolakan/);
    expect(row[SECTION_2_7.h]).toMatch(/dikuatkan/);
    const english = await t.app.request('/api/v1/registers/objections?from=2026-11-01&to=2026-11-30&format=csv', {
      headers: { Authorization: `Bearer ${atasan}`, 'Accept-Language': 'en' },
    });
    expect(parseCsv(await english.text())[0]).toContain("Requester's reaction");
  });

  it('gives auditors the register without personal data, and nobody outside the body-level roles', async () => {
    const r = await decidedRequest({}, { type: 'DECIDE', outcome: 'granted' });
    await object(r, ['e']);
    const auditor = await t.login('auditor');
    const res = await t.api('GET', '/api/v1/registers/objections', { token: auditor });
    expect(res.status).toBe(200);
    expect(res.body.items[0].requester).toEqual({ type: 'individual', occupation: 'Mahasiswa', pseudonym: expect.stringMatching(/^P-[0-9A-F]{12}$/) });
    const csv = await (await t.app.request('/api/v1/registers/objections?format=csv', { headers: { Authorization: `Bearer ${auditor}` } })).text();
    for (const secret of ['3171012304900002', 'Cikini', 'andi@example.org', 'Andi Pratama']) {
      expect(JSON.stringify(res.body)).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
    expect((await t.api('GET', '/api/v1/registers/objections', { token: await t.login('pelaksana.dit') })).status).toBe(403);
    expect((await t.api('GET', '/api/v1/registers/objections')).status).toBe(401);
    const bad = await t.api('GET', '/api/v1/registers/objections?from=2026-13-01', { token: auditor });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.from).toBeDefined();
  });
});
