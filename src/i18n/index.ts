/**
 * Messages in Indonesian (default) and English: one catalogue per area in `messages/` (keys
 * unique across areas, typed), `t()` to read one. docs/pages.md says how to add text.
 */
import type { z } from 'zod';
import { type Lang, type Params, render } from './catalogue';
import { messages } from './messages';

export type { Lang, Params } from './catalogue';
export { formatCalendarDate } from './catalogue';

/** `Accept-Language` → `en` when English is preferred over Indonesian, else `id`. */
export function langFrom(header: string | null | undefined): Lang {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const first = ranked.find((r) => r.base === 'id' || r.base === 'en');
  return first?.base === 'en' ? 'en' : 'id';
}

export type MessageKey = keyof typeof messages;
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messages, key);

/**
 * The message `key` in `lang`: `t(lang, 'officer.queue_title')`, `t(lang, 'admin.reset_password_of', { username })`.
 * Keys are typed: a key no catalogue holds does not compile. See catalogue.ts for placeholders and plurals.
 */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return render(messages[key][lang], lang, params);
}

/** One message per invalid field (`requester.nik`), in the caller's language. */
export function fieldErrors(error: { issues: z.core.$ZodIssue[] }, lang: Lang, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (!(path in fields)) fields[path] = issueMessage(issue, lang, valueAt(input, issue.path));
  }
  return fields;
}

/** The submitted value at an issue's path (zod 4 issues do not carry it). */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueMessage(issue: z.core.$ZodIssue, lang: Lang, value: unknown): string {
  switch (issue.code) {
    case 'custom':
      return isMessageKey(issue.message) ? t(lang, issue.message) : t(lang, 'invalid_format');
    case 'invalid_type':
      return value === undefined || value === null || value === '' ? t(lang, 'required') : t(lang, 'invalid_type');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t(lang, 'required') : t(lang, 'too_short', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t(lang, 'too_few', { min: Number(issue.minimum) });
      return t(lang, 'too_small_number', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t(lang, 'too_long', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t(lang, 'too_many', { max: Number(issue.maximum) });
      return t(lang, 'too_big_number', { max: Number(issue.maximum) });
    case 'invalid_value':
      return t(lang, 'invalid_option', { options: issue.values.map(String).join(', ') });
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? t(lang, 'invalid_option', { options: issue.options.map(String).join(', ') })
        : t(lang, 'invalid_format');
    case 'invalid_format':
      if (issue.format === 'email') return t(lang, 'invalid_email');
      if (isMessageKey(issue.message)) return t(lang, issue.message);
      return t(lang, 'invalid_format');
    case 'unrecognized_keys':
      return t(lang, 'unknown_field');
    default:
      return isMessageKey(issue.message) ? t(lang, issue.message) : t(lang, 'invalid_format');
  }
}

/** A domain refusal's field errors (field path → message key, as `DomainError.fields`) in `lang`. */
export const domainFieldErrors = (e: { fields: Record<string, MessageKey>; params: Record<string, string | number> }, lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)]));
