/** @jsxImportSource hono/jsx */
/**
 * Calendar administration pages (/admin/kalender), administrators only: the working-day
 * calendars, their entries year by year, and forms to add, edit and remove an entry and to load
 * the next year's holidays. Every change asks for a reason (it goes to the audit trail) and counts
 * the open cases on that calendar again; the page then says how many moved. Works without
 * JavaScript: plain forms, errors beside the fields and in a summary, what was typed kept.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { sessionToken } from '../../../auth/middleware';
import {
  type CalendarSummary,
  type ChangeResult,
  addEntry,
  calendarEntries,
  findEntry,
  listCalendarsWithHorizon,
  loadYear,
  removeEntry,
  updateEntry,
} from '../../../calendar/admin';
import { formatDate, formatDateWithWeekday, kindLabel, weekdayName } from '../../../calendar/describe';
import { type CalendarReviewStatus, recordReview, reviewSchema, reviewStatus } from '../../../calendar/reviews';
import { holidayKinds, loadYearSchema, newEntrySchema, removeEntrySchema } from '../../../calendar/entry.schema';
import type { StoredEntry } from '../../../calendar/recompute';
import { DomainError } from '../../../cases/errors';
import { type Lang, fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { tr } from '../lang';
import { Layout } from '../layout';

type Errors = Record<string, string>;
type Values = Record<string, string>;

// ---- access ---------------------------------------------------------------------------------

/** A form token bound to the session (on top of the Origin check): HMAC of the session token. */
const formToken = (c: Context<AppEnv>) =>
  createHmac('sha256', c.get('deps').secret)
    .update(`calendar-admin:${sessionToken(c) ?? ''}`)
    .digest('base64url');

function tokenMatches(c: Context<AppEnv>, sent: string): boolean {
  const expected = Buffer.from(formToken(c));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get('actor');
  const lang = c.get('lang');
  if (!actor) {
    const url = new URL(c.req.url);
    return c.redirect(`/petugas/masuk?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  if (actor.role !== 'admin') {
    return c.html(
      <Layout lang={lang} title={t(lang, 'calendar-admin.not_allowed')} url={c.req.url} user={c.get('user')}>
        <h1>{t(lang, 'calendar-admin.not_allowed')}</h1>
        <p>{t(lang, 'calendar-admin.working_day_calendar_pages_are_for')}</p>
      </Layout>,
      403,
    );
  }
  await next();
};

// ---- form pieces ----------------------------------------------------------------------------

function FieldError({ lang, id, error }: { lang: Lang; id: string; error?: string | undefined }) {
  return error ? (
    <span class="field-error" id={`${id}-error`}>
      <span class="visually-hidden">{t(lang, 'calendar-admin.error')}</span>
      {error}
    </span>
  ) : null;
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  lang: Lang;
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value?: string | undefined;
  optional?: boolean;
}

function Input(p: FieldProps & { type?: 'text' | 'date' | 'number' }) {
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={p.id}>
        {p.label}
        {p.optional ? <span class="optional"> {t(p.lang, 'calendar-admin.optional')}</span> : null}
      </label>
      {p.hint ? (
        <span class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      <FieldError lang={p.lang} id={p.id} error={p.error} />
      <input
        type={p.type ?? 'text'}
        id={p.id}
        name={p.name}
        value={p.value ?? ''}
        required={!p.optional}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  );
}

function TextArea(p: FieldProps & { rows?: number }) {
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <span class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      <FieldError lang={p.lang} id={p.id} error={p.error} />
      <textarea
        id={p.id}
        name={p.name}
        rows={p.rows ?? 3}
        required
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        aria-invalid={p.error ? 'true' : undefined}
      >
        {p.value ?? ''}
      </textarea>
    </div>
  );
}

function KindSelect(p: FieldProps) {
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={p.id}>{p.label}</label>
      <FieldError lang={p.lang} id={p.id} error={p.error} />
      <select id={p.id} name={p.name} aria-describedby={describedBy(p.id, undefined, p.error)} aria-invalid={p.error ? 'true' : undefined}>
        {holidayKinds.map((k) => (
          <option value={k} selected={p.value === k}>
            {kindLabel(k, p.lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

const LABELS: Record<string, [string, string]> = {
  date: ['Tanggal', 'Date'],
  kind: ['Jenis', 'Kind'],
  nameId: ['Nama (bahasa Indonesia)', 'Name (Indonesian)'],
  nameEn: ['Nama (bahasa Inggris)', 'Name (English)'],
  source: ['Dasar penetapan', 'Source'],
  reason: ['Alasan', 'Reason'],
  entries: ['Entri', 'Entries'],
  year: ['Tahun', 'Year'],
};

/** The errors at the top, each linking to its field; errors not tied to a field are listed as they are. */
function ErrorSummary({ lang, errors, ids }: { lang: Lang; errors: Errors; ids: Record<string, string> }) {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  return (
    <div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t(lang, 'calendar-admin.change_was_not_saved')}</h2>
      <ul>
        {names.map((n) => {
          const label = LABELS[n];
          const message = label ? `${tr(lang, label[0], label[1])}: ${errors[n]}` : errors[n];
          return ids[n] ? (
            <li>
              <a href={`#${ids[n]}`}>{message}</a>
            </li>
          ) : (
            <li>{message}</li>
          );
        })}
      </ul>
    </div>
  );
}

