/**
 * The auditor's workspace pages: the home lists what the role may open (from one list), the report
 * page picks year, half and unit and links one-click downloads that answer, and the PPID Utama
 * writes the narrative that the report then carries. Real app, real database, pages over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE } from '../../src/routes/web/auditor/links';
import { makeContext, type TestContext } from '../helpers/context';
import { pageLogin, textOf } from './officer-helpers';
import { FIXTURE_PEOPLE, buildFixture } from './report-fixture';

let t: TestContext;
beforeAll(async () => {
  t = await makeContext({ now: '2025-12-01T03:00:00.000Z' });
  await buildFixture(t);
}, 120_000);
afterAll(async () => {
  await t.close();
});

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the auditor workspace', () => {
  it('the home lists the registers, reports and integrity pages, from the one list; the nav links to it', async () => {
    const page = await pageLogin(t, 'auditor');
    const home = await page.get('/auditor');
    expect(home.status).toBe(200);
    const links = hrefs(home.html);
    const listed = WORKSPACE.flatMap((s) => s.links.map((l) => l.href));
    for (const href of listed) expect(links).toContain(href);
    expect(links).toEqual(
      expect.arrayContaining([
        '/auditor/register/permohonan',
        '/auditor/register/keberatan',
        '/auditor/laporan',
        '/auditor/jejak-audit',
        '/auditor/checkpoint',
        '/auditor/bundel',
      ]),
    );
    expect(home.html).toMatch(/<a href="\/auditor" aria-current="page">Audit dan laporan<\/a>/);
    // The PPID Utama sees reports and registers but not the integrity pages kept for auditors.
    const ppid = await pageLogin(t, 'ppid');
    const ppidLinks = hrefs((await ppid.get('/auditor')).html);
    expect(ppidLinks).toContain('/auditor/laporan');
    expect(ppidLinks).not.toContain('/auditor/bundel');
  });

  it('other roles are refused; without a session, the login page and back', async () => {
    const pelaksana = await pageLogin(t, 'pelaksana.dit');
    expect((await pelaksana.get('/auditor')).status).toBe(403);
    expect((await pelaksana.get('/auditor/laporan')).status).toBe(403);
    const res = await t.app.request('http://localhost/auditor/laporan?tahun=2026');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/petugas/masuk?next=%2Fauditor%2Flaporan%3Ftahun%3D2026');
  });

  it('the report page: pickers, main figures, and downloads that answer in each format', async () => {
    const page = await pageLogin(t, 'auditor');
    const res = await page.get('/auditor/laporan?tahun=2026&semester=1&unit=PPID');
    expect(res.status).toBe(200);
    expect(res.html).toMatch(/<select id="f-tahun" name="tahun"/);
    expect(res.html).toMatch(/<option value="1" selected/);
    expect(res.html).toMatch(/data-testid="report-received">4</);
    const downloads = hrefs(res.html).filter((h) => h.startsWith('/api/v1/reports/'));
    expect(downloads).toEqual([
      '/api/v1/reports/semester?year=2026&half=1&unit=PPID&format=pdf',
      '/api/v1/reports/semester?year=2026&half=1&unit=PPID&format=csv',
      '/api/v1/reports/semester?year=2026&half=1&unit=PPID&format=json',
    ]);
    for (const href of downloads) {
      const r = await t.app.request(`http://localhost${href}`, { headers: { Cookie: [...page.jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      expect(r.status, href).toBe(200);
      const body = new TextDecoder().decode(await r.arrayBuffer());
      for (const p of FIXTURE_PEOPLE) expect(body).not.toContain(p.name);
    }
    // An auditor reads the narrative but does not get the link to write it.
    expect(hrefs(res.html).some((h) => h.startsWith('/auditor/laporan/narasi'))).toBe(false);
    expect((await page.get('/auditor/laporan/narasi?tahun=2026')).status).toBe(403);
    // A year past the current one is refused with the reason.
    const bad = await page.get('/auditor/laporan?tahun=2031');
    expect(bad.status).toBe(400);
    expect(textOf(bad.html)).toMatch(/maksimal 2027/);
  });

  it('the PPID Utama writes the narrative; the report carries it; every save is on the audit trail', async () => {
    const page = await pageLogin(t, 'ppid');
    const form = await page.get('/auditor/laporan/narasi?tahun=2026');
    expect(form.status).toBe(200);
    expect(form.html).toMatch(/<textarea id="f-policy" name="policy"/);
    const saved = await page.post('/auditor/laporan/narasi?tahun=2026', {
      policy: 'Layanan satu pintu melalui PPID Utama dan PPID Pelaksana.',
      facilities: 'Ruang layanan informasi dengan akses kursi roda.',
      staff: '',
      budget: '',
      obstacles: '',
      recommendations: 'Pelatihan uji konsekuensi bagi PPID Pelaksana.',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/auditor/laporan?tahun=2026&disimpan=1');
    const after = await page.get(saved.location!);
    expect(textOf(after.html)).toMatch(/3 dari 6 bagian narasi tahun 2026 sudah diisi/);
    const auditor = await t.login('auditor');
    const report = await t.api('GET', '/api/v1/reports/annual?year=2026', { token: auditor });
    expect(report.body.narrative).toMatchObject({ policy: 'Layanan satu pintu melalui PPID Utama dan PPID Pelaksana.', staff: '' });
    const audit = await t.deps.db.selectFrom('audit_events').select(['event', 'data']).where('event', '=', 'REPORT_NARRATIVE_SAVED').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toEqual({ year: 2026, sections: ['policy', 'facilities', 'recommendations'] });
    // Without the session's form token, nothing is saved.
    const forged = await page.post('/auditor/laporan/narasi?tahun=2026', { _csrf: 'nope', policy: 'x' });
    expect(forged.status).toBe(403);
    expect((await t.api('GET', '/api/v1/reports/annual?year=2026', { token: auditor })).body.narrative.policy).toBe(
      'Layanan satu pintu melalui PPID Utama dan PPID Pelaksana.',
    );
  });
});
