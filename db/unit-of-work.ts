/**
 * The one transaction contract of the domain (unit of work).
 *
 * A step of a case (file a request, apply an event, file an objection, …) reads what it needs
 * and makes all its writes through ONE handle, the `Trx` its unit of work hands it; the step
 * commits whole or not at all. Everything else the domain gets is a `Reader`: it can select but
 * not write and not open a transaction of its own, so "wrote outside the transaction" is a type
 * error, not a review comment.
 *
 * Two mistakes used to hang the embedded database silently (it has one connection, which the
 * open transaction holds): reading through `deps.db` inside a job, and asking for a unit of work
 * inside another. Both now throw `UnitOfWorkMisuse` at once, naming what to use instead.
 *
 * How a unit of work commits depends on the backend (see docs/storage.md): grouped commits with a
 * savepoint per job on SQLite (db/group-commit.ts), a transaction per job on servers with real
 * concurrent connections.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** The handle a unit of work writes (and reads) through. */
export type Trx = Transaction<Database>;

/** Reads outside a unit of work: queries, no writes, no transactions. A `Trx` is also a `Reader`. */
export type Reader = Pick<Kysely<Database>, 'selectFrom' | 'selectNoFrom' | 'with' | 'fn' | 'dynamic' | 'getExecutor' | 'executeQuery' | 'isTransaction'>;

/** Runs `work` as one unit: its writes through `trx` commit together, or none of them does. */
export type UnitOfWork = <T>(work: (trx: Trx) => Promise<T>) => Promise<T>;

export class UnitOfWorkMisuse extends Error {
  override name = 'UnitOfWorkMisuse';
}

const insideWork = new AsyncLocalStorage<true>();

/** Runs a job's work marked as inside a unit of work (for the implementations of UnitOfWork). */
export const asUnitOfWork = <T>(work: () => Promise<T>): Promise<T> => insideWork.run(true, work);

/**
 * Throws when called from inside a unit of work. Called where the database hands out its
 * connection (db/connect.ts) and where a unit of work starts: on one connection, either would
 * wait for the very transaction that is waiting for it.
 */
export function assertOutsideUnitOfWork(what: 'read' | 'unit of work'): void {
  if (!insideWork.getStore()) return;
  throw new UnitOfWorkMisuse(
    what === 'read'
      ? 'deps.db was used inside a unit of work: read through the trx the work was given'
      : 'a unit of work was started inside another: pass the trx down instead',
  );
}
