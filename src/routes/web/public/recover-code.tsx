/** @jsxImportSource hono/jsx */
/**
 * `/lacak/kode-baru`: a requester who lost the tracking code asks for a new one with the
 * registration number and the e-mail address on file (src/cases/recover-tracking-code.ts). The
 * page answers the same whether or not they match.
 */
import { ErrorSummary, type FieldErrors, TextField } from '../kit/fields';
import { Hono } from 'hono';
import { recoverTrackingCode, recoverySchema } from '../../../cases/recover-tracking-code';
import { t } from '../../../i18n';
import type { Lang } from '../../../i18n';
import type { AppEnv } from '../../env';
import { publicRateLimit } from '../../rate-limit';
import { Layout } from '../layout';

function RecoverForm({ lang, values, errors }: { lang: Lang; values: { nomor: string; email: string }; errors: FieldErrors }) {
  const labels = { nomor: t(lang, 'public.registration_number'), email: t(lang, 'public.e_mail_address') };
  return (
    <>
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={['nomor', 'email']} />
      <h1>{t(lang, 'public.ask_for_new_tracking_code')}</h1>
      <p class="lead">{t(lang, 'public.new_tracking_code_is_sent_to')}</p>
      <form method="post" action="/lacak/kode-baru" novalidate class="narrow-form">
        <TextField
          lang={lang}
          name="nomor"
          label={labels.nomor}
          value={values.nomor}
          error={errors.nomor}
          required
          autocomplete="off"
          maxlength={64}
          hint={t(lang, 'public.as_on_your_receipt_e_g')}
        />
        <TextField
          lang={lang}
          name="email"
          type="email"
          label={labels.email}
          value={values.email}
          error={errors.email}
          required
          autocomplete="email"
          maxlength={254}
        />
        <button type="submit">{t(lang, 'public.send_new_code')}</button>
      </form>
      <p>{t(lang, 'public.gave_no_e_mail_address_when')}</p>
    </>
  );
}

export function recoverCodePages() {
  const app = new Hono<AppEnv>();
  const title = (lang: Lang) => t(lang, 'public.new_tracking_code');

  app.get('/lacak/kode-baru', (c) => {
    const lang = c.get('lang');
    return c.html(
      <Layout lang={lang} title={title(lang)} url={c.req.url}>
        <RecoverForm lang={lang} values={{ nomor: '', email: '' }} errors={{}} />
      </Layout>,
    );
  });

  app.post('/lacak/kode-baru', publicRateLimit, async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    const values = { nomor: typeof body.nomor === 'string' ? body.nomor.trim() : '', email: typeof body.email === 'string' ? body.email.trim() : '' };
    const parsed = recoverySchema.safeParse({ registrationNumber: values.nomor, email: values.email });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'registrationNumber' ? 'nomor' : 'email';
        errors[field] ??= field === 'email' && values.email ? t(lang, 'invalid_email') : t(lang, 'required');
      }
      return c.html(
        <Layout lang={lang} title={title(lang)} url={c.req.url}>
          <RecoverForm lang={lang} values={values} errors={errors} />
        </Layout>,
        400,
      );
    }
    await recoverTrackingCode(c.get('deps'), parsed.data);
    return c.html(
      <Layout lang={lang} title={title(lang)} url={c.req.url}>
        <h1>{t(lang, 'public.request_taken')}</h1>
        <p class="lead" role="status">
          {t(lang, 'public.if_registration_number_and_e_mail')}
        </p>
        <p>
          <a href="/lacak">{t(lang, 'public.back_to_tracking')}</a>
        </p>
      </Layout>,
    );
  });
  return app;
}
