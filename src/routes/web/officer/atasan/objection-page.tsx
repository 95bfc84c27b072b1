/** @jsxImportSource hono/jsx */
/**
 * One objection for the atasan PPID (and the PPID Utama): the objection, the original request,
 * the PPID's notice and the consequence tests side by side; the decision and the dispute; and a
 * form for each event the workflow accepts now — nothing the workflow would refuse is offered.
 */
import type { Child } from 'hono/jsx';
import { ErrorSummary, RadioGroup, TextField } from '../../kit/fields';
import { FormToken } from '../../kit/form-token';
import { formatDate } from '../../../../calendar/describe';
import { documentLabel, documentLanguage } from '../../../../documents/labels';
import type { Lang } from '../../../../i18n';
import { historyLabel } from '../../../../i18n/history';
import { disputeStageLabel } from '../../../../objections/labels';
import type { officerObjectionView } from '../../../../objections/objection-view';
import { formatInstant } from '../../public/format';
import { t } from '../../../../i18n';

type View = Awaited<ReturnType<typeof officerObjectionView>>;

export interface PageErrors {
  /** The event whose form failed. */
  event?: string;
  fields?: Record<string, string>;
  message?: string | undefined;
}

/** A field of one event's form: the kit's, with the error of that form only. */
function Field(p: {
  lang: Lang;
  event: string;
  name: string;
  label: string;
  errors: PageErrors;
  type?: 'text' | 'date';
  multiline?: boolean;
  hint?: string;
  required?: boolean;
}) {
  const error = p.errors.event === p.event ? p.errors.fields?.[p.name] : undefined;
  const { event, errors, ...rest } = p;
  return <TextField {...rest} prefix={`f-${event}`} error={error} rows={4} />;
}

function Choice(p: { lang: Lang; event: string; name: string; legend: string; errors: PageErrors; options: Array<[string, string]> }) {
  const error = p.errors.event === p.event ? p.errors.fields?.[p.name] : undefined;
  return (
    <RadioGroup
      lang={p.lang}
      name={p.name}
      label={p.legend}
      prefix={`f-${p.event}`}
      error={error}
      options={p.options.map(([value, label]) => ({ value, label }))}
    />
  );
}

