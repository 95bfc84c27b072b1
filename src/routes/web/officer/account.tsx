/** @jsxImportSource hono/jsx */
/**
 * The officer's own account (`/petugas/akun`): change the password (required first after an
 * administrator set a one-time password), turn two-step verification (TOTP) on or off, and log
 * out of every device.
 */
import { type Context, Hono } from 'hono';
import { currentUser } from '../../../auth/middleware';
import { confirmTotp, disableTotp, pendingTotpSecret, startTotpEnrolment } from '../../../auth/second-factor';
import { changePassword, logoutEverywhere } from '../../../auth/sessions';
import { DomainError } from '../../../cases/errors';
import { type Lang, t } from '../../../i18n';
import { clearSessionCookie } from '../../api/auth';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { frame } from './components';
import { type FieldErrors, ErrorSummary, TextField, type FormValues } from '../kit/fields';
import { Notice } from '../kit/page';
import { FormToken } from '../kit/form-token';
import { roleWord } from './labels';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A domain refusal as field errors for the form that caused it. */
function fieldsOf(e: unknown, lang: Lang, fallback: string): FieldErrors {
  if (!(e instanceof DomainError) || (e.status !== 400 && e.status !== 409)) throw e;
  const fields = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)]));
  return Object.keys(fields).length > 0 ? fields : { [fallback]: t(lang, e.messageKey, e.params) };
}

