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
import { tr } from '../lang';

export function dikPages() {
  const app = new Hono<AppEnv>();
  app.get('/dik', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const today = (await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE)).localDateOf(deps.clock());
    const entries = await dikEntries(deps.db, today, lang);
    const title = tr(lang, 'Daftar Informasi yang Dikecualikan', 'List of Exempt Information');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url}>
        <h1>{title} (DIK)</h1>
        <p class="lead">
          {tr(
            lang,
            'Informasi di bawah ini dikecualikan dari informasi publik berdasarkan uji konsekuensi (UU 14/2008 Pasal 17 dan 19). Pengecualian tidak bersifat permanen (Pasal 20): setiap baris menyebut jangka waktunya. Anda tetap dapat mengajukan permohonan; bila ditolak, Anda dapat mengajukan keberatan.',
            'The information below is exempt from disclosure on the basis of a consequence test (Law 14/2008 Art. 17 and 19). No exemption is permanent (Art. 20): each row gives its period. You may still request it; if refused, you may object.',
          )}
        </p>
        <p>
          <a href="/api/v1/dik?format=csv" download>
            {tr(lang, 'Unduh DIK (CSV)', 'Download the DIK (CSV)')}
          </a>{' '}
          · <a href="/dip">{tr(lang, 'Daftar Informasi Publik', 'List of Public Information')}</a>
        </p>
        {entries.length === 0 ? (
          <p>{tr(lang, 'Saat ini tidak ada informasi yang dikecualikan.', 'No information is exempt at present.')}</p>
        ) : (
          <div class="table-scroll" role="region" aria-labelledby="dik-caption" tabindex={0}>
            <table>
              <caption id="dik-caption" class="visually-hidden">
                {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">No</th>
                  <th scope="col">{tr(lang, 'Informasi yang dikecualikan', 'Exempt information')}</th>
                  <th scope="col">{tr(lang, 'Dasar hukum', 'Legal basis')}</th>
                  <th scope="col">{tr(lang, 'Konsekuensi bila dibuka', 'Consequence of disclosure')}</th>
                  <th scope="col">{tr(lang, 'Jangka waktu', 'Period')}</th>
                  <th scope="col">{tr(lang, 'Penetapan', 'Decision')}</th>
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
                            {tr(lang, 'sampai', 'until')} {formatDate(e.exemptUntil, lang)}
                          </span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {e.classificationNumber ?? tr(lang, 'Uji konsekuensi', 'Consequence test')}
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