/** One form per event (and per dispute stage: `form` tells them apart, for ids and error placement). */
function EventForm({
  view,
  csrf,
  type,
  form,
  title,
  children,
  submit,
}: {
  view: View;
  csrf: string;
  type: string;
  form?: string;
  title: string;
  children?: Child;
  submit: string;
}) {
  const id = `h-${form ?? type}`;
  return (
    <form method="post" action={`/petugas/atasan/keberatan/${view.id}/events`} class="event-form" novalidate aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <FormToken token={csrf} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="expectedVersion" value={String(view.version)} />
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

function Deadlines({ lang, view }: { lang: Lang; view: View }) {
  const names: Record<string, string> = {
    objectionWindow: t(lang, 'atasan.objection_window'),
    atasanResponse: t(lang, 'atasan.atasan_ppid_response_due'),
    disputeWindow: t(lang, 'atasan.dispute_filing_window'),
    ppidAnswer: t(lang, 'atasan.new_written_notice_by_ppid'),
    commissionStart: t(lang, 'atasan.commission_starts'),
    commissionSettleTarget: t(lang, 'atasan.dispute_settlement_target_100_working_days'),
  };
  return (
    <ul class="deadlines">
      {Object.entries(view.deadlines).map(([key, d]) => (
        <li data-testid={`deadline-${key}`}>
          <p>
            {names[key] ?? key}: <span class="due">{d.dueText}</span>
          </p>
          <details>
            <summary>{t(lang, 'atasan.how_it_was_counted')}</summary>
            <p class="deadline-text">{d.text}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}

function Notice({ lang, view }: { lang: Lang; view: View }) {
  const n = view.notice as
    | (View['notice'] & { exemptions?: Array<{ letter: string; statute?: string }>; redactions?: string; holder?: string; note?: string })
    | null;
  if (!n) {
    return (
      <p>
        {t(lang, 'atasan.no_written_notice_request_was_not')}
        {view.request.overdueAt ? ` (${formatDate(view.request.noticeDue, lang)})` : ''}
      </p>
    );
  }
  return (
    <dl class="facts">
      <dt>{t(lang, 'atasan.decision')}</dt>
      <dd>{n.outcomeLabel}</dd>
      <dt>{t(lang, 'atasan.date')}</dt>
      <dd>{formatDate(n.at.slice(0, 10), lang)}</dd>
      {n.exemptions?.length ? (
        <>
          <dt>{t(lang, 'atasan.exemptions')}</dt>
          <dd>{n.exemptions.map((x) => `${t(lang, 'atasan.art_17')} ${x.letter}${x.statute ? ` (${x.statute})` : ''}`).join('; ')}</dd>
        </>
      ) : null}
      {n.redactions ? (
        <>
          <dt>{t(lang, 'atasan.redactions')}</dt>
          <dd>{n.redactions}</dd>
        </>
      ) : null}
      {n.holder ? (
        <>
          <dt>{t(lang, 'atasan.body_that_holds_it')}</dt>
          <dd>{n.holder}</dd>
        </>
      ) : null}
      {n.note ? (
        <>
          <dt>{t(lang, 'atasan.note')}</dt>
          <dd class="prewrap">{n.note}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Actions({ lang, view, errors, csrf }: { lang: Lang; view: View; errors: PageErrors; csrf: string }) {
  const can = (type: string) => view.availableEvents.includes(type as never);
  const f =
    (name: string, label: string, extra: { type?: 'text' | 'date'; multiline?: boolean; hint?: string; required?: boolean } = {}) =>
    (event: string) => <Field lang={lang} event={event} name={name} label={label} errors={errors} required={extra.required ?? true} {...extra} />;
  const stageFields: Record<string, Array<(event: string) => Child>> = {
    mediation_result: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="result"
          legend={t(lang, 'atasan.mediation_result')}
          errors={errors}
          options={[
            ['agreement', t(lang, 'atasan.agreement')],
            ['failed', t(lang, 'atasan.failed')],
          ]}
        />
      ),
      f('summary', t(lang, 'atasan.summary'), { multiline: true }),
    ],
    decision: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="result"
          legend={t(lang, 'atasan.result')}
          errors={errors}
          options={[
            ['granted', t(lang, 'atasan.granted_disclose')],
            ['partially_granted', t(lang, 'atasan.partially_granted')],
            ['rejected', t(lang, 'atasan.rejected')],
            ['dismissed', t(lang, 'atasan.dismissed')],
          ]}
        />
      ),
      f('content', t(lang, 'atasan.content_of_decision'), { multiline: true }),
      f('decisionNumber', t(lang, 'atasan.decision_number'), { required: false }),
    ],
    court_challenge: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="court"
          legend={t(lang, 'atasan.court')}
          errors={errors}
          options={[
            ['PTUN', 'PTUN'],
            ['PN', 'PN'],
          ]}
        />
      ),
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="filedBy"
          legend={t(lang, 'atasan.filed_by')}
          errors={errors}
          options={[
            ['requester', t(lang, 'atasan.requester')],
            ['body', t(lang, 'atasan.public_body')],
          ]}
        />
      ),
      f('caseNumber', t(lang, 'atasan.case_number'), { required: false }),
    ],
    cassation: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="filedBy"
          legend={t(lang, 'atasan.filed_by')}
          errors={errors}
          options={[
            ['requester', t(lang, 'atasan.requester')],
            ['body', t(lang, 'atasan.public_body')],
          ]}
        />
      ),
      f('caseNumber', t(lang, 'atasan.case_number'), { required: false }),
    ],
    final: [f('summary', t(lang, 'atasan.what_stands'), { multiline: true, required: false })],
    compliance: [f('summary', t(lang, 'atasan.how_decision_was_carried_out'), { multiline: true })],
  };
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t(lang, 'atasan.actions')}</h2>
      {view.availableEvents.length === 0 ? <p>{t(lang, 'atasan.there_is_nothing_for_you_to')}</p> : null}
      {can('ACCEPT_LATE') ? (
        <EventForm view={view} csrf={csrf} type="ACCEPT_LATE" title={t(lang, 'atasan.accept_late_objection')} submit={t(lang, 'atasan.accept')}>
          {f('reasons', t(lang, 'atasan.reasons'), { multiline: true, required: false })('ACCEPT_LATE')}
        </EventForm>
      ) : null}
      {can('REJECT_LATE') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="REJECT_LATE"
          title={t(lang, 'atasan.refuse_as_out_of_time')}
          submit={t(lang, 'atasan.refuse_with_written_reasons')}
        >
          {f('reasons', t(lang, 'atasan.written_reasons'), { multiline: true })('REJECT_LATE')}
        </EventForm>
      ) : null}
      {can('DECIDE_OBJECTION') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="DECIDE_OBJECTION"
          title={t(lang, 'atasan.atasan_ppid_s_response_art_36')}
          submit={t(lang, 'atasan.save_response')}
        >
          <Choice
            lang={lang}
            event="DECIDE_OBJECTION"
            name="outcome"
            legend={t(lang, 'atasan.decision_2')}
            errors={errors}
            options={[
              ['upheld', t(lang, 'atasan.uphold_ppid_reject_objection')],
              ['overturned', t(lang, 'atasan.overturn_ppid_accept_objection_reopen_request')],
            ]}
          />
          {f('reasons', t(lang, 'atasan.written_reasons'), {
            multiline: true,
            hint: t(lang, 'atasan.required_at_least_20_characters_art'),
          })('DECIDE_OBJECTION')}
          {f('instruction', t(lang, 'atasan.instruction_to_ppid'), {
            multiline: true,
            required: false,
            hint: t(lang, 'atasan.required_when_overturning_what_ppid_must'),
          })('DECIDE_OBJECTION')}
        </EventForm>
      ) : null}
      {can('SETTLE_BY_AGREEMENT') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="SETTLE_BY_AGREEMENT"
          title={t(lang, 'atasan.settled_by_agreement_art_35_2')}
          submit={t(lang, 'atasan.record_agreement')}
        >
          {f('agreement', t(lang, 'atasan.agreement_2'), { multiline: true })('SETTLE_BY_AGREEMENT')}
        </EventForm>
      ) : null}
      {can('RECORD_DISPUTE') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="RECORD_DISPUTE"
          title={t(lang, 'atasan.record_dispute_at_information_commission')}
          submit={t(lang, 'atasan.record_dispute')}
        >
          {f('commission', t(lang, 'atasan.information_commission'), {
            hint: t(lang, 'atasan.e_g_komisi_informasi_pusat'),
          })('RECORD_DISPUTE')}
          {f('registrationNumber', t(lang, 'atasan.dispute_registration_number'))('RECORD_DISPUTE')}
          {f('filedOn', t(lang, 'atasan.filed_on'), {
            type: 'date',
            hint: t(lang, 'atasan.14_working_day_window_ends', { dueText: view.deadlines.disputeWindow?.dueText ?? '' }),
          })('RECORD_DISPUTE')}
          {f('note', t(lang, 'atasan.note'), { multiline: true, required: false })('RECORD_DISPUTE')}
        </EventForm>
      ) : null}
      {view.availableStages.map((stage) => (
        <EventForm
          view={view}
          csrf={csrf}
          type="RECORD_DISPUTE_STAGE"
          form={`RECORD_DISPUTE_STAGE-${stage}`}
          title={`${t(lang, 'atasan.record_stage')}: ${disputeStageLabel(stage, lang)}`}
          submit={t(lang, 'atasan.record_stage_2')}
        >
          <input type="hidden" name="stage" value={stage} />
          {f('on', t(lang, 'atasan.date'), { type: 'date' })(`RECORD_DISPUTE_STAGE-${stage}`)}
          {(stageFields[stage] ?? []).map((field) => field(`RECORD_DISPUTE_STAGE-${stage}`))}
          {f('documents', t(lang, 'atasan.documents'), {
            multiline: true,
            required: false,
            hint: t(lang, 'atasan.one_document_title_per_line_registration'),
          })(`RECORD_DISPUTE_STAGE-${stage}`)}
          {f('note', t(lang, 'atasan.note'), { multiline: true, required: false })(`RECORD_DISPUTE_STAGE-${stage}`)}
        </EventForm>
      ))}
      {can('RECORD_REACTION') ? (
        <EventForm view={view} csrf={csrf} type="RECORD_REACTION" title={t(lang, 'atasan.requester_s_reaction')} submit={t(lang, 'atasan.record')}>
          {f('reaction', t(lang, 'atasan.requester_s_reaction_to_response'), { multiline: true })('RECORD_REACTION')}
        </EventForm>
      ) : null}
      {can('CLOSE') ? <EventForm view={view} csrf={csrf} type="CLOSE" title={t(lang, 'atasan.close_objection')} submit={t(lang, 'atasan.close')} /> : null}
    </section>
  );
}

