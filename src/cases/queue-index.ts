/**
 * The queue index (`queue_units`): for every case, one row per unit or mission whose queue shows
 * it — the unit that received it, each unit holding an active assignment — and one row under `*`
 * for the whole body. Each row carries what the queues filter and sort on (state, open, this
 * unit's assignment pending, the first due instant and its calendar), so every queue of every
 * unit is one ordered index walk that stops after a page, however many cases there are.
 *
 * It is a projection: rebuilt per case from the case row and its workflow snapshot whenever the
 * audit trail shows the case changed (filing, any event, a calendar recomputation). The queue
 * reads catch it up first, so a page always reflects every committed change. Who may see a case
 * is still decided by `inScope` (case.repository.ts); this index only orders and counts.
 */
import type { Trx } from '../../db/unit-of-work';
import type { Deps } from '../deps';
import type { CaseRow } from '../../db/schema';
import type { QueueUnitsTable } from '../../db/schema/officer';
import type { RequestContext } from '../../workflows/request.machine';
import { isOpenState } from '../../workflows/request.state';
import { tailAudit } from './audit-tail';
import { indexCaseText } from './search';
import { nameTokens } from './name-tokens';
import type { KeyRing } from '../crypto/key-ring';
import { firstDeadline } from './jakarta-deadlines';
import { type CaseDeadlines, activeAssignments } from './transition';

/** The queue key of the whole body (the PPID Utama's queues). */
export const ALL_UNITS = '*';

type QueueRowSource = Pick<CaseRow, 'id' | 'state' | 'received_unit' | 'notice_due_at' | 'deadlines' | 'snapshot'>;

/** The queue rows of one case. */
export function queueRows(c: QueueRowSource): QueueUnitsTable[] {
  const context = (JSON.parse(c.snapshot) as { context: RequestContext }).context;
  // Queues order and alert by whichever deadline comes first: the node's or, for a mission's
  // request, the Jakarta one (kip-rules §5.4; src/cases/jakarta-deadlines.ts).
  const first = firstDeadline(JSON.parse(c.deadlines) as CaseDeadlines);
  const calendarCode = first.calendar.code;
  const active = activeAssignments(context.assignments);
  const open = isOpenState(c.state) ? 1 : 0;
  const row = (unit: string, pending: boolean): QueueUnitsTable => ({
    unit_code: unit,
    case_id: c.id,
    state: c.state,
    open,
    pending: open && pending ? 1 : 0,
    notice_due_at: first.dueAt,
    calendar_code: calendarCode,
  });
  const pendingOf = (unit: string) => active.some((a) => a.unit === unit && a.status === 'pending');
  const units = new Set([c.received_unit, ...active.map((a) => a.unit)]);
  return [
    row(
      ALL_UNITS,
      active.some((a) => a.status === 'pending'),
    ),
    ...[...units].map((u) => row(u, pendingOf(u))),
  ];
}

/** Rebuilds the queue rows and the search document of these cases. */
export async function reindexCases(trx: Trx, caseIds: string[], keys: KeyRing): Promise<void> {
  for (let i = 0; i < caseIds.length; i += 200) {
    const ids = caseIds.slice(i, i + 200);
    const cases = await trx
      .selectFrom('cases')
      .leftJoin('requesters', 'requesters.id', 'cases.requester_id')
      .select([
        'cases.id',
        'cases.state',
        'cases.received_unit',
        'cases.notice_due_at',
        'cases.deadlines',
        'cases.snapshot',
        'cases.year',
        'cases.seq',
        'cases.registration_number',
        'cases.information',
        'requesters.name as requester_name',
      ])
      .where('cases.id', 'in', ids)
      .execute();
    await trx.deleteFrom('queue_units').where('case_id', 'in', ids).execute();
    const rows = cases.map((c) => ({ c, rows: queueRows(c) }));
    const all = rows.flatMap((r) => r.rows);
    if (all.length > 0) await trx.insertInto('queue_units').values(all).execute();
    await indexCaseText(
      trx,
      await Promise.all(
        rows.map(async ({ c, rows: r }) => ({
          ...c,
          units: r.map((q) => q.unit_code).filter((u) => u !== ALL_UNITS),
          names: c.requester_name ? await nameTokens(keys, c.requester_name) : [],
        })),
      ),
    );
  }
}

/** Catches the queue index and the search index up with the audit trail. */
export async function refreshQueueIndex(deps: Pick<Deps, 'db' | 'transact' | 'keys'>): Promise<number> {
  return tailAudit(deps, 'queue_units', async (trx, events) => {
    const changed = [...new Set(events.map((e) => e.caseId).filter((id): id is string => id !== null))];
    if (changed.length > 0) await reindexCases(trx, changed, deps.keys);
  });
}
