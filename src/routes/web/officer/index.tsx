/** @jsxImportSource hono/jsx */
/**
 * The officer workspace (petugas): login, the queues, case pages, walk-in entry, notifications and
 * the own account; the atasan PPID's objection pages (keberatan) under /petugas/atasan. Every page
 * but login needs a session (else: to the login page and back); every form post carries the
 * session's CSRF token; what a role may open is checked on each route, and a case outside the
 * officer's scope is a 404.
 */
import { type Context, Hono } from 'hono';
import { verifyFormToken } from '../kit/form-token';
import { LOGIN_PATH, requireSignedIn } from '../kit/guard';
import { currentUser } from '../../../auth/middleware';
import { DomainError } from '../../../cases/errors';
import { t } from '../../../i18n';
import { onError } from '../../api/errors';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { accountPages } from './account';
import { atasanPages } from './atasan';
import { casePages } from './case-page';
import { identityScanPages } from './identity-scan';
import { identityCheckPages } from './identity-check';
import { redactionPages } from './redaction';
import { releasedFilePages } from './released-files';
import { loginPages } from './login';
import { newRequestPages } from './new-request';
import { notificationPages } from './notifications';
import { queuePages } from './queue';
import { dikAdminPages } from './dik-admin';
import { dipAdminPages } from './dip-admin';

/** Paths that guard themselves: login and logout, and the atasan pages (their own gate). */
const selfGuarded = (path: string) =>
  path === LOGIN_PATH || path === `${LOGIN_PATH}/kode` || path === '/petugas/keluar' || path === '/petugas/atasan' || path.startsWith('/petugas/atasan/');

/** Refusals as pages, not JSON: not found, not allowed, session ended, a form from elsewhere. */
export function pageError(err: Error, c: Context<AppEnv>) {
  if (!(err instanceof DomainError)) return onError(err, c);
  const lang = c.get('lang');
  const titles: Record<number, string> = {
    401: t(lang, 'officer.session_ended'),
    403: t(lang, 'officer.not_allowed'),
    404: t(lang, 'officer.not_found'),
    409: t(lang, 'officer.cannot_be_done'),
  };
  const title = titles[err.status] ?? t(lang, 'officer.cannot_be_done');
  return c.html(
    <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
      <h1>{title}</h1>
      <p>{t(lang, err.messageKey, err.params)}</p>
      {err.status === 401 ? (
        <p>
          <a href={LOGIN_PATH}>{t(lang, 'officer.log_in_again')}</a>
        </p>
      ) : (
        <p>
          <a href="/petugas">{t(lang, 'officer.back_to_queue')}</a>
        </p>
      )}
    </Layout>,
    err.status,
  );
}

export function officerPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use('*', async (c, next) => {
    if (selfGuarded(c.req.path)) return next();
    return requireSignedIn(c, async () => {
      await verifyFormToken(c, next);
    });
  });
  app.route('/', loginPages());
  app.route('/atasan', atasanPages());
  app.route('/', queuePages());
  app.route('/', casePages());
  app.route('/', identityScanPages());
  app.route('/', identityCheckPages());
  app.route('/', redactionPages());
  app.route('/', releasedFilePages());
  app.route('/', newRequestPages());
  app.route('/', notificationPages());
  app.route('/', accountPages());
  app.route('/dip', dipAdminPages());
  app.route('/dik', dikAdminPages());
  return app;
}
