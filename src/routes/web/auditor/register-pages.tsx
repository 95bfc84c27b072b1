/** @jsxImportSource hono/jsx */
/**
 * The registers in the auditor's workspace: `/auditor/register/permohonan` (register of requests,
 * kip-rules §2.4) and `/auditor/register/keberatan` (register of objections, §2.7). A filter form
 * (period, unit or mission, outcome), a table a page at a time (back and next), and the whole
 * filtered register one click away as CSV, PDF or JSON. Auditors see each requester as a
 * pseudonym; every number links to the read-only case view (src/routes/web/auditor/case-view.tsx).
 * The PPID Utama and administrators may open these pages too, and see what their own register shows.
 */
import { ErrorSummary, SelectField, TextField } from '../kit/fields';
import { requirePageRole, requireSignedIn } from '../kit/guard';
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import type { Lang } from '../../../i18n';
import { outcomeLabel } from '../../../i18n/status';
import { REQUEST_REGISTER_READERS } from '../../../registers/audience';
import { RegisterError, objectionRegisterQuerySchema, requestRegisterQuerySchema } from '../../../registers/filters';
import { objectionRegister, requestRegister } from '../../../registers/service';
import { fieldErrors } from '../../../i18n';
import { outcomes } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { frame } from '../officer/components';
import { unitOptions } from '../officer/units';
import { pageError } from '../officer';

const PAGE_SIZE = 25;
/** How many earlier pages "back" remembers (their cursors ride in the address). */
const BACK_DEPTH = 30;

type Kind = 'permohonan' | 'keberatan';
type Query = Record<string, string | undefined>;

const FILTERS = ['from', 'to', 'unit', 'outcome'] as const;

function href(kind: Kind, query: Query, change: Query = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...change })) if (v) q.set(k, v);
  const s = q.toString();
  return `/auditor/register/${kind}${s ? `?${s}` : ''}`;
}

function apiHref(kind: Kind, query: Query, format: 'csv' | 'pdf' | 'json'): string {
  const q = new URLSearchParams();
  for (const k of FILTERS) if (query[k] && !(kind === 'keberatan' && k === 'outcome')) q.set(k, query[k]!);
  q.set('format', format);
  return `/api/v1/registers/${kind === 'permohonan' ? 'requests' : 'objections'}?${q.toString()}`;
}

function Downloads({ lang, kind, query }: { lang: Lang; kind: Kind; query: Query }) {
  return (
    <section aria-labelledby="h-downloads" class="downloads">
      <h2 id="h-downloads">{tr(lang, 'Unduh register yang disaring', 'Download the filtered register')}</h2>
      <p class="actions">
        <a class="button" href={apiHref(kind, query, 'csv')} download>
          CSV
        </a>
        <a class="button secondary" href={apiHref(kind, query, 'pdf')}>
          PDF
        </a>
        <a class="button secondary" href={apiHref(kind, query, 'json')}>
          JSON
        </a>
      </p>
      <p class="hint">
        {tr(
          lang,
          'Seluruh periode yang disaring, bukan hanya halaman ini. CSV memuat setiap kolom; PDF berukuran A4 melintang.',
          'The whole filtered period, not only this page. The CSV holds every column; the PDF is landscape A4.',
        )}
      </p>
    </section>
  );
}

function Pager({ lang, kind, query, nextCursor }: { lang: Lang; kind: Kind; query: Query; nextCursor: string | null }) {
  const back = (query.kembali ?? '').split('.').filter(Boolean);
  const prevCursor = back.at(-1);
  const prevHref = query.cursor
    ? href(kind, query, { cursor: prevCursor === '-' ? undefined : prevCursor, kembali: back.slice(0, -1).join('.') || undefined })
    : null;
  const nextHref = nextCursor ? href(kind, query, { cursor: nextCursor, kembali: [...back, query.cursor ?? '-'].slice(-BACK_DEPTH).join('.') }) : null;
  if (!prevHref && !nextHref) return null;
  return (
    <nav class="pager actions" aria-label={tr(lang, 'Halaman register', 'Register pages')}>
      {prevHref ? (
        <a href={prevHref} rel="prev">
          ← {tr(lang, 'Halaman sebelumnya', 'Previous page')}
        </a>
      ) : null}
      {nextHref ? (
        <a href={nextHref} rel="next">
          {tr(lang, 'Halaman berikutnya', 'Next page')} →
        </a>
      ) : null}
    </nav>
  );
}

