/**
 * Delivering the outbox. Each pass picks due pending rows and claims each with a lease
 * (`claimed_until`) in one conditional UPDATE, so two workers — or a worker and its restarted
 * self — never hold the same row at once. The claim counts the attempt before sending, so a crash
 * mid-delivery still counts. The send carries the row id as Resend's idempotency key: a send
 * repeated after a crash (the lease expired, the row is taken again) is the same e-mail to
 * Resend, not a second one. Success marks the row sent; a failure schedules a retry with
 * exponential back-off (1, 2, 4 … minutes), and after MAX_ATTEMPTS the row is `failed` with its
 * last error, shown to administrators, never retried by itself again.
 */
import type { Updateable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Deps } from '../deps';
import type { MailTransport, OutgoingMail, SendResult } from './transport';
import { documentFiles } from '../documents/stored';

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 60_000;
/** Longer than any send takes: a lease that lapses means its worker died. */
const LEASE_MS = 5 * 60_000;

export const retryDelayMs = (attempts: number) => BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);

export interface DrainOptions {
  transport: MailTransport;
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
}

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
}

export async function drainOutbox(deps: Deps, options: DrainOptions): Promise<DrainResult> {
  const now = options.now ?? deps.clock();
  const at = now.toISOString();
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
  const due = await deps.db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(options.batchSize ?? 100)
    .execute();
  if (due.length === 0) return result;
  const from = await mailFrom(deps);

  for (const { id } of due) {
    const lease = new Date(now.getTime() + LEASE_MS).toISOString();
    const claimed = await deps.transact((trx) =>
      trx
        .updateTable('outbox')
        .set((eb) => ({ claimed_until: lease, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
        .returning(['to_address', 'subject', 'body_text', 'attachments', 'attempts'])
        .executeTakeFirst(),
    );
    if (!claimed) continue; // another worker took it first

    let outcome: SendResult;
    try {
      const mail: OutgoingMail = {
        from,
        to: claimed.to_address,
        subject: claimed.subject,
        text: claimed.body_text,
        attachments: await attachmentsOf(deps, claimed.attachments),
      };
      outcome = await options.transport.send(mail, id);
    } catch (e) {
      outcome = { ok: false as const, error: e instanceof Error ? e.message : String(e), permanent: false };
    }

    // Only the holder of this lease may settle the row.
    const settle = (values: Updateable<Database['outbox']>) =>
      deps.transact((trx) => trx.updateTable('outbox').set(values).where('id', '=', id).where('claimed_until', '=', lease).execute());
    if (outcome.ok) {
      await settle({ status: 'sent', sent_at: at, provider_id: outcome.providerId, claimed_until: null, last_error: null });
      result.sent += 1;
    } else if (outcome.permanent || claimed.attempts >= maxAttempts) {
      await settle({ status: 'failed', last_error: outcome.error.slice(0, 1000), claimed_until: null });
      result.failed += 1;
    } else {
      const next = new Date(now.getTime() + retryDelayMs(claimed.attempts)).toISOString();
      await settle({ next_attempt_at: next, last_error: outcome.error.slice(0, 1000), claimed_until: null });
      result.retrying += 1;
    }
  }
  return result;
}

async function mailFrom(deps: Deps): Promise<string> {
  const row = await deps.db.selectFrom('settings').select('value').where('key', '=', 'mail_from').executeTakeFirst();
  return row ? (JSON.parse(row.value) as string) : deps.config.MAIL_FROM;
}

async function attachmentsOf(deps: Deps, json: string | null): Promise<OutgoingMail['attachments']> {
  const ids = json ? (JSON.parse(json) as string[]) : [];
  if (ids.length === 0) return [];
  const docs = await documentFiles(deps, ids);
  return ids.flatMap((docId) => {
    const d = docs.find((x) => x.id === docId);
    return d ? [{ filename: d.filename, content: Buffer.from(d.bytes) }] : [];
  });
}

/** An administrator's retry of a failed message: pending again, with a fresh count of attempts. */
export async function retryFailed(deps: Deps, id: string): Promise<boolean> {
  const res = await deps.transact((trx) =>
    trx
      .updateTable('outbox')
      .set({ status: 'pending', attempts: 0, next_attempt_at: deps.clock().toISOString(), claimed_until: null })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst(),
  );
  return Number(res.numUpdatedRows) === 1;
}
