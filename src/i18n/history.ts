/**
 * What each event on a case's audit trail is called in its history, in Indonesian and English:
 * one map, read by the requester's tracking page, the officer's case page and the atasan PPID's
 * objection page. Keyed by the names the trail actually records — the request machine's events,
 * the objection machine's events under their audit names, and the few other writers of a case's
 * trail — so a machine event added without a history label is a type error, and no page shows an
 * internal code such as `DECIDE_OBJECTION`.
 */
import type { ObjectionEvent } from '../../workflows/objection.events';
import type { RequestEvent } from '../../workflows/request.events';
import { type Lang, type MessageKey, t } from './index';

/** Request events as audited: a calendar recount is recorded as CALENDAR_RECOMPUTED (src/calendar/recompute.ts). */
type RequestTrailEvent = Exclude<RequestEvent['type'], 'RECOMPUTE_DEADLINES'> | 'CALENDAR_RECOMPUTED';

/** Objection events as audited on the request's trail, renamed where they would collide (src/objections/). */
type ObjectionTrailEvent =
  | Exclude<ObjectionEvent['type'], 'REGISTER' | 'MARK_OVERDUE' | 'RECOMPUTE_DEADLINES' | 'CLOSE'>
  | 'OBJECTION_REGISTER'
  | 'OBJECTION_MARK_OVERDUE'
  | 'OBJECTION_DEADLINES_RECOMPUTED'
  | 'OBJECTION_CLOSE';

/** Other writers of a case's trail: documents, notes, consequence tests, identity scans, retention. */
type OtherTrailEvent =
  | 'ISSUE_DOCUMENT'
  | 'NOTE_ADDED'
  | 'CONSEQUENCE_TEST_LINKED'
  | 'CONSEQUENCE_TEST_UPDATED'
  | 'CONSEQUENCE_TEST_REVOKED'
  | 'IDENTITY_DOCUMENT_OPENED'
  | 'PERSONAL_DATA_PSEUDONYMISED'
  | 'TRACKING_CODE_REISSUED'
  // The answer reaches the requester (issue 17; src/answers/, src/identity/identity-check.ts).
  | 'IDENTITY_CHECKED'
  | 'FILE_ATTACHED'
  | 'FILE_REMOVED'
  | 'FILE_REDACTED';

export type TrailEvent = RequestTrailEvent | ObjectionTrailEvent | OtherTrailEvent;

export const HISTORY_LABELS: { readonly [E in TrailEvent]: MessageKey } = {
  REGISTER: 'labels.event_register',
  ASSIGN: 'labels.event_assign',
  ACCEPT_ASSIGNMENT: 'labels.event_accept_assignment',
  RETURN_ASSIGNMENT: 'labels.event_return_assignment',
  START_REVIEW: 'labels.event_start_review',
  REQUEST_CLARIFICATION: 'labels.event_request_clarification',
  RECEIVE_CLARIFICATION: 'labels.event_receive_clarification',
  EXTEND: 'labels.event_extend',
  MARK_OVERDUE: 'labels.event_mark_overdue',
  CALENDAR_RECOMPUTED: 'labels.event_calendar_recomputed',
  SUBMIT_DRAFT: 'labels.event_submit_draft',
  DECIDE: 'labels.event_decide',
  DELIVER: 'labels.event_deliver',
  CLOSE: 'labels.event_close',
  REOPEN: 'labels.event_reopen',
  OBJECTION_REGISTER: 'labels.event_objection_register',
  OBJECTION_MARK_OVERDUE: 'labels.event_objection_mark_overdue',
  OBJECTION_DEADLINES_RECOMPUTED: 'labels.event_objection_deadlines_recomputed',
  ACCEPT_LATE: 'labels.event_accept_late',
  REJECT_LATE: 'labels.event_reject_late',
  SETTLE_BY_AGREEMENT: 'labels.event_settle_by_agreement',
  DECIDE_OBJECTION: 'labels.event_decide_objection',
  RECORD_REACTION: 'labels.event_record_reaction',
  RECORD_DISPUTE: 'labels.event_record_dispute',
  RECORD_DISPUTE_STAGE: 'labels.event_record_dispute_stage',
  OBJECTION_CLOSE: 'labels.event_objection_close',
  ISSUE_DOCUMENT: 'labels.event_issue_document',
  NOTE_ADDED: 'labels.event_note_added',
  CONSEQUENCE_TEST_LINKED: 'labels.event_consequence_test_linked',
  CONSEQUENCE_TEST_UPDATED: 'labels.event_consequence_test_updated',
  CONSEQUENCE_TEST_REVOKED: 'labels.event_consequence_test_revoked',
  IDENTITY_DOCUMENT_OPENED: 'labels.event_identity_document_opened',
  PERSONAL_DATA_PSEUDONYMISED: 'labels.event_personal_data_pseudonymised',
  TRACKING_CODE_REISSUED: 'labels.event_tracking_code_reissued',
  IDENTITY_CHECKED: 'labels.event_identity_checked',
  FILE_ATTACHED: 'labels.event_file_attached',
  FILE_REMOVED: 'labels.event_file_removed',
  FILE_REDACTED: 'labels.event_file_redacted',
};

/** A trail event's history label; a name outside the map reads as a plain update, never as the code. */
export function historyLabel(event: string, lang: Lang): string {
  const key = (HISTORY_LABELS as Record<string, MessageKey | undefined>)[event];
  return t(lang, key ?? 'labels.event_other');
}
