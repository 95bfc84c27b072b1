/**
 * The officer's check of the requester's identity (pemeriksaan identitas pemohon): after looking
 * at the uploaded scan beside the data on the form, a role that may read personal data records
 * "verified", "not matching" or "not provided" on the case. Each check is kept (the latest is the
 * case's) and written to the audit trail — the result only, never the scan or the NIK.
 */
import type { Reader } from '../../db/unit-of-work';
import { z } from 'zod';
import { newRowId } from '../../db/row-id';
import type { IdentityCheckResult } from '../../db/schema/answers';

export type { IdentityCheckResult };
import { appendAudit } from '../audit/audit-log';
import { findCaseInScope } from '../cases/case.repository';
import { mayReadPersonalData } from '../auth/personal-data';
import { forbidden } from '../cases/errors';
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';

export const identityCheckResults = ['verified', 'not_matching', 'not_provided'] as const satisfies readonly IdentityCheckResult[];

export const identityCheckSchema = z.object({
  result: z.enum(identityCheckResults, { message: 'identity_check_result' }),
  note: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(1000).optional()),
});
export type IdentityCheckInput = z.infer<typeof identityCheckSchema>;

export interface IdentityCheck {
  result: IdentityCheckResult;
  note: string | null;
  checkedAt: string;
  checkedBy: string | null;
}

/** The case's latest identity check, or null (never checked). Only for roles that may read personal data. */
export async function latestIdentityCheck(db: Reader, caseId: string): Promise<IdentityCheck | null> {
  const row = await db
    .selectFrom('identity_checks')
    .leftJoin('users', 'users.id', 'identity_checks.checked_by')
    .select(['identity_checks.result', 'identity_checks.note', 'identity_checks.checked_at', 'users.name'])
    .where('identity_checks.case_id', '=', caseId)
    .orderBy('identity_checks.checked_at', 'desc')
    .orderBy('identity_checks.id', 'desc')
    .executeTakeFirst();
  return row ? { result: row.result, note: row.note, checkedAt: row.checked_at, checkedBy: row.name ?? null } : null;
}

/** Records a check in one transaction with its audit event (IDENTITY_CHECKED). */
export async function recordIdentityCheck(deps: Deps, caseId: string, actor: Actor, input: IdentityCheckInput): Promise<void> {
  if (!mayReadPersonalData(actor) || actor.id === null) throw forbidden();
  await deps.transact(async (trx) => {
    const row = await findCaseInScope(trx, caseId, actor);
    const at = deps.clock().toISOString();
    await trx
      .insertInto('identity_checks')
      .values({ id: newRowId(), case_id: row.id, result: input.result, note: input.note ?? null, checked_by: actor.id!, checked_at: at })
      .execute();
    const scans = await trx.selectFrom('identity_documents').select('id').where('requester_id', '=', row.requester_id).execute();
    await appendAudit(trx, {
      caseId: row.id,
      actor,
      event: 'IDENTITY_CHECKED',
      fromState: null,
      toState: null,
      at,
      data: { result: input.result, documents: scans.map((s) => s.id) },
    });
  });
}
