/**
 * The satisfaction survey (survei kepuasan, issue 18): optional and anonymous, once per closed
 * request, through the API (with the tracking code) and the page (from the tracking page and from
 * the closing e-mail); its index in the annual report (JSON, CSV, PDF) and the public statistics.
 */
import * as mupdf from 'mupdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageClient, textOf } from './officer-helpers';

let t: TestContext;
let ppid: string;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
  ppid = await t.login('ppid');
});
afterEach(async () => {
  await t.close();
});

const survey = (number: string, code: string) => `/api/v1/requests/${encodeURIComponent(number)}/survey?code=${encodeURIComponent(code)}`;
const good = { procedure: 4, time: 3, result: 4, conduct: 4, facilities: 3 };

async function file() {
  return (await t.api('POST', '/api/v1/requests', { body: validFiling() })).body as { id: string; registrationNumber: string; trackingCode: string };
}

async function close(id: string) {
  let version = 1;
  for (const body of [{ type: 'DECIDE', outcome: 'granted' }, { type: 'DELIVER', method: 'email' }, { type: 'CLOSE' }]) {
    const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token: ppid, body: { ...body, expectedVersion: version } });
    expect(res.status).toBe(200);
    version = res.body.version;
  }
}

const surveyRows = async () => ({
  tallies: await t.deps.db.selectFrom('survey_tallies').selectAll().orderBy('element').orderBy('score').execute(),
  markers: await t.deps.db.selectFrom('survey_markers').selectAll().execute(),
});

describe('the satisfaction survey through the API', () => {
  it('opens when the request is closed, counts one anonymous answer, and refuses bad input and a second answer with nothing written', async () => {
    const r = await file();
    // Not closed yet: the state says so, and an answer is a field error in both languages; nothing written.
    expect((await t.api('GET', survey(r.registrationNumber, r.trackingCode))).body).toMatchObject({ state: 'not_closed' });
    for (const [lang, words] of [
      ['id', /setelah permohonan ini selesai/],
      ['en', /once this request is closed/],
    ] as const) {
      const res = await t.api('POST', survey(r.registrationNumber, r.trackingCode), { body: good, lang });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.number).toMatch(words);
    }
    expect(await surveyRows()).toEqual({ tallies: [], markers: [] });

    await close(r.id);
    const asked = await t.api('GET', survey(r.registrationNumber, r.trackingCode), { lang: 'en' });
    expect(asked.body.state).toBe('open');
    expect(asked.body.questions.map((q: { element: string }) => q.element)).toEqual(['procedure', 'time', 'result', 'conduct', 'facilities']);
    expect(asked.body.questions[0].scores.map((s: { score: number }) => s.score)).toEqual([1, 2, 3, 4]);

    // Out of range, not a whole number, missing: every field named, in both languages; nothing written.
    for (const [lang, words] of [
      ['id', /Wajib diisi/],
      ['en', /required/],
    ] as const) {
      const res = await t.api('POST', survey(r.registrationNumber, r.trackingCode), { body: { procedure: 0, time: 5, result: 2.5, conduct: '3' }, lang });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['conduct', 'facilities', 'procedure', 'result', 'time']);
      expect(res.body.error.fields.facilities).toMatch(words);
    }
    expect((await t.api('POST', survey(r.registrationNumber, 'SALAH-KODE'), { body: good })).status).toBe(404);
    expect(await surveyRows()).toEqual({ tallies: [], markers: [] });

    const res = await t.api('POST', survey(r.registrationNumber, r.trackingCode), { body: good });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ recorded: true });
    const after = await surveyRows();
    // Anonymous: counters by unit, year, half, element and score, and a one-way marker — nothing names the case or the requester.
    expect(after.tallies).toEqual([
      { unit_code: 'PPID', year: 2026, half: 2, element: 'conduct', score: 4, n: 1 },
      { unit_code: 'PPID', year: 2026, half: 2, element: 'facilities', score: 3, n: 1 },
      { unit_code: 'PPID', year: 2026, half: 2, element: 'procedure', score: 4, n: 1 },
      { unit_code: 'PPID', year: 2026, half: 2, element: 'result', score: 4, n: 1 },
      { unit_code: 'PPID', year: 2026, half: 2, element: 'time', score: 3, n: 1 },
    ]);
    expect(after.markers).toHaveLength(1);
    const requester = await t.deps.db.selectFrom('cases').select(['requester_id']).where('id', '=', r.id).executeTakeFirstOrThrow();
    const stored = JSON.stringify(after);
    for (const linkable of [r.id, r.registrationNumber, requester.requester_id, validFiling().requester.name, validFiling().requester.email, r.trackingCode]) {
      expect(stored).not.toContain(linkable);
    }
    expect(Object.keys(after.tallies[0]!).sort()).toEqual(['element', 'half', 'n', 'score', 'unit_code', 'year']);
    expect(Object.keys(after.markers[0]!)).toEqual(['marker']);
    // No audit event carries the answer either.
    const audited = JSON.stringify(await t.deps.db.selectFrom('audit_events').selectAll().execute());
    expect(audited).not.toMatch(/survey/i);

    // A second answer for the same request: refused, in both languages, the counters unchanged.
    for (const [lang, words] of [
      ['id', /sudah diisi/],
      ['en', /already been answered/],
    ] as const) {
      const again = await t.api('POST', survey(r.registrationNumber, r.trackingCode), { body: { ...good, procedure: 1 }, lang });
      expect(again.status).toBe(400);
      expect(again.body.error.fields.number).toMatch(words);
    }
    expect(await surveyRows()).toEqual(after);
    expect((await t.api('GET', survey(r.registrationNumber, r.trackingCode))).body.state).toBe('answered');
  });

  it('is offered in the closing e-mail, with a link that works in a mail client', async () => {
    const r = await file();
    await close(r.id);
    const mail = await t.deps.db
      .selectFrom('outbox')
      .selectAll()
      .where('case_id', '=', r.id)
      .where('template', '=', 'request_closed')
      .executeTakeFirstOrThrow();
    const url = /https?:\/\/\S+\/lacak\/survei\?nomor=\S+/.exec(mail.body_text)?.[0] ?? '';
    expect(decodeURIComponent(url)).toContain(`/lacak/survei?nomor=${r.registrationNumber}`);
    expect(mail.body_text).toMatch(/survei kepuasan/);
  });
});

