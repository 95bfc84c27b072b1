/**
 * Filing a request (pengajuan permohonan): in one transaction the requester's data, the case with
 * its registration number, the REGISTER step of the workflow, one audit event and the e-mails.
 */
import type { Trx } from '../../db/unit-of-work';
import { createHmac } from 'node:crypto';
import { insertRows } from '../../db/insert-rows';
import { preparedQuery } from '../../db/prepared';
import { newRowId } from '../../db/row-id';
import type { Kysely } from 'kysely';
import type { CaseRow, Database } from '../../db/schema';
import { explainDeadline } from '../calendar/deadline';
import { CalendarRangeError } from '../calendar/errors';
import type { DeadlineExplanation } from '../calendar/types';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { formatDate } from '../calendar/describe';
import { NATIONAL_CALENDAR_CODE, bodyCalendar } from '../calendar/places';
import { withJakartaDeadlines } from './jakarta-deadlines';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { appendAudit, appendAuditEvents } from '../audit/audit-log';
import { enqueueMail, type Mail } from '../mail/outbox';
import type { IdentityDocument } from '../identity/identity-document';
import { type SealedIdentityDocument, sealIdentityDocument, storeIdentityDocument } from '../identity/scan-store';
import type { Actor } from '../../workflows/request.events';
import { PERIODS } from '../../workflows/periods';
import { DomainError, invalidField } from './errors';
import type { Filing } from './filing.schema';
import { type IdempotencyKey, remember, replay } from './idempotency';
import { formatRegistrationNumber, nextSequence } from './registration-number';
import { hashTrackingCode, newTrackingCode } from './tracking-code';
import { type CaseDeadlines, caseColumns, insertCaseUnits, step } from './transition';
import type { RequestSnapshot } from '../../workflows/request.state';
import type { RequestEvent } from '../../workflows/request.events';
import { stateName } from '../../workflows/request.state';
import { publicBaseUrl } from '../config';
import { refreshRequestFact } from '../reports/tallies';
import { issueReceipts } from '../documents/issue';
import { issueOwedReceipts, oweReceipt } from '../documents/receipts-to-issue';

export interface FilingMeta {
  channel: 'web' | 'walk_in' | 'letter' | 'phone' | 'email';
  receivedAt: Date;
  /** Who keyed it in: the requester on the web, an officer for the other channels. */
  enteredBy: Actor;
  lang: Lang;
  idempotency?: IdempotencyKey;
  /** A scan proving the requester's identity (KTP, passport, deed, power of attorney), stored beside the requester. */
  identityDocument?: IdentityDocument;
}

export interface Receipt {
  id: string;
  registrationNumber: string;
  trackingCode: string;
  receivedAt: string;
  status: string;
  unit: string;
  deadlines: { noticeDue: string; noticeDueAt: string };
  links: { receipt: string; track: string };
}

const SYSTEM: Actor = { kind: 'system', id: null, role: 'system', unit: null };

const unitWithCalendarVersion = preparedQuery((db: Kysely<Database>, p: { code: string }) =>
  db
    .selectFrom('units')
    .innerJoin('calendars', 'calendars.code', 'units.calendar_code')
    .select(['units.code', 'units.kind', 'units.name_id', 'units.accepts_requests', 'units.calendar_code', 'calendars.version as calendar_version'])
    .where('units.code', '=', p.code),
);

/** The PPID Utama's officers and those of the receiving unit, who are told of a new request. */
const officersToTell = preparedQuery((db: Kysely<Database>, p: { unit: string }) =>
  db
    .selectFrom('users')
    .select(['email'])
    .where('active', '=', 1)
    .where('email', 'is not', null)
    .where((eb) => eb.or([eb('unit_code', '=', p.unit), eb('role', '=', 'ppid_utama')]))
    .where((eb) => eb.or([eb('role', '=', 'ppid_utama'), eb('role', '=', 'ppid_pelaksana')])),
);

