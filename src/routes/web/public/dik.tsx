/** @jsxImportSource hono/jsx */
/**
 * The public list of exempt information (Daftar Informasi yang Dikecualikan, DIK) at `/dik`:
 * what the body withholds, on which legal basis (UU 14/2008 Art. 17), the consequence of opening
 * it, for how long and by whose decision — built from the consequence tests in force, never their
 * confidential content. Downloadable as CSV.
 */
import { Hono } from 'hono';
import { NATIONAL_CALENDAR_CODE } from '../../../calendar/national';
import { formatDate } from '../../../calendar/describe';
import { dikEntries } from '../../../exemptions/dik';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { t } from '../../../i18n';

export function dikPages() {
  const app = new Hono<AppEnv>();
  app.get('/dik', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const today = (await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE)).localDateOf(deps.clock());
    const entries = await dikEntries(deps.db, today, lang);
    const title = t(lang, 'public.list_of_exempt_information');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url}>
        <h1>{title} (DIK)</h1>
        <p class="lead">{t(lang, 'public.information_below_is_exempt_from_disclosure')}</p>
        <p>
          <a href="/api/v1/dik?format=csv" download>
            {t(lang, 'public.download_dik_csv')}
          </a>{' '}
          · <a href="/dip">{t(lang, 'public.list_of_public_information')}</a>
        </p>
        {entries.length === 0 ? (
          <p>{t(lang, 'public.no_information_is_exempt_at_present')}</p>
        ) : (
          <div class="table-scroll" role="region" aria-labelledby="dik-caption" tabindex={0}>
            <table>
              <caption id="dik-caption" class="visually-hidden">
                {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">No</th>
                  <th scope="col">{t(lang, 'public.exempt_information')}</th>
                  <th scope="col">{t(lang, 'public.legal_basis')}</th>
                  <th scope="col">{t(lang, 'public.consequence_of_disclosure')}</th>
                  <th scope="col">{t(lang, 'public.period')}</th>
                  <th scope="col">{t(lang, 'public.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr>
                    <td>{e.no}</td>
                    <td>
                      {e.information}
                      <br />
                      <span class="hint">{e.unit.name}</span>
                    </td>
                    <td>{e.legalBasis}</td>
                    <td>{e.consequence ?? '—'}</td>
                    <td>
                      {e.period ?? '—'}
                      {e.exemptUntil ? (
                        <>
                          <br />
                          <span class="hint">
                            {t(lang, 'public.until')} {formatDate(e.exemptUntil, lang)}
                          </span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {e.classificationNumber ?? t(lang, 'public.consequence_test')}
                      <br />
                      <span class="hint">
                        {formatDate(e.classificationDate ?? e.decidedOn, lang)}
                        {e.decidedBy ? `, ${e.decidedBy}` : ''}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Layout>,
    );
  });
  return app;
}
