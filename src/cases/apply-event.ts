/**
 * Moving a case through its workflow: in one transaction, load the row, restore the machine,
 * check that it accepts the event (`can`), send it, and write the snapshot, the columns, one
 * audit event and the e-mails, bumping the row version only if nobody else did first.
 */
import type { Trx } from '../../db/unit-of-work';
import { z } from 'zod';
import type { CaseRow } from '../../db/schema';
import { clarificationPause, pauseNoticeDeadlines } from '../calendar/clarification';
import { extendDeadline, explainDeadline } from '../calendar/deadline';
import { CalendarRangeError } from '../calendar/errors';
import { formatDate } from '../calendar/describe';
import { bodyCalendar } from '../calendar/places';
import { withJakartaDeadlines } from './jakarta-deadlines';
import type { Deps } from '../deps';
import { appendAudit } from '../audit/audit-log';
import { enqueueMail, type Mail } from '../mail/outbox';
import { caseOfficerEmails } from '../mail/recipients';
import { type IssuedDocument, auditedDocument, issueDocumentsFor } from '../documents/issue';
import { recordDecisionTests } from '../exemptions/consequence-tests';
import type { Lang } from '../i18n';
import { outcomeLabel } from '../i18n/status';
import { type Actor, type CommandType, type RequestEvent, commandSchemas } from '../../workflows/request.events';
import { PERIODS } from '../../workflows/periods';
import { availableEvents, clockOf, stateName } from '../../workflows/request.state';
import { type ReleasedFile, releaseFilesIn } from '../answers/case-files';
import { publicBaseUrl } from '../config';
import { DomainError, eventNotAllowed, invalidField, notFound, versionConflict } from './errors';
import { findCaseInScope } from './case.repository';
import { refreshRequestFact } from '../reports/tallies';
import { type CaseDeadlines, caseColumns, noticeDeadline, restoreSnapshot, step, syncCaseUnits } from './transition';

export interface Command {
  /** An officer's command, or a system event such as MARK_OVERDUE. */
  type: RequestEvent['type'];
  expectedVersion: number;
  payload: Record<string, unknown>;
}

export async function applyEvent(deps: Deps, caseId: string, command: Command, actor: Actor): Promise<CaseRow> {
  return deps.transact((trx) => applyIn(trx, deps, caseId, command, actor));
}

export async function applyIn(trx: Trx, deps: Deps, caseId: string, command: Command, actor: Actor): Promise<CaseRow> {
  // A requester has no officer scope: their tracking code proved access at the door (src/answers/clarification.ts).
  const row =
    actor.role === 'requester'
      ? ((await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst()) ??
        (() => {
          throw notFound();
        })())
      : await findCaseInScope(trx, caseId, actor);
  if (row.version !== command.expectedVersion) throw versionConflict(row.version);
  const at = deps.clock().toISOString();
  const before = restoreSnapshot(row);
  let deadlines = JSON.parse(row.deadlines) as CaseDeadlines;

  // Ask first whether this actor may send this kind of event now, then judge the full event.
  const refuse = () => eventNotAllowed(command.type, availableEvents(before, actor, at));
  if (!before.can({ type: command.type, actor, at, probe: true } as RequestEvent)) throw refuse();
  const event = await toMachineEvent(trx, deps, row, deadlines, command, actor, at);
  if (!before.can(event)) throw refuse();
  if (deadlines.jakarta && JAKARTA_RECOUNT.has(command.type)) {
    deadlines = await recountJakarta(trx, deps, deadlines);
  }

  const { snapshot, persisted } = step(before, event);
  const updated = await trx
    .updateTable('cases')
    .set({ ...caseColumns(snapshot, persisted, deadlines, at), version: row.version + 1 })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw versionConflict(row.version + 1);
  // The report tallies move with the case, in the same transaction (src/reports/tallies.ts).
  await refreshRequestFact(trx, deps, updated);
  if (JSON.stringify(before.context.assignments) !== JSON.stringify(snapshot.context.assignments)) {
    await syncCaseUnits(trx, row.id, snapshot.context.assignments);
  }

  const { actor: _a, at: _at, probe: _p, ...data } = event as RequestEvent & Record<string, unknown>;
  // A grant releases the answer's files (redacted where the decision says so) with the written notice.
  const files = command.type === 'DECIDE' ? await releaseFilesIn(trx, updated, at) : [];
  // The letters the transition issues; their ids and SHA-256 ride in its one audit event.
  const documents = await issueDocumentsFor(trx, deps, updated, command.type, actor, at);
  await appendAudit(trx, {
    caseId: row.id,
    actor,
    event: command.type,
    at,
    fromState: describe(before),
    toState: describe(snapshot),
    data: {
      ...data,
      version: updated.version,
      ...(documents.length > 0 ? { documents: documents.map(auditedDocument) } : {}),
      ...(files.length > 0 ? { files } : {}),
    },
  });
  if (command.type === 'DECIDE') await recordDecisionTests(trx, deps, updated, command.payload, actor, at);
  await enqueueMail(trx, await mailsFor(trx, deps, updated, command.type, deadlines, documents, files), at);
  return updated;
}

