/** @jsxImportSource hono/jsx */
/**
 * The report pages of the auditor's workspace (mounted at /auditor/laporan): pick a year, the
 * whole year or a semester, the body or one unit/mission; see the main figures; download the
 * report as JSON, CSV or PDF in one click. The PPID Utama and administrators also write the
 * report's narrative sections for a year (/auditor/laporan/narasi).
 */
import { SelectField, TextField } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { Notice } from '../kit/page';
import { Hono } from 'hono';
import { currentUser } from '../../../auth/middleware';
import { DomainError } from '../../../cases/errors';
import { type Lang, t } from '../../../i18n';
import { NARRATIVE_SECTIONS, NARRATIVE_TITLES, type Narrative, narrativeSchema, readNarrative, saveNarrative } from '../../../reports/narratives';
import { halfLabel } from '../../../reports/labels';
import { type ServiceReport, buildServiceReport, checkReportQuery, reportYears } from '../../../reports/service-report';
import { BarList } from '../../../reports/svg-charts';
import { OUTCOME_COLOURS } from '../../../reports/report-pdf';
import { outcomeLabel } from '../../../i18n/status';
import { outcomes } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { frame } from '../officer/components';
import { unitOptions } from '../officer/units';
import { pageError } from '../officer';
import { formatNumber, formatPercent } from '../public/format';

interface Choice {
  year: number;
  half: 1 | 2 | undefined;
  unit: string | undefined;
}

const apiUrl = (c: Choice, format: 'json' | 'csv' | 'pdf') => {
  const params = new URLSearchParams({ year: String(c.year) });
  if (c.half) params.set('half', String(c.half));
  if (c.unit) params.set('unit', c.unit);
  params.set('format', format);
  return `/api/v1/reports/${c.half ? 'semester' : 'annual'}?${params.toString()}`;
};