/** A route parameter (the handlers are wrapped, so the path's typing does not reach them). */
const param = (c: Context<AppEnv>, name: 'code' | 'id') => c.req.param(name) ?? '';

const Hidden = ({ name, value }: { name: string; value: string }) => <input type="hidden" name={name} value={value} />;

// ---- reading input and errors ---------------------------------------------------------------

async function formValues(c: Context<AppEnv>): Promise<Values> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Values;
}

/** A failed parse or a refused change as messages by field name ('_' for the change as a whole). */
function errorsOf(lang: Lang, e: unknown): Errors {
  if (e instanceof DomainError) {
    if (e.status === 404) throw e;
    const fields = Object.entries(e.fields);
    if (fields.length > 0) return Object.fromEntries(fields.map(([f, key]) => [f, t(lang, key, e.params)]));
    return { _: t(lang, e.messageKey, e.params) };
  }
  throw e;
}

function parsed<T extends z.ZodType>(schema: T, raw: unknown, lang: Lang): { data: z.infer<T> } | { errors: Errors } {
  const result = schema.safeParse(raw);
  return result.success ? { data: result.data } : { errors: fieldErrors(result.error, lang) };
}

const entryValues = (e: StoredEntry): Values => ({ date: e.date, kind: e.kind, nameId: e.nameId, nameEn: e.nameEn, source: e.source ?? '' });

/** After a change: back to the calendar's year, saying what happened. */
function redirectAfter(c: Context<AppEnv>, code: string, year: string, done: string, result: ChangeResult) {
  const q = new URLSearchParams({ tahun: year, selesai: done, versi: String(result.calendar.version), dihitung: String(result.recomputed.length) });
  return c.redirect(`/admin/kalender/${encodeURIComponent(code)}?${q.toString()}`, 303);
}

// ---- pages ----------------------------------------------------------------------------------

const weekend = (days: number[], lang: Lang) => days.map((d) => weekdayName(d, lang)).join(t(lang, 'calendar-admin.and'));

function CalendarList({ lang, calendars }: { lang: Lang; calendars: Array<CalendarSummary & { review?: CalendarReviewStatus | null }> }) {
  return (
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
                <a href={`/admin/kalender/${encodeURIComponent(cal.code)}`}>{cal.code}</a>
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
  );
}

const DONE: Record<string, [string, string]> = {
  added: ['Entri ditambahkan.', 'Entry added.'],
  updated: ['Entri diubah.', 'Entry changed.'],
  removed: ['Entri dihapus.', 'Entry removed.'],
  year: ['Hari libur tahun baru dimuat.', 'The new year’s holidays were loaded.'],
};

