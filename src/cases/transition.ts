/** Turning a machine snapshot into the case row's columns, and reading it back. */
import { createActor } from 'xstate';
import type { CaseRow } from '../../db/schema';
import type { DeadlineExplanation } from '../calendar/types';
import type { RequestEvent } from '../../workflows/request.events';
import { type Assignment, REQUEST_MACHINE_VERSION, type RequestInput, requestMachine } from '../../workflows/request.machine';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { type RequestSnapshot, stateName } from '../../workflows/request.state';

/** Every deadline a case carries, each with how it was counted. */
export interface CaseDeadlines {
  notice: DeadlineExplanation;
  noticeExtended?: DeadlineExplanation;
  /** A new notice period ordered by the atasan PPID on objection (REOPEN). */
  noticeReopened?: DeadlineExplanation;
  /** Internal targets of the units and missions a case was assigned to, each on its own calendar. */
  unitTargets?: Record<string, DeadlineExplanation>;
}

export const activeAssignments = (assignments: Assignment[]) =>
  assignments.filter((a) => a.status === 'pending' || a.status === 'accepted' || a.status === 'answered');

/** The units holding a case now: the table that scopes what a PPID Pelaksana may see. */
export async function syncCaseUnits(trx: Kysely<Database>, caseId: string, assignments: Assignment[]) {
  await trx.deleteFrom('case_units').where('case_id', '=', caseId).execute();
  const active = activeAssignments(assignments);
  if (active.length > 0) {
    await trx.insertInto('case_units').values(active.map((a) => ({ case_id: caseId, unit_code: a.unit, status: a.status }))).execute();
  }
}

/** The statutory notice deadline now in force. */
export const noticeDeadline = (d: CaseDeadlines) => d.noticeReopened ?? d.noticeExtended ?? d.notice;

export function caseColumns(snapshot: RequestSnapshot, persisted: unknown, deadlines: CaseDeadlines, at: string) {
  const ctx = snapshot.context;
  const state = stateName(snapshot);
  const due = noticeDeadline(deadlines);
  return {
    state,
    overdue: ctx.overdueAt ? 1 : 0,
    extended: ctx.extension ? 1 : 0,
    outcome: ctx.decision?.outcome ?? null,
    assigned_unit: activeAssignments(ctx.assignments).at(-1)?.unit ?? null,
    notice_due: due.due,
    notice_due_at: due.dueAt,
    deadlines: JSON.stringify(deadlines),
    decided_at: ctx.decision?.at ?? null,
    closed_at: state === 'closed' ? at : null,
    machine_version: REQUEST_MACHINE_VERSION,
    snapshot: JSON.stringify(persisted),
    updated_at: at,
  };
}

/**
 * Restores a case's workflow from its persisted snapshot. Snapshots of an older machine version
 * would be migrated here, deliberately; there is only version 1 so far.
 */
export function restoreSnapshot(row: Pick<CaseRow, 'snapshot' | 'machine_version'>): RequestSnapshot {
  if (row.machine_version !== REQUEST_MACHINE_VERSION) {
    throw new Error(`no migration from request machine v${row.machine_version} to v${REQUEST_MACHINE_VERSION}`);
  }
  return requestMachine.resolveState(JSON.parse(row.snapshot));
}

/** Restore, start, send, persist, stop: the next snapshot and what to store of it. */
export function step(from: RequestSnapshot | { input: RequestInput }, event: RequestEvent) {
  const actor = 'input' in from
    ? createActor(requestMachine, { input: from.input })
    : createActor(requestMachine, { snapshot: from, input: { receivedUnit: from.context.receivedUnit } });
  actor.start();
  actor.send(event);
  const snapshot = actor.getSnapshot();
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { snapshot, persisted };
}
