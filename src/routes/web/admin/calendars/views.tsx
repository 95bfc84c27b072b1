/** @jsxImportSource hono/jsx */
/** The calendar administration pages: what they show, given what the handlers read. */
import type { CalendarSummary } from '../../../../calendar/admin';
import { formatDate, formatDateWithWeekday, kindLabel, weekdayName } from '../../../../calendar/describe';
import { holidayKinds } from '../../../../calendar/entry.schema';
import type { StoredEntry } from '../../../../calendar/recompute';
import type { CalendarReviewStatus } from '../../../../calendar/reviews';
import { type Lang, t } from '../../../../i18n';
import { ErrorSummary, FieldError, type FieldErrors, type FieldValues, SelectField, TextArea, TextField } from '../../kit/fields';
import { FormToken } from '../../kit/form-token';
import { Notice, Page } from '../../kit/page';

type User = Parameters<typeof Page>[0]['user'];
/** What a page needs from the request: its language, address and who is signed in. */
export interface Frame {
  lang: Lang;
  url: string;
  user: User;
}
export interface FormState {
  values: FieldValues;
  errors: FieldErrors;
}
type Calendar = CalendarSummary & { units: string[] };

const weekend = (days: number[], lang: Lang) => days.map((d) => weekdayName(d, lang)).join(t(lang, 'calendar-admin.and'));
const calendarHref = (code: string) => `/admin/kalender/${encodeURIComponent(code)}`;
const hasErrors = (...forms: Array<FormState | undefined>) => forms.some((f) => f && Object.keys(f.errors).length > 0);

/** The names of the fields, for the error summary ("Date: …"). */
const fieldLabels = (lang: Lang): Record<string, string> => ({
  date: t(lang, 'calendar-admin.date'),
  kind: t(lang, 'calendar-admin.kind'),
  nameId: t(lang, 'calendar-admin.name_indonesian'),
  nameEn: t(lang, 'calendar-admin.name_english'),
  source: t(lang, 'calendar-admin.source'),
  reason: t(lang, 'calendar-admin.reason'),
  entries: t(lang, 'calendar-admin.entries'),
  year: t(lang, 'calendar-admin.year'),
  note: t(lang, 'calendar-admin.confirmation'),
});

function Summary({ lang, forms, prefix }: { lang: Lang; forms: Array<FormState | undefined>; prefix: string }) {
  const errors = Object.assign({}, ...forms.map((f) => f?.errors ?? {})) as FieldErrors;
  return <ErrorSummary lang={lang} errors={errors} labels={fieldLabels(lang)} prefix={prefix} title={t(lang, 'calendar-admin.change_was_not_saved')} />;
}

