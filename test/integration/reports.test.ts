/**
 * The annual and semester service reports, figure by figure, against a fixture of cases with known
 * dates and outcomes built through the real workflow (report-fixture.ts) — in JSON, CSV and PDF
 * (read back as text with mupdf) — and the rules around them: who may read them, bad input,
 * no personal data anywhere.
 */
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext, type TestContext } from '../helpers/context';
import { FIXTURE_PEOPLE, type Fixture, buildFixture } from './report-fixture';

let t: TestContext;
let fixture: Fixture;
let auditor: string;

beforeAll(async () => {
  t = await makeContext({ now: '2025-12-01T03:00:00.000Z' });
  fixture = await buildFixture(t);
  auditor = await t.login('auditor');
}, 120_000);
afterAll(async () => {
  await t.close();
});

const get = async (path: string, token = auditor, lang = 'id') => {
  const res = await t.app.request(path, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': lang } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
};
const json = async (path: string, token = auditor) => {
  const r = await get(path, token);
  return { status: r.status, body: JSON.parse(new TextDecoder().decode(r.bytes)) };
};
const pdfText = (bytes: Uint8Array) => {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  let text = '';
  for (let i = 0; i < doc.countPages(); i++) text += `${doc.loadPage(i).toStructuredText('preserve-whitespace').asText()}\n`;
  return text;
};

/** The annual figures of the fixture, worked out by hand (see report-fixture.ts). */
const ANNUAL = {
  year: 2026,
  requests: {
    received: 7,
    byMonth: { '01': 1, '02': 2, '03': 0, '04': 1, '05': 0, '06': 0, '07': 1, '08': 0, '09': 1, '10': 0, '11': 1, '12': 0 },
    byChannel: { web: 5, walk_in: 0, letter: 1, phone: 1, email: 0 },
    byRequesterType: { individual: 5, legal_entity: 1, group: 1 },
    byUnit: { PPID: 5, AMEROP: 2 },
  },
  outcomes: {
    decided: 5,
    granted: 2,
    partially_granted: 1,
    denied: 1,
    not_held: 1,
    not_yet_documented: 0,
    deniedByExemption: { a: 1, b: 1, c: 0, d: 0, e: 0, f: 0, g: 0, h: 0, i: 0, j: 0 },
  },
  // Days taken: A 3, B 8, H 13, D 13, C 14.
  timeToServe: { decided: 5, workingDays: { mean: 10.2, median: 13, p90: 14, max: 14 } },
  onTime: { decided: 5, onTime: 4, rate: 0.8 },
  extensions: 1,
  pending: { open: 2, overdue: 1 },
  objections: { received: 3, byOutcome: { upheld: 1, overturned: 1, rejected_late: 0, settled: 0, pending: 1 } },
  disputes: { filed: 1, byStage: { registered: 1 }, byOutcome: { pending: 1, mediation_agreement: 0, commission_granted: 0 } },
};

describe('the annual service report', () => {
  it('JSON: every figure matches the fixture, and names the register rows behind it', async () => {
    const { status, body } = await json('/api/v1/reports/annual?year=2026');
    expect(status).toBe(200);
    expect(body).toMatchObject(ANNUAL);
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(body.pending.oldest.map((o: { registrationNumber: string }) => o.registrationNumber)).toEqual([
      fixture.cases.E!.registrationNumber,
      fixture.cases.F!.registrationNumber,
    ]);
    expect(body.pending.oldest[0]).toMatchObject({ receivedOn: '2026-09-01', unit: 'PPID', overdue: true });
    expect(body.units.find((u: { code: string }) => u.code === 'AMEROP')).toMatchObject({ received: 2, decided: 1, onTime: 0, rate: 0 });
    expect(body.units.find((u: { code: string }) => u.code === 'PPID')).toMatchObject({ received: 5, decided: 4, onTime: 4, rate: 1 });

    // Traceable: the register filter behind each count.
    expect(body.trace['requests.received'].register).toBe('/api/v1/registers/requests?from=2026-01-01&to=2026-12-31');
    expect(body.trace['requests.byMonth.02'].register).toBe('/api/v1/registers/requests?from=2026-02-01&to=2026-02-28');
    expect(body.trace['outcomes.denied'].register).toBe('/api/v1/registers/requests?from=2026-01-01&to=2026-12-31&outcome=denied');
    expect(body.trace['outcomes.deniedByExemption.b']).toEqual({
      register: '/api/v1/registers/requests?from=2026-01-01&to=2026-12-31&outcome=denied',
      where: { exemptions: 'b' },
    });
    expect(body.trace['requests.byUnit.AMEROP'].register).toBe('/api/v1/registers/requests?from=2026-01-01&to=2026-12-31&unit=AMEROP');
    expect(body.trace['objections.received'].register).toBe('/api/v1/registers/objections?from=2026-01-01&to=2026-12-31');
    // Every integer figure has a trace.
    const paths: string[] = [];
    const walk = (o: unknown, p: string) => {
      if (typeof o === 'number') paths.push(p);
      else if (o && typeof o === 'object' && !Array.isArray(o)) for (const [k, v] of Object.entries(o)) walk(v, p ? `${p}.${k}` : k);
    };
    for (const section of ['requests', 'outcomes', 'timeToServe', 'onTime', 'pending', 'objections', 'disputes']) walk(body[section], section);
    walk({ extensions: body.extensions }, '');
    expect(paths.filter((p) => !(p in body.trace))).toEqual([]);
  });

  it('per unit: only the requests that unit received', async () => {
    const { body } = await json('/api/v1/reports/annual?year=2026&unit=AMEROP');
    expect(body).toMatchObject({
      unit: 'AMEROP',
      requests: { received: 2, byMonth: { '07': 1, '11': 1 }, byChannel: { web: 1, phone: 1 } },
      outcomes: { decided: 1, not_held: 1, granted: 0 },
      timeToServe: { workingDays: { mean: 13, median: 13, p90: 13, max: 13 } },
      onTime: { decided: 1, onTime: 0, rate: 0 },
      pending: { open: 1, overdue: 0 },
      objections: { received: 1, byOutcome: { pending: 1 } },
      disputes: { filed: 0 },
    });
    expect(body.trace['outcomes.not_held'].register).toBe('/api/v1/registers/requests?from=2026-01-01&to=2026-12-31&unit=AMEROP&outcome=not_held');
  });

  it('a request counts in the year of its local receipt date: 1 Jan 2027 00:30 WIB is 2027', async () => {
    const { body } = await json('/api/v1/reports/annual?year=2027');
    expect(body.requests.received).toBe(1);
    expect(body.requests.byMonth['01']).toBe(1);
    const y2025 = await json('/api/v1/reports/annual?year=2025');
    expect(y2025.body.requests.received).toBe(0);
  });

  it('the semester reports split the year by receipt date', async () => {
    const h1 = (await json('/api/v1/reports/semester?year=2026&half=1')).body;
    expect(h1).toMatchObject({
      kind: 'semester',
      half: 1,
      period: { from: '2026-01-01', to: '2026-06-30' },
      requests: { received: 4, byChannel: { web: 3, letter: 1 } },
      outcomes: { granted: 2, denied: 1, partially_granted: 1, not_held: 0 },
      timeToServe: { workingDays: { mean: 9.5, median: 10.5, p90: 14, max: 14 } },
      onTime: { decided: 4, onTime: 4, rate: 1 },
      extensions: 1,
      objections: { received: 2 },
      disputes: { filed: 1 },
    });
    expect(Object.keys(h1.requests.byMonth)).toEqual(['01', '02', '03', '04', '05', '06']);
    const h2 = (await json('/api/v1/reports/semester?year=2026&half=2')).body;
    expect(h2).toMatchObject({
      requests: { received: 3 },
      outcomes: { not_held: 1, decided: 1 },
      pending: { open: 2, overdue: 1 },
      objections: { received: 1 },
    });
    expect(h2.trace['requests.received'].register).toBe('/api/v1/registers/requests?from=2026-07-01&to=2026-12-31');
  });

  it('CSV: the same figures, one row each with the register that recounts it', async () => {
    const r = await get('/api/v1/reports/annual?year=2026&format=csv');
    expect(r.status).toBe(200);
    expect(r.headers.get('Content-Type')).toMatch(/text\/csv/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = new Map(
      text
        .slice(1)
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => {
          const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
          return [cells[0]!, cells] as const;
        }),
    );
    const value = (k: string) => rows.get(k)?.[1];
    expect(value('requests.received')).toBe('7');
    for (const [m, n] of Object.entries(ANNUAL.requests.byMonth)) expect(value(`requests.byMonth.${m}`)).toBe(String(n));
    for (const [k, n] of Object.entries(ANNUAL.requests.byChannel)) expect(value(`requests.byChannel.${k}`)).toBe(String(n));
    for (const [k, n] of Object.entries(ANNUAL.requests.byRequesterType)) expect(value(`requests.byRequesterType.${k}`)).toBe(String(n));
    for (const [k, n] of Object.entries(ANNUAL.outcomes)) if (typeof n === 'number') expect(value(`outcomes.${k}`)).toBe(String(n));
    for (const [k, n] of Object.entries(ANNUAL.outcomes.deniedByExemption)) expect(value(`outcomes.deniedByExemption.${k}`)).toBe(String(n));
    for (const [k, n] of Object.entries(ANNUAL.timeToServe.workingDays)) expect(value(`timeToServe.workingDays.${k}`)).toBe(String(n));
    expect(value('onTime.onTime')).toBe('4');
    expect(value('onTime.rate')).toBe('0.8');
    expect(value('extensions')).toBe('1');
    expect(value('pending.open')).toBe('2');
    expect(value('pending.overdue')).toBe('1');
    expect(value('objections.byOutcome.overturned')).toBe('1');
    expect(value('disputes.byStage.registered')).toBe('1');
    expect(value('pending.oldest.1')).toBe(fixture.cases.E!.registrationNumber);
    expect(rows.get('outcomes.denied')?.[2]).toBe('/api/v1/registers/requests?from=2026-01-01&to=2026-12-31&outcome=denied');
  });

  it('PDF: on the letterhead, every figure and section readable as text', async () => {
    const r = await get('/api/v1/reports/annual?year=2026&format=pdf');
    expect(r.status).toBe(200);
    expect(r.headers.get('Content-Type')).toBe('application/pdf');
    const text = pdfText(r.bytes);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/KEMENTERIAN LUAR NEGERI/);
    expect(flat).toMatch(/LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2026/);
    expect(flat).toMatch(/Permohonan diterima : 7/);
    expect(flat).toMatch(/Sudah diputus : 5/);
    expect(flat).toMatch(/Diputus tepat waktu : 4 \(80%\)/);
    expect(flat).toMatch(/Perpanjangan waktu : 1/);
    expect(flat).toMatch(/Masih diproses : 2 \(melewati batas waktu: 1\)/);
    // The charts carry their numbers: outcome bars, then the denial reasons and time to serve.
    expect(flat).toMatch(/Dikabulkan seluruhnya 2 \(40%\)/);
    expect(flat).toMatch(/Dikabulkan sebagian 1 \(20%\)/);
    expect(flat).toMatch(/Ditolak 1 \(20%\)/);
    expect(flat).toMatch(/Tidak dikuasai 1 \(20%\)/);
    expect(flat).toMatch(/Pasal 17 huruf a 1/);
    expect(flat).toMatch(/Pasal 17 huruf b 1/);
    expect(flat).toMatch(/Rata-rata : 10,2/);
    expect(flat).toMatch(/Median : 13/);
    expect(flat).toMatch(/Persentil ke-90 : 14/);
    expect(flat).toMatch(/Paling lama : 14/);
    expect(flat).toMatch(/Situs web 5/);
    expect(flat).toMatch(/Surat 1/);
    expect(flat).toMatch(/Telepon 1/);
    expect(flat).toMatch(/Badan hukum 1/);
    expect(flat).toMatch(/Kelompok orang 1/);
    expect(flat).toMatch(/Keberatan diterima 3/);
    expect(flat).toMatch(/Keputusan PPID dikuatkan 1/);
    expect(flat).toMatch(/Keputusan PPID dibatalkan 1/);
    expect(flat).toMatch(/Sengketa diajukan 1/);
    expect(flat).toContain(fixture.cases.E!.registrationNumber);
    for (const heading of [
      'I. Gambaran umum kebijakan',
      'II. Gambaran umum pelaksanaan',
      'III. Rincian pelayanan',
      'IV. Rincian penyelesaian sengketa',
      'V. Kendala',
      'VI. Rekomendasi',
    ]) {
      expect(flat).toContain(heading);
    }
    // Figure 1: the monthly bars are labelled with their counts (Feb 2, one each in Jan, Apr, Jul, Sep, Nov).
    expect(flat).toMatch(/Gambar 1\. Permohonan diterima per bulan/);
    expect(flat).toMatch(/Gambar 3\. Ketepatan waktu per unit\/perwakilan/);
    expect(flat).toMatch(/100% \(4\/4\)/);
    expect(flat).toMatch(/0% \(0\/1\)/);
  });

  it('the narrative an officer wrote appears in the report; in English too', async () => {
    const ppid = await t.login('ppid');
    const token = ppid;
    const { narrativeSchema, saveNarrative } = await import('../../src/reports/narratives');
    const me = (await t.api('GET', '/api/v1/auth/me', { token })).body;
    await saveNarrative(
      t.deps,
      2026,
      narrativeSchema.parse({ policy: 'Kebijakan layanan satu pintu melalui PPID Utama.', obstacles: 'Jaringan di beberapa perwakilan tidak stabil.' }),
      { kind: 'user', id: me.id ?? null, role: 'ppid_utama', unit: 'PPID' },
    );
    const text = pdfText((await get('/api/v1/reports/annual?year=2026&format=pdf')).bytes).replace(/\s+/g, ' ');
    expect(text).toContain('Kebijakan layanan satu pintu melalui PPID Utama.');
    expect(text).toContain('Jaringan di beberapa perwakilan tidak stabil.');
    const en = pdfText((await get('/api/v1/reports/semester?year=2026&half=2&format=pdf', auditor, 'en')).bytes).replace(/\s+/g, ' ');
    expect(en).toMatch(/PUBLIC INFORMATION SERVICE REPORT SECOND HALF OF 2026/);
    expect(en).toMatch(/Requests received : 3/);
    expect((await json('/api/v1/reports/annual?year=2026')).body.narrative.policy).toBe('Kebijakan layanan satu pintu melalui PPID Utama.');
  });

  it('no personal data in any format, for any reader', async () => {
    const outputs: string[] = [];
    for (const token of [auditor, await t.login('ppid'), await t.login('admin')]) {
      for (const path of ['/api/v1/reports/annual?year=2026', '/api/v1/reports/semester?year=2026&half=1', '/api/v1/reports/annual?year=2026&unit=AMEROP']) {
        for (const format of ['json', 'csv', 'pdf']) {
          const r = await get(`${path}&format=${format}`, token);
          expect(r.status).toBe(200);
          outputs.push(format === 'pdf' ? pdfText(r.bytes) : new TextDecoder().decode(r.bytes));
        }
      }
    }
    outputs.push(JSON.stringify((await json('/api/v1/statistics?year=2026')).body));
    outputs.push(await (await t.app.request('/statistik?tahun=2026')).text());
    const needles = FIXTURE_PEOPLE.flatMap((p) => [
      p.name,
      p.email,
      p.phone,
      p.phone.replace(/\s/g, ''),
      p.address,
      ...('nik' in p ? [p.nik] : []),
      ...('legalEntityNumber' in p ? [p.legalEntityNumber] : []),
    ]);
    for (const out of outputs) for (const needle of needles) expect(out.includes(needle), needle).toBe(false);
    // …and the scan can find what it looks for: the same data, where a PPID may read it, is found.
    const caseView = JSON.stringify((await t.api('GET', `/api/v1/cases/${fixture.cases.B!.id}`, { token: await t.login('ppid') })).body);
    expect(needles.filter((n) => caseView.includes(n))).toEqual(expect.arrayContaining([FIXTURE_PEOPLE[1].name, FIXTURE_PEOPLE[1].email]));
  });
});

