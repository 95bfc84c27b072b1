import type { Kysely, Transaction } from 'kysely';
import { asUnitOfWork, assertOutsideUnitOfWork } from './unit-of-work';

export type Transact<DB> = <T>(work: (trx: Transaction<DB>) => Promise<T>) => Promise<T>;

/**
 * A plain transaction per job: for databases with real concurrent connections (PostgreSQL; on Workers, the one connection of a Durable Object, db/dialect/durable-object.ts). READ
 * COMMITTED, the server's default: what must not interleave is serialised by row locks the
 * job's own statements take (the counter upsert, the audit head, a case's versioned UPDATE),
 * and a stale read is caught by the version checks (docs/storage.md). A job that the server
 * aborts as a deadlock victim or a serialization failure (`retryable`) ran nothing that stayed
 * and is run again, a few times at most, after a short random pause.
 */
export function transactionPerJob<DB>(db: Kysely<DB>, options: { retryable?: (error: unknown) => boolean; attempts?: number } = {}): Transact<DB> {
  const attempts = options.attempts ?? 4;
  return async (work) => {
    assertOutsideUnitOfWork('unit of work');
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute((trx) => asUnitOfWork(() => work(trx)));
      } catch (error) {
        if (attempt >= attempts || !options.retryable?.(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    }
  };
}
