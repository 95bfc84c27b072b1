/** @jsxImportSource hono/jsx */
/**
 * The case page's action forms, built from the workflow's own command schemas
 * (`commandSchemas`, workflows/request.events.ts): one form per event the workflow accepts now
 * (`availableEvents`), with exactly the fields that event takes — a denial asks for the Art. 17
 * letters and the consequence test, an extension for its reason. The same description turns the
 * posted form back into the command, so the page and the API validate with one schema.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Lang } from '../../../i18n';
import { type CommandType, commandSchemas } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Choices, FieldError, type FieldErrors, type Option, SelectField, TextField, type FormValues, fieldId, fieldValue, valuesOf } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { deliveryWord, eventLabel, fieldHint, fieldLabel, letterLabel, outcomeWord } from './labels';
import { t } from '../../../i18n';

type Spec =
  | { kind: 'text'; path: string; required: boolean; multiline: boolean }
  | { kind: 'number'; path: string; required: boolean }
  | { kind: 'enum'; path: string; required: boolean; options: string[] }
  /** A list of codes chosen from options the page supplies (units, consequence tests on record); else one per line. */
  | { kind: 'codes'; path: string; required: boolean }
  /** A list of objects keyed by an enum (Art. 17 letters), each with optional text beside it. */
  | { kind: 'keyed'; path: string; required: boolean; key: string; options: string[]; extras: string[] }
  | { kind: 'group'; path: string; required: boolean; fields: Spec[] };

interface FormShape {
  fields: Spec[];
  /** A discriminated union (DECIDE, SUBMIT_DRAFT): the choice, and the fields each option takes. */
  variants?: { name: string; options: Record<string, Spec[]> };
}

/**
 * ASSIGN takes `unit` or `units` (the schema requires one of the two): the form always offers
 * `units`, so there it is required.
 */
const HIDDEN: Partial<Record<CommandType, string[]>> = { ASSIGN: ['unit'] };
const REQUIRED: Partial<Record<CommandType, string[]>> = { ASSIGN: ['units'] };

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function specOf(schema: z.ZodType, path: string, required = true): Spec {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return specOf(def.innerType as z.ZodType, path, false);
    case 'enum':
      return { kind: 'enum', path, required, options: Object.values(def.entries as Record<string, string>) };
    case 'array': {
      const element = defOf(def.element as z.ZodType);
      if (element.type === 'object') {
        const shape = element.shape as Record<string, z.ZodType>;
        const key = Object.keys(shape).find((k) => defOf(shape[k]!).type === 'enum')!;
        return {
          kind: 'keyed',
          path,
          required,
          key,
          options: Object.values(defOf(shape[key]!).entries as Record<string, string>),
          extras: Object.keys(shape).filter((k) => k !== key),
        };
      }
      return { kind: 'codes', path, required };
    }
    case 'object':
      return { kind: 'group', path, required, fields: fieldsOf(schema, path) };
    case 'number':
      return { kind: 'number', path, required };
    default: {
      const checks = (def.checks as Array<{ _zod: { def: { check: string; maximum?: number } } }> | undefined) ?? [];
      const max = checks.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum ?? 0;
      return { kind: 'text', path, required, multiline: max > 300 };
    }
  }
}

function fieldsOf(schema: z.ZodType, path = '', hidden: string[] = [], skip?: string): Spec[] {
  const shape = defOf(schema).shape as Record<string, z.ZodType>;
  return Object.entries(shape)
    .filter(([k]) => k !== skip && !hidden.includes(k))
    .map(([k, s]) => specOf(s, join(path, k)));
}

export function formShape(type: CommandType): FormShape {
  const schema = commandSchemas[type] as unknown as z.ZodType;
  const def = defOf(schema);
  if (def.type === 'union') {
    const name = def.discriminator as string;
    const options: Record<string, Spec[]> = {};
    for (const option of def.options as z.ZodType[]) {
      const value = (defOf((defOf(option).shape as Record<string, z.ZodType>)[name]!).values as string[])[0]!;
      options[value] = fieldsOf(option, '', [], name);
    }
    return { fields: [], variants: { name, options } };
  }
  const required = REQUIRED[type] ?? [];
  return { fields: fieldsOf(schema, '', HIDDEN[type] ?? []).map((f) => (required.includes(f.path) ? { ...f, required: true } : f)) };
}

