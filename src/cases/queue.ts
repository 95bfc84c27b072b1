/** The case queue: the cases an officer may see, ordered by the statutory deadline, a page at a time. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { stateLabel } from '../i18n/status';
import type { Actor } from '../../workflows/request.events';
import { caseScope, inScope } from './case.repository';

export const OPEN_STATES = ['registered', 'assigned', 'in_review', 'awaiting_clarification'] as const;
const states = ['open', 'all', 'received', ...OPEN_STATES, 'decided', 'delivered', 'closed'] as const;
const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const queueQuerySchema = z.object({
  status: z.enum(states).default('open'),
  unit: z.string().trim().max(64).optional(),
  overdue: boolParam.optional(),
  dueBefore: z.iso.date().optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['due', 'received']).default('due'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

const encodeCursor = (key: string, id: string) => Buffer.from(JSON.stringify([key, id])).toString('base64url');
function decodeCursor(cursor: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

export async function listCases(deps: Deps, actor: Actor, query: QueueQuery, lang: Lang) {
  const scope = caseScope(actor);
  const sortColumn = query.sort === 'due' ? 'notice_due_at' : 'received_at';
  let q = deps.db.selectFrom('cases').select([
    'id', 'registration_number', 'state', 'overdue', 'extended', 'outcome', 'channel', 'received_at', 'received_unit',
    'assigned_unit', 'notice_due', 'notice_due_at', 'information', 'version', 'deadlines',
  ]);
  if (!('all' in scope)) {
    if (scope.units.length === 0) return { items: [], nextCursor: null };
    q = q.where((eb) => inScope(eb, scope.units));
  }
  if (query.status === 'open') q = q.where('state', 'in', [...OPEN_STATES]);
  else if (query.status !== 'all') q = q.where('state', '=', query.status);
  if (query.unit) q = q.where((eb) => inScope(eb, [query.unit!]));
  if (query.overdue !== undefined) q = q.where('overdue', '=', query.overdue ? 1 : 0);
  if (query.dueBefore) q = q.where('notice_due', '<=', query.dueBefore);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([
      eb('registration_number', '=', query.q!),
      sql<boolean>`${sql.ref('information')} like ${like} escape '\\'`,
    ]));
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    if (c) q = q.where((eb) => eb.or([eb(sortColumn, '>', c[0]), eb.and([eb(sortColumn, '=', c[0]), eb('id', '>', c[1])])]));
  }
  const rows = await q.orderBy(sortColumn).orderBy('id').limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  const today = deps.clock();
  const items = await Promise.all(page.map(async (r) => {
    const calendarCode = (JSON.parse(r.deadlines) as { notice: { calendar: { code: string } } }).notice.calendar.code;
    const calendar = await deps.calendars.get(deps.db, calendarCode);
    const todayLocal = calendar.localDateOf(today);
    const left = r.notice_due >= todayLocal
      ? calendar.workingDaysBetween(todayLocal, r.notice_due)
      : -calendar.workingDaysBetween(r.notice_due, todayLocal);
    return {
      id: r.id, registrationNumber: r.registration_number, version: r.version, status: r.state, statusLabel: stateLabel(r.state, lang),
      overdue: r.overdue === 1, extended: r.extended === 1, outcome: r.outcome, channel: r.channel, receivedAt: r.received_at,
      receivedUnit: r.received_unit, assignedUnit: r.assigned_unit, noticeDue: r.notice_due, noticeDueAt: r.notice_due_at,
      workingDaysLeft: left, information: r.information.length > 200 ? `${r.information.slice(0, 199)}…` : r.information,
    };
  }));
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last
    ? encodeCursor(query.sort === 'due' ? last.notice_due_at : last.received_at, last.id)
    : null;
  return { items, nextCursor };
}