export async function fileRequest(deps: Deps, filing: Filing, meta: FilingMeta): Promise<{ status: number; body: Receipt; replayed: boolean }> {
  // Encrypted before the transaction: the scan never reaches the database in clear.
  const scan = meta.identityDocument ? await sealIdentityDocument(deps, meta.identityDocument) : undefined;
  const filed = await deps.transact(async (trx) => {
    if (meta.idempotency) {
      const previous = await replay<Receipt>(trx, meta.idempotency);
      if (previous) return { ...previous, body: { ...previous.body, trackingCode: replayedCode(deps, meta.idempotency) }, row: null };
    }
    const { receipt, row } = await fileIn(trx, deps, filing, meta, scan);
    if (meta.idempotency) {
      // The stored response never holds the tracking code: a replay derives the same code again.
      await remember(trx, meta.idempotency, 201, { ...receipt, trackingCode: null }, deps.clock().toISOString());
    }
    return { status: 201, body: receipt, replayed: false, row };
  });
  // The receipt is rendered after the commit, outside the registration counter's lock (on
  // PostgreSQL every filing of every process waits for that lock), and stored in a unit of work of
  // its own. The filing stands whatever happens here: what is owed stays owed (receipts-to-issue.ts).
  try {
    if (filed.row) await issueReceipts(deps, filed.row);
    else await issueOwedReceipts(deps, filed.body.id);
  } catch (e) {
    console.error(`receipt of ${filed.body.registrationNumber} not issued yet (the sweeper retries):`, e);
  }
  return { status: filed.status, body: filed.body, replayed: filed.replayed };
}

function replayedCode(deps: Deps, idem: IdempotencyKey): string {
  return newTrackingCode(createHmac('sha256', deps.secret).update(`tracking:${idem.scope}:${idem.key}`).digest());
}

async function fileIn(
  trx: Trx,
  deps: Deps,
  filing: Filing,
  meta: FilingMeta,
  scan: SealedIdentityDocument | undefined,
): Promise<{ receipt: Receipt; row: CaseRow }> {
  const now = deps.clock();
  const at = now.toISOString();
  const unitCode = filing.unit ?? 'PPID';
  const [unit] = (await unitWithCalendarVersion(trx, { code: unitCode })).rows;
  if (!unit) throw invalidField('unit', 'unknown_unit');
  if (!unit.accepts_requests) throw invalidField('unit', 'unit_not_accepting');

  const calendar = await deps.calendars.atVersion(trx, unit.calendar_code, unit.calendar_version);
  let notice: DeadlineExplanation;
  let deadlines: CaseDeadlines;
  try {
    notice = explainDeadline(calendar, { period: 'notice', startInstant: meta.receivedAt, workingDays: PERIODS.notice.workingDays });
    deadlines = { notice };
    // At a mission, the same deadline on the Jakarta calendar too (§5.4).
    if (calendar.code !== NATIONAL_CALENDAR_CODE) deadlines = withJakartaDeadlines(await bodyCalendar(deps, trx), deadlines);
  } catch (e) {
    throw outOfRange(e);
  }

  // The registration number is drawn as late as possible: its counter row stays locked until the
  // commit (numbers without gaps), so every filing on the database waits for the one holding it.
  // What needs no number — the requester, who is told — is done before, outside that wait.
  const requesterId = newRowId();
  const r = filing.requester;
  await insertRows(trx, 'requesters', [
    {
      id: requesterId,
      type: r.type,
      name: r.name,
      nik: r.nik ?? null,
      passport_number: r.passportNumber ?? null,
      legal_entity_number: r.legalEntityNumber ?? null,
      email: r.email ?? null,
      phone: r.phone ?? null,
      address: r.address,
      occupation: r.occupation ?? null,
      created_at: at,
    },
  ]);
  if (scan) await storeIdentityDocument(trx, requesterId, scan, at);
  const officers = (await officersToTell(trx, { unit: unit.code })).rows;
  const id = newRowId();
  await oweReceipt(trx, id, at);

  const year = Number(calendar.localDateOf(meta.receivedAt).slice(0, 4));
  const seq = await nextSequence(trx, year);
  const registrationNumber = formatRegistrationNumber(deps.config.REGISTRATION_FORMAT, { seq, unit: unit.code, year });
  const trackingCode = meta.idempotency ? replayedCode(deps, meta.idempotency) : newTrackingCode();

  const registered = step(
    { input: { receivedUnit: unit.code } },
    {
      type: 'REGISTER',
      actor: SYSTEM,
      at,
      registrationNumber,
      noticeDueAt: notice.dueAt,
    },
  );
  // Filed at a work unit or mission (not the PPID Utama's own desk): that unit holds it from filing,
  // pending its acceptance, through the workflow's ASSIGN. Its internal target counts from receipt
  // on its own calendar; the statutory notice deadline is the one above and does not move (kip-rules §4.2).
  const forwarded = unit.kind === 'ppid_utama' ? null : assignOnFiling(deps, calendar, unit.code, meta.receivedAt, at, deadlines, registered.snapshot);
  const { snapshot, persisted } = forwarded ?? registered;
  const caseRow: CaseRow = {
    id,
    registration_number: registrationNumber,
    year,
    seq,
    tracking_code_hash: hashTrackingCode(trackingCode),
    requester_id: requesterId,
    channel: meta.channel,
    information: filing.information,
    purpose: filing.purpose,
    obtain_method: filing.obtainMethod,
    delivery_method: filing.deliveryMethod,
    received_unit: unit.code,
    lang: meta.lang,
    version: 1,
    received_at: meta.receivedAt.toISOString(),
    created_at: at,
    ...caseColumns(snapshot, persisted, deadlines, at),
  };
  await insertRows(trx, 'cases', [caseRow]);
  await refreshRequestFact(trx, deps, caseRow, r.type, { newCase: true });

  // REGISTER, and ASSIGN for a request filed at a unit: one append (the audit head is locked once).
  const register = {
    caseId: id,
    actor: meta.enteredBy,
    event: 'REGISTER',
    fromState: 'received',
    toState: stateName(registered.snapshot),
    at,
    data: { registrationNumber, channel: meta.channel, unit: unit.code, receivedAt: meta.receivedAt.toISOString(), noticeDue: notice.due },
  };
  if (forwarded) {
    await insertCaseUnits(trx, id, snapshot.context.assignments);
    await appendAuditEvents(trx, [
      register,
      {
        caseId: id,
        actor: SYSTEM,
        event: 'ASSIGN',
        fromState: stateName(registered.snapshot),
        toState: stateName(snapshot),
        at,
        data: { assignments: forwarded.event.assignments, onFiling: true, version: 1 },
      },
    ]);
  } else await appendAudit(trx, register);

  const trackUrl = `${publicBaseUrl(deps.config)}/lacak?nomor=${encodeURIComponent(registrationNumber)}`;
  const mails: Mail[] = [];
  if (r.email) {
    mails.push({
      to: r.email,
      template: 'request_received',
      lang: meta.lang,
      caseId: id,
      vars: { number: registrationNumber, noticeDue: formatDate(notice.due, meta.lang), trackUrl },
    });
  }
  for (const o of officers) {
    mails.push({
      to: o.email!,
      template: 'officer_new_request',
      lang: 'id',
      caseId: id,
      vars: { number: registrationNumber, unit: unit.name_id, noticeDue: formatDate(notice.due, 'id') },
    });
  }
  await enqueueMail(trx, mails, at);

  const receipt: Receipt = {
    id,
    registrationNumber,
    trackingCode,
    receivedAt: meta.receivedAt.toISOString(),
    status: stateName(snapshot),
    unit: unit.code,
    deadlines: { noticeDue: notice.due, noticeDueAt: notice.dueAt },
    links: {
      receipt: `/api/v1/requests/${encodeURIComponent(registrationNumber)}/receipt.pdf`,
      track: `/api/v1/requests/${encodeURIComponent(registrationNumber)}`,
    },
  };
  return { receipt, row: caseRow };
}

