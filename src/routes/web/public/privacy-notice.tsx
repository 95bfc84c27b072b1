/** @jsxImportSource hono/jsx */
/**
 * The privacy notice beside the request and objection forms (UU 27/2022 on personal data
 * protection): why the data is asked for (identifying the requester, UU 14/2008 Art. 22 and Perki
 * 1/2021), who sees what, how long it is kept (the retention setting the retention job enforces)
 * and whom to ask.
 */
import type { Lang } from '../../../i18n';
import { type PrivacyPolicy, retentionWords } from '../../../privacy/policy';
import { t } from '../../../i18n';

export function PrivacyNotice({ lang, policy, form }: { lang: Lang; policy: PrivacyPolicy; form: 'request' | 'objection' }) {
  const period = retentionWords(policy.retentionMonths, lang);
  return (
    <aside class="notice privacy-notice" aria-labelledby="privacy-notice-title" data-testid="privacy-notice">
      <h2 id="privacy-notice-title">{t(lang, 'public.privacy_notice')}</h2>
      <p>
        <strong>{t(lang, 'public.why')}</strong>
        {form === 'request' ? t(lang, 'public.your_name_nik_or_passport_legal') : t(lang, 'public.your_objection_is_recorded_with_identity')}
      </p>
      <p>
        <strong>{t(lang, 'public.who_sees_it')}</strong>
        {t(lang, 'public.only_ppid_utama_ppid_pelaksana_of')}
      </p>
      <p data-testid="privacy-retention">
        <strong>{t(lang, 'public.how_long')}</strong>
        {t(lang, 'public.after_request_and_any_objection_to', { period })}
      </p>
      <p data-testid="privacy-contact">
        <strong>{t(lang, 'public.questions_access_or_correction')}</strong>
        {policy.contact}
      </p>
    </aside>
  );
}
