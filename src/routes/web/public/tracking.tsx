/** @jsxImportSource hono/jsx */
/**
 * Tracking (lacak permohonan): the requester gives the registration number and the tracking code
 * in a POST (the code never sits in a URL or a log); a match opens `/lacak?nomor=…` for this
 * browser through a sealed cookie. The page shows the status in plain words, the public timeline,
 * every deadline with how it was counted, the documents issued, and — when the workflow allows
 * it — the way to an objection (keberatan, UU 14/2008 Art. 35). Document links need no code
 * either: the documents API accepts the same sealed cookie.
 */
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import type { DeadlineExplanation } from '../../../calendar/types';
import { findCaseByNumber } from '../../../cases/case.repository';
import { trackingView } from '../../../cases/case-view';
import { trackingCodeMatches } from '../../../cases/tracking-code';
import { documentLabel, documentLanguage } from '../../../documents/labels';
import { type Lang, t } from '../../../i18n';
import { historyLabel } from '../../../i18n/history';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { accessedCase, grantAccess, revokeAccess } from './access-cookie';
import { ErrorSummary, type FieldErrors, TextField } from '../kit/fields';
import { formatInstant } from './format';
import { publicRateLimit } from '../../rate-limit';
import type { TrackingView } from './receipt';
import { unitInfo } from './units';
import { RequesterAnswers } from './clarification-form';
import { serviceContact } from '../../../contact/service-contact';
import { RequesterContact } from './contact-box';
import { SurveyInvite } from './survey';
import { surveyState } from '../../../survey/survey';

const trackHref = (number: string) => `/lacak?nomor=${encodeURIComponent(number)}`;

function TrackForm({ lang, number, errors }: { lang: Lang; number: string; errors: FieldErrors }) {
  const labels = { nomor: t(lang, 'public.registration_number'), kode: t(lang, 'public.tracking_code') };
  return (
    <>
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={['nomor', 'kode']} />
      <h1>{t(lang, 'public.track_request')}</h1>
      <p class="lead">{t(lang, 'public.enter_registration_number_and_tracking_code')}</p>
      <form method="post" action="/lacak" novalidate class="narrow-form">
        <TextField
          lang={lang}
          name="nomor"
          label={labels.nomor}
          value={number}
          error={errors.nomor}
          required
          autocomplete="off"
          maxlength={100}
          hint={t(lang, 'public.as_on_your_receipt_e_g')}
        />
        <TextField
          lang={lang}
          name="kode"
          label={labels.kode}
          error={errors.kode}
          required
          autocomplete="off"
          maxlength={64}
          hint={t(lang, 'public.16_letters_and_digits_e_g')}
        />
        <button type="submit">{t(lang, 'public.see_status')}</button>
      </form>
      <p>
        {t(lang, 'public.lost_your_tracking_code')}
        <a href="/lacak/kode-baru">{t(lang, 'public.ask_for_new_one_by_e')}</a>
      </p>
    </>
  );
}

const STATE_EXPLAINED: Record<string, Record<Lang, string>> = {
  registered: { id: 'PPID telah mendaftarkan permohonan Anda dan sedang memeriksanya.', en: 'The PPID has registered your request and is looking at it.' },
  assigned: {
    id: 'PPID telah meneruskan permohonan Anda ke unit kerja atau Perwakilan RI yang menguasai informasinya. Batas waktu tetap dihitung sejak permohonan diterima.',
    en: 'The PPID has forwarded your request to the work unit or mission that holds the information. The deadline still counts from when your request was received.',
  },
  in_review: { id: 'Unit yang menguasai informasi sedang menyiapkan jawaban.', en: 'The unit that holds the information is preparing the answer.' },
  awaiting_clarification: {
    id: 'PPID meminta penjelasan dari Anda. Baca pesannya di bawah dan hubungi PPID.',
    en: 'The PPID has asked you to clarify your request. Read the message below and contact the PPID.',
  },
  decided: {
    id: 'PPID telah memutuskan permohonan Anda dan menerbitkan pemberitahuan tertulis.',
    en: 'The PPID has decided on your request and issued a written notice.',
  },
  delivered: { id: 'Informasi telah diserahkan kepada Anda.', en: 'The information has been handed over to you.' },
  closed: { id: 'Permohonan ini sudah selesai.', en: 'This request is closed.' },
};

