/** @jsxImportSource hono/jsx */
/**
 * The calendar administration handlers: read the form, check it with the calendar's schemas, call
 * calendar/admin (which moves the calendar, writes the audit event and counts the open cases
 * again in one transaction), then redirect to what changed or show the form again with its
 * errors. The guard and the form token are checked before (index.ts).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import {
  type ChangeResult,
  addEntry,
  calendarEntries,
  findEntry,
  listCalendarsWithHorizon,
  loadYear,
  removeEntry,
  updateEntry,
} from '../../../../calendar/admin';
import { loadYearSchema, newEntrySchema, removeEntrySchema } from '../../../../calendar/entry.schema';
import { recordReview, reviewSchema, reviewStatus } from '../../../../calendar/reviews';
import { DomainError } from '../../../../cases/errors';
import { type Lang, fieldErrors, t } from '../../../../i18n';
import type { AppEnv } from '../../../env';
import type { FieldErrors, FieldValues } from '../../kit/fields';
import { formToken } from '../../kit/form-token';
import { lineErrors, parseYearLines } from './parser';
import { CalendarListPage, CalendarPage, EntryPage, type FormState, type Frame, NotFoundPage } from './views';

type Handler = (c: Context<AppEnv>) => Promise<Response>;

const frameOf = (c: Context<AppEnv>): Frame => ({ lang: c.get('lang'), url: c.req.url, user: c.get('user') });
/** A route parameter (the handlers are shared, so the path's typing does not reach them). */
const param = (c: Context<AppEnv>, name: 'code' | 'id') => c.req.param(name) ?? '';
const calendarHref = (code: string) => `/admin/kalender/${encodeURIComponent(code)}`;

async function formValues(c: Context<AppEnv>): Promise<FieldValues> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as FieldValues;
}

/** A refused change as messages by field name ('_' for the change as a whole); a 404 goes on up. */
function errorsOf(lang: Lang, e: unknown): FieldErrors {
  if (e instanceof DomainError && e.status !== 404) {
    const fields = Object.entries(e.fields);
    if (fields.length > 0) return Object.fromEntries(fields.map(([f, key]) => [f, t(lang, key, e.params)]));
    return { _: t(lang, e.messageKey, e.params) };
  }
  throw e;
}

const statusOf = (e: unknown) => (e instanceof DomainError && e.status === 409 ? 409 : 400);

function parsed<T extends z.ZodType>(schema: T, raw: unknown, lang: Lang): { data: z.infer<T> } | { errors: FieldErrors } {
  const result = schema.safeParse(raw);
  return result.success ? { data: result.data } : { errors: fieldErrors(result.error, lang) };
}

/** After a change: back to the calendar's year, saying what happened. */
function redirectAfter(c: Context<AppEnv>, code: string, year: string, done: string, result: ChangeResult) {
  const q = new URLSearchParams({ tahun: year, selesai: done, versi: String(result.calendar.version), dihitung: String(result.recomputed.length) });
  return c.redirect(`${calendarHref(code)}?${q.toString()}`, 303);
}

/** Answers an unknown calendar or entry with the 404 page. */
const page =
  (handler: Handler): Handler =>
  async (c) => {
    try {
      return await handler(c);
    } catch (e) {
      if (e instanceof DomainError && e.status === 404) return c.html(<NotFoundPage frame={frameOf(c)} />, 404);
      throw e;
    }
  };

type CalendarForms = { add?: FormState; load?: FormState; review?: FormState };

async function showCalendar(c: Context<AppEnv>, code: string, year: number | undefined, forms: CalendarForms = {}, status: 200 | 400 | 409 = 200) {
  const deps = c.get('deps');
  const { calendar, year: shown, entries } = await calendarEntries(deps.db, code, year, deps.clock());
  const review = (await reviewStatus(deps)).find((r) => r.code === code) ?? null;
  return c.html(
    <CalendarPage
      frame={frameOf(c)}
      calendar={calendar}
      shown={shown}
      entries={entries}
      review={review}
      token={formToken(c)}
      query={c.req.query()}
      add={forms.add}
      load={forms.load}
      review_={forms.review}
    />,
    status,
  );
}

async function showEntry(c: Context<AppEnv>, code: string, forms: { edit?: FormState; remove?: FormState } = {}, status: 200 | 400 | 409 = 200) {
  const deps = c.get('deps');
  const entry = await findEntry(deps.db, code, param(c, 'id'));
  const { calendar } = await calendarEntries(deps.db, code, Number(entry.date.slice(0, 4)), deps.clock());
  return c.html(<EntryPage frame={frameOf(c)} calendar={calendar} entry={entry} token={formToken(c)} edit={forms.edit} remove={forms.remove} />, status);
}

