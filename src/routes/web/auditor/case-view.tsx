/** @jsxImportSource hono/jsx */
/**
 * Read-only case views for auditors: `/auditor/kasus/:id` (a request) and `/auditor/keberatan/:id`
 * (an objection and its dispute). What happened and when (the history with who did it), every
 * deadline with how it was counted, the decision and its legal basis, and the documents issued —
 * by kind, date and SHA-256, not as links: the letters carry the requester's name and address,
 * which auditors do not read. No personal data, no action forms, and every link leads somewhere
 * an auditor may go.
 */
import { requirePageRole, requireSignedIn } from '../kit/guard';
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import { findCaseInScope } from '../../../cases/case.repository';
import { officerCaseView } from '../../../cases/case-view';
import { documentLabel, documentLanguage } from '../../../documents/labels';
import type { Lang } from '../../../i18n';
import { historyLabel } from '../../../i18n/history';
import { findObjection } from '../../../objections/objection.repository';
import { officerObjectionView } from '../../../objections/objection-view';
import { requesterTypeWord } from '../../../registers/words';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { pageError } from '../officer';
import { formatInstant, frame } from '../officer/components';
import { channelWord, deliveryWord, letterLabel, obtainWord, outcomeWord, roleWord } from '../officer/labels';
import { unitNames } from '../officer/units';
import { issuedDocumentHashes } from '../../../documents/stored';
import { objectionsOfCase } from '../../../objections/objection.repository';
import { t } from '../../../i18n';
import { DeadlineFacts } from '../deadline-facts';

