/** The objection queue (the atasan PPID's work list): objections by the atasan's response deadline, a page at a time. */
import { z } from 'zod';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { disputeStageLabel, objectionOutcomeLabel, objectionStateLabel } from './labels';
import type { ObjectionDeadlines } from './objection-deadlines';
import { FILED_OBJECTION_STATES, PENDING_STATES } from './objection-state';
import { isOverdue } from './objection-view';
import type { ObjectionGround } from '../../workflows/objection.events';

const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const objectionQuerySchema = z.object({
  status: z.enum(['pending', 'all', ...FILED_OBJECTION_STATES]).default('pending'),
  overdue: boolParam.optional(),
  /** An objection or request registration number. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
export type ObjectionQuery = z.infer<typeof objectionQuerySchema>;

const encodeCursor = (due: string, id: string) => Buffer.from(JSON.stringify([due, id])).toString('base64url');
function decodeCursor(cursor: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

export async function listObjections(deps: Deps, query: ObjectionQuery, lang: Lang) {
  const now = deps.clock();
  let q = deps.db
    .selectFrom('objections')
    .innerJoin('cases', 'cases.id', 'objections.case_id')
    .select([
      'objections.id',
      'objections.objection_number',
      'objections.case_id',
      'cases.registration_number',
      'objections.state',
      'objections.dispute_stage',
      'objections.grounds',
      'objections.late',
      'objections.overdue',
      'objections.outcome',
      'objections.received_at',
      'objections.response_due',
      'objections.response_due_at',
      'objections.version',
      'objections.deadlines',
    ]);
  if (query.status === 'pending') q = q.where('objections.state', 'in', [...PENDING_STATES]);
  else if (query.status !== 'all') q = q.where('objections.state', '=', query.status);
  if (query.overdue === true) {
    q = q.where((eb) =>
      eb.or([
        eb('objections.overdue', '=', 1),
        eb.and([eb('objections.state', 'in', [...PENDING_STATES]), eb('objections.response_due_at', '<', now.toISOString())]),
      ]),
    );
  } else if (query.overdue === false) {
    q = q
      .where('objections.overdue', '=', 0)
      .where((eb) => eb.or([eb('objections.state', 'not in', [...PENDING_STATES]), eb('objections.response_due_at', '>=', now.toISOString())]));
  }
  if (query.q) q = q.where((eb) => eb.or([eb('objections.objection_number', '=', query.q!), eb('cases.registration_number', '=', query.q!)]));
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    if (c) {
      q = q.where((eb) =>
        eb.or([eb('objections.response_due_at', '>', c[0]), eb.and([eb('objections.response_due_at', '=', c[0]), eb('objections.id', '>', c[1])])]),
      );
    }
  }
  const rows = await q
    .orderBy('objections.response_due_at')
    .orderBy('objections.id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const items = await Promise.all(
    page.map(async (r) => {
      const calendar = await deps.calendars.get(deps.db, (JSON.parse(r.deadlines) as ObjectionDeadlines).atasanResponse.calendar.code);
      const today = calendar.localDateOf(now);
      const pending = (PENDING_STATES as readonly string[]).includes(r.state);
      const left = !pending
        ? null
        : r.response_due >= today
          ? calendar.workingDaysBetween(today, r.response_due)
          : -calendar.workingDaysBetween(r.response_due, today);
      return {
        id: r.id,
        objectionNumber: r.objection_number,
        caseId: r.case_id,
        registrationNumber: r.registration_number,
        version: r.version,
        status: r.state,
        statusLabel: objectionStateLabel(r.state, lang),
        disputeStage: r.dispute_stage,
        disputeStageLabel: r.dispute_stage ? disputeStageLabel(r.dispute_stage, lang) : null,
        grounds: JSON.parse(r.grounds) as ObjectionGround[],
        late: r.late === 1,
        overdue: isOverdue(r, now),
        outcome: r.outcome,
        outcomeLabel: r.outcome ? objectionOutcomeLabel(r.outcome, lang) : null,
        receivedAt: r.received_at,
        responseDue: r.response_due,
        responseDueAt: r.response_due_at,
        workingDaysLeft: left,
      };
    }),
  );
  const last = page.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.response_due_at, last.id) : null };
}