/** Events that move a statutory deadline, so the Jakarta twin of a mission's case is counted again. */
const JAKARTA_RECOUNT = new Set<string>(['EXTEND', 'REOPEN', 'RECEIVE_CLARIFICATION']);

async function recountJakarta(trx: Trx, deps: Deps, deadlines: CaseDeadlines): Promise<CaseDeadlines> {
  try {
    return withJakartaDeadlines(await bodyCalendar(deps, trx), deadlines);
  } catch (e) {
    if (e instanceof CalendarRangeError) {
      throw new DomainError(409, 'calendar_out_of_range', 'calendar_out_of_range', { calendar: e.calendarCode, year: e.year });
    }
    throw e;
  }
}

const describe = (s: ReturnType<typeof restoreSnapshot>) => {
  const clock = clockOf(s);
  return clock && clock !== 'running' ? `${stateName(s)}+${clock}` : stateName(s);
};

/** The command plus who, when, and any deadline it needs; the deadline goes into `deadlines`. */
async function toMachineEvent(trx: Trx, deps: Deps, row: CaseRow, deadlines: CaseDeadlines, command: Command, actor: Actor, at: string): Promise<RequestEvent> {
  const base = { ...command.payload, type: command.type, actor, at } as RequestEvent;
  try {
    if (command.type === 'ASSIGN') {
      const single = command.payload.unit as string | undefined;
      const codes = single !== undefined ? [single] : (command.payload.units as string[]);
      const assignments = [];
      for (const [i, code] of codes.entries()) {
        const unit = await trx.selectFrom('units').select(['code', 'calendar_code', 'closed_at']).where('code', '=', code).executeTakeFirst();
        if (!unit) throw invalidField(single !== undefined ? 'unit' : `units.${i}`, 'unknown_unit');
        // A closed unit keeps the cases it holds but is given no new one (issue 18).
        if (unit.closed_at !== null) throw invalidField(single !== undefined ? 'unit' : `units.${i}`, 'unit_closed');
        const target = explainDeadline(await deps.calendars.get(trx, unit.calendar_code), {
          period: 'unit_target',
          startInstant: new Date(at),
          workingDays: deps.config.UNIT_TARGET_WORKING_DAYS,
        });
        deadlines.unitTargets = { ...deadlines.unitTargets, [unit.code]: target };
        assignments.push({ unit: unit.code, targetDue: target.due });
      }
      return { ...base, type: 'ASSIGN', assignments };
    }
    if (command.type === 'REOPEN') {
      // The atasan's order restarts the statutory clock from now, on the request's own calendar.
      const calendar = await deps.calendars.get(trx, deadlines.notice.calendar.code);
      deadlines.noticeReopened = explainDeadline(calendar, {
        period: 'notice_reopened',
        startInstant: new Date(at),
        workingDays: PERIODS.notice.workingDays,
      });
      return { ...base, type: 'REOPEN', instruction: String(command.payload.instruction), noticeDueAt: deadlines.noticeReopened.dueAt };
    }
    if (command.type === 'EXTEND') {
      const calendar = await deps.calendars.get(trx, deadlines.notice.calendar.code);
      deadlines.noticeExtended = extendDeadline(calendar, deadlines.notice, {
        workingDays: PERIODS.extension.workingDays,
        reason: String(command.payload.reason),
      });
      return { ...base, type: 'EXTEND', reason: String(command.payload.reason), noticeDueAt: deadlines.noticeExtended.dueAt };
    }
    if (command.type === 'RECEIVE_CLARIFICATION' && deps.config.CLARIFICATION_CLOCK === 'paused') {
      // The clock stood still while the body waited: the wait's working days are added back.
      const requestedAt = restoreSnapshot(row).context.clarification?.requestedAt;
      if (requestedAt) {
        const calendar = await deps.calendars.get(trx, deadlines.notice.calendar.code);
        Object.assign(deadlines, pauseNoticeDeadlines(calendar, deadlines, clarificationPause(calendar, new Date(requestedAt), new Date(at))));
        // The new due instant rides on the event for the workflow's context.noticeDueAt; the columns follow `deadlines`.
        return { ...base, noticeDueAt: noticeDeadline(deadlines).dueAt } as RequestEvent;
      }
    }
  } catch (e) {
    if (e instanceof CalendarRangeError) {
      throw new DomainError(409, 'calendar_out_of_range', 'calendar_out_of_range', { calendar: e.calendarCode, year: e.year });
    }
    throw e;
  }
  return base;
}

