/** @jsxImportSource hono/jsx */
/**
 * The officer's home (`/petugas`): the queues with their counts, filters, search, a page of cases
 * by the nearest deadline (working days left in colour and in words), and bulk assign / extend.
 */
import { type Context, Hono } from 'hono';
import { requirePageRole } from '../kit/guard';
import { formatDate } from '../../../calendar/describe';
import { BULK_MAX, type BulkResult, applyBulk, bulkSchema } from '../../../cases/bulk';
import { FILED_STATES, type QueueName, availableQueues, listCases, queueCounts, queueQuerySchema } from '../../../cases/queue';
import { channels } from '../../../cases/filing.schema';
import { type Lang, fieldErrors, t } from '../../../i18n';
import { stateLabel } from '../../../i18n/status';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { DaysLeft, formatInstant, frame } from './components';
import { Choices, FieldError, type FieldErrors, ErrorSummary, SelectField, TextField, type FormValues, fieldValue, valuesOf } from '../kit/fields';
import { Notice } from '../kit/page';
import { Pager } from '../kit/pager';
import { FormToken } from '../kit/form-token';
import { channelWord, eventLabel, queueName } from './labels';
import { unitNames, unitOptions } from './units';
import { mayReadPersonalData } from '../../../auth/personal-data';

const FILTERS = ['queue', 'q', 'status', 'unit', 'channel', 'receivedFrom', 'receivedTo'] as const;

/** The queue's address with some parameters changed (tabs, next page). */
function queueHref(query: FormValues, change: Record<string, string | undefined>) {
  const params = new URLSearchParams();
  for (const k of FILTERS) {
    const v = k in change ? change[k] : fieldValue(query, k);
    if (v) params.set(k, v);
  }
  if (change.cursor) params.set('cursor', change.cursor);
  if (change.before) params.set('before', change.before);
  const s = params.toString();
  return s ? `/petugas?${s}` : '/petugas';
}

const formatCount = (n: number, more: boolean, lang: Lang) => `${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(n)}${more ? '+' : ''}`;

interface BulkState {
  values: FormValues;
  errors: FieldErrors;
  results?: BulkResult[];
}

