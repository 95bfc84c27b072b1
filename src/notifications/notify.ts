/**
 * Producing notifications. From the audit trail (src/cases/audit-tail.ts): a new request at a
 * unit (its PPID Pelaksana, and the PPID Utama), an assignment (the assigned units' PPID
 * Pelaksana), a case gone overdue (everyone whose queue holds it), a unit's draft answer (the PPID
 * Utama), a requester's clarification answer (the units holding the case, and the PPID Utama). From the deadlines, by the
 * sweeper: open cases due within 2 working days on their own calendar, once per due date.
 * Each notification is unique per user and key, so a job that runs twice notifies once.
 */
import type { Reader, Trx } from '../../db/unit-of-work';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps';
import { tailAudit } from '../cases/audit-tail';
import { ALL_UNITS, refreshQueueIndex } from '../cases/queue-index';
import { dueWithin } from '../cases/queue';
import type { NotificationData, NotificationKind } from './inbox';

export const DUE_SOON_NOTICE_WORKING_DAYS = 2;

interface Pending {
  userId: string;
  kind: NotificationKind;
  caseId: string;
  key: string;
  data: NotificationData;
}

async function insert(trx: Trx, items: Pending[], at: string) {
  for (let i = 0; i < items.length; i += 200) {
    const rows = items.slice(i, i + 200).map((n) => ({
      id: randomUUID(),
      user_id: n.userId,
      kind: n.kind,
      case_id: n.caseId,
      data: JSON.stringify(n.data),
      dedupe_key: n.key,
      created_at: at,
      read_at: null,
    }));
    await trx
      .insertInto('notifications')
      .values(rows)
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .execute();
  }
}

/** Active officers to tell about a case at these units: their PPID Pelaksana, and every PPID Utama. */
async function recipients(db: Reader, units: string[], withUtama: boolean): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('active', '=', 1)
    .where((eb) =>
      eb.or([
        ...(units.length > 0 ? [eb.and([eb('role', '=', 'ppid_pelaksana'), eb('unit_code', 'in', units)])] : []),
        ...(withUtama ? [eb('role', '=', 'ppid_utama')] : []),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** The units whose queues hold a case (received at, or assigned to). */
async function unitsOf(db: Reader, caseId: string): Promise<string[]> {
  const rows = await db.selectFrom('queue_units').select('unit_code').where('case_id', '=', caseId).where('unit_code', '!=', ALL_UNITS).execute();
  return rows.map((r) => r.unit_code);
}

/** Turns new audit events into notifications. */
export async function notifyFromAudit(deps: Deps): Promise<number> {
  return tailAudit(deps, 'notifications', async (trx, events) => {
    const pending: Pending[] = [];
    for (const e of events) {
      if (!e.caseId || !['REGISTER', 'ASSIGN', 'MARK_OVERDUE', 'SUBMIT_DRAFT', 'RECEIVE_CLARIFICATION'].includes(e.event)) continue;
      const c = await trx.selectFrom('cases').select(['registration_number', 'received_unit', 'notice_due']).where('id', '=', e.caseId).executeTakeFirst();
      if (!c) continue;
      const data = JSON.parse(e.data) as { assignments?: Array<{ unit: string }>; onFiling?: boolean };
      // Assigned on filing to the unit it was filed at: that unit was told of the new request already.
      if (e.event === 'ASSIGN' && data.onFiling) continue;
      const base = { caseId: e.caseId, data: { registrationNumber: c.registration_number } as NotificationData };
      if (e.event === 'REGISTER') {
        for (const userId of await recipients(trx, [c.received_unit], true)) {
          pending.push({ ...base, userId, kind: 'new_request', key: `new_request:${e.caseId}`, data: { ...base.data, unit: c.received_unit } });
        }
      } else if (e.event === 'ASSIGN') {
        for (const unit of (data.assignments ?? []).map((a) => a.unit)) {
          for (const userId of await recipients(trx, [unit], false)) {
            pending.push({ ...base, userId, kind: 'assigned', key: `assigned:${e.caseId}:${e.seq}`, data: { ...base.data, unit } });
          }
        }
      } else if (e.event === 'SUBMIT_DRAFT') {
        // A unit's draft answer: the PPID Utama decides from it (issue 17).
        for (const userId of await recipients(trx, [], true)) {
          pending.push({ ...base, userId, kind: 'draft_arrived', key: `draft_arrived:${e.caseId}:${e.seq}`, data: { ...base.data } });
        }
      } else if (e.event === 'RECEIVE_CLARIFICATION') {
        // The requester answered: the handlers (the units holding the case, and the PPID Utama) take it up again.
        const units = [...new Set([c.received_unit, ...(await unitsOf(trx, e.caseId))])];
        for (const userId of await recipients(trx, units, true)) {
          pending.push({ ...base, userId, kind: 'clarification_received', key: `clarification_received:${e.caseId}:${e.seq}`, data: { ...base.data } });
        }
      } else {
        // The queue index may not have caught up with this case yet; the received unit is always known.
        const units = [...new Set([c.received_unit, ...(await unitsOf(trx, e.caseId))])];
        for (const userId of await recipients(trx, units, true)) {
          pending.push({ ...base, userId, kind: 'overdue', key: `overdue:${e.caseId}:${c.notice_due}`, data: { ...base.data, due: c.notice_due } });
        }
      }
    }
    await insert(trx, pending, deps.clock().toISOString());
  });
}

/** Open cases due within 2 working days that were not yet announced for that due date. */
export async function notifyDueSoon(deps: Deps): Promise<number> {
  const now = deps.clock().toISOString();
  const bounds = await dueWithin(deps, DUE_SOON_NOTICE_WORKING_DAYS);
  let announced = 0;
  for (const [calendarCode, bound] of bounds) {
    const due = await deps.db
      .selectFrom('queue_units as qu')
      .innerJoin('cases', 'cases.id', 'qu.case_id')
      .select(['qu.case_id', 'cases.registration_number', 'cases.notice_due'])
      .where('qu.unit_code', '=', ALL_UNITS)
      .where('qu.open', '=', 1)
      .where('qu.notice_due_at', '>=', now)
      .where('qu.notice_due_at', '<=', bound)
      .where('qu.calendar_code', '=', calendarCode)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('deadline_notices')
              .select('deadline_notices.case_id')
              .whereRef('deadline_notices.case_id', '=', 'qu.case_id')
              .where('deadline_notices.kind', '=', 'due_soon')
              .whereRef('deadline_notices.due', '=', 'cases.notice_due'),
          ),
        ),
      )
      .limit(1000)
      .execute();
    for (const c of due) {
      await deps.transact(async (trx) => {
        const units = await unitsOf(trx, c.case_id);
        const pending = (await recipients(trx, units, true)).map(
          (userId): Pending => ({
            userId,
            kind: 'due_soon',
            caseId: c.case_id,
            key: `due_soon:${c.case_id}:${c.notice_due}`,
            data: { registrationNumber: c.registration_number, due: c.notice_due },
          }),
        );
        await insert(trx, pending, now);
        await trx
          .insertInto('deadline_notices')
          .values({ case_id: c.case_id, kind: 'due_soon', due: c.notice_due })
          .onConflict((oc) => oc.doNothing())
          .execute();
      });
      announced += 1;
    }
  }
  return announced;
}

/** The sweeper's notification work: catch the queue index up, then both producers. */
export async function runNotificationJobs(deps: Deps): Promise<void> {
  await refreshQueueIndex(deps);
  await notifyFromAudit(deps);
  await notifyDueSoon(deps);
}
