/**
 * The shape of a message catalogue and how one message becomes text.
 *
 * A message is a string with placeholders, or plural forms chosen by `Intl.PluralRules`:
 * - `{name}` — the parameter as given (`String(value)`; a year stays `2026`);
 * - `{name, number}` — `Intl.NumberFormat` of the language (`1.234` / `1,234`);
 * - `{name, date}` — a calendar date (`2026-11-27` or a `Date`) as `27 November 2026` in both;
 * - plural forms `{ one: '{count} day', other: '{count} days' }` — chosen by the `count`
 *   parameter (Indonesian has only `other`, English `one` and `other`).
 */
export type Lang = 'id' | 'en';

export type PluralForms = { readonly other: string } & Partial<Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>>;
export type Text = string | PluralForms;
/** One message in both languages; `note` explains context to a translator (never shown). */
export interface Entry {
  readonly id: Text;
  readonly en: Text;
  readonly note?: string;
}
export type Catalogue = Readonly<Record<string, Entry>>;
/** A parameter given as `undefined` prints nothing; a placeholder with no parameter stays visible. */
export type Params = Readonly<Record<string, string | number | Date | undefined>>;

export const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

const plurals = { id: new Intl.PluralRules('id-ID'), en: new Intl.PluralRules('en-GB') };
const numbers = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en-GB') };
const dates = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** `27 November 2026` (id and en) from a calendar date `2026-11-27` or a `Date` (its UTC day). */
export function formatCalendarDate(value: string | Date, lang: Lang): string {
  const d = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return dates[lang].format(d);
}

export const formatNumberIn = (value: number, lang: Lang) => numbers[lang].format(value);

function pick(text: Text, lang: Lang, params: Params): string {
  if (typeof text === 'string') return text;
  const count = Number(params.count ?? Number.NaN);
  const rule = Number.isFinite(count) ? plurals[lang].select(count) : 'other';
  return text[rule] ?? text.other;
}

/** The message in `lang` with its placeholders filled; an unknown placeholder stays visible. */
export function render(text: Text, lang: Lang, params: Params = {}): string {
  return pick(text, lang, params).replace(/\{(\w+)(?:,\s*(number|date))?\}/g, (whole, name: string, style?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (value === undefined) return '';
    if (style === 'number' && typeof value === 'number') return formatNumberIn(value, lang);
    if (style === 'date' && (typeof value === 'string' || value instanceof Date)) return formatCalendarDate(value, lang);
    return value instanceof Date ? formatCalendarDate(value, lang) : String(value);
  });
}