async function mailsFor(
  trx: Trx,
  deps: Deps,
  row: CaseRow,
  type: string,
  deadlines: CaseDeadlines,
  documents: IssuedDocument[],
  files: ReleasedFile[],
): Promise<Mail[]> {
  const lang = row.lang as Lang;
  const due = (l: Lang) => formatDate((deadlines.noticeExtended ?? deadlines.notice).due, l);
  const number = row.registration_number;
  // The requester gets the letters in their own language (Indonesian, or English if they filed in English).
  const letters = documents.filter((d) => d.lang === lang);
  const requesterMail = async (template: Mail['template'], vars: Partial<Mail['vars']> = {}): Promise<Mail[]> => {
    const r = await trx.selectFrom('requesters').select('email').where('id', '=', row.requester_id).executeTakeFirst();
    return r?.email
      ? [
          {
            to: r.email,
            template,
            lang,
            caseId: row.id,
            vars: { number, ...vars, documents: letters.map((d) => d.filename) },
            attachments: letters.map((d) => d.id),
          },
        ]
      : [];
  };
  switch (type) {
    case 'ASSIGN': {
      const units = Object.keys(deadlines.unitTargets ?? {});
      const officers = await trx
        .selectFrom('users')
        .select(['email', 'unit_code'])
        .where('unit_code', 'in', units)
        .where('role', '=', 'ppid_pelaksana')
        .where('active', '=', 1)
        .where('email', 'is not', null)
        .execute();
      return officers.map((o) => ({
        to: o.email!,
        template: 'officer_assigned',
        lang: 'id',
        caseId: row.id,
        vars: { number, unit: o.unit_code ?? '', noticeDue: due('id') },
      }));
    }
    case 'EXTEND':
      return requesterMail('request_extended', { noticeDue: due(lang), reason: deadlines.noticeExtended?.extension?.reason ?? '' });
    case 'DECIDE':
      return requesterMail('request_decided', {
        outcome: row.outcome ? outcomeLabel(row.outcome, lang) : '',
        ...(files.length > 0
          ? { files: files.map((f) => f.filename), trackUrl: `${publicBaseUrl(deps.config)}/lacak?nomor=${encodeURIComponent(number)}` }
          : {}),
      });
    case 'MARK_OVERDUE':
      return (await caseOfficerEmails(trx, row)).map((to) => ({
        to,
        template: 'officer_overdue',
        lang: 'id',
        caseId: row.id,
        vars: { number, noticeDue: due('id') },
      }));
    case 'DELIVER':
      return requesterMail('request_delivered');
    case 'CLOSE':
      // The satisfaction survey (issue 18) is reached from the closing message.
      return requesterMail('request_closed', { surveyUrl: `${publicBaseUrl(deps.config)}/lacak/survei?nomor=${encodeURIComponent(number)}` });
    default:
      return [];
  }
}

/** Validates a command's payload by its event type; a bad one is a 400 naming the fields. */
export function parseCommand(body: unknown): { ok: true; command: Command } | { ok: false; error: import('zod').ZodError } | { ok: false; unknownType: true } {
  const raw = (body ?? {}) as Record<string, unknown>;
  const type = raw.type as CommandType;
  if (typeof type !== 'string' || !(type in commandSchemas)) return { ok: false, unknownType: true };
  const { type: _t, expectedVersion, ...payload } = raw;
  const schema = commandSchemas[type].and(z.object({ expectedVersion: z.number().int().min(1) }));
  const parsed = schema.safeParse({ ...payload, expectedVersion });
  if (!parsed.success) return { ok: false, error: parsed.error };
  const { expectedVersion: v, ...clean } = parsed.data as Record<string, unknown> & { expectedVersion: number };
  return { ok: true, command: { type, expectedVersion: v, payload: clean } };
}
