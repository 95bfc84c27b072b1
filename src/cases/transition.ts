/** Turning a machine snapshot into the case row's columns, and reading it back. */
import type { Trx } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import type { DeadlineExplanation } from '../calendar/types';
import { restoreWorkflow, stepWorkflow } from '../../workflows/persistence';
import type { RequestEvent } from '../../workflows/request.events';
import { type Assignment, REQUEST_MACHINE_VERSION, type RequestInput, requestMachine } from '../../workflows/request.machine';
import { type RequestSnapshot, stateName } from '../../workflows/request.state';

/** Every deadline a case carries, each with how it was counted. */
export interface CaseDeadlines {
  notice: DeadlineExplanation;
  noticeExtended?: DeadlineExplanation;
  /** A new notice period ordered by the atasan PPID on objection (REOPEN). */
  noticeReopened?: DeadlineExplanation;
  /** Internal targets of the units and missions a case was assigned to, each on its own calendar. */
  unitTargets?: Record<string, DeadlineExplanation>;
  /**
   * For a request received at a mission: the same statutory deadlines counted on the national
   * calendar (Jakarta), stored beside the node's (kip-rules §5.4; src/cases/jakarta-deadlines.ts).
   */
  jakarta?: JakartaDeadlines;
}

export interface JakartaDeadlines {
  notice: DeadlineExplanation;
  noticeExtended?: DeadlineExplanation;
  noticeReopened?: DeadlineExplanation;
}

export const activeAssignments = (assignments: Assignment[]) =>
  assignments.filter((a) => a.status === 'pending' || a.status === 'accepted' || a.status === 'answered');

/** The units holding a case now: the table that scopes what a PPID Pelaksana may see. */
export async function syncCaseUnits(trx: Trx, caseId: string, assignments: Assignment[]) {
  await trx.deleteFrom('case_units').where('case_id', '=', caseId).execute();
  await insertCaseUnits(trx, caseId, assignments);
}

/** The units of a case inserted in this very transaction (it has none yet). */
export async function insertCaseUnits(trx: Trx, caseId: string, assignments: Assignment[]) {
  const active = activeAssignments(assignments);
  if (active.length > 0) {
    await trx
      .insertInto('case_units')
      .values(active.map((a) => ({ case_id: caseId, unit_code: a.unit, status: a.status })))
      .execute();
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

/** Restores a case's workflow from its persisted snapshot (checking the machine version). */
export const restoreSnapshot = (row: Pick<CaseRow, 'snapshot' | 'machine_version'>): RequestSnapshot =>
  restoreWorkflow(requestMachine, REQUEST_MACHINE_VERSION, row);

/** The next snapshot and what to store of it. */
export const step = (from: RequestSnapshot | { input: RequestInput }, event: RequestEvent) => stepWorkflow(requestMachine, from, event);
