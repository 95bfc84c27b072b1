/** @jsxImportSource hono/jsx */
/**
 * Units and missions administration pages (/admin/unit), administrators only: every unit and
 * mission with its week and state, a form to add one, a CSV upload (all rows or none), and each
 * unit's page with the open cases it holds, a form to change it, and one to close or reopen it.
 * Every change goes through src/units/admin.ts (one transaction with its audit event). Works
 * without JavaScript; a bad form answers 400 with the form again and what was typed kept.
 */
import { type Context, Hono } from 'hono';
import { DomainError } from '../../../../cases/errors';
import { type Lang, fieldErrors, t } from '../../../../i18n';
import { IMPORT_MAX_BYTES, closeUnit, createUnit, importUnits, listUnits, reopenUnit, unitDetail, updateUnit } from '../../../../units/admin';
import { closeUnitSchema, newUnitSchema, reopenUnitSchema, unitPatchSchema } from '../../../../units/unit.schema';
import type { AppEnv } from '../../../env';
import type { FieldErrors, FormValues } from '../../kit/fields';
import { formToken, verifyFormToken } from '../../kit/form-token';
import { requirePageRole } from '../../kit/guard';
import { type FormState, type Frame, UnitListPage, UnitPage, unitHref } from './views';

const frameOf = (c: Context<AppEnv>): Frame => ({ lang: c.get('lang'), url: c.req.url, user: c.get('user') });