describe('the survey index in reports', () => {
  it('reports answers, element means, the index (mean × 25) and its letter per unit in JSON, CSV and PDF, and publishes it from 5 answers', async () => {
    const answers = [good, { procedure: 2, time: 2, result: 2, conduct: 2, facilities: 2 }];
    for (const a of answers) {
      const r = await file();
      await close(r.id);
      expect((await t.api('POST', survey(r.registrationNumber, r.trackingCode), { body: a })).status).toBe(201);
    }
    const auditor = await t.login('auditor');
    const report = await t.api('GET', '/api/v1/reports/annual?year=2026', { token: auditor });
    expect(report.status).toBe(200);
    // Means: procedure 3, time 2.5, result 3, conduct 3, facilities 2.5 → 2.8 × 25 = 70.00 → C (65.00–76.60).
    expect(report.body.satisfaction).toEqual({
      responses: 2,
      elements: { procedure: 3, time: 2.5, result: 3, conduct: 3, facilities: 2.5 },
      index: 70,
      grade: 'C',
      units: [expect.objectContaining({ code: 'PPID', responses: 2, index: 70, grade: 'C' })],
    });
    // A unit with no answers, and the first half: none.
    const h1 = await t.api('GET', '/api/v1/reports/semester?year=2026&half=1', { token: auditor });
    expect(h1.body.satisfaction).toMatchObject({ responses: 0, index: null, grade: null, units: [] });

    const csv = await (await t.app.request('/api/v1/reports/annual?year=2026&format=csv', { headers: { Authorization: `Bearer ${auditor}` } })).text();
    expect(csv).toContain('"satisfaction.responses","2"');
    expect(csv).toContain('"satisfaction.index","70"');
    expect(csv).toContain('"satisfaction.grade","C"');
    expect(csv).toContain('"satisfaction.units.PPID.index","70"');

    for (const [lang, words] of [
      ['id', ['Indeks kepuasan masyarakat (IKM)', 'Indeks (0–100) 70,00', 'C (Kurang baik)']],
      ['en', ['Satisfaction index (IKM)', 'Index (0–100) 70.00', 'C (Fair)']],
    ] as const) {
      const res = await t.app.request('/api/v1/reports/annual?year=2026&format=pdf', {
        headers: { Authorization: `Bearer ${auditor}`, 'Accept-Language': lang },
      });
      const doc = mupdf.Document.openDocument(new Uint8Array(await res.arrayBuffer()), 'application/pdf');
      let text = '';
      for (let i = 0; i < doc.countPages(); i++) text += `${doc.loadPage(i).toStructuredText('preserve-whitespace').asText()}\n`;
      text = text.replace(/\s+/g, ' ');
      for (const w of words) expect(text).toContain(w);
    }

    // Public statistics: with fewer than 5 answers the index is withheld (no one's answers can be recognised).
    let stats = await t.api('GET', '/api/v1/statistics?year=2026');
    expect(stats.body.satisfaction).toEqual({ responses: 2, index: null, grade: null, minResponses: 5 });
    for (let i = 0; i < 3; i++) {
      const r = await file();
      await close(r.id);
      await t.api('POST', survey(r.registrationNumber, r.trackingCode), { body: { procedure: 4, time: 4, result: 4, conduct: 4, facilities: 4 } });
    }
    stats = await t.api('GET', '/api/v1/statistics?year=2026');
    // 5 answers: element means 3.6, 3.4, 3.6, 3.6, 3.4 → 3.52 × 25 = 88.00 → B (76.61–88.30).
    expect(stats.body.satisfaction).toEqual({ responses: 5, index: 88, grade: 'B', minResponses: 5 });
    const page = textOf(await (await t.app.request('/statistik?tahun=2026')).text());
    expect(page).toContain('Indeks kepuasan masyarakat (IKM)');
    expect(page).toMatch(/88,00/);
  });
});

