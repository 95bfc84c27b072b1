import { CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorOf } from '../../src/auth/sessions';
import { listCases, type QueueName, queueCounts, queueQuerySchema } from '../../src/cases/queue';
import { onPostgres } from '../helpers/backend';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageLogin, textOf } from './officer-helpers';

let t: TestContext;
let ppid: string;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB
  ppid = await t.login('ppid');
});
afterEach(async () => {
  await t.close();
});

const at = async (iso: string) => {
  t.clock.now = new Date(iso);
  ppid = await t.login('ppid');
};

/** An officer-entered request with its real receipt time. */
async function file(unit: string, receivedAt: string, extra: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/api/v1/cases', {
    token: ppid,
    body: { ...validFiling({ unit, ...extra }), channel: extra.channel ?? 'walk_in', receivedAt },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; registrationNumber: string; deadlines: { noticeDue: string } };
}

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const queue = async (token: string, query = '') => {
  const res = await t.api('GET', `/api/v1/cases${query ? `?${query}` : ''}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    queue: string;
    items: Array<{ id: string; registrationNumber: string; workingDaysLeft: number; noticeDue: string; status: string; open: boolean }>;
    nextCursor: string | null;
  };
};
const numbers = (q: { items: Array<{ registrationNumber: string }> }) => q.items.map((i) => i.registrationNumber);

describe('the queues', () => {
  it("put the nearest statutory deadline first and count the working days left on each case's own calendar", async () => {
    const a = await file('PPID', '2026-11-09T03:00:00Z'); // due Monday 23 November: today
    const b = await file('PPID', '2026-11-16T03:00:00Z'); // due Monday 30 November
    const c = await file('KBRI-RIYADH', '2026-11-12T07:00:00Z'); // Thursday in Riyadh; due Thursday 26 November on Riyadh's week
    const d = await file('AMEROP', '2026-11-20T03:00:00Z'); // due Friday 4 December
    expect([a, b, c, d].map((x) => x.deadlines.noticeDue)).toEqual(['2026-11-23', '2026-11-30', '2026-11-26', '2026-12-04']);
    const all = await queue(ppid);
    expect(all.queue).toBe('all');
    expect(all.items.map((i) => [i.registrationNumber, i.workingDaysLeft])).toEqual([
      [a.registrationNumber, 0],
      [c.registrationNumber, 3],
      [b.registrationNumber, 5],
      [d.registrationNumber, 9],
    ]);

    // A day later the first one is overdue: a negative count, and the overdue queue holds it.
    await at('2026-11-24T03:00:00.000Z');
    const overdue = await queue(ppid, 'queue=overdue');
    expect(overdue.items.map((i) => [i.registrationNumber, i.workingDaysLeft])).toEqual([[a.registrationNumber, -1]]);
  });

  it('count "due within 3 working days" on each calendar: a Friday counts in Jakarta, not in Riyadh', async () => {
    const jakarta = await file('PPID', '2026-11-18T03:00:00Z'); // due Wednesday 2 December
    // Received 13:00 in Riyadh (17:00 WIB, after Jakarta's service hours): due Wednesday 2 December on
    // Riyadh's week; its Jakarta twin (day 0 Thursday 19 November) is due Thursday 3 December, later.
    const riyadh = await file('KBRI-RIYADH', '2026-11-18T10:00:00Z');
    expect([jakarta.deadlines.noticeDue, riyadh.deadlines.noticeDue]).toEqual(['2026-12-02', '2026-12-02']);
    await at('2026-11-27T03:00:00.000Z'); // Friday: a working day in Jakarta, the weekend in Riyadh
    const soon = await queue(ppid, 'queue=due_soon');
    expect(soon.items.map((i) => [i.registrationNumber, i.workingDaysLeft])).toEqual([[jakarta.registrationNumber, 3]]);
    const all = await queue(ppid);
    expect(all.items.find((i) => i.id === riyadh.id)!.workingDaysLeft).toBe(4); // Sunday, Monday, Tuesday, Wednesday
    await at('2026-11-29T03:00:00.000Z'); // Sunday: Riyadh works again
    expect(numbers(await queue(ppid, 'queue=due_soon')).sort()).toEqual([jakarta.registrationNumber, riyadh.registrationNumber].sort());
  });

  it('show a PPID Pelaksana the cases received at or assigned to their unit, and what still waits for them to accept', async () => {
    const atHq = await file('PPID', '2026-11-20T03:00:00Z');
    const atRiyadh = await file('KBRI-RIYADH', '2026-11-22T07:00:00Z');
    const elsewhere = await file('PPID', '2026-11-21T03:00:00Z');
    const dit = await t.login('pelaksana.dit');
    const kbri = await t.login('pelaksana.kbri');
    expect(numbers(await queue(dit))).toEqual([]);
    expect(numbers(await queue(kbri))).toEqual([atRiyadh.registrationNumber]);
    // Filed at the mission, it is the mission's from filing, pending its acceptance (issue 18).
    expect(numbers(await queue(kbri, 'queue=unaccepted'))).toEqual([atRiyadh.registrationNumber]);
    expect(numbers(await queue(ppid, 'queue=unaccepted'))).toEqual([atRiyadh.registrationNumber]);
    await send(kbri, atRiyadh.id, { type: 'ACCEPT_ASSIGNMENT' });

    await send(ppid, atHq.id, { type: 'ASSIGN', units: ['AMEROP', 'KBRI-RIYADH'] });
    expect(numbers(await queue(dit))).toEqual([atHq.registrationNumber]);
    expect(numbers(await queue(kbri))).toEqual([atHq.registrationNumber, atRiyadh.registrationNumber]);
    expect(numbers(await queue(dit, 'queue=unaccepted'))).toEqual([atHq.registrationNumber]);
    expect(numbers(await queue(ppid, 'queue=unaccepted'))).toEqual([atHq.registrationNumber]);

    await send(dit, atHq.id, { type: 'ACCEPT_ASSIGNMENT' });
    expect(numbers(await queue(dit, 'queue=unaccepted'))).toEqual([]);
    expect(numbers(await queue(kbri, 'queue=unaccepted'))).toEqual([atHq.registrationNumber]);
    expect(numbers(await queue(ppid, 'queue=unaccepted'))).toEqual([atHq.registrationNumber]); // Riyadh still owes its answer

    await send(kbri, atHq.id, { type: 'RETURN_ASSIGNMENT', reason: 'Dokumen ini tidak ada pada KBRI Riyadh.' });
    expect(numbers(await queue(kbri))).toEqual([atRiyadh.registrationNumber]);
    expect(numbers(await queue(ppid, 'queue=unaccepted'))).toEqual([]);
    // A unit filter outside one's own scope shows nothing of others.
    expect(numbers(await queue(dit, `unit=PPID`))).toEqual([atHq.registrationNumber]);
    expect((await queue(dit)).items.map((i) => i.id)).not.toContain(elsewhere.id);

    const counts = await t.api('GET', '/api/v1/cases/queues', { token: kbri });
    expect(counts.body.items).toEqual([
      { queue: 'mine', count: 1, more: false },
      { queue: 'overdue', count: 0, more: false },
      { queue: 'due_soon', count: 0, more: false },
      { queue: 'awaiting_clarification', count: 0, more: false },
      { queue: 'unaccepted', count: 0, more: false },
    ]);
  });

  it("list the cases waiting for the requester's clarification, and drop decided ones from the open queues", async () => {
    const a = await file('PPID', '2026-11-20T03:00:00Z');
    const b = await file('PPID', '2026-11-19T03:00:00Z');
    await send(ppid, a.id, { type: 'START_REVIEW' });
    await send(ppid, a.id, { type: 'REQUEST_CLARIFICATION', message: 'Mohon sebutkan tahun perjanjian yang dimaksud.' });
    expect(numbers(await queue(ppid, 'queue=awaiting_clarification'))).toEqual([a.registrationNumber]);
    await send(ppid, b.id, { type: 'DECIDE', outcome: 'not_held', holder: 'Kementerian Pendidikan' });
    await send(ppid, b.id, { type: 'CLOSE' });
    expect(numbers(await queue(ppid))).toEqual([a.registrationNumber]);
    expect(numbers(await queue(ppid, 'status=closed'))).toEqual([b.registrationNumber]);
    expect(numbers(await queue(ppid, 'status=all'))).toEqual([b.registrationNumber, a.registrationNumber]);
    // A closed case has no days left; the open one still counts them.
    const all = (await queue(ppid, 'status=all')).items;
    expect(all.map((i) => [i.registrationNumber, i.open, i.workingDaysLeft !== null])).toEqual([
      [b.registrationNumber, false, false],
      [a.registrationNumber, true, true],
    ]);
    const client = await pageLogin(t, 'ppid');
    const page = textOf((await client.get('/petugas?status=closed')).html);
    expect(page).toContain(b.registrationNumber);
    expect(page).not.toMatch(/hari kerja lagi|Jatuh tempo hari ini|Terlambat \d+ hari kerja|tidak diketahui/);
  });

  it('filter by channel, unit and receipt dates, and page with a cursor without gaps or repeats', async () => {
    const letters = [];
    for (let i = 0; i < 5; i++) letters.push(await file('PPID', `2026-11-${String(10 + i).padStart(2, '0')}T03:00:00Z`, { channel: 'letter' }));
    const phone = await file('KBRI-RIYADH', '2026-11-16T07:00:00Z', { channel: 'phone' });
    expect(numbers(await queue(ppid, 'channel=phone'))).toEqual([phone.registrationNumber]);
    expect(numbers(await queue(ppid, 'unit=KBRI-RIYADH'))).toEqual([phone.registrationNumber]);
    // 11 and 12 November, local dates in Jakarta.
    expect(numbers(await queue(ppid, 'receivedFrom=2026-11-11&receivedTo=2026-11-12'))).toEqual([
      letters[1]!.registrationNumber,
      letters[2]!.registrationNumber,
    ]);
    // Dates far outside the calendars' years are still just dates.
    expect(numbers(await queue(ppid, 'receivedFrom=1990-01-01&receivedTo=2099-12-31'))).toHaveLength(6);
    const bad = await t.api('GET', '/api/v1/cases?channel=fax&receivedFrom=kemarin', { token: ppid });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['channel', 'receivedFrom']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(ppid, `limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...numbers(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(numbers(await queue(ppid, 'limit=100')));
    expect(seen).toHaveLength(6);
  });

  it("search the request text and the registration number, within the caller's scope, newest first", async () => {
    const treaty = await file('PPID', '2026-11-20T03:00:00Z', { information: 'Salinan perjanjian ekstradisi Indonesia–Arab Saudi beserta lampirannya.' });
    const riyadh = await file('KBRI-RIYADH', '2026-11-22T07:00:00Z', { information: 'Data perlindungan WNI di Riyadh dan perjanjian penempatan pekerja.' });
    await file('PPID', '2026-11-21T03:00:00Z', { information: 'Anggaran perjalanan dinas luar negeri tahun 2025.' });
    expect(numbers(await queue(ppid, 'q=perjanjian'))).toEqual([riyadh.registrationNumber, treaty.registrationNumber]);
    expect(numbers(await queue(ppid, 'q=EKSTRADISI'))).toEqual([treaty.registrationNumber]);
    // The start of a word, when whole words find nothing; paged like any search.
    const first = await queue(ppid, 'q=perjanj&limit=1');
    expect(numbers(first)).toEqual([riyadh.registrationNumber]);
    expect(numbers(await queue(ppid, `q=perjanj&limit=1&cursor=${first.nextCursor}`))).toEqual([treaty.registrationNumber]);
    expect(numbers(await queue(ppid, 'q=perjanjian%20riyadh'))).toEqual([riyadh.registrationNumber]);
    expect(numbers(await queue(ppid, `q=${encodeURIComponent(treaty.registrationNumber)}`))).toEqual([treaty.registrationNumber]);
    expect(numbers(await queue(ppid, 'q=%22%20OR%20*'))).toEqual([]); // FTS syntax is not the user's to write
    const kbri = await t.login('pelaksana.kbri');
    expect(numbers(await queue(kbri, 'q=perjanjian'))).toEqual([riyadh.registrationNumber]);
    expect(numbers(await queue(kbri, `q=${encodeURIComponent(treaty.registrationNumber)}`))).toEqual([]);
    // A case assigned to the mission later becomes findable by it.
    await send(ppid, treaty.id, { type: 'ASSIGN', units: ['KBRI-RIYADH'] });
    expect(numbers(await queue(kbri, 'q=perjanjian'))).toEqual([riyadh.registrationNumber, treaty.registrationNumber]);
  });

  it('count each queue up to a cap', async () => {
    for (let i = 0; i < 3; i++) await file('PPID', `2026-11-0${i + 2}T03:00:00Z`);
    const actor = actorOf(await t.deps.db.selectFrom('users').selectAll().where('username', '=', 'ppid').executeTakeFirstOrThrow());
    const counts = await queueCounts(t.deps, actor, 2);
    expect(counts.find((c) => c.queue === 'all')).toEqual({ queue: 'all', count: 2, more: true });
    expect(counts.find((c) => c.queue === 'overdue')).toEqual({ queue: 'overdue', count: 2, more: true });
    expect(counts.find((c) => c.queue === 'awaiting_clarification')).toEqual({ queue: 'awaiting_clarification', count: 0, more: false });
  });

  // SQLite's query plans (EXPLAIN QUERY PLAN); PostgreSQL's planner chooses by its statistics.
  it.skipIf(onPostgres)('walk an index in deadline order for every queue (no table scan, no sort)', async () => {
    await file('PPID', '2026-11-20T03:00:00Z');
    const plans: string[][] = [];
    const capture: KyselyPlugin = {
      transformQuery: ({ node }) => {
        captured.push(node);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const captured: RootOperationNode[] = [];
    const users = await t.deps.db.selectFrom('users').selectAll().execute();
    const deps = { ...t.deps, db: t.db.withPlugin(capture) };
    for (const [username, queues] of [
      ['ppid', ['all', 'mine', 'overdue', 'due_soon', 'awaiting_clarification', 'unaccepted']],
      ['pelaksana.dit', ['mine', 'overdue', 'due_soon', 'awaiting_clarification', 'unaccepted']],
    ] as const) {
      const actor = actorOf(users.find((u) => u.username === username)!);
      // A page after a cursor, and (issue 18) the page before one: the same index walked backwards.
      const cursor = Buffer.from(JSON.stringify(['d', '2026-12-04T16:59:59.999Z', 'some-case', 40])).toString('base64url');
      for (const name of queues) {
        for (const paging of [{}, { cursor }, { before: cursor }]) {
          captured.length = 0;
          await listCases(deps, actor, queueQuerySchema.parse({ queue: name as QueueName, ...paging }), 'id');
          const walk = captured
            .map((n) => t.deps.db.getExecutor().compileQuery(n, { queryId: 'q' } as never))
            .find((q) => q.sql.includes('"queue_units" as "qu"'))!;
          const plan = await t.deps.db.executeQuery(CompiledQuery.raw(`explain query plan ${walk.sql}`, [...walk.parameters]));
          const details = (plan.rows as Array<{ detail: string }>).map((r) => r.detail);
          plans.push(details);
          const what = `${username} ${name} ${Object.keys(paging).join()}`;
          expect(details[0], `${what}: ${details.join(' | ')}`).toMatch(/^SEARCH qu USING (COVERING )?INDEX queue_units_\w+ \(unit_code=\?/);
          expect(details.join(' | '), what).not.toMatch(/SCAN|TEMP B-TREE/);
        }
      }
    }
    expect(plans).toHaveLength(33);
  });
});
