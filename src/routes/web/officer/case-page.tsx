/** @jsxImportSource hono/jsx */
/**
 * One case (`/petugas/kasus/:id`): every deadline with how it was counted, the actions the
 * workflow accepts now (each a form with the fields its event takes), the request, the requester
 * (for the roles that may see personal data), the assignments (who still owes what, each
 * internal target), documents, internal notes and the timeline. A case outside the officer's
 * scope does not exist for them (404). A form that loses a race (someone changed the case first)
 * answers 409 and shows the case as it is now, saying so plainly.
 */
import { NATIONAL_CALENDAR_CODE } from '../../../calendar/places';
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import { applyEvent, parseCommand } from '../../../cases/apply-event';
import { findCaseInScope } from '../../../cases/case.repository';
import { mayReadPersonalData } from '../../../auth/personal-data';
import { officerCaseView } from '../../../cases/case-view';
import { DomainError } from '../../../cases/errors';
import { addNote, listNotes, mayReadNotes, noteSchema } from '../../../cases/notes';
import { CASE_WORKERS } from '../../../auth/middleware';
import { documentLabel, documentLanguage } from '../../../documents/labels';
import { requirePageRole } from '../kit/guard';
import { workingDaysLeft } from '../../../cases/queue';
import { inForce, listTests } from '../../../exemptions/consequence-tests';
import { type Lang, fieldErrors, t } from '../../../i18n';
import { DeadlineFacts } from '../deadline-facts';
import { historyLabel } from '../../../i18n/history';
import { type CommandType, commandTypes } from '../../../../workflows/request.events';
import { isOpenState } from '../../../../workflows/request.state';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { DaysLeft, formatInstant, frame } from './components';
import { type FieldErrors, ErrorSummary, TextField, type FormValues, fieldValue } from '../kit/fields';
import { Notice } from '../kit/page';
import { FormToken } from '../kit/form-token';
import { EventForm, errorField, formToPayload } from './event-forms';
import { identityScanPath } from './identity-scan';
import { IdentityCheckSection } from './identity-check';
import { ReleasedFilesSection } from './released-files';
import { draftValues, latestDraft } from './draft-values';
import { assignmentStatusWord, channelWord, deliveryWord, eventLabel, fieldLabel, letterLabel, obtainWord, outcomeWord, roleWord } from './labels';
import { unitNames, unitOptions } from './units';

type View = Awaited<ReturnType<typeof officerCaseView>>;

/** Consequence tests on record that a denial may rest on (in force, concluded exempt). */
async function testsOnRecord(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const today = (await deps.calendars.forUnit(deps.db, 'PPID')).localDateOf(deps.clock());
  const tests = (await listTests(deps.db, { status: 'in_force' })).filter((t) => inForce(t, today));
  return tests.map((t) => ({
    value: t.id,
    label: `${t.public_title ?? t.information}${t.classification_number ? ` — ${t.classification_number}` : ''} (${formatDate(t.decided_on, c.get('lang'))})`,
  }));
}

interface PageState {
  /** The form that failed, with what was entered. */
  form?: { type: CommandType; values: FormValues; errors: FieldErrors };
  /** A lost race or a refused event: shown above the fresh case. */
  conflict?: string;
  note?: { value: string; error: string };
}