function Done({ lang, query }: { lang: Lang; query: Record<string, string> }) {
  const done = DONE[query.selesai ?? ''];
  if (!done) return null;
  const moved = Number(query.dihitung ?? 0);
  return (
    <div class="notice ok" role="status">
      <p>
        <strong>{tr(lang, done[0], done[1])}</strong>
        {` ${t(lang, 'calendar-admin.calendar_is_now_version', { versi: query.versi })}`}
      </p>
      <p>
        {moved === 0
          ? t(lang, 'calendar-admin.no_open_request_s_deadline_changed')
          : t(lang, 'calendar-admin.deadlines_of_open_requests_were_counted', { moved })}
      </p>
    </div>
  );
}

/** Which years of a mission's host holidays the mission has reviewed, and the form to record a review. */
function ReviewSection(p: { lang: Lang; code: string; token: string; review: CalendarReviewStatus; errors: Errors; values: Values }) {
  const { lang, review } = p;
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
      <form method="post" action={`/admin/kalender/${encodeURIComponent(p.code)}/tinjauan`} class="narrow-form" novalidate>
        <Hidden name="_csrf" value={p.token} />
        <Input
          type="number"
          lang={lang}
          id="review-year"
          name="year"
          label={t(lang, 'calendar-admin.year')}
          value={p.values.year ?? String(review.unreviewed[0] ?? review.years.at(-1)?.year ?? '')}
          error={p.errors.year}
        />
        <Input
          lang={lang}
          id="review-note"
          name="note"
          label={t(lang, 'calendar-admin.mission_s_confirmation_who_which_letter')}
          value={p.values.note ?? ''}
          error={p.errors.note}
        />
        <button type="submit">{t(lang, 'calendar-admin.record_review')}</button>
      </form>
    </section>
  );
}

interface EntryFormProps {
  lang: Lang;
  action: string;
  token: string;
  version: number;
  values: Values;
  errors: Errors;
  submit: string;
  prefix: string;
}

/** The fields of an entry and the reason for the change. Ids carry a prefix: two forms may share a page. */
function EntryForm(p: EntryFormProps) {
  const id = (name: string) => `${p.prefix}-${name}`;
  return (
    <form method="post" action={p.action} class="narrow-form" novalidate>
      <Hidden name="_csrf" value={p.token} />
      <Hidden name="expectedVersion" value={String(p.version)} />
      <Input
        lang={p.lang}
        id={id('date')}
        name="date"
        type="date"
        label={t(p.lang, 'calendar-admin.date')}
        value={p.values.date}
        error={p.errors.date}
        hint={t(p.lang, 'calendar-admin.yyyy_mm_dd_inside_years_calendar')}
      />
      <KindSelect lang={p.lang} id={id('kind')} name="kind" label={t(p.lang, 'calendar-admin.kind')} value={p.values.kind} error={p.errors.kind} />
      <Input
        lang={p.lang}
        id={id('nameId')}
        name="nameId"
        label={t(p.lang, 'calendar-admin.name_indonesian')}
        value={p.values.nameId}
        error={p.errors.nameId}
      />
      <Input lang={p.lang} id={id('nameEn')} name="nameEn" label={t(p.lang, 'calendar-admin.name_english')} value={p.values.nameEn} error={p.errors.nameEn} />
      <Input
        lang={p.lang}
        id={id('source')}
        name="source"
        label={t(p.lang, 'calendar-admin.source')}
        value={p.values.source}
        error={p.errors.source}
        optional
        hint={t(p.lang, 'calendar-admin.e_g_skb_3_menteri_number')}
      />
      <TextArea
        lang={p.lang}
        id={id('reason')}
        name="reason"
        label={t(p.lang, 'calendar-admin.reason_for_change')}
        value={p.values.reason}
        error={p.errors.reason}
        hint={t(p.lang, 'calendar-admin.recorded_in_audit_trail_of_calendar')}
      />
      <button type="submit">{p.submit}</button>
    </form>
  );
}

