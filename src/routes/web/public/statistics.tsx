/** @jsxImportSource hono/jsx */
/**
 * Public statistics (statistik layanan, UU 14/2008 Art. 12): for a chosen year, the requests
 * received, the time taken to serve them, how many were granted and denied and why, per
 * unit/mission, and the totals of every year. Charts are SVG drawn on the server with their
 * numbers in a table beside them; no script. The figures come from src/reports/statistics.ts.
 * Aggregates only — no case, no person.
 */
import { Hono } from 'hono';
import type { Lang } from '../../../i18n';
import { outcomeLabel } from '../../../i18n/status';
import { exemptionLabel, monthLabel } from '../../../reports/labels';
import { OUTCOME_COLOURS } from '../../../reports/report-pdf';
import { type PublicStatistics, publicStatistics, statisticsYears } from '../../../reports/statistics';
import { BarList, ColumnChart } from '../../../reports/svg-charts';
import { outcomes } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { formatNumber, formatPercent } from './format';
import { t } from '../../../i18n';
import { GRADE_WORDS } from '../../../survey/survey';

const rate = (r: number | null, lang: Lang) => (r === null ? '—' : formatPercent(Math.round(r * 1000), 1000, lang));
const days = (n: number | null, lang: Lang) =>
  n === null ? '—' : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

