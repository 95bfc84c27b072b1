/**
 * What an objection looks like to the people who read it: the atasan PPID and officers (the
 * grounds, the original request, the PPID's notice and the consequence tests side by side, the
 * actions the workflow accepts now) and the requester tracking it (no internal detail).
 */
import type { Reader } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import type { ObjectionRow } from '../../db/schema/objections';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Deps } from '../deps';
import { actorToday, bodyCalendar } from '../calendar/places';
import type { Lang } from '../i18n';
import { outcomeLabel, stateLabel } from '../i18n/status';
import { mayReadPersonalData } from '../auth/personal-data';
import { restoreSnapshot } from '../cases/transition';
import { testView, testsOfCase } from '../exemptions/consequence-tests';
import type { Actor } from '../../workflows/request.events';
import type { ObjectionGround } from '../../workflows/objection.events';
import type { ObjectionContext } from '../../workflows/objection.machine';
import type { RequestContext } from '../../workflows/request.machine';
import { GROUND_TEXT } from './grounds';
import { disputeResultLabel, disputeStageLabel, objectionOutcomeLabel, objectionStateLabel } from './labels';
import { type ObjectionDeadlines, objectionDeadlinesView } from './objection-deadlines';
import { PENDING_STATES, availableObjectionEvents, availableStages, restoreObjection } from './objection-state';

export const groundsView = (grounds: ObjectionGround[], lang: Lang) =>
  grounds.map((g) => ({ letter: g, legal: GROUND_TEXT[g][lang].legal, plain: GROUND_TEXT[g][lang].plain }));

/** Undecided past the atasan's deadline, whether or not the sweeper has marked it yet. */
export const isOverdue = (row: Pick<ObjectionRow, 'state' | 'overdue' | 'response_due_at'>, now: Date) =>
  row.overdue === 1 || ((PENDING_STATES as readonly string[]).includes(row.state) && now.toISOString() > row.response_due_at);

/** The PPID's notice the objection is about: the decision in force when it was received (or none: not answered). */
export function noticeObjectedTo(request: RequestContext, receivedAt: string) {
  const decisions = [...request.reopened.map((r) => r.previous), request.decision].filter((d) => d !== null && d.at <= receivedAt);
  return decisions.at(-1) ?? null;
}

export function disputeView(ctx: ObjectionContext, lang: Lang) {
  const d = ctx.dispute;
  if (!d) return null;
  return {
    commission: d.commission,
    registrationNumber: d.registrationNumber,
    filedOn: d.filedOn,
    withinWindow: d.withinWindow,
    note: d.note,
    recordedAt: d.recordedAt,
    stages: d.stages.map((s) => ({
      stage: s.stage,
      stageLabel: disputeStageLabel(s.stage, lang),
      on: s.on,
      at: s.at,
      by: s.by,
      ...s.details,
      ...(typeof s.details.result === 'string' ? { resultLabel: disputeResultLabel(s.details.result, lang) } : {}),
    })),
  };
}

/**
 * When an objection was received, as the atasan PPID reads it: the local date and time on the
 * body's national calendar (Jakarta), the same clock its deadlines and its history use.
 */
export function receivedLocal(calendar: WorkingCalendar, receivedAt: string) {
  const instant = new Date(receivedAt);
  return { date: calendar.localDateOf(instant), time: calendar.localTimeOf(instant), timeZone: calendar.timeZone };
}

async function requesterOf(db: Reader, caseRow: CaseRow, actor: Actor) {
  if (!mayReadPersonalData(actor)) {
    return db.selectFrom('requesters').select(['type']).where('id', '=', caseRow.requester_id).executeTakeFirstOrThrow();
  }
  const r = await db.selectFrom('requesters').selectAll().where('id', '=', caseRow.requester_id).executeTakeFirstOrThrow();
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
  };
}

