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
import { fieldErrors, t } from '../../../i18n';
import { outcomes } from '../../../../workflows/request.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
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
      <h2 id="h-downloads">{t(lang, 'auditor.download_filtered_register')}</h2>
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
      <p class="hint">{t(lang, 'auditor.whole_filtered_period_not_only_this')}</p>
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
    <nav class="pager actions" aria-label={t(lang, 'auditor.register_pages')}>
      {prevHref ? (
        <a href={prevHref} rel="prev">
          ← {t(lang, 'auditor.previous_page')}
        </a>
      ) : null}
      {nextHref ? (
        <a href={nextHref} rel="next">
          {t(lang, 'auditor.next_page')} →
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
    from: t(lang, 'auditor.received_from'),
    to: t(lang, 'auditor.received_to'),
    unit: t(lang, 'auditor.receiving_unit_or_mission'),
    outcome: t(lang, 'auditor.decision'),
    cursor: t(lang, 'auditor.page'),
  };
  const title = kind === 'permohonan' ? t(lang, 'auditor.register_of_requests') : t(lang, 'auditor.register_of_objections');
  const units = await unitOptions(deps, lang);
  const props = await frame(c, title);
  const items = body.items as Array<Record<string, any>>;
  const shown = Object.keys(errors).length === 0;
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props} wide>
      <div class="wide-column">
        <p>
          <a href="/auditor">← {t(lang, 'auditor.auditor_s_workspace')}</a>
        </p>
        <h1>{title}</h1>
        <p class="lead">
          {kind === 'permohonan' ? t(lang, 'auditor.register_of_requests_for_public_information') : t(lang, 'auditor.register_of_objections_columns_k_atasan')}
          {body.pseudonymised ? <> {t(lang, 'auditor.requesters_are_shown_as_stable_pseudonyms')}</> : null}
        </p>
        <ErrorSummary lang={lang} errors={errors} labels={labels} prefix="filter" />
        <form method="get" action={`/auditor/register/${kind}`} class="filters" role="search" aria-label={t(lang, 'auditor.filter_register')}>
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
              empty={t(lang, 'auditor.every_unit_and_mission')}
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
                empty={t(lang, 'auditor.every_decision')}
                options={outcomes.map((o) => ({ value: o, label: outcomeLabel(o, lang) }))}
              />
            ) : null}
          </div>
          <button type="submit">{t(lang, 'auditor.show')}</button>
          {FILTERS.some((k) => query[k]) ? (
            <a class="button secondary" href={`/auditor/register/${kind}`}>
              {t(lang, 'auditor.clear_filters')}
            </a>
          ) : null}
        </form>
        {shown ? (
          <>
            <p>
              {t(lang, 'auditor.period')}
              <strong>
                {formatDate(body.from, lang)} – {formatDate(body.to, lang)}
              </strong>
              {body.unit ? ` · ${body.unit}` : ''}
              {body.outcome ? ` · ${outcomeLabel(body.outcome, lang)}` : ''}
            </p>
            <Downloads lang={lang} kind={kind} query={query} />
          </>
        ) : null}
      </div>
      {shown ? (
        <>
          {/* The viewport's width for the table, which scrolls in its own box: the header row and the number column stay in view. */}
          <div class="table-scroll register-scroll" role="region" aria-labelledby="register-caption" tabindex={0}>
            <table class="register">
              <caption id="register-caption">
                {title}
                {items.length === 0 ? t(lang, 'auditor.nothing_in_this_period') : t(lang, 'auditor.by_date_received')}
              </caption>
              {kind === 'permohonan' ? (
                <RequestRows lang={lang} items={items} role={actor.role} />
              ) : (
                <ObjectionRows lang={lang} items={items} role={actor.role} />
              )}
            </table>
          </div>
          <div class="wide-column">
            <Pager lang={lang} kind={kind} query={query} nextCursor={body.nextCursor} />
          </div>
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
          <th scope="col">{t(lang, 'auditor.registration_number')}</th>
          <th scope="col">{t(lang, 'auditor.received')}</th>
          <th scope="col">{t(lang, 'auditor.unit')}</th>
          <th scope="col">{t(lang, 'auditor.requester_2')}</th>
          <th scope="col" class="text-cell">
            {t(lang, 'auditor.information_requested')}
          </th>
          <th scope="col">{t(lang, 'auditor.decision')}</th>
          <th scope="col">{t(lang, 'auditor.deadline_calendar')}</th>
          <th scope="col">{t(lang, 'auditor.written_notice')}</th>
          <th scope="col" class="short-cell">
            {t(lang, 'auditor.working_days')}
          </th>
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
                  <span class="tag">{t(lang, 'auditor.reopened')}</span>
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
            <td class="text-cell">{r.information}</td>
            <td>
              {r.outcomeLabel ?? r.statusLabel}
              {r.exemptions.length > 0 ? (
                <span class="hint">
                  {' '}
                  ({t(lang, 'auditor.art_17')}
                  {r.exemptions.join(', ')})
                </span>
              ) : null}
            </td>
            <td>
              {formatDate(r.noticeDue, lang)} <span class="hint">({r.noticeDueCalendar})</span>
              {r.extendedNoticeDue ? (
                <>
                  <br />
                  <span class="tag">{t(lang, 'auditor.extended')}</span> {formatDate(r.extendedNoticeDue, lang)}
                </>
              ) : null}
            </td>
            <td>
              {r.noticeSentOn ? formatDate(r.noticeSentOn, lang) : '—'}
              {r.overdue ? (
                <>
                  <br />
                  <span class="tag bad">{t(lang, 'auditor.overdue')}</span>
                </>
              ) : null}
            </td>
            <td class="short-cell">{r.workingDaysTaken ?? '—'}</td>
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
          <th scope="col">{t(lang, 'auditor.objection_number')}</th>
          <th scope="col">{t(lang, 'auditor.received')}</th>
          <th scope="col">{t(lang, 'auditor.request')}</th>
          <th scope="col">{t(lang, 'auditor.requester_2')}</th>
          <th scope="col" class="short-cell">
            {t(lang, 'auditor.grounds_art_35')}
          </th>
          <th scope="col">{t(lang, 'auditor.atasan_ppid_decision')}</th>
          <th scope="col">{t(lang, 'auditor.response_due')}</th>
          <th scope="col">{t(lang, 'auditor.dispute')}</th>
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
                  <span class="tag warn">{t(lang, 'auditor.filed_late')}</span>
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
            <td class="short-cell">{r.grounds.map((g: { letter: string }) => g.letter).join(', ')}</td>
            <td>
              {r.decision?.outcomeLabel ?? r.statusLabel}
              {r.respondedOn ? <span class="hint"> ({formatDate(r.respondedOn, lang)})</span> : null}
            </td>
            <td>
              {formatDate(r.responseDue, lang)}
              {r.overdue ? (
                <>
                  <br />
                  <span class="tag bad">{t(lang, 'auditor.overdue_2')}</span>
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
