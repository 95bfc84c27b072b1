/**
 * Internal notes (catatan internal) on a case: the officers working it write down what they did
 * and found. Never shown to the requester, to auditors or in exports; the audit trail records
 * that a note was written and by whom, not what it says.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';
import { appendAudit } from '../audit/audit-log';
import { findCaseInScope } from './case.repository';

export const noteSchema = z.object({ body: z.string().trim().min(1).max(5000) });

/** The roles that work cases read and write their notes. */
export const mayReadNotes = (actor: Actor) => actor.role === 'ppid_utama' || actor.role === 'ppid_pelaksana';

export async function addNote(deps: Deps, caseId: string, actor: Actor, body: string) {
  return deps.transact(async (trx) => {
    const row = await findCaseInScope(trx, caseId, actor);
    const id = randomUUID();
    const at = deps.clock().toISOString();
    await trx.insertInto('case_notes').values({ id, case_id: row.id, author_id: actor.id!, body, created_at: at }).execute();
    await appendAudit(trx, { caseId: row.id, actor, event: 'NOTE_ADDED', fromState: row.state, toState: row.state, data: { noteId: id }, at });
    return { id, body, createdAt: at };
  });
}

export async function listNotes(deps: Deps, caseId: string) {
  const rows = await deps.db
    .selectFrom('case_notes')
    .innerJoin('users', 'users.id', 'case_notes.author_id')
    .select(['case_notes.id', 'case_notes.body', 'case_notes.created_at', 'users.name', 'users.username'])
    .where('case_notes.case_id', '=', caseId)
    .orderBy('case_notes.created_at')
    .orderBy('case_notes.id')
    .execute();
  return rows.map((r) => ({ id: r.id, body: r.body, createdAt: r.created_at, author: r.name, authorUsername: r.username }));
}
