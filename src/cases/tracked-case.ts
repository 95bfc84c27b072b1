/**
 * The case a requester reaches with its registration number and tracking code (the code shown once
 * on the receipt; only its hash is stored). An unknown number and a wrong code look the same: the
 * answer reveals nothing.
 */
import type { CaseRow } from '../../db/schema';
import type { Deps } from '../deps';
import { findCaseByNumber } from './case.repository';
import { notFound } from './errors';
import { trackingCodeMatches } from './tracking-code';

export async function trackedCase(deps: Pick<Deps, 'db'>, registrationNumber: string, code: string | undefined): Promise<CaseRow> {
  const row = await findCaseByNumber(deps.db, registrationNumber);
  if (!row || !code || !trackingCodeMatches(code, row.tracking_code_hash)) throw notFound();
  return row;
}
