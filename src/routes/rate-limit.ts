/**
 * One limit per client across every public door — filing (JSON, multipart, the web form),
 * tracking (API and page), objections and document downloads: `RATE_LIMIT_PER_MINUTE` requests
 * per client per minute in all, not per door. `0` turns it off.
 *
 * The counting is hono-rate-limiter's; the store is ours: fixed one-minute windows on the
 * service's clock (tests move it), in memory with a bound — past `maxClients` the client seen
 * least recently is forgotten, never everyone at once. On PostgreSQL, where several processes
 * serve one database, the windows live in a table instead (TableWindowStore,
 * src/auth/rate-windows.ts), so a client's limit is one limit whichever process it reaches. SQLite
 * keeps the memory store: one process owns the database file.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type Store } from 'hono-rate-limiter';
import { DomainError } from '../cases/errors';
import { clientAddress } from './client';
import type { AppEnv } from './env';
import type { Deps } from '../deps';
import { hitWindow, readWindow, resetWindow, sharedWindows, unhitWindow } from '../auth/rate-windows';

const WINDOW_MS = 60_000;
export const MAX_TRACKED_CLIENTS = 10_000;

interface Window {
  totalHits: number;
  resetTime: Date;
}

/** Fixed windows per key, least recently used evicted first (a Map keeps insertion order). */
export class BoundedWindowStore implements Store<AppEnv> {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: () => Date,
    private readonly maxClients = MAX_TRACKED_CLIENTS,
  ) {}

  get size() {
    return this.windows.size;
  }

  get(key: string) {
    return this.windows.get(key);
  }

  increment(key: string): Window {
    const now = this.clock().getTime();
    let w = this.windows.get(key);
    if (w) this.windows.delete(key); // re-inserted below: now the most recently seen
    if (!w || w.resetTime.getTime() <= now) w = { totalHits: 0, resetTime: new Date(now + WINDOW_MS) };
    w.totalHits += 1;
    this.windows.set(key, w);
    while (this.windows.size > this.maxClients) this.windows.delete(this.windows.keys().next().value!);
    return w;
  }

  decrement(key: string) {
    const w = this.windows.get(key);
    if (w && w.totalHits > 0) w.totalHits -= 1;
  }

  resetKey(key: string) {
    this.windows.delete(key);
  }
}

/** Fixed windows per key in the database, shared by every process on it (src/auth/rate-windows.ts). */
export class TableWindowStore implements Store<AppEnv> {
  localKeys = false;

  constructor(private readonly deps: Pick<Deps, 'db' | 'transact' | 'clock'>) {}

  get(key: string) {
    return readWindow(this.deps, key);
  }

  increment(key: string) {
    return hitWindow(this.deps, key, WINDOW_MS);
  }

  decrement(key: string) {
    return unhitWindow(this.deps, key);
  }

  resetKey(key: string) {
    return resetWindow(this.deps, key);
  }
}

/** The store for an app's public limiter: the table on PostgreSQL, memory on SQLite. */
export const rateLimitStoreFor = (deps: Deps): Store<AppEnv> => (sharedWindows(deps) ? new TableWindowStore(deps) : new BoundedWindowStore(deps.clock));

/** The public limiter of one app: its store lives as long as the app. */
export function publicRateLimiter(clock: () => Date, store: Store<AppEnv> = new BoundedWindowStore(clock)): MiddlewareHandler<AppEnv> {
  return rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit: (c) => c.get('deps').config.RATE_LIMIT_PER_MINUTE,
    skip: (c) => c.get('deps').config.RATE_LIMIT_PER_MINUTE === 0,
    keyGenerator: (c) => clientAddress(c),
    standardHeaders: 'draft-6',
    store,
    handler: (c) => {
      const info = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
      const reset = info?.resetTime?.getTime() ?? c.get('deps').clock().getTime() + WINDOW_MS;
      const seconds = Math.max(1, Math.ceil((reset - c.get('deps').clock().getTime()) / 1000));
      throw new DomainError(429, 'rate_limited', 'rate_limited', { seconds }, {}, { retryAfter: seconds });
    },
  });
}

/** The app's public limiter (set by createApp), for the public doors' routes. */
export const publicRateLimit: MiddlewareHandler<AppEnv> = (c: Context<AppEnv>, next) => c.get('publicRateLimit')(c, next);
