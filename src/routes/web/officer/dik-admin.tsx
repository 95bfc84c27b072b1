/** @jsxImportSource hono/jsx */
/**
 * The PPID Utama's pages for the list of exempt information (Daftar Informasi yang Dikecualikan,
 * DIK) at `/petugas/dik`. The DIK is built from the consequence tests (uji konsekuensi) in force
 * that have a public title (src/exemptions/dik.ts), so these pages keep the tests: every test with
 * its place in the DIK; record one (before any request, Perki 1/2021 Art. 49); change its public
 * title, consequence, period and classification decision; revoke it (it leaves the DIK, the record
 * stays). A denial resting on a test adds or updates its entry itself (recordDecisionTests).
 */
import { type Context, Hono } from 'hono';
import { DomainError } from '../../../cases/errors';
import { casesOfTest, createConsequenceTest, findTest, listTests, testView, updateConsequenceTest } from '../../../exemptions/consequence-tests';
import { consequenceTestInputSchema, consequenceTestUpdateSchema } from '../../../exemptions/consequence-test.schema';
import { legalBasis } from '../../../exemptions/dik';
import { nationalToday } from '../../../exemptions/test-links';
import { type Lang, fieldErrors, t } from '../../../i18n';
import { exemptionLetters } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { CheckboxGroup, ErrorSummary, type FieldErrors, type FormValues, SelectField, TextArea, TextField, fieldValue, valuesOf } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { Actions, DataTable, Notice } from '../kit/page';
import { frame } from './components';
import { letterLabel } from './labels';
import { unitOptions } from './units';

const BASE = '/petugas/dik';
type TestView = ReturnType<typeof testView>;

const labelsOf = (lang: Lang) => ({
  information: t(lang, 'lists.information_internal'),
  document: t(lang, 'lists.document'),
  letters: t(lang, 'lists.art_17_letters'),
  statute: t(lang, 'lists.statute'),
  harm: t(lang, 'lists.harm'),
  publicInterest: t(lang, 'lists.public_interest'),
  unit: t(lang, 'lists.unit'),
  publicTitle: t(lang, 'lists.public_title'),
  publicConsequence: t(lang, 'lists.public_consequence'),
  period: t(lang, 'lists.period'),
  exemptUntil: t(lang, 'lists.exempt_until'),
  reviewOn: t(lang, 'lists.review_on'),
  classificationNumber: t(lang, 'lists.classification_number'),
  classificationDate: t(lang, 'lists.classification_date'),
  reason: t(lang, 'lists.revoke_reason'),
});

const PUBLIC_FIELDS = ['publicTitle', 'publicConsequence', 'period', 'exemptUntil', 'reviewOn', 'classificationNumber', 'classificationDate'] as const;

/** The form's strings as the schema's input; the letters (one statute for all) as `exemptions`. */
function inputOf(body: FormValues, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of fields) out[k] = fieldValue(body, k);
  return out;
}

/** Zod's and the domain's field paths, on this form's fields (`exemptions.0.letter` → `letters`). */
const onForm = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k.startsWith('exemptions') ? (k.endsWith('statute') ? 'statute' : 'letters') : k.split('.')[0]!, v]),
  );

const domainFields = (e: DomainError, lang: Lang): FieldErrors => Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)]));

function stateOf(v: TestView, lang: Lang) {
  if (v.status === 'revoked') return t(lang, 'lists.revoked');
  if (v.inDik) return t(lang, 'lists.in_dik');
  if (v.inForce) return t(lang, 'lists.in_force_no_title');
  return t(lang, 'lists.not_in_force');
}

