/** @jsxImportSource hono/jsx */
/**
 * Accessible form pieces for the public pages (WCAG 2.1 AA): every input has a label, its hint and
 * its error are tied to it with aria-describedby, errors sit beside the field and in a summary at
 * the top whose links move the focus to the field.
 */
import type { Child } from 'hono/jsx';
import type { Lang } from '../../../i18n';
import { tr } from '../lang';
import { t } from '../../../i18n';

/** `requester.nik` → `f-requester-nik`: the id the error summary links to. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

export type FieldErrors = Record<string, string>;
export type FieldValues = Record<string, string>;

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldError({ lang, name, error }: { lang: Lang; name: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <span class="field-error" id={`${fieldId(name)}-error`}>
      <span class="visually-hidden">{t(lang, 'public.error')}</span>
      {error}
    </span>
  );
}

export function ErrorSummary({ lang, errors, labels, order }: { lang: Lang; errors: FieldErrors; labels: Record<string, string>; order: readonly string[] }) {
  const names = [...order.filter((n) => n in errors), ...Object.keys(errors).filter((n) => !order.includes(n))];
  if (names.length === 0) return null;
  return (
    <div class="error-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">
        {tr(
          lang,
          `Ada ${names.length} isian yang perlu diperbaiki`,
          names.length === 1 ? 'There is 1 field to fix' : `There are ${names.length} fields to fix`,
        )}
      </h2>
      <ul>
        {names.map((n) => (
          <li>
            <a href={`#${fieldId(n)}`}>
              {labels[n] ? `${labels[n]}: ` : ''}
              {errors[n]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface TextFieldProps {
  lang: Lang;
  name: string;
  label: string;
  hint?: Child;
  error?: string | undefined;
  value?: string | undefined;
  type?: 'text' | 'email' | 'tel';
  multiline?: boolean;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  maxlength?: number;
  /** Requester types the field applies to (the form script hides it for the others). */
  types?: string;
  /** Per requester type label and hint (JSON `{"individual": "…"}`), for the form script. */
  labels?: string;
  hints?: string;
}

export function TextField(p: TextFieldProps) {
  const id = fieldId(p.name);
  const common = {
    id,
    name: p.name,
    'aria-describedby': describedBy(p.name, p.hint, p.error),
    'aria-invalid': p.error ? 'true' : undefined,
    autocomplete: p.autocomplete,
    maxlength: p.maxlength,
    'aria-required': p.required ? 'true' : undefined,
  };
  return (
    <div class={`field${p.error ? ' has-error' : ''}`} data-types={p.types}>
      <label for={id} data-labels={p.labels}>
        {p.label}
        {p.required ? null : <span class="optional"> {t(p.lang, 'public.optional')}</span>}
      </label>
      {p.hint ? (
        <span class="hint" id={`${id}-hint`} data-hints={p.hints}>
          {p.hint}
        </span>
      ) : null}
      <FieldError lang={p.lang} name={p.name} error={p.error} />
      {p.multiline ? (
        <textarea {...common} rows={5}>
          {p.value ?? ''}
        </textarea>
      ) : (
        <input {...common} type={p.type ?? 'text'} value={p.value ?? ''} inputmode={p.inputmode} spellcheck={p.type === 'email' ? false : undefined} />
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
  group?: string;
}

export function RadioGroup(p: {
  lang: Lang;
  name: string;
  legend: string;
  hint?: Child;
  error?: string | undefined;
  value?: string | undefined;
  options: Option[];
}) {
  const id = fieldId(p.name);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <fieldset aria-describedby={describedBy(p.name, p.hint, p.error)}>
        <legend>{p.legend}</legend>
        {p.hint ? (
          <span class="hint" id={`${id}-hint`}>
            {p.hint}
          </span>
        ) : null}
        <FieldError lang={p.lang} name={p.name} error={p.error} />
        {p.options.map((o, i) => (
          <label class="choice">
            <input
              type="radio"
              name={p.name}
              value={o.value}
              id={i === 0 ? id : `${id}-${o.value}`}
              checked={p.value === o.value}
              aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            />
            <span>
              {o.label}
              {o.hint ? (
                <span class="hint" id={`${id}-${o.value}-hint`}>
                  {o.hint}
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export function SelectField(p: {
  lang: Lang;
  name: string;
  label: string;
  hint?: Child;
  error?: string | undefined;
  value?: string | undefined;
  options: Option[];
  types?: string;
}) {
  const id = fieldId(p.name);
  const groups = [...new Set(p.options.map((o) => o.group ?? ''))];
  const optionTags = (g: string) =>
    p.options
      .filter((o) => (o.group ?? '') === g)
      .map((o) => (
        <option value={o.value} selected={p.value === o.value}>
          {o.label}
        </option>
      ));
  return (
    <div class={`field${p.error ? ' has-error' : ''}`} data-types={p.types}>
      <label for={id}>{p.label}</label>
      {p.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      <FieldError lang={p.lang} name={p.name} error={p.error} />
      <select id={id} name={p.name} aria-describedby={describedBy(p.name, p.hint, p.error)} aria-invalid={p.error ? 'true' : undefined}>
        {groups.map((g) => (g ? <optgroup label={g}>{optionTags(g)}</optgroup> : optionTags(g)))}
      </select>
    </div>
  );
}

/** `messages` are the client-side hints the form script shows before sending (the server checks again). */
export function FileField(p: {
  lang: Lang;
  name: string;
  label: string;
  hint?: Child;
  error?: string | undefined;
  accept: string;
  maxBytes: number;
  messages: { tooLarge: string; type: string };
}) {
  const id = fieldId(p.name);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={id}>
        {p.label} <span class="optional">{t(p.lang, 'public.optional')}</span>
      </label>
      {p.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      <FieldError lang={p.lang} name={p.name} error={p.error} />
      <input
        type="file"
        id={id}
        name={p.name}
        accept={p.accept}
        data-max-bytes={String(p.maxBytes)}
        data-msg-too-large={p.messages.tooLarge}
        data-msg-type={p.messages.type}
        aria-describedby={describedBy(p.name, p.hint, p.error)}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  );
}
