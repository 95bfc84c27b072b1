/**
 * A lived-in demo (issue 11, item 8): about a year of history for the demo body, so that registers,
 * reports and charts have something to show. Every request goes through the real workflow — filed
 * with `fileRequest`, moved with `applyEvent` and `applyObjectionEvent` — with the clock moved to
 * each step's instant, in the order the steps happened (one timeline for all cases, so the audit
 * trail and the registration numbers run in time order). Outcomes of every kind, clarifications,
 * extensions, late answers marked overdue by the system, objections upheld, overturned (the
 * request reopened and answered again) and settled, and disputes stopped at several stages.
 *
 * Deterministic: a fixed-seed PRNG chooses everything, relative to the instant it ends at. Only
 * `npm start` in demo mode seeds it (db/seed/demo-cases.ts), never the tests' template database.
 */
import { DomainError } from '../../src/cases/errors';
import { applyEvent } from '../../src/cases/apply-event';
import { fileRequest } from '../../src/cases/file-request';
import type { Filing } from '../../src/cases/filing.schema';
import type { Deps } from '../../src/deps';
import { applyObjectionEvent } from '../../src/objections/apply-objection-event';
import { fileObjection } from '../../src/objections/file-objection';
import type { Actor, Outcome } from '../../workflows/request.events';
import { isMission, units } from './units';

