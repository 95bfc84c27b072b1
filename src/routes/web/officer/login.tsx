/** @jsxImportSource hono/jsx */
/**
 * Logging in and out: `/petugas/masuk` (username and password; then, for users with two-step
 * verification, a code on `/petugas/masuk/kode`), `/petugas/keluar`. The login form carries a
 * double-submit CSRF pair (a cookie and its HMAC in the form) on top of the origin check; a
 * successful login goes back to the page that asked for it (same-site paths only).
 */
import { type Context, Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { FORM_COOKIE } from '../../../auth/csrf';
import { mustChangePassword } from '../../../auth/password-state';
import { FormToken, checkFormToken, formToken } from '../kit/form-token';
import { currentUser, sessionToken } from '../../../auth/middleware';
import { PASSWORD_PATH, safeNext } from '../kit/guard';
import { completeTotpLogin, login, logout } from '../../../auth/sessions';
import { DomainError } from '../../../cases/errors';
import { type Lang, t } from '../../../i18n';
import { clearSessionCookie, setSessionCookie } from '../../api/auth';
import { clientAddress } from '../../client';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { ErrorSummary, TextField } from '../kit/fields';
import { Notice } from '../kit/page';

const LOGIN_PATH = '/petugas/masuk';
/** The login form's token (a visitor's double-submit pair, scoped to the login pages). */
const loginCsrf = (c: Context<AppEnv>) => formToken(c, LOGIN_PATH);

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function PasswordStep({
  c,
  lang,
  next,
  username,
  error,
  notice,
}: {
  c: Context<AppEnv>;
  lang: Lang;
  next: string;
  username: string;
  error?: { field: string; message: string } | undefined;
  notice?: string | undefined;
}) {
  const errors = error ? { [error.field]: error.message } : {};
  const labels = { username: t(lang, 'officer.username'), password: t(lang, 'officer.password') };
  return (
    <Layout lang={lang} title={t(lang, 'officer.officer_login')} url={c.req.url}>
      <h1>{t(lang, 'officer.officer_login')}</h1>
      {notice ? <Notice tone="warn">{notice}</Notice> : null}
      <ErrorSummary lang={lang} errors={errors} labels={labels} title={t(lang, 'officer.could_not_log_in')} />
      <form method="post" action="/petugas/masuk" class="narrow" novalidate>
        <FormToken token={loginCsrf(c)} />
        <input type="hidden" name="next" value={next} />
        <TextField lang={lang} name="username" label={labels.username} value={username} autocomplete="username" required error={errors.username} />
        <TextField lang={lang} name="password" label={labels.password} type="password" autocomplete="current-password" required error={errors.password} />
        <button type="submit">{t(lang, 'officer.log_in')}</button>
      </form>
      <p class="hint">{t(lang, 'officer.forgot_your_password_or_lost_your')}</p>
    </Layout>
  );
}

function CodeStep({ c, lang, next, challenge, error }: { c: Context<AppEnv>; lang: Lang; next: string; challenge: string; error?: string | undefined }) {
  const errors: Record<string, string> = error ? { code: error } : {};
  const label = t(lang, 'officer.authenticator_code_6_digits');
  return (
    <Layout lang={lang} title={t(lang, 'officer.two_step_verification')} url={c.req.url}>
      <h1>{t(lang, 'officer.two_step_verification')}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={{ code: label }} />
      <form method="post" action="/petugas/masuk/kode" class="narrow" novalidate>
        <FormToken token={loginCsrf(c)} />
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="challenge" value={challenge} />
        <TextField
          lang={lang}
          name="code"
          label={label}
          hint={t(lang, 'officer.open_your_authenticator_app_and_type')}
          autocomplete="one-time-code"
          inputmode="numeric"
          maxlength={6}
          required
          error={errors.code}
        />
        <button type="submit">{t(lang, 'officer.continue')}</button>
      </form>
    </Layout>
  );
}

/** After the credentials: the session cookie, and on to the page asked for (or the password page first). */
async function signedIn(c: Context<AppEnv>, token: string, userId: string, next: string) {
  setSessionCookie(c, token);
  deleteCookie(c, FORM_COOKIE, { path: LOGIN_PATH });
  return c.redirect((await mustChangePassword(c.get('deps').db, userId)) ? PASSWORD_PATH : next, 303);
}

function failure(lang: Lang, e: unknown): { field: string; message: string } {
  if (e instanceof DomainError && (e.status === 401 || e.status === 429)) {
    return { field: e.code === 'totp_invalid' ? 'code' : 'password', message: t(lang, e.messageKey, e.params) };
  }
  throw e;
}

export function loginPages() {
  const app = new Hono<AppEnv>();

  app.get('/masuk', (c) => {
    const next = safeNext(c.req.query('next'));
    if (currentUser(c)) return c.redirect(next, 303);
    c.header('Cache-Control', 'no-store');
    return c.html(<PasswordStep c={c} lang={c.get('lang')} next={next} username="" />);
  });

  app.post('/masuk', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    checkFormToken(c, body);
    const next = safeNext(str(body.next));
    const username = str(body.username).trim();
    c.header('Cache-Control', 'no-store');
    try {
      const result = await login(c.get('deps'), username, str(body.password), { challenge: true, client: clientAddress(c) });
      if (result.kind === 'totp') return c.html(<CodeStep c={c} lang={lang} next={next} challenge={result.challenge} />);
      return await signedIn(c, result.token, result.user.id, next);
    } catch (e) {
      const error = failure(lang, e);
      return c.html(<PasswordStep c={c} lang={lang} next={next} username={username} error={error} />, e instanceof DomainError ? (e.status as 401 | 429) : 401);
    }
  });

  app.post('/masuk/kode', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    checkFormToken(c, body);
    const next = safeNext(str(body.next));
    const challenge = str(body.challenge);
    c.header('Cache-Control', 'no-store');
    try {
      const { token, user } = await completeTotpLogin(c.get('deps'), challenge, str(body.code), clientAddress(c));
      return await signedIn(c, token, user.id, next);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'login_expired') {
        return c.html(<PasswordStep c={c} lang={lang} next={next} username="" notice={t(lang, 'login_expired')} />, 401);
      }
      const error = failure(lang, e);
      if (error.field === 'password') {
        return c.html(<PasswordStep c={c} lang={lang} next={next} username="" notice={error.message} />, (e as DomainError).status as 401 | 429);
      }
      return c.html(<CodeStep c={c} lang={lang} next={next} challenge={challenge} error={error.message} />, 401);
    }
  });

  // The Layout's logout button: the origin check (hono csrf) guards it; logging someone out is the worst a forgery could do.
  app.post('/keluar', async (c) => {
    const token = sessionToken(c);
    if (token) await logout(c.get('deps'), token);
    clearSessionCookie(c);
    return c.redirect('/petugas/masuk', 303);
  });

  return app;
}