function Documents({ lang, documents }: { lang: Lang; documents: Array<{ id: string; kind: string; lang: string; issued_at: string; sha256?: string }> }) {
  if (documents.length === 0) return <p>{t(lang, 'auditor.no_document_issued_yet')}</p>;
  return (
    <>
      <p class="hint">{t(lang, 'auditor.letters_hold_requester_s_personal_data')}</p>
      <ul class="plain" data-testid="auditor-documents">
        {documents.map((d) => (
          <li>
            {/* The letter itself names the requester; its public verification page (number, date, issuer, SHA-256) does not. */}
            <a href={`/verifikasi/${d.id}`}>{documentLabel(d.kind, lang)}</a> ({documentLanguage(d.lang)}) — {formatInstant(d.issued_at, lang)}
            {d.sha256 ? (
              <>
                <br />
                <code class="hash">SHA-256 {d.sha256}</code>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

const actorOf = (lang: Lang, role: string | null, name: string) =>
  role === 'requester' ? t(lang, 'auditor.requester') : role === 'system' ? t(lang, 'auditor.system') : `${name} (${roleWord(role ?? '', lang)})`;

async function requestPage(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const row = await findCaseInScope(deps.db, c.req.param('id')!, actor);
  const view = await officerCaseView(deps.db, row, actor, lang, deps.clock());
  const names = await unitNames(deps, lang);
  const objections = await objectionsOfCase(deps.db, row.id);
  const d = view.decision as (Record<string, unknown> & { outcome: string; at: string }) | null;
  const exemptions = (d?.exemptions as Array<{ letter: string; statute?: string }> | undefined) ?? [];
  const props = await frame(c, `${t(lang, 'auditor.case')} ${view.registrationNumber}`);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/auditor/register/permohonan">← {t(lang, 'auditor.register_of_requests')}</a>
      </p>
      <h1>
        {t(lang, 'auditor.case')} {view.registrationNumber}
      </h1>
      <p class="lead">
        <strong>{view.statusLabel}</strong>
        {view.outcomeLabel ? <> — {view.outcomeLabel}</> : null}
        {view.extended ? <span class="tag">{t(lang, 'auditor.extended')}</span> : null}
        {view.overdue ? <span class="tag bad">{t(lang, 'auditor.overdue')}</span> : null}
      </p>
      <p class="hint">{t(lang, 'auditor.read_only_view_for_auditors_without')}</p>

      <section aria-labelledby="h-request">
        <h2 id="h-request">{t(lang, 'auditor.request')}</h2>
        <dl class="facts">
          <dt>{t(lang, 'auditor.received')}</dt>
          <dd>
            {formatInstant(view.receivedAt, lang, view.deadlines.notice.calendar.timeZone)} — {channelWord(view.channel, lang)},{' '}
            {names.get(view.receivedUnit) ?? view.receivedUnit}
          </dd>
          <dt>{t(lang, 'auditor.requester_type')}</dt>
          <dd>{requesterTypeWord(String((view.requester as { type: string }).type), lang)}</dd>
          <dt>{t(lang, 'auditor.information_requested')}</dt>
          <dd class="prose">{view.request.information}</dd>
          <dt>{t(lang, 'auditor.purpose')}</dt>
          <dd class="prose">{view.request.purpose}</dd>
          <dt>{t(lang, 'auditor.how_to_obtain')}</dt>
          <dd>{obtainWord(view.request.obtainMethod, lang)}</dd>
          {view.assignments.length > 0 ? (
            <>
              <dt>{t(lang, 'auditor.assigned_to')}</dt>
              <dd>{view.assignments.map((a) => names.get(a.unit) ?? a.unit).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">{t(lang, 'auditor.deadlines')}</h2>
        <DeadlineFacts deadlines={view.deadlines} lang={lang} unitNames={names} />
      </section>

      <section aria-labelledby="h-decision">
        <h2 id="h-decision">{t(lang, 'auditor.decision')}</h2>
        {d ? (
          <dl class="facts">
            <dt>{t(lang, 'auditor.written_notice')}</dt>
            <dd>
              <strong>{outcomeWord(d.outcome, lang)}</strong>, {formatInstant(d.at, lang)}
            </dd>
            {exemptions.length > 0 ? (
              <>
                <dt>{t(lang, 'auditor.exemptions')}</dt>
                <dd>
                  {exemptions.map((e) => `${t(lang, 'auditor.art_17_letter')}${letterLabel(e.letter, lang)}${e.statute ? ` — ${e.statute}` : ''}`).join('; ')}
                </dd>
              </>
            ) : null}
            {typeof d.holder === 'string' ? (
              <>
                <dt>{t(lang, 'auditor.held_by')}</dt>
                <dd>{d.holder}</dd>
              </>
            ) : null}
            {view.delivery ? (
              <>
                <dt>{t(lang, 'auditor.delivered')}</dt>
                <dd>
                  {deliveryWord(view.delivery.method, lang)}, {formatInstant(view.delivery.at, lang)}
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{t(lang, 'auditor.not_decided_yet')}</p>
        )}
        {objections.length > 0 ? (
          <p>
            {t(lang, 'auditor.objections')}
            {objections.map((o, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={`/auditor/keberatan/${o.id}`}>{o.objection_number}</a>
              </>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="h-documents">
        <h2 id="h-documents">{t(lang, 'auditor.documents')}</h2>
        <Documents lang={lang} documents={view.documents} />
      </section>

      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{t(lang, 'auditor.history')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{historyLabel(e.event, lang)}</strong> — {formatInstant(e.at, lang)}
              <span class="hint">
                {t(lang, 'auditor.by')}
                {actorOf(lang, e.actorRole, e.actor)}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Layout>,
  );
}

async function objectionPage(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const row = await findObjection(deps.db, c.req.param('id')!, actor);
  const view = await officerObjectionView(deps, deps.db, row, actor, lang, deps.clock());
  const documents = await issuedDocumentHashes(deps.db, row.case_id);
  const props = await frame(c, `${t(lang, 'auditor.objection')} ${view.objectionNumber}`);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/auditor/register/keberatan">← {t(lang, 'auditor.register_of_objections')}</a>
      </p>
      <h1>
        {t(lang, 'auditor.objection')} {view.objectionNumber}
      </h1>
      <p class="lead">
        <strong>{view.statusLabel}</strong>
        {view.disputeStageLabel ? ` — ${view.disputeStageLabel}` : ''}
        {view.late ? <span class="tag warn">{t(lang, 'auditor.filed_late')}</span> : null}
        {view.overdue ? <span class="tag bad">{t(lang, 'auditor.past_response_deadline')}</span> : null}
      </p>
      <p class="hint">{t(lang, 'auditor.read_only_view_for_auditors_without')}</p>
      <section aria-labelledby="h-objection">
        <h2 id="h-objection">{t(lang, 'auditor.objection_2')}</h2>
        <dl class="facts">
          <dt>{t(lang, 'auditor.received')}</dt>
          <dd>{formatInstant(view.receivedAt, lang, view.receivedLocal.timeZone)}</dd>
          <dt>{t(lang, 'auditor.request')}</dt>
          <dd>
            <a href={`/auditor/kasus/${view.request.id}`}>{view.request.registrationNumber}</a> — {view.request.statusLabel}
          </dd>
          <dt>{t(lang, 'auditor.grounds_art_35_1')}</dt>
          <dd>
            <ul class="plain">
              {view.grounds.map((g) => (
                <li>
                  <strong>{g.letter}</strong>. {g.legal}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t(lang, 'auditor.case_summary')}</dt>
          <dd class="prewrap">{view.reason}</dd>
        </dl>
      </section>
      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">{t(lang, 'auditor.deadlines_2')}</h2>
        <dl class="facts">
          {Object.entries(view.deadlines).map(([key, dl]) => (
            <>
              <dt>{deadlineName(key, lang)}</dt>
              <dd>{dl.text}</dd>
            </>
          ))}
        </dl>
      </section>
      <section aria-labelledby="h-decision">
        <h2 id="h-decision">{t(lang, 'auditor.atasan_ppid_s_response')}</h2>
        {view.decision ? (
          <dl class="facts">
            <dt>{t(lang, 'auditor.decision')}</dt>
            <dd>
              {view.decision.outcomeLabel}, {formatDate(view.decision.on, lang)}
            </dd>
            <dt>{t(lang, 'auditor.reasons')}</dt>
            <dd class="prewrap">{view.decision.reasons}</dd>
          </dl>
        ) : view.settlement ? (
          <p class="prewrap">
            {t(lang, 'auditor.settled_by_agreement')}
            {view.settlement.agreement}
          </p>
        ) : (
          <p>{t(lang, 'auditor.no_response_yet')}</p>
        )}
      </section>
      {view.dispute ? (
        <section aria-labelledby="h-dispute">
          <h2 id="h-dispute">{t(lang, 'auditor.dispute_at_information_commission')}</h2>
          <p>
            {view.dispute.commission}, {view.dispute.registrationNumber} — {formatDate(view.dispute.filedOn, lang)}
          </p>
          <ol class="timeline">
            {view.dispute.stages.map((s) => (
              <li>
                <strong>{s.stageLabel}</strong> — {formatDate(s.on, lang)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="h-documents">
        <h2 id="h-documents">{t(lang, 'auditor.documents_of_request_and_objection')}</h2>
        <Documents lang={lang} documents={documents} />
      </section>
      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{t(lang, 'auditor.history')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{historyLabel(e.event, lang)}</strong> — {formatInstant(e.at, lang)}
              <span class="hint">
                {t(lang, 'auditor.by')}
                {actorOf(lang, e.actorRole, e.actor ?? '')}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Layout>,
  );
}

const deadlineNames = (lang: Lang): Record<string, string> => ({
  objectionWindow: t(lang, 'auditor.objection_window'),
  atasanResponse: t(lang, 'auditor.atasan_ppid_response_due'),
  disputeWindow: t(lang, 'auditor.dispute_filing_window'),
  ppidAnswer: t(lang, 'auditor.new_written_notice_by_ppid'),
  commissionStart: t(lang, 'auditor.commission_starts'),
  commissionSettleTarget: t(lang, 'auditor.dispute_settlement_target_100_working_days'),
});
const deadlineName = (key: string, lang: Lang) => deadlineNames(lang)[key] ?? key;

export function auditorCasePages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use('/kasus/*', requireSignedIn, requirePageRole('auditor'));
  app.use('/keberatan/*', requireSignedIn, requirePageRole('auditor'));
  app.get('/kasus/:id', requestPage);
  app.get('/keberatan/:id', objectionPage);
  return app;
}