/** mulberry32: a small, fast PRNG with a fixed seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    weighted: <T>(xs: ReadonlyArray<readonly [T, number]>): T => {
      const total = xs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [x, w] of xs) if ((r -= w) < 0) return x;
      return xs.at(-1)![0];
    },
  };
}
type Rng = ReturnType<typeof prng>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gilang',
  'Hana',
  'Indra',
  'Joko',
  'Kartika',
  'Lukman',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rizky',
  'Sari',
  'Taufik',
  'Utami',
  'Wahyu',
  'Yusuf',
  'Zahra',
  'Agus',
  'Bayu',
  'Dian',
  'Fajar',
  'Galih',
  'Intan',
  'Laras',
];
const LAST = [
  'Pratama',
  'Santoso',
  'Wijaya',
  'Lestari',
  'Saputra',
  'Hidayat',
  'Nugroho',
  'Kurniawan',
  'Rahmawati',
  'Siregar',
  'Harahap',
  'Situmorang',
  'Pangaribuan',
  'Wibowo',
  'Susanto',
  'Halim',
  'Tanjung',
  'Nasution',
  'Purba',
  'Setiawan',
];
const CITIES = ['Jakarta Pusat', 'Bandung', 'Surabaya', 'Yogyakarta', 'Medan', 'Makassar', 'Semarang', 'Denpasar', 'Padang', 'Pontianak', 'Manado', 'Kupang'];
const STREETS = ['Jl. Merdeka', 'Jl. Sudirman', 'Jl. Diponegoro', 'Jl. Gajah Mada', 'Jl. Ahmad Yani', 'Jl. Pemuda', 'Jl. Asia Afrika', 'Jl. Veteran'];
const OCCUPATIONS = ['Mahasiswa', 'Peneliti', 'Wartawan', 'Dosen', 'Pegawai swasta', 'Advokat', 'Wiraswasta', 'Pekerja migran', 'Aktivis LSM', null];
const ENTITIES = [
  'Yayasan Lembaga Bantuan Hukum',
  'Perkumpulan Jurnalis Independen',
  'Lembaga Kajian Kebijakan Publik',
  'Yayasan Pemantau Anggaran',
  'Koalisi Masyarakat Sipil',
  'Pusat Studi Hubungan Internasional',
];
const TOPICS = [
  'Daftar perjanjian internasional yang ditandatangani pada tahun {y} beserta status ratifikasinya.',
  'Jumlah layanan perlindungan WNI yang ditangani perwakilan selama {y}, per jenis kasus.',
  'Anggaran dan realisasi belanja perjalanan dinas luar negeri tahun anggaran {y}.',
  'Salinan notulen rapat koordinasi penanganan pekerja migran bermasalah tahun {y}.',
  'Data penerbitan paspor dan SPLP oleh perwakilan pada tahun {y}.',
  'Laporan kegiatan promosi ekonomi dan investasi perwakilan tahun {y}.',
  'Daftar beasiswa pemerintah asing yang disalurkan melalui Kementerian tahun {y}.',
  'Dokumen posisi runding Indonesia dalam perundingan perdagangan bebas tahun {y}.',
  'Salinan kontrak pengadaan sistem informasi konsuler tahun {y}.',
  'Jumlah dan asal permohonan visa diplomatik yang diproses pada tahun {y}.',
  'Rencana strategis dan laporan kinerja instansi pemerintah tahun {y}.',
  'Data evakuasi WNI dari wilayah konflik pada tahun {y}.',
];
const PURPOSES = [
  'Penelitian skripsi.',
  'Bahan pemberitaan.',
  'Kajian kebijakan publik.',
  'Advokasi pekerja migran.',
  'Bahan tesis magister.',
  'Pengawasan anggaran oleh masyarakat.',
  'Keperluan pribadi.',
];

interface Person {
  requester: Filing['requester'];
}

function people(r: Rng, n: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r.weighted([
      ['nik', 78],
      ['passport', 12],
      ['entity', 10],
    ] as const);
    const city = r.pick(CITIES);
    const address = `${r.pick(STREETS)} No. ${r.int(1, 200)}, ${city}`;
    if (kind === 'entity') {
      const name = `${r.pick(ENTITIES)} ${city}`;
      out.push({
        requester: {
          type: 'legal_entity',
          name,
          legalEntityNumber: `AHU-${String(r.int(1, 9_999_999)).padStart(7, '0')}.AH.01.04.${r.int(2005, 2024)}`,
          email: `sekretariat${i}@lembaga.example.org`,
          address,
        },
      });
      continue;
    }
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    const handle = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}${i}`;
    const contact = r.chance(0.8) ? { email: `${handle}@example.org` } : { phone: `+62 8${r.int(11, 59)} ${r.int(1000, 9999)} ${r.int(1000, 9999)}` };
    const occupation = r.pick(OCCUPATIONS);
    out.push({
      requester: {
        type: 'individual',
        name,
        ...(kind === 'nik' ? { nik: `${r.int(11, 94)}${String(r.int(0, 9_999_999_999)).padStart(10, '0')}${String(r.int(0, 9999)).padStart(4, '0')}` } : {}),
        ...(kind === 'passport' ? { passportNumber: `${r.pick(['A', 'B', 'C', 'X'])}${r.int(1_000_000, 9_999_999)}` } : {}),
        ...contact,
        address,
        ...(occupation ? { occupation } : {}),
      },
    });
  }
  return out;
}

type Step = { at: number; run: () => Promise<void> };

interface Actors {
  ppid: Actor;
  atasan: Actor;
  pelaksana: Map<string, Actor>;
}
const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };
const REQUESTER: Actor = { kind: 'requester', id: null, role: 'requester', unit: null };

/** The next office-hours instant (Jakarta 08:00–15:30, Monday–Friday) at or after `t`, with a little jitter. */
function officeTime(t: number, r: Rng): number {
  let d = new Date(t);
  for (let i = 0; i < 10; i++) {
    const dow = d.getUTCDay();
    const h = d.getUTCHours();
    if (dow === 0 || dow === 6) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + (dow === 6 ? 2 : 1), 1, r.int(0, 59)));
    else if (h < 1) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 1, r.int(0, 59)));
    else if (h >= 8) d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1, 1, r.int(0, 59)));
    else break;
  }
  return d.getTime();
}

