/**
 * The public rate limit's windows in the database (table `rate_limit_windows`, migration 0015),
 * for several processes on one PostgreSQL database: one fixed one-minute window per client key,
 * counted by one atomic upsert (a new window when the old one has ended), so concurrent requests
 * on different processes never read the same count. src/routes/rate-limit.ts uses it as its store.
 */
import type { Deps } from '../deps';
import { isPostgres } from '../../db/dialect';

/** Whether the windows must be shared through the database: on PostgreSQL (several processes), not on SQLite. */
export const sharedWindows = (deps: Pick<Deps, 'db'>) => isPostgres(deps.db);

export interface RateWindow {
  totalHits: number;
  resetTime: Date;
}

/** Counts one hit of `key` at the service's clock; returns the window after it. */
export async function hitWindow(deps: Pick<Deps, 'transact' | 'clock'>, key: string, windowMs: number): Promise<RateWindow> {
  const now = deps.clock();
  const at = now.toISOString();
  const reset = new Date(now.getTime() + windowMs).toISOString();
  const row = await deps.transact(async (trx) => {
    const counted = await trx
      .insertInto('rate_limit_windows')
      .values({ key, hits: 1, reset_at: reset })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          hits: eb
            .case()
            .when('rate_limit_windows.reset_at', '<=', at)
            .then(1)
            .else(eb('rate_limit_windows.hits', '+', 1))
            .end(),
          reset_at: eb.case().when('rate_limit_windows.reset_at', '<=', at).then(reset).else(eb.ref('rate_limit_windows.reset_at')).end(),
        })),
      )
      .returning(['hits', 'reset_at'])
      .executeTakeFirstOrThrow();
    // Now and then, forget windows that ended long ago (clients that went away).
    if (Math.random() < 0.01)
      await trx
        .deleteFrom('rate_limit_windows')
        .where('reset_at', '<', new Date(now.getTime() - windowMs).toISOString())
        .execute();
    return counted;
  });
  return { totalHits: row.hits, resetTime: new Date(row.reset_at) };
}

export async function readWindow(deps: Pick<Deps, 'db'>, key: string): Promise<RateWindow | undefined> {
  const row = await deps.db.selectFrom('rate_limit_windows').select(['hits', 'reset_at']).where('key', '=', key).executeTakeFirst();
  return row ? { totalHits: row.hits, resetTime: new Date(row.reset_at) } : undefined;
}

/** Takes back one hit (the limiter's "skip failed/successful requests" options). */
export async function unhitWindow(deps: Pick<Deps, 'transact'>, key: string): Promise<void> {
  await deps.transact((trx) =>
    trx
      .updateTable('rate_limit_windows')
      .set((eb) => ({ hits: eb('hits', '-', 1) }))
      .where('key', '=', key)
      .where('hits', '>', 0)
      .execute(),
  );
}

export async function resetWindow(deps: Pick<Deps, 'transact'>, key: string): Promise<void> {
  await deps.transact((trx) => trx.deleteFrom('rate_limit_windows').where('key', '=', key).execute());
}
