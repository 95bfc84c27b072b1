/**
 * National holiday changes reach open objections. Every objection clock runs on the national
 * calendar (the atasan PPID sits in Jakarta), so when an administrator changes it — a cuti bersama
 * set at short notice, an isbat moving Idul Fitri, a year's list loaded — each objection still
 * waiting for the atasan and not yet overdue gets its response deadline (Art. 36(2)) and its
 * no-response dispute window (Art. 37(2)) counted again, inside the administrator's transaction,
 * through its workflow (RECOMPUTE_DEADLINES), with one audit event on the request's trail.
 */
import type { Trx } from '../../db/unit-of-work';
import { appendAudit } from '../audit/audit-log';
import { reexplainDeadline } from '../calendar/deadline';
import type { DueChange } from '../calendar/recompute';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { versionConflict } from '../cases/errors';
import type { Actor } from '../../workflows/request.events';
import { type ObjectionDeadlines, disputeWindowWithoutResponse } from './objection-deadlines';
import { PENDING_STATES } from './objection-state';
import { disputeState, objectionState, restoreObjection, stepObjection } from './objection-state';

export interface RecomputedObjection {
  id: string;
  objectionNumber: string;
  atasanResponse: DueChange;
}

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };

export async function recomputeOpenObjections(
  trx: Trx,
  calendar: WorkingCalendar,
  input: { reason: string; actor: Actor; at: string; change: Record<string, unknown> },
): Promise<RecomputedObjection[]> {
  const rows = await trx
    .selectFrom('objections')
    .selectAll()
    .where('state', 'in', [...PENDING_STATES])
    .where('overdue', '=', 0)
    .orderBy('id')
    .execute();
  const moved: RecomputedObjection[] = [];
  for (const row of rows) {
    const deadlines = JSON.parse(row.deadlines) as ObjectionDeadlines;
    if (deadlines.atasanResponse.calendar.code !== calendar.code) continue; // objections filed before issue 13 on a mission's calendar
    const response = reexplainDeadline(calendar, deadlines.atasanResponse);
    if (
      response.due === deadlines.atasanResponse.due &&
      response.dueAt === deadlines.atasanResponse.dueAt &&
      response.provisional?.knownUntil === deadlines.atasanResponse.provisional?.knownUntil
    )
      continue;
    const before = restoreObjection(row);
    const today = calendar.localDateOf(new Date(input.at));
    const { snapshot, persisted } = stepObjection(before, {
      type: 'RECOMPUTE_DEADLINES',
      actor: SYSTEM,
      at: input.at,
      today,
      responseDue: response.due,
      responseDueAt: response.dueAt,
    });
    if (snapshot.context.responseDueAt !== response.dueAt) continue; // the workflow refused (no longer waiting)
    const next: ObjectionDeadlines = {
      ...deadlines,
      atasanResponse: response,
      ...(deadlines.disputeWindow.basis === 'no_response' ? { disputeWindow: disputeWindowWithoutResponse(calendar, response) } : {}),
    };
    const updated = await trx
      .updateTable('objections')
      .set({
        response_due: response.due,
        response_due_at: response.dueAt,
        deadlines: JSON.stringify(next),
        snapshot: JSON.stringify(persisted),
        state: objectionState(snapshot),
        dispute_stage: disputeState(snapshot),
        version: row.version + 1,
        updated_at: input.at,
      })
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw versionConflict(row.version);
    const change = { from: deadlines.atasanResponse.due, to: response.due };
    await appendAudit(trx, {
      caseId: row.case_id,
      actor: input.actor,
      event: 'OBJECTION_DEADLINES_RECOMPUTED',
      fromState: `objection:${row.state}`,
      toState: `objection:${row.state}`,
      at: input.at,
      data: {
        objectionId: row.id,
        objectionNumber: row.objection_number,
        calendar: calendar.code,
        calendarVersion: calendar.version,
        change: input.change,
        reason: input.reason,
        atasanResponse: change,
        version: row.version + 1,
      },
    });
    moved.push({ id: row.id, objectionNumber: row.objection_number, atasanResponse: change });
  }
  return moved;
}
