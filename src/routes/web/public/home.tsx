/** @jsxImportSource hono/jsx */
/**
 * Home (beranda): what one may ask for, the service charter in short (maklumat pelayanan, Perki
 * 1/2021 Art. 47: legal basis, procedure, time, fees, guarantee, evaluation) and the ways in.
 */
import type { Lang } from '../../../i18n';
import { t } from '../../../i18n';

const card = (href: string, title: string, text: string) => (
  <li class="card">
    <a href={href}>{title}</a>
    <p>{text}</p>
  </li>
);

export function HomePage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{t(lang, 'public.public_information_requests')}</h1>
      <p class="lead">{t(lang, 'public.every_indonesian_citizen_group_of_persons')}</p>
      <p class="actions">
        <a class="button" href="/ajukan">
          {t(lang, 'public.file_request')}
        </a>
        <a class="button secondary" href="/lacak">
          {t(lang, 'public.track_request')}
        </a>
      </p>

      <h2>{t(lang, 'public.what_you_can_ask_for')}</h2>
      <p>{t(lang, 'public.information_ministry_makes_receives_or_holds')}</p>
      <p>
        <a href="/dip">{t(lang, 'public.public_information_list_dip')}</a>
        {' · '}
        <a href="/dik">{t(lang, 'public.list_of_exempt_information_dik')}</a>
      </p>

      <h2 id="maklumat">{t(lang, 'public.service_charter_in_short')}</h2>
      <dl class="facts charter">
        <dt>{t(lang, 'public.legal_basis')}</dt>
        <dd>{t(lang, 'public.law_14_2008_on_public_information')}</dd>
        <dt>{t(lang, 'public.how_to_ask')}</dt>
        <dd>{t(lang, 'public.online_through_form_on_this_site')}</dd>
        <dt>{t(lang, 'public.time_to_answer')}</dt>
        <dd>{t(lang, 'public.written_notice_within_10_working_days')}</dd>
        <dt>{t(lang, 'public.fees')}</dt>
        <dd>
          <strong>{t(lang, 'public.information_is_free')}</strong> {t(lang, 'public.only_actual_cost_of_copying_printed')}
        </dd>
        <dt>{t(lang, 'public.objections')}</dt>
        <dd>{t(lang, 'public.if_request_is_refused_not_answered')}</dd>
        <dt>{t(lang, 'public.service_guarantee')}</dt>
        <dd>{t(lang, 'public.every_request_is_entered_in_register')}</dd>
        <dt>{t(lang, 'public.performance')}</dt>
        <dd>
          <a href="/statistik">{t(lang, 'public.service_statistics_requests_timeliness_outcomes')}</a>
        </dd>
      </dl>

      <h2>{t(lang, 'public.services')}</h2>
      <ul class="cards">
        {card('/ajukan', t(lang, 'public.file_request'), t(lang, 'public.public_information_request_form'))}
        {card('/lacak', t(lang, 'public.track_request'), t(lang, 'public.status_deadlines_and_documents_with_your'))}
        {card('/keberatan', t(lang, 'public.file_objection'), t(lang, 'public.objection_to_ppid_s_superior_law'))}
        {card('/tenggat', t(lang, 'public.deadline_calculator_2'), t(lang, 'public.when_written_notice_is_due_with'))}
        {card('/statistik', t(lang, 'public.service_statistics'), t(lang, 'public.this_year_s_requests_timeliness_and'))}
        {card('/dip', t(lang, 'public.public_information_list'), t(lang, 'public.information_available_at_any_time'))}
      </ul>
    </>
  );
}