/** Where a number leads: the auditor's read-only view, or the officer's own case page. */
const caseHref = (role: string, id: string) => (role === 'auditor' ? `/auditor/kasus/${id}` : `/petugas/kasus/${id}`);
const objectionHref = (role: string, id: string) => (role === 'auditor' ? `/auditor/keberatan/${id}` : `/petugas/atasan/keberatan/${id}`);

async function page(c: Context<AppEnv>, kind: Kind) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const query: Query = Object.fromEntries(Object.entries(c.req.query()).filter(([k]) => k !== 'lang'));
  const schema = kind === 'permohonan' ? requestRegisterQuerySchema : objectionRegisterQuerySchema;
  const input = {
    ...Object.fromEntries(FILTERS.filter((k) => query[k]).map((k) => [k, query[k]])),
    ...(query.cursor ? { cursor: query.cursor } : {}),
    limit: String(PAGE_SIZE),
    format: 'json',
  };
  let errors: Record<string, string> = {};
  let body: Record<string, any> = { items: [], nextCursor: null };
  const parsed = schema.safeParse(input);
  if (!parsed.success) errors = fieldErrors(parsed.error, lang);
  else {
    try {
      const answer =
        kind === 'permohonan' ? await requestRegister(deps, actor, parsed.data as never, lang) : await objectionRegister(deps, actor, parsed.data, lang);
      if (answer.kind === 'json') body = answer.body;
    } catch (e) {
      if (!(e instanceof RegisterError)) throw e;
      errors = e.fields;
    }
  }
  const labels: Record<string, string> = {
    from: tr(lang, 'Diterima sejak', 'Received from'),
    to: tr(lang, 'Diterima sampai', 'Received to'),
    unit: tr(lang, 'Unit atau perwakilan penerima', 'Receiving unit or mission'),
    outcome: tr(lang, 'Keputusan', 'Decision'),
    cursor: tr(lang, 'Halaman', 'Page'),
  };
  const title = kind === 'permohonan' ? tr(lang, 'Register permohonan', 'Register of requests') : tr(lang, 'Register keberatan', 'Register of objections');
  const units = await unitOptions(deps, lang);
  const props = await frame(c, title);
  const items = body.items as Array<Record<string, any>>;
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/auditor">← {tr(lang, 'Ruang kerja auditor', "Auditor's workspace")}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">
        {kind === 'permohonan'
          ? tr(
              lang,
              'Register permohonan informasi publik (Perki 1/2021; kolom baku Perki 1/2010): setiap permohonan menurut tanggal diterima, di kalender unit penerimanya.',
              'The register of requests for public information (Perki 1/2021; standard columns of Perki 1/2010): every request by its date of receipt, on its receiving unit’s calendar.',
            )
          : tr(
              lang,
              'Register keberatan: kolom (a)–(k), batas waktu tanggapan atasan PPID (30 hari kerja) dan sengketa di Komisi Informasi.',
              'The register of objections: columns (a)–(k), the atasan PPID’s response deadline (30 working days) and any dispute at the Information Commission.',
            )}
        {body.pseudonymised ? (
          <>
            {' '}
            {tr(
              lang,
              'Pemohon ditampilkan sebagai pseudonim tetap (P-…): orang yang sama, pseudonim yang sama.',
              'Requesters are shown as stable pseudonyms (P-…): the same person, the same pseudonym.',
            )}
          </>
        ) : null}
      </p>
      <ErrorSummary lang={lang} errors={errors} labels={labels} prefix="filter" />
      <form method="get" action={`/auditor/register/${kind}`} class="filters" role="search" aria-label={tr(lang, 'Saring register', 'Filter the register')}>
        <div class="filter-grid">
          <TextField lang={lang} prefix="filter" name="from" type="date" label={labels.from!} value={query.from ?? ''} error={errors.from} />
          <TextField lang={lang} prefix="filter" name="to" type="date" label={labels.to!} value={query.to ?? ''} error={errors.to} />
          <SelectField
            lang={lang}
            prefix="filter"
            name="unit"
            label={labels.unit!}
            value={query.unit ?? ''}
            error={errors.unit}
            empty={tr(lang, 'Semua unit dan perwakilan', 'Every unit and mission')}
            options={units}
          />
          {kind === 'permohonan' ? (
            <SelectField
              lang={lang}
              prefix="filter"
              name="outcome"
              label={labels.outcome!}
              value={query.outcome ?? ''}
              error={errors.outcome}
              empty={tr(lang, 'Semua keputusan', 'Every decision')}
              options={outcomes.map((o) => ({ value: o, label: outcomeLabel(o, lang) }))}
            />
          ) : null}
        </div>
        <button type="submit">{tr(lang, 'Tampilkan', 'Show')}</button>
        {FILTERS.some((k) => query[k]) ? (
          <a class="button secondary" href={`/auditor/register/${kind}`}>
            {tr(lang, 'Hapus saringan', 'Clear filters')}
          </a>
        ) : null}
      </form>
      {Object.keys(errors).length === 0 ? (
        <>
          <p>
            {tr(lang, 'Periode: ', 'Period: ')}
            <strong>
              {formatDate(body.from, lang)} – {formatDate(body.to, lang)}
            </strong>
            {body.unit ? ` · ${body.unit}` : ''}
            {body.outcome ? ` · ${outcomeLabel(body.outcome, lang)}` : ''}
          </p>
          <Downloads lang={lang} kind={kind} query={query} />
          <div class="table-scroll" role="region" aria-labelledby="register-caption" tabindex={0}>
            <table class="register">
              <caption id="register-caption">
                {title}
                {items.length === 0
                  ? tr(lang, ': tidak ada data pada periode ini.', ': nothing in this period.')
                  : tr(lang, ', menurut tanggal diterima', ', by date received')}
              </caption>
              {kind === 'permohonan' ? (
                <RequestRows lang={lang} items={items} role={actor.role} />
              ) : (
                <ObjectionRows lang={lang} items={items} role={actor.role} />
              )}
            </table>
          </div>
          <Pager lang={lang} kind={kind} query={query} nextCursor={body.nextCursor} />
        </>
      ) : null}
    </Layout>,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

