/**
 * One sweep of the background work: overdue marks, owed receipts, e-mail, notifications, session,
 * idempotency-key and retention purges, a signed audit checkpoint. The Node entry runs it at an interval (src/server.ts), the
 * Workers entry on its cron trigger (src/worker.ts). Each step is idempotent.
 */
/** A file object no row names is deleted once it is this old: no unit of work runs that long (docs/storage.md, "Files"). */
const ORPHAN_FILE_AGE_MS = 60 * 60 * 1000;

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
    // R2 stamps objects with the real time, not the service's clock (which CLOCK_START may move).
    const orphans = await deps.blobs.sweepOrphans(deps.db, new Date(Date.now() - ORPHAN_FILE_AGE_MS));
    if (orphans > 0) console.log(`sweeper: ${orphans} file object(s) without a row deleted (rolled-back uploads, erased scans)`);
    const checkpoint = await signCheckpoint(deps, 'interval');
    if (!checkpoint.ok) console.error(`sweeper: audit chain BROKEN at event #${checkpoint.brokenAt.seq} (${checkpoint.brokenAt.reason}): no checkpoint signed`);
  } catch (e) {
    console.error('sweeper failed', e);
  }
}
