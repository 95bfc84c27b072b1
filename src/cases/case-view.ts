/**
 * What a case looks like to the people who read it: officers (with the requester's personal
 * data only for roles that need it) and the requester tracking it (no internal detail).
 */
import type { Reader } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import { mayReadPersonalData } from '../auth/personal-data';
import { describeDeadline } from '../calendar/describe';
import type { DeadlineExplanation } from '../calendar/types';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { TrailEvent } from '../i18n/history';
import { outcomeLabel, stateLabel } from '../i18n/status';
import type { Actor } from '../../workflows/request.events';
import { availableEvents, clockOf } from '../../workflows/request.state';
import { objectionTracking } from '../objections/tracking';
import { listIdentityScans } from '../identity/scan-store';
import { releasedFiles } from '../answers/case-files';
import { firstDeadline, jakartaDeadline } from './jakarta-deadlines';
import { type CaseDeadlines, noticeDeadline, restoreSnapshot } from './transition';

const deadlineView = (e: DeadlineExplanation, lang: Lang) => ({ ...e, text: describeDeadline(e, lang) });

/** A case's deadlines as pages and the API show them: each with its explanation in the caller's language. */
export type DeadlinesView = ReturnType<typeof deadlinesView>;

function deadlinesView(d: CaseDeadlines, lang: Lang) {
  const first = firstDeadline(d);
  const jakarta = jakartaDeadline(d);
  return {
    noticeDue: noticeDeadline(d).due,
    /** For a mission's request: the Jakarta deadline in force (kip-rules §5.4), and its counts. */
    ...(jakarta && d.jakarta
      ? {
          jakartaNoticeDue: jakarta.due,
          jakarta: {
            notice: deadlineView(d.jakarta.notice, lang),
            ...(d.jakarta.noticeExtended ? { noticeExtended: deadlineView(d.jakarta.noticeExtended, lang) } : {}),
            ...(d.jakarta.noticeReopened ? { noticeReopened: deadlineView(d.jakarta.noticeReopened, lang) } : {}),
          },
        }
      : {}),
    /** Whichever comes first, which alerts follow. */
    first: { due: first.due, dueAt: first.dueAt, calendar: first.calendar },
    /** The conservative date (§5.3): the notice deadline had cuti bersama counted as working days, when earlier. */
    safeNoticeDue: noticeDeadline(d).conservative?.due ?? null,
    /** Counted past the known holiday list (weekends only beyond it): to be counted again when the list arrives. */
    provisional: noticeDeadline(d).provisional !== undefined || jakarta?.provisional !== undefined,
    notice: deadlineView(d.notice, lang),
    ...(d.noticeExtended ? { noticeExtended: deadlineView(d.noticeExtended, lang) } : {}),
    ...(d.noticeReopened ? { noticeReopened: deadlineView(d.noticeReopened, lang) } : {}),
    ...(d.unitTargets ? { unitTargets: Object.fromEntries(Object.entries(d.unitTargets).map(([unit, e]) => [unit, deadlineView(e, lang)])) } : {}),
  };
}

/** Only the requester type for roles that do not need personal data; the query never reads the rest. */
async function requesterView(db: Reader, id: string, actor: Actor) {
  if (!mayReadPersonalData(actor)) {
    return db.selectFrom('requesters').select(['type']).where('id', '=', id).executeTakeFirstOrThrow();
  }
  const r = await db.selectFrom('requesters').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const scans = await listIdentityScans(db, id);
  return {
    type: r.type,
    name: r.name,
    nik: r.nik,
    passportNumber: r.passport_number,
    legalEntityNumber: r.legal_entity_number,
    email: r.email,
    phone: r.phone,
    address: r.address,
    occupation: r.occupation,
    identityDocuments: scans.map((s) => ({ id: s.id, kind: s.kind, contentType: s.content_type, size: s.size, uploadedAt: s.created_at })),
  };
}

