/**
 * Issue 18: the officer queues and the outbox show where the reader is ("21–40 dari 45") and let
 * them go back a page and to the first page, not only forward — keyset pages both ways, the same
 * cases on a page whichever way it was reached, in Indonesian and English, in a named `nav` with
 * the current place marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext, type TestContext, validFiling } from '../helpers/context';
import { pageLogin, textOf } from './officer-helpers';

let t: TestContext;
const CASES = 45;

beforeAll(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' });
  const token = await t.login('ppid');
  for (let i = 0; i < CASES; i++) {
    // Received a few hours apart over the last days: deadlines spread out, some share a day.
    const receivedAt = new Date(Date.parse('2026-11-09T01:00:00.000Z') + i * 7 * 3_600_000).toISOString();
    const res = await t.api('POST', '/api/v1/cases', {
      token,
      body: { ...validFiling({ information: `Notulen rapat koordinasi ke-${i + 1} tahun 2025.` }), channel: 'walk_in', receivedAt },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});
afterAll(async () => {
  await t.close();
});

interface QueuePage {
  items: Array<{ id: string }>;
  nextCursor: string | null;
  prevCursor: string | null;
  position: { from: number; to: number; total: number; more: boolean };
}

const list = async (query: string) => {
  const res = await t.api('GET', `/api/v1/cases?${query}`, { token: await t.login('ppid') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as QueuePage;
};
const ids = (p: QueuePage) => p.items.map((i) => i.id);

/** Forward to the end, then back to the start: the same pages, the same places. */
async function walkBothWays(base: string) {
  const p1 = await list(`${base}&limit=20`);
  expect(p1.position).toEqual({ from: 1, to: 20, total: CASES, more: false });
  expect(p1.prevCursor).toBeNull();
  const p2 = await list(`${base}&limit=20&cursor=${p1.nextCursor}`);
  expect(p2.position).toMatchObject({ from: 21, to: 40, total: CASES });
  const p3 = await list(`${base}&limit=20&cursor=${p2.nextCursor}`);
  expect(p3.position).toMatchObject({ from: 41, to: 45, total: CASES });
  expect(p3.nextCursor).toBeNull();
  expect(new Set([...ids(p1), ...ids(p2), ...ids(p3)]).size).toBe(CASES);

  const back2 = await list(`${base}&limit=20&before=${p3.prevCursor}`);
  expect(ids(back2)).toEqual(ids(p2));
  expect(back2.position).toMatchObject({ from: 21, to: 40 });
  const back1 = await list(`${base}&limit=20&before=${back2.prevCursor}`);
  expect(ids(back1)).toEqual(ids(p1));
  expect(back1.position).toMatchObject({ from: 1, to: 20 });
  expect(back1.prevCursor).toBeNull();
  // And forward again from a page reached backwards.
  expect(ids(await list(`${base}&limit=20&cursor=${back2.nextCursor}`))).toEqual(ids(p3));
}

describe('paging back and forth', () => {
  it('walks a queue by deadline both ways, with its place in the list', async () => {
    await walkBothWays('queue=all');
  });

  it('walks a filtered queue both ways, counting only the cases that pass the filter', async () => {
    await walkBothWays('queue=all&channel=walk_in');
    const none = await list('queue=all&channel=letter');
    expect(none.items).toEqual([]);
    expect(none.position).toMatchObject({ total: 0, more: false });
  });

  it('walks a search (newest first) both ways', async () => {
    await walkBothWays('q=notulen');
  });

  it('shows the place, first and previous links on the queue page, in Indonesian and English', async () => {
    const ppid = await pageLogin(t, 'ppid');
    const first = await ppid.get('/petugas');
    const nav = /<nav class="pager" aria-label="([^"]+)">([\s\S]*?)<\/nav>/.exec(first.html);
    expect(nav, 'a named pager nav').not.toBeNull();
    expect(nav![1]).toContain('Halaman');
    expect(nav![2]).toMatch(/<span aria-current="page" class="pager-here">1–25 dari 45<\/span>/);
    expect(nav![2]).not.toContain('rel="prev"');
    const next = /<a href="([^"]+)" rel="next">/.exec(nav![2] ?? '')![1]!.replace(/&amp;/g, '&');
    const second = await ppid.get(next);
    expect(textOf(second.html)).toContain('26–45 dari 45');
    const prev = /<a href="([^"]+)" rel="prev">/.exec(second.html)![1]!.replace(/&amp;/g, '&');
    const firstLink = /<a href="([^"]+)">« Halaman pertama<\/a>/.exec(second.html)![1]!;
    expect(firstLink).toMatch(/^\/petugas(\?queue=all)?$/);
    const back = await ppid.get(prev);
    expect(textOf(back.html)).toContain('1–25 dari 45');
    const rowsOf = (html: string) => [...html.matchAll(/href="\/petugas\/kasus\/([^"]+)"/g)].map((m) => m[1]);
    expect(rowsOf(back.html)).toEqual(rowsOf(first.html));
    const english = await ppid.get(`${next}&lang=en`);
    expect(textOf(english.html)).toContain('26–45 of 45');
    expect(textOf(english.html)).toContain('Previous page');
    expect(textOf(english.html)).toContain('First page');
  });

  it('pages the outbox both ways, newest first, within a status', async () => {
    const admin = await pageLogin(t, 'admin');
    const total = Number(
      (
        await t.deps.db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(total).toBeGreaterThan(50);
    const first = await admin.get('/admin/outbox');
    expect(first.status).toBe(200);
    expect(textOf(first.html)).toContain(`1–50 dari ${total}`);
    expect(first.html).toMatch(/<nav class="pager" aria-label="Halaman kotak keluar">/);
    const subjects = (html: string) => [...html.matchAll(/<tr data-status="[a-z]+"><td>[^<]*<\/td><td>[^<]*<\/td><td><details><summary>([^<]*)</g)].length;
    expect(subjects(first.html)).toBe(50);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.html)![1]!.replace(/&amp;/g, '&');
    const second = await admin.get(next);
    expect(textOf(second.html)).toContain(`51–${Math.min(100, total)} dari ${total}`);
    const prev = /<a href="([^"]+)" rel="prev">/.exec(second.html)![1]!.replace(/&amp;/g, '&');
    const back = await admin.get(prev);
    expect(textOf(back.html)).toContain(`1–50 dari ${total}`);
    const idsOf = (html: string) => [...html.matchAll(/<td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) => m.slice(1).join('|'));
    expect(idsOf(back.html)).toEqual(idsOf(first.html));
    // Within one status, the status stays in every link.
    const pending = await admin.get('/admin/outbox?status=pending');
    const pendingNext = /<a href="([^"]+)" rel="next">/.exec(pending.html)?.[1];
    if (pendingNext) expect(pendingNext).toContain('status=pending');
    const en = await admin.get('/admin/outbox?lang=en');
    expect(textOf(en.html)).toContain(`1–50 of ${total}`);
  });
});
