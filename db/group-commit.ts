/**
 * Group commit for the embedded SQLite database: transactions asked for while the event loop is
 * busy are run one after another inside ONE database transaction, each under its own savepoint,
 * and answered only after that transaction has committed.
 *
 * Each caller still sees exactly its own work commit or roll back: a job that throws rolls back
 * to its savepoint (its writes vanish, the others' stay) and gets its error; if the commit itself
 * fails, every job in the group gets that error and nothing of any of them is kept. A crash
 * before the commit loses the whole group, none of which has been answered yet.
 *
 * Why: SQLite has one writer, and a commit in WAL mode appends every page the transaction dirtied
 * (the right edges of each table and index, the audit head, the counters) to the log. Ten filings
 * in one commit share most of those pages and pay for one commit instead of ten (bench/README.md).
 * While a group's transaction is open, queries from db/prepared.ts run on its connection directly.
 * PostgreSQL and D1 do not go through here: they get a plain transaction per job.
 */
import type { Kysely, Transaction } from 'kysely';
import { statementSourceOf } from './connect';
import { executeCompiled, holding } from './prepared';
import { asUnitOfWork, assertOutsideUnitOfWork } from './unit-of-work';

export { transactionPerJob } from './transaction-per-job';

import type { Transact } from './transaction-per-job';

export type { Transact };

interface Job<DB> {
  work: (trx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Largest number of jobs in one group; more wait for the next, so no commit grows without bound. */
const MAX_GROUP = 64;

export function groupCommit<DB>(db: Kysely<DB>): Transact<DB> {
  const statements = statementSourceOf(db);
  // `db.transaction().execute(work)`, with the transaction marked as holding the connection (db/prepared.ts).
  const inTransaction = <T>(work: (trx: Transaction<DB>) => Promise<T>) => db.transaction().execute((trx) => holding(trx, statements, () => work(trx)));
  let queue: Job<DB>[] = [];
  let scheduled = false;
  let running = false;

  const schedule = () => {
    if (scheduled || running || queue.length === 0) return;
    scheduled = true;
    // setImmediate runs after the poll phase: every request whose body arrived in this turn of
    // the event loop has reached here by then and joins the group.
    setImmediate(flush);
  };

  async function flush() {
    scheduled = false;
    running = true;
    const jobs = queue.slice(0, MAX_GROUP);
    queue = queue.slice(jobs.length);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      if (jobs.length === 1) {
        // Alone: no savepoint needed, the transaction is the job's own.
        outcomes.push({ ok: true, value: await inTransaction((trx) => asUnitOfWork(() => jobs[0]!.work(trx))) });
      } else {
        await inTransaction(async (trx) => {
          for (const job of jobs) {
            await executeCompiled(trx, 'savepoint job', []);
            try {
              outcomes.push({ ok: true, value: await asUnitOfWork(() => job.work(trx)) });
            } catch (error) {
              await executeCompiled(trx, 'rollback to savepoint job', []);
              outcomes.push({ ok: false, error });
            }
            await executeCompiled(trx, 'release savepoint job', []);
          }
        });
      }
      jobs.forEach((job, i) => {
        const o = outcomes[i]!;
        if (o.ok) job.resolve(o.value);
        else job.reject(o.error);
      });
    } catch (error) {
      // The transaction (or the lone job) failed: nothing of the group was kept.
      for (const job of jobs) job.reject(error);
    } finally {
      running = false;
      schedule();
    }
  }

  return <T>(work: (trx: Transaction<DB>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      // A job waiting for a later group while its own group waits for it would never finish.
      assertOutsideUnitOfWork('unit of work');
      queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      schedule();
    });
}
