/**
 * The retention job (run by the sweeper): once a closed case has been done for longer than the
 * retention period (`PERSONAL_DATA_RETENTION_MONTHS`), the requester's personal data is replaced
 * by a pseudonym and the identity scan deleted. What the registers and statistics count stays:
 * the case, its requester type, its dates and outcome, its objections; the audit trail is not
 * touched (it never held personal data) and gains one event per case saying that this was done,
 * without any of the data.
 *
 * "Done" means: the case is closed, and every objection on it is decided, settled or closed (a
 * dispute still at the Information Commission or in court keeps the data). The period runs from
 * the later of the case's closing and the objections' last change.
 */
import { createHash } from 'node:crypto';
import type { Deps } from '../deps';
import { appendAudit } from '../audit/audit-log';
import type { Actor } from '../../workflows/request.events';
import { CONCLUDED_STATES } from '../objections/objection-state';

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };

/** The instant `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): string {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

/** A stable pseudonym that says nothing about the person. */
export const pseudonymOf = (requesterId: string) => `Pemohon-${createHash('sha256').update(`pseudonym:${requesterId}`).digest('hex').slice(0, 10)}`;

export async function pseudonymiseExpired(deps: Deps, batchSize = 200): Promise<number> {
  const now = deps.clock();
  const cutoff = retentionCutoff(now, deps.config.PERSONAL_DATA_RETENTION_MONTHS);
  let done = 0;
  for (;;) {
    const due = await deps.db
      .selectFrom('cases')
      .innerJoin('requesters', 'requesters.id', 'cases.requester_id')
      .select(['cases.id', 'cases.requester_id'])
      .where('cases.state', '=', 'closed')
      .where('cases.closed_at', '<', cutoff)
      .where('requesters.pseudonymised_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('objections')
              .select('objections.id')
              .whereRef('objections.case_id', '=', 'cases.id')
              .where((o) => o.or([o('objections.state', 'not in', CONCLUDED_STATES), o('objections.updated_at', '>=', cutoff)])),
          ),
        ),
      )
      .orderBy('cases.closed_at')
      .limit(batchSize)
      .execute();
    for (const c of due) {
      await deps.transact(async (trx) => {
        const requester = await trx.selectFrom('requesters').select(['email', 'pseudonymised_at']).where('id', '=', c.requester_id).executeTakeFirstOrThrow();
        if (requester.pseudonymised_at) return;
        const at = deps.clock().toISOString();
        await trx
          .updateTable('requesters')
          .set({
            name: pseudonymOf(c.requester_id),
            nik: null,
            passport_number: null,
            legal_entity_number: null,
            email: null,
            phone: null,
            address: '',
            occupation: null,
            pseudonymised_at: at,
          })
          .where('id', '=', c.requester_id)
          .execute();
        const scans = await trx.deleteFrom('identity_documents').where('requester_id', '=', c.requester_id).executeTakeFirst();
        // The requester's address on the e-mails sent about the case (their text holds no personal data).
        if (requester.email) {
          await trx
            .updateTable('outbox')
            .set({ to_address: pseudonymOf(c.requester_id) })
            .where('case_id', '=', c.id)
            .where('to_address', '=', requester.email)
            .execute();
        }
        await appendAudit(trx, {
          caseId: c.id,
          actor: SYSTEM,
          event: 'PERSONAL_DATA_PSEUDONYMISED',
          fromState: null,
          toState: null,
          at,
          data: { retentionMonths: deps.config.PERSONAL_DATA_RETENTION_MONTHS, identityDocumentsDeleted: Number(scans.numDeletedRows) },
        });
      });
      done += 1;
    }
    if (due.length < batchSize) return done;
  }
}
