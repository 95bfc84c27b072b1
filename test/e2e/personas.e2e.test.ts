/**
 * Issue 18, "Done when": each persona walks its main pages in Chromium at 1366 px and at 390 px —
 * every page its navigation offers, plus the pages it reaches a case through (the tracking page,
 * the case page, the objection page) — and each page answers, fits the width without sideways
 * scrolling, and has no axe WCAG 2.1 A/AA violation. The navigation is read from the page itself,
 * so a page added to a persona's menu is walked without changing this test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/seed';
import { markOverdue } from '../../src/cases/sweeper';
import { validFiling } from '../helpers/context';
import { type Harness, startHarness } from './harness';

const WIDE = { width: 1366, height: 900 };
const NARROW = { width: 390, height: 844 };

let h: Harness;
let request: { id: string; registrationNumber: string; trackingCode: string };
let objectionId: string;

async function api(method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${h.baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { [k: string]: any } };
}

const login = async (username: string) => (await api('POST', '/api/v1/auth/login', { username, password: DEMO_PASSWORD })).body.token as string;

beforeAll(async () => {
  // Filed on Monday 2 November 2026; by Monday 23 November the notice is overdue, so the
  // requester may object (ground c) and the atasan has an objection to open.
  h = await startHarness({ now: '2026-11-02T03:00:00.000Z' });
  request = (await api('POST', '/api/v1/requests', validFiling({ information: 'Rekapitulasi pengaduan WNI di Riyadh tahun 2025.' }))).body as typeof request;
  await api('POST', '/api/v1/requests', validFiling({ unit: 'KBRI-RIYADH', information: 'Jadwal layanan paspor KBRI Riyadh tahun 2026.' }));
  h.clock.now = new Date('2026-11-23T03:00:00.000Z');
  await markOverdue(h.deps);
  const objection = await api('POST', `/api/v1/requests/${encodeURIComponent(request.registrationNumber)}/objections?code=${request.trackingCode}`, {
    grounds: ['c'],
    reason: 'Sampai hari ini saya belum menerima pemberitahuan tertulis apa pun.',
  });
  expect(objection.status, JSON.stringify(objection.body)).toBe(201);
  objectionId = objection.body.id as string;
}, 120_000);
afterAll(async () => {
  await h?.close();
});

/** A page in a fresh context at `viewport`, signed in as `username` (none: a member of the public). */
async function personaPage(viewport: { width: number; height: number }, username?: string): Promise<Page> {
  const page = await h.newPage({ viewport });
  if (username) await page.context().addCookies([{ name: 'terbuka_session', value: await login(username), url: h.baseUrl }]);
  return page;
}

/** The same-origin links of the site navigation on `path`. */
async function navigationOf(page: Page, path: string): Promise<string[]> {
  await page.goto(`${h.baseUrl}${path}`);
  const hrefs = await page.locator('nav.site-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => href.startsWith('/'));
}

async function walk(page: Page, paths: string[], width: number) {
  const problems: string[] = [];
  for (const path of paths) {
    const res = await page.goto(`${h.baseUrl}${path}`);
    if (!res || res.status() >= 400) {
      problems.push(`${path}: HTTP ${res?.status()}`);
      continue;
    }
    const scroll = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (scroll > width) problems.push(`${path}: ${scroll} px wide at ${width} px`);
    await h.checkA11y(page).catch((e: Error) => problems.push(`${path}: ${e.message}`));
  }
  expect(problems).toEqual([]);
}

const PERSONAS: Array<{ who: string; username?: string; home: string; reached: () => string[] }> = [
  {
    who: 'a requester (pemohon)',
    home: '/',
    reached: () => [`/lacak?nomor=${encodeURIComponent(request.registrationNumber)}&kode=${request.trackingCode}`, '/lacak/kode-baru'],
  },
  { who: 'the PPID Utama', username: 'ppid', home: '/petugas', reached: () => [`/petugas/kasus/${request.id}`, `/petugas/atasan/keberatan/${objectionId}`] },
  { who: "a mission's PPID Pelaksana", username: 'pelaksana.kbri', home: '/petugas', reached: () => ['/petugas?status=all'] },
  { who: 'the atasan PPID', username: 'atasan', home: '/petugas/atasan', reached: () => [`/petugas/atasan/keberatan/${objectionId}`] },
  { who: 'an administrator', username: 'admin', home: '/petugas', reached: () => ['/admin/kalender/ID-NATIONAL'] },
  { who: 'an auditor', username: 'auditor', home: '/auditor', reached: () => [`/auditor/kasus/${request.id}`, `/auditor/keberatan/${objectionId}`] },
];

describe('each persona walks its main pages at 1366 and 390 px', () => {
  for (const persona of PERSONAS) {
    for (const viewport of [WIDE, NARROW]) {
      it(`${persona.who} at ${viewport.width} px`, { timeout: 240_000 }, async () => {
        const page = await personaPage(viewport, persona.username);
        const paths = [...new Set([persona.home, ...(await navigationOf(page, persona.home)), ...persona.reached()])];
        expect(paths.length).toBeGreaterThan(2);
        await walk(page, paths, viewport.width);
        await page.context().close();
      });
    }
  }
});
