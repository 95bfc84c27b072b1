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
import { type Lang, domainFieldErrors, fieldErrors, t } from '../../../i18n';
import { exemptionLetters } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import {
  CheckboxGroup,
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  SelectField,
  TextArea,
  TextField,
  bindFields,
  fieldValue,
  valuesOf,
} from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { ListPage, type ListTexts, Notice, PageTitle } from '../kit/page';
import { frame } from './components';
import { letterLabel } from './labels';
import { unitOptions } from './units';

const BASE = '/petugas/dik';
/** The list page's button, and its links to the public list and to the other list. */
const ACTIONS: ListTexts['actions'] = [
  [`${BASE}/baru`, 'lists.record_test'],
  ['/dik', 'lists.see_public_dik'],
  ['/petugas/dip', 'lists.manage_dip'],
];
const LIST: ListTexts = { lead: 'lists.dik_lead', empty: 'lists.no_tests_yet', actions: ACTIONS };
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

function stateOf(v: TestView, lang: Lang) {
  if (v.status === 'revoked') return t(lang, 'lists.revoked');
  if (v.inDik) return t(lang, 'lists.in_dik');
  if (v.inForce) return t(lang, 'lists.in_force_no_title');
  return t(lang, 'lists.not_in_force');
}

function PublicFields({ lang, values, errors }: { lang: Lang; values: FormValues; errors: FieldErrors }) {
  const f = bindFields(lang, labelsOf(lang), values, errors);
  return (
    <>
      <TextField {...f('publicTitle')} required={false} hint={t(lang, 'lists.public_title_hint')} maxlength={500} />
      <TextArea {...f('publicConsequence')} required={false} rows={3} />
      <TextField {...f('period')} required={false} maxlength={200} />
      <TextField {...f('exemptUntil')} type="date" required={false} />
      <TextField {...f('reviewOn')} type="date" required={false} />
      <TextField {...f('classificationNumber')} required={false} maxlength={200} />
      <TextField {...f('classificationDate')} type="date" required={false} />
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
  const caption = t(lang, 'lists.tests_count', { count: tests.length });
  const head = [t(lang, 'lists.public_title'), t(lang, 'lists.legal_basis'), t(lang, 'lists.period'), t(lang, 'lists.state'), t(lang, 'lists.actions')];
  const rows = tests.map((x) => [
    x.publicTitle ?? <span class="hint">{t(lang, 'lists.no_public_title')}</span>,
    legalBasis(x.exemptions, lang),
    x.period ?? '—',
    stateOf(x, lang),
    <a href={`${BASE}/${x.id}`} aria-label={t(lang, 'lists.change_test', { title: x.publicTitle ?? x.id })}>
      {t(lang, 'lists.change')}
    </a>,
  ]);
  return c.html(
    <Layout {...(await frame(c, title))}>
      <ListPage lang={lang} title={title} texts={LIST} done={done} caption={caption} head={head} rows={rows}>
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
      </ListPage>
    </Layout>,
  );
}

async function newPage(c: Context<AppEnv>, values: FormValues = {}, errors: FieldErrors = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const labels = labelsOf(lang);
  const f = bindFields(lang, labels, values, errors);
  const title = t(lang, 'lists.record_consequence_test');
  return c.html(
    <Layout {...(await frame(c, title))}>
      <PageTitle title={title} back={{ href: BASE, label: t(lang, 'lists.back_to_dik') }} />
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={Object.keys(labels)} />
      <form method="post" action={`${BASE}/baru`} novalidate class="narrow">
        <FormToken c={c} />
        <TextArea {...f('information')} required hint={t(lang, 'lists.information_hint')} rows={3} />
        <TextField {...f('document')} required={false} maxlength={500} />
        <CheckboxGroup
          lang={lang}
          name="letters"
          label={labels.letters}
          values={valuesOf(values, 'letters')}
          error={errors.letters}
          required
          options={exemptionLetters.map((l) => ({ value: l, label: letterLabel(l, lang) }))}
        />
        <TextField {...f('statute')} required={false} maxlength={500} />
        <TextArea {...f('harm')} required rows={4} />
        <TextArea {...f('publicInterest')} required rows={4} />
        <SelectField {...f('unit')} value={fieldValue(values, 'unit') || 'PPID'} required options={await unitOptions(c.get('deps'), lang)} />
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
      <PageTitle title={title} back={{ href: BASE, label: t(lang, 'lists.back_to_dik') }} />
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
      return newPage(c, body, onForm(domainFieldErrors(e, lang)), 400);
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
      return editPage(c, id, body, onForm(domainFieldErrors(e, lang)), 400);
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
