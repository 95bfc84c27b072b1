/**
 * A lost tracking code (kode pelacakan hilang): the requester gives the registration number and
 * the e-mail address on file, and a new code is e-mailed to that address; the old code stops
 * working at once. The caller's answer is the same whether or not the two match, so the form
 * cannot be used to learn whose request a number is. Each case gets at most
 * RECOVERIES_PER_DAY new codes in 24 hours (more asks are answered the same and do nothing), and
 * the public rate limit bounds the asks per client.
 */
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log';
import { publicBaseUrl } from '../config';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { enqueueMail } from '../mail/outbox';
import type { Actor } from '../../workflows/request.events';
import { findCaseByNumber } from './case.repository';
import { hashTrackingCode, newTrackingCode } from './tracking-code';

export const recoverySchema = z.object({
  registrationNumber: z.string().trim().min(1).max(64),
  email: z.string().trim().max(254).email(),
});
export type RecoveryRequest = z.infer<typeof recoverySchema>;

export const RECOVERIES_PER_DAY = 3;
const REQUESTER: Actor = { kind: 'requester', id: null, role: 'requester', unit: null };

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Sends a new tracking code when the number and the address match; returns whether it did (never tell the caller). */
export async function recoverTrackingCode(deps: Deps, ask: RecoveryRequest): Promise<boolean> {
  const row = await findCaseByNumber(deps.db, ask.registrationNumber.trim().toUpperCase());
  if (!row) return false;
  const requester = await deps.db.selectFrom('requesters').select('email').where('id', '=', row.requester_id).executeTakeFirst();
  if (!requester?.email || !sameAddress(requester.email, ask.email)) return false;
  const now = deps.clock();
  const since = new Date(now.getTime() - 24 * 3_600_000).toISOString();
  const code = newTrackingCode();
  const at = now.toISOString();
  return deps.transact(async (trx) => {
    const recent = await trx
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', row.id)
      .where('event', '=', 'TRACKING_CODE_REISSUED')
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= RECOVERIES_PER_DAY) return false;
    await trx
      .updateTable('cases')
      .set({ tracking_code_hash: hashTrackingCode(code) })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(trx, { caseId: row.id, actor: REQUESTER, event: 'TRACKING_CODE_REISSUED', fromState: row.state, toState: row.state, data: {}, at });
    const lang = row.lang as Lang;
    const trackUrl = `${publicBaseUrl(deps.config)}/lacak?nomor=${encodeURIComponent(row.registration_number)}`;
    await enqueueMail(
      trx,
      [{ to: requester.email!, template: 'tracking_code_reissued', lang, vars: { number: row.registration_number, code, trackUrl }, caseId: row.id }],
      at,
    );
    return true;
  });
}
