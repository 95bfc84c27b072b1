/**
 * The sweeper sends the workflow its timeout events. Deadlines are columns, not timers inside
 * the actor (timers do not survive a restart), so after any downtime one sweep catches up.
 * Idempotent: a case already overdue is not selected, and the machine refuses a second mark.
 */
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';
import { AWAITING_REQUESTER_STATES, OPEN_STATES } from '../../workflows/request.state';
import { applyEvent } from './apply-event';
import { DomainError } from './errors';

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };
/** Under the `paused` clarification policy the clock stands still while the requester is asked. */
const RUNNING_STATES = OPEN_STATES.filter((s) => !AWAITING_REQUESTER_STATES.includes(s));

export async function markOverdue(deps: Deps, batchSize = 500): Promise<number> {
  let marked = 0;
  for (;;) {
    const now = deps.clock().toISOString();
    const due = await deps.db
      .selectFrom('cases')
      .select(['id', 'version'])
      .where('overdue', '=', 0)
      .where('notice_due_at', '<', now)
      .where('state', 'in', deps.config.CLARIFICATION_CLOCK === 'paused' ? RUNNING_STATES : OPEN_STATES)
      .orderBy('notice_due_at')
      .limit(batchSize)
      .execute();
    let progress = 0;
    for (const c of due) {
      try {
        await applyEvent(deps, c.id, { type: 'MARK_OVERDUE', expectedVersion: c.version, payload: {} }, SYSTEM);
        progress += 1;
      } catch (e) {
        // Someone moved the case meanwhile (decided it, say): the next sweep looks again.
        if (!(e instanceof DomainError && e.status === 409)) throw e;
      }
    }
    marked += progress;
    if (due.length < batchSize || progress === 0) return marked;
  }
}
