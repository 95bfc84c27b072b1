/** @jsxImportSource hono/jsx */
/**
 * What a person sees when a page cannot be served: the site's own page, in their language, with
 * what went wrong and where to go next — never a bare JSON body or plain text. The API answers the
 * same errors as JSON (src/routes/api/errors.ts); this is their face on the pages.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Lang } from '../../i18n';
import { currentUser } from '../../auth/middleware';
import type { AppEnv } from '../env';
import { Layout } from './layout';
import { pageLangOf } from './lang';
import { renderFilingFormTooLarge } from './public/filing';
import { t } from '../../i18n';

/** The error pages' headings by status. */
const titles = (lang: Lang): Record<number, string> => ({
  400: t(lang, 'common.request_could_not_be_processed'),
  401: t(lang, 'common.your_session_has_ended'),
  403: t(lang, 'common.not_allowed'),
  404: t(lang, 'common.page_not_found'),
  409: t(lang, 'common.not_possible_now'),
  413: t(lang, 'common.file_or_form_is_too_large'),
  415: t(lang, 'common.unsupported_content_type'),
  429: t(lang, 'common.too_many_requests'),
  500: t(lang, 'common.something_went_wrong'),
});

const title = (lang: Lang, status: number) => {
  const byStatus = titles(lang);
  return byStatus[status] ?? byStatus[500]!;
};

/**
 * Forms that answer a body refused as too large (413, before any route read it) by showing
 * themselves again with the error beside the file field, rather than an error page.
 */
const OVERSIZED_FORM_PAGES: Record<string, (c: Context<AppEnv>) => Response | Promise<Response>> = {
  '/ajukan': renderFilingFormTooLarge,
};

/** The error as a page: `message` is already in the page's language. */
export function errorPage(c: Context<AppEnv>, status: ContentfulStatusCode, message: string) {
  const form = status === 413 && c.req.method === 'POST' ? OVERSIZED_FORM_PAGES[c.req.path] : undefined;
  if (form) return form(c);
  const lang = pageLangOf(c);
  const path = new URL(c.req.url).pathname;
  // After a refused post, the way back is the form itself; after a refused page, the home page.
  const back = c.req.method === 'GET' ? null : path;
  const user = currentUser(c);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout lang={lang} title={title(lang, status)} url={c.req.url} user={user}>
      <h1>{title(lang, status)}</h1>
      <p role="alert">{message}</p>
      <ul class="error-links">
        {back && (
          <li>
            <a href={back}>{t(lang, 'common.back_to_form')}</a>
          </li>
        )}
        {status === 401 && (
          <li>
            <a href={`/petugas/masuk?next=${encodeURIComponent(path)}`}>{t(lang, 'common.log_in_again')}</a>
          </li>
        )}
        <li>
          <a href={user ? '/petugas' : '/'}>{user ? t(lang, 'common.to_queue') : t(lang, 'common.to_home_page')}</a>
        </li>
      </ul>
    </Layout>,
    status,
  );
}