const DEADLINE_LABELS: Record<string, Record<Lang, string>> = {
  notice: { id: 'Pemberitahuan tertulis (10 hari kerja, UU 14/2008 Pasal 22 ayat 7)', en: 'Written notice (10 working days, Law 14/2008 Art. 22(7))' },
  noticeExtended: {
    id: 'Pemberitahuan tertulis setelah perpanjangan (7 hari kerja lagi, Pasal 22 ayat 8)',
    en: 'Written notice after the extension (7 more working days, Art. 22(8))',
  },
  objection_window: { id: 'Batas mengajukan keberatan (30 hari kerja, Pasal 36 ayat 1)', en: 'Last day to object (30 working days, Art. 36(1))' },
  atasan_response: {
    id: 'Tanggapan atasan PPID atas keberatan (30 hari kerja, Pasal 36 ayat 2)',
    en: 'The PPID superior’s answer to an objection (30 working days, Art. 36(2))',
  },
  dispute_window: {
    id: 'Batas mengajukan sengketa ke Komisi Informasi (14 hari kerja, Pasal 37 ayat 2)',
    en: 'Last day to take the dispute to the Information Commission (14 working days, Art. 37(2))',
  },
};

type PublicDeadline = DeadlineExplanation & { text: string };

/** Every deadline the tracking view carries (the unit's internal targets are not the requester's). */
function publicDeadlines(view: TrackingView): Array<{ key: string; d: PublicDeadline }> {
  return Object.entries(view.deadlines as Record<string, unknown>)
    .filter(([key, d]) => key !== 'unitTargets' && typeof d === 'object' && d !== null && 'text' in d && 'due' in d)
    .map(([key, d]) => ({ key, d: d as PublicDeadline }));
}

function deadlineLabel(key: string, d: PublicDeadline, lang: Lang): string {
  return (DEADLINE_LABELS[key] ?? DEADLINE_LABELS[d.period])?.[lang] ?? d.period;
}

