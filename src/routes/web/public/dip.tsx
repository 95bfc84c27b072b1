/** @jsxImportSource hono/jsx */
/**
 * The public list of public information (Daftar Informasi Publik, DIP) at `/dip`: searchable by
 * words and category (berkala, serta-merta, setiap saat), with where to find each item. A plain
 * GET form: works without JavaScript, and a search can be bookmarked.
 */
import { Hono } from 'hono';
import { CATEGORY_LABELS, dipCategories, dipView, searchDip } from '../../../dip/dip';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { t } from '../../../i18n';

export function dipPages() {
  const app = new Hono<AppEnv>();
  app.get('/dip', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const asked = c.req.query('kategori') ?? '';
    const category = (dipCategories as readonly string[]).includes(asked) ? asked : undefined;
    const items = (await searchDip(deps.db, { q, category })).map((r) => dipView(r, lang));
    const title = t(lang, 'public.list_of_public_information');
    const searching = q !== '' || category !== undefined;
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url}>
        <h1>{title} (DIP)</h1>
        <p class="lead">{t(lang, 'public.information_we_publish_periodically_immediately')}</p>
        <form method="get" action="/dip" role="search" class="narrow-form">
          <label for="dip-q">{t(lang, 'public.search')}</label>
          <input type="search" id="dip-q" name="q" value={q} maxlength={200} />
          <label for="dip-kategori">{t(lang, 'public.category')}</label>
          <select id="dip-kategori" name="kategori">
            <option value="">{t(lang, 'public.all_categories')}</option>
            {dipCategories.map((k) => (
              <option value={k} selected={category === k}>
                {CATEGORY_LABELS[k][lang]}
              </option>
            ))}
          </select>
          <button type="submit">{t(lang, 'public.search')}</button>
        </form>
        <p>
          <a href="/api/v1/dip?format=csv" download>
            {t(lang, 'public.download_dip_csv')}
          </a>{' '}
          · <a href="/dik">{t(lang, 'public.list_of_exempt_information')}</a>
        </p>
        <h2 id="dip-results" aria-live="polite">
          {searching ? t(lang, 'public.search_results', { count: items.length }) : t(lang, 'public.items_listed', { count: items.length })}
        </h2>
        {items.length === 0 ? (
          <p>
            {t(lang, 'public.nothing_matches_you_can_file_request')} <a href="/ajukan">{t(lang, 'public.file_request')}</a>
          </p>
        ) : (
          <ul class="dip-list">
            {items.map((e) => (
              <li data-testid="dip-entry">
                <h3>
                  {e.url ? (
                    <a href={e.url} rel="noopener">
                      {e.title}
                    </a>
                  ) : (
                    e.title
                  )}
                </h3>
                <p>{e.summary}</p>
                <dl class="facts">
                  <dt>{t(lang, 'public.category')}</dt>
                  <dd>{e.categoryLabel}</dd>
                  <dt>{t(lang, 'public.held_by')}</dt>
                  <dd>{e.unit.name}</dd>
                  <dt>{t(lang, 'public.responsible_official')}</dt>
                  <dd>{e.responsible}</dd>
                  {e.produced ? (
                    <>
                      <dt>{t(lang, 'public.produced')}</dt>
                      <dd>{e.produced}</dd>
                    </>
                  ) : null}
                  <dt>{t(lang, 'public.format')}</dt>
                  <dd>{e.formatLabel}</dd>
                  {e.retention ? (
                    <>
                      <dt>{t(lang, 'public.retention')}</dt>
                      <dd>{e.retention}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Layout>,
    );
  });
  return app;
}