function PublicFields({ lang, values, errors }: { lang: Lang; values: FormValues; errors: FieldErrors }) {
  const labels = labelsOf(lang);
  const v = (k: string) => fieldValue(values, k);
  return (
    <>
      <TextField
        lang={lang}
        name="publicTitle"
        label={labels.publicTitle}
        value={v('publicTitle')}
        error={errors.publicTitle}
        required={false}
        hint={t(lang, 'lists.public_title_hint')}
        maxlength={500}
      />
      <TextArea
        lang={lang}
        name="publicConsequence"
        label={labels.publicConsequence}
        value={v('publicConsequence')}
        error={errors.publicConsequence}
        required={false}
        rows={3}
      />
      <TextField lang={lang} name="period" label={labels.period} value={v('period')} error={errors.period} required={false} maxlength={200} />
      <TextField lang={lang} name="exemptUntil" type="date" label={labels.exemptUntil} value={v('exemptUntil')} error={errors.exemptUntil} required={false} />
      <TextField lang={lang} name="reviewOn" type="date" label={labels.reviewOn} value={v('reviewOn')} error={errors.reviewOn} required={false} />
      <TextField
        lang={lang}
        name="classificationNumber"
        label={labels.classificationNumber}
        value={v('classificationNumber')}
        error={errors.classificationNumber}
        required={false}
        maxlength={200}
      />
      <TextField
        lang={lang}
        name="classificationDate"
        type="date"
        label={labels.classificationDate}
        value={v('classificationDate')}
        error={errors.classificationDate}
        required={false}
      />
    </>
  );
}

/**
 * Which tests the list shows (`?tampil=`): those in the DIK (the default), the others (in force
 * without a public title, expired, revoked — a partial grant may rest on an untitled test), or all.
 */
const SHOWN = { dik: (v: TestView) => v.inDik, lain: (v: TestView) => !v.inDik, semua: () => true } as const;
type Shown = keyof typeof SHOWN;
const SHOWN_LABEL = { dik: 'lists.show_dik', lain: 'lists.show_lain', semua: 'lists.show_semua' } as const;