/** The form's fields as the schemas read them: an unticked box is "no", an empty select is "none". */
async function formValues(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') values[k] = v;
    else if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return values;
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

/** What a form sends, as the schemas take it. */
function unitInput(values: FormValues, fixed: { home?: boolean; mission?: boolean } = {}) {
  const weekend = values.weekendDays;
  return {
    ...values,
    weekendDays: Array.isArray(weekend) ? weekend : weekend ? [weekend] : fixed.home ? undefined : [],
    acceptsRequests: values.acceptsRequests === 'yes' ? 'yes' : 'no',
    region: values.region ?? '',
    parent: values.parent ?? '',
    address: values.address ?? '',
  };
}

async function listPage(c: Context<AppEnv>, forms: { add?: FormState; upload?: FormState; done?: string } = {}, status: 200 | 400 | 409 = 200) {
  const units = await listUnits(c.get('deps').db);
  c.header('Cache-Control', 'no-store');
  return c.html(<UnitListPage frame={frameOf(c)} units={units} token={formToken(c)} add={forms.add} upload={forms.upload} done={forms.done} />, status);
}

async function unitPage(c: Context<AppEnv>, code: string, forms: { edit?: FormState; close?: FormState } = {}, status: 200 | 400 | 409 = 200) {
  const deps = c.get('deps');
  const [unit, units] = await Promise.all([unitDetail(deps.db, code), listUnits(deps.db)]);
  const done = c.req.query('selesai');
  const lang = c.get('lang');
  const doneText =
    done === 'dibuat'
      ? t(lang, 'unit-admin.done_created')
      : done === 'diubah'
        ? t(lang, 'unit-admin.done_changed', { count: Number(c.req.query('dihitung') ?? 0) })
        : done === 'ditutup'
          ? t(lang, 'unit-admin.done_closed')
          : done === 'dibuka'
            ? t(lang, 'unit-admin.done_reopened')
            : undefined;
  c.header('Cache-Control', 'no-store');
  return c.html(<UnitPage frame={frameOf(c)} unit={unit} units={units} token={formToken(c)} edit={forms.edit} close={forms.close} done={doneText} />, status);
}

const notFoundAs404 = (e: unknown) => e instanceof DomainError && e.status === 404;

export function unitAdminPages() {
  const app = new Hono<AppEnv>();
  app.use(requirePageRole('admin'), verifyFormToken);

  app.get('/', (c) =>
    listPage(c, c.req.query('diimpor') ? { done: t(c.get('lang'), 'unit-admin.done_imported', { count: Number(c.req.query('diimpor')) }) } : {}),
  );

  app.post('/', async (c) => {
    const lang = c.get('lang');
    const values = await formValues(c);
    const parsed = newUnitSchema.safeParse(unitInput(values));
    if (!parsed.success) return listPage(c, { add: { values, errors: fieldErrors(parsed.error, lang) } }, 400);
    try {
      const unit = await createUnit(c.get('deps'), c.get('actor')!, parsed.data);
      return c.redirect(`${unitHref(unit.code)}?selesai=dibuat`, 303);
    } catch (e) {
      return listPage(c, { add: { values, errors: errorsOf(lang, e) } }, statusOf(e));
    }
  });

  app.post('/impor', async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return listPage(c, { upload: { values: {}, errors: { file: t(lang, 'unit-admin.choose_a_file') } } }, 400);
    if (file.size > IMPORT_MAX_BYTES) return listPage(c, { upload: { values: {}, errors: { file: t(lang, 'unit_import_too_large') } } }, 400);
    const result = await importUnits(c.get('deps'), c.get('actor')!, await file.text());
    if (!result.ok) return listPage(c, { upload: { values: {}, errors: fieldErrors(result.error, lang) } }, 400);
    return c.redirect(`/admin/unit?diimpor=${result.created.length}`, 303);
  });

  app.get('/:code', async (c) => {
    try {
      return await unitPage(c, c.req.param('code'));
    } catch (e) {
      if (notFoundAs404(e)) return c.notFound();
      throw e;
    }
  });

  app.post('/:code', async (c) => {
    const code = c.req.param('code');
    const lang = c.get('lang');
    const values = await formValues(c);
    let current: Awaited<ReturnType<typeof unitDetail>>;
    try {
      current = await unitDetail(c.get('deps').db, code);
    } catch (e) {
      if (notFoundAs404(e)) return c.notFound();
      throw e;
    }
    const home = current.calendar !== current.code;
    const input = unitInput(values, { home });
    // A home unit's zone and week are the national calendar's (not on the form); a mission's country is fixed.
    const patch = home ? { ...input, timeZone: undefined, weekendDays: undefined } : { ...input, country: undefined };
    const parsed = unitPatchSchema.safeParse(patch);
    if (!parsed.success) return unitPage(c, code, { edit: { values, errors: fieldErrors(parsed.error, lang) } }, 400);
    try {
      const { recomputedCases } = await updateUnit(c.get('deps'), c.get('actor')!, code, {
        ...parsed.data,
        region: parsed.data.region ?? null,
        parent: parsed.data.parent ?? null,
        // The form sends every field: an emptied address is cleared.
        address: parsed.data.address ?? null,
      });
      return c.redirect(`${unitHref(code)}?selesai=diubah&dihitung=${recomputedCases}`, 303);
    } catch (e) {
      return unitPage(c, code, { edit: { values, errors: errorsOf(lang, e) } }, statusOf(e));
    }
  });

  for (const [path, closing] of [
    ['tutup', true],
    ['buka', false],
  ] as const) {
    app.post(`/:code/${path}`, async (c) => {
      const code = c.req.param('code');
      const lang = c.get('lang');
      const values = await formValues(c);
      const parsed = closing
        ? closeUnitSchema.safeParse(values)
        : reopenUnitSchema.safeParse({ ...values, acceptsRequests: values.acceptsRequests === 'yes' ? 'yes' : 'no' });
      try {
        if (!parsed.success) {
          await unitDetail(c.get('deps').db, code); // an unknown unit is a 404 before a bad form is a 400
          return unitPage(c, code, { close: { values, errors: fieldErrors(parsed.error, lang) } }, 400);
        }
        if (closing) await closeUnit(c.get('deps'), c.get('actor')!, code, parsed.data);
        else await reopenUnit(c.get('deps'), c.get('actor')!, code, parsed.data as { reason: string; acceptsRequests?: boolean });
        return c.redirect(`${unitHref(code)}?selesai=${closing ? 'ditutup' : 'dibuka'}`, 303);
      } catch (e) {
        if (notFoundAs404(e)) return c.notFound();
        return unitPage(c, code, { close: { values, errors: errorsOf(lang, e) } }, statusOf(e));
      }
    });
  }
  return app;
}
