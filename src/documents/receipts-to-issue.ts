/**
 * Receipts still to issue. A filing records, in its own transaction, that its receipt (tanda bukti
 * penerimaan) is owed (`receipts_to_issue`), and issues it right after its commit (`issueReceipts`),
 * outside the registration counter's lock. If the process stopped in between, the row stays: the
 * sweeper issues the receipt, and so does the first download or a repeat of the filing with its
 * Idempotency-Key.
 */
import type { Trx } from '../../db/unit-of-work';
import type { Deps } from '../deps';
import { issueReceipts } from './issue';

/** Inside the filing's unit of work: the case's receipt is owed. */
export async function oweReceipt(trx: Trx, caseId: string, at: string): Promise<void> {
  await trx.insertInto('receipts_to_issue').values({ case_id: caseId, created_at: at }).execute();
}

/** Issues the receipts of a case if they are still owed; true if it issued any. */
export async function issueOwedReceipts(deps: Deps, caseId: string): Promise<boolean> {
  const owed = await deps.db.selectFrom('receipts_to_issue').select('case_id').where('case_id', '=', caseId).executeTakeFirst();
  if (!owed) return false;
  const row = await deps.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
  if (row) await issueReceipts(deps, row);
  else await deps.transact((trx) => trx.deleteFrom('receipts_to_issue').where('case_id', '=', caseId).execute());
  return true;
}

/**
 * The sweeper's part: receipts owed for longer than `graceMs` (the filing's own process issues its
 * receipt within moments; an older row means that process stopped). Returns how many cases it served.
 */
export async function issueStaleReceipts(deps: Deps, graceMs = 60_000, batchSize = 100): Promise<number> {
  const before = new Date(deps.clock().getTime() - graceMs).toISOString();
  const owed = await deps.db
    .selectFrom('receipts_to_issue')
    .select('case_id')
    .where('created_at', '<', before)
    .orderBy('created_at')
    .limit(batchSize)
    .execute();
  let issued = 0;
  for (const { case_id } of owed) if (await issueOwedReceipts(deps, case_id)) issued += 1;
  return issued;
}
