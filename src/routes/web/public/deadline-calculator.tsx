/** @jsxImportSource hono/jsx */
/**
 * The public deadline calculator (/tenggat): a requester picks the unit or mission that receives
 * the request and the local date and time of receipt, and sees the written-notice date (10 working
 * days, UU 14/2008 Art. 22(7)), the latest extended date (7 more, Art. 22(8)), why — in words —
 * and every day not counted. A GET form: the answer is a page one can bookmark or share.
 */
import { REGION_ORDER, regionLabel } from '../../../i18n/regions';
import { Hono } from 'hono';
import { calculateDeadlines, type DeadlineCalculation, localInstant, requestUnits } from '../../../calendar/calculator';
import { describeDeadline, formatDateWithWeekday, kindLabel } from '../../../calendar/describe';
import { DomainError } from '../../../cases/errors';
import { type Lang, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { ErrorSummary, type FieldErrors, type Option, SelectField, TextField } from '../kit/fields';

const HOME_KINDS = new Set(['ppid_utama', 'work_unit']);
const FIELD_ORDER = ['unit', 'tanggal', 'jam'] as const;

/** 'WIB' for Jakarta; the IANA name elsewhere (the zone a mission's local time is read in). */
const zoneLabel = (timeZone: string) => (timeZone === 'Asia/Jakarta' ? 'WIB' : timeZone);

interface Form {
  unit: string;
  tanggal: string;
  jam: string;
}

/** A date or a time, always required (the calculator needs both). */
const DateTimeField = (p: { lang: Lang; name: string; type: 'date' | 'time'; label: string; hint: string; value: string; error?: string | undefined }) => (
  <TextField {...p} required />
);

function Result({ lang, r, unitName }: { lang: Lang; r: DeadlineCalculation; unitName: string }) {
  const [receivedDate = '', receivedTime = ''] = r.notice.receivedLocal.split(' ');
  const time = lang === 'id' ? receivedTime.replace(':', '.') : receivedTime;
  return (
    <section class="deadline-result" aria-labelledby="hasil">
      <h2 id="hasil" tabindex={-1}>
        {t(lang, 'public.result')}
      </h2>
      <dl class="facts">
        <dt>{t(lang, 'public.received')}</dt>
        <dd>{`${formatDateWithWeekday(receivedDate, lang)} ${t(lang, 'public.at')} ${time} ${zoneLabel(r.calendar.timeZone)} — ${unitName}`}</dd>
        <dt>{t(lang, 'public.day_0_counting_starts')}</dt>
        <dd>{formatDateWithWeekday(r.countedFrom, lang)}</dd>
        <dt>{t(lang, 'public.written_notice_due_by')}</dt>
        <dd class="due" data-testid="notice-due">
          <strong>{formatDateWithWeekday(r.noticeDue, lang)}</strong>
        </dd>
        <dt>{t(lang, 'public.if_extended')}</dt>
        <dd data-testid="extended-due">
          <strong>{formatDateWithWeekday(r.extendedNoticeDue, lang)}</strong>
        </dd>
        <dt>{t(lang, 'public.calendar')}</dt>
        <dd>{`${r.calendar.code}, ${t(lang, 'public.version')} ${r.calendar.version}`}</dd>
      </dl>
      <h3>{t(lang, 'public.why_these_dates')}</h3>
      <p class="deadline-text">{describeDeadline(r.notice, lang)}</p>
      <p class="deadline-text">{describeDeadline(r.extended, lang, { possibleExtension: true })}</p>
      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'public.days_not_counted_from_day_0')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'public.date')}</th>
              <th scope="col">{t(lang, 'public.reason')}</th>
              <th scope="col">{t(lang, 'public.details')}</th>
            </tr>
          </thead>
          <tbody>
            {r.skipped.length === 0 ? (
              <tr>
                <td colspan={3}>{t(lang, 'public.none')}</td>
              </tr>
            ) : (
              r.skipped.map((s) => (
                <tr>
                  <th scope="row">{formatDateWithWeekday(s.date, lang)}</th>
                  <td>{kindLabel(s.reason, lang)}</td>
                  <td>{(lang === 'id' ? s.nameId : s.nameEn) ?? ''}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function deadlineCalculatorPages() {
  const app = new Hono<AppEnv>();

  app.get('/tenggat', async (c) => {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const units = await requestUnits(deps.db);
    const submitted = c.req.query('tanggal') !== undefined || c.req.query('jam') !== undefined;
    const jakartaNow = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta', dateStyle: 'short', timeStyle: 'short' }).format(deps.clock());
    const form: Form = {
      unit: c.req.query('unit') ?? 'PPID',
      tanggal: (c.req.query('tanggal') ?? (submitted ? '' : jakartaNow.slice(0, 10))).trim(),
      jam: (c.req.query('jam') ?? (submitted ? '' : jakartaNow.slice(11, 16))).trim(),
    };

    const errors: FieldErrors = {};
    let result: DeadlineCalculation | undefined;
    const unit = units.find((u) => u.code === form.unit);
    if (submitted) {
      if (!unit) errors.unit = t(lang, 'unknown_unit');
      if (form.tanggal === '') errors.tanggal = t(lang, 'required');
      if (form.jam === '') errors.jam = t(lang, 'required');
      if (unit && !errors.tanggal && !errors.jam) {
        const instant = localInstant(form.tanggal, form.jam, unit.time_zone);
        if (instant === 'invalid_date') errors.tanggal = t(lang, 'invalid_date');
        else if (instant === 'invalid_time' || instant === 'time_in_dst_gap') errors.jam = t(lang, instant);
        else {
          try {
            result = await calculateDeadlines(deps, unit.code, instant);
          } catch (e) {
            if (!(e instanceof DomainError) || e.status !== 400) throw e;
            for (const [field, key] of Object.entries(e.fields)) errors[field === 'received' ? 'tanggal' : field] = t(lang, key, e.params);
          }
        }
      }
    }

    const name = (u: (typeof units)[number]) => (lang === 'id' ? u.name_id : u.name_en);
    // Home units, then the missions region by region (the groups keep the directory's order), by name within each.
    const regionOf = (u: (typeof units)[number]) => (HOME_KINDS.has(u.kind) ? -1 : REGION_ORDER.indexOf(u.region ?? ''));
    const options: Option[] = [...units]
      .sort((a, b) => regionOf(a) - regionOf(b) || name(a).localeCompare(name(b), lang))
      .map((u) => ({
        value: u.code,
        label: `${name(u)} (${zoneLabel(u.time_zone)})`,
        group: HOME_KINDS.has(u.kind) ? t(lang, 'public.headquarters_and_work_units') : regionLabel(u.region, lang),
      }));
    const labels = {
      unit: t(lang, 'public.where_request_is_received'),
      tanggal: t(lang, 'public.date_received'),
      jam: t(lang, 'public.time_received'),
    };
    const title = t(lang, 'public.deadline_calculator');

    return c.html(
      <Layout lang={lang} title={Object.keys(errors).length > 0 ? `${t(lang, 'public.error_2')}: ${title}` : title} url={c.req.url} user={c.get('user')}>
        <h1>{title}</h1>
        <p class="lead">{t(lang, 'public.public_body_must_give_written_notice')}</p>
        <p>{t(lang, 'public.working_days_are_counted_on_calendar')}</p>
        <ErrorSummary lang={lang} errors={errors} labels={labels} order={FIELD_ORDER} />
        <form method="get" action="/tenggat" class="narrow-form" novalidate>
          <SelectField
            lang={lang}
            name="unit"
            label={labels.unit}
            value={form.unit}
            options={options}
            error={errors.unit}
            hint={t(lang, 'public.each_place_s_time_zone_is')}
          />
          <DateTimeField
            lang={lang}
            name="tanggal"
            type="date"
            label={labels.tanggal}
            value={form.tanggal}
            error={errors.tanggal}
            hint={t(lang, 'public.local_date_written_yyyy_mm_dd')}
          />
          <DateTimeField
            lang={lang}
            name="jam"
            type="time"
            label={labels.jam}
            value={form.jam}
            error={errors.jam}
            hint={t(lang, 'public.local_time_where_request_is_received')}
          />
          <button type="submit">{t(lang, 'public.calculate')}</button>
        </form>
        {result && unit ? <Result lang={lang} r={result} unitName={name(unit)} /> : null}
      </Layout>,
    );
  });

  return app;
}