/** A mission's request: the same deadlines on the Jakarta calendar (kip-rules §5.4), beside the mission's. */
function JakartaDeadlines({ lang, view }: { lang: Lang; view: TrackingView }) {
  const jakarta = (view.deadlines as { jakarta?: Record<string, PublicDeadline> }).jakarta;
  if (!jakarta) return null;
  return (
    <section aria-labelledby="h-jakarta" data-testid="jakarta-deadlines">
      <h3 id="h-jakarta">{t(lang, 'public.same_deadlines_on_jakarta_calendar')}</h3>
      <p class="hint">{t(lang, 'public.this_request_was_received_at_mission')}</p>
      <ul class="deadlines">
        {Object.entries(jakarta).map(([key, d]) => (
          <li data-testid={`jakarta-${key}`}>
            <p>
              {deadlineLabel(key, d, lang)} — {t(lang, 'public.jakarta_calendar')}
            </p>
            <p class="due">{formatDate(d.due, lang)}</p>
            <p class="deadline-text">{d.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TrackingResult({ lang, view, unit }: { lang: Lang; view: TrackingView; unit: { name: string; timeZone: string } }) {
  const number = view.registrationNumber;
  const when = (iso: string) => formatInstant(iso, unit.timeZone, lang);
  const deadlines = publicDeadlines(view);
  const extended = deadlines.some((x) => x.key === 'noticeExtended');
  const canObject = view.availableActions.includes('object');
  const decision = view.decision as (typeof view.decision & { exemptions?: Array<{ letter: string }>; holder?: string }) | null | undefined;
  return (
    <>
      <h1>
        {t(lang, 'public.request_status')} <span class="nowrap">{number}</span>
      </h1>
      <div class={`status-panel${view.overdue ? ' overdue' : ''}`}>
        <p class="status-label" data-testid="status">
          {view.statusLabel}
        </p>
        <p>{STATE_EXPLAINED[view.status]?.[lang] ?? ''}</p>
      </div>
      {view.overdue ? (
        <div class="notice bad" role="status">
          <p>
            {t(lang, 'public.written_notice_deadline_has_passed')}
            {canObject ? ` ${t(lang, 'public.you_may_object_because_request_was')}` : null}
          </p>
        </div>
      ) : null}

      {canObject ? (
        <section class="objection-cta" aria-labelledby="objection-heading">
          <h2 id="objection-heading">{t(lang, 'public.objection')}</h2>
          <p>{t(lang, 'public.you_may_object_to_ppid_s')}</p>
          {view.objectionWindow ? (
            <div class="deadline" data-testid="objection-window">
              <p>
                {t(lang, 'public.last_day_to_object')}: <strong>{formatDate(view.objectionWindow.due, lang)}</strong>
              </p>
              <details>
                <summary>{t(lang, 'public.how_this_date_was_counted_2')}</summary>
                <p class="deadline-text">{view.objectionWindow.text}</p>
              </details>
              {view.objectionWindow.passed ? <p>{t(lang, 'public.this_date_has_passed_objection_is')}</p> : null}
            </div>
          ) : null}
          <a class="button" href={`/keberatan?nomor=${encodeURIComponent(number)}`}>
            {t(lang, 'public.file_objection')}
          </a>
        </section>
      ) : null}

      {view.objections.length > 0 ? (
        <section aria-labelledby="objections-heading">
          <h2 id="objections-heading">{t(lang, 'public.your_objections')}</h2>
          {view.objections.map((o) => (
            <div class="objection-item" data-testid="objection">
              <p>
                <strong>{o.objectionNumber}</strong> — {o.statusLabel}
              </p>
              <dl class="facts">
                <dt>{t(lang, 'public.received')}</dt>
                <dd>{when(o.receivedAt)}</dd>
                <dt>{t(lang, 'public.grounds')}</dt>
                <dd>
                  <ul class="plain">
                    {o.grounds.map((g) => (
                      <li>
                        {t(lang, 'public.letter_2', { letter: g.letter })}: {g.plain}
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt>{t(lang, 'public.superior_answers_by')}</dt>
                <dd>{formatDate(o.responseDue, lang)}</dd>
                {o.decision ? (
                  <>
                    <dt>{t(lang, 'public.answer')}</dt>
                    <dd>{o.decision.outcomeLabel}</dd>
                  </>
                ) : null}
              </dl>
            </div>
          ))}
        </section>
      ) : null}

      <h2>{t(lang, 'public.summary')}</h2>
      <dl class="facts">
        <dt>{t(lang, 'public.received')}</dt>
        <dd>{when(view.receivedAt)}</dd>
        <dt>{t(lang, 'public.addressed_to')}</dt>
        <dd>{unit.name}</dd>
        <dt>{t(lang, 'public.information_requested')}</dt>
        <dd class="prewrap">{view.information}</dd>
        {decision ? (
          <>
            <dt>{t(lang, 'public.decision_2')}</dt>
            <dd>
              {decision.outcomeLabel} ({when(decision.at)})
            </dd>
          </>
        ) : null}
        {decision?.exemptions?.length ? (
          <>
            <dt>{t(lang, 'public.exemption_grounds')}</dt>
            <dd>{decision.exemptions.map((x) => t(lang, 'public.law_14_2008_art_17', { letter: x.letter })).join('; ')}</dd>
          </>
        ) : null}
        {decision?.holder ? (
          <>
            <dt>{t(lang, 'public.public_body_that_holds_it')}</dt>
            <dd>{decision.holder}</dd>
          </>
        ) : null}
      </dl>

      {view.clarification ? (
        <div class="notice warn">
          <h2>{t(lang, 'public.ppid_asks_for_clarification')}</h2>
          <p class="prewrap">{view.clarification.message}</p>
          <p class="hint">{when(view.clarification.requestedAt)}</p>
        </div>
      ) : null}

      <h2>{t(lang, 'public.deadlines_and_how_they_were_counted')}</h2>
      <ul class="deadlines">
        {deadlines.map(({ key, d }) => (
          <li data-testid={`deadline-${key}`}>
            <p>
              {deadlineLabel(key, d, lang)}
              {key === 'notice' && extended ? ` ${t(lang, 'public.before_extension')}` : ''}
            </p>
            <p class="due">
              {formatDate(d.due, lang)}
              {d.provisional ? (
                <>
                  {' '}
                  <span class="tag warn">{t(lang, 'public.provisional')}</span>
                </>
              ) : null}
            </p>
            <p class="deadline-text">{d.text}</p>
          </li>
        ))}
      </ul>

      <JakartaDeadlines lang={lang} view={view} />

      <h2>{t(lang, 'public.timeline')}</h2>
      <ol class="timeline">
        {view.timeline.map((e) => (
          <li>
            <span class="when">{when(e.at)}</span> <span class="what">{historyLabel(e.event, lang)}</span>
          </li>
        ))}
      </ol>

      <h2>{t(lang, 'public.documents')}</h2>
      {view.documents.length === 0 ? (
        <p>{t(lang, 'public.no_document_has_been_issued_yet')}</p>
      ) : (
        <ul class="documents">
          {view.documents.map((d) => (
            <li>
              <a href={`/api/v1/requests/${encodeURIComponent(number)}/documents/${encodeURIComponent(d.id)}`}>{documentLabel(d.kind, lang)}</a>{' '}
              <span class="hint">
                ({documentLanguage(d.lang)}, {when(d.issued_at)}, PDF)
              </span>
            </li>
          ))}
        </ul>
      )}

      <form method="post" action="/lacak/tutup" class="close-access">
        <p class="hint">{t(lang, 'public.on_shared_computer_close_access_so')}</p>
        <button type="submit" class="secondary">
          {t(lang, 'public.close_access')}
        </button>
      </form>
    </>
  );
}

async function renderTrackForm(c: Context<AppEnv>, number: string, errors: FieldErrors, status: 200 | 400 | 404) {
  const lang = c.get('lang');
  const title = t(lang, 'public.track_request');
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout lang={lang} title={Object.keys(errors).length > 0 ? `${t(lang, 'public.error_2')}: ${title}` : title} url={c.req.url}>
      <TrackForm lang={lang} number={number} errors={errors} />
    </Layout>,
    status,
  );
}

export function trackingPages() {
  const app = new Hono<AppEnv>();

  app.get('/lacak', async (c) => {
    const number = (c.req.query('nomor') ?? '').trim();
    const access = number ? await accessedCase(c, number) : null;
    if (!access) return renderTrackForm(c, number, {}, 200);
    const deps = c.get('deps');
    const lang = c.get('lang');
    const view = await trackingView(deps.db, access.row, lang, deps);
    const unit = await unitInfo(deps.db, access.row.received_unit, lang);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout lang={lang} title={`${t(lang, 'public.request_status')} ${number}`} url={c.req.url}>
        <TrackingResult lang={lang} view={view} unit={unit} />
        <RequesterContact
          lang={lang}
          contact={await serviceContact(deps.db)}
          state={access.row.state}
          request={{ deliveryMethod: access.row.delivery_method, obtainMethod: access.row.obtain_method, outcome: view.decision?.outcome }}
        />
        <SurveyInvite lang={lang} number={number} state={await surveyState(deps.db, deps.secret, access.row)} />
        <RequesterAnswers c={c} view={view} timeZone={unit.timeZone} />
      </Layout>,
    );
  });

  app.post('/lacak', publicRateLimit, async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    const number = typeof body.nomor === 'string' ? body.nomor.trim() : '';
    const code = typeof body.kode === 'string' ? body.kode.trim() : '';
    const errors: FieldErrors = {};
    if (!number) errors.nomor = t(lang, 'required');
    if (!code) errors.kode = t(lang, 'required');
    if (Object.keys(errors).length > 0) return renderTrackForm(c, number, errors, 400);
    const row = await findCaseByNumber(c.get('deps').db, number);
    // An unknown number and a wrong code answer the same: the page reveals nothing.
    if (!row || !trackingCodeMatches(code, row.tracking_code_hash)) {
      return renderTrackForm(c, number, { kode: t(lang, 'tracking_not_found') }, 404);
    }
    grantAccess(c, row.registration_number, code);
    return c.redirect(trackHref(row.registration_number), 303);
  });

  app.post('/lacak/tutup', (c) => {
    revokeAccess(c);
    return c.redirect('/lacak', 303);
  });

  return app;
}