describe('the incremental tallies', () => {
  const tallies = () =>
    t.deps.db.selectFrom('report_tallies').select(['year', 'half', 'unit', 'key', 'n']).where('n', '!=', 0).orderBy(['year', 'half', 'unit', 'key']).execute();

  it('kept at each transition, they equal a recount of every case and objection from scratch', async () => {
    const kept = await tallies();
    expect(kept.length).toBeGreaterThan(40);
    await t.db.insertInto('settings').values({ key: 'report_tallies_stale', value: 'true' }).execute();
    const { ensureTallies } = await import('../../src/reports/tallies');
    await ensureTallies(t.deps);
    expect(await tallies()).toEqual(kept);
    expect(await t.deps.db.selectFrom('settings').select('key').where('key', '=', 'report_tallies_stale').execute()).toEqual([]);
  });

  it('a refused or conflicting event moves no tally (same transaction as the transition)', async () => {
    const before = await tallies();
    const ppid = await t.login('ppid');
    const e = fixture.cases.E!;
    const current = await t.api('GET', `/api/v1/cases/${e.id}`, { token: ppid });
    const stale = await t.api('POST', `/api/v1/cases/${e.id}/events`, {
      token: ppid,
      body: { type: 'DECIDE', outcome: 'granted', expectedVersion: current.body.version - 1 },
    });
    expect(stale.status).toBe(409);
    const refused = await t.api('POST', `/api/v1/cases/${e.id}/events`, { token: ppid, body: { type: 'CLOSE', expectedVersion: current.body.version } });
    expect(refused.status).toBe(409);
    expect(await tallies()).toEqual(before);
  });
});

