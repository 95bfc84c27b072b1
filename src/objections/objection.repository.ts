/** Kysely queries for objections (keberatan): plain functions over a database or a transaction. */
import type { Reader } from '../../db/unit-of-work';
import type { ObjectionRow } from '../../db/schema/objections';
import type { Actor } from '../../workflows/request.events';
import { notFound } from '../cases/errors';

/** Body-level roles that work or oversee objections; a PPID Pelaksana does not (objections go to the atasan of the body). */
export const OBJECTION_READERS = ['ppid_utama', 'atasan', 'auditor', 'admin'] as const;

export function mayReadObjections(actor: Actor): boolean {
  return (OBJECTION_READERS as readonly string[]).includes(actor.role);
}

export async function findObjection(db: Reader, id: string, actor: Actor): Promise<ObjectionRow> {
  if (!mayReadObjections(actor) && actor.role !== 'system') throw notFound();
  const row = await db.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The objections on a request, oldest first (number and state only). */
export function objectionsOfCase(db: Reader, caseId: string) {
  return db.selectFrom('objections').select(['id', 'objection_number', 'state']).where('case_id', '=', caseId).orderBy('received_at').execute();
}
