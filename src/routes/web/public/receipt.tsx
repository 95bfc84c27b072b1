/** @jsxImportSource hono/jsx */
/**
 * The receipt (tanda bukti penerimaan, UU 14/2008 Art. 22(4)–(5)): the registration number, the
 * tracking code shown this once, the written-notice due date and how it was counted, the PDF, and
 * what happens next.
 */
import { formatDate } from '../../../calendar/describe';
import type { trackingView } from '../../../cases/case-view';
import type { Lang } from '../../../i18n';
import { formatInstant } from './format';
import { t } from '../../../i18n';

export type TrackingView = Awaited<ReturnType<typeof trackingView>>;

export function Receipt({ lang, view, code, unit }: { lang: Lang; view: TrackingView; code: string; unit: { name: string; timeZone: string } }) {
  const number = view.registrationNumber;
  const due = formatDate(view.deadlines.notice.due, lang);
  return (
    <>
      <div class="confirmation" role="status">
        <h1>{t(lang, 'public.your_request_has_been_received')}</h1>
        <p>{t(lang, 'public.registration_number')}</p>
        <p class="big-number" data-testid="registration-number">
          {number}
        </p>
      </div>

      <h2 id="code-heading">{t(lang, 'public.your_tracking_code')}</h2>
      <p class="code tracking-code" data-testid="tracking-code">
        {code}
      </p>
      <div class="notice warn">
        <p>
          <strong>{t(lang, 'public.keep_this_code_now')}</strong> {t(lang, 'public.write_it_down_or_print_this')}
        </p>
      </div>

      <h2>{t(lang, 'public.summary')}</h2>
      <dl class="facts">
        <dt>{t(lang, 'public.received')}</dt>
        <dd>{formatInstant(view.receivedAt, unit.timeZone, lang)}</dd>
        <dt>{t(lang, 'public.addressed_to')}</dt>
        <dd>{unit.name}</dd>
        <dt>{t(lang, 'public.status')}</dt>
        <dd>{view.statusLabel}</dd>
        <dt>{t(lang, 'public.written_notice_due_by_2')}</dt>
        <dd>
          <strong data-testid="notice-due">{due}</strong>
        </dd>
      </dl>
      <h3>{t(lang, 'public.how_that_date_was_counted')}</h3>
      <p class="deadline-text">{view.deadlines.notice.text}</p>

      <p class="actions">
        <a class="button" href={`/api/v1/requests/${encodeURIComponent(number)}/receipt.pdf${lang === 'en' ? '?lang=en' : ''}`}>
          {t(lang, 'public.download_receipt_pdf')}
        </a>
        <a class="button secondary" href={`/lacak?nomor=${encodeURIComponent(number)}`}>
          {t(lang, 'public.track_this_request')}
        </a>
      </p>

      <h2>{t(lang, 'public.what_happens_next')}</h2>
      <ol class="steps">
        <li>{t(lang, 'public.ppid_checks_your_request_and_where')}</li>
        <li>{t(lang, 'public.by_you_receive_written_notice_whether', { due })}</li>
        <li>{t(lang, 'public.information_that_is_given_reaches_you')}</li>
        <li>{t(lang, 'public.if_your_request_is_refused_not')}</li>
      </ol>
    </>
  );
}