export async function officerObjectionView(deps: Pick<Deps, 'calendars'>, db: Reader, row: ObjectionRow, actor: Actor, lang: Lang, now: Date) {
  const snapshot = restoreObjection(row);
  const ctx = snapshot.context;
  const calendar = await bodyCalendar(deps, db);
  const at = now.toISOString();
  // What the actor may do now is judged on their own local date (where they sit).
  const today = await actorToday(deps, db, actor, now);
  const caseRow = await db.selectFrom('cases').selectAll().where('id', '=', row.case_id).executeTakeFirstOrThrow();
  const request = restoreSnapshot(caseRow).context;
  const notice = noticeObjectedTo(request, row.received_at);
  const tests = await testsOfCase(db, caseRow.id);
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'kind', 'lang', 'filename', 'issued_at'])
    .where('case_id', '=', caseRow.id)
    .orderBy('issued_at')
    .execute();
  const events = await db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.seq',
      'audit_events.event',
      'audit_events.to_state',
      'audit_events.at',
      'audit_events.actor_role',
      'audit_events.data',
      'users.name as actorName',
    ])
    .where('audit_events.case_id', '=', caseRow.id)
    .orderBy('audit_events.seq')
    .execute();
  const timeline = events
    .map((e) => ({ ...e, data: JSON.parse(e.data) as Record<string, unknown> }))
    .filter((e) => e.data.objectionId === row.id)
    .map((e) => ({
      seq: e.seq,
      event: e.event,
      to: e.to_state,
      at: e.at,
      actor: e.actorName ?? (e.actor_role === 'system' ? 'Sistem' : e.actor_role),
      actorRole: e.actor_role,
    }));
  return {
    id: row.id,
    objectionNumber: row.objection_number,
    version: row.version,
    status: row.state,
    statusLabel: objectionStateLabel(row.state, lang),
    disputeStage: row.dispute_stage,
    disputeStageLabel: row.dispute_stage ? disputeStageLabel(row.dispute_stage, lang) : null,
    late: row.late === 1,
    overdue: isOverdue(row, now),
    outcome: row.outcome,
    outcomeLabel: row.outcome ? objectionOutcomeLabel(row.outcome, lang) : null,
    channel: row.channel,
    receivedAt: row.received_at,
    receivedLocal: receivedLocal(calendar, row.received_at),
    grounds: groundsView(ctx.grounds, lang),
    reason: row.reason,
    deadlines: objectionDeadlinesView(JSON.parse(row.deadlines) as ObjectionDeadlines, lang),
    lateReview: ctx.lateReview,
    settlement: ctx.settlement,
    decision: ctx.decision && { ...ctx.decision, outcomeLabel: objectionOutcomeLabel(ctx.decision.outcome, lang) },
    reaction: ctx.reaction,
    dispute: disputeView(ctx, lang),
    availableEvents: availableObjectionEvents(snapshot, actor, at, today),
    availableStages: availableStages(snapshot, actor, at, today),
    request: {
      id: caseRow.id,
      registrationNumber: caseRow.registration_number,
      version: caseRow.version,
      status: caseRow.state,
      statusLabel: stateLabel(caseRow.state, lang),
      receivedAt: caseRow.received_at,
      receivedUnit: caseRow.received_unit,
      information: caseRow.information,
      purpose: caseRow.purpose,
      noticeDue: caseRow.notice_due,
      overdueAt: request.overdueAt,
      requester: await requesterOf(db, caseRow, actor),
      reopened: request.reopened.map((r) => ({ at: r.at, instruction: r.instruction })),
    },
    notice: notice && { ...notice, outcomeLabel: outcomeLabel(notice.outcome, lang) },
    consequenceTests: tests.map((t) => testView(t, today)),
    documents,
    timeline,
  };
}

/** The objections of a request as its requester sees them on the tracking page. */
export async function publicObjections(db: Reader, caseId: string, lang: Lang, now: Date) {
  const rows = await db.selectFrom('objections').selectAll().where('case_id', '=', caseId).orderBy('received_at').execute();
  return rows.map((row) => {
    const ctx = restoreObjection(row).context;
    const deadlines = objectionDeadlinesView(JSON.parse(row.deadlines) as ObjectionDeadlines, lang);
    return {
      objectionNumber: row.objection_number,
      receivedAt: row.received_at,
      status: row.state,
      statusLabel: objectionStateLabel(row.state, lang),
      grounds: groundsView(ctx.grounds, lang),
      late: row.late === 1,
      overdue: isOverdue(row, now),
      responseDue: row.response_due,
      deadlines: {
        atasanResponse: deadlines.atasanResponse,
        disputeWindow: deadlines.disputeWindow,
        ...(deadlines.ppidAnswer ? { ppidAnswer: deadlines.ppidAnswer } : {}),
      },
      decision: ctx.decision && {
        outcome: ctx.decision.outcome,
        outcomeLabel: objectionOutcomeLabel(ctx.decision.outcome, lang),
        reasons: ctx.decision.reasons,
        instruction: ctx.decision.instruction,
        on: ctx.decision.on,
      },
      settlement: ctx.settlement && { agreement: ctx.settlement.agreement, on: ctx.settlement.on },
      dispute: ctx.dispute && {
        commission: ctx.dispute.commission,
        registrationNumber: ctx.dispute.registrationNumber,
        filedOn: ctx.dispute.filedOn,
        stage: row.dispute_stage,
        stageLabel: row.dispute_stage ? disputeStageLabel(row.dispute_stage, lang) : null,
      },
    };
  });
}