function ReportPage(p: {
  lang: Lang;
  choice: Choice;
  years: number[];
  units: Awaited<ReturnType<typeof unitOptions>>;
  report: ServiceReport;
  mayWrite: boolean;
  saved: boolean;
}) {
  const { lang, choice, report: r } = p;
  const n = (x: number) => formatNumber(x, lang);
  const pct = (a: number, b: number) => formatPercent(a, b, lang);
  const w = r.timeToServe.workingDays;
  const days = (x: number | null) => (x === null ? '—' : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(x));
  const written = NARRATIVE_SECTIONS.filter((s) => r.narrative[s].trim() !== '').length;
  return (
    <>
      <p>
        <a href="/auditor">{t(lang, 'auditor.auditor_workspace_2')}</a>
      </p>
      <h1>{t(lang, 'auditor.public_information_service_report')}</h1>
      {p.saved ? <Notice tone="ok">{t(lang, 'auditor.report_narrative_was_saved', { year: choice.year })}</Notice> : null}
      <form method="get" action="/auditor/laporan" class="filters">
        <div class="filter-grid">
          <SelectField
            lang={lang}
            name="tahun"
            label={t(lang, 'auditor.year')}
            value={String(choice.year)}
            options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <SelectField
            lang={lang}
            name="semester"
            label={t(lang, 'auditor.period_2')}
            value={choice.half ? String(choice.half) : ''}
            options={[
              { value: '', label: t(lang, 'auditor.whole_year_annual_report') },
              { value: '1', label: `${halfLabel(1, lang)} (${t(lang, 'auditor.january_june')})` },
              { value: '2', label: `${halfLabel(2, lang)} (${t(lang, 'auditor.july_december')})` },
            ]}
          />
          <SelectField
            lang={lang}
            name="unit"
            label={t(lang, 'auditor.unit_or_mission')}
            value={choice.unit ?? ''}
            empty={t(lang, 'auditor.whole_public_body')}
            options={p.units}
          />
        </div>
        <button type="submit">{t(lang, 'auditor.show')}</button>
      </form>

      <h2>{t(lang, 'auditor.download_report')}</h2>
      <ul class="tabs" aria-label={t(lang, 'auditor.download_formats')}>
        <li>
          <a href={apiUrl(choice, 'pdf')} download>
            PDF
          </a>
        </li>
        <li>
          <a href={apiUrl(choice, 'csv')} download>
            CSV
          </a>
        </li>
        <li>
          <a href={apiUrl(choice, 'json')} download>
            JSON
          </a>
        </li>
      </ul>
      <p class="hint">{t(lang, 'auditor.json_names_for_each_figure_register')}</p>

      <h2>{t(lang, 'auditor.main_figures', { from: r.period.from, to: r.period.to })}</h2>
      <div class="stat-grid">
        <div class="stat">
          <span class="stat-value" data-testid="report-received">
            {n(r.requests.received)}
          </span>
          <span class="stat-label">{t(lang, 'auditor.requests_received')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{n(r.outcomes.decided)}</span>
          <span class="stat-label">{t(lang, 'auditor.decided')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{pct(r.onTime.onTime, r.onTime.decided)}</span>
          <span class="stat-label">{t(lang, 'auditor.on_time')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{n(r.pending.open)}</span>
          <span class="stat-label">{t(lang, 'auditor.not_yet_decided')}</span>
        </div>
      </div>
      <div class="side-by-side">
        <BarList
          id="report-outcomes"
          title={t(lang, 'auditor.outcomes_of_requests')}
          desc={outcomes.map((o) => `${outcomeLabel(o, lang)}: ${r.outcomes[o]}`).join('; ')}
          bars={outcomes.map((o) => ({ label: outcomeLabel(o, lang), value: r.outcomes[o], text: n(r.outcomes[o]), colour: OUTCOME_COLOURS[o] }))}
          max={Math.max(1, ...outcomes.map((o) => r.outcomes[o]))}
        />
        <div class="table-scroll">
          <table>
            <caption>{t(lang, 'auditor.outcomes_time_to_serve_objections_and')}</caption>
            <tbody>
              {outcomes.map((o) => (
                <tr>
                  <th scope="row">{outcomeLabel(o, lang)}</th>
                  <td class="num">{n(r.outcomes[o])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t(lang, 'auditor.working_days_mean_median_p90_longest')}</th>
                <td class="num">{`${days(w.mean)} / ${days(w.median)} / ${days(w.p90)} / ${days(w.max)}`}</td>
              </tr>
              <tr>
                <th scope="row">{t(lang, 'auditor.extensions_used')}</th>
                <td class="num">{n(r.extensions)}</td>
              </tr>
              <tr>
                <th scope="row">{t(lang, 'auditor.objections_received')}</th>
                <td class="num">{n(r.objections.received)}</td>
              </tr>
              <tr>
                <th scope="row">{t(lang, 'auditor.disputes_filed_at_commission')}</th>
                <td class="num">{n(r.disputes.filed)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>

      <h2>{t(lang, 'auditor.report_narrative')}</h2>
      <p>
        {t(lang, 'auditor.of_narrative_sections_of_are_written', { written, length: NARRATIVE_SECTIONS.length, year: choice.year })}
        {p.mayWrite ? (
          <>
            {' '}
            <a href={`/auditor/laporan/narasi?tahun=${choice.year}`}>{t(lang, 'auditor.write_or_edit_narrative')}</a>
          </>
        ) : null}
      </p>
    </>
  );
}

function NarrativePage({ lang, year, narrative, csrf }: { lang: Lang; year: number; narrative: Narrative; csrf: unknown }) {
  return (
    <>
      <p>
        <a href={`/auditor/laporan?tahun=${year}`}>{t(lang, 'auditor.report')}</a>
      </p>
      <h1>{t(lang, 'auditor.service_report_narrative', { year })}</h1>
      <p class="lead">{t(lang, 'auditor.sections_officer_writes_perki_1_2021')}</p>
      <form method="post" action={`/auditor/laporan/narasi?tahun=${year}`}>
        {csrf}
        {NARRATIVE_SECTIONS.map((s) => (
          <TextField lang={lang} name={s} label={NARRATIVE_TITLES[s][lang]} value={narrative[s]} multiline maxlength={20000} />
        ))}
        <button type="submit">{t(lang, 'auditor.save_narrative')}</button>
      </form>
    </>
  );
}

const yearOf = (raw: string | undefined, years: { first: number; current: number }) => {
  const y = Number(raw);
  return raw && Number.isInteger(y) ? y : years.current;
};

export function reportPages() {
  const app = new Hono<AppEnv>();
  // A bad year or unit: a page that names what is wrong, with the way back.
  app.onError(async (err, c) => {
    if (!(err instanceof DomainError) || err.status !== 400) return pageError(err, c);
    const lang = c.get('lang');
    const title = t(lang, 'auditor.invalid_report_choice');
    return c.html(
      <Layout {...(await frame(c, title))}>
        <h1>{title}</h1>
        <ul>
          {Object.entries(err.fields).map(([field, key]) => (
            <li>
              {field}: {t(lang, key, err.params)}
            </li>
          ))}
        </ul>
        <p>
          <a href="/auditor/laporan">{t(lang, 'auditor.back_to_report')}</a>
        </p>
      </Layout>,
      400,
    );
  });

  app.get('/', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const range = await reportYears(deps);
    const half = c.req.query('semester');
    const unit = c.req.query('unit');
    const choice: Choice = {
      year: yearOf(c.req.query('tahun'), range),
      half: half === '1' ? 1 : half === '2' ? 2 : undefined,
      unit: unit ? unit : undefined,
    };
    await checkReportQuery(deps, choice);
    const report = await buildServiceReport(deps, choice);
    const years: number[] = [];
    for (let y = range.current; y >= range.first; y--) years.push(y);
    const role = c.get('actor')!.role;
    return c.html(
      <Layout {...(await frame(c, t(lang, 'auditor.public_information_service_report')))}>
        <ReportPage
          lang={lang}
          choice={choice}
          years={years}
          units={await unitOptions(deps, lang)}
          report={report}
          mayWrite={role === 'ppid_utama' || role === 'admin'}
          saved={c.req.query('disimpan') === '1'}
        />
      </Layout>,
    );
  });

  app.use('/narasi', requirePageRole('ppid_utama', 'admin'));
  app.get('/narasi', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const year = yearOf(c.req.query('tahun'), await reportYears(deps));
    await checkReportQuery(deps, { year });
    return c.html(
      <Layout {...(await frame(c, t(lang, 'auditor.report_narrative')))}>
        <NarrativePage lang={lang} year={year} narrative={await readNarrative(deps.db, year)} csrf={<FormToken c={c} />} />
      </Layout>,
    );
  });

  app.post('/narasi', async (c) => {
    const deps = c.get('deps');
    const year = yearOf(c.req.query('tahun'), await reportYears(deps));
    await checkReportQuery(deps, { year });
    const form = await c.req.parseBody();
    const parsed = narrativeSchema.safeParse(Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, typeof form[s] === 'string' ? form[s] : ''])));
    if (!parsed.success) {
      const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), 'too_long' as const]));
      throw new DomainError(400, 'invalid_input', 'invalid_input', { max: 20000 }, fields);
    }
    const user = currentUser(c)!;
    await saveNarrative(deps, year, parsed.data, c.get('actor') ?? { kind: 'user', id: user.id, role: 'ppid_utama', unit: null });
    return c.redirect(`/auditor/laporan?tahun=${year}&disimpan=1`, 303);
  });

  return app;
}
