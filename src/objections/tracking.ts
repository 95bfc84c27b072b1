/**
 * What the tracking page tells a requester about objecting (keberatan): whether the law lets them
 * object now, until when (with how it was counted), and the objections they filed.
 */
import type { Reader } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import { CalendarRangeError } from '../calendar/errors';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { restoreSnapshot } from '../cases/transition';
import { bodyCalendar } from '../calendar/places';
import { objectionEligibility } from './eligibility';
import { deadlineView, objectionWindow } from './objection-deadlines';
import { publicObjections } from './objection-view';

export async function objectionTracking(deps: Pick<Deps, 'calendars' | 'clock'>, db: Reader, row: CaseRow, lang: Lang) {
  const now = deps.clock();
  const request = restoreSnapshot(row).context;
  const objections = await publicObjections(db, row.id, lang, now);
  const existing = objections.map((o) => ({ received_at: o.receivedAt, objection_number: o.objectionNumber }));
  const eligibility = objectionEligibility(request, existing, now.toISOString());
  if (!eligibility.open) return { availableActions: [] as string[], objectionWindow: null, objections };
  // The objection window runs on the body's national calendar, wherever the request was received.
  const calendar = await bodyCalendar(deps, db);
  try {
    // The window for the usual ground: the notice once decided (a, d–g), else not answered (c).
    // Past it, an objection is still received (flagged late; the atasan PPID decides whether to accept it).
    const window = objectionWindow(calendar, request, request.decision ? ['a'] : ['c']);
    return { availableActions: ['object'], objectionWindow: { ...deadlineView(window, lang), passed: now.toISOString() > window.dueAt }, objections };
  } catch (e) {
    if (e instanceof CalendarRangeError) return { availableActions: ['object'], objectionWindow: null, objections };
    throw e;
  }
}
