/** Kysely queries for cases: plain functions over a database or a transaction. */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { CaseRow, Database } from '../../db/schema';
import type { Actor } from '../../workflows/request.events';
import { notFound } from './errors';

/** Which cases an officer may see (every query goes through it; out of scope is a 404, not a 403). */
export function caseScope(actor: Actor): { all: true } | { units: string[] } {
  switch (actor.role) {
    case 'ppid_utama':
    case 'admin':
    case 'auditor':
    case 'system':
      return { all: true };
    case 'ppid_pelaksana':
      return { units: actor.unit ? [actor.unit] : [] };
    default:
      return { units: [] };
  }
}

/** Received at, or assigned now to, one of these units. */
export const inScope = (eb: ExpressionBuilder<Database, 'cases'>, units: string[]) => eb.or([
  eb('cases.received_unit', 'in', units),
  eb.exists(eb.selectFrom('case_units').select('case_units.case_id')
    .whereRef('case_units.case_id', '=', 'cases.id').where('case_units.unit_code', 'in', units)),
]);

export async function findCaseInScope(db: Kysely<Database>, id: string, actor: Actor): Promise<CaseRow> {
  const scope = caseScope(actor);
  let query = db.selectFrom('cases').selectAll().where('id', '=', id);
  if (!('all' in scope)) {
    if (scope.units.length === 0) throw notFound();
    query = query.where((eb) => inScope(eb, scope.units));
  }
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function findCaseByNumber(db: Kysely<Database>, registrationNumber: string) {
  return db.selectFrom('cases').selectAll().where('registration_number', '=', registrationNumber).executeTakeFirst();
}
