/** @jsxImportSource hono/jsx */
/**
 * The auditor's integrity pages (issue 11 items 1, 5, 6): the audit trail (searchable by case
 * registration number and period, a page at a time, each event with its hash and a link to the
 * one before it), the signed checkpoints and their verification, and the evidence bundle of a
 * period. Read-only; no personal data (free text shows as its commitment). Auditors, and the
 * administrators and PPID Utama who may verify the trail too; the bundle for auditors and
 * administrators, as the API.
 */
import { TextField } from '../kit/fields';
import { requirePageRole, requireSignedIn } from '../kit/guard';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { verifyAudit } from '../../../audit/audit-log';
import { buildEvidenceBundle } from '../../../audit/bundle';
import { checkCheckpoint, listCheckpoints } from '../../../audit/checkpoint-signature';
import { isLocalDate, periodInstants } from '../../../audit/period';
import { type TrailEvent, searchTrail, trailEvent } from '../../../audit/trail';
import { currentUser } from '../../../auth/middleware';
import { notFound } from '../../../cases/errors';
import type { Lang } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { pageError } from '../officer';
import { formatInstant } from '../public/format';
import { integrityLinks } from './integrity-links';
import { t } from '../../../i18n';

const ZONE = 'Asia/Jakarta';
const PAGE = 25;
const READERS = ['auditor', 'admin', 'ppid_utama'] as const;

const localDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || isLocalDate(v));
const trailQuery = z.object({
  case: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  from: localDate,
  to: localDate,
  before: z.coerce.number().int().min(1).optional(),
  after: z.coerce.number().int().min(0).optional(),
});

