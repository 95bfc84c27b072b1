/** @jsxImportSource hono/jsx */
/**
 * User administration (`/admin/pengguna`, administrators only): the officers with their role,
 * unit and state; create an account; reset a password or a second factor; deactivate or activate.
 * A one-time password is shown once on the page that created it and never again.
 */
import { type Context, Hono } from 'hono';
import { createUser, listUsers, newUserSchema, officerRoles, resetPassword, resetTotp, setActive } from '../../../auth/users';
import { DomainError } from '../../../cases/errors';
import { fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { formatInstant, frame } from '../officer/components';
import { ErrorSummary, type FieldErrors, type FormValues, SelectField, TextField, fieldValue } from '../kit/fields';
import { FormToken, verifyFormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { Notice } from '../kit/page';
import { pageError } from '../officer';
import { roleWord } from '../officer/labels';
import { unitOptions } from '../officer/units';

interface PageState {
  created?: { username: string; password: string };
  values?: FormValues;
  errors?: FieldErrors;
  done?: string;
}

async function render(c: Context<AppEnv>, state: PageState = {}, status: 200 | 201 | 400 = 200) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const users = await listUsers(deps);
  const units = await unitOptions(deps, lang);
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const labels = {
    username: t(lang, 'admin.username'),
    name: t(lang, 'admin.full_name'),
    position: t(lang, 'admin.position'),
    role: t(lang, 'admin.role'),
    unit: t(lang, 'admin.unit_or_mission'),
    email: t(lang, 'admin.work_e_mail'),
  };
  const props = await frame(c, t(lang, 'admin.users'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{t(lang, 'admin.users')}</h1>
      {state.created ? (
        <Notice tone="ok">
          <p>
            {t(lang, 'admin.one_time_password_for', { username: state.created.username })}{' '}
            <span class="code" id="one-time-password">
              {state.created.password}
            </span>
          </p>
          <p>{t(lang, 'admin.hand_it_over_in_person_it')}</p>
        </Notice>
      ) : null}
      {state.done ? <Notice tone="ok">{state.done}</Notice> : null}

      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'admin.officer_accounts')}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.username}</th>
              <th scope="col">{labels.name}</th>
              <th scope="col">{labels.role}</th>
              <th scope="col">{t(lang, 'admin.state')}</th>
              <th scope="col">{t(lang, 'admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <td>{u.username}</td>
                <td>
                  {u.name}
                  <span class="hint">{u.position}</span>
                </td>
                <td>
                  {roleWord(u.role, lang)}
                  {u.unit ? ` — ${u.unit}` : ''}
                </td>
                <td>
                  {u.active ? t(lang, 'admin.active') : t(lang, 'admin.deactivated')}
                  {u.locked ? (
                    <>
                      <br />
                      {t(lang, 'admin.locked_for_now')}
                    </>
                  ) : null}
                  {u.totpEnabled ? (
                    <>
                      <br />
                      {t(lang, 'admin.two_step_verification')}
                    </>
                  ) : null}
                  {u.mustChangePassword ? (
                    <>
                      <br />
                      {t(lang, 'admin.one_time_password_not_yet_changed')}
                    </>
                  ) : null}
                  <span class="hint">
                    {t(lang, 'admin.created_2')}
                    {formatInstant(u.createdAt, lang)}
                  </span>
                </td>
                <td class="actions">
                  <form method="post" action={`/admin/pengguna/${u.id}/sandi`}>
                    <FormToken c={c} />
                    <button type="submit" class="secondary small" aria-label={t(lang, 'admin.reset_password_of', { username: u.username })}>
                      {t(lang, 'admin.reset_password')}
                    </button>
                  </form>
                  {u.totpEnabled ? (
                    <form method="post" action={`/admin/pengguna/${u.id}/totp`}>
                      <FormToken c={c} />
                      <button type="submit" class="secondary small" aria-label={t(lang, 'admin.remove_two_step_verification_of', { username: u.username })}>
                        {t(lang, 'admin.remove_two_step_verification')}
                      </button>
                    </form>
                  ) : null}
                  <form method="post" action={`/admin/pengguna/${u.id}/${u.active ? 'nonaktif' : 'aktif'}`}>
                    <FormToken c={c} />
                    <button
                      type="submit"
                      class="secondary small"
                      aria-label={`${u.active ? t(lang, 'admin.deactivate') : t(lang, 'admin.activate')} ${u.username}`}
                    >
                      {u.active ? t(lang, 'admin.deactivate') : t(lang, 'admin.activate')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="baru">{t(lang, 'admin.create_account')}</h2>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <form method="post" action="/admin/pengguna" novalidate class="narrow">
        <FormToken c={c} />
        <TextField
          lang={lang}
          name="username"
          label={labels.username}
          value={fieldValue(values, 'username')}
          error={errors.username}
          required
          autocomplete="off"
          hint={t(lang, 'admin.lower_case_letters_digits_dots_underscores')}
        />
        <TextField lang={lang} name="name" label={labels.name} value={fieldValue(values, 'name')} error={errors.name} required />
        <TextField lang={lang} name="position" label={labels.position} value={fieldValue(values, 'position')} error={errors.position} required />
        <SelectField
          lang={lang}
          name="role"
          label={labels.role}
          value={fieldValue(values, 'role')}
          error={errors.role}
          required
          empty={t(lang, 'admin.choose')}
          options={officerRoles.map((r) => ({ value: r, label: roleWord(r, lang) }))}
        />
        <SelectField
          lang={lang}
          name="unit"
          label={labels.unit}
          value={fieldValue(values, 'unit')}
          error={errors.unit}
          required={false}
          hint={t(lang, 'admin.required_for_ppid_utama_and_ppid')}
          empty={t(lang, 'admin.none')}
          options={units}
        />
        <TextField
          lang={lang}
          name="email"
          type="email"
          label={labels.email}
          value={fieldValue(values, 'email')}
          error={errors.email}
          required={false}
          hint={t(lang, 'admin.for_case_notices_passwords_are_never')}
        />
        <button type="submit">{t(lang, 'admin.create_account_2')}</button>
      </form>
    </Layout>,
    status,
  );
}

export function userAdminPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use(requirePageRole('admin'), verifyFormToken);

  app.get('/', (c) => render(c));

  app.post('/', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as FormValues;
    const parsed = newUserSchema.safeParse(body);
    if (!parsed.success) return render(c, { values: body, errors: fieldErrors(parsed.error, lang) }, 400);
    try {
      const { temporaryPassword } = await createUser(c.get('deps'), c.get('actor')!, parsed.data);
      return render(c, { created: { username: parsed.data.username, password: temporaryPassword } }, 201);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400) throw e;
      return render(c, { values: body, errors: Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)])) }, 400);
    }
  });

  app.post('/:id/sandi', async (c) => {
    const id = c.req.param('id');
    const { temporaryPassword } = await resetPassword(c.get('deps'), c.get('actor')!, id);
    const user = (await listUsers(c.get('deps'))).find((u) => u.id === id)!;
    return render(c, { created: { username: user.username, password: temporaryPassword } });
  });

  app.post('/:id/totp', async (c) => {
    await resetTotp(c.get('deps'), c.get('actor')!, c.req.param('id'));
    return render(c, {
      done: t(c.get('lang'), 'admin.two_step_verification_removed_that_user'),
    });
  });

  for (const [path, active] of [
    ['nonaktif', false],
    ['aktif', true],
  ] as const) {
    app.post(`/:id/${path}`, async (c) => {
      await setActive(c.get('deps'), c.get('actor')!, c.req.param('id'), active);
      return c.redirect('/admin/pengguna', 303);
    });
  }
  return app;
}
