/**
 * When the law lets a requester object (UU 14/2008 Art. 35): once the PPID has given its written
 * notice, or once the notice deadline has passed without one. One objection per decision (or per
 * missed deadline): a request reopened and decided again may be objected to again.
 */
import type { RequestContext } from '../../workflows/request.machine';

export type Eligibility =
  | { open: true; episodeStart: string }
  | { open: false; reason: 'not_decided' }
  | { open: false; reason: 'already_filed'; objectionNumber: string };

export function objectionEligibility(
  request: Pick<RequestContext, 'decision' | 'noticeDueAt'>,
  objections: ReadonlyArray<{ received_at: string; objection_number: string }>,
  at: string,
): Eligibility {
  const episodeStart = request.decision ? request.decision.at : request.noticeDueAt !== null && at > request.noticeDueAt ? request.noticeDueAt : null;
  if (episodeStart === null) return { open: false, reason: 'not_decided' };
  const filed = objections.find((o) => o.received_at >= episodeStart);
  if (filed) return { open: false, reason: 'already_filed', objectionNumber: filed.objection_number };
  return { open: true, episodeStart };
}
