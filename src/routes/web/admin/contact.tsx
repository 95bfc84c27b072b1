/** @jsxImportSource hono/jsx */
/**
 * The PPID's contact and office hours (`/admin/kontak`, administrators only): one form over the
 * `contact` setting (src/contact/service-contact.ts). A bad field shows the form again with the
 * error beside it and nothing saved; a save is an audit event and appears at once in every page's
 * footer and on the letters issued from then on.
 */
import { type Context, Hono } from 'hono';
import { type ServiceContact, serviceContact, serviceContactSchema, updateServiceContact } from '../../../contact/service-contact';
import { fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { frame } from '../officer/components';
import { pageError } from '../officer';
import { ErrorSummary, type FieldErrors, type FormValues, TextField, fieldValue } from '../kit/fields';
import { FormToken, verifyFormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { Notice, Page } from '../kit/page';

const FIELDS = ['address', 'phone', 'email', 'hoursId', 'hoursEn', 'officerOfTheDay'] as const;

const valuesOf = (c: ServiceContact | null): FormValues => Object.fromEntries(FIELDS.map((f) => [f, c?.[f] ?? '']));

async function render(c: Context<AppEnv>, state: { values?: FormValues; errors?: FieldErrors; saved?: boolean } = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const values = state.values ?? valuesOf(await serviceContact(c.get('deps').db));
  const errors = state.errors ?? {};
  const labels = {
    address: t(lang, 'contact.address'),
    phone: t(lang, 'contact.phone'),
    email: t(lang, 'contact.email'),
    hoursId: t(lang, 'contact.hours_id'),
    hoursEn: t(lang, 'contact.hours_en'),
    officerOfTheDay: t(lang, 'contact.officer_of_the_day'),
  };
  const props = await frame(c, t(lang, 'contact.page_title'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Page {...props}>
      <h1>{t(lang, 'contact.page_title')}</h1>
      <p class="lead">{t(lang, 'contact.page_lead')}</p>
      {state.saved ? <Notice tone="ok">{t(lang, 'contact.saved')}</Notice> : null}
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={FIELDS} />
      <form method="post" action="/admin/kontak" novalidate class="narrow">
        <FormToken c={c} />
        <TextField
          lang={lang}
          name="address"
          label={labels.address}
          value={fieldValue(values, 'address')}
          error={errors.address}
          required
          multiline
          rows={3}
          maxlength={300}
          hint={t(lang, 'contact.address_hint')}
        />
        <TextField
          lang={lang}
          name="phone"
          type="tel"
          inputmode="tel"
          label={labels.phone}
          value={fieldValue(values, 'phone')}
          error={errors.phone}
          required={false}
          hint={t(lang, 'contact.phone_hint')}
        />
        <TextField lang={lang} name="email" type="email" label={labels.email} value={fieldValue(values, 'email')} error={errors.email} required={false} />
        <TextField
          lang={lang}
          name="hoursId"
          label={labels.hoursId}
          value={fieldValue(values, 'hoursId')}
          error={errors.hoursId}
          required={false}
          maxlength={200}
          hint={t(lang, 'contact.hours_id_hint')}
        />
        <TextField
          lang={lang}
          name="hoursEn"
          label={labels.hoursEn}
          value={fieldValue(values, 'hoursEn')}
          error={errors.hoursEn}
          required={false}
          maxlength={200}
          hint={t(lang, 'contact.hours_en_hint')}
        />
        <TextField
          lang={lang}
          name="officerOfTheDay"
          label={labels.officerOfTheDay}
          value={fieldValue(values, 'officerOfTheDay')}
          error={errors.officerOfTheDay}
          required={false}
          maxlength={200}
          hint={t(lang, 'contact.officer_hint')}
        />
        <button type="submit">{t(lang, 'contact.save')}</button>
      </form>
    </Page>,
    status,
  );
}

export function contactAdminPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use(requirePageRole('admin'), verifyFormToken);

  app.get('/', (c) => render(c, { saved: c.req.query('disimpan') === '1' }));

  app.post('/', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as FormValues;
    const input = Object.fromEntries(FIELDS.map((f) => [f, typeof body[f] === 'string' ? body[f] : '']));
    const parsed = serviceContactSchema.safeParse(input);
    if (!parsed.success) return render(c, { values: input, errors: fieldErrors(parsed.error, lang, input) }, 400);
    await updateServiceContact(c.get('deps'), c.get('actor')!, parsed.data);
    return c.redirect('/admin/kontak?disimpan=1', 303);
  });
  return app;
}
