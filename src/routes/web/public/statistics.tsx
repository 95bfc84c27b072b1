/** @jsxImportSource hono/jsx */
/**
 * Public statistics (statistik layanan, UU 14/2008 Art. 12): for a chosen year, the requests
 * received, the time taken to serve them, how many were granted and denied and why, per
 * unit/mission, and the totals of every year. Charts are SVG drawn on the server with their
 * numbers in a table beside them; no script. The figures come from src/reports/statistics.ts.
 * Aggregates only — no case, no person.
 */
import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Lang, MessageKey } from '../../../i18n';
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

/** A row of a figure table: its heading cell, then its figures; `testid` marks the first figure (tests read it). */
interface FigureRow {
  label: Child;
  figures: Child[];
  testid?: string;
}

/**
 * A table of figures beside (or below) its chart: a caption, the column heads (the first names the
 * rows, the others are figures, right-aligned), the rows, or `empty` across the table when there
 * are none. `id` makes the table a named region that scrolls on its own (`<id>-caption`).
 */
function FigureTable({ id, caption, head, rows, empty }: { id?: string; caption: Child; head?: Child[]; rows: FigureRow[]; empty?: Child }) {
  const region = id ? { role: 'region', 'aria-labelledby': `${id}-caption`, tabindex: 0 } : {};
  return (
    <div class="table-scroll" {...region}>
      <table>
        <caption id={id ? `${id}-caption` : undefined}>{caption}</caption>
        {head ? (
          <thead>
            <tr>
              {head.map((h, i) =>
                i === 0 ? (
                  <th scope="col">{h}</th>
                ) : (
                  <th scope="col" class="num">
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colspan={head?.length ?? 2}>{empty}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                {r.figures.map((f, i) => (
                  <td class="num" data-testid={i === 0 ? r.testid : undefined}>
                    {f}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function StatisticsPage({ lang, s, years }: { lang: Lang; s: PublicStatistics; years: number[] }) {
  const n = (x: number) => formatNumber(x, lang);
  /** A figure table's column heads. */
  const cols = (...keys: MessageKey[]) => keys.map((k) => t(lang, k));
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
        <FigureTable
          caption={t(lang, 'public.requests_received_by_month_2')}
          head={cols('public.month', 'public.count')}
          rows={months.map(([m, v]) => ({ label: monthLabel(m, lang), figures: [n(v)] }))}
        />
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
        <FigureTable
          caption={t(lang, 'public.outcomes')}
          head={cols('public.outcome', 'public.count')}
          rows={outcomes.map((o) => ({ label: outcomeLabel(o, lang), figures: [n(s.outcomes[o])], testid: `stat-outcome-${o}` }))}
        />
      </div>
      <FigureTable
        caption={t(lang, 'public.reasons_for_denial_law_14_2008')}
        head={cols('public.exemption', 'public.requests_denied')}
        rows={denied.map(([l, v]) => ({ label: exemptionLabel(l, lang), figures: [n(v)] }))}
        empty={t(lang, 'public.no_denial_this_year')}
      />

      <h2>{t(lang, 'public.time_to_serve_and_timeliness')}</h2>
      <FigureTable
        caption={t(lang, 'public.working_days_from_day_0_to')}
        rows={[
          { label: t(lang, 'public.mean'), figures: [days(s.timeToServe.mean, lang)] },
          { label: t(lang, 'public.median'), figures: [days(s.timeToServe.median, lang)] },
          { label: t(lang, 'public.90th_percentile'), figures: [days(s.timeToServe.p90, lang)] },
          { label: t(lang, 'public.longest'), figures: [days(s.timeToServe.max, lang)] },
          { label: t(lang, 'public.decided_in_time_10_working_days'), figures: [n(s.onTime)], testid: 'stat-on-time' },
          { label: t(lang, 'public.decided_after_deadline'), figures: [n(s.decided - s.onTime)], testid: 'stat-late' },
          { label: t(lang, 'public.still_being_handled_past_deadline'), figures: [n(s.pending.overdue)], testid: 'stat-overdue' },
        ]}
      />

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
      <FigureTable
        id="units"
        caption={t(lang, 'public.figures_by_receiving_unit_mission')}
        head={cols(
          'public.unit_mission',
          'public.received',
          'public.granted',
          'public.in_part',
          'public.denied',
          'public.on_time',
          'public.median_working_days',
        )}
        rows={s.units.map((u) => ({
          label: unitName(u),
          figures: [n(u.received), n(u.granted), n(u.partiallyGranted), n(u.denied), rate(u.onTimeRate, lang), days(u.medianWorkingDays, lang)],
        }))}
        empty={t(lang, 'public.no_request_yet_this_year')}
      />

      <SatisfactionFigures lang={lang} s={s.satisfaction} />

      <h2>{t(lang, 'public.year_by_year')}</h2>
      <FigureTable
        id="years"
        caption={t(lang, 'public.figures_of_every_year')}
        head={cols('public.year', 'public.received', 'public.granted_full_in_part', 'public.denied', 'public.on_time', 'public.median_working_days')}
        rows={[...s.years].reverse().map((y) => ({
          label: <a href={`/statistik?tahun=${y.year}`}>{y.year}</a>,
          figures: [
            n(y.received),
            `${n(y.outcomes.granted)} / ${n(y.outcomes.partially_granted)}`,
            n(y.outcomes.denied),
            rate(y.onTimeRate, lang),
            days(y.timeToServe.median, lang),
          ],
        }))}
      />
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
