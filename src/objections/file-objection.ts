/**
 * Filing an objection (pengajuan keberatan, UU 14/2008 Art. 35–36): in one transaction the
 * objection with its own register number, its deadlines, the REGISTER step of its workflow, one
 * audit event on the request's trail, and the e-mails. An objection filed after the 30-working-day
 * window is still recorded, flagged late, and put to the atasan PPID: never silently refused.
 */
import type { Trx } from '../../db/unit-of-work';
import { randomUUID } from 'node:crypto';
import type { CaseRow } from '../../db/schema';
import { CalendarRangeError } from '../calendar/errors';
import { formatDate } from '../calendar/describe';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../cases/errors';
import { type IdempotencyKey, remember, replay } from '../cases/idempotency';
import { restoreSnapshot } from '../cases/transition';
import { bodyCalendar } from '../calendar/places';
import type { Actor } from '../../workflows/request.events';
import { OBJECTION_MACHINE_VERSION } from '../../workflows/objection.machine';
import { objectionEligibility } from './eligibility';
import { type ObjectionDeadlines, atasanResponse, disputeWindowWithoutResponse, objectionWindow } from './objection-deadlines';
import { formatObjectionNumber, nextObjectionSequence } from './objection-number';
import { objectionState, stepObjection } from './objection-state';
import type { ObjectionFiling, ObjectionReceipt } from './objection.schema';
import { enqueueMail } from '../mail/outbox';
import { enqueueObjectionMail, officerEmails, requesterEmail, type ObjectionMail } from './mail';
import { issueObjectionReceipt } from './objection-documents';
import { refreshObjectionFact } from '../reports/tallies';

export interface ObjectionMeta {
  channel: 'web' | 'walk_in' | 'letter' | 'phone' | 'email';
  receivedAt: Date;
  /** The requester on the web; the officer who keyed in a letter or walk-in. */
  enteredBy: Actor;
  lang: Lang;
  idempotency?: IdempotencyKey;
}

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };

/** Wraps calendar arithmetic: a deadline past the calendar's known years is a 409 naming the calendar and year. */
export function calendarGuard<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CalendarRangeError) {
      throw new DomainError(409, 'calendar_out_of_range', 'calendar_out_of_range', { calendar: e.calendarCode, year: e.year });
    }
    throw e;
  }
}

export async function fileObjection(deps: Deps, caseRow: CaseRow, filing: ObjectionFiling, meta: ObjectionMeta) {
  return deps.transact(async (trx) => {
    if (meta.idempotency) {
      const previous = await replay<ObjectionReceipt>(trx, meta.idempotency);
      if (previous) return previous;
    }
    const receipt = await fileIn(trx, deps, caseRow.id, filing, meta);
    if (meta.idempotency) await remember(trx, meta.idempotency, 201, receipt, deps.clock().toISOString());
    return { status: 201, body: receipt, replayed: false };
  });
}

