/** @jsxImportSource hono/jsx */
/**
 * The PPID Utama's pages for the list of public information (Daftar Informasi Publik, DIP; UU
 * 14/2008 Art. 11(1)(a)) at `/petugas/dip` (administrators too, as the API allows): every entry
 * with its state (published, or withdrawn/draft), add one, change one, withdraw one from the public
 * list or publish it again. The public list is `/dip`. Parse, authorise, call src/dip/dip.ts.
 */
import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import { DomainError } from '../../../cases/errors';
import {
  CATEGORY_LABELS,
  createDipEntry,
  dipCategories,
  dipEntrySchema,
  dipFormats,
  dipUpdateSchema,
  dipView,
  findDipView,
  searchDip,
  updateDipEntry,
} from '../../../dip/dip';
import { type Lang, domainFieldErrors, fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { Checkbox, ErrorSummary, type FieldErrors, type FormValues, SelectField, TextArea, TextField, bindFields, fieldValue } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { ListPage, type ListTexts, PageTitle } from '../kit/page';
import { frame } from './components';
import { unitOptions } from './units';

const BASE = '/petugas/dip';
/** The list page's button, and its links to the public list and to the other list. */
const ACTIONS: ListTexts['actions'] = [
  [`${BASE}/baru`, 'lists.add_entry'],
  ['/dip', 'lists.see_public_dip'],
  ['/petugas/dik', 'lists.manage_dik'],
];
const LIST: ListTexts = { lead: 'lists.dip_lead', empty: 'lists.no_entries_yet', actions: ACTIONS };
const FORMAT_WORDS: Record<(typeof dipFormats)[number], 'lists.printed' | 'lists.electronic' | 'lists.printed_and_electronic'> = {
  printed: 'lists.printed',
  electronic: 'lists.electronic',
  both: 'lists.printed_and_electronic',
};

const labelsOf = (lang: Lang) => ({
  title: t(lang, 'lists.title'),
  summary: t(lang, 'lists.summary_of_content'),
  category: t(lang, 'lists.category'),
  unit: t(lang, 'lists.unit_holding_it'),
  responsible: t(lang, 'lists.official_responsible'),
  produced: t(lang, 'lists.time_and_place_produced'),
  format: t(lang, 'lists.format'),
  retention: t(lang, 'lists.retention_period'),
  url: t(lang, 'lists.link'),
  published: t(lang, 'lists.published_on_the_public_list'),
});

/** The form's strings as the schema's input: blanks dropped, the checkbox as a boolean. */
function inputOf(body: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['title', 'summary', 'category', 'unit', 'responsible', 'produced', 'format', 'retention', 'url']) {
    const v = fieldValue(body, k);
    if (v.trim() !== '') out[k] = v;
  }
  out.published = fieldValue(body, 'published') === '1';
  return out;
}

async function EntryForm({
  c,
  action,
  values,
  errors,
  submit,
}: {
  c: Context<AppEnv>;
  action: string;
  values: FormValues;
  errors: FieldErrors;
  submit: string;
}) {
  const lang = c.get('lang');
  const labels = labelsOf(lang);
  const f = bindFields(lang, labels, values, errors);
  const choose = t(lang, 'lists.choose');
  return (
    <>
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={Object.keys(labels)} />
      <form method="post" action={action} novalidate class="narrow">
        <FormToken c={c} />
        {values.expectedVersion ? <input type="hidden" name="expectedVersion" value={fieldValue(values, 'expectedVersion')} /> : null}
        <TextField {...f('title')} required maxlength={300} />
        <TextArea {...f('summary')} required rows={4} />
        <SelectField {...f('category')} required empty={choose} options={dipCategories.map((k) => ({ value: k, label: CATEGORY_LABELS[k][lang] }))} />
        <SelectField {...f('unit')} required empty={choose} options={await unitOptions(c.get('deps'), lang)} />
        <TextField {...f('responsible')} required maxlength={300} />
        <TextField {...f('produced')} required={false} maxlength={300} />
        <SelectField {...f('format')} required empty={choose} options={dipFormats.map((k) => ({ value: k, label: t(lang, FORMAT_WORDS[k]) }))} />
        <TextField {...f('retention')} required={false} maxlength={200} />
        <TextField {...f('url')} type="text" required={false} hint={t(lang, 'lists.an_address_starting_with_https')} maxlength={1000} />
        <Checkbox {...f('published')} value="1" checked={fieldValue(values, 'published') === '1'} />
        <button type="submit">{submit}</button>
      </form>
    </>
  );
}

async function listPage(c: Context<AppEnv>, done?: string) {
  const lang = c.get('lang');
  const deps = c.get('deps');
  const items = (await searchDip(deps.db, { includeDrafts: true })).map((r) => dipView(r, lang));
  const title = t(lang, 'lists.manage_dip');
  const caption = t(lang, 'lists.entries_count', { count: items.length });
  const head = [t(lang, 'lists.title'), t(lang, 'lists.category'), t(lang, 'lists.unit_holding_it'), t(lang, 'lists.state'), t(lang, 'lists.actions')];
  const rows = items.map((e) => [
    e.title,
    e.categoryLabel,
    e.unit.name ?? e.unit.code,
    e.published ? t(lang, 'lists.published') : t(lang, 'lists.withdrawn'),
    <a href={`${BASE}/${e.id}`} aria-label={t(lang, 'lists.change_entry', { title: e.title })}>
      {t(lang, 'lists.change')}
    </a>,
  ]);
  return c.html(
    <Layout {...(await frame(c, title))}>
      <ListPage lang={lang} title={title} texts={LIST} done={done} caption={caption} head={head} rows={rows} />
    </Layout>,
  );
}