describe('the survey pages', () => {
  it('from the tracking page of a closed request: answered once, without retyping the code; bad input shown beside each question', async () => {
    const r = await file();
    const browser = pageClient(t);
    await browser.get('/lacak');
    let res = await browser.post('/lacak', { nomor: r.registrationNumber, kode: r.trackingCode });
    expect(res.status).toBe(303);
    res = await browser.get(`/lacak?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(res.html).not.toContain('data-testid="survey-invite"');

    await close(r.id);
    res = await browser.get(`/lacak?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(res.html).toContain('data-testid="survey-invite"');
    expect(res.html).toContain(`href="/lacak/survei?nomor=${encodeURIComponent(r.registrationNumber)}"`);

    res = await browser.get(`/lacak/survei?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(res.status).toBe(200);
    expect(res.html).not.toContain('name="kode"');
    expect(textOf(res.html)).toContain('Bagaimana kemudahan prosedur permohonan informasi?');

    res = await browser.post('/lacak/survei', { nomor: r.registrationNumber, procedure: '4', time: '9' });
    expect(res.status).toBe(400);
    expect(res.html).toContain('class="error-summary"');
    expect(res.html).toMatch(/id="f-time-error"/);
    expect(res.html).toMatch(/id="f-result-error"/);
    expect(res.html).toMatch(/value="4" id="f-procedure-4" checked/);
    expect((await surveyRows()).tallies).toEqual([]);

    res = await browser.post('/lacak/survei', { nomor: r.registrationNumber, procedure: '4', time: '3', result: '4', conduct: '4', facilities: '3' });
    expect(res.status).toBe(201);
    expect(textOf(res.html)).toContain('Jawaban Anda telah dicatat tanpa identitas Anda');
    expect((await surveyRows()).tallies).toHaveLength(5);

    res = await browser.get(`/lacak?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(textOf(res.html)).toContain('Anda sudah mengisi survei kepuasan untuk permohonan ini');
    res = await browser.get(`/lacak/survei?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(res.html).not.toContain('<form method="post" action="/lacak/survei"');
  });

  it('from the closing e-mail: the code is asked with the answers; a wrong code, an open request and a second answer are field errors', async () => {
    const r = await file();
    const browser = pageClient(t);
    const form = { procedure: '3', time: '3', result: '3', conduct: '3', facilities: '3' };
    let res = await browser.get(`/lacak/survei?nomor=${encodeURIComponent(r.registrationNumber)}`);
    expect(res.html).toContain('name="kode"');
    res = await browser.post('/lacak/survei', { nomor: r.registrationNumber, kode: r.trackingCode, ...form });
    expect(res.status).toBe(400);
    expect(textOf(res.html)).toContain('Survei kepuasan baru dapat diisi setelah permohonan ini selesai');
    await close(r.id);
    res = await browser.post('/lacak/survei', { nomor: r.registrationNumber, kode: 'SALAH', ...form });
    expect(res.status).toBe(400);
    expect(res.html).toMatch(/id="f-kode-error"/);
    res = await browser.post('/lacak/survei', { nomor: r.registrationNumber, kode: r.trackingCode, ...form });
    expect(res.status).toBe(201);
    res = await browser.post('/lacak/survei', { nomor: r.registrationNumber, kode: r.trackingCode, ...form });
    expect(res.status).toBe(400);
    expect(textOf(res.html)).toContain('sudah diisi');
    expect((await surveyRows()).tallies.every((x) => x.n === 1)).toBe(true);
    // A forged form (no token) is refused.
    expect((await browser.post('/lacak/survei', { nomor: r.registrationNumber, kode: r.trackingCode, ...form, _csrf: 'x' })).status).toBe(403);
  });
});