const decisions: Record<Outcome, (r: Rng) => Record<string, unknown>> = {
  granted: (r) => ({ outcome: 'granted', ...(r.chance(0.3) ? { fees: { copying: r.int(1, 40) * 500, payment: 'Transfer bank' } } : {}) }),
  partially_granted: (r) => ({
    outcome: 'partially_granted',
    exemptions: [{ letter: r.pick(['h', 'f', 'i']) }],
    redactions: 'Nama dan nomor identitas pihak ketiga dihitamkan.',
    consequenceTest: {
      harm: 'Membuka bagian ini mengungkap data pribadi pihak ketiga yang dilindungi undang-undang.',
      publicInterest: 'Kepentingan publik terpenuhi oleh bagian lain dokumen yang dibuka.',
    },
  }),
  denied: (r) => ({
    outcome: 'denied',
    exemptions: [{ letter: r.pick(['f', 'f', 'c', 'i', 'b']) }],
    consequenceTest: {
      harm: 'Membuka informasi ini merugikan kepentingan hubungan luar negeri selama perundingan berjalan.',
      publicInterest: 'Kepentingan publik untuk mengetahui lebih kecil daripada kerugian yang timbul.',
      period: 'Selama perundingan berlangsung',
      publicTitle: 'Posisi runding dalam perundingan bilateral yang sedang berlangsung',
    },
  }),
  not_held: (r) => ({
    outcome: 'not_held',
    ...(r.chance(0.7) ? { holder: r.pick(['Kementerian Perdagangan', 'Badan Pelindungan Pekerja Migran Indonesia', 'Kementerian Keuangan']) } : {}),
  }),
  not_yet_documented: () => ({ outcome: 'not_yet_documented', note: 'Dokumen masih disusun dan belum ditetapkan.' }),
};

export interface HistoryOptions {
  /** How many requests (default 1500). */
  requests?: number;
  /** The history ends at this instant (default: the clock, less two days). */
  endAt?: Date;
  /** Days of history before `endAt` (default 365). */
  days?: number;
  seed?: number;
  /** Told the share of requests filed so far, every tenth. */
  onProgress?: (share: number) => void;
}

export interface HistorySummary {
  requests: number;
  objections: number;
  disputes: number;
  steps: number;
  refused: number;
  ms: number;
}