function Requester({ r }: { r: Record<string, any> }) {
  return (
    <>
      <span class="nowrap">{r.name ?? r.pseudonym}</span>
      {r.occupation ? <span class="hint"> {r.occupation}</span> : null}
    </>
  );
}

function RequestRows({ lang, items, role }: { lang: Lang; items: Array<Record<string, any>>; role: string }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{tr(lang, 'Nomor pendaftaran', 'Registration number')}</th>
          <th scope="col">{tr(lang, 'Diterima', 'Received')}</th>
          <th scope="col">{tr(lang, 'Unit', 'Unit')}</th>
          <th scope="col">{tr(lang, 'Pemohon', 'Requester')}</th>
          <th scope="col">{tr(lang, 'Informasi yang diminta', 'Information requested')}</th>
          <th scope="col">{tr(lang, 'Keputusan', 'Decision')}</th>
          <th scope="col">{tr(lang, 'Tenggat (kalender)', 'Deadline (calendar)')}</th>
          <th scope="col">{tr(lang, 'Pemberitahuan tertulis', 'Written notice')}</th>
          <th scope="col">{tr(lang, 'Hari kerja', 'Working days')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr>
            <td>
              <a href={caseHref(role, r.id)}>{r.registrationNumber}</a>
              {r.reopened > 0 ? (
                <>
                  <br />
                  <span class="tag">{tr(lang, 'dibuka kembali', 'reopened')}</span>
                </>
              ) : null}
            </td>
            <td>{formatDate(r.receivedOn, lang)}</td>
            <td>
              <span class="nowrap">{r.unit}</span>
              {r.assignedUnits.length > 0 ? <span class="hint"> → {r.assignedUnits.map((a: { unit: string }) => a.unit).join(', ')}</span> : null}
            </td>
            <td>
              <Requester r={r.requester} />
            </td>
            <td>{r.information}</td>
            <td>
              {r.outcomeLabel ?? r.statusLabel}
              {r.exemptions.length > 0 ? (
                <span class="hint">
                  {' '}
                  ({tr(lang, 'Pasal 17 huruf ', 'Art. 17 ')}
                  {r.exemptions.join(', ')})
                </span>
              ) : null}
            </td>
            <td>
              {formatDate(r.noticeDue, lang)} <span class="hint">({r.noticeDueCalendar})</span>
              {r.extendedNoticeDue ? (
                <>
                  <br />
                  <span class="tag">{tr(lang, 'diperpanjang', 'extended')}</span> {formatDate(r.extendedNoticeDue, lang)}
                </>
              ) : null}
            </td>
            <td>
              {r.noticeSentOn ? formatDate(r.noticeSentOn, lang) : '—'}
              {r.overdue ? (
                <>
                  <br />
                  <span class="tag bad">{tr(lang, 'melewati tenggat', 'overdue')}</span>
                </>
              ) : null}
            </td>
            <td>{r.workingDaysTaken ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}

function ObjectionRows({ lang, items, role }: { lang: Lang; items: Array<Record<string, any>>; role: string }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{tr(lang, 'Nomor keberatan', 'Objection number')}</th>
          <th scope="col">{tr(lang, 'Diterima', 'Received')}</th>
          <th scope="col">{tr(lang, 'Permohonan', 'Request')}</th>
          <th scope="col">{tr(lang, 'Pemohon', 'Requester')}</th>
          <th scope="col">{tr(lang, 'Alasan (Pasal 35)', 'Grounds (Art. 35)')}</th>
          <th scope="col">{tr(lang, 'Keputusan atasan PPID', 'Atasan PPID decision')}</th>
          <th scope="col">{tr(lang, 'Batas waktu tanggapan', 'Response due')}</th>
          <th scope="col">{tr(lang, 'Sengketa', 'Dispute')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr>
            <td>
              <a href={objectionHref(role, r.id)}>{r.objectionNumber}</a>
              {r.late ? (
                <>
                  <br />
                  <span class="tag warn">{tr(lang, 'terlambat diajukan', 'filed late')}</span>
                </>
              ) : null}
            </td>
            <td>{r.receivedAt.slice(0, 10)}</td>
            <td>
              <a href={caseHref(role, r.caseId)}>{r.registrationNumber}</a>
            </td>
            <td>
              <Requester r={r.requester} />
            </td>
            <td>{r.grounds.map((g: { letter: string }) => g.letter).join(', ')}</td>
            <td>
              {r.decision?.outcomeLabel ?? r.statusLabel}
              {r.respondedOn ? <span class="hint"> ({formatDate(r.respondedOn, lang)})</span> : null}
            </td>
            <td>
              {formatDate(r.responseDue, lang)}
              {r.overdue ? (
                <>
                  <br />
                  <span class="tag bad">{tr(lang, 'melewati batas waktu', 'overdue')}</span>
                </>
              ) : null}
            </td>
            <td>{r.dispute ? `${r.dispute.commission}: ${r.dispute.stageLabel ?? ''}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}

export function auditorRegisterPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use('/register/*', requireSignedIn);
  app.use('/register/*', requirePageRole(...REQUEST_REGISTER_READERS));
  app.get('/register/permohonan', (c) => page(c, 'permohonan'));
  app.get('/register/keberatan', (c) => page(c, 'keberatan'));
  return app;
}
