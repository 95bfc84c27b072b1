/** The outbox as the administrators' page shows it: counts by status and the latest messages. */
import type { Reader } from '../../db/unit-of-work';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** How many messages are in each status, and the newest `limit` (of one status, if given). */
export async function listOutbox(db: Reader, opts: { status?: OutboxStatus | undefined; limit?: number } = {}) {
  const counted = await db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, Number(counted.find((r) => r.status === s)?.n ?? 0)])) as Record<OutboxStatus, number>;
  let query = db
    .selectFrom('outbox')
    .select([
      'id',
      'to_address',
      'template',
      'lang',
      'subject',
      'body_text',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'sent_at',
      'provider_id',
      'attachments',
    ]);
  if (opts.status) query = query.where('status', '=', opts.status);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(opts.limit ?? 100)
    .execute();
  return { counts, rows };
}