/** Seeds the history through the real workflow; `deps.clock` is left as it was. */
export async function seedDemoHistory(deps: Deps, options: HistoryOptions = {}): Promise<HistorySummary> {
  const started = performance.now();
  const r = prng(options.seed ?? 20_261_127);
  const end = (options.endAt ?? new Date(deps.clock().getTime() - 2 * DAY)).getTime();
  const start = end - (options.days ?? 365) * DAY;
  const n = options.requests ?? 1500;
  const sim = { now: start };
  const d: Deps = { ...deps, clock: () => new Date(sim.now) };

  const user = async (username: string) => deps.db.selectFrom('users').select(['id', 'role', 'unit_code']).where('username', '=', username).executeTakeFirst();
  const asActor = (u: { id: string; role: string; unit_code: string | null }): Actor => ({
    kind: 'user',
    id: u.id,
    role: u.role as Actor['role'],
    unit: u.unit_code,
  });
  const ppidUser = await user('ppid');
  const atasanUser = await user('atasan');
  if (!ppidUser || !atasanUser) throw new Error('demo history needs the demo accounts (ppid, atasan)');
  const actors: Actors = { ppid: asActor(ppidUser), atasan: asActor(atasanUser), pelaksana: new Map() };
  for (const name of ['pelaksana.dit', 'pelaksana.kbri']) {
    const u = await user(name);
    if (u?.unit_code) actors.pelaksana.set(u.unit_code, asActor(u));
  }
  const assignable = [...actors.pelaksana.keys()];

  const home = units.filter((u) => !isMission(u.kind)).map((u) => u.code);
  const ppidUnits = new Set(units.filter((u) => u.kind === 'ppid_utama').map((u) => u.code));
  const missions = units.filter((u) => isMission(u.kind)).map((u) => u.code);
  const someMissions = ['KBRI-RIYADH', ...[...missions].sort().filter((_, i) => i % Math.max(1, Math.floor(missions.length / 10)) === 0)].filter(
    (c, i, all) => missions.includes(c) && all.indexOf(c) === i,
  );
  const pool = people(r, Math.max(50, Math.round(n / 3)));

  const summary: HistorySummary = { requests: 0, objections: 0, disputes: 0, steps: 0, refused: 0, ms: 0 };
  const version = async (id: string) => (await deps.db.selectFrom('cases').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const objectionVersion = async (id: string) =>
    (await deps.db.selectFrom('objections').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const event = async (id: string, type: string, payload: Record<string, unknown>, actor: Actor) =>
    applyEvent(d, id, { type: type as never, expectedVersion: await version(id), payload }, actor);
  const objectionEvent = async (id: string, type: string, payload: Record<string, unknown>, actor: Actor) =>
    applyObjectionEvent(d, id, { type: type as never, expectedVersion: await objectionVersion(id), payload }, actor);
  const localDate = (t: number) => new Date(t + 7 * HOUR).toISOString().slice(0, 10);

  /** One request's life, a step at a time; each step's instant may depend on what the last one returned. */
  function* life(i: number): Generator<Step, void, void> {
    const unit = r.weighted([
      ['PPID', 50],
      ['home', 25],
      ['mission', 25],
    ] as const);
    const receivedUnit = unit === 'PPID' ? 'PPID' : unit === 'home' ? r.pick(home) : r.pick(someMissions);
    const person = r.pick(pool);
    const receivedAt = unit === 'mission' ? start + ((end - start) * i) / n + r.int(0, 20) * HOUR : officeTime(start + ((end - start) * i) / n, r);
    const channel = r.weighted([
      ['web', 70],
      ['email', 12],
      ['walk_in', 8],
      ['letter', 7],
      ['phone', 3],
    ] as const);
    const obtain = r.weighted([
      ['copy_soft', 70],
      ['copy_hard', 18],
      ['view', 12],
    ] as const);
    const filing = {
      requester: person.requester,
      information: r.pick(TOPICS).replace('{y}', String(new Date(receivedAt).getUTCFullYear() - r.int(0, 2))),
      purpose: r.pick(PURPOSES),
      obtainMethod: obtain,
      deliveryMethod: person.requester.email ? 'email' : 'pickup',
      unit: receivedUnit,
    } as Filing;
    let id = '';
    let dueAt = 0;
    yield {
      at: receivedAt,
      run: async () => {
        const receipt = await fileRequest(d, filing, {
          channel,
          receivedAt: new Date(receivedAt),
          lang: r.chance(0.1) ? 'en' : 'id',
          enteredBy: channel === 'web' ? REQUESTER : actors.ppid,
        });
        id = receipt.body.id;
        dueAt = Date.parse(receipt.body.deadlines.noticeDueAt);
        summary.requests += 1;
        if (options.onProgress && summary.requests % Math.max(1, Math.round(n / 10)) === 0) options.onProgress(summary.requests / n);
      },
    };
    let t = officeTime(receivedAt + r.int(2, 30) * HOUR, r);
    const assignTo = assignable.length > 0 && r.chance(0.35) ? r.pick(assignable) : null;
    // Filed at a unit or mission, the request is that unit's from filing, pending its acceptance; a
    // unit without a demo PPID Pelaksana account leaves it pending and the PPID Utama decides it.
    const filedAtUnit = ppidUnits.has(receivedUnit) ? null : { own: actors.pelaksana.get(receivedUnit) };
    if (filedAtUnit) {
      if (filedAtUnit.own) yield { at: t, run: async () => void (await event(id, 'ACCEPT_ASSIGNMENT', {}, filedAtUnit.own!)) };
    } else if (assignTo) {
      yield { at: t, run: async () => void (await event(id, 'ASSIGN', { unit: assignTo }, actors.ppid)) };
      t = officeTime(t + r.int(2, 40) * HOUR, r);
      yield { at: t, run: async () => void (await event(id, 'ACCEPT_ASSIGNMENT', {}, actors.pelaksana.get(assignTo)!)) };
    } else {
      yield { at: t, run: async () => void (await event(id, 'START_REVIEW', {}, actors.ppid)) };
    }
    if (r.chance(0.08) && (!filedAtUnit || filedAtUnit.own)) {
      t = officeTime(t + r.int(4, 48) * HOUR, r);
      yield {
        at: t,
        run: async () => void (await event(id, 'REQUEST_CLARIFICATION', { message: 'Mohon perjelas periode dan jenis dokumen yang dimaksud.' }, actors.ppid)),
      };
      t = officeTime(t + r.int(1, 5) * DAY, r);
      yield {
        at: t,
        run: async () => void (await event(id, 'RECEIVE_CLARIFICATION', { reply: 'Yang saya maksud adalah dokumen tahun terakhir.' }, actors.ppid)),
      };
    }
    const outcome = r.weighted<Outcome>([
      ['granted', 52],
      ['partially_granted', 13],
      ['denied', 11],
      ['not_held', 15],
      ['not_yet_documented', 9],
    ]);
    const late = r.chance(0.07);
    const extend = !late && r.chance(0.12);
    let decideAt = 0;
    if (extend) {
      let extendedDue = 0;
      yield {
        at: Math.max(t + HOUR, dueAt - r.int(1, 3) * DAY - r.int(10, 14) * HOUR),
        run: async () => {
          const row = await event(
            id,
            'EXTEND',
            { reason: r.pick(['Informasi harus dihimpun dari beberapa perwakilan.', 'Dokumen perlu diuji konsekuensi oleh unit pemilik.']) },
            actors.ppid,
          );
          extendedDue = Date.parse(row.notice_due_at);
        },
      };
      decideAt = officeTime(dueAt + r.next() * Math.max(HOUR, extendedDue - dueAt - 12 * HOUR), r);
      if (decideAt > extendedDue - HOUR) decideAt = extendedDue - 2 * HOUR;
    } else if (late) {
      yield { at: dueAt + r.int(1, 6) * HOUR, run: async () => void (await event(id, 'MARK_OVERDUE', {}, SYSTEM)) };
      decideAt = officeTime(dueAt + r.int(2, 12) * DAY, r);
    } else {
      decideAt = Math.min(officeTime(t + r.int(1, 12) * DAY * 0.6, r), dueAt - 2 * HOUR);
      if (decideAt <= t) decideAt = t + HOUR;
    }
    yield { at: decideAt, run: async () => void (await event(id, 'DECIDE', decisions[outcome](r), actors.ppid)) };
    t = decideAt;
    if (outcome === 'granted' || outcome === 'partially_granted') {
      t = officeTime(t + r.int(1, 4) * DAY, r);
      yield { at: t, run: async () => void (await event(id, 'DELIVER', { method: filing.deliveryMethod }, actors.ppid)) };
    }
    t = officeTime(t + r.int(1, 3) * DAY, r);
    yield { at: t, run: async () => void (await event(id, 'CLOSE', {}, actors.ppid)) };

    // Objections (keberatan): mostly against denials and late answers.
    const objects = r.chance(outcome === 'denied' ? 0.45 : late ? 0.35 : outcome === 'partially_granted' ? 0.15 : 0.04);
    if (!objects) return;
    const grounds = outcome === 'denied' ? ['a'] : late ? ['c', 'g'].slice(0, r.int(1, 2)) : [r.pick(['b', 'd', 'e', 'f', 'g'])];
    let objectionId = '';
    t = officeTime(decideAt + r.int(3, 20) * DAY, r);
    yield {
      at: t,
      run: async () => {
        const row = await deps.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        const receipt = (await fileObjection(
          d,
          row,
          { grounds: grounds as never, reason: 'Saya keberatan atas jawaban PPID karena informasi tersebut penting bagi publik.' },
          {
            channel: 'web',
            receivedAt: new Date(t),
            enteredBy: REQUESTER,
            lang: 'id',
          },
        )) as { body: { id: string } };
        objectionId = receipt.body.id;
        summary.objections += 1;
      },
    };
    const response = r.weighted([
      ['upheld', 55],
      ['overturned', 25],
      ['settled', grounds.includes('a') ? 0 : 12],
      ['pending', 8],
    ] as const);
    if (response === 'pending') return;
    t = officeTime(t + r.int(5, 38) * DAY, r);
    if (response === 'settled') {
      yield {
        at: t,
        run: async () =>
          void (await objectionEvent(
            objectionId,
            'SETTLE_BY_AGREEMENT',
            { agreement: 'PPID menyerahkan ringkasan informasi; pemohon menerima.' },
            actors.atasan,
          )),
      };
      return;
    }
    yield {
      at: t,
      run: async () =>
        void (await objectionEvent(
          objectionId,
          'DECIDE_OBJECTION',
          response === 'upheld'
            ? { outcome: 'upheld', reasons: 'Atasan PPID menguatkan pertimbangan PPID dalam pemberitahuan tertulis.' }
            : { outcome: 'overturned', reasons: 'Pertimbangan PPID tidak cukup; informasi dapat dibuka.', instruction: 'Berikan informasi yang diminta.' },
          actors.atasan,
        )),
    };
    if (response === 'overturned') {
      // The request, reopened by the atasan's decision, is answered again within its new ten working days.
      t = officeTime(t + r.int(2, 8) * DAY, r);
      yield { at: t, run: async () => void (await event(id, 'DECIDE', decisions.granted(r), actors.ppid)) };
      t = officeTime(t + r.int(1, 3) * DAY, r);
      yield { at: t, run: async () => void (await event(id, 'DELIVER', { method: filing.deliveryMethod }, actors.ppid)) };
      return;
    }
    if (r.chance(0.5)) {
      t = officeTime(t + r.int(1, 5) * DAY, r);
      yield {
        at: t,
        run: async () =>
          void (await objectionEvent(
            objectionId,
            'RECORD_REACTION',
            { reaction: r.pick(['Pemohon tidak puas dan akan mengajukan sengketa.', 'Pemohon menerima tanggapan.']) },
            actors.atasan,
          )),
      };
    }
    if (!r.chance(0.45)) return;
    t = officeTime(t + r.int(3, 12) * DAY, r);
    const filedOn = localDate(t - r.int(0, 2) * DAY);
    yield {
      at: t,
      run: async () => {
        await objectionEvent(
          objectionId,
          'RECORD_DISPUTE',
          { commission: 'Komisi Informasi Pusat', registrationNumber: `${r.int(1, 999)}/REG-PSI/${filedOn.slice(0, 4)}`, filedOn },
          actors.atasan,
        );
        summary.disputes += 1;
      },
    };
    const path: Array<[string, Record<string, unknown>]> = [
      ['registered', {}],
      ['preliminary_exam', {}],
      ...(grounds.includes('a')
        ? []
        : ([
            ['mediation', {}],
            ['mediation_result', { result: 'failed', summary: 'Mediasi tidak mencapai kesepakatan.' }],
          ] as Array<[string, Record<string, unknown>]>)),
      ['adjudication', {}],
      [
        'decision',
        { result: r.pick(['granted', 'rejected', 'partially_granted']), content: 'Majelis Komisioner memutus sengketa sebagaimana dalam amar putusan.' },
      ],
      ['final', {}],
    ];
    const stop = r.int(1, path.length);
    for (const [stage, extra] of path.slice(0, stop)) {
      t = officeTime(t + r.int(10, 35) * DAY, r);
      const on = localDate(t);
      yield { at: t, run: async () => void (await objectionEvent(objectionId, 'RECORD_DISPUTE_STAGE', { stage, on, ...extra }, actors.atasan)) };
    }
  }

  // One timeline: a heap of each case's next step, taken in time order.
  type Entry = { at: number; order: number; gen: Generator<Step, void, void>; step: Step };
  const heap: Entry[] = [];
  const less = (a: Entry, b: Entry) => a.at < b.at || (a.at === b.at && a.order < b.order);
  const push = (e: Entry) => {
    heap.push(e);
    for (let k = heap.length - 1; k > 0; ) {
      const p = (k - 1) >> 1;
      if (!less(heap[k]!, heap[p]!)) break;
      [heap[k], heap[p]] = [heap[p]!, heap[k]!];
      k = p;
    }
  };
  const pop = (): Entry => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let k = 0; ; ) {
        const a = 2 * k + 1;
        const b = a + 1;
        let m = k;
        if (a < heap.length && less(heap[a]!, heap[m]!)) m = a;
        if (b < heap.length && less(heap[b]!, heap[m]!)) m = b;
        if (m === k) break;
        [heap[k], heap[m]] = [heap[m]!, heap[k]!];
        k = m;
      }
    }
    return top;
  };
  let order = 0;
  for (let i = 0; i < n; i++) {
    const gen = life(i);
    const first = gen.next();
    if (!first.done) push({ at: first.value.at, order: order++, gen, step: first.value });
  }
  while (heap.length > 0) {
    const e = pop();
    if (e.at > end) continue; // not yet happened: the case stays where it is
    sim.now = Math.max(sim.now, e.at);
    try {
      await e.step.run();
      summary.steps += 1;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      summary.refused += 1; // the workflow refused this step: the case stops here
      continue;
    }
    const next = e.gen.next();
    if (!next.done) push({ at: next.value.at, order: order++, gen: e.gen, step: next.value });
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