describe('who may read reports, and bad input', () => {
  it('PPID Utama, administrators and auditors; others are refused', async () => {
    for (const user of ['ppid', 'admin', 'auditor']) expect((await json('/api/v1/reports/annual?year=2026', await t.login(user))).status).toBe(200);
    for (const user of ['pelaksana.dit', 'atasan']) expect((await json('/api/v1/reports/annual?year=2026', await t.login(user))).status).toBe(403);
    expect((await t.app.request('/api/v1/reports/annual?year=2026')).status).toBe(401);
  });

  it('unknown year, half, unit or format: 400 naming each field, in both languages', async () => {
    let r = await json('/api/v1/reports/annual?year=2031&unit=NOPE');
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fields).sort()).toEqual(['unit', 'year']);
    expect(r.body.error.fields.year).toMatch(/maksimal 2027/);
    expect(r.body.error.fields.unit).toMatch(/tidak dikenal/);
    r = await json('/api/v1/reports/annual?year=abc&format=xls');
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fields).sort()).toEqual(['format', 'year']);
    r = await json('/api/v1/reports/semester?year=2026&half=3');
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fields)).toEqual(['half']);
    r = await json('/api/v1/reports/annual');
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fields)).toEqual(['year']);
    const en = await t.app.request('/api/v1/reports/annual?year=2031', { headers: { Authorization: `Bearer ${auditor}`, 'Accept-Language': 'en' } });
    expect(((await en.json()) as { error: { fields: { year: string } } }).error.fields.year).toMatch(/at most 2027/);
  });
});
