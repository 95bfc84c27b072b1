/** @jsxImportSource hono/jsx */
/**
 * The redaction page (`/petugas/kasus/:id/berkas/:fileId/hitamkan`): every page of the file
 * rendered as a picture; the officer marks regions and gives each its Art. 17 letter. With
 * JavaScript (public/redaction.js, strict CSP: no inline script) regions are drawn on the
 * pictures with the mouse or a finger; without it, rows of numbers in points (page, x0, y0, x1,
 * y1 from the page's top left) do the same. The server removes what lies under each region
 * (src/answers/redaction.ts). Bad regions: 400 with each one's error, nothing stored.
 */
import { ErrorSummary } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { type Context, Hono } from 'hono';
import { openCaseFile, redactCaseFile } from '../../../answers/case-files';
import { asPdf, pageSizes, renderPage, type Region } from '../../../answers/redaction';
import { findCaseInScope } from '../../../cases/case.repository';
import { DomainError, notFound } from '../../../cases/errors';
import { t } from '../../../i18n';
import { exemptionLetters } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { frame } from './components';
import { letterLabel } from './labels';
import { filePath } from './released-files';

const SCALE = 1.25;
const BLANK_ROWS = 5;

async function sourcePdf(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const row = await findCaseInScope(deps.db, c.req.param('id')!, c.get('actor')!);
  const file = await openCaseFile(deps, row.id, c.req.param('fileId')!, { releasedOnly: false });
  if (!file || file.purpose !== 'answer') throw notFound();
  return { row, file, pdf: await asPdf(file.bytes, file.contentType) };
}

async function redactionPage(c: Context<AppEnv>, errors: Record<string, string> = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const { row, file, pdf } = await sourcePdf(c);
  const sizes = await pageSizes(pdf);
  const props = await frame(c, `${t(lang, 'officer.redact')} ${file.filename}`);
  const base = filePath(row.id, file.id);
  const letters = exemptionLetters.map((l) => ({ value: l, label: `${t(lang, 'officer.art_17_letter_2')} ${letterLabel(l, lang)}` }));
  return c.html(
    <Layout {...props}>
      <p>
        <a href={`/petugas/kasus/${row.id}#berkas`}>← {t(lang, 'officer.back_to_case')}</a>
      </p>
      <h1>
        {t(lang, 'officer.redact')} {file.filename}
      </h1>
      <p>{t(lang, 'officer.mark_each_exempt_part_and_choose')}</p>
      {Object.keys(errors).length > 0 ? (
        <ErrorSummary lang={lang} errors={errors} labels={Object.fromEntries(Object.keys(errors).map((k) => [k, k]))} prefix="red" />
      ) : null}
      <form method="post" action={`${base}/hitamkan`} id="redaction-form" novalidate>
        <FormToken c={c} />
        <div id="redaction-pages" data-scale={String(SCALE)}>
          {sizes.map((s, i) => (
            <figure class="redaction-page" data-page={String(i + 1)} data-width={String(s.width)} data-height={String(s.height)}>
              <img
                src={`${base}/halaman/${i + 1}`}
                alt={t(lang, 'officer.page_of', { i: i + 1, length: sizes.length })}
                width={Math.round(s.width * SCALE)}
                height={Math.round(s.height * SCALE)}
              />
              <figcaption>
                {t(lang, 'officer.page')} {i + 1} ({Math.round(s.width)} × {Math.round(s.height)} pt)
              </figcaption>
            </figure>
          ))}
        </div>
        <fieldset>
          <legend>{t(lang, 'officer.regions_to_redact_in_points_from')}</legend>
          <div class="table-scroll">
            <table id="redaction-regions">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'officer.page')}</th>
                  <th scope="col">x0</th>
                  <th scope="col">y0</th>
                  <th scope="col">x1</th>
                  <th scope="col">y1</th>
                  <th scope="col">{t(lang, 'officer.art_17_letter_3')}</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: BLANK_ROWS }, (_, i) => (
                  <tr class="region-row">
                    {(['page', 'x0', 'y0', 'x1', 'y1'] as const).map((name) => (
                      <td>
                        <input
                          type="text"
                          inputmode="decimal"
                          name={`r-${name}`}
                          size={5}
                          aria-label={`${t(lang, 'officer.region')} ${i + 1}: ${name === 'page' ? t(lang, 'officer.page_2') : name}`}
                        />
                      </td>
                    ))}
                    <td>
                      <select name="r-letter" aria-label={`${t(lang, 'officer.region')} ${i + 1}: ${t(lang, 'officer.art_17_letter_4')}`}>
                        <option value="">—</option>
                        {letters.map((l) => (
                          <option value={l.value}>{l.label}</option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </fieldset>
        <button type="submit">{t(lang, 'officer.redact_and_save_new_version')}</button>
      </form>
      <script src="/public/redaction.js" defer></script>
    </Layout>,
    status,
  );
}

/** The posted rows as regions; rows left wholly empty are skipped. */
function regionsOf(body: Record<string, string | File | Array<string | File>>): Region[] {
  const list = (name: string) => ([] as Array<string | File>).concat(body[`r-${name}`] ?? []).map((v) => (typeof v === 'string' ? v.trim() : ''));
  const pages = list('page');
  const cols = { x0: list('x0'), y0: list('y0'), x1: list('x1'), y1: list('y1'), letter: list('letter') };
  const regions: Region[] = [];
  for (let i = 0; i < pages.length; i += 1) {
    const cells = [pages[i], cols.x0[i], cols.y0[i], cols.x1[i], cols.y1[i]];
    if (cells.every((v) => !v) && !cols.letter[i]) continue;
    const n = (v: string | undefined) => (v && /^-?\d+(\.\d+)?$/.test(v.replace(',', '.')) ? Number(v.replace(',', '.')) : Number.NaN);
    regions.push({ page: n(pages[i]), rect: [n(cols.x0[i]), n(cols.y0[i]), n(cols.x1[i]), n(cols.y1[i])], letter: cols.letter[i] ?? '' });
  }
  return regions;
}

export function redactionPages() {
  const app = new Hono<AppEnv>();

  app.get('/kasus/:id/berkas/:fileId/hitamkan', (c) => redactionPage(c));

  app.get('/kasus/:id/berkas/:fileId/halaman/:page', async (c) => {
    const { pdf } = await sourcePdf(c);
    const page = Number(c.req.param('page'));
    const sizes = await pageSizes(pdf);
    if (!Number.isInteger(page) || page < 1 || page > sizes.length) throw notFound();
    const png = await renderPage(pdf, page, SCALE);
    return c.body(png as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.post('/kasus/:id/berkas/:fileId/hitamkan', async (c) => {
    const id = c.req.param('id');
    const lang = c.get('lang');
    const regions = regionsOf(await c.req.parseBody({ all: true }));
    try {
      await redactCaseFile(c.get('deps'), id, c.req.param('fileId'), c.get('actor')!, regions);
    } catch (e) {
      if (e instanceof DomainError && e.status === 400) {
        const errors = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)]));
        // A file that is not this case's has no page to show: the refusal alone.
        if (e.fields.fileId) throw e;
        return redactionPage(c, Object.keys(errors).length > 0 ? errors : { regions: t(lang, e.messageKey) }, 400);
      }
      throw e;
    }
    return c.redirect(`/petugas/kasus/${id}#berkas`, 303);
  });

  return app;
}