export function CalendarListPage({
  frame,
  calendars,
}: {
  frame: Frame;
  calendars: Array<Calendar & { review?: CalendarReviewStatus | null; horizon: { alert: boolean; provisionalNow: boolean; knownUntil: string } }>;
}) {
  const { lang } = frame;
  const running = calendars.filter((cal) => cal.horizon.alert);
  return (
    <Page lang={lang} title={t(lang, 'calendar-admin.working_day_calendars')} url={frame.url} user={frame.user}>
      <h1>{t(lang, 'calendar-admin.working_day_calendars')}</h1>
      <p class="lead">{t(lang, 'calendar-admin.every_deadline_counts_working_days_on')}</p>
      {running.length > 0 ? (
        <div class="notice warn" role="alert" data-testid="horizon-alert">
          <p>
            <strong>{t(lang, 'calendar-admin.holiday_lists_run_out_soon')}</strong>
          </p>
          <ul>
            {running.map((cal) => (
              <li>
                <a href={calendarHref(cal.code)}>{cal.code}</a>
                {' — '}
                {t(lang, cal.horizon.provisionalNow ? 'calendar-admin.list_ended_on_deadlines_past_it' : 'calendar-admin.list_ends_on_load_list_before', {
                  knownUntil: cal.horizon.knownUntil,
                  nextYear: cal.lastYear + 1,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'calendar-admin.working_day_calendars')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'calendar-admin.calendar')}</th>
              <th scope="col">{t(lang, 'calendar-admin.time_zone')}</th>
              <th scope="col">{t(lang, 'calendar-admin.weekend')}</th>
              <th scope="col">{t(lang, 'calendar-admin.years')}</th>
              <th scope="col" class="num">
                {t(lang, 'calendar-admin.version')}
              </th>
              <th scope="col" class="num">
                {t(lang, 'calendar-admin.entries')}
              </th>
              <th scope="col">{t(lang, 'calendar-admin.used_by')}</th>
              <th scope="col">{t(lang, 'calendar-admin.host_holidays_reviewed')}</th>
            </tr>
          </thead>
          <tbody>
            {calendars.map((cal) => (
              <tr>
                <th scope="row">
                  <a href={calendarHref(cal.code)}>{cal.code}</a>
                </th>
                <td>{cal.timeZone}</td>
                <td>{weekend(cal.weekendDays, lang)}</td>
                <td class="nowrap">{`${cal.firstYear}–${cal.lastYear}`}</td>
                <td class="num">{cal.version}</td>
                <td class="num">{cal.entries}</td>
                <td>{cal.units.join(', ')}</td>
                <td>
                  {!cal.review ? (
                    '—'
                  ) : cal.review.unreviewed.length > 0 ? (
                    <span class="tag warn">{t(lang, 'calendar-admin.not_yet', { unreviewed: cal.review.unreviewed.join(', ') })}</span>
                  ) : (
                    t(lang, 'calendar-admin.yes')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Page>
  );
}

/** What the last change did (after the redirect: `?selesai=added&versi=2&dihitung=1`). */
function Done({ lang, query }: { lang: Lang; query: Record<string, string> }) {
  const done: Record<string, string> = {
    added: t(lang, 'calendar-admin.entry_added'),
    updated: t(lang, 'calendar-admin.entry_changed'),
    removed: t(lang, 'calendar-admin.entry_removed'),
    year: t(lang, 'calendar-admin.new_year_s_holidays_were_loaded'),
  };
  const what = done[query.selesai ?? ''];
  if (!what) return null;
  const moved = Number(query.dihitung ?? 0);
  return (
    <Notice tone="ok">
      <p>
        <strong>{what}</strong>
        {` ${t(lang, 'calendar-admin.calendar_is_now_version', { versi: query.versi })}`}
      </p>
      <p>
        {moved === 0
          ? t(lang, 'calendar-admin.no_open_request_s_deadline_changed')
          : t(lang, 'calendar-admin.deadlines_of_open_requests_were_counted', { moved })}
      </p>
    </Notice>
  );
}

/** Which years of a mission's host holidays the mission has reviewed, and the form to record a review. */
function ReviewSection(p: { lang: Lang; code: string; token: string; review: CalendarReviewStatus; form?: FormState | undefined }) {
  const { lang, review } = p;
  const values = p.form?.values ?? {};
  const errors = p.form?.errors ?? {};
  return (
    <section aria-labelledby="tinjauan" data-testid="review">
      <h2 id="tinjauan">{t(lang, 'calendar-admin.review_of_host_country_holiday_list')}</h2>
      <p class="hint">{t(lang, 'calendar-admin.host_holidays_come_from_date_holidays')}</p>
      {review.unreviewed.length > 0 ? (
        <div class="notice warn" role="status">
          <p>{t(lang, 'calendar-admin.not_reviewed', { unreviewed: review.unreviewed.join(', ') })}</p>
        </div>
      ) : null}
      <ul>
        {review.years.map((y) => (
          <li>
            {`${y.year}: `}
            {y.reviewed ? (
              <>
                {t(lang, 'calendar-admin.reviewed_by_mission')} ({formatDate(y.reviewed.at.slice(0, 10), lang)}, {y.reviewed.by}; {y.reviewed.note})
                {y.reviewed.outOfDate ? (
                  <>
                    {' '}
                    — <strong>{t(lang, 'calendar-admin.calendar_changed_since')}</strong>
                  </>
                ) : null}
              </>
            ) : (
              t(lang, 'calendar-admin.not_reviewed_2')
            )}
          </li>
        ))}
      </ul>
      <form method="post" action={`${calendarHref(p.code)}/tinjauan`} class="narrow-form" novalidate>
        <FormToken token={p.token} />
        <TextField
          type="number"
          lang={lang}
          prefix="review"
          name="year"
          required
          label={t(lang, 'calendar-admin.year')}
          value={values.year ?? String(review.unreviewed[0] ?? review.years.at(-1)?.year ?? '')}
          error={errors.year}
        />
        <TextField
          lang={lang}
          prefix="review"
          name="note"
          required
          label={t(lang, 'calendar-admin.mission_s_confirmation_who_which_letter')}
          value={values.note ?? ''}
          error={errors.note}
        />
        <button type="submit">{t(lang, 'calendar-admin.record_review')}</button>
      </form>
    </section>
  );
}

/** The fields of an entry and the reason for the change. Ids carry a prefix: two forms may share a page. */
function EntryForm(p: { lang: Lang; action: string; token: string; version: number; form: FormState; submit: string; prefix: 'add' | 'edit' }) {
  const { lang, prefix } = p;
  const { values, errors } = p.form;
  return (
    <form method="post" action={p.action} class="narrow-form" novalidate>
      <FormToken token={p.token} />
      <input type="hidden" name="expectedVersion" value={String(p.version)} />
      <TextField
        lang={lang}
        prefix={prefix}
        name="date"
        type="date"
        required
        label={t(lang, 'calendar-admin.date')}
        value={values.date}
        error={errors.date}
        hint={t(lang, 'calendar-admin.yyyy_mm_dd_inside_years_calendar')}
      />
      <SelectField
        lang={lang}
        prefix={prefix}
        name="kind"
        label={t(lang, 'calendar-admin.kind')}
        value={values.kind}
        error={errors.kind}
        options={holidayKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))}
      />
      <TextField
        lang={lang}
        prefix={prefix}
        name="nameId"
        required
        label={t(lang, 'calendar-admin.name_indonesian')}
        value={values.nameId}
        error={errors.nameId}
      />
      <TextField
        lang={lang}
        prefix={prefix}
        name="nameEn"
        required
        label={t(lang, 'calendar-admin.name_english')}
        value={values.nameEn}
        error={errors.nameEn}
      />
      <TextField
        lang={lang}
        prefix={prefix}
        name="source"
        required={false}
        label={t(lang, 'calendar-admin.source')}
        value={values.source}
        error={errors.source}
        hint={t(lang, 'calendar-admin.e_g_skb_3_menteri_number')}
      />
      <TextArea
        lang={lang}
        prefix={prefix}
        name="reason"
        required
        rows={3}
        label={t(lang, 'calendar-admin.reason_for_change')}
        value={values.reason}
        error={errors.reason}
        hint={t(lang, 'calendar-admin.recorded_in_audit_trail_of_calendar')}
      />
      <button type="submit">{p.submit}</button>
    </form>
  );
}

export interface CalendarPageProps {
  frame: Frame;
  calendar: Calendar;
  shown: number;
  entries: StoredEntry[];
  review: CalendarReviewStatus | null;
  token: string;
  query: Record<string, string>;
  add?: FormState | undefined;
  load?: FormState | undefined;
  review_?: FormState | undefined;
}

/** One calendar, one year: the entries, the add form, loading the next year and the review. */
export function CalendarPage(p: CalendarPageProps) {
  const { lang } = p.frame;
  const { calendar, shown, entries, token } = p;
  const code = calendar.code;
  const title = `${t(lang, 'calendar-admin.calendar')} ${code}`;
  const years = Array.from({ length: calendar.lastYear - calendar.firstYear + 1 }, (_, i) => calendar.firstYear + i);
  const load = p.load ?? { values: {}, errors: {} };
  return (
    <Page lang={lang} title={hasErrors(p.add, p.load) ? `${t(lang, 'calendar-admin.error_2')}: ${title}` : title} url={p.frame.url} user={p.frame.user}>
      <p>
        <a href="/admin/kalender">{t(lang, 'calendar-admin.all_calendars')}</a>
      </p>
      <h1>{title}</h1>
      <Done lang={lang} query={p.query} />
      <Summary lang={lang} forms={[p.add, p.load, p.review_]} prefix={p.load ? 'load' : p.review_ ? 'review' : 'add'} />
      <dl class="facts">
        <dt>{t(lang, 'calendar-admin.time_zone')}</dt>
        <dd>{calendar.timeZone}</dd>
        <dt>{t(lang, 'calendar-admin.weekend')}</dt>
        <dd>{weekend(calendar.weekendDays, lang)}</dd>
        <dt>{t(lang, 'calendar-admin.service_ends_at')}</dt>
        <dd>{calendar.serviceEnd}</dd>
        <dt>{t(lang, 'calendar-admin.years_known')}</dt>
        <dd>{`${calendar.firstYear}–${calendar.lastYear}`}</dd>
        <dt>{t(lang, 'calendar-admin.version')}</dt>
        <dd>{calendar.version}</dd>
        <dt>{t(lang, 'calendar-admin.used_by')}</dt>
        <dd>{calendar.units.join(', ')}</dd>
      </dl>
      {p.review ? <ReviewSection lang={lang} code={code} token={token} review={p.review} form={p.review_} /> : null}
      <nav class="year-nav" aria-label={t(lang, 'calendar-admin.year')}>
        <ul>
          {years.map((y) => (
            <li>
              <a href={`${calendarHref(code)}?tahun=${y}`} aria-current={y === shown ? 'page' : undefined}>
                {y}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'calendar-admin.holidays_and_office_closures_in', { shown, length: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'calendar-admin.date')}</th>
              <th scope="col">{t(lang, 'calendar-admin.kind')}</th>
              <th scope="col">{t(lang, 'calendar-admin.name')}</th>
              <th scope="col">{t(lang, 'calendar-admin.source')}</th>
              <th scope="col">
                <span class="visually-hidden">{t(lang, 'calendar-admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <th scope="row" class="nowrap">
                  {formatDateWithWeekday(e.date, lang)}
                </th>
                <td>{kindLabel(e.kind, lang)}</td>
                <td>
                  <span lang="id">{e.nameId}</span>
                  <br />
                  <span lang="en" class="hint">
                    {e.nameEn}
                  </span>
                </td>
                <td>{e.source ?? ''}</td>
                <td>
                  <a href={`${calendarHref(code)}/entri/${e.id}`}>
                    {t(lang, 'calendar-admin.edit_or_remove')}
                    <span class="visually-hidden">{`: ${formatDate(e.date, lang)}, ${lang === 'id' ? e.nameId : e.nameEn}`}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="tambah">{t(lang, 'calendar-admin.add_entry')}</h2>
      <EntryForm
        lang={lang}
        prefix="add"
        action={`${calendarHref(code)}/entri`}
        token={token}
        version={calendar.version}
        form={p.add ?? { values: { date: '', kind: 'libur_nasional', nameId: '', nameEn: '', source: '', reason: '' }, errors: {} }}
        submit={t(lang, 'calendar-admin.add_and_recount')}
      />

      <h2 id="muat-tahun">{t(lang, 'calendar-admin.load_holidays_of', { nextYear: calendar.lastYear + 1 })}</h2>
      <p>{t(lang, 'calendar-admin.deadlines_after_are_provisional_only_weekends', { lastYear: calendar.lastYear, holidayKinds: holidayKinds.join(', ') })}</p>
      <form method="post" action={`${calendarHref(code)}/tahun`} class="narrow-form" novalidate>
        <FormToken token={token} />
        <input type="hidden" name="expectedVersion" value={String(calendar.version)} />
        <input type="hidden" name="year" value={String(calendar.lastYear + 1)} />
        <FieldError lang={lang} id="load-year" error={load.errors.year} />
        <TextArea
          lang={lang}
          prefix="load"
          name="entries"
          required
          rows={10}
          label={t(lang, 'calendar-admin.entries')}
          value={load.values.entries}
          error={load.errors.entries}
          hint={`${calendar.lastYear + 1}-01-01 | libur_nasional | Tahun Baru ${calendar.lastYear + 1} Masehi | New Year's Day | SKB 3 Menteri …`}
        />
        <TextArea
          lang={lang}
          prefix="load"
          name="reason"
          required
          rows={3}
          label={t(lang, 'calendar-admin.reason_for_change')}
          value={load.values.reason}
          error={load.errors.reason}
        />
        <button type="submit" class="secondary">
          {t(lang, 'calendar-admin.load_this_year')}
        </button>
      </form>
    </Page>
  );
}

/** One entry: edit it, or remove it (each with a reason). */
export function EntryPage(p: {
  frame: Frame;
  calendar: Calendar;
  entry: StoredEntry;
  token: string;
  edit?: FormState | undefined;
  remove?: FormState | undefined;
}) {
  const { lang } = p.frame;
  const { calendar, entry, token } = p;
  const code = calendar.code;
  const base = `${calendarHref(code)}/entri/${entry.id}`;
  const title = `${formatDate(entry.date, lang)} — ${lang === 'id' ? entry.nameId : entry.nameEn}`;
  const remove = p.remove ?? { values: {}, errors: {} };
  const current: FieldValues = { date: entry.date, kind: entry.kind, nameId: entry.nameId, nameEn: entry.nameEn, source: entry.source ?? '', reason: '' };
  return (
    <Page lang={lang} title={hasErrors(p.edit, p.remove) ? `${t(lang, 'calendar-admin.error_2')}: ${title}` : title} url={p.frame.url} user={p.frame.user}>
      <p>
        <a href={`${calendarHref(code)}?tahun=${entry.date.slice(0, 4)}`}>{t(lang, 'calendar-admin.calendar_2', { code })}</a>
      </p>
      <h1>{title}</h1>
      <Summary lang={lang} forms={[p.edit, p.remove]} prefix={p.remove ? 'remove' : 'edit'} />
      <p>{t(lang, 'calendar-admin.calendar_version', { code, version: calendar.version, kind: kindLabel(entry.kind, lang) })}</p>
      <h2>{t(lang, 'calendar-admin.edit_entry')}</h2>
      <p>{t(lang, 'calendar-admin.to_move_holiday_e_g_idul')}</p>
      <EntryForm
        lang={lang}
        prefix="edit"
        action={base}
        token={token}
        version={calendar.version}
        form={p.edit ?? { values: current, errors: {} }}
        submit={t(lang, 'calendar-admin.save_and_recount')}
      />
      <h2>{t(lang, 'calendar-admin.remove_entry')}</h2>
      <form method="post" action={`${base}/hapus`} class="narrow-form" novalidate>
        <FormToken token={token} />
        <input type="hidden" name="expectedVersion" value={String(calendar.version)} />
        <TextArea
          lang={lang}
          prefix="remove"
          name="reason"
          required
          rows={3}
          label={t(lang, 'calendar-admin.reason_for_removing_it')}
          value={remove.values.reason}
          error={remove.errors.reason}
        />
        <button type="submit" class="secondary">
          {t(lang, 'calendar-admin.remove_and_recount')}
        </button>
      </form>
    </Page>
  );
}

export function NotFoundPage({ frame }: { frame: Frame }) {
  const { lang } = frame;
  return (
    <Page lang={lang} title={t(lang, 'calendar-admin.not_found')} url={frame.url} user={frame.user}>
      <h1>{t(lang, 'calendar-admin.not_found')}</h1>
      <p>
        <a href="/admin/kalender">{t(lang, 'calendar-admin.back_to_calendars')}</a>
      </p>
    </Page>
  );
}
