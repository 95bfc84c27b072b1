/**
 * Marks objections whose atasan response deadline (30 working days, Art. 36(2)) passed undecided.
 * The mark records the fact (register, queue, audit); the right to go to the Commission follows
 * from the deadline itself, sweep or no sweep. Idempotent: a marked objection is not selected, and
 * the machine refuses a second mark.
 */
import type { Deps } from '../deps';
import { DomainError } from '../cases/errors';
import type { Actor } from '../../workflows/request.events';
import { applyObjectionEvent } from './apply-objection-event';
import { PENDING_STATES } from './objection-state';

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };

export async function markObjectionsOverdue(deps: Deps, batchSize = 500): Promise<number> {
  let marked = 0;
  for (;;) {
    const now = deps.clock().toISOString();
    const due = await deps.db
      .selectFrom('objections')
      .select(['id', 'version'])
      .where('overdue', '=', 0)
      .where('response_due_at', '<', now)
      .where('state', 'in', [...PENDING_STATES])
      .orderBy('response_due_at')
      .limit(batchSize)
      .execute();
    let progress = 0;
    for (const o of due) {
      try {
        await applyObjectionEvent(deps, o.id, { type: 'MARK_OVERDUE', expectedVersion: o.version, payload: {} }, SYSTEM);
        progress += 1;
      } catch (e) {
        // Someone moved it meanwhile (decided it, say): the next sweep looks again.
        if (!(e instanceof DomainError && e.status === 409)) throw e;
      }
    }
    marked += progress;
    if (due.length < batchSize || progress === 0) return marked;
  }
}
