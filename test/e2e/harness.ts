/**
 * The browser-test harness (e2e): the real app over a fresh temporary SQLite database, served on a
 * free port of 127.0.0.1, and Debian's Chromium driven by playwright-core.
 *
 *   let h: Harness;
 *   beforeAll(async () => { h = await startHarness({ now: '2026-11-23T03:00:00.000Z' }); });
 *   afterAll(async () => { await h.close(); });
 *
 *   await h.page.goto(`${h.baseUrl}/ajukan`);     // h.page: a fresh context, Indonesian browser
 *   await h.checkA11y();                          // axe-core, WCAG 2.1 A + AA: throws listing any violation
 *   await h.screenshot('form-desktop');           // → test-artifacts/screenshots/form-desktop.png (full page)
 *   const en = await h.newPage({ locale: 'en-GB', viewport: PHONE }); // another context: own cookies
 *   h.clock.now = new Date('2026-12-08T03:00:00Z');                   // move the app's clock
 *
 * One browser per test file; every page opened through the harness is closed by `close()`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, type Page, chromium } from 'playwright-core';
import { createApp } from '../../src/app';
import { nodePublicFiles } from '../../src/node-public-files';
import { bootstrap } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import type { Deps } from '../../src/deps';
import { openDatabase } from '../../db/connect';
import { TEST_AUDIT_SIGNING_KEYS, TEST_DATA_KEYS, tempDbUrl } from '../helpers/context';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };
export const SCREENSHOT_DIR = join(process.cwd(), 'test-artifacts', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface Harness {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  baseUrl: string;
  deps: Deps;
  /** The app's clock: set `clock.now` to move time (deadlines, overdue sweeps). */
  clock: { now: Date };
  browser: Browser;
  /** A page in its own context: desktop size, `Accept-Language: id-ID`. */
  page: Page;
  /** Another page in a fresh context (its own cookies): a second person, another language, a phone. */
  newPage: (options?: { locale?: string; viewport?: { width: number; height: number } }) => Promise<Page>;
  /** A full-page PNG of `page` (default `h.page`) in test-artifacts/screenshots/NAME.png; returns the path. */
  screenshot: (name: string, page?: Page) => Promise<string>;
  /** Runs axe-core in `page` (default `h.page`) for WCAG 2.1 A and AA; throws listing every violation. */
  checkA11y: (page?: Page) => Promise<void>;
  close: () => Promise<void>;
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary: string }>;
}

export async function startHarness(options: { now?: string; env?: Record<string, string> } = {}): Promise<Harness> {
  const clock = { now: new Date(options.now ?? '2026-11-23T03:00:00.000Z') };
  const config = loadConfig({ DEMO: '1', RATE_LIMIT_PER_MINUTE: '0', DATA_KEYS: TEST_DATA_KEYS, AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS, ...options.env });
  const deps = await bootstrap({ config, db: openDatabase(tempDbUrl()), clock: () => clock.now });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: createApp(deps, { publicFiles: nodePublicFiles() }).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // launch() gives every run a fresh temporary profile (user-data dir) and removes it on close.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  // What the Content-Security-Policy blocked on a page of ours: a page that needs 'unsafe-inline' fails the test.
  const cspViolations = new WeakMap<Page, string[]>();
  const newPage: Harness['newPage'] = async (o = {}) => {
    const context = await browser.newContext({ locale: o.locale ?? 'id-ID', viewport: o.viewport ?? DESKTOP });
    const p = await context.newPage();
    const seen: string[] = [];
    cspViolations.set(p, seen);
    p.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) seen.push(`${p.url()}: ${m.text()}`);
    });
    return p;
  };
  const page = await newPage();
  const source = axeSource();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    baseUrl,
    deps,
    clock,
    browser,
    page,
    newPage,
    async screenshot(name, target = page) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await target.screenshot({ path, fullPage: true });
      return path;
    },
    async checkA11y(target = page) {
      const blocked = cspViolations.get(target) ?? [];
      if (blocked.length > 0) throw new Error(`the Content-Security-Policy blocked:\n${blocked.join('\n')}`);
      // Evaluated through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be blocked).
      if (!(await target.evaluate('typeof window.axe !== "undefined"'))) await target.evaluate(source);
      const violations = (await target.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`)) as AxeViolation[];
      if (violations.length > 0) {
        const report = violations
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`).join('\n')}`,
          )
          .join('\n');
        throw new Error(`axe found ${violations.length} WCAG 2.1 AA violation(s) on ${target.url()}:\n${report}`);
      }
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.close();
    },
  };
}