async function listPage(c: Context<AppEnv>, done?: string) {
  const lang = c.get('lang');
  const deps = c.get('deps');
  const today = await nationalToday(deps);
  const all = (await listTests(deps.db, { status: 'all' })).map((x) => testView(x, today));
  const requested = c.req.query('tampil');
  const shown: Shown = requested && requested in SHOWN ? (requested as Shown) : 'dik';
  const tests = all.filter(SHOWN[shown]);
  const count = (key: Shown) => all.filter(SHOWN[key]).length;
  const title = t(lang, 'lists.manage_dik_title');
  return c.html(
    <Layout {...(await frame(c, title))}>
      <h1>{title}</h1>
      <p class="lead">{t(lang, 'lists.dik_lead')}</p>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      <Actions>
        <a class="button" href={`${BASE}/baru`}>
          {t(lang, 'lists.record_test')}
        </a>{' '}
        <a href="/dik">{t(lang, 'lists.see_public_dik')}</a> · <a href="/petugas/dip">{t(lang, 'lists.manage_dip')}</a>
      </Actions>
      <nav aria-label={t(lang, 'lists.show_which_tests')}>
        <ul class="tabs">
          {(['dik', 'lain', 'semua'] as const).map((key) => (
            <li>
              <a href={`${BASE}?tampil=${key}`} aria-current={key === shown ? 'page' : undefined}>
                {t(lang, SHOWN_LABEL[key], { count: count(key) })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tests.length === 0 ? (
        <p>{t(lang, 'lists.no_tests_yet')}</p>
      ) : (
        <DataTable
          caption={t(lang, 'lists.tests_count', { count: tests.length })}
          head={[t(lang, 'lists.public_title'), t(lang, 'lists.legal_basis'), t(lang, 'lists.period'), t(lang, 'lists.state'), t(lang, 'lists.actions')]}
          rows={tests.map((x) => [
            x.publicTitle ?? <span class="hint">{t(lang, 'lists.no_public_title')}</span>,
            legalBasis(x.exemptions, lang),
            x.period ?? '—',
            stateOf(x, lang),
            <a href={`${BASE}/${x.id}`} aria-label={t(lang, 'lists.change_test', { title: x.publicTitle ?? x.id })}>
              {t(lang, 'lists.change')}
            </a>,
          ])}
        />
      )}
    </Layout>,
  );
}

async function newPage(c: Context<AppEnv>, values: FormValues = {}, errors: FieldErrors = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const labels = labelsOf(lang);
  const v = (k: string) => fieldValue(values, k);
  const title = t(lang, 'lists.record_consequence_test');
  return c.html(
    <Layout {...(await frame(c, title))}>
      <p>
        <a href={BASE}>{t(lang, 'lists.back_to_dik')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={Object.keys(labels)} />
      <form method="post" action={`${BASE}/baru`} novalidate class="narrow">
        <FormToken c={c} />
        <TextArea
          lang={lang}
          name="information"
          label={labels.information}
          value={v('information')}
          error={errors.information}
          required
          hint={t(lang, 'lists.information_hint')}
          rows={3}
        />
        <TextField lang={lang} name="document" label={labels.document} value={v('document')} error={errors.document} required={false} maxlength={500} />
        <CheckboxGroup
          lang={lang}
          name="letters"
          label={labels.letters}
          values={valuesOf(values, 'letters')}
          error={errors.letters}
          required
          options={exemptionLetters.map((l) => ({ value: l, label: letterLabel(l, lang) }))}
        />
        <TextField lang={lang} name="statute" label={labels.statute} value={v('statute')} error={errors.statute} required={false} maxlength={500} />
        <TextArea lang={lang} name="harm" label={labels.harm} value={v('harm')} error={errors.harm} required rows={4} />
        <TextArea lang={lang} name="publicInterest" label={labels.publicInterest} value={v('publicInterest')} error={errors.publicInterest} required rows={4} />
        <SelectField
          lang={lang}
          name="unit"
          label={labels.unit}
          value={v('unit') || 'PPID'}
          error={errors.unit}
          required
          options={await unitOptions(c.get('deps'), lang)}
        />
        <PublicFields lang={lang} values={values} errors={errors} />
        <button type="submit">{t(lang, 'lists.record_test')}</button>
      </form>
    </Layout>,
    status,
  );
}

async function editPage(c: Context<AppEnv>, id: string, values?: FormValues, errors: FieldErrors = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const deps = c.get('deps');
  const x = testView(await findTest(deps.db, id), await nationalToday(deps));
  const cases = await casesOfTest(deps.db, id);
  const shown: FormValues = values ?? {
    ...Object.fromEntries(PUBLIC_FIELDS.map((k) => [k, (x[k] as string | null) ?? ''])),
    expectedVersion: String(x.version),
  };
  const labels = labelsOf(lang);
  const title = t(lang, 'lists.change_test_title');
  return c.html(
    <Layout {...(await frame(c, title))}>
      <p>
        <a href={BASE}>{t(lang, 'lists.back_to_dik')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{labels.information}</dt>
        <dd class="prewrap">{x.information}</dd>
        <dt>{t(lang, 'lists.legal_basis')}</dt>
        <dd>{legalBasis(x.exemptions, lang)}</dd>
        <dt>{t(lang, 'lists.state')}</dt>
        <dd>{stateOf(x, lang)}</dd>
        <dt>{t(lang, 'lists.unit')}</dt>
        <dd>{x.unit}</dd>
        <dt>{t(lang, 'lists.denials_resting_on_it')}</dt>
        <dd>
          {cases.length === 0 ? (
            t(lang, 'lists.none')
          ) : (
            <ul class="plain">
              {cases.map((k) => (
                <li>
                  <a href={`/petugas/kasus/${k.id}`}>{k.registration_number}</a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p class="hint">{t(lang, 'lists.recorded_by_on', { name: x.decidedBy.name, date: x.decidedOn })}</p>
      {x.status === 'revoked' ? (
        <Notice>{t(lang, 'lists.test_is_revoked', { reason: x.revokedReason ?? '' })}</Notice>
      ) : (
        <>
          <ErrorSummary lang={lang} errors={errors} labels={labels} order={Object.keys(labels)} />
          <form method="post" action={`${BASE}/${x.id}`} novalidate class="narrow">
            <FormToken c={c} />
            <input type="hidden" name="expectedVersion" value={fieldValue(shown, 'expectedVersion')} />
            <PublicFields lang={lang} values={shown} errors={errors} />
            <button type="submit">{t(lang, 'lists.save_changes')}</button>
          </form>
          <h2>{t(lang, 'lists.revoke_test')}</h2>
          <p>{t(lang, 'lists.revoke_explained')}</p>
          <form method="post" action={`${BASE}/${x.id}/cabut`} novalidate class="narrow">
            <FormToken c={c} />
            <input type="hidden" name="expectedVersion" value={String(x.version)} />
            <TextArea lang={lang} name="reason" label={labels.reason} value={fieldValue(values ?? {}, 'reason')} error={errors.reason} required rows={2} />
            <button type="submit" class="secondary">
              {t(lang, 'lists.revoke')}
            </button>
          </form>
        </>
      )}
    </Layout>,
    status,
  );
}

export function dikAdminPages() {
  const app = new Hono<AppEnv>();
  app.use(requirePageRole('ppid_utama'));

  app.get('/', (c) => listPage(c, c.req.query('ok') ? t(c.get('lang'), 'lists.saved') : undefined));
  app.get('/baru', (c) => newPage(c));

  app.post('/baru', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody({ all: true })) as FormValues;
    const statute = fieldValue(body, 'statute').trim();
    const input = {
      ...inputOf(body, ['information', 'document', 'harm', 'publicInterest', 'unit', ...PUBLIC_FIELDS]),
      exemptions: valuesOf(body, 'letters').map((letter) => ({ letter, ...(statute ? { statute } : {}) })),
    };
    const parsed = consequenceTestInputSchema.safeParse(input);
    if (!parsed.success) return newPage(c, body, onForm(fieldErrors(parsed.error, lang, input)), 400);
    try {
      await createConsequenceTest(c.get('deps'), parsed.data, c.get('actor')!);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400) throw e;
      return newPage(c, body, onForm(domainFields(e, lang)), 400);
    }
    return c.redirect(`${BASE}?ok=1`, 303);
  });

  app.get('/:id', (c) => editPage(c, c.req.param('id')));

  app.post('/:id', async (c) => {
    const lang = c.get('lang');
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormValues;
    const input = { ...inputOf(body, PUBLIC_FIELDS), expectedVersion: Number(fieldValue(body, 'expectedVersion')) };
    const parsed = consequenceTestUpdateSchema.safeParse(input);
    if (!parsed.success) return editPage(c, id, body, onForm(fieldErrors(parsed.error, lang, input)), 400);
    try {
      await updateConsequenceTest(c.get('deps'), id, parsed.data, c.get('actor')!);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400) throw e;
      return editPage(c, id, body, onForm(domainFields(e, lang)), 400);
    }
    return c.redirect(`${BASE}?ok=1`, 303);
  });

  app.post('/:id/cabut', async (c) => {
    const lang = c.get('lang');
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormValues;
    const input = { expectedVersion: Number(fieldValue(body, 'expectedVersion')), revoke: { reason: fieldValue(body, 'reason') } };
    const parsed = consequenceTestUpdateSchema.safeParse(input);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, lang, input);
      return editPage(c, id, body, { reason: errors['revoke.reason'] ?? errors.revoke ?? Object.values(errors)[0]! }, 400);
    }
    await updateConsequenceTest(c.get('deps'), id, parsed.data, c.get('actor')!);
    return c.redirect(`${BASE}?ok=1`, 303);
  });
  return app;
}
