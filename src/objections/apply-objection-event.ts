/**
 * Moving an objection (keberatan) through its workflow, in one transaction: load the row, restore
 * the machine, check that it accepts the event (`can`), send it, and write the snapshot, the
 * columns, one audit event on the request's trail and the e-mails, bumping the row version only if
 * nobody else did first. Overturning reopens the request in the same transaction.
 */
import type { Trx } from '../../db/unit-of-work';
import { z } from 'zod';
import type { ObjectionRow } from '../../db/schema/objections';
import { actorToday, bodyCalendar } from '../calendar/places';
import { formatDate } from '../calendar/describe';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { appendAudit } from '../audit/audit-log';
import { applyIn } from '../cases/apply-event';
import { findCaseInScope } from '../cases/case.repository';
import { DomainError, eventNotAllowed, invalidField, versionConflict } from '../cases/errors';
import { type CaseDeadlines, restoreSnapshot } from '../cases/transition';
import type { Actor, RequestEvent } from '../../workflows/request.events';
import { type ObjectionCommandType, type ObjectionEvent, mayBeMediated, objectionCommandSchemas } from '../../workflows/objection.events';
import type { ObjectionContext } from '../../workflows/objection.machine';
import { calendarGuard } from './file-objection';
import { objectionOutcomeLabel } from './labels';
import type { IssuedDocument } from '../documents/issue';
import { enqueueMail } from '../mail/outbox';
import { type ObjectionMail, enqueueObjectionMail, officerEmails, requesterEmail } from './mail';
import { issueObjectionDecision } from './objection-documents';
import { type ObjectionDeadlines, commissionTargets, disputeWindowFromResponse, reopenedNotice } from './objection-deadlines';
import { findObjection } from './objection.repository';
import { refreshObjectionFact } from '../reports/tallies';
import {
  type ObjectionSnapshot,
  availableObjectionEvents,
  availableStages,
  disputeState,
  objectionState,
  restoreObjection,
  stepObjection,
} from './objection-state';

export interface ObjectionCommand {
  type: ObjectionCommandType | 'MARK_OVERDUE';
  expectedVersion: number;
  payload: Record<string, unknown>;
}

/** Audit names that would collide with the request's own events on the same trail. */
const AUDIT_NAMES: Partial<Record<ObjectionCommand['type'], string>> = { MARK_OVERDUE: 'OBJECTION_MARK_OVERDUE', CLOSE: 'OBJECTION_CLOSE' };

export async function applyObjectionEvent(deps: Deps, id: string, command: ObjectionCommand, actor: Actor): Promise<ObjectionRow> {
  return deps.transact((trx) => applyObjectionIn(trx, deps, id, command, actor));
}

