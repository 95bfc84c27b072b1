/** @jsxImportSource hono/jsx */
/**
 * Accessible form fields for every page (WCAG 2.1 AA): each input has a label (or a legend for a
 * group), its hint and its error are tied to it with `aria-describedby`, the error sits beside
 * the field and in a summary at the top whose links move the focus to the field. Texts in the
 * page's language (`lang`); a field that is not required says so when `required={false}`.
 *
 *   <ErrorSummary lang={lang} errors={errors} labels={labels} />
 *   <TextField lang={lang} name="reason" label={…} hint={…} error={errors.reason} value={values.reason} required />
 */
import type { Child } from 'hono/jsx';
import { type Lang, t } from '../../../i18n';

export type FieldErrors = Record<string, string>;
/** What was typed, to show again (one value a field). */
export type FieldValues = Record<string, string>;
/** What was typed, when a repeated field (checkboxes) is an array. */
export type FormValues = Record<string, string | string[] | undefined>;

export interface Option {
  value: string;
  label: string;
  hint?: string;
  /** Options with a group are shown together under it (`<optgroup>` or a fieldset). */
  group?: string;
}

/** `consequenceTest.harm` → `f-consequenceTest-harm`: the id the error summary links to. */
export const fieldId = (name: string, prefix = 'f') => `${prefix}-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The one value of a field (the first of a repeated one). */
export const fieldValue = (values: FormValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
/** All values of a repeated field (checkboxes). */
export const valuesOf = (values: FormValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

interface FieldProps {
  lang: Lang;
  name: string;
  label: Child;
  hint?: Child;
  error?: string | undefined;
  /** `true`: aria-required; `false`: the label says "(optional)". */
  required?: boolean;
  /** Several forms on one page keep their ids apart with a prefix (`f` by default). */
  prefix?: string;
  /** Extra attributes on the field's wrapper (the request form's script reads `data-*`). */
  wrapper?: Record<string, string | undefined>;
  /** Extra attributes on the label (per-type labels for the request form's script). */
  labelAttrs?: Record<string, string | undefined>;
  hintAttrs?: Record<string, string | undefined>;
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const Optional = ({ lang, required }: { lang: Lang; required?: boolean | undefined }) =>
  required === false ? <span class="optional"> {t(lang, 'common.optional')}</span> : null;

function FieldShell(p: FieldProps & { id: string; children: Child; legend?: boolean }) {
  const head = (
    <>
      {p.hint ? (
        <span class="hint" id={`${p.id}-hint`} {...p.hintAttrs}>
          {p.hint}
        </span>
      ) : null}
      {p.error ? (
        <span class="field-error" id={`${p.id}-error`}>
          <span class="visually-hidden">{t(p.lang, 'common.error_prefix')}</span>
          {p.error}
        </span>
      ) : null}
    </>
  );
  const cls = `field${p.error ? ' has-error' : ''}`;
  if (p.legend) {
    return (
      <div class={cls} {...p.wrapper}>
        <fieldset aria-describedby={describedBy(p.id, p.hint, p.error)}>
          <legend {...p.labelAttrs}>
            {p.label}
            <Optional lang={p.lang} required={p.required} />
          </legend>
          {head}
          {p.children}
        </fieldset>
      </div>
    );
  }
  return (
    <div class={cls} {...p.wrapper}>
      <label for={p.id} {...p.labelAttrs}>
        {p.label}
        <Optional lang={p.lang} required={p.required} />
      </label>
      {head}
      {p.children}
    </div>
  );
}

const inputAttrs = (p: FieldProps, id: string) => ({
  id,
  name: p.name,
  'aria-describedby': describedBy(id, p.hint, p.error),
  'aria-invalid': p.error ? 'true' : undefined,
  'aria-required': p.required ? 'true' : undefined,
});

type TextProps = FieldProps & {
  value?: string | undefined;
  autocomplete?: string;
  maxlength?: number;
  placeholder?: string;
};

/** A one-line text input (also e-mail, phone, password, number); `multiline` makes it a TextArea. */
export function TextField(
  p: TextProps & {
    type?: 'text' | 'email' | 'tel' | 'password' | 'number' | 'search' | 'date' | 'time' | 'datetime-local';
    inputmode?: 'numeric' | 'text' | 'email' | 'tel';
    multiline?: boolean;
    rows?: number;
  },
) {
  if (p.multiline) return <TextArea {...p} />;
  const id = fieldId(p.name, p.prefix);
  return (
    <FieldShell {...p} id={id}>
      <input
        {...inputAttrs(p, id)}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        inputmode={p.inputmode}
        autocomplete={p.autocomplete}
        maxlength={p.maxlength}
        placeholder={p.placeholder}
        spellcheck={p.type === 'email' ? false : undefined}
      />
    </FieldShell>
  );
}

export function TextArea(p: TextProps & { rows?: number }) {
  const id = fieldId(p.name, p.prefix);
  return (
    <FieldShell {...p} id={id}>
      <textarea {...inputAttrs(p, id)} rows={p.rows ?? 5} autocomplete={p.autocomplete} maxlength={p.maxlength} placeholder={p.placeholder}>
        {p.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

/** A calendar date (`YYYY-MM-DD`), with the browser's date picker. */
export function DateField(p: FieldProps & { value?: string | undefined; min?: string; max?: string }) {
  const id = fieldId(p.name, p.prefix);
  return (
    <FieldShell {...p} id={id}>
      <input {...inputAttrs(p, id)} type="date" value={p.value ?? ''} min={p.min} max={p.max} />
    </FieldShell>
  );
}

/** Options in their groups (a group's options together, groups in order of first appearance). */
function groupsOf(options: readonly Option[]): Array<[string, Option[]]> {
  const groups = new Map<string, Option[]>();
  for (const o of options) groups.set(o.group ?? '', [...(groups.get(o.group ?? '') ?? []), o]);
  return [...groups];
}

/** A drop-down; `empty` adds a first option with no value ("— choose —"). */
export function SelectField(p: FieldProps & { value?: string | undefined; options: readonly Option[]; empty?: string }) {
  const id = fieldId(p.name, p.prefix);
  return (
    <FieldShell {...p} id={id}>
      <select {...inputAttrs(p, id)}>
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

type ChoiceProps = FieldProps & { options: readonly Option[]; children?: (o: Option) => Child };

function ChoiceList(p: ChoiceProps & { type: 'radio' | 'checkbox'; values: readonly string[] }) {
  const id = fieldId(p.name, p.prefix);
  const first = p.options[0]?.value;
  const row = (o: Option) => {
    const optionId = o.value === first ? id : `${id}-${o.value}`;
    return (
      <div class="choice-row">
        <label class="choice">
          <input
            type={p.type}
            name={p.name}
            value={o.value}
            id={optionId}
            checked={p.values.includes(o.value)}
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
        {p.children ? p.children(o) : null}
      </div>
    );
  };
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

/** One of several (radio buttons in a fieldset; a fieldset per group when the options have groups). */
export const RadioGroup = (p: ChoiceProps & { value?: string | undefined }) => <ChoiceList {...p} type="radio" values={p.value ? [p.value] : []} />;

/** Any of several (checkboxes in a fieldset). */
export const CheckboxGroup = (p: ChoiceProps & { values: readonly string[] }) => <ChoiceList {...p} type="checkbox" />;

/** One yes/no checkbox with its label beside it. */
export function Checkbox(p: Omit<FieldProps, 'required'> & { checked?: boolean; value?: string }) {
  const id = fieldId(p.name, p.prefix);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`} {...p.wrapper}>
      {p.error ? (
        <span class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">{t(p.lang, 'common.error_prefix')}</span>
          {p.error}
        </span>
      ) : null}
      <label class="choice">
        <input
          type="checkbox"
          id={id}
          name={p.name}
          value={p.value ?? 'on'}
          checked={p.checked}
          aria-describedby={describedBy(id, p.hint, p.error)}
          aria-invalid={p.error ? 'true' : undefined}
        />
        <span>
          {p.label}
          {p.hint ? (
            <span class="hint" id={`${id}-hint`}>
              {p.hint}
            </span>
          ) : null}
        </span>
      </label>
    </div>
  );
}

