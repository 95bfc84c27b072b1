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
import { tr } from '../lang';
import { CsrfField, type Errors, ErrorSummary, Notice, TextInput, type Values, frame } from './components';
import { roleWord } from './labels';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A domain refusal as field errors for the form that caused it. */
function fieldsOf(e: unknown, lang: Lang, fallback: string): Errors {
  if (!(e instanceof DomainError) || (e.status !== 400 && e.status !== 409)) throw e;
  const fields = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)]));
  return Object.keys(fields).length > 0 ? fields : { [fallback]: t(lang, e.messageKey, e.params) };
}

async function renderAccount(c: Context<AppEnv>, state: { totpErrors?: Errors; done?: string } = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const user = currentUser(c)!;
  const pending = user.totpEnabled ? null : await pendingTotpSecret(c.get('deps'), user);
  const errors = state.totpErrors ?? {};
  const labels = { code: tr(lang, 'Kode autentikator', 'Authenticator code'), password: tr(lang, 'Kata sandi', 'Password') };
  const props = await frame(c, tr(lang, 'Akun saya', 'My account'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{tr(lang, 'Akun saya', 'My account')}</h1>
      {state.done ? <Notice tone="ok">{state.done}</Notice> : null}
      <dl class="facts">
        <dt>{tr(lang, 'Nama', 'Name')}</dt>
        <dd>{user.name}</dd>
        <dt>{tr(lang, 'Nama pengguna', 'Username')}</dt>
        <dd>{user.username}</dd>
        <dt>{tr(lang, 'Peran', 'Role')}</dt>
        <dd>
          {roleWord(user.role, lang)}
          {user.unit_code ? ` — ${user.unit_code}` : ''}
        </dd>
      </dl>

      <h2>{tr(lang, 'Kata sandi', 'Password')}</h2>
      <p>
        <a href="/petugas/akun/sandi">{tr(lang, 'Ganti kata sandi', 'Change the password')}</a>
      </p>

      <h2 id="totp">{tr(lang, 'Verifikasi dua langkah', 'Two-step verification')}</h2>
      <ErrorSummary lang={lang} errors={errors} labels={labels} prefix="totp" />
      {user.totpEnabled ? (
        <>
          <p>{tr(lang, 'Aktif: saat masuk, Anda diminta kode dari aplikasi autentikator.', 'On: logging in asks for a code from your authenticator app.')}</p>
          <form method="post" action="/petugas/akun/totp/nonaktif" novalidate class="narrow">
            <CsrfField c={c} />
            <TextInput
              lang={lang}
              prefix="totp"
              name="password"
              type="password"
              label={labels.password}
              autocomplete="current-password"
              required
              error={errors.password}
            />
            <TextInput
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
              {tr(lang, 'Nonaktifkan verifikasi dua langkah', 'Turn two-step verification off')}
            </button>
          </form>
        </>
      ) : pending ? (
        <>
          <p>
            {tr(
              lang,
              'Tambahkan akun ini di aplikasi autentikator (Google Authenticator, Aegis, 1Password, …) dengan kunci berikut, lalu ketik kode yang tampil.',
              'Add this account to an authenticator app (Google Authenticator, Aegis, 1Password, …) with the key below, then type the code it shows.',
            )}
          </p>
          <p>
            {tr(lang, 'Kunci', 'Key')}:{' '}
            <span class="code" id="totp-secret">
              {pending.secret.replace(/(.{4})/g, '$1 ').trim()}
            </span>
          </p>
          <p>
            <a href={pending.uri}>{tr(lang, 'Buka di aplikasi autentikator (ponsel ini)', 'Open in the authenticator app (this phone)')}</a>
          </p>
          <form method="post" action="/petugas/akun/totp/konfirmasi" novalidate class="narrow">
            <CsrfField c={c} />
            <TextInput
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
            <button type="submit">{tr(lang, 'Aktifkan', 'Turn on')}</button>
          </form>
        </>
      ) : (
        <>
          <p>
            {tr(
              lang,
              'Belum aktif. Dengan verifikasi dua langkah, kata sandi saja tidak cukup untuk masuk.',
              'Off. With two-step verification, a password alone is not enough to log in.',
            )}
          </p>
          <form method="post" action="/petugas/akun/totp">
            <CsrfField c={c} />
            <button type="submit" class="secondary">
              {tr(lang, 'Siapkan verifikasi dua langkah', 'Set up two-step verification')}
            </button>
          </form>
        </>
      )}

      <h2>{tr(lang, 'Keluar dari semua perangkat', 'Log out everywhere')}</h2>
      <p>
        {tr(
          lang,
          'Mengakhiri setiap sesi akun ini, termasuk yang ini (misalnya bila perangkat hilang).',
          'Ends every session of this account, this one included (for instance when a device is lost).',
        )}
      </p>
      <form method="post" action="/petugas/akun/keluar-semua">
        <CsrfField c={c} />
        <button type="submit" class="secondary">
          {tr(lang, 'Keluar dari semua perangkat', 'Log out everywhere')}
        </button>
      </form>
    </Layout>,
    status,
  );
}

/** Passwords are never written back into the form. */
async function renderPassword(c: Context<AppEnv>, errors: Errors, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const user = currentUser(c)!;
  const labels = {
    currentPassword: user.mustChangePassword ? tr(lang, 'Kata sandi sekali pakai', 'One-time password') : tr(lang, 'Kata sandi sekarang', 'Current password'),
    newPassword: tr(lang, 'Kata sandi baru', 'New password'),
    repeat: tr(lang, 'Ulangi kata sandi baru', 'Repeat the new password'),
  };
  const props = await frame(c, tr(lang, 'Ganti kata sandi', 'Change the password'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{tr(lang, 'Ganti kata sandi', 'Change the password')}</h1>
      {user.mustChangePassword ? <Notice tone="warn">{t(lang, 'password_change_required')}</Notice> : null}
      <ErrorSummary lang={lang} errors={errors} labels={labels} />
      <form method="post" action="/petugas/akun/sandi" novalidate class="narrow">
        <CsrfField c={c} />
        <TextInput
          lang={lang}
          name="currentPassword"
          type="password"
          label={labels.currentPassword}
          autocomplete="current-password"
          required
          error={errors.currentPassword}
        />
        <TextInput
          lang={lang}
          name="newPassword"
          type="password"
          label={labels.newPassword}
          autocomplete="new-password"
          required
          error={errors.newPassword}
          hint={tr(
            lang,
            'Minimal 10 karakter. Frasa beberapa kata mudah diingat dan sulit ditebak.',
            'At least 10 characters. A phrase of a few words is easy to remember and hard to guess.',
          )}
        />
        <TextInput lang={lang} name="repeat" type="password" label={labels.repeat} autocomplete="new-password" required error={errors.repeat} />
        <button type="submit">{tr(lang, 'Simpan kata sandi', 'Save the password')}</button>
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
        ? tr(lang, 'Kata sandi diganti; sesi Anda di perangkat lain diakhiri.', 'Password changed; your sessions on other devices were ended.')
        : c.req.query('totp') === '1'
          ? tr(lang, 'Verifikasi dua langkah aktif.', 'Two-step verification is on.')
          : c.req.query('totp') === '0'
            ? tr(lang, 'Verifikasi dua langkah dinonaktifkan.', 'Two-step verification is off.')
            : undefined;
    return renderAccount(c, done ? { done } : {});
  });
  app.get('/akun/sandi', (c) => renderPassword(c, {}));

  app.post('/akun/sandi', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as Values;
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