async function renderAccount(c: Context<AppEnv>, state: { totpErrors?: FieldErrors; done?: string } = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const user = currentUser(c)!;
  const pending = user.totpEnabled ? null : await pendingTotpSecret(c.get('deps'), user);
  const errors = state.totpErrors ?? {};
  const labels = { code: t(lang, 'officer.authenticator_code'), password: t(lang, 'officer.password') };
  const props = await frame(c, t(lang, 'officer.my_account'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{t(lang, 'officer.my_account')}</h1>
      {state.done ? <Notice tone="ok">{state.done}</Notice> : null}
      <dl class="facts">
        <dt>{t(lang, 'officer.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t(lang, 'officer.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t(lang, 'officer.role')}</dt>
        <dd>
          {roleWord(user.role, lang)}
          {user.unit_code ? ` — ${user.unit_code}` : ''}
        </dd>
      </dl>

      <h2>{t(lang, 'officer.password')}</h2>
      <p>
        <a href="/petugas/akun/sandi">{t(lang, 'officer.change_password')}</a>
      </p>

      <h2 id="totp">{t(lang, 'officer.two_step_verification')}</h2>
      <ErrorSummary lang={lang} errors={errors} labels={labels} prefix="totp" />
      {user.totpEnabled ? (
        <>
          <p>{t(lang, 'officer.on_logging_in_asks_for_code')}</p>
          <form method="post" action="/petugas/akun/totp/nonaktif" novalidate class="narrow">
            <FormToken c={c} />
            <TextField
              lang={lang}
              prefix="totp"
              name="password"
              type="password"
              label={labels.password}
              autocomplete="current-password"
              required
              error={errors.password}
            />
            <TextField
              lang={lang}
              prefix="totp"
              name="code"
              label={labels.code}
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength={6}
              required
              error={errors.code}
            />
            <button type="submit" class="secondary">
              {t(lang, 'officer.turn_two_step_verification_off')}
            </button>
          </form>
        </>
      ) : pending ? (
        <>
          <p>{t(lang, 'officer.add_this_account_to_authenticator_app')}</p>
          <p>
            {t(lang, 'officer.key')}:{' '}
            <span class="code" id="totp-secret">
              {pending.secret.replace(/(.{4})/g, '$1 ').trim()}
            </span>
          </p>
          <p>
            <a href={pending.uri}>{t(lang, 'officer.open_in_authenticator_app_this_phone')}</a>
          </p>
          <form method="post" action="/petugas/akun/totp/konfirmasi" novalidate class="narrow">
            <FormToken c={c} />
            <TextField
              lang={lang}
              prefix="totp"
              name="code"
              label={labels.code}
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength={6}
              required
              error={errors.code}
            />
            <button type="submit">{t(lang, 'officer.turn_on')}</button>
          </form>
        </>
      ) : (
        <>
          <p>{t(lang, 'officer.off_with_two_step_verification_password')}</p>
          <form method="post" action="/petugas/akun/totp">
            <FormToken c={c} />
            <button type="submit" class="secondary">
              {t(lang, 'officer.set_up_two_step_verification')}
            </button>
          </form>
        </>
      )}

      <h2>{t(lang, 'officer.log_out_everywhere')}</h2>
      <p>{t(lang, 'officer.ends_every_session_of_this_account')}</p>
      <form method="post" action="/petugas/akun/keluar-semua">
        <FormToken c={c} />
        <button type="submit" class="secondary">
          {t(lang, 'officer.log_out_everywhere')}
        </button>
      </form>
    </Layout>,
    status,
  );
}

/** Passwords are never written back into the form. */
async function renderPassword(c: Context<AppEnv>, errors: FieldErrors, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const user = currentUser(c)!;
  const labels = {
    currentPassword: user.mustChangePassword ? t(lang, 'officer.one_time_password') : t(lang, 'officer.current_password'),
    newPassword: t(lang, 'officer.new_password'),
    repeat: t(lang, 'officer.repeat_new_password'),
  };
  const props = await frame(c, t(lang, 'officer.change_password'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{t(lang, 'officer.change_password')}</h1>
      {user.mustChangePassword ? <Notice tone="warn">{t(lang, 'password_change_required')}</Notice> : null}
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <form method="post" action="/petugas/akun/sandi" novalidate class="narrow">
        <FormToken c={c} />
        <TextField
          lang={lang}
          name="currentPassword"
          type="password"
          label={labels.currentPassword}
          autocomplete="current-password"
          required
          error={errors.currentPassword}
        />
        <TextField
          lang={lang}
          name="newPassword"
          type="password"
          label={labels.newPassword}
          autocomplete="new-password"
          required
          error={errors.newPassword}
          hint={t(lang, 'officer.at_least_10_characters_phrase_of')}
        />
        <TextField lang={lang} name="repeat" type="password" label={labels.repeat} autocomplete="new-password" required error={errors.repeat} />
        <button type="submit">{t(lang, 'officer.save_password')}</button>
      </form>
    </Layout>,
    status,
  );
}

export function accountPages() {
  const app = new Hono<AppEnv>();

  app.get('/akun', (c) => {
    const lang = c.get('lang');
    const done =
      c.req.query('sandi') === '1'
        ? t(lang, 'officer.password_changed_your_sessions_on_other')
        : c.req.query('totp') === '1'
          ? t(lang, 'officer.two_step_verification_is_on')
          : c.req.query('totp') === '0'
            ? t(lang, 'officer.two_step_verification_is_off')
            : undefined;
    return renderAccount(c, done ? { done } : {});
  });
  app.get('/akun/sandi', (c) => renderPassword(c, {}));

  app.post('/akun/sandi', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as FormValues;
    const next = str(body.newPassword);
    if (next !== str(body.repeat)) return renderPassword(c, { repeat: t(lang, 'password_mismatch') }, 400);
    try {
      await changePassword(c.get('deps'), currentUser(c)!, str(body.currentPassword), next);
    } catch (e) {
      return renderPassword(c, fieldsOf(e, lang, 'newPassword'), 400);
    }
    return c.redirect('/petugas/akun?sandi=1', 303);
  });

  app.post('/akun/totp', async (c) => {
    await startTotpEnrolment(c.get('deps'), currentUser(c)!);
    return c.redirect('/petugas/akun#totp', 303);
  });

  app.post('/akun/totp/konfirmasi', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    try {
      await confirmTotp(c.get('deps'), currentUser(c)!, str(body.code));
    } catch (e) {
      return renderAccount(c, { totpErrors: fieldsOf(e, lang, 'code') }, 400);
    }
    return c.redirect('/petugas/akun?totp=1', 303);
  });

  app.post('/akun/totp/nonaktif', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    try {
      await disableTotp(c.get('deps'), currentUser(c)!, str(body.password), str(body.code));
    } catch (e) {
      return renderAccount(c, { totpErrors: fieldsOf(e, lang, 'code') }, 400);
    }
    return c.redirect('/petugas/akun?totp=0', 303);
  });

  app.post('/akun/keluar-semua', async (c) => {
    await logoutEverywhere(c.get('deps'), c.get('actor')!);
    clearSessionCookie(c);
    return c.redirect('/petugas/masuk', 303);
  });

  return app;
}