/**
 * The ASSIGN step of a request filed at a unit or mission: to that unit alone, pending its
 * acceptance, with its internal target (UNIT_TARGET_WORKING_DAYS from receipt, on its calendar)
 * added to `deadlines.unitTargets`.
 */
function assignOnFiling(
  deps: Deps,
  calendar: WorkingCalendar,
  unit: string,
  receivedAt: Date,
  at: string,
  deadlines: CaseDeadlines,
  registered: RequestSnapshot,
) {
  let target: DeadlineExplanation;
  try {
    target = explainDeadline(calendar, { period: 'unit_target', startInstant: receivedAt, workingDays: deps.config.UNIT_TARGET_WORKING_DAYS });
  } catch (e) {
    throw outOfRange(e);
  }
  deadlines.unitTargets = { ...deadlines.unitTargets, [unit]: target };
  const event = { type: 'ASSIGN', actor: SYSTEM, at, assignments: [{ unit, targetDue: target.due }] } satisfies RequestEvent;
  if (!registered.can(event)) throw new Error(`the workflow refused to assign ${unit} on filing`);
  return { ...step(registered, event), event };
}

/** A receipt date outside the years a calendar knows: a field error, not a crash. */
function outOfRange(e: unknown) {
  if (e instanceof CalendarRangeError) {
    return new DomainError(
      400,
      'calendar_out_of_range',
      'calendar_out_of_range',
      { calendar: e.calendarCode, year: e.year },
      { receivedAt: 'calendar_out_of_range' },
    );
  }
  return e;
}
