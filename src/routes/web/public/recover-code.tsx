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
import { tr } from '../lang';

function RecoverForm({ lang, values, errors }: { lang: Lang; values: { nomor: string; email: string }; errors: FieldErrors }) {
  const labels = { nomor: tr(lang, 'Nomor pendaftaran', 'Registration number'), email: tr(lang, 'Alamat e-mail', 'E-mail address') };
  return (
    <>
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={['nomor', 'email']} />
      <h1>{tr(lang, 'Minta kode pelacakan baru', 'Ask for a new tracking code')}</h1>
      <p class="lead">
        {tr(
          lang,
          'Kode pelacakan baru dikirim ke alamat e-mail yang Anda tulis saat mengajukan permohonan. Kode lama tidak berlaku lagi setelah kode baru dikirim.',
          'A new tracking code is sent to the e-mail address you gave when you filed the request. The old code stops working once the new one is sent.',
        )}
      </p>
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
          hint={tr(lang, 'Seperti tertulis pada tanda terima, mis. 00001/PPID-PPID/2026.', 'As on your receipt, e.g. 00001/PPID-PPID/2026.')}
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
        <button type="submit">{tr(lang, 'Kirim kode baru', 'Send a new code')}</button>
      </form>
      <p>
        {tr(
          lang,
          'Tidak mencantumkan e-mail saat mengajukan? Hubungi PPID dengan menyebut nomor pendaftaran dan identitas Anda.',
          'Gave no e-mail address when you filed? Contact the PPID with your registration number and your identity.',
        )}
      </p>
    </>
  );
}

export function recoverCodePages() {
  const app = new Hono<AppEnv>();
  const title = (lang: Lang) => tr(lang, 'Kode pelacakan baru', 'New tracking code');

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
        <h1>{tr(lang, 'Permintaan diterima', 'Request taken')}</h1>
        <p class="lead" role="status">
          {tr(
            lang,
            'Bila nomor pendaftaran dan alamat e-mail itu cocok dengan sebuah permohonan, kode pelacakan baru telah dikirim ke alamat tersebut. Periksa kotak masuk (dan folder spam) Anda.',
            'If the registration number and the e-mail address match a request, a new tracking code has been sent to that address. Check your inbox (and spam folder).',
          )}
        </p>
        <p>
          <a href="/lacak">{tr(lang, 'Kembali ke pelacakan', 'Back to tracking')}</a>
        </p>
      </Layout>,
    );
  });
  return app;
}