async function renderCase(c: Context<AppEnv>, id: string, state: PageState = {}, status: 200 | 400 | 409 = 200) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const row = await findCaseInScope(deps.db, id, actor);
  const view = await officerCaseView(deps.db, row, actor, lang, deps.clock());
  const names = await unitNames(deps, lang);
  const active = view.assignments.filter((a) => a.status !== 'returned').map((a) => a.unit);
  const codeOptions = {
    units: await unitOptions(deps, lang, ['PPID', ...active]),
    ...(view.availableEvents.some((e) => e === 'DECIDE' || e === 'SUBMIT_DRAFT') ? { consequenceTestIds: await testsOnRecord(c) } : {}),
  };
  const notes = mayReadNotes(actor) ? await listNotes(deps, view.id) : null;
  const calendarCode = (view.deadlines.noticeExtended ?? view.deadlines.notice).calendar.code;
  const calendar = await deps.calendars.get(deps.db, calendarCode);
  // Working days left only while the request is open (the machine's `open` states).
  const left = isOpenState(view.status) ? workingDaysLeft(calendar, deps.clock(), view.deadlines.noticeDue) : null;
  const national = await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE);
  const leftJakarta = left === null || !view.deadlines.jakartaNoticeDue ? null : workingDaysLeft(national, deps.clock(), view.deadlines.jakartaNoticeDue);
  const done = c.req.query('selesai');
  const draft = latestDraft(view.assignments);
  const props = await frame(c, `${t(lang, 'officer.case')} ${view.registrationNumber}`);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/petugas">← {t(lang, 'officer.queue')}</a>
      </p>
      <h1>
        {t(lang, 'officer.case')} {view.registrationNumber}
      </h1>
      <p class="lead">
        <strong>{view.statusLabel}</strong>
        {view.outcomeLabel ? <> — {view.outcomeLabel}</> : null}
        {view.extended ? <span class="tag">{t(lang, 'officer.extended')}</span> : null}
        {view.overdue ? <span class="tag bad">{t(lang, 'officer.overdue')}</span> : null}
      </p>
      {state.conflict ? (
        <Notice tone="bad">
          <p>
            <strong>{state.conflict}</strong>
          </p>
          <p>{t(lang, 'officer.this_page_has_been_reloaded_with')}</p>
        </Notice>
      ) : null}
      {done && !state.form && !state.conflict ? (
        <Notice tone="ok">
          {t(lang, 'officer.recorded')}
          {eventLabel(done, lang)}.
        </Notice>
      ) : null}

      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">{t(lang, 'officer.deadlines')}</h2>
        <p>
          {t(lang, 'officer.written_notice_due_by')}
          <strong>{formatDate(view.deadlines.noticeDue, lang)}</strong>
          {left !== null ? (
            <>
              {' '}
              — <DaysLeft lang={lang} days={left} />
            </>
          ) : null}
          {view.deadlines.provisional ? (
            <>
              {' '}
              <span class="tag warn" data-testid="provisional">
                {t(lang, 'officer.provisional_that_year_s_holiday_list')}
              </span>
            </>
          ) : null}
        </p>
        {view.deadlines.safeNoticeDue ? (
          <p data-testid="safe-due">
            {t(lang, 'officer.safe_date')}
            <strong>{formatDate(view.deadlines.safeNoticeDue, lang)}</strong> <span class="hint">{t(lang, 'officer.if_cuti_bersama_counted_as_working')}</span>
          </p>
        ) : null}
        {view.deadlines.jakartaNoticeDue ? (
          <p data-testid="jakarta-due">
            {t(lang, 'officer.on_jakarta_calendar')}
            <strong>{formatDate(view.deadlines.jakartaNoticeDue, lang)}</strong>
            {leftJakarta !== null ? (
              <>
                {' '}
                — <DaysLeft lang={lang} days={leftJakarta} />
              </>
            ) : null}{' '}
            <span class="hint">
              {t(lang, 'officer.alerts_follow_earlier_deadline')}
              {formatDate(view.deadlines.first.due, lang)} ({view.deadlines.first.calendar.code}).
            </span>
          </p>
        ) : null}
        <DeadlineFacts deadlines={view.deadlines} lang={lang} unitNames={names} />
      </section>

      <section aria-labelledby="h-actions" id="tindakan">
        <h2 id="h-actions">{t(lang, 'officer.actions')}</h2>
        {state.form ? (
          <ErrorSummary
            lang={lang}
            errors={state.form.errors}
            prefix={`e-${state.form.type}`}
            labels={Object.fromEntries(Object.keys(state.form.errors).map((k) => [k, fieldLabel(k, lang)]))}
            title={`${eventLabel(state.form.type, lang)}: ${t(lang, 'officer.check_fields_marked')}`}
          />
        ) : null}
        {view.availableEvents.length === 0 ? (
          <p>{t(lang, 'officer.there_is_nothing_you_can_do')}</p>
        ) : (
          view.availableEvents.map((type) => (
            <EventForm
              type={type}
              open={state.form?.type === type}
              ctx={{
                c,
                caseId: view.id,
                version: view.version,
                codeOptions,
                ...(state.form?.type === type
                  ? { values: state.form.values, errors: state.form.errors }
                  : type === 'DECIDE' && draft
                    ? { values: draftValues(draft) } // the decision form starts from the unit's draft
                    : {}),
              }}
            />
          ))
        )}
      </section>

      <section aria-labelledby="h-request">
        <h2 id="h-request">{t(lang, 'officer.request')}</h2>
        <dl class="facts">
          <dt>{t(lang, 'officer.information_requested')}</dt>
          <dd class="prose">{view.request.information}</dd>
          <dt>{t(lang, 'officer.purpose')}</dt>
          <dd class="prose">{view.request.purpose}</dd>
          <dt>{t(lang, 'officer.how_to_obtain')}</dt>
          <dd>{obtainWord(view.request.obtainMethod, lang)}</dd>
          <dt>{t(lang, 'officer.delivery')}</dt>
          <dd>{deliveryWord(view.request.deliveryMethod, lang)}</dd>
          <dt>{t(lang, 'officer.received')}</dt>
          <dd>
            {formatInstant(view.receivedAt, lang, view.deadlines.notice.calendar.timeZone)} — {channelWord(view.channel, lang)},{' '}
            {names.get(view.receivedUnit) ?? view.receivedUnit}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="h-requester">
        <h2 id="h-requester">{t(lang, 'officer.requester')}</h2>
        <Requester lang={lang} view={view} mayRead={mayReadPersonalData(actor)} />
        <IdentityCheckSection c={c} caseId={view.id} requester={view.requester} />
      </section>

      <Progress lang={lang} view={view} names={names} />
      <ReleasedFilesSection c={c} caseId={view.id} />

      {view.documents.length > 0 ? (
        <section aria-labelledby="h-documents">
          <h2 id="h-documents">{t(lang, 'officer.documents')}</h2>
          <ul>
            {view.documents.map((d) => (
              <li>
                <a href={`/api/v1/cases/${view.id}/documents/${d.id}`}>{documentLabel(d.kind, lang)}</a> ({documentLanguage(d.lang)}, PDF) —{' '}
                {formatInstant(d.issued_at, lang)}
                {d.public ? '' : t(lang, 'officer.internal')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {notes ? (
        <section aria-labelledby="h-notes">
          <h2 id="h-notes">{t(lang, 'officer.internal_notes')}</h2>
          <p class="hint">{t(lang, 'officer.for_ppid_officers_only_never_shown')}</p>
          {notes.length === 0 ? (
            <p>{t(lang, 'officer.no_notes_yet')}</p>
          ) : (
            <ol class="notes">
              {notes.map((n) => (
                <li>
                  <p class="prose">{n.body}</p>
                  <p class="hint">
                    {n.author}, {formatInstant(n.createdAt, lang)}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {state.note ? <ErrorSummary lang={lang} errors={{ body: state.note.error }} labels={{ body: t(lang, 'officer.new_note') }} prefix="note" /> : null}
          <form method="post" action={`/petugas/kasus/${view.id}/catatan`} novalidate>
            <FormToken c={c} />
            <TextField
              lang={lang}
              prefix="note"
              name="body"
              label={t(lang, 'officer.new_note')}
              multiline
              required
              value={state.note?.value ?? ''}
              error={state.note?.error}
            />
            <button type="submit" class="secondary">
              {t(lang, 'officer.save_note')}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{t(lang, 'officer.timeline')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{historyLabel(e.event, lang)}</strong> — {formatInstant(e.at, lang)}
              <span class="hint">
                {t(lang, 'officer.by')}
                {e.actorRole === 'requester'
                  ? t(lang, 'officer.requester_2')
                  : e.actorRole === 'system'
                    ? t(lang, 'officer.system')
                    : `${e.actor} (${roleWord(e.actorRole ?? '', lang)})`}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Layout>,
    status,
  );
}

function Requester({ lang, view, mayRead }: { lang: Lang; view: View; mayRead: boolean }) {
  const r = view.requester as Record<string, string | null>;
  const type =
    {
      individual: t(lang, 'officer.individual'),
      legal_entity: t(lang, 'officer.legal_entity'),
      group: t(lang, 'officer.group_of_persons'),
    }[r.type ?? ''] ?? r.type;
  if (!mayRead) {
    return (
      <>
        <p>
          {t(lang, 'officer.requester_type')}
          {type}
        </p>
        <p class="hint">{t(lang, 'officer.requester_s_personal_data_is_not')}</p>
      </>
    );
  }
  const rows: Array<[string, string | null | undefined]> = [
    [t(lang, 'officer.name'), r.name],
    [t(lang, 'officer.type'), type],
    ['NIK', r.nik],
    [t(lang, 'officer.passport_number'), r.passportNumber],
    [t(lang, 'officer.legal_entity_decree_number'), r.legalEntityNumber],
    ['E-mail', r.email],
    [t(lang, 'officer.phone'), r.phone],
    [t(lang, 'officer.address'), r.address],
    [t(lang, 'officer.occupation'), r.occupation],
  ];
  const scans = (view.requester as { identityDocuments?: Array<{ id: string; kind: string; size: number; uploadedAt: string }> }).identityDocuments ?? [];
  return (
    <>
      <dl class="facts">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
      {scans.length > 0 ? (
        <>
          <h3>{t(lang, 'officer.identity_documents')}</h3>
          <ul data-testid="identity-documents">
            {scans.map((d) => (
              <li>
                <a href={identityScanPath(view.id, d.id)}>{scanKindWord(d.kind, lang)}</a>
                {` — ${Math.max(1, Math.round(d.size / 1024))} KB, ${t(lang, 'officer.uploaded')} ${formatInstant(d.uploadedAt, lang)}`}
              </li>
            ))}
          </ul>
          <p class="hint">{t(lang, 'officer.every_opening_of_identity_document_is')}</p>
        </>
      ) : null}
    </>
  );
}

const scanKindWord = (kind: string, lang: Lang) =>
  ({
    ktp: 'KTP',
    passport: t(lang, 'officer.passport'),
    deed: t(lang, 'officer.deed_of_establishment'),
    power_of_attorney: t(lang, 'officer.power_of_attorney'),
  })[kind] ?? kind;

/** Assignments (who still owes what), clarification, extension, decision and delivery. */
function Progress({ lang, view, names }: { lang: Lang; view: View; names: Map<string, string> }) {
  const targets = view.deadlines.unitTargets ?? {};
  return (
    <>
      {view.assignments.length > 0 ? (
        <section aria-labelledby="h-assignments">
          <h2 id="h-assignments">{t(lang, 'officer.assignments')}</h2>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t(lang, 'officer.units_and_missions_assigned')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'officer.unit')}</th>
                  <th scope="col">{t(lang, 'officer.state')}</th>
                  <th scope="col">{t(lang, 'officer.internal_target_2')}</th>
                  <th scope="col">{t(lang, 'officer.details')}</th>
                </tr>
              </thead>
              <tbody>
                {view.assignments.map((a) => (
                  <tr>
                    <td>{names.get(a.unit) ?? a.unit}</td>
                    <td>{assignmentStatusWord(a.status, lang)}</td>
                    <td>
                      {a.targetDue ? formatDate(a.targetDue, lang) : '—'}
                      {targets[a.unit] ? <span class="hint">{targets[a.unit]!.text}</span> : null}
                    </td>
                    <td>
                      {t(lang, 'officer.assigned')}
                      {formatInstant(a.assignedAt, lang)}
                      {a.acceptedAt ? (
                        <>
                          <br />
                          {t(lang, 'officer.accepted')}
                          {formatInstant(a.acceptedAt, lang)}
                        </>
                      ) : null}
                      {a.returned ? (
                        <>
                          <br />
                          {t(lang, 'officer.returned')}
                          {a.returned.reason}
                        </>
                      ) : null}
                      {a.draft ? (
                        <>
                          <br />
                          {t(lang, 'officer.draft')}
                          <strong>{outcomeWord(a.draft.outcome, lang)}</strong>
                          <DecisionDetails lang={lang} decision={a.draft} />
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {view.clarification || view.extension || view.decision || view.delivery ? (
        <section aria-labelledby="h-progress">
          <h2 id="h-progress">{t(lang, 'officer.how_request_went')}</h2>
          <dl class="facts">
            {view.clarification ? (
              <>
                <dt>{t(lang, 'officer.clarification_asked')}</dt>
                <dd class="prose">
                  {view.clarification.message} ({formatInstant(view.clarification.requestedAt, lang)}
                  {view.clarification.receivedAt ? t(lang, 'officer.answered', { receivedAt: formatInstant(view.clarification.receivedAt, lang) }) : ''})
                </dd>
              </>
            ) : null}
            {view.extension ? (
              <>
                <dt>{t(lang, 'officer.reason_for_extension')}</dt>
                <dd class="prose">{view.extension.reason}</dd>
              </>
            ) : null}
            {view.decision ? (
              <>
                <dt>{t(lang, 'officer.decision')}</dt>
                <dd>
                  <strong>{outcomeWord(view.decision.outcome, lang)}</strong>, {formatInstant(view.decision.at, lang)}
                  <DecisionDetails lang={lang} decision={view.decision} />
                </dd>
              </>
            ) : null}
            {view.delivery ? (
              <>
                <dt>{t(lang, 'officer.delivered')}</dt>
                <dd>
                  {deliveryWord(view.delivery.method, lang)}, {formatInstant(view.delivery.at, lang)}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
    </>
  );
}

function DecisionDetails({ lang, decision }: { lang: Lang; decision: NonNullable<View['decision']> }) {
  const d = decision as Record<string, unknown>;
  const exemptions = (d.exemptions as Array<{ letter: string; statute?: string }> | undefined) ?? [];
  const test = d.consequenceTest as { harm: string; publicInterest: string; period?: string } | undefined;
  return (
    <ul class="decision">
      {exemptions.map((e) => (
        <li>
          {t(lang, 'officer.art_17_letter')}
          {letterLabel(e.letter, lang)}
          {e.statute ? ` — ${e.statute}` : ''}
        </li>
      ))}
      {test ? (
        <li>
          {t(lang, 'officer.consequence_test')}
          {test.harm} — {test.publicInterest}
          {test.period ? ` (${test.period})` : ''}
        </li>
      ) : null}
      {typeof d.redactions === 'string' ? (
        <li>
          {t(lang, 'officer.redacted')}
          {d.redactions}
        </li>
      ) : null}
      {typeof d.holder === 'string' ? (
        <li>
          {t(lang, 'officer.held_by')}
          {d.holder}
        </li>
      ) : null}
      {typeof d.note === 'string' ? <li>{d.note}</li> : null}
    </ul>
  );
}

export function casePages() {
  const app = new Hono<AppEnv>();

  // Auditors read cases in their own read-only view (no personal data, no forms, no document links).
  app.get('/kasus/:id', (c) =>
    c.get('actor')?.role === 'auditor' ? c.redirect(`/auditor/kasus/${c.req.param('id')}`, 303) : renderCase(c, c.req.param('id')),
  );

  // Auditors and administrators read; only the roles that work cases post to them.
  app.use('/kasus/:id/*', async (c, next) => {
    if (c.req.method === 'POST') return requirePageRole(...CASE_WORKERS)(c, next);
    await next();
  });

  app.post('/kasus/:id/peristiwa', async (c) => {
    const id = c.req.param('id');
    const lang = c.get('lang');
    const actor = c.get('actor')!;
    const body = (await c.req.parseBody({ all: true })) as FormValues;
    const type = fieldValue(body, 'type') as CommandType;
    // Out of scope stays a 404 whatever was posted.
    await findCaseInScope(c.get('deps').db, id, actor);
    if (!commandTypes.includes(type)) return renderCase(c, id, { conflict: t(lang, 'unknown_event') }, 400);
    const parsed = parseCommand({ type, expectedVersion: Number(fieldValue(body, 'expectedVersion')) || 0, ...formToPayload(type, body) });
    const failed = (errors: FieldErrors) => renderCase(c, id, { form: { type, values: body, errors } }, 400);
    if (!parsed.ok) {
      if ('unknownType' in parsed) return renderCase(c, id, { conflict: t(lang, 'unknown_event') }, 400);
      const errors: FieldErrors = {};
      for (const [path, message] of Object.entries(fieldErrors(parsed.error, lang))) errors[errorField(path)] ??= message;
      return failed(errors);
    }
    try {
      await applyEvent(c.get('deps'), id, parsed.command, actor);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.status === 409) return renderCase(c, id, { conflict: t(lang, e.messageKey, e.params) }, 409);
      if (e.status === 400) {
        const fields = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [errorField(k), t(lang, key, e.params)]));
        return failed(Object.keys(fields).length > 0 ? fields : { type: t(lang, e.messageKey, e.params) });
      }
      throw e;
    }
    return c.redirect(`/petugas/kasus/${id}?selesai=${type}`, 303);
  });

  app.post('/kasus/:id/catatan', async (c) => {
    const id = c.req.param('id');
    const lang = c.get('lang');
    const actor = c.get('actor')!;
    await findCaseInScope(c.get('deps').db, id, actor);
    const body = await c.req.parseBody();
    const parsed = noteSchema.safeParse({ body: body.body });
    if (!parsed.success) {
      return renderCase(c, id, { note: { value: String(body.body ?? ''), error: fieldErrors(parsed.error, lang).body ?? t(lang, 'required') } }, 400);
    }
    await addNote(c.get('deps'), id, actor, parsed.data.body);
    return c.redirect(`/petugas/kasus/${id}#h-notes`, 303);
  });

  return app;
}