/** `messages` are the hints the form script shows before sending (the server checks again). */
export function FileField(p: FieldProps & { accept: string; maxBytes: number; messages: { tooLarge: string; type: string } }) {
  const id = fieldId(p.name, p.prefix);
  return (
    <FieldShell {...p} id={id}>
      <input
        {...inputAttrs(p, id)}
        type="file"
        accept={p.accept}
        data-max-bytes={String(p.maxBytes)}
        data-msg-too-large={p.messages.tooLarge}
        data-msg-type={p.messages.type}
      />
    </FieldShell>
  );
}

/**
 * The errors at the top, each linking to its field (`labels[name]: message`), in `order` first;
 * an error with no field of its own (`_`) is listed as it is.
 */
export function ErrorSummary(p: {
  lang: Lang;
  errors: FieldErrors;
  labels?: Record<string, string>;
  order?: readonly string[];
  prefix?: string;
  title?: string;
  /** Field name → the id to link to, when it is not `fieldId(name, prefix)`. */
  ids?: Record<string, string>;
}) {
  const order = p.order ?? [];
  const names = [...order.filter((n) => n in p.errors), ...Object.keys(p.errors).filter((n) => !order.includes(n))];
  if (names.length === 0) return null;
  const prefix = p.prefix ?? 'f';
  const summaryId = prefix === 'f' ? 'error-summary' : `${prefix}-error-summary`;
  return (
    <div class="error-summary" id={summaryId} role="alert" aria-labelledby={`${summaryId}-title`} tabindex={-1}>
      <h2 id={`${summaryId}-title`}>{p.title ?? t(p.lang, 'common.fields_to_fix', { count: names.length })}</h2>
      <ul>
        {names.map((n) => {
          const text = `${p.labels?.[n] ? `${p.labels[n]}: ` : ''}${p.errors[n]}`;
          const target = p.ids?.[n] ?? (n === '_' ? undefined : fieldId(n, prefix));
          return <li>{target ? <a href={`#${target}`}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}

/** Radio buttons or checkboxes with the chosen `values` (RadioGroup and CheckboxGroup in one). */
export const Choices = (p: ChoiceProps & { type: 'radio' | 'checkbox'; values: readonly string[] }) => <ChoiceList {...p} />;

/** An error of a group the page lays out itself (a fieldset of sub-fields): beside it, announced as an error. */
export function FieldError({ lang, id, error }: { lang: Lang; id?: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <span class="field-error" id={id}>
      <span class="visually-hidden">{t(lang, 'common.error_prefix')}</span>
      {error}
    </span>
  );
}

/**
 * The props every field of a form repeats, bound once: `const f = bindFields(lang, labels, values, errors)`,
 * then `<TextField {...f('title')} required maxlength={300} />` (name, label, value typed, error, language; the
 * `prefix` of a form that shares its page).
 */
export const bindFields =
  <K extends string>(lang: Lang, labels: Record<K, string>, values: FormValues, errors: FieldErrors, prefix?: string) =>
  (name: K) => ({ lang, name, label: labels[name], value: fieldValue(values, name), error: errors[name], ...(prefix ? { prefix } : {}) });
