/** Kysely queries for cases: plain functions over a database or a transaction. */
import type { Reader } from '../../db/unit-of-work';
import type { ExpressionBuilder } from 'kysely';
import type { CaseRow, Database } from '../../db/schema';
import type { Actor } from '../../workflows/request.events';
import { notFound } from './errors';

/**
 * Which cases an officer may see (every query goes through it; out of scope is a 404, not a 403).
 * The atasan PPID sees the cases that carry an objection (keberatan), the ones they decide on.
 */
export function caseScope(actor: Actor): { all: true } | { units: string[]; objected?: true } {
  switch (actor.role) {
    case 'ppid_utama':
    case 'admin':
    case 'auditor':
    case 'system':
      return { all: true };
    case 'ppid_pelaksana':
      return { units: actor.unit ? [actor.unit] : [] };
    case 'atasan':
      return { units: [], objected: true };
    default:
      return { units: [] };
  }
}

const hasObjection = (eb: ExpressionBuilder<Database, 'cases'>) =>
  eb.exists(eb.selectFrom('objections').select('objections.id').whereRef('objections.case_id', '=', 'cases.id'));

/** Received at, or assigned now to, one of these units. */
export const inScope = (eb: ExpressionBuilder<Database, 'cases'>, units: string[]) =>
  eb.or([
    eb('cases.received_unit', 'in', units),
    eb.exists(
      eb.selectFrom('case_units').select('case_units.case_id').whereRef('case_units.case_id', '=', 'cases.id').where('case_units.unit_code', 'in', units),
    ),
  ]);

export async function findCaseInScope(db: Reader, id: string, actor: Actor): Promise<CaseRow> {
  const scope = caseScope(actor);
  let query = db.selectFrom('cases').selectAll().where('id', '=', id);
  if (!('all' in scope)) {
    if (scope.units.length === 0 && !scope.objected) throw notFound();
    query = query.where((eb) => eb.or([...(scope.units.length > 0 ? [inScope(eb, scope.units)] : []), ...(scope.objected ? [hasObjection(eb)] : [])]));
  }
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function findCaseByNumber(db: Reader, registrationNumber: string) {
  return db.selectFrom('cases').selectAll().where('registration_number', '=', registrationNumber).executeTakeFirst();
}
