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
import { tr } from '../lang';
import { formatNumber, formatPercent } from './format';

const rate = (r: number | null, lang: Lang) => (r === null ? '—' : formatPercent(Math.round(r * 1000), 1000, lang));
const days = (n: number | null, lang: Lang) =>
  n === null ? '—' : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

function StatisticsPage({ lang, s, years }: { lang: Lang; s: PublicStatistics; years: number[] }) {
  const n = (x: number) => formatNumber(x, lang);
  const months = Object.entries(s.byMonth).sort(([a], [b]) => a.localeCompare(b));
  const denied = Object.entries(s.deniedByExemption).filter(([, v]) => v > 0);
  const unitName = (u: { nameId: string; nameEn: string }) => (lang === 'id' ? u.nameId : u.nameEn);
  const topUnits = s.units.filter((u) => u.decided > 0).slice(0, 10);
  return (
    <>
      <h1>{tr(lang, `Statistik layanan informasi ${s.year}`, `Information service statistics ${s.year}`)}</h1>
      <p class="lead">
        {tr(
          lang,
          'Angka yang wajib diumumkan setiap tahun (UU 14/2008 Pasal 12): jumlah permohonan, waktu pemenuhan, jumlah yang dikabulkan dan ditolak, serta alasan penolakan — untuk Kementerian dan setiap unit/perwakilan. Permohonan dihitung pada tahun diterimanya. Tidak memuat data pribadi.',
          'The figures the law requires each year (Law 14/2008 Art. 12): requests received, the time taken to serve them, how many were granted and denied, and the reasons for denial — for the Ministry and each unit/mission. A request counts in the year it was received. No personal data.',
        )}
      </p>
      <nav aria-label={tr(lang, 'Pilih tahun', 'Choose a year')} class="year-nav">
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
          <span class="stat-label">{tr(lang, 'permohonan diterima', 'requests received')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="stat-decided">
            {n(s.decided)}
          </span>
          <span class="stat-label">{tr(lang, 'sudah diputus', 'decided')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{rate(s.onTimeRate, lang)}</span>
          <span class="stat-label">{tr(lang, 'diputus tepat waktu', 'decided on time')}</span>
        </div>
        <div class="stat">
          <span class="stat-value">{days(s.timeToServe.median, lang)}</span>
          <span class="stat-label">{tr(lang, 'hari kerja (median) sampai diputus', 'working days to a decision (median)')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="stat-open">
            {n(s.pending.open)}
          </span>
          <span class="stat-label">{tr(lang, 'masih diproses', 'still being handled')}</span>
        </div>
      </div>

      <h2>{tr(lang, 'Permohonan per bulan', 'Requests by month')}</h2>
      <div class="side-by-side">
        <ColumnChart
          id="chart-months"
          title={tr(lang, `Permohonan diterima per bulan, ${s.year}`, `Requests received by month, ${s.year}`)}
          desc={months.map(([m, v]) => `${monthLabel(m, lang)}: ${v}`).join('; ')}
          bars={months.map(([m, v]) => ({ label: monthLabel(m, lang, true), value: v }))}
          format={n}
        />
        <div class="table-scroll">
          <table>
            <caption>{tr(lang, 'Permohonan diterima per bulan', 'Requests received by month')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr(lang, 'Bulan', 'Month')}</th>
                <th scope="col" class="num">
                  {tr(lang, 'Jumlah', 'Count')}
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

      <h2>{tr(lang, 'Putusan dan alasan penolakan', 'Outcomes and reasons for denial')}</h2>
      <div class="side-by-side">
        <BarList
          id="chart-outcomes"
          title={tr(lang, `Putusan atas permohonan ${s.year}`, `Outcomes of the ${s.year} requests`)}
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
            <caption>{tr(lang, 'Putusan', 'Outcomes')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr(lang, 'Putusan', 'Outcome')}</th>
                <th scope="col" class="num">
                  {tr(lang, 'Jumlah', 'Count')}
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
          <caption>{tr(lang, 'Alasan penolakan (UU 14/2008 Pasal 17)', 'Reasons for denial (Law 14/2008 Art. 17)')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(lang, 'Pengecualian', 'Exemption')}</th>
              <th scope="col" class="num">
                {tr(lang, 'Permohonan ditolak', 'Requests denied')}
              </th>
            </tr>
          </thead>
          <tbody>
            {denied.length === 0 ? (
              <tr>
                <td colspan={2}>{tr(lang, 'Tidak ada penolakan tahun ini.', 'No denial this year.')}</td>
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

      <h2>{tr(lang, 'Waktu pemenuhan dan ketepatan waktu', 'Time to serve and timeliness')}</h2>
      <div class="table-scroll">
        <table>
          <caption>{tr(lang, 'Hari kerja sejak hari ke-0 sampai pemberitahuan tertulis', 'Working days from day 0 to the written notice')}</caption>
          <tbody>
            <tr>
              <th scope="row">{tr(lang, 'Rata-rata', 'Mean')}</th>
              <td class="num">{days(s.timeToServe.mean, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Median', 'Median')}</th>
              <td class="num">{days(s.timeToServe.median, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Persentil ke-90', '90th percentile')}</th>
              <td class="num">{days(s.timeToServe.p90, lang)}</td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Paling lama', 'Longest')}</th>
              <td class="num">{days(s.timeToServe.max, lang)}</td>
            </tr>
            <tr>
              <th scope="row">
                {tr(lang, 'Diputus dalam batas waktu (10 hari kerja, atau 17 bila diperpanjang)', 'Decided in time (10 working days, or 17 when extended)')}
              </th>
              <td class="num" data-testid="stat-on-time">
                {n(s.onTime)}
              </td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Diputus setelah batas waktu', 'Decided after the deadline')}</th>
              <td class="num" data-testid="stat-late">
                {n(s.decided - s.onTime)}
              </td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Masih diproses, melewati batas waktu', 'Still being handled, past the deadline')}</th>
              <td class="num" data-testid="stat-overdue">
                {n(s.pending.overdue)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>{tr(lang, 'Per unit dan perwakilan', 'By unit and mission')}</h2>
      {topUnits.length > 0 ? (
        <BarList
          id="chart-units"
          title={tr(lang, 'Ketepatan waktu per unit/perwakilan', 'On-time rate by unit/mission')}
          desc={topUnits.map((u) => `${unitName(u)}: ${rate(u.onTimeRate, lang)}`).join('; ')}
          bars={topUnits.map((u) => ({ label: unitName(u), value: u.onTimeRate ?? 0, text: `${rate(u.onTimeRate, lang)} (${n(u.onTime)}/${n(u.decided)})` }))}
          max={1}
          width={960}
        />
      ) : null}
      <div class="table-scroll" role="region" aria-labelledby="units-caption" tabindex={0}>
        <table>
          <caption id="units-caption">{tr(lang, 'Angka per unit/perwakilan penerima', 'Figures by receiving unit/mission')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(lang, 'Unit/perwakilan', 'Unit/mission')}</th>
              <th scope="col" class="num">
                {tr(lang, 'Diterima', 'Received')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Dikabulkan', 'Granted')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Sebagian', 'In part')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Ditolak', 'Denied')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Tepat waktu', 'On time')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Median hari kerja', 'Median working days')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.units.length === 0 ? (
              <tr>
                <td colspan={7}>{tr(lang, 'Belum ada permohonan tahun ini.', 'No request yet this year.')}</td>
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

      <h2>{tr(lang, 'Dari tahun ke tahun', 'Year by year')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="years-caption" tabindex={0}>
        <table>
          <caption id="years-caption">{tr(lang, 'Angka setiap tahun', 'The figures of every year')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(lang, 'Tahun', 'Year')}</th>
              <th scope="col" class="num">
                {tr(lang, 'Diterima', 'Received')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Dikabulkan (seluruh/sebagian)', 'Granted (full/in part)')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Ditolak', 'Denied')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Tepat waktu', 'On time')}
              </th>
              <th scope="col" class="num">
                {tr(lang, 'Median hari kerja', 'Median working days')}
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
        {tr(lang, 'Data mesin: ', 'Machine-readable: ')}
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
      <Layout lang={lang} title={tr(lang, 'Statistik layanan', 'Service statistics')} url={c.req.url}>
        <StatisticsPage lang={lang} s={await publicStatistics(deps, year)} years={years} />
      </Layout>,
    );
  });
  return app;
}
