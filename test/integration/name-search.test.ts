/**
 * Issue 18: officers search by the requester's name — those who may read personal data
 * (src/auth/personal-data.ts) — with case and diacritics ignored, whole words, on both backends;
 * anyone else finds nothing by a name (not an error that would tell a name exists). The search
 * index never holds a name in clear: keyed-hash tokens only (src/cases/name-tokens.ts).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres } from '../../db/dialect';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageLogin, textOf } from './officer-helpers';

let t: TestContext;
const filed: Record<string, { id: string; registrationNumber: string }> = {};

const person = (name: string) => ({ ...validFiling().requester, name, email: undefined, nik: undefined, passportNumber: 'C7654321' });

beforeAll(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
  let n = 0;
  const file = async (key: string, name: string, unit?: string) => {
    n += 1;
    const res = await t.api('POST', '/api/v1/requests', {
      body: validFiling({
        requester: person(name),
        deliveryMethod: 'pickup',
        information: `Laporan kegiatan nomor ${n} tahun 2025.`,
        ...(unit ? { unit } : {}),
      }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    filed[key] = res.body;
  };
  await file('elodie', 'Élodie Siregar');
  await file('nono', 'Ñoño Hutapea');
  await file('siti', 'Siti Nurhaliza');
  await file('riyadh', 'Siti Aminah', 'KBRI-RIYADH');
});
afterAll(async () => {
  await t.close();
});

const found = async (username: string, q: string) => {
  const res = await t.api('GET', `/api/v1/cases?q=${encodeURIComponent(q)}`, { token: await t.login(username) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as Array<{ registrationNumber: string }>).map((i) => i.registrationNumber).sort();
};
const numbers = (...keys: string[]) => keys.map((k) => filed[k]!.registrationNumber).sort();

describe('search by requester name', () => {
  it('finds the requester by any word of the name, whatever the case and the diacritics, for the PPID Utama', async () => {
    expect(await found('ppid', 'elodie')).toEqual(numbers('elodie'));
    expect(await found('ppid', 'ÉLODIE')).toEqual(numbers('elodie'));
    expect(await found('ppid', 'siregar élodie')).toEqual(numbers('elodie'));
    expect(await found('ppid', 'Nono')).toEqual(numbers('nono'));
    expect(await found('ppid', 'ñoño hutapea')).toEqual(numbers('nono'));
    expect(await found('ppid', 'SITI')).toEqual(numbers('siti', 'riyadh'));
    // Every word must be in one name; a word of the name and a word of the text are not mixed.
    expect(await found('ppid', 'siti siregar')).toEqual([]);
    expect(await found('ppid', 'siregar laporan')).toEqual([]);
    // Whole words only: a keyed hash has no prefixes.
    expect(await found('ppid', 'nurhal')).toEqual([]);
    // The text search still works beside it.
    expect(await found('ppid', 'kegiatan')).toEqual(numbers('elodie', 'nono', 'siti', 'riyadh'));
  });

  it("finds only within the unit's own cases for a PPID Pelaksana, and as the atasan PPID's role allows", async () => {
    expect(await found('pelaksana.kbri', 'siti')).toEqual(numbers('riyadh'));
    expect(await found('pelaksana.dit', 'siti')).toEqual([]);
  });

  it('finds nothing by a name for roles that may not read personal data, with the same answer as a word that is nowhere', async () => {
    for (const username of ['auditor', 'admin']) {
      const res = await t.api('GET', `/api/v1/cases?q=${encodeURIComponent('Élodie')}`, { token: await t.login(username) });
      if (res.status === 403) continue; // a role without the queue at all learns nothing either
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
      const nowhere = await t.api('GET', `/api/v1/cases?q=${encodeURIComponent('zzzyxw')}`, { token: await t.login(username) });
      expect({ ...res.body, items: [] }).toEqual({ ...nowhere.body, items: [] });
    }
    // The text is still searchable for them.
    expect((await t.api('GET', `/api/v1/cases?q=kegiatan`, { token: await t.login('auditor') })).body.items.length).toBe(4);
  });

  it('is offered on the queue page to officers, and the page lists the match', async () => {
    const ppid = await pageLogin(t, 'ppid');
    const page = await ppid.get(`/petugas?q=${encodeURIComponent('élodie')}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Cari teks permohonan, nomor pendaftaran, atau nama pemohon');
    expect(page.html).toContain(filed.elodie!.registrationNumber);
    expect(page.html).not.toContain(filed.nono!.registrationNumber);
  });

  it('keeps no name in clear in the search index', async () => {
    const words = ['elodie', 'siregar', 'nono', 'hutapea', 'nurhaliza', 'aminah'];
    let terms: string[];
    if (isPostgres(t.db)) {
      const rows = await sql<{ doc: string }>`select doc::text as doc from case_search`.execute(t.db);
      terms = rows.rows.flatMap((r) => [...r.doc.matchAll(/'([^']*)'/g)].map((m) => m[1]!));
    } else {
      await sql`create virtual table if not exists temp.case_search_terms using fts5vocab(main, 'case_search', 'row')`.execute(t.db);
      terms = (await sql<{ term: string }>`select term from temp.case_search_terms`.execute(t.db)).rows.map((r) => r.term);
    }
    expect(terms.length).toBeGreaterThan(20);
    for (const word of words)
      expect(
        terms.filter((term) => term.includes(word)),
        word,
      ).toEqual([]);
    // Each word of the names is there as a token of 80 bits: four names, seven distinct words.
    const nameTerms = terms.filter((term) => /^(n:)?n[0-9a-f]{20}$/.test(term));
    expect(new Set(nameTerms).size).toBe(7);
  });
});
