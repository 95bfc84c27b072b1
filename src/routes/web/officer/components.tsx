/** @jsxImportSource hono/jsx */
/**
 * Pieces shared by the officer pages: the page frame (with the notification count), accessible
 * form fields (label, hint and error tied to the input; an error summary linking to the fields),
 * the CSRF field, and the working-days-left badge (colour and words).
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { csrfToken } from '../../../auth/page-guards';
import { currentUser } from '../../../auth/middleware';
import { CSRF_FIELD } from '../../../auth/csrf';
import type { Lang } from '../../../i18n';
import { unreadCount } from '../../../notifications/inbox';
import { notifyFromAudit } from '../../../notifications/notify';
import type { AppEnv } from '../../env';
import { tr } from '../lang';
import { t } from '../../../i18n';

export type Errors = Record<string, string>;
export type Values = Record<string, string | string[] | undefined>;

/** `consequenceTest.harm` → `f-consequenceTest-harm`: the id the error summary links to. */
export const fieldId = (name: string, prefix = 'f') => `${prefix}-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

export const fieldValue = (values: Values, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
export const valuesOf = (values: Values, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/**
 * The Layout's props for an officer page, with the unread notification count in the header.
 * `url` is the address the page stands for (after a form post: the page it came from).
 */
export async function frame(c: Context<AppEnv>, title: string, url = c.req.url) {
  const lang = c.get('lang');
  const user = currentUser(c);
  let headerExtra: Child = null;
  if (user && !user.mustChangePassword) {
    const deps = c.get('deps');
    await notifyFromAudit(deps);
    const unread = await unreadCount(deps.db, user.id);
    const shown = unread >= 100 ? '99+' : String(unread);
    headerExtra = (
      <a href="/petugas/notifikasi" class="notification-link">
        {t(lang, 'officer.notifications')} <span class={`badge${unread > 0 ? ' badge-alert' : ''}`}>{shown}</span>
        <span class="visually-hidden">{t(lang, 'officer.unread')}</span>
      </a>
    );
  }
  return { lang, title, url, user, headerExtra };
}

export function CsrfField({ c }: { c: Context<AppEnv> }) {
  return <input type="hidden" name={CSRF_FIELD} value={csrfToken(c)} />;
}

export function ErrorSummary({
  lang,
  errors,
  labels,
  prefix = 'f',
  title,
}: {
  lang: Lang;
  errors: Errors;
  labels: Record<string, string>;
  prefix?: string;
  title?: string;
}) {
  const names = Object.keys(errors);
  if (names.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby={`${prefix}-error-summary-title`} tabindex={-1} id={`${prefix}-error-summary`}>
      <h2 id={`${prefix}-error-summary-title`}>
        {title ??
          tr(
            lang,
            `Ada ${names.length} isian yang perlu diperbaiki`,
            names.length === 1 ? 'There is 1 field to fix' : `There are ${names.length} fields to fix`,
          )}
      </h2>
      <ul>
        {names.map((n) => (
          <li>
            <a href={`#${fieldId(n, prefix)}`}>
              {labels[n] ? `${labels[n]}: ` : ''}
              {errors[n]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  lang: Lang;
  name: string;
  label: string;
  hint?: Child;
  error?: string | undefined;
  required?: boolean;
  prefix?: string;
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function FieldShell(p: FieldProps & { id: string; children: Child; legend?: boolean }) {
  const head = (
    <>
      {p.hint ? (
        <span class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      {p.error ? (
        <span class="field-error" id={`${p.id}-error`}>
          <span class="visually-hidden">{t(p.lang, 'officer.error')}</span>
          {p.error}
        </span>
      ) : null}
    </>
  );
  const optional = p.required === false ? <span class="optional"> {t(p.lang, 'officer.optional')}</span> : null;
  if (p.legend) {
    return (
      <div class={`field${p.error ? ' has-error' : ''}`}>
        <fieldset aria-describedby={describedBy(p.id, p.hint, p.error)}>
          <legend>
            {p.label}
            {optional}
          </legend>
          {head}
          {p.children}
        </fieldset>
      </div>
    );
  }
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={p.id}>
        {p.label}
        {optional}
      </label>
      {head}
      {p.children}
    </div>
  );
}

export function TextInput(
  p: FieldProps & {
    value?: string;
    type?: string;
    multiline?: boolean;
    autocomplete?: string;
    maxlength?: number;
    inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  },
) {
  const id = fieldId(p.name, p.prefix);
  const common = {
    id,
    name: p.name,
    'aria-describedby': describedBy(id, p.hint, p.error),
    'aria-invalid': p.error ? 'true' : undefined,
    'aria-required': p.required ? 'true' : undefined,
    autocomplete: p.autocomplete,
    maxlength: p.maxlength,
  };
  return (
    <FieldShell {...p} id={id}>
      {p.multiline ? (
        <textarea {...common} rows={4}>
          {p.value ?? ''}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? 'text'} value={p.value ?? ''} inputmode={p.inputmode} />
      )}
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
  group?: string;
}

/** Options in their groups (a group's options together, groups in order of first appearance). */
function groupsOf(options: Option[]): Array<[string, Option[]]> {
  const groups = new Map<string, Option[]>();
  for (const o of options) groups.set(o.group ?? '', [...(groups.get(o.group ?? '') ?? []), o]);
  return [...groups];
}

export function SelectInput(p: FieldProps & { value?: string; options: Option[]; empty?: string }) {
  const id = fieldId(p.name, p.prefix);
  return (
    <FieldShell {...p} id={id}>
      <select id={id} name={p.name} aria-describedby={describedBy(id, p.hint, p.error)} aria-invalid={p.error ? 'true' : undefined}>
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {groupsOf(p.options).map(([g, options]) => {
          const tags = options.map((o) => (
            <option value={o.value} selected={p.value === o.value}>
              {o.label}
            </option>
          ));
          return g ? <optgroup label={g}>{tags}</optgroup> : tags;
        })}
      </select>
    </FieldShell>
  );
}

/** Choices, in a fieldset per group when the options have groups (the 130+ missions, by region). */
export function Choices(p: FieldProps & { type: 'radio' | 'checkbox'; values: string[]; options: Option[]; children?: (o: Option) => Child }) {
  const id = fieldId(p.name, p.prefix);
  const first = p.options[0]?.value;
  const row = (o: Option) => (
    <div class="choice-row">
      <label class="choice">
        <input type={p.type} name={p.name} value={o.value} id={o.value === first ? id : `${id}-${o.value}`} checked={p.values.includes(o.value)} />
        <span>
          {o.label}
          {o.hint ? <span class="hint">{o.hint}</span> : null}
        </span>
      </label>
      {p.children ? p.children(o) : null}
    </div>
  );
  const groups = groupsOf(p.options);
  return (
    <FieldShell {...p} id={id} legend>
      {groups.length > 1
        ? groups.map(([g, options]) =>
            g ? (
              <fieldset class="choice-group">
                <legend>{g}</legend>
                {options.map(row)}
              </fieldset>
            ) : (
              options.map(row)
            ),
          )
        : p.options.map(row)}
    </FieldShell>
  );
}

/** Working days left, in colour and in words (the colour is never the only signal). */
export function DaysLeft({ lang, days }: { lang: Lang; days: number | null }) {
  if (days === null) return <span class="days-left">{t(lang, 'officer.unknown')}</span>;
  const tone = days < 0 ? 'bad' : days <= 3 ? 'warn' : 'ok';
  const text =
    days < 0
      ? t(lang, 'officer.working_day_overdue', { value: -days, value2: days === -1 ? '' : 's' })
      : days === 0
        ? t(lang, 'officer.due_today')
        : t(lang, 'officer.working_day_left', { days, value: days === 1 ? '' : 's' });
  return <span class={`days-left ${tone}`}>{text}</span>;
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** An instant as a local date and time in words, in a time zone: "23 November 2026 10.00 (Asia/Jakarta)". */
export function formatInstant(iso: string, lang: Lang, timeZone = 'Asia/Jakarta'): string {
  const text = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
  return timeZone === 'Asia/Jakarta' ? `${text} WIB` : `${text} (${timeZone})`;
}

export function Notice({ tone, children }: { tone?: 'ok' | 'warn' | 'bad'; children: Child }) {
  return (
    <div class={`notice${tone ? ` ${tone}` : ''}`} role={tone === 'bad' || tone === 'warn' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