/** Sub-navigation between the three pages. */
function IntegrityNav({ lang, current }: { lang: Lang; current: string }) {
  return (
    <nav aria-label={t(lang, 'auditor.audit_trail_integrity')} class="queue-tabs">
      <ul>
        {integrityLinks(lang).map((l) => (
          <li>
            <a href={l.href} aria-current={l.href === current ? 'page' : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const when = (iso: string, lang: Lang) => formatInstant(iso, ZONE, lang);

function query(params: Record<string, string | number | undefined>) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
}

function EventRow({ e, lang }: { e: TrailEvent; lang: Lang }) {
  return (
    <tr>
      <th scope="row">
        <a href={`/auditor/jejak-audit/peristiwa/${e.seq}`}>#{e.seq}</a>
      </th>
      <td>{when(e.at, lang)}</td>
      <td>
        <code>{e.event}</code>
        {e.toState && e.toState !== e.fromState ? (
          <span class="hint">
            {' '}
            {e.fromState ?? '—'} → {e.toState}
          </span>
        ) : null}
      </td>
      <td>{e.registrationNumber ?? '—'}</td>
      <td>{e.actorRole ?? e.actorKind}</td>
      <td>
        {/* The first 16 hex digits here; the whole hash on the event's page. */}
        <code title={e.hash}>{e.hash.slice(0, 16)}…</code>
      </td>
      <td>
        {e.seq > 1 ? (
          <a href={`/auditor/jejak-audit/peristiwa/${e.seq - 1}`} aria-label={t(lang, 'auditor.previous_event', { seq: e.seq - 1 })}>
            #{e.seq - 1}
          </a>
        ) : (
          t(lang, 'auditor.chain_start')
        )}{' '}
        <code>{e.prevHash.slice(0, 16)}…</code>
      </td>
    </tr>
  );
}

export function integrityPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use('*', requireSignedIn);

  app.get('/jejak-audit', requirePageRole(...READERS), async (c) => {
    const lang = c.get('lang');
    const parsed = trailQuery.safeParse(c.req.query());
    const q: Partial<z.infer<typeof trailQuery>> = parsed.success ? parsed.data : {};
    const errors: Record<string, string> = {};
    if (!parsed.success) for (const i of parsed.error.issues) errors[String(i.path[0])] = t(lang, 'auditor.invalid_date_yyyy_mm_dd');
    if (q.from && q.to && q.to < q.from) errors.to = t(lang, 'auditor.last_day_cannot_be_before_first');
    const ok = Object.keys(errors).length === 0;
    const period = q.from || q.to ? periodInstants(q.from ?? '1970-01-01', q.to ?? '9999-12-30') : undefined;
    const page = ok
      ? await searchTrail(c.get('deps').db, {
          registrationNumber: q.case,
          from: q.from ? period?.from : undefined,
          to: q.to ? period?.to : undefined,
          before: q.before,
          after: q.after,
          limit: PAGE,
        })
      : { items: [], older: null, newer: null, caseFound: null };
    const raw = c.req.query();
    const filters = { case: q.case, from: q.from, to: q.to };
    const title = t(lang, 'auditor.audit_trail');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <IntegrityNav lang={lang} current="/auditor/jejak-audit" />
        <p class="lead">{t(lang, 'auditor.every_event_keeps_its_hash_and')}</p>
        <form method="get" action="/auditor/jejak-audit" class="filters" role="search">
          <div class="filter-grid">
            <TextField lang={lang} prefix="trail" name="case" label={t(lang, 'auditor.registration_number')} value={raw.case ?? ''} required={false} />
            <TextField
              lang={lang}
              prefix="trail"
              name="from"
              type="date"
              label={t(lang, 'auditor.from')}
              value={raw.from ?? ''}
              error={errors.from}
              required={false}
            />
            <TextField lang={lang} prefix="trail" name="to" type="date" label={t(lang, 'auditor.to')} value={raw.to ?? ''} error={errors.to} required={false} />
          </div>
          <button type="submit">{t(lang, 'auditor.search')}</button> <a href="/auditor/jejak-audit">{t(lang, 'auditor.clear_filters')}</a>
        </form>
        {page.caseFound === false ? (
          <p role="status">{t(lang, 'auditor.no_case_has_that_registration_number')}</p>
        ) : page.items.length === 0 ? (
          <p role="status">{ok ? t(lang, 'auditor.no_matching_events') : t(lang, 'auditor.check_filters')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption>{t(lang, 'auditor.events_newest_first', { seq: page.items.at(-1)!.seq, seq2: page.items[0]!.seq })}</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">{t(lang, 'auditor.time')}</th>
                  <th scope="col">{t(lang, 'auditor.event')}</th>
                  <th scope="col">{t(lang, 'auditor.case_2')}</th>
                  <th scope="col">{t(lang, 'auditor.role')}</th>
                  <th scope="col">Hash</th>
                  <th scope="col">{t(lang, 'auditor.previous_event_2')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <EventRow e={e} lang={lang} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label={t(lang, 'auditor.pages')} class="pager">
          {page.newer !== null ? <a href={`/auditor/jejak-audit${query({ ...filters, after: page.newer })}`}>← {t(lang, 'auditor.newer')}</a> : null}{' '}
          {page.older !== null ? <a href={`/auditor/jejak-audit${query({ ...filters, before: page.older })}`}>{t(lang, 'auditor.older')} →</a> : null}
        </nav>
      </Layout>,
      ok ? 200 : 400,
    );
  });

  app.get('/jejak-audit/peristiwa/:seq{[0-9]+}', requirePageRole(...READERS), async (c) => {
    const lang = c.get('lang');
    const e = await trailEvent(c.get('deps').db, Number(c.req.param('seq')));
    if (!e) throw notFound();
    const title = t(lang, 'auditor.event_2', { seq: e.seq });
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <IntegrityNav lang={lang} current="" />
        <dl class="facts">
          <dt>{t(lang, 'auditor.event')}</dt>
          <dd>
            <code>{e.event}</code>
          </dd>
          <dt>{t(lang, 'auditor.time')}</dt>
          <dd>{when(e.at, lang)}</dd>
          <dt>{t(lang, 'auditor.case_2')}</dt>
          <dd>{e.registrationNumber ? <a href={`/auditor/jejak-audit${query({ case: e.registrationNumber })}`}>{e.registrationNumber}</a> : '—'}</dd>
          <dt>{t(lang, 'auditor.actor')}</dt>
          <dd>{e.actorRole ?? e.actorKind}</dd>
          <dt>{t(lang, 'auditor.state')}</dt>
          <dd>
            {e.fromState ?? '—'} → {e.toState ?? '—'}
          </dd>
          <dt>Hash</dt>
          <dd>
            <code>{e.hash}</code>
          </dd>
          <dt>{t(lang, 'auditor.previous_hash')}</dt>
          <dd>
            <code>{e.prevHash}</code>
            {e.seq > 1 ? (
              <>
                {' '}
                (<a href={`/auditor/jejak-audit/peristiwa/${e.seq - 1}`}>{t(lang, 'auditor.event_3', { seq: e.seq - 1 })}</a>)
              </>
            ) : (
              <> ({t(lang, 'auditor.chain_start')})</>
            )}
          </dd>
        </dl>
        <h2>{t(lang, 'auditor.data')}</h2>
        <pre class="prewrap">{JSON.stringify(e.data, null, 2)}</pre>
        <p>
          <a href={`/auditor/jejak-audit/peristiwa/${e.seq + 1}`}>{t(lang, 'auditor.next_event', { seq: e.seq + 1 })}</a>
        </p>
      </Layout>,
    );
  });

  app.get('/checkpoint', requirePageRole(...READERS), async (c) => {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const offset = Math.max(0, Number.parseInt(c.req.query('mulai') ?? '0', 10) || 0);
    const { items, total } = await listCheckpoints(deps.db, { limit: PAGE, offset });
    const rows = await Promise.all(
      items.map(async (cp) => {
        const event = await trailEvent(deps.db, cp.seq);
        return { cp, problem: checkCheckpoint(cp, event?.hash ?? '', deps.auditKeys.byId) };
      }),
    );
    const walk = c.req.query('periksa') === '1' ? await verifyAudit(deps.db, 5000, deps.auditKeys.byId) : null;
    const title = t(lang, 'auditor.signed_checkpoints');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <IntegrityNav lang={lang} current="/auditor/checkpoint" />
        <p class="lead">{t(lang, 'auditor.at_intervals_and_at_every_export')}</p>
        <p>
          {t(lang, 'auditor.current_signing_key')}: <code>{deps.auditKeys.current.keyId}</code> (Ed25519) —{' '}
          <a href="/verifikasi">{t(lang, 'auditor.published_on_public_page')}</a>
        </p>
        <form method="get" action="/auditor/checkpoint">
          <input type="hidden" name="periksa" value="1" />
          <button type="submit">{t(lang, 'auditor.verify_whole_chain_now')}</button>
        </form>
        {walk ? (
          <div class={`notice ${walk.ok ? 'ok' : 'bad'}`} role="status">
            {walk.ok ? (
              <p>
                {t(lang, 'auditor.chain_intact_events', { events: walk.events })}
                {walk.checkpoints ? t(lang, 'auditor.checkpoint_s_match', { verified: walk.checkpoints.verified }) : '.'}
              </p>
            ) : (
              <p>
                <strong>{t(lang, 'auditor.chain_broken_at_event', { seq: walk.brokenAt.seq })}</strong> ({walk.brokenAt.reason})
                {walk.brokenAt.checkpoint ? t(lang, 'auditor.checkpoint_at_event_does_not_match', { seq: walk.brokenAt.checkpoint.seq }) : '.'}{' '}
                <a href={`/auditor/jejak-audit/peristiwa/${walk.brokenAt.seq}`}>{t(lang, 'auditor.see_event')}</a>
              </p>
            )}
          </div>
        ) : null}
        {rows.length === 0 ? (
          <p>{t(lang, 'auditor.no_checkpoint_yet')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption>{t(lang, 'auditor.checkpoint_s_newest_first', { total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'auditor.up_to_event')}</th>
                  <th scope="col">{t(lang, 'auditor.signed')}</th>
                  <th scope="col">{t(lang, 'auditor.reason')}</th>
                  <th scope="col">{t(lang, 'auditor.head_hash')}</th>
                  <th scope="col">{t(lang, 'auditor.key')}</th>
                  <th scope="col">{t(lang, 'auditor.verification')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ cp, problem }) => (
                  <tr>
                    <th scope="row">
                      <a href={`/auditor/jejak-audit/peristiwa/${cp.seq}`}>#{cp.seq}</a>
                    </th>
                    <td>{when(cp.at, lang)}</td>
                    <td>{reasonLabel(cp.reason, lang)}</td>
                    <td>
                      <code>{cp.head}</code>
                    </td>
                    <td>
                      <code>{cp.keyId}</code>
                    </td>
                    <td>
                      {problem ? (
                        <span class="tag bad">
                          {problem.reason === 'checkpoint_signature' ? t(lang, 'auditor.signature_invalid') : t(lang, 'auditor.does_not_match_chain')}
                        </span>
                      ) : (
                        <span class="tag">{t(lang, 'auditor.valid_matches')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label={t(lang, 'auditor.pages')} class="pager">
          {offset > 0 ? <a href={`/auditor/checkpoint${query({ mulai: Math.max(0, offset - PAGE) })}`}>← {t(lang, 'auditor.newer')}</a> : null}{' '}
          {offset + PAGE < total ? <a href={`/auditor/checkpoint${query({ mulai: offset + PAGE })}`}>{t(lang, 'auditor.older')} →</a> : null}
        </nav>
      </Layout>,
    );
  });

  app.get('/bundel', requirePageRole('auditor', 'admin'), (c) => bundleForm(c, {}, {}));

  app.get('/bundel/unduh', requirePageRole('auditor', 'admin'), async (c) => {
    const lang = c.get('lang');
    const from = (c.req.query('from') ?? '').trim();
    const to = (c.req.query('to') ?? '').trim();
    const errors: Record<string, string> = {};
    if (!isLocalDate(from)) errors.from = t(lang, 'auditor.enter_first_day_yyyy_mm_dd');
    if (!isLocalDate(to)) errors.to = t(lang, 'auditor.enter_last_day_yyyy_mm_dd');
    if (!errors.from && !errors.to && to < from) errors.to = t(lang, 'auditor.last_day_cannot_be_before_first');
    if (Object.keys(errors).length > 0) return bundleForm(c, { from, to }, errors);
    const bundle = await buildEvidenceBundle(c.get('deps'), { ...periodInstants(from, to), label: { from, to } });
    return c.body(bundle.zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${bundle.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  });
  return app;
}

const reasonLabel = (reason: string, lang: Lang) =>
  reason === 'interval' ? t(lang, 'auditor.interval') : reason === 'export' ? t(lang, 'auditor.export') : t(lang, 'auditor.manual');

function bundleForm(c: Context<AppEnv>, values: { from?: string; to?: string }, errors: Record<string, string>) {
  const lang = c.get('lang');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(c.get('deps').clock());
  const title = t(lang, 'auditor.audit_evidence_bundle');
  const invalid = Object.keys(errors).length > 0;
  return c.html(
    <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
      <h1>{title}</h1>
      <IntegrityNav lang={lang} current="/auditor/bundel" />
      <p class="lead">{t(lang, 'auditor.one_zip_file_for_period_audit')}</p>
      {invalid ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t(lang, 'auditor.check_period')}</h2>
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li>
                <a href={`#bundle-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" action="/auditor/bundel/unduh" class="narrow">
        <TextField
          lang={lang}
          prefix="bundle"
          name="from"
          type="date"
          label={t(lang, 'auditor.first_day')}
          value={values.from ?? `${today.slice(0, 4)}-01-01`}
          error={errors.from}
        />
        <TextField lang={lang} prefix="bundle" name="to" type="date" label={t(lang, 'auditor.last_day')} value={values.to ?? today} error={errors.to} />
        <button type="submit">{t(lang, 'auditor.download_bundle_zip')}</button>
      </form>
      <h2>{t(lang, 'auditor.how_to_check_it')}</h2>
      <ol>
        <li>{t(lang, 'auditor.unzip_file_into_folder')}</li>
        <li>
          {t(lang, 'auditor.in_that_folder_run')} <code>node verify.mjs</code>
        </li>
        <li>{t(lang, 'auditor.exit_0_means_chain_and_every')}</li>
      </ol>
    </Layout>,
    invalid ? 400 : 200,
  );
}
