/**
 * A year of requests with known dates and outcomes, built through the real workflow (HTTP API,
 * the domain, a pinned clock moved from step to step), for the service report tests. Every
 * figure the tests expect is worked out by hand in the comments beside each case.
 *
 * 2026 on the national calendar (Asia/Jakarta). Holidays that matter: 1 Jan, 16 Jan, 16–17 Feb.
 */
import { expect } from 'vitest';
import { markOverdue } from '../../src/cases/sweeper';
import { consequenceTest, type TestContext, validFiling } from '../helpers/context';

/** The fixture's requesters: names, NIKs, e-mails, phones and addresses no report may show. */
export const FIXTURE_PEOPLE = [
  {
    name: 'Hendra Wijayakusuma',
    nik: '3171010101800001',
    email: 'hendra.wk@example.org',
    phone: '+62 811 1000 0001',
    address: 'Jl. Kenanga Rahasia 7, Bandung',
  },
  {
    name: 'Yayasan Cahaya Pustaka',
    legalEntityNumber: 'AHU-0099887.AH.01.04.2020',
    email: 'sekretariat@cahaya.example.org',
    phone: '+62 21 555 0102',
    address: 'Jl. Melati Tersembunyi 22, Depok',
  },
  {
    name: 'Kelompok Tani Sumber Rejeki',
    nik: '3301020202850002',
    email: 'tani.rejeki@example.org',
    phone: '+62 812 2000 0003',
    address: 'Dusun Sukamaju RT 03, Cilacap',
  },
  {
    name: 'Larasati Pramudyawardhani',
    nik: '3273030303900003',
    email: 'laras.p@example.org',
    phone: '+62 813 3000 0004',
    address: 'Perumahan Griya Asri Blok Q9, Bekasi',
  },
  {
    name: 'Oktaviano Simanjuntak',
    nik: '1271040404920004',
    email: 'okta.sim@example.org',
    phone: '+62 814 4000 0005',
    address: 'Jl. Sisingamangaraja 404, Medan',
  },
  {
    name: 'Puspita Anggraeni Kusumo',
    nik: '3374050505950005',
    email: 'puspita.ak@example.org',
    phone: '+62 815 5000 0006',
    address: 'Jl. Pandanaran Sunyi 55, Semarang',
  },
  {
    name: 'Hanafi Rustamadji',
    nik: '3578060606880006',
    email: 'hanafi.r@example.org',
    phone: '+62 816 6000 0007',
    address: 'Jl. Tunjungan Senyap 66, Surabaya',
  },
  {
    name: 'Gregorius Tahun Baru',
    nik: '5171070707910007',
    email: 'greg.tb@example.org',
    phone: '+62 817 7000 0008',
    address: 'Jl. Teuku Umar Barat 77, Denpasar',
  },
] as const;

type Receipt = { id: string; registrationNumber: string; trackingCode: string };

export interface Fixture {
  /** Cases by letter (see the comments in buildFixture). */
  cases: Record<string, Receipt>;
}

const enc = encodeURIComponent;

/**
 * Builds the fixture. Expected figures for 2026, whole body (PPID and AMEROP):
 * received 7 — H (Jan; filed 31 Dec 2025 17:30 UTC = 1 Jan 2026 00:30 WIB), A, B (Feb), C (Apr), D (Jul), E (Sep), F (Nov);
 * G (1 Jan 2027 00:30 WIB, though 31 Dec 2026 in UTC) counts in 2027.
 */