export function ObjectionPage({ lang, view, errors, done, csrf }: { lang: Lang; view: View; errors: PageErrors; done: boolean; csrf: string }) {
  const formEvent = errors.event ?? '';
  const r = view.request.requester as {
    type: string;
    name?: string;
    nik?: string | null;
    passportNumber?: string | null;
    legalEntityNumber?: string | null;
    address?: string;
    phone?: string | null;
    email?: string | null;
  };
  return (
    <>
      <ErrorSummary
        lang={lang}
        errors={{ ...(errors.message ? { _: errors.message } : {}), ...errors.fields }}
        prefix={`f-${formEvent}`}
        title={t(lang, 'atasan.action_was_not_saved')}
      />
      {done ? (
        <div class="notice ok" role="status">
          <p>{t(lang, 'atasan.saved')}</p>
        </div>
      ) : null}
      <p>
        <a href="/petugas/atasan">← {t(lang, 'atasan.objections_2')}</a>
      </p>
      <h1>
        {t(lang, 'atasan.objection_2')} {view.objectionNumber}
      </h1>
      <p class="status-label">
        {view.statusLabel}
        {view.disputeStageLabel ? ` — ${view.disputeStageLabel}` : ''}
        {view.late ? (
          <>
            {' '}
            <span class="badge warn">{t(lang, 'atasan.filed_late')}</span>
          </>
        ) : null}
        {view.overdue ? (
          <>
            {' '}
            <span class="badge bad">{t(lang, 'atasan.past_response_deadline')}</span>
          </>
        ) : null}
      </p>

      <div class="side-by-side">
        <section aria-labelledby="objection-heading">
          <h2 id="objection-heading">{t(lang, 'atasan.objection_3')}</h2>
          <dl class="facts">
            <dt>{t(lang, 'atasan.received')}</dt>
            <dd>
              {formatInstant(view.receivedAt, view.receivedLocal.timeZone, lang)} ({view.channel})
            </dd>
            <dt>{t(lang, 'atasan.grounds_art_35_1')}</dt>
            <dd>
              <ul class="plain">
                {view.grounds.map((g) => (
                  <li>
                    <strong>{g.letter}</strong>. {g.legal}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t(lang, 'atasan.requester_s_reasons')}</dt>
            <dd class="prewrap">{view.reason}</dd>
          </dl>
          <Deadlines lang={lang} view={view} />
        </section>
        <section aria-labelledby="request-heading">
          <h2 id="request-heading">
            {t(lang, 'atasan.request_2')} {view.request.registrationNumber}
          </h2>
          <dl class="facts">
            <dt>{t(lang, 'atasan.status')}</dt>
            <dd>{view.request.statusLabel}</dd>
            <dt>{t(lang, 'atasan.information_requested')}</dt>
            <dd class="prewrap">{view.request.information}</dd>
            <dt>{t(lang, 'atasan.purpose')}</dt>
            <dd class="prewrap">{view.request.purpose}</dd>
            {r.name ? (
              <>
                <dt>{t(lang, 'atasan.requester')}</dt>
                <dd>
                  {r.name}
                  <br />
                  <span class="hint">{r.nik ?? r.passportNumber ?? r.legalEntityNumber ?? ''}</span>
                  <br />
                  <span class="hint">{r.address}</span>
                  <br />
                  <span class="hint">{[r.phone, r.email].filter(Boolean).join(' · ')}</span>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="notice-heading">
          <h2 id="notice-heading">{t(lang, 'atasan.ppid_s_written_notice')}</h2>
          <Notice lang={lang} view={view} />
          {view.documents.length > 0 ? (
            <>
              <h3>{t(lang, 'atasan.documents')}</h3>
              <ul class="plain">
                {view.documents.map((d) => (
                  <li>
                    {/* Who may not read the requester's data (an auditor) is sent to the letter's public verification page, never the PDF. */}
                    <a href={'name' in view.request.requester ? `/api/v1/cases/${view.request.id}/documents/${d.id}` : `/verifikasi/${d.id}`}>
                      {documentLabel(d.kind, lang)}
                    </a>{' '}
                    <span class="hint">({documentLanguage(d.lang)}, PDF)</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby="tests-heading">
          <h2 id="tests-heading">{t(lang, 'atasan.consequence_tests')}</h2>
          {view.consequenceTests.length === 0 ? (
            <p>{t(lang, 'atasan.no_consequence_test_is_linked')}</p>
          ) : (
            view.consequenceTests.map((ct) => (
              <dl class="facts" data-testid="consequence-test">
                <dt>{t(lang, 'atasan.basis')}</dt>
                <dd>{ct.exemptions.map((x) => `${t(lang, 'atasan.art_17')} ${x.letter}${x.statute ? ` (${x.statute})` : ''}`).join('; ')}</dd>
                <dt>{t(lang, 'atasan.harm_if_disclosed')}</dt>
                <dd class="prewrap">{ct.harm}</dd>
                <dt>{t(lang, 'atasan.public_interest')}</dt>
                <dd class="prewrap">{ct.publicInterest}</dd>
                <dt>{t(lang, 'atasan.period')}</dt>
                <dd>
                  {ct.period ?? '—'}
                  {ct.exemptUntil ? ` (${formatDate(ct.exemptUntil, lang)})` : ''}
                </dd>
                <dt>{t(lang, 'atasan.decided')}</dt>
                <dd>
                  {ct.decidedBy.name}, {formatDate(ct.decidedOn, lang)}
                </dd>
              </dl>
            ))
          )}
        </section>
      </div>

      {view.decision ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t(lang, 'atasan.atasan_ppid_s_response')}</h2>
          <dl class="facts">
            <dt>{t(lang, 'atasan.decision_2')}</dt>
            <dd data-testid="decision-outcome">{view.decision.outcomeLabel}</dd>
            <dt>{t(lang, 'atasan.date')}</dt>
            <dd>{formatDate(view.decision.on, lang)}</dd>
            <dt>{t(lang, 'atasan.reasons_2')}</dt>
            <dd class="prewrap">{view.decision.reasons}</dd>
            {view.decision.instruction ? (
              <>
                <dt>{t(lang, 'atasan.instruction_to_ppid')}</dt>
                <dd class="prewrap">{view.decision.instruction}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      {view.settlement ? (
        <section>
          <h2>{t(lang, 'atasan.agreement_3')}</h2>
          <p class="prewrap">{view.settlement.agreement}</p>
        </section>
      ) : null}
      {view.dispute ? (
        <section aria-labelledby="dispute-heading">
          <h2 id="dispute-heading">{t(lang, 'atasan.dispute_at_information_commission')}</h2>
          <dl class="facts">
            <dt>{t(lang, 'atasan.commission')}</dt>
            <dd>{view.dispute.commission}</dd>
            <dt>{t(lang, 'atasan.registration_number')}</dt>
            <dd>{view.dispute.registrationNumber}</dd>
            <dt>{t(lang, 'atasan.filed')}</dt>
            <dd>
              {formatDate(view.dispute.filedOn, lang)}{' '}
              {view.dispute.withinWindow ? t(lang, 'atasan.within_14_working_days') : <span class="badge warn">{t(lang, 'atasan.after_14_working_days')}</span>}
            </dd>
          </dl>
          <ol class="timeline" data-testid="dispute-stages">
            {view.dispute.stages.map((s) => {
              const d = s as typeof s & { resultLabel?: string; content?: string; summary?: string; documents?: Array<{ title: string }> };
              return (
                <li>
                  <strong>{s.stageLabel}</strong> — {formatDate(s.on, lang)}
                  {d.resultLabel ? <>: {d.resultLabel}</> : null}
                  {d.content ? <p class="prewrap">{d.content}</p> : null}
                  {d.summary ? <p class="prewrap">{d.summary}</p> : null}
                  {d.documents?.length ? (
                    <ul class="plain">
                      {d.documents.map((doc) => (
                        <li>{doc.title}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <Actions lang={lang} view={view} errors={errors} csrf={csrf} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t(lang, 'atasan.history')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              {historyLabel(e.event, lang)} — {e.actorRole === 'requester' ? t(lang, 'atasan.requester') : e.actor} —{' '}
              {formatInstant(e.at, 'Asia/Jakarta', lang)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
