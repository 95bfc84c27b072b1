/** An officer's notifications (notifikasi): newest first, the unread count for the header, marking read. */
import type { Reader } from '../../db/unit-of-work';
import type { Deps } from '../deps';

export const NOTIFICATION_KINDS = [
  'new_request',
  'assigned',
  'due_soon',
  'overdue',
  'calendar_horizon',
  'calendar_review',
  'draft_arrived',
  'clarification_received',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationData {
  registrationNumber: string;
  unit?: string;
  due?: string;
  /** calendar_horizon: the calendar whose holiday list ends on `due`. */
  calendar?: string;
  /** calendar_review: how many mission calendars are not reviewed for `year`. */
  year?: number;
  count?: number;
}

export async function listNotifications(db: Reader, userId: string, options: { before?: string; limit?: number } = {}) {
  const limit = options.limit ?? 50;
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'case_id', 'data', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .$if(options.before !== undefined, (q) => q.where('created_at', '<', options.before!))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      caseId: r.case_id,
      data: JSON.parse(r.data) as NotificationData,
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
    nextBefore: rows.length > limit ? page.at(-1)!.created_at : null,
  };
}

/** Unread notifications, counted up to `cap` (the header shows "99+"). */
export async function unreadCount(db: Reader, userId: string, cap = 100): Promise<number> {
  const { n } = await db
    .selectFrom((q) => q.selectFrom('notifications').select('id').where('user_id', '=', userId).where('read_at', 'is', null).limit(cap).as('unread'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Marks these (or all) of the user's notifications read; another user's ids are ignored. */
export async function markRead(deps: Pick<Deps, 'transact'>, userId: string, at: string, ids?: string[]): Promise<number> {
  const result = await deps.transact((trx) =>
    trx
      .updateTable('notifications')
      .set({ read_at: at })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .$if(ids !== undefined, (q) => q.where('id', 'in', ids!.length > 0 ? ids! : ['']))
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows);
}