async function newPage(c: Context<AppEnv>, values: FormValues = { published: '1' }, errors: FieldErrors = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const title = t(lang, 'lists.add_dip_entry');
  return c.html(
    <Layout {...(await frame(c, title))}>
      <PageTitle title={title} back={{ href: BASE, label: t(lang, 'lists.back_to_dip') }} />
      {await EntryForm({ c, action: `${BASE}/baru`, values, errors, submit: t(lang, 'lists.add_entry') })}
    </Layout>,
    status,
  );
}

async function editPage(c: Context<AppEnv>, id: string, values?: FormValues, errors: FieldErrors = {}, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const e = dipView(await findDipView(c.get('deps').db, id, true), lang);
  const shown: FormValues = values ?? {
    title: e.title,
    summary: e.summary,
    category: e.category,
    unit: e.unit.code,
    responsible: e.responsible,
    produced: e.produced ?? '',
    format: e.format,
    retention: e.retention ?? '',
    url: e.url ?? '',
    published: e.published ? '1' : '',
    expectedVersion: String(e.version),
  };
  const title = t(lang, 'lists.change_dip_entry');
  return c.html(
    <Layout {...(await frame(c, title))}>
      <PageTitle title={title} back={{ href: BASE, label: t(lang, 'lists.back_to_dip') }} />
      <p>{e.published ? t(lang, 'lists.entry_is_published') : t(lang, 'lists.entry_is_withdrawn')}</p>
      {await EntryForm({ c, action: `${BASE}/${e.id}`, values: shown, errors, submit: t(lang, 'lists.save_changes') })}
      <h2>{e.published ? t(lang, 'lists.withdraw_from_public_list') : t(lang, 'lists.publish_again')}</h2>
      <p>{e.published ? t(lang, 'lists.withdraw_explained') : t(lang, 'lists.publish_again_explained')}</p>
      <form method="post" action={`${BASE}/${e.id}/${e.published ? 'tarik' : 'terbitkan'}`}>
        <FormToken c={c} />
        <input type="hidden" name="expectedVersion" value={String(e.version)} />
        <button type="submit" class={e.published ? 'secondary' : ''}>
          {e.published ? t(lang, 'lists.withdraw') : t(lang, 'lists.publish')}
        </button>
      </form>
    </Layout>,
    status,
  );
}

export function dipAdminPages() {
  const app = new Hono<AppEnv>();
  // Errors (not found, version conflict) are the workspace's error pages (officer/index.tsx pageError).
  app.use(requirePageRole('ppid_utama', 'admin'));

  app.get('/', (c) => listPage(c, c.req.query('ok') ? t(c.get('lang'), 'lists.saved') : undefined));
  app.get('/baru', (c) => newPage(c));

  app.post('/baru', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as FormValues;
    const parsed = dipEntrySchema.safeParse(inputOf(body));
    if (!parsed.success) return newPage(c, body, fieldErrors(parsed.error, lang), 400);
    try {
      await createDipEntry(c.get('deps'), parsed.data, c.get('actor')!);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400) throw e;
      return newPage(c, body, domainFieldErrors(e, lang), 400);
    }
    return c.redirect(`${BASE}?ok=1`, 303);
  });

  app.get('/:id', (c) => editPage(c, c.req.param('id')));

  app.post('/:id', async (c) => {
    const lang = c.get('lang');
    const id = c.req.param('id');
    const body = (await c.req.parseBody()) as FormValues;
    const parsed = dipUpdateSchema.safeParse({ ...inputOf(body), expectedVersion: Number(fieldValue(body, 'expectedVersion')) });
    if (!parsed.success) return editPage(c, id, body, fieldErrors(parsed.error, lang), 400);
    try {
      await updateDipEntry(c.get('deps'), id, parsed.data, c.get('actor')!);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400) throw e;
      return editPage(c, id, body, domainFieldErrors(e, lang), 400);
    }
    return c.redirect(`${BASE}?ok=1`, 303);
  });

  for (const [path, published] of [
    ['tarik', false],
    ['terbitkan', true],
  ] as const) {
    app.post(`/:id/${path}`, async (c) => {
      const body = (await c.req.parseBody()) as FormValues;
      const input: z.infer<typeof dipUpdateSchema> = { expectedVersion: Number(fieldValue(body, 'expectedVersion')) || 0, published };
      if (input.expectedVersion < 1) throw new DomainError(400, 'invalid_input', 'invalid_input', {}, { expectedVersion: 'required' });
      await updateDipEntry(c.get('deps'), c.req.param('id'), input, c.get('actor')!);
      return c.redirect(`${BASE}?ok=1`, 303);
    });
  }
  return app;
}
