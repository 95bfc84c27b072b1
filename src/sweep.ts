/**
 * One sweep of the background work: overdue marks, owed receipts, e-mail, notifications, session,
 * idempotency-key and retention purges, a signed audit checkpoint. The Node entry runs it at an interval (src/server.ts), the
 * Workers entry on its cron trigger (src/worker.ts). Each step is idempotent.
 */
import { signCheckpoint } from './audit/checkpoints';
import { purgeExpiredSessions } from './auth/sessions';
import { markOverdue } from './cases/sweeper';
import { issueStaleReceipts } from './documents/receipts-to-issue';
import { purgeIdempotencyKeys } from './cases/idempotency';
import type { Deps } from './deps';
import { mailSweep } from './mail/sweep';
import { runNotificationJobs } from './notifications/notify';
import { markObjectionsOverdue } from './objections/sweeper';
import { pseudonymiseExpired } from './privacy/retention';

export async function sweepOnce(deps: Deps): Promise<void> {
  try {
    const marked = await markOverdue(deps);
    if (marked > 0) console.log(`sweeper: ${marked} case(s) marked overdue`);
    const receipts = await issueStaleReceipts(deps);
    if (receipts > 0) console.log(`sweeper: receipt(s) of ${receipts} case(s) issued after their filing's process stopped`);
    const objections = await markObjectionsOverdue(deps);
    if (objections > 0) console.log(`sweeper: ${objections} objection(s) past the atasan PPID's deadline`);
    const mail = await mailSweep(deps);
    if (mail.sent + mail.failed + mail.reminders > 0)
      console.log(`sweeper: e-mail ${mail.sent} sent, ${mail.retrying} to retry, ${mail.failed} failed, ${mail.reminders} reminder(s)`);
    await runNotificationJobs(deps);
    await purgeExpiredSessions(deps);
    await purgeIdempotencyKeys(deps);
    const erased = await pseudonymiseExpired(deps);
    if (erased > 0) console.log(`sweeper: personal data of ${erased} closed case(s) past the retention period replaced by a pseudonym`);
    const checkpoint = await signCheckpoint(deps, 'interval');
    if (!checkpoint.ok) console.error(`sweeper: audit chain BROKEN at event #${checkpoint.brokenAt.seq} (${checkpoint.brokenAt.reason}): no checkpoint signed`);
  } catch (e) {
    console.error('sweeper failed', e);
  }
}