export async function buildFixture(t: Omit<TestContext, 'db'>): Promise<Fixture> {
  const at = (iso: string) => {
    t.clock.now = new Date(iso);
  };
  const cases: Record<string, Receipt> = {};
  const person = (i: number, type: 'individual' | 'legal_entity' | 'group') => {
    const p = FIXTURE_PEOPLE[i]!;
    return {
      type,
      name: p.name,
      ...('nik' in p ? { nik: p.nik } : {}),
      ...('legalEntityNumber' in p ? { legalEntityNumber: p.legalEntityNumber } : {}),
      email: p.email,
      phone: p.phone,
      address: p.address,
      occupation: 'Peneliti',
    };
  };
  const fileWeb = async (key: string, i: number, type: 'individual' | 'legal_entity' | 'group', unit: string) => {
    const res = await t.api('POST', '/api/v1/requests', { body: validFiling({ requester: person(i, type), unit }) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    cases[key] = res.body;
  };
  const fileByOfficer = async (key: string, i: number, type: 'individual' | 'legal_entity' | 'group', unit: string, channel: string) => {
    const token = await t.login('ppid');
    const res = await t.api('POST', '/api/v1/cases', {
      token,
      body: { ...validFiling({ requester: person(i, type), unit }), channel, receivedAt: t.clock.now.toISOString() },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    cases[key] = res.body;
  };
  const send = async (key: string, event: Record<string, unknown>, user = 'ppid') => {
    const token = await t.login(user);
    const current = await t.api('GET', `/api/v1/cases/${cases[key]!.id}`, { token });
    const res = await t.api('POST', `/api/v1/cases/${cases[key]!.id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
    expect(res.status, `${key} ${String(event.type)}: ${JSON.stringify(res.body)}`).toBe(200);
  };
  const object = async (key: string, grounds: string[]) => {
    const r = cases[key]!;
    const res = await t.api('POST', `/api/v1/requests/${enc(r.registrationNumber)}/objections?code=${r.trackingCode}`, {
      body: { grounds, reason: 'Alasan penolakan tidak sesuai dengan Pasal 17; informasi ini sudah dibahas terbuka.' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const act = async (objectionId: string, user: string, event: Record<string, unknown>) => {
    const token = await t.login(user);
    const current = await t.api('GET', `/api/v1/objections/${objectionId}`, { token });
    const res = await t.api('POST', `/api/v1/objections/${objectionId}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
    expect(res.status, `${String(event.type)}: ${JSON.stringify(res.body)}`).toBe(200);
  };

  // H: web, individual, PPID; 1 Jan 2026 00:30 WIB (a holiday: day 0 rolls to Fri 2 Jan).
  // Denied (a) on 9 Jan, objection 12 Jan, overturned 19 Jan (the request reopens), granted 22 Jan:
  // working days (2 Jan, 22 Jan] = 5 + 4 (16 Jan a holiday) + 4 = 13; on time (the reopened deadline).
  at('2025-12-31T17:30:00.000Z');
  await fileWeb('H', 7, 'individual', 'PPID');
  at('2026-01-09T03:00:00.000Z');
  await send('H', { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'a' }], consequenceTest });
  at('2026-01-12T03:00:00.000Z');
  const objectionH = await object('H', ['a']);
  at('2026-01-19T03:00:00.000Z');
  await act(objectionH, 'atasan', {
    type: 'DECIDE_OBJECTION',
    outcome: 'overturned',
    reasons: 'Uji konsekuensi tidak menunjukkan kerugian yang nyata bila informasi dibuka.',
    instruction: 'Berikan informasi yang dimohon kepada pemohon.',
  });
  at('2026-01-22T03:00:00.000Z');
  await send('H', { type: 'DECIDE', outcome: 'granted' });

  // A: web, individual, PPID; Mon 2 Feb; granted Thu 5 Feb: 3 working days, on time.
  at('2026-02-02T03:00:00.000Z');
  await fileWeb('A', 0, 'individual', 'PPID');
  at('2026-02-05T03:00:00.000Z');
  await send('A', { type: 'DECIDE', outcome: 'granted' });

  // B: letter, legal entity, PPID; Tue 3 Feb; denied (a, b) Fri 13 Feb: 8 working days, on time.
  // Objection 20 Feb, upheld 2 Mar; dispute filed 10 Mar, registered 12 Mar.
  at('2026-02-03T03:00:00.000Z');
  await fileByOfficer('B', 1, 'legal_entity', 'PPID', 'letter');
  at('2026-02-13T03:00:00.000Z');
  await send('B', { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'a' }, { letter: 'b' }], consequenceTest });
  at('2026-02-20T03:00:00.000Z');
  const objectionB = await object('B', ['a']);
  at('2026-03-02T03:00:00.000Z');
  await act(objectionB, 'atasan', {
    type: 'DECIDE_OBJECTION',
    outcome: 'upheld',
    reasons: 'Uji konsekuensi menunjukkan kerugian nyata bagi pertahanan negara bila dibuka.',
  });
  at('2026-03-11T03:00:00.000Z');
  await act(objectionB, 'ppid', {
    type: 'RECORD_DISPUTE',
    commission: 'Komisi Informasi Pusat',
    registrationNumber: '031/III/KIP-PS/2026',
    filedOn: '2026-03-10',
  });
  at('2026-03-13T03:00:00.000Z');
  await act(objectionB, 'ppid', { type: 'RECORD_DISPUTE_STAGE', stage: 'registered', on: '2026-03-12' });

  // C: web, group, PPID; Mon 6 Apr; extended 15 Apr; partly granted (c) Fri 24 Apr: 14 working days,
  // on time (extended due 29 Apr).
  at('2026-04-06T03:00:00.000Z');
  await fileWeb('C', 2, 'group', 'PPID');
  at('2026-04-15T03:00:00.000Z');
  await send('C', { type: 'EXTEND', reason: 'Dokumen tersebar di beberapa satuan kerja dan perlu dihimpun.' });
  at('2026-04-24T03:00:00.000Z');
  await send('C', {
    type: 'DECIDE',
    outcome: 'partially_granted',
    exemptions: [{ letter: 'c' }],
    consequenceTest,
    redactions: 'Nama dan nomor kontak pejabat penghubung dihitamkan.',
  });

  // D: phone, individual, AMEROP; Wed 1 Jul; overdue after 15 Jul; not held, Mon 20 Jul: 13 working days, late.
  // Objection 22 Jul, not yet answered.
  at('2026-07-01T03:00:00.000Z');
  await fileByOfficer('D', 3, 'individual', 'AMEROP', 'phone');
  at('2026-07-16T03:00:00.000Z');
  await markOverdue(t.deps);
  at('2026-07-20T03:00:00.000Z');
  await send('D', { type: 'DECIDE', outcome: 'not_held', holder: 'Kementerian Perdagangan' });
  at('2026-07-22T03:00:00.000Z');
  await object('D', ['a']);

  // E: web, individual, PPID; Tue 1 Sep; still open, overdue since 16 Sep.
  at('2026-09-01T03:00:00.000Z');
  await fileWeb('E', 4, 'individual', 'PPID');
  at('2026-09-16T03:00:00.000Z');
  await markOverdue(t.deps);

  // F: web, individual, AMEROP; Mon 2 Nov; still open, within its deadline.
  at('2026-11-02T03:00:00.000Z');
  await fileWeb('F', 5, 'individual', 'AMEROP');

  // G: web, individual, PPID; 31 Dec 2026 17:30 UTC = 1 Jan 2027 00:30 WIB: a 2027 request.
  at('2026-12-31T17:30:00.000Z');
  await fileWeb('G', 6, 'individual', 'PPID');

  at('2027-01-04T03:00:00.000Z');
  return { cases };
}
