/**
 * Consumers of the audit trail (jejak audit). Every change to a case appends one audit event in
 * the transaction that makes it, so a consumer that reads the events after its cursor sees every
 * change, in commit order (appends serialise on the audit head), without hooks in the writers.
 * Idempotent: a consumer handles a batch and moves its cursor in one transaction.
 */
import type { Trx } from '../../db/unit-of-work';
import type { Deps } from '../deps';

export interface TailEvent {
  seq: number;
  caseId: string | null;
  event: string;
  data: string;
}

/** Handles the events after the named cursor, a batch per transaction; returns how many it read. */
export async function tailAudit(
  deps: Pick<Deps, 'db' | 'transact'>,
  name: string,
  handle: (trx: Trx, events: TailEvent[]) => Promise<void>,
  batchSize = 500,
): Promise<number> {
  let total = 0;
  for (;;) {
    // Fast path without a write: nothing new since the cursor.
    const [cursor, head] = await Promise.all([
      deps.db.selectFrom('projection_cursors').select('seq').where('name', '=', name).executeTakeFirst(),
      deps.db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow(),
    ]);
    if ((cursor?.seq ?? 0) >= head.seq) return total;
    const read = await deps.transact(async (trx) => {
      await trx
        .insertInto('projection_cursors')
        .values({ name, seq: 0 })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      // Updating the cursor row first takes its lock (PostgreSQL): two consumers never read the same batch.
      const { seq } = await trx
        .updateTable('projection_cursors')
        .set((eb) => ({ seq: eb.ref('seq') }))
        .where('name', '=', name)
        .returning('seq')
        .executeTakeFirstOrThrow();
      const events = await trx
        .selectFrom('audit_events')
        .select(['seq', 'case_id as caseId', 'event', 'data'])
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(batchSize)
        .execute();
      if (events.length === 0) return 0;
      await handle(trx, events);
      await trx
        .updateTable('projection_cursors')
        .set({ seq: events.at(-1)!.seq })
        .where('name', '=', name)
        .execute();
      return events.length;
    });
    total += read;
    if (read < batchSize) return total;
  }
}

/** Places a cursor at the head of the trail (after a bulk load that built its projection directly). */
export async function moveCursorToHead(trx: Trx, name: string): Promise<void> {
  const head = await trx.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  await trx
    .insertInto('projection_cursors')
    .values({ name, seq: head.seq })
    .onConflict((oc) => oc.column('name').doUpdateSet({ seq: head.seq }))
    .execute();
}