export const listHandler: Handler = async (c) => c.html(<CalendarListPage frame={frameOf(c)} calendars={await listCalendarsWithHorizon(c.get('deps'))} />);

export const showCalendarHandler = page(async (c) => {
  const raw = c.req.query('tahun');
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  try {
    return await showCalendar(c, param(c, 'code'), year);
  } catch (e) {
    // A year outside the calendar: show the default year instead.
    if (e instanceof DomainError && e.status === 400) return showCalendar(c, param(c, 'code'), undefined);
    throw e;
  }
});

export const addEntryHandler = page(async (c) => {
  const code = param(c, 'code');
  const lang = c.get('lang');
  const values = await formValues(c);
  const input = parsed(newEntrySchema, values, lang);
  if ('errors' in input) return showCalendar(c, code, undefined, { add: { values, errors: input.errors } }, 400);
  try {
    const result = await addEntry(c.get('deps'), code, input.data, c.get('actor')!);
    return redirectAfter(c, code, input.data.date.slice(0, 4), 'added', result);
  } catch (e) {
    return showCalendar(c, code, undefined, { add: { values, errors: errorsOf(lang, e) } }, statusOf(e));
  }
});

export const loadYearHandler = page(async (c) => {
  const code = param(c, 'code');
  const lang = c.get('lang');
  const values = await formValues(c);
  const input = parsed(loadYearSchema, { ...values, entries: parseYearLines(values.entries ?? '') }, lang);
  if ('errors' in input) return showCalendar(c, code, undefined, { load: { values, errors: lineErrors(input.errors, lang) } }, 400);
  try {
    const result = await loadYear(c.get('deps'), code, input.data, c.get('actor')!);
    return redirectAfter(c, code, String(input.data.year), 'year', result);
  } catch (e) {
    return showCalendar(c, code, undefined, { load: { values, errors: lineErrors(errorsOf(lang, e), lang) } }, statusOf(e));
  }
});

export const reviewHandler = page(async (c) => {
  const code = param(c, 'code');
  const lang = c.get('lang');
  const values = await formValues(c);
  const input = parsed(reviewSchema, values, lang);
  if ('errors' in input) return showCalendar(c, code, undefined, { review: { values, errors: input.errors } }, 400);
  try {
    await recordReview(c.get('deps'), code, input.data, c.get('actor')!);
    return c.redirect(`${calendarHref(code)}?tahun=${input.data.year}&ditinjau=${input.data.year}`, 303);
  } catch (e) {
    return showCalendar(c, code, undefined, { review: { values, errors: errorsOf(lang, e) } }, 400);
  }
});

export const entryPageHandler = page(async (c) => showEntry(c, param(c, 'code')));

export const editEntryHandler = page(async (c) => {
  const code = param(c, 'code');
  const lang = c.get('lang');
  const entry = await findEntry(c.get('deps').db, code, param(c, 'id'));
  const values = await formValues(c);
  const input = parsed(newEntrySchema, values, lang);
  if ('errors' in input) return showEntry(c, code, { edit: { values, errors: input.errors } }, 400);
  try {
    const result = await updateEntry(c.get('deps'), code, entry.id, { ...input.data, source: input.data.source ?? null }, c.get('actor')!);
    return redirectAfter(c, code, input.data.date.slice(0, 4), 'updated', result);
  } catch (e) {
    return showEntry(c, code, { edit: { values, errors: errorsOf(lang, e) } }, statusOf(e));
  }
});

export const removeEntryHandler = page(async (c) => {
  const code = param(c, 'code');
  const lang = c.get('lang');
  const entry = await findEntry(c.get('deps').db, code, param(c, 'id'));
  const values = await formValues(c);
  const input = parsed(removeEntrySchema, values, lang);
  if ('errors' in input) return showEntry(c, code, { remove: { values, errors: input.errors } }, 400);
  try {
    const result = await removeEntry(c.get('deps'), code, entry.id, input.data, c.get('actor')!);
    return redirectAfter(c, code, entry.date.slice(0, 4), 'removed', result);
  } catch (e) {
    return showEntry(c, code, { remove: { values, errors: errorsOf(lang, e) } }, statusOf(e));
  }
});
