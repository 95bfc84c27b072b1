/** @jsxImportSource hono/jsx */
/**
 * User administration (`/admin/pengguna`, administrators only): the officers with their role,
 * unit and state; create an account; reset a password or a second factor; deactivate or activate.
 * A one-time password is shown once on the page that created it and never again.
 */
import { type Context, Hono } from 'hono';
import { requireOfficerPage, requirePageRole, verifyCsrf } from '../../../auth/page-guards';
import { createUser, listUsers, newUserSchema, officerRoles, resetPassword, resetTotp, setActive } from '../../../auth/users';
import { DomainError } from '../../../cases/errors';
import { fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { CsrfField, type Errors, ErrorSummary, Notice, SelectInput, TextInput, type Values, formatInstant, frame, fieldValue } from '../officer/components';
import { pageError } from '../officer';
import { roleWord } from '../officer/labels';
import { unitOptions } from '../officer/units';

interface PageState {
  created?: { username: string; password: string };
  values?: Values;
  errors?: Errors;
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
    username: tr(lang, 'Nama pengguna', 'Username'),
    name: tr(lang, 'Nama lengkap', 'Full name'),
    position: tr(lang, 'Jabatan', 'Position'),
    role: tr(lang, 'Peran', 'Role'),
    unit: tr(lang, 'Unit atau perwakilan', 'Unit or mission'),
    email: tr(lang, 'E-mail dinas', 'Work e-mail'),
  };
  const props = await frame(c, tr(lang, 'Pengguna', 'Users'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{tr(lang, 'Pengguna', 'Users')}</h1>
      {state.created ? (
        <Notice tone="ok">
          <p>
            {tr(lang, `Kata sandi sekali pakai untuk ${state.created.username}:`, `One-time password for ${state.created.username}:`)}{' '}
            <span class="code" id="one-time-password">
              {state.created.password}
            </span>
          </p>
          <p>
            {tr(
              lang,
              'Sampaikan secara langsung; kata sandi ini tidak ditampilkan lagi dan harus diganti saat pertama masuk.',
              'Hand it over in person; it is not shown again and must be changed at the first login.',
            )}
          </p>
        </Notice>
      ) : null}
      {state.done ? <Notice tone="ok">{state.done}</Notice> : null}

      <div class="table-scroll">
        <table>
          <caption>{tr(lang, 'Akun petugas', 'Officer accounts')}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.username}</th>
              <th scope="col">{labels.name}</th>
              <th scope="col">{labels.role}</th>
              <th scope="col">{tr(lang, 'Keadaan', 'State')}</th>
              <th scope="col">{tr(lang, 'Tindakan', 'Actions')}</th>
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
                  {u.active ? tr(lang, 'Aktif', 'Active') : tr(lang, 'Nonaktif', 'Deactivated')}
                  {u.locked ? (
                    <>
                      <br />
                      {tr(lang, 'Terkunci sementara', 'Locked for now')}
                    </>
                  ) : null}
                  {u.totpEnabled ? (
                    <>
                      <br />
                      {tr(lang, 'Verifikasi dua langkah', 'Two-step verification')}
                    </>
                  ) : null}
                  {u.mustChangePassword ? (
                    <>
                      <br />
                      {tr(lang, 'Belum mengganti kata sandi sekali pakai', 'One-time password not yet changed')}
                    </>
                  ) : null}
                  <span class="hint">
                    {tr(lang, 'Dibuat ', 'Created ')}
                    {formatInstant(u.createdAt, lang)}
                  </span>
                </td>
                <td class="actions">
                  <form method="post" action={`/admin/pengguna/${u.id}/sandi`}>
                    <CsrfField c={c} />
                    <button
                      type="submit"
                      class="secondary small"
                      aria-label={tr(lang, `Setel ulang kata sandi ${u.username}`, `Reset the password of ${u.username}`)}
                    >
                      {tr(lang, 'Setel ulang kata sandi', 'Reset password')}
                    </button>
                  </form>
                  {u.totpEnabled ? (
                    <form method="post" action={`/admin/pengguna/${u.id}/totp`}>
                      <CsrfField c={c} />
                      <button
                        type="submit"
                        class="secondary small"
                        aria-label={tr(lang, `Hapus verifikasi dua langkah ${u.username}`, `Remove the two-step verification of ${u.username}`)}
                      >
                        {tr(lang, 'Hapus verifikasi dua langkah', 'Remove two-step verification')}
                      </button>
                    </form>
                  ) : null}
                  <form method="post" action={`/admin/pengguna/${u.id}/${u.active ? 'nonaktif' : 'aktif'}`}>
                    <CsrfField c={c} />
                    <button
                      type="submit"
                      class="secondary small"
                      aria-label={`${u.active ? tr(lang, 'Nonaktifkan', 'Deactivate') : tr(lang, 'Aktifkan', 'Activate')} ${u.username}`}
                    >
                      {u.active ? tr(lang, 'Nonaktifkan', 'Deactivate') : tr(lang, 'Aktifkan', 'Activate')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="baru">{tr(lang, 'Buat akun', 'Create an account')}</h2>
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <form method="post" action="/admin/pengguna" novalidate class="narrow">
        <CsrfField c={c} />
        <TextInput
          lang={lang}
          name="username"
          label={labels.username}
          value={fieldValue(values, 'username')}
          error={errors.username}
          required
          autocomplete="off"
          hint={tr(lang, 'Huruf kecil, angka, titik, garis bawah atau tanda hubung.', 'Lower-case letters, digits, dots, underscores or hyphens.')}
        />
        <TextInput lang={lang} name="name" label={labels.name} value={fieldValue(values, 'name')} error={errors.name} required />
        <TextInput lang={lang} name="position" label={labels.position} value={fieldValue(values, 'position')} error={errors.position} required />
        <SelectInput
          lang={lang}
          name="role"
          label={labels.role}
          value={fieldValue(values, 'role')}
          error={errors.role}
          required
          empty={tr(lang, '— pilih —', '— choose —')}
          options={officerRoles.map((r) => ({ value: r, label: roleWord(r, lang) }))}
        />
        <SelectInput
          lang={lang}
          name="unit"
          label={labels.unit}
          value={fieldValue(values, 'unit')}
          error={errors.unit}
          required={false}
          hint={tr(
            lang,
            'Wajib untuk PPID Utama dan PPID Pelaksana: menentukan kasus yang dapat mereka lihat.',
            'Required for the PPID Utama and a PPID Pelaksana: it decides which cases they see.',
          )}
          empty={tr(lang, '— tidak ada —', '— none —')}
          options={units}
        />
        <TextInput
          lang={lang}
          name="email"
          type="email"
          label={labels.email}
          value={fieldValue(values, 'email')}
          error={errors.email}
          required={false}
          hint={tr(lang, 'Untuk pemberitahuan kasus; kata sandi tidak pernah dikirim lewat e-mail.', 'For case notices; passwords are never sent by e-mail.')}
        />
        <button type="submit">{tr(lang, 'Buat akun', 'Create the account')}</button>
      </form>
    </Layout>,
    status,
  );
}

export function userAdminPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use(requireOfficerPage, requirePageRole('admin'), verifyCsrf);

  app.get('/', (c) => render(c));

  app.post('/', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as Values;
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
      done: tr(c.get('lang'), 'Verifikasi dua langkah dihapus; sesi pengguna itu diakhiri.', "Two-step verification removed; that user's sessions were ended."),
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
