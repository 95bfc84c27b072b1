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
import { tr } from '../lang';

export function dipPages() {
  const app = new Hono<AppEnv>();
  app.get('/dip', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const asked = c.req.query('kategori') ?? '';
    const category = (dipCategories as readonly string[]).includes(asked) ? asked : undefined;
    const items = (await searchDip(deps.db, { q, category })).map((r) => dipView(r, lang));
    const title = tr(lang, 'Daftar Informasi Publik', 'List of Public Information');
    const searching = q !== '' || category !== undefined;
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url}>
        <h1>{title} (DIP)</h1>
        <p class="lead">
          {tr(
            lang,
            'Informasi yang kami umumkan secara berkala, serta-merta, atau yang tersedia setiap saat (UU 14/2008 Pasal 9–11). Bila informasi yang Anda cari sudah ada di sini, Anda dapat langsung memperolehnya tanpa mengajukan permohonan.',
            'Information we publish periodically, immediately, or keep available at all times (Law 14/2008 Art. 9–11). If what you are looking for is listed here, you can get it straight away without filing a request.',
          )}
        </p>
        <form method="get" action="/dip" role="search" class="narrow-form">
          <label for="dip-q">{tr(lang, 'Cari', 'Search')}</label>
          <input type="search" id="dip-q" name="q" value={q} maxlength={200} />
          <label for="dip-kategori">{tr(lang, 'Kategori', 'Category')}</label>
          <select id="dip-kategori" name="kategori">
            <option value="">{tr(lang, 'Semua kategori', 'All categories')}</option>
            {dipCategories.map((k) => (
              <option value={k} selected={category === k}>
                {CATEGORY_LABELS[k][lang]}
              </option>
            ))}
          </select>
          <button type="submit">{tr(lang, 'Cari', 'Search')}</button>
        </form>
        <p>
          <a href="/api/v1/dip?format=csv" download>
            {tr(lang, 'Unduh DIP (CSV)', 'Download the DIP (CSV)')}
          </a>{' '}
          · <a href="/dik">{tr(lang, 'Daftar Informasi yang Dikecualikan', 'List of Exempt Information')}</a>
        </p>
        <h2 id="dip-results" aria-live="polite">
          {searching
            ? tr(lang, `${items.length} hasil`, `${items.length} ${items.length === 1 ? 'result' : 'results'}`)
            : tr(lang, `${items.length} informasi`, `${items.length} ${items.length === 1 ? 'item' : 'items'}`)}
        </h2>
        {items.length === 0 ? (
          <p>
            {tr(
              lang,
              'Tidak ada informasi yang cocok. Anda dapat mengajukan permohonan informasi.',
              'Nothing matches. You can file a request for information.',
            )}{' '}
            <a href="/ajukan">{tr(lang, 'Ajukan permohonan', 'File a request')}</a>
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
                  <dt>{tr(lang, 'Kategori', 'Category')}</dt>
                  <dd>{e.categoryLabel}</dd>
                  <dt>{tr(lang, 'Penguasa informasi', 'Held by')}</dt>
                  <dd>{e.unit.name}</dd>
                  <dt>{tr(lang, 'Penanggung jawab', 'Responsible official')}</dt>
                  <dd>{e.responsible}</dd>
                  {e.produced ? (
                    <>
                      <dt>{tr(lang, 'Waktu dan tempat pembuatan', 'Produced')}</dt>
                      <dd>{e.produced}</dd>
                    </>
                  ) : null}
                  <dt>{tr(lang, 'Bentuk', 'Format')}</dt>
                  <dd>{e.formatLabel}</dd>
                  {e.retention ? (
                    <>
                      <dt>{tr(lang, 'Jangka waktu penyimpanan', 'Retention')}</dt>
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
