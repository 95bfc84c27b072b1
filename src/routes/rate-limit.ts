/**
 * A per-client limit on public filings and tracking look-ups (fixed one-minute windows, in
 * memory: one process). Over the limit answers 429 with Retry-After. `0` turns it off.
 */
import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { DomainError } from '../cases/errors';
import type { AppEnv } from './env';

export function clientKey(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

export function rateLimit(bucket: string, perMinute: () => number): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const limit = perMinute();
    if (limit > 0) {
      const now = c.get('deps').clock().getTime();
      const key = `${bucket}:${clientKey(c)}`;
      let w = windows.get(key);
      if (!w || now - w.start >= 60_000) {
        if (windows.size > 10_000) windows.clear();
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count > limit) {
        const seconds = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
        throw new DomainError(429, 'rate_limited', 'rate_limited', { seconds }, {}, { retryAfter: seconds });
      }
    }
    await next();
  };
}