export async function officerCaseView(db: Reader, row: CaseRow, actor: Actor, lang: Lang, now: Date) {
  const snapshot = restoreSnapshot(row);
  const ctx = snapshot.context;
  const requester = await requesterView(db, row.requester_id, actor);
  const timeline = await db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.seq',
      'audit_events.event',
      'audit_events.from_state',
      'audit_events.to_state',
      'audit_events.at',
      'audit_events.actor_kind',
      'audit_events.actor_role',
      'audit_events.data',
      'users.name as actorName',
    ])
    .where('audit_events.case_id', '=', row.id)
    .orderBy('audit_events.seq')
    .execute();
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'lang', 'filename', 'sha256', 'issued_at', 'public'])
    .where('case_id', '=', row.id)
    .orderBy('issued_at')
    .execute();
  return {
    id: row.id,
    registrationNumber: row.registration_number,
    version: row.version,
    status: row.state,
    statusLabel: stateLabel(row.state, lang),
    clock: clockOf(snapshot),
    overdue: row.overdue === 1,
    extended: row.extended === 1,
    outcome: row.outcome,
    outcomeLabel: row.outcome ? outcomeLabel(row.outcome, lang) : null,
    channel: row.channel,
    receivedAt: row.received_at,
    receivedUnit: row.received_unit,
    assignedUnit: row.assigned_unit,
    request: {
      information: row.information,
      purpose: row.purpose,
      obtainMethod: row.obtain_method,
      deliveryMethod: row.delivery_method,
      lang: row.lang,
    },
    requester,
    deadlines: deadlinesView(JSON.parse(row.deadlines) as CaseDeadlines, lang),
    assignments: ctx.assignments,
    reopened: ctx.reopened,
    clarification: ctx.clarification,
    extension: ctx.extension,
    decision: ctx.decision,
    delivery: ctx.delivery,
    availableEvents: availableEvents(snapshot, actor, now.toISOString()),
    timeline: timeline.map((e) => ({
      seq: e.seq,
      event: e.event,
      from: e.from_state,
      to: e.to_state,
      at: e.at,
      actor: e.actorName ?? (e.actor_kind === 'system' ? 'Sistem' : e.actor_kind),
      actorRole: e.actor_role,
      data: JSON.parse(e.data) as Record<string, unknown>,
    })),
    documents: documents.map((d) => ({ ...d, public: d.public === 1 })),
  };
}

/** Events a requester sees on the tracking page; the rest is internal work. */
const PUBLIC_EVENTS: ReadonlySet<string> = new Set<TrailEvent>([
  'REGISTER',
  // The requester sees that a new code was sent: a request they did not make shows here.
  'TRACKING_CODE_REISSUED',
  'ASSIGN',
  'REQUEST_CLARIFICATION',
  'RECEIVE_CLARIFICATION',
  'EXTEND',
  'MARK_OVERDUE',
  'DECIDE',
  'DELIVER',
  'CLOSE',
  'REOPEN',
  'OBJECTION_REGISTER',
  'ACCEPT_LATE',
  'REJECT_LATE',
  'SETTLE_BY_AGREEMENT',
  'DECIDE_OBJECTION',
  'RECORD_DISPUTE',
  'CALENDAR_RECOMPUTED',
]);

/**
 * With `deps` (calendars and clock) the view also says whether the requester may object now
 * (`availableActions: ['object']`), until when (`objectionWindow`), and lists their objections.
 */
export async function trackingView(db: Reader, row: CaseRow, lang: Lang, deps?: Pick<Deps, 'calendars' | 'clock'> & Partial<Pick<Deps, 'config'>>) {
  const snapshot = restoreSnapshot(row);
  const ctx = snapshot.context;
  const events = await db.selectFrom('audit_events').select(['event', 'at', 'to_state', 'data']).where('case_id', '=', row.id).orderBy('seq').execute();
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'lang', 'filename', 'issued_at'])
    .where('case_id', '=', row.id)
    .where('public', '=', 1)
    .orderBy('issued_at')
    .execute();
  const unitName = async (code: string | null) =>
    code ? await db.selectFrom('units').select(['name_id', 'name_en']).where('code', '=', code).executeTakeFirst() : undefined;
  const received = await unitName(row.received_unit);
  const decision = ctx.decision;
  return {
    registrationNumber: row.registration_number,
    status: row.state,
    statusLabel: stateLabel(row.state, lang),
    overdue: row.overdue === 1,
    receivedAt: row.received_at,
    unit: { code: row.received_unit, name: lang === 'id' ? received?.name_id : received?.name_en },
    information: row.information,
    deadlines: deadlinesView(JSON.parse(row.deadlines) as CaseDeadlines, lang),
    clarification: ctx.clarification && {
      message: ctx.clarification.message,
      requestedAt: ctx.clarification.requestedAt,
      receivedAt: ctx.clarification.receivedAt,
      /** Waiting for the requester's answer now (the answer form is open). */
      awaiting: row.state === 'awaiting_clarification',
      /** The clock while waiting: `running` (the notice deadline still runs) or `paused` (CLARIFICATION_CLOCK). */
      clock: deps?.config?.CLARIFICATION_CLOCK ?? 'running',
    },
    decision: decision && {
      outcome: decision.outcome,
      outcomeLabel: outcomeLabel(decision.outcome, lang),
      at: decision.at,
      ...('exemptions' in decision ? { exemptions: decision.exemptions } : {}),
      ...('holder' in decision && decision.holder ? { holder: decision.holder } : {}),
    },
    timeline: events.filter((e) => PUBLIC_EVENTS.has(e.event)).map((e) => ({ event: e.event, at: e.at, status: e.to_state })),
    documents,
    /** The information released with the decision (issue 17): `GET /api/v1/requests/{number}/files/{id}`. */
    files: (await releasedFiles(db, row.id)).map((f) => ({
      id: f.id,
      filename: f.filename,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      redacted: f.sourceFileId !== null,
      releasedAt: f.releasedAt,
    })),
    ...(deps ? await objectionTracking(deps, db, row, lang) : { availableActions: [] as string[], objectionWindow: null, objections: [] }),
  };
}
