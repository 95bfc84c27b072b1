/** @jsxImportSource hono/jsx */
/**
 * Public statistics (statistik layanan): for one year, how many requests were received, decided,
 * decided on time or late, still open, and the outcomes. Aggregates only — no case, no person.
 */
import { Hono } from 'hono';
import type { Reader } from '../../../../db/unit-of-work';
import type { Lang } from '../../../i18n';
import { outcomeLabel } from '../../../i18n/status';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { formatNumber, formatPercent } from './format';

export interface YearStatistics {
  year: number;
  received: number;
  decided: number;
  decidedOnTime: number;
  decidedLate: number;
  open: number;
  openOverdue: number;
  byOutcome: Array<{ outcome: string; count: number }>;
}

export async function yearStatistics(db: Reader, year: number): Promise<YearStatistics> {
  const count = async (filter: (q: ReturnType<typeof base>) => ReturnType<typeof base>) => {
    const row = await filter(base())
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const base = () => db.selectFrom('cases').where('year', '=', year);
  const [received, decided, decidedOnTime, open, openOverdue] = await Promise.all([
    count((q) => q),
    count((q) => q.where('decided_at', 'is not', null)),
    // The due instant already includes an extension the PPID gave: on time means by the statutory limit in force.
    count((q) => q.where('decided_at', 'is not', null).whereRef('decided_at', '<=', 'notice_due_at')),
    count((q) => q.where('decided_at', 'is', null)),
    count((q) => q.where('decided_at', 'is', null).where('overdue', '=', 1)),
  ]);
  const outcomes = await base()
    .where('outcome', 'is not', null)
    .select((eb) => ['outcome', eb.fn.countAll().as('n')])
    .groupBy('outcome')
    .orderBy('outcome')
    .execute();
  return {
    year,
    received,
    decided,
    decidedOnTime,
    decidedLate: decided - decidedOnTime,
    open,
    openOverdue,
    byOutcome: outcomes.map((o) => ({ outcome: o.outcome ?? '', count: Number(o.n) })),
  };
}

function StatisticsPage({ lang, s, years }: { lang: Lang; s: YearStatistics; years: number[] }) {
  const n = (x: number) => formatNumber(x, lang);
  return (
    <>
      <h1>{tr(lang, `Statistik layanan informasi ${s.year}`, `Information service statistics ${s.year}`)}</h1>
      <p class="lead">
        {tr(
          lang,
          'Angka gabungan semua permohonan yang diterima Kementerian dan Perwakilan RI pada tahun ini, diperbarui setiap kali halaman dibuka. Tidak memuat data pribadi.',
          'Totals over every request the Ministry and its missions received this year, up to date whenever the page opens. No personal data.',
        )}
      </p>
      {years.length > 1 ? (
        <nav aria-label={tr(lang, 'Pilih tahun', 'Choose a year')} class="year-nav">
          <ul>
            {years.map((y) => (
              <li>
                <a href={`/statistik?tahun=${y}`} aria-current={y === s.year ? 'page' : undefined}>
                  {y}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
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
          <span class="stat-value">{formatPercent(s.decidedOnTime, s.decided, lang)}</span>
          <span class="stat-label">{tr(lang, 'diputus tepat waktu', 'decided on time')}</span>
        </div>
        <div class="stat">
          <span class="stat-value" data-testid="stat-open">
            {n(s.open)}
          </span>
          <span class="stat-label">{tr(lang, 'masih diproses', 'still being handled')}</span>
        </div>
      </div>
      <div class="table-scroll">
        <table>
          <caption>{tr(lang, 'Ketepatan waktu', 'Timeliness')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(lang, 'Keadaan', 'Status')}</th>
              <th scope="col" class="num">
                {tr(lang, 'Jumlah', 'Count')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                {tr(lang, 'Diputus dalam batas waktu (10 hari kerja, atau 17 bila diperpanjang)', 'Decided in time (10 working days, or 17 when extended)')}
              </th>
              <td class="num" data-testid="stat-on-time">
                {n(s.decidedOnTime)}
              </td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Diputus setelah batas waktu', 'Decided after the deadline')}</th>
              <td class="num" data-testid="stat-late">
                {n(s.decidedLate)}
              </td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Masih diproses, dalam batas waktu', 'Still being handled, within the deadline')}</th>
              <td class="num">{n(s.open - s.openOverdue)}</td>
            </tr>
            <tr>
              <th scope="row">{tr(lang, 'Masih diproses, melewati batas waktu', 'Still being handled, past the deadline')}</th>
              <td class="num" data-testid="stat-overdue">
                {n(s.openOverdue)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
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
            {s.byOutcome.length === 0 ? (
              <tr>
                <td colspan={2}>{tr(lang, 'Belum ada putusan tahun ini.', 'No decision yet this year.')}</td>
              </tr>
            ) : (
              s.byOutcome.map((o) => (
                <tr>
                  <th scope="row">{outcomeLabel(o.outcome, lang)}</th>
                  <td class="num">{n(o.count)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The current year in Jakarta, where the register's year is kept for the PPID Utama. */
const currentYear = (now: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(now));

export function statisticsPages() {
  const app = new Hono<AppEnv>();
  app.get('/statistik', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const asked = Number(c.req.query('tahun'));
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : currentYear(deps.clock());
    const years = (await deps.db.selectFrom('cases').select('year').distinct().orderBy('year').execute()).map((r) => r.year);
    if (!years.includes(year)) years.push(year);
    years.sort((a, b) => a - b);
    return c.html(
      <Layout lang={lang} title={tr(lang, 'Statistik layanan', 'Service statistics')} url={c.req.url}>
        <StatisticsPage lang={lang} s={await yearStatistics(deps.db, year)} years={years} />
      </Layout>,
    );
  });
  return app;
}