async function renderQueue(c: Context<AppEnv>, query: FormValues, bulk?: BulkState, status: 200 | 400 = 200) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const queues = availableQueues(actor);
  const props = await frame(c, t(lang, 'officer.case_queue'), new URL(queueHref(query, {}), c.req.url).toString());
  c.header('Cache-Control', 'no-store');
  if (queues.length === 0) {
    return c.html(
      <Layout {...props}>
        <h1>{t(lang, 'officer.case_queue')}</h1>
        {actor.role === 'atasan' ? (
          <p>
            {t(lang, 'officer.as_atasan_ppid_your_work_is')}
            <a href="/petugas/atasan">{t(lang, 'officer.open_objection_queue')}</a>.
          </p>
        ) : (
          <p>{t(lang, 'officer.your_role_has_no_queue')}</p>
        )}
      </Layout>,
    );
  }
  const raw = Object.fromEntries(
    FILTERS.map((k) => [k, fieldValue(query, k)]).concat([
      ['cursor', fieldValue(query, 'cursor')],
      ['before', fieldValue(query, 'before')],
    ]),
  );
  const parsed = queueQuerySchema.safeParse(raw);
  const filterErrors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, lang);
  const requested = (parsed.success ? parsed.data.queue : undefined) ?? queues[0]!;
  const queue: QueueName = queues.includes(requested) ? requested : queues[0]!;
  const page = parsed.success
    ? await listCases(deps, actor, { ...parsed.data, queue }, lang)
    : { items: [], nextCursor: null, prevCursor: null, position: { from: 0, to: 0, total: 0, more: false } };
  const counts = await queueCounts(deps, actor);
  const names = await unitNames(deps, lang);
  const units = await unitOptions(deps, lang);
  const canAct = actor.role === 'ppid_utama' || actor.role === 'ppid_pelaksana';
  const searching = Boolean(parsed.success && parsed.data.q);
  const title = searching ? t(lang, 'officer.search_results') : queueName(queue, lang);
  const labels = {
    q: mayReadPersonalData(actor) ? t(lang, 'officer.search_request_text_number_or_name') : t(lang, 'officer.search_request_text_or_registration_number'),
    status: t(lang, 'officer.status'),
    unit: t(lang, 'officer.unit_or_mission'),
    channel: t(lang, 'officer.channel'),
    receivedFrom: t(lang, 'officer.received_from'),
    receivedTo: t(lang, 'officer.received_until'),
  };
  const bulkLabels = {
    cases: t(lang, 'officer.cases'),
    type: t(lang, 'officer.action'),
    units: t(lang, 'officer.units_or_missions'),
    reason: t(lang, 'officer.reason_for_extension'),
  };
  const selected = new Set(valuesOf(bulk?.values ?? {}, 'case'));

  return c.html(
    <Layout {...props}>
      <h1>{t(lang, 'officer.case_queue')}</h1>
      <nav aria-label={t(lang, 'officer.queues')} class="queue-tabs">
        <ul>
          {counts.map((q) => (
            <li>
              <a
                href={queueHref(query, { queue: q.queue, cursor: undefined, q: undefined })}
                aria-current={!searching && q.queue === queue ? 'page' : undefined}
              >
                {queueName(q.queue, lang)} <span class="count">({formatCount(q.count, q.more, lang)})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <ErrorSummary lang={lang} errors={filterErrors} labels={labels} prefix="filter" />
      <form method="get" action="/petugas" class="filters" role="search">
        <input type="hidden" name="queue" value={queue} />
        <TextField lang={lang} prefix="filter" name="q" type="search" label={labels.q} value={fieldValue(query, 'q')} error={filterErrors.q} />
        <details open={FILTERS.slice(2).some((k) => fieldValue(query, k))}>
          <summary>{t(lang, 'officer.filter')}</summary>
          <div class="filter-grid">
            <SelectField
              lang={lang}
              prefix="filter"
              name="status"
              label={labels.status}
              value={fieldValue(query, 'status')}
              error={filterErrors.status}
              empty={t(lang, 'officer.open_default')}
              options={[{ value: 'all', label: t(lang, 'officer.every_status') }, ...FILED_STATES.map((s) => ({ value: s, label: stateLabel(s, lang) }))]}
            />
            <SelectField
              lang={lang}
              prefix="filter"
              name="unit"
              label={labels.unit}
              value={fieldValue(query, 'unit')}
              error={filterErrors.unit}
              empty={t(lang, 'officer.every_unit')}
              options={units}
            />
            <SelectField
              lang={lang}
              prefix="filter"
              name="channel"
              label={labels.channel}
              value={fieldValue(query, 'channel')}
              error={filterErrors.channel}
              empty={t(lang, 'officer.every_channel')}
              options={channels.map((ch) => ({ value: ch, label: channelWord(ch, lang) }))}
            />
            <TextField
              lang={lang}
              prefix="filter"
              name="receivedFrom"
              type="date"
              label={labels.receivedFrom}
              value={fieldValue(query, 'receivedFrom')}
              error={filterErrors.receivedFrom}
            />
            <TextField
              lang={lang}
              prefix="filter"
              name="receivedTo"
              type="date"
              label={labels.receivedTo}
              value={fieldValue(query, 'receivedTo')}
              error={filterErrors.receivedTo}
            />
          </div>
        </details>
        <button type="submit">{t(lang, 'officer.apply')}</button>
        {FILTERS.slice(1).some((k) => fieldValue(query, k)) ? (
          <a class="button secondary" href={queueHref({}, { queue })}>
            {t(lang, 'officer.clear_filters')}
          </a>
        ) : null}
      </form>

      {bulk?.results ? <BulkResults lang={lang} results={bulk.results} /> : null}
      {bulk && Object.keys(bulk.errors).length > 0 ? (
        <ErrorSummary lang={lang} errors={bulk.errors} labels={bulkLabels} prefix="bulk" title={t(lang, 'officer.bulk_action_did_not_run')} />
      ) : null}

      <form method="post" action="/petugas/massal" novalidate>
        {canAct ? <FormToken c={c} /> : null}
        <input type="hidden" name="back" value={queueHref(query, {}).replace(/^\/petugas\??/, '')} />
        <div class="table-scroll" id="bulk-cases" tabindex={-1}>
          <table class="queue">
            <caption>
              {title}:{' '}
              {page.items.length === 0 ? t(lang, 'officer.no_cases') : searching ? t(lang, 'officer.newest_first') : t(lang, 'officer.nearest_deadline_first')}
            </caption>
            <thead>
              <tr>
                {canAct ? (
                  <th scope="col">
                    <span class="visually-hidden">{t(lang, 'officer.select')}</span>
                  </th>
                ) : null}
                <th scope="col">{t(lang, 'officer.registration_number')}</th>
                <th scope="col">{t(lang, 'officer.information_requested')}</th>
                <th scope="col">{t(lang, 'officer.status')}</th>
                <th scope="col">{t(lang, 'officer.unit')}</th>
                <th scope="col">{t(lang, 'officer.received')}</th>
                <th scope="col">{t(lang, 'officer.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => {
                const value = `${item.id}:${item.version}`;
                return (
                  <tr>
                    {canAct ? (
                      <td>
                        <input
                          type="checkbox"
                          name="case"
                          value={value}
                          id={`pick-${item.id}`}
                          checked={selected.has(value)}
                          aria-label={t(lang, 'officer.select_2', { registrationNumber: item.registrationNumber })}
                        />
                      </td>
                    ) : null}
                    <td>
                      <a href={`/petugas/kasus/${item.id}`}>{item.registrationNumber}</a>
                    </td>
                    <td>{item.information}</td>
                    <td>
                      {item.statusLabel}
                      {item.extended ? (
                        <>
                          <br />
                          <span class="tag">{t(lang, 'officer.extended')}</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {names.get(item.assignedUnit ?? item.receivedUnit) ?? item.receivedUnit}
                      {item.assignedUnit && item.assignedUnit !== item.receivedUnit ? (
                        <span class="hint">
                          {t(lang, 'officer.received_at_2')}
                          {item.receivedUnit}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {formatInstant(item.receivedAt, lang)}
                      <span class="hint">{channelWord(item.channel, lang)}</span>
                    </td>
                    <td>
                      {formatDate(item.noticeDue, lang)}
                      {item.jakartaDue ? (
                        <>
                          <br />
                          <span class="hint" data-testid="jakarta-due">
                            {t(lang, 'officer.jakarta')}
                            {formatDate(item.jakartaDue, lang)}
                          </span>
                        </>
                      ) : null}
                      {item.open ? (
                        <>
                          <br />
                          <DaysLeft lang={lang} days={item.workingDaysLeft} />
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Pager
          lang={lang}
          label={t(lang, 'officer.pages_of', { title })}
          position={page.position}
          first={page.prevCursor ? queueHref(query, {}) : null}
          prev={page.prevCursor ? queueHref(query, { before: page.prevCursor }) : null}
          next={page.nextCursor ? queueHref(query, { cursor: page.nextCursor }) : null}
        />

        {canAct && page.items.length > 0 ? (
          <fieldset class="bulk">
            <legend>{t(lang, 'officer.action_for_selected_cases')}</legend>
            <span class="hint">{t(lang, 'officer.at_most_cases_each_case_is', { BULK_MAX })}</span>
            <FieldError lang={lang} id="bulk-cases-error" error={bulk?.errors.cases} />
            <Choices
              lang={lang}
              prefix="bulk"
              type="radio"
              name="type"
              label={bulkLabels.type}
              required
              error={bulk?.errors.type}
              values={[fieldValue(bulk?.values ?? {}, 'type')]}
              options={(actor.role === 'ppid_utama' ? ['ASSIGN', 'EXTEND'] : ['EXTEND']).map((e) => ({ value: e, label: eventLabel(e, lang) }))}
            />
            {actor.role === 'ppid_utama' ? (
              <details open={fieldValue(bulk?.values ?? {}, 'type') === 'ASSIGN'}>
                <summary>{t(lang, 'officer.units_to_assign_to_for_assigning')}</summary>
                <Choices
                  lang={lang}
                  prefix="bulk"
                  type="checkbox"
                  name="units"
                  label={bulkLabels.units}
                  error={bulk?.errors.units}
                  values={valuesOf(bulk?.values ?? {}, 'units')}
                  options={units.filter((u) => u.value !== 'PPID')}
                />
              </details>
            ) : null}
            <TextField
              lang={lang}
              prefix="bulk"
              name="reason"
              label={bulkLabels.reason}
              multiline
              value={fieldValue(bulk?.values ?? {}, 'reason')}
              hint={t(lang, 'officer.for_extending_this_written_reason_goes')}
              error={bulk?.errors.reason}
            />
            <button type="submit">{t(lang, 'officer.run_for_selected_cases')}</button>
          </fieldset>
        ) : null}
      </form>
    </Layout>,
    status,
  );
}

function BulkResults({ lang, results }: { lang: Lang; results: BulkResult[] }) {
  const done = results.filter((r) => r.ok).length;
  return (
    <Notice tone={done === results.length ? 'ok' : 'warn'}>
      <h2>{t(lang, 'officer.of_cases_done', { done, length: results.length })}</h2>
      <ul class="bulk-results">
        {results.map((r) => (
          <li>
            {r.ok ? (
              <>
                <a href={`/petugas/kasus/${r.id}`}>{r.registrationNumber}</a>: {t(lang, 'officer.done')} — {stateLabel(r.status, lang)}
              </>
            ) : (
              <>
                <a href={`/petugas/kasus/${r.id}`}>{t(lang, 'officer.case')}</a>: {t(lang, 'officer.not_done')} — {r.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

export function queuePages() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => renderQueue(c, c.req.queries() as FormValues));

  app.post('/massal', requirePageRole('ppid_utama', 'ppid_pelaksana'), async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody({ all: true })) as FormValues;
    const back = Object.fromEntries(new URLSearchParams(fieldValue(body, 'back'))) as FormValues;
    const items = valuesOf(body, 'case').map((v) => {
      const [id = '', version = ''] = v.split(':');
      return { id, expectedVersion: Number(version) };
    });
    const type = fieldValue(body, 'type');
    const input = { type, items, ...(type === 'ASSIGN' ? { units: valuesOf(body, 'units') } : { reason: fieldValue(body, 'reason') }) };
    const parsed = bulkSchema.safeParse(input);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, lang);
      const mapped: FieldErrors = {};
      for (const [k, m] of Object.entries(errors)) mapped[k.startsWith('items') ? 'cases' : k] = m;
      return renderQueue(c, back, { values: body, errors: mapped }, 400);
    }
    const outcome = await applyBulk(c.get('deps'), c.get('actor')!, parsed.data, lang);
    if (!outcome.ok) {
      const errors = 'unknownType' in outcome.parsed ? { type: t(lang, 'bulk_action_unknown') } : fieldErrors(outcome.parsed.error, lang);
      return renderQueue(c, back, { values: body, errors }, 400);
    }
    return renderQueue(c, back, { values: {}, errors: {}, results: outcome.results });
  });

  return app;
}