/** The posted form as the command's payload (only the chosen option's fields for a union). */
export function formToPayload(type: CommandType, body: FormValues): Record<string, unknown> {
  const shape = formShape(type);
  if (shape.variants) {
    const chosen = fieldValue(body, shape.variants.name);
    return { [shape.variants.name]: chosen || undefined, ...collect(shape.variants.options[chosen] ?? [], body) };
  }
  return collect(shape.fields, body);
}

function collect(specs: Spec[], body: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const key = spec.path.split('.').at(-1)!;
    const value = valueFor(spec, body);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function valueFor(spec: Spec, body: FormValues): unknown {
  switch (spec.kind) {
    case 'text': {
      const v = fieldValue(body, spec.path);
      return v.trim() === '' && !spec.required ? undefined : v;
    }
    case 'number': {
      const v = fieldValue(body, spec.path).trim().replace(/[.\s]/g, '');
      if (v === '') return spec.required ? '' : undefined;
      return /^\d+$/.test(v) ? Number(v) : v;
    }
    case 'enum':
      return fieldValue(body, spec.path) || undefined;
    case 'codes': {
      const v = valuesOf(body, spec.path)
        .flatMap((x) => x.split(/[\s,]+/))
        .filter(Boolean);
      return v.length === 0 && !spec.required ? undefined : v;
    }
    case 'keyed': {
      const chosen = valuesOf(body, spec.path).filter((v) => spec.options.includes(v));
      if (chosen.length === 0 && !spec.required) return undefined;
      return chosen.map((v) => ({
        [spec.key]: v,
        ...Object.fromEntries(spec.extras.map((x) => [x, fieldValue(body, `${spec.path}.${x}.${v}`).trim()]).filter(([, t]) => t !== '')),
      }));
    }
    case 'group': {
      const v = collect(spec.fields, body);
      const empty = Object.values(v).every((x) => x === undefined || x === '');
      return empty && !spec.required ? undefined : v;
    }
  }
}

/** A validation error's path as the form field it belongs to (`exemptions.0.statute` → `exemptions`). */
export const errorField = (path: string) => {
  const parts = path.split('.');
  const index = parts.findIndex((p) => /^\d+$/.test(p));
  return index >= 0 ? parts.slice(0, index).join('.') : path;
};

export interface FormContext {
  c: Context<AppEnv>;
  caseId: string;
  version: number;
  /** The choices of the list fields, by field: the units an assignment may go to, the consequence tests on record. */
  codeOptions: Record<string, Option[]>;
  values?: FormValues;
  errors?: FieldErrors;
}

/** One event's form: heading, fields (errors beside them, values kept) and the submit button. */
export function EventForm({ type, ctx, open }: { type: CommandType; ctx: FormContext; open: boolean }) {
  const lang = ctx.c.get('lang');
  const shape = formShape(type);
  const prefix = `e-${type}`;
  const values = ctx.values ?? {};
  const errors = ctx.errors ?? {};
  const simple = shape.fields.length === 0 && !shape.variants;
  const form = (
    <form method="post" action={`/petugas/kasus/${ctx.caseId}/peristiwa`} class="event-form" data-event={type} novalidate>
      <FormToken c={ctx.c} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="expectedVersion" value={String(ctx.version)} />
      {shape.variants ? <Variants lang={lang} shape={shape} prefix={prefix} values={values} errors={errors} codeOptions={ctx.codeOptions} /> : null}
      {shape.fields.map((s) => (
        <Field spec={s} lang={lang} prefix={prefix} values={values} errors={errors} codeOptions={ctx.codeOptions} />
      ))}
      <button type="submit" class={simple ? 'secondary' : undefined}>
        {eventLabel(type, lang)}
      </button>
    </form>
  );
  if (simple) return <div class="event-simple">{form}</div>;
  return (
    <details class="event" open={open} id={`event-${type}`}>
      <summary>{eventLabel(type, lang)}</summary>
      {form}
    </details>
  );
}

function Variants({
  lang,
  shape,
  prefix,
  values,
  errors,
  codeOptions,
}: {
  lang: Lang;
  shape: FormShape;
  prefix: string;
  values: FormValues;
  errors: FieldErrors;
  codeOptions: Record<string, Option[]>;
}) {
  const { name, options } = shape.variants!;
  // Every field of every option, once, with the options that take it.
  const byPath = new Map<string, { spec: Spec; for: string[] }>();
  for (const [option, specs] of Object.entries(options)) {
    for (const spec of specs) {
      const seen = byPath.get(spec.path);
      if (seen) seen.for.push(option);
      else byPath.set(spec.path, { spec, for: [option] });
    }
  }
  const all = Object.keys(options);
  return (
    <>
      <Choices
        lang={lang}
        prefix={prefix}
        type="radio"
        name={name}
        label={fieldLabel(name, lang)}
        required
        error={errors[name]}
        values={[fieldValue(values, name)]}
        options={all.map((o) => ({ value: o, label: outcomeWord(o, lang) }))}
      />
      {[...byPath.values()].map(({ spec, for: used }) => (
        <div class="variant-field" data-for={used.join(' ')}>
          <Field
            spec={spec}
            lang={lang}
            prefix={prefix}
            values={values}
            errors={errors}
            codeOptions={codeOptions}
            usedFor={used.length === all.length ? undefined : used.map((o) => outcomeWord(o, lang)).join('; ')}
          />
        </div>
      ))}
    </>
  );
}

function Field({
  spec,
  lang,
  prefix,
  values,
  errors,
  codeOptions,
  usedFor,
}: {
  spec: Spec;
  lang: Lang;
  prefix: string;
  values: FormValues;
  errors: FieldErrors;
  codeOptions: Record<string, Option[]>;
  usedFor?: string | undefined;
}) {
  const label = fieldLabel(spec.path, lang);
  const baseHint = fieldHint(spec.path, lang);
  const hint = usedFor ? (
    <>
      {t(lang, 'officer.for')}
      {usedFor}.{baseHint ? <> {baseHint}</> : null}
    </>
  ) : (
    baseHint
  );
  const common = { lang, prefix, name: spec.path, label, hint, error: errors[spec.path], required: spec.required };
  switch (spec.kind) {
    case 'text':
      return (
        <TextField
          {...common}
          value={fieldValue(values, spec.path)}
          multiline={spec.multiline || spec.path.endsWith('reason') || spec.path.endsWith('message')}
        />
      );
    case 'enum': {
      const options = spec.options.map((o) => ({ value: o, label: spec.path === 'method' ? deliveryWord(o, lang) : o }));
      return <SelectField {...common} value={fieldValue(values, spec.path)} options={options} empty={t(lang, 'officer.choose')} />;
    }
    case 'number':
      return <TextField {...common} value={fieldValue(values, spec.path)} inputmode="numeric" />;
    case 'codes': {
      const options = codeOptions[spec.path];
      if (options && options.length > 0) return <Choices {...common} type="checkbox" values={valuesOf(values, spec.path)} options={options} />;
      if (options) return null; // nothing on record to choose from
      return (
        <TextField
          {...common}
          multiline
          value={valuesOf(values, spec.path).join('\n')}
          hint={
            <>
              {hint ? <>{hint} </> : null}
              {t(lang, 'officer.one_per_line')}
            </>
          }
        />
      );
    }
    case 'keyed':
      return (
        <Choices
          {...common}
          type="checkbox"
          values={valuesOf(values, spec.path)}
          options={spec.options.map((o) => ({ value: o, label: letterLabel(o, lang) }))}
        >
          {(o) =>
            spec.extras.map((x) => {
              const name = `${spec.path}.${x}.${o.value}`;
              return (
                <label class="extra" for={fieldId(name, prefix)}>
                  <span class="visually-hidden">{letterLabel(o.value, lang)}: </span>
                  {fieldLabel(`${spec.path}.${x}`, lang)}
                  <span class="optional"> {t(lang, 'officer.optional')}</span>
                  <input type="text" id={fieldId(name, prefix)} name={name} value={fieldValue(values, name)} />
                </label>
              );
            })
          }
        </Choices>
      );
    case 'group':
      return (
        <fieldset class={`group${errors[spec.path] ? ' has-error' : ''}`} id={fieldId(spec.path, prefix)}>
          <legend>
            {label}
            {spec.required ? null : <span class="optional"> {t(lang, 'officer.optional')}</span>}
          </legend>
          {hint ? <span class="hint">{hint}</span> : null}
          <FieldError lang={lang} error={errors[spec.path]} />
          {spec.fields.map((f) => (
            <Field spec={f} lang={lang} prefix={prefix} values={values} errors={errors} codeOptions={codeOptions} />
          ))}
        </fieldset>
      );
  }
}