async function fileIn(trx: Trx, deps: Deps, caseId: string, filing: ObjectionFiling, meta: ObjectionMeta): Promise<ObjectionReceipt> {
  const at = deps.clock().toISOString();
  const receivedAt = meta.receivedAt;
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  const request = restoreSnapshot(row).context;
  // Every objection clock runs on the body's national calendar: the atasan PPID sits in Jakarta (§4.2).
  const calendar = await bodyCalendar(deps, trx);

  const existing = await trx.selectFrom('objections').select(['received_at', 'objection_number']).where('case_id', '=', row.id).execute();
  const eligibility = objectionEligibility(request, existing, receivedAt.toISOString());
  if (!eligibility.open) {
    if (eligibility.reason === 'already_filed') {
      throw new DomainError(
        409,
        'objection_already_filed',
        'objection_already_filed',
        { number: eligibility.objectionNumber },
        {},
        { objectionNumber: eligibility.objectionNumber },
      );
    }
    throw new DomainError(409, 'objection_not_open', 'objection_not_open', { number: row.registration_number, due: formatDate(row.notice_due, meta.lang) });
  }

  const deadlines: ObjectionDeadlines = calendarGuard(() => {
    const response = atasanResponse(calendar, receivedAt);
    return {
      objectionWindow: objectionWindow(calendar, request, filing.grounds),
      atasanResponse: response,
      disputeWindow: disputeWindowWithoutResponse(calendar, response),
    };
  });
  const late = receivedAt.toISOString() > deadlines.objectionWindow.dueAt;

  const year = Number(calendar.localDateOf(receivedAt).slice(0, 4));
  const seq = await nextObjectionSequence(trx, year);
  const objectionNumber = formatObjectionNumber(seq, year);
  const { snapshot, persisted } = stepObjection(
    { input: { grounds: filing.grounds } },
    {
      type: 'REGISTER',
      actor: SYSTEM,
      at,
      today: calendar.localDateOf(new Date(at)),
      objectionNumber,
      responseDue: deadlines.atasanResponse.due,
      responseDueAt: deadlines.atasanResponse.dueAt,
      late,
    },
  );
  const state = objectionState(snapshot);
  const id = randomUUID();
  await trx
    .insertInto('objections')
    .values({
      id,
      objection_number: objectionNumber,
      year,
      seq,
      case_id: row.id,
      channel: meta.channel,
      grounds: JSON.stringify(filing.grounds),
      reason: filing.reason,
      lang: meta.lang,
      received_at: receivedAt.toISOString(),
      entered_by: meta.enteredBy.id,
      state,
      dispute_stage: null,
      late: late ? 1 : 0,
      overdue: 0,
      outcome: null,
      response_due: deadlines.atasanResponse.due,
      response_due_at: deadlines.atasanResponse.dueAt,
      deadlines: JSON.stringify(deadlines),
      decided_at: null,
      decided_by: null,
      dispute_commission: null,
      dispute_registration_number: null,
      dispute_filed_on: null,
      machine_version: OBJECTION_MACHINE_VERSION,
      snapshot: JSON.stringify(persisted),
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();

  await refreshObjectionFact(trx, deps, await trx.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

  await appendAudit(trx, {
    caseId: row.id,
    actor: meta.enteredBy,
    event: 'OBJECTION_REGISTER',
    fromState: null,
    toState: `objection:${state}`,
    at,
    data: {
      objectionId: id,
      objectionNumber,
      grounds: filing.grounds,
      channel: meta.channel,
      receivedAt: receivedAt.toISOString(),
      late,
      objectionWindowEnd: deadlines.objectionWindow.due,
      responseDue: deadlines.atasanResponse.due,
    },
  });

  const objection = await trx.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const documents = (await issueObjectionReceipt(trx, deps, objection, meta.enteredBy, at)).filter((d) => d.lang === meta.lang);
  const email = await requesterEmail(trx, row.id);
  if (email) {
    await enqueueMail(
      trx,
      [
        {
          to: email,
          template: 'objection_received',
          lang: meta.lang,
          caseId: row.id,
          attachments: documents.map((d) => d.id),
          vars: {
            number: row.registration_number,
            objectionNumber,
            responseDue: formatDate(deadlines.atasanResponse.due, meta.lang),
            documents: documents.map((d) => d.filename),
          },
        },
      ],
      at,
    );
  }
  const officers: ObjectionMail[] = (await officerEmails(trx, ['atasan', 'ppid_utama'])).map((to) => ({
    to,
    template: 'officer_objection_filed',
    lang: 'id',
    caseId: row.id,
    vars: { objectionNumber, registrationNumber: row.registration_number, late, responseDue: formatDate(deadlines.atasanResponse.due, 'id') },
  }));
  await enqueueObjectionMail(trx, officers, at);

  return {
    id,
    objectionNumber,
    registrationNumber: row.registration_number,
    receivedAt: receivedAt.toISOString(),
    status: state,
    grounds: filing.grounds,
    late,
    deadlines: {
      responseDue: deadlines.atasanResponse.due,
      responseDueAt: deadlines.atasanResponse.dueAt,
      objectionWindowEnd: deadlines.objectionWindow.due,
    },
  };
}
