/**
 * What the consequence-test routes need beyond the records themselves: today's date on the body's
 * national calendar (a test is in force until its exemptUntil, Jakarta time), and linking a test
 * to a denied request in one transaction with its audit event.
 */
import { bodyCalendar } from '../calendar/places';
import { findCaseInScope } from '../cases/case.repository';
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';
import { findTest, linkTestToCase } from './consequence-tests';

/** Today's local date on the national calendar (Asia/Jakarta). */
export async function nationalToday(deps: Pick<Deps, 'calendars' | 'db' | 'clock'>): Promise<string> {
  return (await bodyCalendar(deps, deps.db)).localDateOf(deps.clock());
}

/** Links test `testId` to the caller's case `caseId` (a 404 for either that the caller cannot see); returns the test. */
export async function linkTestToRequest(deps: Deps, testId: string, caseId: string, actor: Actor) {
  const test = await findTest(deps.db, testId);
  await deps.transact(async (trx) => {
    const caseRow = await findCaseInScope(trx, caseId, actor);
    await linkTestToCase(trx, test.id, caseRow, actor, deps.clock().toISOString());
  });
  return test;
}
