/**
 * Officer reminders the sweeper enqueues: "due soon" when a case's written notice is due within
 * 2 working days of today on its own calendar (for a mission's request, whichever of its own and
 * the Jakarta deadline comes first). Each goes out once per case and due date (a row in
 * `mail_reminders`, written in the same transaction as the e-mails), so sweeping again, or after a
 * restart, repeats nothing; an extension gives a new due date and so a new reminder. Overdue mails
 * go out with the MARK_OVERDUE transition itself (mailsFor in src/cases/apply-event.ts).
 */
import type { Deps } from '../deps';
import { formatDate } from '../calendar/describe';
import { CalendarRangeError } from '../calendar/errors';
import { firstDeadline } from '../cases/jakarta-deadlines';
import type { CaseDeadlines } from '../cases/transition';
import { enqueueMail } from './outbox';
import { caseOfficerEmails } from './recipients';
import { OPEN_STATES } from '../../workflows/request.state';

export const DUE_SOON_WORKING_DAYS = 2;

export async function enqueueDueSoonReminders(deps: Deps): Promise<number> {
  const now = deps.clock();
  const at = now.toISOString();
  // Coarse filter: not yet overdue, due within the next 10 calendar days (2 working days never span more).
  const horizon = new Date(now.getTime() + 10 * 86_400_000).toISOString();
  const candidates = await deps.db
    .selectFrom('cases')
    .select(['id', 'received_unit', 'notice_due', 'deadlines'])
    .where('state', 'in', [...OPEN_STATES])
    .where('overdue', '=', 0)
    .where('notice_due_at', '>=', at)
    .where('notice_due_at', '<=', horizon)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('mail_reminders')
            .select('mail_reminders.case_id')
            .whereRef('mail_reminders.case_id', '=', 'cases.id')
            .where('mail_reminders.kind', '=', 'due_soon')
            .whereRef('mail_reminders.due', '=', 'cases.notice_due'),
        ),
      ),
    )
    .execute();
  let enqueued = 0;
  for (const c of candidates) {
    // Whichever comes first: the node's deadline or, for a mission's request, the Jakarta one (§5.4).
    const due = firstDeadline(JSON.parse(c.deadlines) as CaseDeadlines);
    const calendar = await deps.calendars.get(deps.db, due.calendar.code);
    let left: number;
    try {
      left = calendar.workingDaysBetween(calendar.localDateOf(now), due.due);
    } catch (e) {
      if (e instanceof CalendarRangeError) continue;
      throw e;
    }
    if (left > DUE_SOON_WORKING_DAYS) continue;
    const done = await deps.transact(async (trx) => {
      const inserted = await trx
        .insertInto('mail_reminders')
        .values({ case_id: c.id, kind: 'due_soon', due: c.notice_due, created_at: at })
        .onConflict((oc) => oc.columns(['case_id', 'kind', 'due']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false; // another sweep got there first
      const number = (await trx.selectFrom('cases').select('registration_number').where('id', '=', c.id).executeTakeFirstOrThrow()).registration_number;
      const emails = await caseOfficerEmails(trx, c);
      await enqueueMail(
        trx,
        emails.map((to) => ({
          to,
          template: 'officer_due_soon' as const,
          lang: 'id' as const,
          caseId: c.id,
          vars: { number, noticeDue: formatDate(c.notice_due, 'id') },
        })),
        at,
      );
      return true;
    });
    if (done) enqueued += 1;
  }
  return enqueued;
}
