/** The outbox as the administrators' page shows it: counts by status and a page of messages, newest first. */
import type { Reader } from '../../db/unit-of-work';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A place in the outbox, newest first: the message's (created_at, id), and how many come before it. */
type Key = { at: string; id: string; pos: number };
const encode = (k: Key) => Buffer.from(JSON.stringify([k.at, k.id, k.pos])).toString('base64url');
function decode(cursor: string | undefined): Key | null {
  if (!cursor) return null;
  try {
    const [at, id, pos] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && typeof pos === 'number' && Number.isSafeInteger(pos) && pos >= 0) return { at, id, pos };
  } catch {
    /* an unreadable cursor starts from the top */
  }
  return null;
}

/**
 * How many messages are in each status, and one page of them (of one status, if given), newest
 * first, read by key: `cursor` for the page after, `before` for the page before (index
 * outbox_created_id, or outbox_status_created with a status).
 */
export async function listOutbox(
  db: Reader,
  opts: { status?: OutboxStatus | undefined; limit?: number; cursor?: string | undefined; before?: string | undefined } = {},
) {
  const counted = await db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, Number(counted.find((r) => r.status === s)?.n ?? 0)])) as Record<OutboxStatus, number>;
  const limit = opts.limit ?? 50;
  const back = decode(opts.before);
  const after = back ? null : decode(opts.cursor);
  const key = back ?? after;
  // Newest first going forward (older than the cursor); oldest first going back (newer), turned round below.
  const cmp = back ? '>' : '<';
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
  if (key) query = query.where((eb) => eb.or([eb('created_at', cmp, key.at), eb.and([eb('created_at', '=', key.at), eb('id', cmp, key.id)])]));
  const fetched = await query
    .orderBy('created_at', back ? 'asc' : 'desc')
    .orderBy('id', back ? 'asc' : 'desc')
    .limit(limit + 1)
    .execute();
  const more = fetched.length > limit;
  const rows = back ? fetched.slice(0, limit).reverse() : fetched.slice(0, limit);
  const offset = back ? (more ? Math.max(1, back.pos - rows.length) : 0) : (after?.pos ?? 0);
  const hasPrev = back ? more : offset > 0;
  const hasNext = back ? true : more;
  const first = rows[0];
  const last = rows.at(-1);
  const total = opts.status ? counts[opts.status] : OUTBOX_STATUSES.reduce((n, s) => n + counts[s], 0);
  return {
    counts,
    rows,
    nextCursor: hasNext && last ? encode({ at: last.created_at, id: last.id, pos: offset + rows.length }) : null,
    prevCursor: hasPrev && first ? encode({ at: first.created_at, id: first.id, pos: offset }) : null,
    position: { from: rows.length > 0 ? offset + 1 : 0, to: offset + rows.length, total, more: false },
  };
}