export async function applyObjectionIn(trx: Trx, deps: Deps, id: string, command: ObjectionCommand, actor: Actor): Promise<ObjectionRow> {
  const row = await findObjection(trx, id, actor);
  if (row.version !== command.expectedVersion) throw versionConflict(row.version);
  const at = deps.clock().toISOString();
  const deadlines = JSON.parse(row.deadlines) as ObjectionDeadlines;
  // A date the officer types (a filing date, a stage's date) is a local date where they sit.
  const today = await actorToday(deps, trx, actor, new Date(at));
  const before = restoreObjection(row);

  // Ask first whether this actor may send this kind of event now, then judge the full event.
  const refuse = () => eventNotAllowed(command.type, availableObjectionEvents(before, actor, at, today));
  const probe = { type: command.type, actor, at, today, probe: true, ...(command.type === 'RECORD_DISPUTE_STAGE' ? { stage: command.payload.stage } : {}) };
  if (!before.can(probe as ObjectionEvent)) throw refusal(before, command, actor, at, today) ?? refuse();
  const receivedOn = (await bodyCalendar(deps, trx)).localDateOf(new Date(row.received_at));
  const event = toObjectionEvent(before.context, deadlines, receivedOn, command, actor, at, today);
  if (!before.can(event)) throw refuse();

  const { snapshot, persisted } = stepObjection(before, event);
  const ctx = snapshot.context;
  const effects = await sideEffects(trx, deps, row, deadlines, event, actor, at);

  const updated = await trx
    .updateTable('objections')
    .set({
      state: objectionState(snapshot),
      dispute_stage: disputeState(snapshot),
      late: ctx.late ? 1 : 0,
      overdue: ctx.overdueAt ? 1 : 0,
      outcome: ctx.decision?.outcome ?? (ctx.settlement ? 'settled' : null),
      decided_at: ctx.decision?.at ?? ctx.settlement?.at ?? null,
      decided_by: ctx.decision?.by ?? ctx.settlement?.by ?? null,
      dispute_commission: ctx.dispute?.commission ?? null,
      dispute_registration_number: ctx.dispute?.registrationNumber ?? null,
      dispute_filed_on: ctx.dispute?.filedOn ?? null,
      deadlines: JSON.stringify(deadlines),
      snapshot: JSON.stringify(persisted),
      version: row.version + 1,
      updated_at: at,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw versionConflict(row.version + 1);
  await refreshObjectionFact(trx, deps, updated);

  const { actor: _a, at: _at, today: _d, probe: _p, ...data } = event as ObjectionEvent & Record<string, unknown>;
  await appendAudit(trx, {
    caseId: row.case_id,
    actor,
    event: AUDIT_NAMES[command.type] ?? command.type,
    at,
    fromState: `objection:${describe(before)}`,
    toState: `objection:${describe(snapshot)}`,
    data: {
      ...data,
      objectionId: row.id,
      objectionNumber: row.objection_number,
      version: updated.version,
      ...(effects.reopened !== undefined ? { requestReopened: effects.reopened } : {}),
    },
  });
  const documents = event.type === 'DECIDE_OBJECTION' ? await issueObjectionDecision(trx, deps, updated, ctx, actor, at) : [];
  await mailsFor(trx, updated, event, deadlines, documents, at);
  return updated;
}

const describe = (s: ObjectionSnapshot) => {
  const stage = disputeState(s);
  return stage ? `dispute.${stage}` : objectionState(s);
};

/** A clearer refusal than the generic one where the law explains it: mediation and musyawarah are for grounds b–g. */
function refusal(before: ObjectionSnapshot, command: ObjectionCommand, actor: Actor, at: string, today: string): DomainError | null {
  const grounds = before.context.grounds;
  if (command.type === 'SETTLE_BY_AGREEMENT' && !mayBeMediated(grounds) && objectionState(before) === 'registered' && actor.role === 'atasan') {
    return new DomainError(409, 'settlement_not_allowed', 'settlement_not_allowed', {}, {}, { allowed: availableObjectionEvents(before, actor, at, today) });
  }
  if (command.type !== 'RECORD_DISPUTE_STAGE') return null;
  const allowedStages = availableStages(before, actor, at, today);
  if (allowedStages.length === 0) return null;
  const stage = String(command.payload.stage ?? '');
  if (stage === 'mediation' && !mayBeMediated(grounds)) {
    return new DomainError(409, 'mediation_not_allowed', 'mediation_not_allowed', {}, {}, { allowedStages });
  }
  return new DomainError(409, 'stage_not_allowed', 'stage_not_allowed', { stage }, {}, { allowedStages });
}

/** The command plus who, when and what the domain computed; dates that run backwards are 400s naming the field. */
function toObjectionEvent(
  ctx: ObjectionContext,
  deadlines: ObjectionDeadlines,
  receivedOn: string,
  command: ObjectionCommand,
  actor: Actor,
  at: string,
  today: string,
): ObjectionEvent {
  const lang: Lang = 'id';
  const base = { ...command.payload, type: command.type, actor, at, today } as ObjectionEvent;
  if (command.type === 'RECORD_DISPUTE') {
    const filedOn = String(command.payload.filedOn);
    if (filedOn > today) throw invalidField('filedOn', 'date_in_future');
    if (ctx.decision && filedOn < ctx.decision.on) {
      throw new DomainError(400, 'invalid_input', 'invalid_input', { date: formatDate(ctx.decision.on, lang) }, { filedOn: 'dispute_before_decision' });
    }
    if (!ctx.decision && ctx.responseDue !== null && filedOn <= ctx.responseDue) {
      throw new DomainError(400, 'invalid_input', 'invalid_input', { date: formatDate(ctx.responseDue, lang) }, { filedOn: 'dispute_before_deadline_lapsed' });
    }
    return { ...base, type: 'RECORD_DISPUTE', withinWindow: filedOn <= deadlines.disputeWindow.due } as ObjectionEvent;
  }
  if (command.type === 'RECORD_DISPUTE_STAGE') {
    const on = String(command.payload.on);
    const last = ctx.dispute?.stages.at(-1)?.on ?? ctx.dispute?.filedOn ?? receivedOn;
    if (on > today) throw invalidField('on', 'date_in_future');
    if (on < last) throw new DomainError(400, 'invalid_input', 'invalid_input', { date: formatDate(last, lang) }, { on: 'stage_before_previous' });
  }
  return base;
}

/** What an event changes beyond the objection: its deadlines, and on overturning, the request itself. */
async function sideEffects(
  trx: Trx,
  deps: Deps,
  row: ObjectionRow,
  deadlines: ObjectionDeadlines,
  event: ObjectionEvent,
  actor: Actor,
  at: string,
): Promise<{ reopened?: boolean }> {
  // The dispute window runs on the body's national calendar, like every objection clock.
  const calendar = await bodyCalendar(deps, trx);
  if (event.type === 'DECIDE_OBJECTION' || event.type === 'REJECT_LATE') {
    deadlines.disputeWindow = calendarGuard(() => disputeWindowFromResponse(calendar, new Date(at)));
  }
  if (event.type === 'DECIDE_OBJECTION' && event.outcome === 'overturned') {
    return { reopened: await reopenRequest(trx, deps, row.case_id, deadlines, event.instruction ?? '', actor, at) };
  }
  if (event.type === 'RECORD_DISPUTE') {
    Object.assign(
      deadlines,
      calendarGuard(() => commissionTargets(calendar, event.filedOn)),
    );
  }
  return {};
}

/**
 * The atasan overturned the PPID (Art. 36): the request gets a new 10-working-day notice deadline
 * and the instruction, through its own workflow (REOPEN): a decided, delivered or closed request
 * is worked again; one still open past its deadline (ground c) restarts its clock.
 */
async function reopenRequest(
  trx: Trx,
  deps: Deps,
  caseId: string,
  deadlines: ObjectionDeadlines,
  instruction: string,
  actor: Actor,
  at: string,
): Promise<boolean> {
  const caseRow = await findCaseInScope(trx, caseId, actor);
  const caseCalendar = await deps.calendars.get(trx, (JSON.parse(caseRow.deadlines) as CaseDeadlines).notice.calendar.code);
  const notice = calendarGuard(() => reopenedNotice(caseCalendar, new Date(at)));
  deadlines.ppidAnswer = notice;
  const request = restoreSnapshot(caseRow);
  if (!request.can({ type: 'REOPEN', actor, at, probe: true } as RequestEvent)) return false;
  await applyIn(trx, deps, caseRow.id, { type: 'REOPEN', expectedVersion: caseRow.version, payload: { instruction, noticeDueAt: notice.dueAt } }, actor);
  return true;
}

/** The requester hears of the atasan's response (with its letter attached); the PPID Utama of an overturn and its instruction. */
async function mailsFor(
  trx: Trx,
  row: ObjectionRow,
  event: ObjectionEvent,
  deadlines: ObjectionDeadlines,
  documents: IssuedDocument[],
  at: string,
): Promise<void> {
  if (event.type !== 'DECIDE_OBJECTION' && event.type !== 'REJECT_LATE') return;
  const registration = await trx.selectFrom('cases').select('registration_number').where('id', '=', row.case_id).executeTakeFirstOrThrow();
  const lang = row.lang as Lang;
  const outcome = event.type === 'REJECT_LATE' ? 'rejected_late' : event.outcome;
  const email = await requesterEmail(trx, row.case_id);
  if (email) {
    const letters = documents.filter((d) => d.lang === lang);
    await enqueueMail(
      trx,
      [
        {
          to: email,
          template: 'objection_decided',
          lang,
          caseId: row.case_id,
          attachments: letters.map((d) => d.id),
          vars: {
            number: registration.registration_number,
            objectionNumber: row.objection_number,
            outcome: objectionOutcomeLabel(outcome, lang),
            disputeDue: formatDate(deadlines.disputeWindow.due, lang),
            documents: letters.map((d) => d.filename),
          },
        },
      ],
      at,
    );
  }
  if (outcome === 'overturned' && event.type === 'DECIDE_OBJECTION' && deadlines.ppidAnswer) {
    const notice = deadlines.ppidAnswer;
    await enqueueObjectionMail(
      trx,
      (await officerEmails(trx, ['ppid_utama'])).map(
        (to): ObjectionMail => ({
          to,
          template: 'officer_objection_overturned',
          lang: 'id',
          caseId: row.case_id,
          vars: {
            objectionNumber: row.objection_number,
            registrationNumber: registration.registration_number,
            instruction: event.instruction ?? '',
            noticeDue: formatDate(notice.due, 'id'),
          },
        }),
      ),
      at,
    );
  }
}

/** Validates a command's payload by its event type; a bad one is a 400 naming the fields. */
export function parseObjectionCommand(
  body: unknown,
): { ok: true; command: ObjectionCommand } | { ok: false; error: z.ZodError } | { ok: false; unknownType: true } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const type = raw.type as ObjectionCommandType;
  if (typeof type !== 'string' || !(type in objectionCommandSchemas)) return { ok: false, unknownType: true };
  const { type: _t, expectedVersion, ...payload } = raw;
  const schema = (objectionCommandSchemas[type] as z.ZodType).and(z.object({ expectedVersion: z.number().int().min(1) }));
  const parsed = schema.safeParse({ ...payload, expectedVersion });
  if (!parsed.success) return { ok: false, error: parsed.error };
  const { expectedVersion: v, ...clean } = parsed.data as Record<string, unknown> & { expectedVersion: number };
  return { ok: true, command: { type, expectedVersion: v, payload: clean } };
}