const FIELDS = ['date', 'kind', 'nameId', 'nameEn', 'source', 'reason'];
const idsFor = (prefix: string, names: string[]) => Object.fromEntries(names.map((n) => [n, `${prefix}-${n}`]));

function NotFoundPage({ c }: { c: Context<AppEnv> }) {
  const lang = c.get('lang');
  return (
    <Layout lang={lang} title={t(lang, 'calendar-admin.not_found')} url={c.req.url} user={c.get('user')}>
      <h1>{t(lang, 'calendar-admin.not_found')}</h1>
      <p>
        <a href="/admin/kalender">{t(lang, 'calendar-admin.back_to_calendars')}</a>
      </p>
    </Layout>
  );
}

export function calendarAdminPages() {
  const app = new Hono<AppEnv>();
  app.use(adminOnly);

  app.get('/', async (c) => {
    const lang = c.get('lang');
    const calendars = await listCalendarsWithHorizon(c.get('deps'));
    const running = calendars.filter((cal) => cal.horizon.alert);
    return c.html(
      <Layout lang={lang} title={t(lang, 'calendar-admin.working_day_calendars')} url={c.req.url} user={c.get('user')}>
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
                  <a href={`/admin/kalender/${encodeURIComponent(cal.code)}`}>{cal.code}</a>
                  {' — '}
                  {cal.horizon.provisionalNow
                    ? t(lang, 'calendar-admin.list_ended_on_deadlines_past_it', {
                        knownUntil: formatDate(cal.horizon.knownUntil, 'id'),
                        lastYear: cal.lastYear + 1,
                        knownUntil2: formatDate(cal.horizon.knownUntil, 'en'),
                      })
                    : t(lang, 'calendar-admin.list_ends_on_load_list_before', {
                        knownUntil: formatDate(cal.horizon.knownUntil, 'id'),
                        lastYear: cal.lastYear + 1,
                        knownUntil2: formatDate(cal.horizon.knownUntil, 'en'),
                      })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <CalendarList lang={lang} calendars={calendars} />
      </Layout>,
    );
  });

  /** One calendar, one year: the entries, the add form, and loading the next year. */
  async function calendarPage(
    c: Context<AppEnv>,
    code: string,
    year: number | undefined,
    form: { add?: { values: Values; errors: Errors }; load?: { values: Values; errors: Errors }; review?: { values: Values; errors: Errors } } = {},
    status: 200 | 400 | 409 = 200,
  ) {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const { calendar, year: shown, entries } = await calendarEntries(deps.db, code, year, deps.clock());
    const review = (await reviewStatus(deps)).find((r) => r.code === code) ?? null;
    const token = formToken(c);
    const title = `${t(lang, 'calendar-admin.calendar')} ${calendar.code}`;
    const addErrors = form.add?.errors ?? {};
    const loadErrors = form.load?.errors ?? {};
    const years = Array.from({ length: calendar.lastYear - calendar.firstYear + 1 }, (_, i) => calendar.firstYear + i);
    const query = c.req.query();
    return c.html(
      <Layout
        lang={lang}
        title={Object.keys(addErrors).length + Object.keys(loadErrors).length > 0 ? `${t(lang, 'calendar-admin.error_2')}: ${title}` : title}
        url={c.req.url}
        user={c.get('user')}
      >
        <p>
          <a href="/admin/kalender">{t(lang, 'calendar-admin.all_calendars')}</a>
        </p>
        <h1>{title}</h1>
        <Done lang={lang} query={query} />
        <ErrorSummary
          lang={lang}
          errors={{ ...addErrors, ...loadErrors }}
          ids={form.load ? idsFor('load', ['year', 'entries', 'reason']) : idsFor('add', FIELDS)}
        />
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
        {review ? (
          <ReviewSection lang={lang} code={code} token={token} review={review} errors={form.review?.errors ?? {}} values={form.review?.values ?? {}} />
        ) : null}
        <nav class="year-nav" aria-label={t(lang, 'calendar-admin.year')}>
          <ul>
            {years.map((y) => (
              <li>
                <a href={`/admin/kalender/${encodeURIComponent(code)}?tahun=${y}`} aria-current={y === shown ? 'page' : undefined}>
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
                    <a href={`/admin/kalender/${encodeURIComponent(code)}/entri/${e.id}`}>
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
          action={`/admin/kalender/${encodeURIComponent(code)}/entri`}
          token={token}
          version={calendar.version}
          values={form.add?.values ?? { date: '', kind: 'libur_nasional', nameId: '', nameEn: '', source: '', reason: '' }}
          errors={addErrors}
          submit={t(lang, 'calendar-admin.add_and_recount')}
        />

        <h2 id="muat-tahun">{t(lang, 'calendar-admin.load_holidays_of', { lastYear: calendar.lastYear + 1 })}</h2>
        <p>{t(lang, 'calendar-admin.deadlines_after_are_provisional_only_weekends', { lastYear: calendar.lastYear, holidayKinds: holidayKinds.join(', ') })}</p>
        <form method="post" action={`/admin/kalender/${encodeURIComponent(code)}/tahun`} class="narrow-form" novalidate>
          <Hidden name="_csrf" value={token} />
          <Hidden name="expectedVersion" value={String(calendar.version)} />
          <Hidden name="year" value={String(calendar.lastYear + 1)} />
          {loadErrors.year ? (
            <p class="field-error" id="load-year">
              {loadErrors.year}
            </p>
          ) : null}
          <TextArea
            lang={lang}
            id="load-entries"
            name="entries"
            rows={10}
            label={t(lang, 'calendar-admin.entries')}
            value={form.load?.values.entries}
            error={loadErrors.entries}
            hint={`${calendar.lastYear + 1}-01-01 | libur_nasional | Tahun Baru ${calendar.lastYear + 1} Masehi | New Year's Day | SKB 3 Menteri …`}
          />
          <TextArea
            lang={lang}
            id="load-reason"
            name="reason"
            label={t(lang, 'calendar-admin.reason_for_change')}
            value={form.load?.values.reason}
            error={loadErrors.reason}
          />
          <button type="submit" class="secondary">
            {t(lang, 'calendar-admin.load_this_year')}
          </button>
        </form>
      </Layout>,
      status,
    );
  }

  async function entryPage(
    c: Context<AppEnv>,
    code: string,
    entry: StoredEntry,
    form: { edit?: { values: Values; errors: Errors }; remove?: { values: Values; errors: Errors } } = {},
    status: 200 | 400 | 409 = 200,
  ) {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const { calendar } = await calendarEntries(deps.db, code, Number(entry.date.slice(0, 4)), deps.clock());
    const token = formToken(c);
    const base = `/admin/kalender/${encodeURIComponent(code)}/entri/${entry.id}`;
    const title = `${formatDate(entry.date, lang)} — ${lang === 'id' ? entry.nameId : entry.nameEn}`;
    const editErrors = form.edit?.errors ?? {};
    const removeErrors = form.remove?.errors ?? {};
    return c.html(
      <Layout
        lang={lang}
        title={Object.keys(editErrors).length + Object.keys(removeErrors).length > 0 ? `${t(lang, 'calendar-admin.error_2')}: ${title}` : title}
        url={c.req.url}
        user={c.get('user')}
      >
        <p>
          <a href={`/admin/kalender/${encodeURIComponent(code)}?tahun=${entry.date.slice(0, 4)}`}>{t(lang, 'calendar-admin.calendar_2', { code })}</a>
        </p>
        <h1>{title}</h1>
        <ErrorSummary lang={lang} errors={{ ...editErrors, ...removeErrors }} ids={form.remove ? idsFor('remove', ['reason']) : idsFor('edit', FIELDS)} />
        <p>{t(lang, 'calendar-admin.calendar_version', { code, version: calendar.version, kind: kindLabel(entry.kind, lang) })}</p>
        <h2>{t(lang, 'calendar-admin.edit_entry')}</h2>
        <p>{t(lang, 'calendar-admin.to_move_holiday_e_g_idul')}</p>
        <EntryForm
          lang={lang}
          prefix="edit"
          action={base}
          token={token}
          version={calendar.version}
          values={form.edit?.values ?? { ...entryValues(entry), reason: '' }}
          errors={editErrors}
          submit={t(lang, 'calendar-admin.save_and_recount')}
        />
        <h2>{t(lang, 'calendar-admin.remove_entry')}</h2>
        <form method="post" action={`${base}/hapus`} class="narrow-form" novalidate>
          <Hidden name="_csrf" value={token} />
          <Hidden name="expectedVersion" value={String(calendar.version)} />
          <TextArea
            lang={lang}
            id="remove-reason"
            name="reason"
            label={t(lang, 'calendar-admin.reason_for_removing_it')}
            value={form.remove?.values.reason}
            error={removeErrors.reason}
          />
          <button type="submit" class="secondary">
            {t(lang, 'calendar-admin.remove_and_recount')}
          </button>
        </form>
      </Layout>,
      status,
    );
  }

  /** A refused form token: the form is stale or did not come from this session. */
  const refuseToken = (c: Context<AppEnv>) => {
    const lang = c.get('lang');
    return c.html(
      <Layout lang={lang} title={t(lang, 'calendar-admin.form_expired')} url={c.req.url} user={c.get('user')}>
        <h1>{t(lang, 'calendar-admin.form_expired')}</h1>
        <p>{t(lang, 'calendar-admin.reload_page_and_send_it_again')}</p>
      </Layout>,
      403,
    );
  };

  /** Runs a page handler, answering an unknown calendar or entry with a 404 page. */
  const page = (handler: (c: Context<AppEnv>) => Promise<Response>) => async (c: Context<AppEnv>) => {
    try {
      return await handler(c);
    } catch (e) {
      if (e instanceof DomainError && e.status === 404) return c.html(<NotFoundPage c={c} />, 404);
      throw e;
    }
  };

  app.get(
    '/:code',
    page(async (c) => {
      const raw = c.req.query('tahun');
      const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
      try {
        return await calendarPage(c, param(c, 'code'), year);
      } catch (e) {
        // A year outside the calendar: show the default year instead.
        if (e instanceof DomainError && e.status === 400) return calendarPage(c, param(c, 'code'), undefined);
        throw e;
      }
    }),
  );

  app.post(
    '/:code/entri',
    page(async (c) => {
      const code = param(c, 'code');
      const values = await formValues(c);
      if (!tokenMatches(c, values._csrf ?? '')) return refuseToken(c);
      const lang = c.get('lang');
      const input = parsed(newEntrySchema, values, lang);
      const year = /^\d{4}/.test(values.date ?? '') ? Number(values.date!.slice(0, 4)) : undefined;
      if ('errors' in input) return calendarPage(c, code, undefined, { add: { values, errors: input.errors } }, 400);
      try {
        const result = await addEntry(c.get('deps'), code, input.data, c.get('actor')!);
        return redirectAfter(c, code, String(year), 'added', result);
      } catch (e) {
        const errors = errorsOf(lang, e);
        return calendarPage(c, code, undefined, { add: { values, errors } }, e instanceof DomainError && e.status === 409 ? 409 : 400);
      }
    }),
  );

  app.post(
    '/:code/tahun',
    page(async (c) => {
      const code = param(c, 'code');
      const values = await formValues(c);
      if (!tokenMatches(c, values._csrf ?? '')) return refuseToken(c);
      const lang = c.get('lang');
      const lines = (values.entries ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      const entries = lines.map((line) => {
        const [date = '', kind = '', nameId = '', nameEn = '', source = ''] = line.split('|').map((p) => p.trim());
        return { date, kind, nameId, nameEn, source };
      });
      const input = parsed(loadYearSchema, { ...values, entries }, lang);
      const lineErrors = (errors: Errors): Errors => {
        const out: Errors = {};
        const perLine: string[] = [];
        for (const [path, message] of Object.entries(errors)) {
          const m = /^entries\.(\d+)\.(\w+)$/.exec(path);
          if (m) perLine.push(t(lang, 'calendar-admin.line', { m: Number(m[1]) + 1, m2: m[2], message }));
          else out[path] = message;
        }
        if (perLine.length > 0) out.entries = perLine.join(' ');
        return out;
      };
      if ('errors' in input) return calendarPage(c, code, undefined, { load: { values, errors: lineErrors(input.errors) } }, 400);
      try {
        const result = await loadYear(c.get('deps'), code, input.data, c.get('actor')!);
        return redirectAfter(c, code, String(input.data.year), 'year', result);
      } catch (e) {
        return calendarPage(
          c,
          code,
          undefined,
          { load: { values, errors: lineErrors(errorsOf(lang, e)) } },
          e instanceof DomainError && e.status === 409 ? 409 : 400,
        );
      }
    }),
  );

  app.post(
    '/:code/tinjauan',
    page(async (c) => {
      const code = param(c, 'code');
      const values = await formValues(c);
      if (!tokenMatches(c, values._csrf ?? '')) return refuseToken(c);
      const lang = c.get('lang');
      const input = parsed(reviewSchema, values, lang);
      if ('errors' in input) return calendarPage(c, code, undefined, { review: { values, errors: input.errors } }, 400);
      try {
        await recordReview(c.get('deps'), code, input.data, c.get('actor')!);
        return c.redirect(`/admin/kalender/${encodeURIComponent(code)}?tahun=${input.data.year}&ditinjau=${input.data.year}`, 303);
      } catch (e) {
        return calendarPage(c, code, undefined, { review: { values, errors: errorsOf(lang, e) } }, 400);
      }
    }),
  );

  app.get(
    '/:code/entri/:id',
    page(async (c) => {
      const code = param(c, 'code');
      return entryPage(c, code, await findEntry(c.get('deps').db, code, param(c, 'id')));
    }),
  );

  app.post(
    '/:code/entri/:id',
    page(async (c) => {
      const code = param(c, 'code');
      const entry = await findEntry(c.get('deps').db, code, param(c, 'id'));
      const values = await formValues(c);
      if (!tokenMatches(c, values._csrf ?? '')) return refuseToken(c);
      const lang = c.get('lang');
      const input = parsed(newEntrySchema, values, lang);
      if ('errors' in input) return entryPage(c, code, entry, { edit: { values, errors: input.errors } }, 400);
      try {
        const result = await updateEntry(c.get('deps'), code, entry.id, { ...input.data, source: input.data.source ?? null }, c.get('actor')!);
        return redirectAfter(c, code, input.data.date.slice(0, 4), 'updated', result);
      } catch (e) {
        return entryPage(c, code, entry, { edit: { values, errors: errorsOf(lang, e) } }, e instanceof DomainError && e.status === 409 ? 409 : 400);
      }
    }),
  );

  app.post(
    '/:code/entri/:id/hapus',
    page(async (c) => {
      const code = param(c, 'code');
      const entry = await findEntry(c.get('deps').db, code, param(c, 'id'));
      const values = await formValues(c);
      if (!tokenMatches(c, values._csrf ?? '')) return refuseToken(c);
      const lang = c.get('lang');
      const input = parsed(removeEntrySchema, values, lang);
      if ('errors' in input) return entryPage(c, code, entry, { remove: { values, errors: input.errors } }, 400);
      try {
        const result = await removeEntry(c.get('deps'), code, entry.id, input.data, c.get('actor')!);
        return redirectAfter(c, code, entry.date.slice(0, 4), 'removed', result);
      } catch (e) {
        return entryPage(c, code, entry, { remove: { values, errors: errorsOf(lang, e) } }, e instanceof DomainError && e.status === 409 ? 409 : 400);
      }
    }),
  );

  return app;
}