/** The satisfaction survey's index (IKM) of the year, once enough answers keep them anonymous. */
function SatisfactionFigures({ lang, s }: { lang: Lang; s: PublicStatistics['satisfaction'] }) {
  const dec = (x: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  return (
    <section aria-labelledby="satisfaction-heading" data-testid="satisfaction">
      <h2 id="satisfaction-heading">{t(lang, 'survey.community_satisfaction_index')}</h2>
      <p class="hint">{t(lang, 'survey.index_explained')}</p>
      {s.index !== null && s.grade ? (
        <dl class="facts">
          <dt>{t(lang, 'survey.index')}</dt>
          <dd>{dec(s.index)}</dd>
          <dt>{t(lang, 'survey.quality')}</dt>
          <dd>{t(lang, GRADE_WORDS[s.grade])}</dd>
          <dt>{t(lang, 'survey.answers')}</dt>
          <dd>{formatNumber(s.responses, lang)}</dd>
        </dl>
      ) : (
        <p>{s.responses === 0 ? t(lang, 'survey.no_answers_yet') : t(lang, 'survey.too_few_answers_to_publish', { min: s.minResponses })}</p>
      )}
    </section>
  );
}

function StatisticsPage({ lang, s, years }: { lang: Lang; s: PublicStatistics; years: number[] }) {
  const n = (x: number) => formatNumber(x, lang);
  const months = Object.entries(s.byMonth).sort(([a], [b]) => a.localeCompare(b));
  const denied = Object.entries(s.deniedByExemption).filter(([, v]) => v > 0);
  const unitName = (u: { nameId: string; nameEn: string }) => (lang === 'id' ? u.nameId : u.nameEn);
  const topUnits = s.units.filter((u) => u.decided > 0).slice(0, 10);
  return (
    <>
      <h1>{t(lang, 'public.information_service_statistics', { year: s.year })}</h1>
      <p class="lead">{t(lang, 'public.figures_law_requires_each_year_law')}</p>
      <nav aria-label={t(lang, 'public.choose_year')} class="year-nav">
        <ul class="tabs">
          {years.map((y) => (
            <li>
              <a href={`/statistik?tahun=${y}`} aria-current={y === s.year ? 'page' : undefined}>
                {y}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="stat-grid">
        <div class="stat">
          <span class="stat-value" data-testid="stat-received">
            {n(s.received)}
          </span>
          <span class="stat-label">{t(lang, 'public.requests_received')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="stat-decided">
            {n(s.decided)}
          </span>
          <span class="stat-label">{t(lang, 'public.decided')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{rate(s.onTimeRate, lang)}</span>
          <span class="stat-label">{t(lang, 'public.decided_on_time')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{days(s.timeToServe.median, lang)}</span>
          <span class="stat-label">{t(lang, 'public.working_days_to_decision_median')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="stat-open">
            {n(s.pending.open)}
          </span>
          <span class="stat-label">{t(lang, 'public.still_being_handled')}</span>
        </div>
      </div>

      <h2>{t(lang, 'public.requests_by_month')}</h2>
      <div class="side-by-side">
        <ColumnChart
          id="chart-months"
          title={t(lang, 'public.requests_received_by_month', { year: s.year })}
          desc={months.map(([m, v]) => `${monthLabel(m, lang)}: ${v}`).join('; ')}
          bars={months.map(([m, v]) => ({ label: monthLabel(m, lang, true), value: v }))}
          format={n}
        />
        <div class="table-scroll">
          <table>
            <caption>{t(lang, 'public.requests_received_by_month_2')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'public.month')}</th>
                <th scope="col" class="num">
                  {t(lang, 'public.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map(([m, v]) => (
                <tr>
                  <th scope="row">{monthLabel(m, lang)}</th>
                  <td class="num">{n(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h2>{t(lang, 'public.outcomes_and_reasons_for_denial')}</h2>
      <div class="side-by-side">
        <BarList
          id="chart-outcomes"
          title={t(lang, 'public.outcomes_of_requests', { year: s.year })}
          desc={outcomes.map((o) => `${outcomeLabel(o, lang)}: ${s.outcomes[o]}`).join('; ')}
          bars={outcomes.map((o) => ({
            label: outcomeLabel(o, lang),
            value: s.outcomes[o],
            text: `${n(s.outcomes[o])} (${formatPercent(s.outcomes[o], s.decided, lang)})`,
            colour: OUTCOME_COLOURS[o],
          }))}
          max={Math.max(1, ...outcomes.map((o) => s.outcomes[o]))}
        />
        <div class="table-scroll">
          <table>
            <caption>{t(lang, 'public.outcomes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'public.outcome')}</th>
                <th scope="col" class="num">
                  {t(lang, 'public.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => (
                <tr>
                  <th scope="row">{outcomeLabel(o, lang)}</th>
                  <td class="num" data-testid={`stat-outcome-${o}`}>
                    {n(s.outcomes[o])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'public.reasons_for_denial_law_14_2008')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'public.exemption')}</th>
              <th scope="col" class="num">
                {t(lang, 'public.requests_denied')}
              </th>
            </tr>
          </thead>
          <tbody>
            {denied.length === 0 ? (
              <tr>
                <td colspan={2}>{t(lang, 'public.no_denial_this_year')}</td>
              </tr>
            ) : (
              denied.map(([l, v]) => (
                <tr>
                  <th scope="row">{exemptionLabel(l, lang)}</th>
                  <td class="num">{n(v)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <h2>{t(lang, 'public.time_to_serve_and_timeliness')}</h2>
      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'public.working_days_from_day_0_to')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t(lang, 'public.mean')}</th>
              <td class="num">{days(s.timeToServe.mean, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'public.median')}</th>
              <td class="num">{days(s.timeToServe.median, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'public.90th_percentile')}</th>
              <td class="num">{days(s.timeToServe.p90, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'public.longest')}</th>
              <td class="num">{days(s.timeToServe.max, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'public.decided_in_time_10_working_days')}</th>
              <td class="num" data-testid="stat-on-time">
                {n(s.onTime)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'public.decided_after_deadline')}</th>
              <td class="num" data-testid="stat-late">
                {n(s.decided - s.onTime)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t(lang, 'public.still_being_handled_past_deadline')}</th>
              <td class="num" data-testid="stat-overdue">
                {n(s.pending.overdue)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>{t(lang, 'public.by_unit_and_mission')}</h2>
      {topUnits.length > 0 ? (
        <BarList
          id="chart-units"
          title={t(lang, 'public.on_time_rate_by_unit_mission')}
          desc={topUnits.map((u) => `${unitName(u)}: ${rate(u.onTimeRate, lang)}`).join('; ')}
          bars={topUnits.map((u) => ({ label: unitName(u), value: u.onTimeRate ?? 0, text: `${rate(u.onTimeRate, lang)} (${n(u.onTime)}/${n(u.decided)})` }))}
          max={1}
          width={960}
        />
      ) : null}
      <div class="table-scroll" role="region" aria-labelledby="units-caption" tabindex={0}>
        <table>
          <caption id="units-caption">{t(lang, 'public.figures_by_receiving_unit_mission')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'public.unit_mission')}</th>
              <th scope="col" class="num">
                {t(lang, 'public.received')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.granted')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.in_part')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.denied')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.on_time')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.median_working_days')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.units.length === 0 ? (
              <tr>
                <td colspan={7}>{t(lang, 'public.no_request_yet_this_year')}</td>
              </tr>
            ) : (
              s.units.map((u) => (
                <tr>
                  <th scope="row">{unitName(u)}</th>
                  <td class="num">{n(u.received)}</td>
                  <td class="num">{n(u.granted)}</td>
                  <td class="num">{n(u.partiallyGranted)}</td>
                  <td class="num">{n(u.denied)}</td>
                  <td class="num">{rate(u.onTimeRate, lang)}</td>
                  <td class="num">{days(u.medianWorkingDays, lang)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <SatisfactionFigures lang={lang} s={s.satisfaction} />

      <h2>{t(lang, 'public.year_by_year')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex={0}>
        <table>
          <caption id="years-caption">{t(lang, 'public.figures_of_every_year')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'public.year')}</th>
              <th scope="col" class="num">
                {t(lang, 'public.received')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.granted_full_in_part')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.denied')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.on_time')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'public.median_working_days')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...s.years].reverse().map((y) => (
              <tr>
                <th scope="row">
                  <a href={`/statistik?tahun=${y.year}`}>{y.year}</a>
                </th>
                <td class="num">{n(y.received)}</td>
                <td class="num">{`${n(y.outcomes.granted)} / ${n(y.outcomes.partially_granted)}`}</td>
                <td class="num">{n(y.outcomes.denied)}</td>
                <td class="num">{rate(y.onTimeRate, lang)}</td>
                <td class="num">{days(y.timeToServe.median, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {t(lang, 'public.machine_readable')}
        <a href={`/api/v1/statistics?year=${s.year}`}>JSON</a>
      </p>
    </>
  );
}

export function statisticsPages() {
  const app = new Hono<AppEnv>();
  app.get('/statistik', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const years = await statisticsYears(deps);
    const asked = Number(c.req.query('tahun'));
    const year = years.includes(asked) ? asked : years.at(-1)!;
    return c.html(
      <Layout lang={lang} title={t(lang, 'public.service_statistics')} url={c.req.url}>
        <StatisticsPage lang={lang} s={await publicStatistics(deps, year)} years={years} />
      </Layout>,
    );
  });
  return app;
}
