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
import { tr } from '../lang';
import { pageError } from '../officer';
import { formatInstant } from '../public/format';
import { integrityLinks } from './integrity-links';

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
    <nav aria-label={tr(lang, 'Integritas jejak audit', 'Audit-trail integrity')} class="queue-tabs">
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
          <a href={`/auditor/jejak-audit/peristiwa/${e.seq - 1}`} aria-label={tr(lang, `Peristiwa sebelumnya, #${e.seq - 1}`, `Previous event, #${e.seq - 1}`)}>
            #{e.seq - 1}
          </a>
        ) : (
          tr(lang, 'awal rantai', 'chain start')
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
    if (!parsed.success)
      for (const i of parsed.error.issues) errors[String(i.path[0])] = tr(lang, 'Tanggal tidak valid (TTTT-BB-HH).', 'Invalid date (YYYY-MM-DD).');
    if (q.from && q.to && q.to < q.from)
      errors.to = tr(lang, 'Tanggal akhir tidak boleh sebelum tanggal awal.', 'The last day cannot be before the first day.');
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
    const title = tr(lang, 'Jejak audit', 'Audit trail');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <IntegrityNav lang={lang} current="/auditor/jejak-audit" />
        <p class="lead">
          {tr(
            lang,
            'Setiap peristiwa menyimpan hash-nya dan hash peristiwa sebelumnya (SHA-256, JSON kanonik RFC 8785). Teks bebas ditampilkan sebagai komitmennya, tanpa data pribadi.',
            'Every event keeps its hash and the hash of the event before it (SHA-256, RFC 8785 canonical JSON). Free text shows as its commitment, without personal data.',
          )}
        </p>
        <form method="get" action="/auditor/jejak-audit" class="filters" role="search">
          <div class="filter-grid">
            <TextField
              lang={lang}
              prefix="trail"
              name="case"
              label={tr(lang, 'Nomor pendaftaran', 'Registration number')}
              value={raw.case ?? ''}
              required={false}
            />
            <TextField
              lang={lang}
              prefix="trail"
              name="from"
              type="date"
              label={tr(lang, 'Dari tanggal', 'From')}
              value={raw.from ?? ''}
              error={errors.from}
              required={false}
            />
            <TextField
              lang={lang}
              prefix="trail"
              name="to"
              type="date"
              label={tr(lang, 'Sampai tanggal', 'To')}
              value={raw.to ?? ''}
              error={errors.to}
              required={false}
            />
          </div>
          <button type="submit">{tr(lang, 'Cari', 'Search')}</button> <a href="/auditor/jejak-audit">{tr(lang, 'Hapus saringan', 'Clear filters')}</a>
        </form>
        {page.caseFound === false ? (
          <p role="status">{tr(lang, 'Tidak ada perkara dengan nomor pendaftaran itu.', 'No case has that registration number.')}</p>
        ) : page.items.length === 0 ? (
          <p role="status">{ok ? tr(lang, 'Tidak ada peristiwa yang cocok.', 'No matching events.') : tr(lang, 'Periksa saringan.', 'Check the filters.')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption>
                {tr(
                  lang,
                  `Peristiwa #${page.items.at(-1)!.seq}–#${page.items[0]!.seq}, terbaru dahulu`,
                  `Events #${page.items.at(-1)!.seq}–#${page.items[0]!.seq}, newest first`,
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">{tr(lang, 'Waktu', 'Time')}</th>
                  <th scope="col">{tr(lang, 'Peristiwa', 'Event')}</th>
                  <th scope="col">{tr(lang, 'Perkara', 'Case')}</th>
                  <th scope="col">{tr(lang, 'Peran', 'Role')}</th>
                  <th scope="col">Hash</th>
                  <th scope="col">{tr(lang, 'Peristiwa sebelumnya', 'Previous event')}</th>
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
        <nav aria-label={tr(lang, 'Halaman', 'Pages')} class="pager">
          {page.newer !== null ? <a href={`/auditor/jejak-audit${query({ ...filters, after: page.newer })}`}>← {tr(lang, 'Lebih baru', 'Newer')}</a> : null}{' '}
          {page.older !== null ? <a href={`/auditor/jejak-audit${query({ ...filters, before: page.older })}`}>{tr(lang, 'Lebih lama', 'Older')} →</a> : null}
        </nav>
      </Layout>,
      ok ? 200 : 400,
    );
  });

  app.get('/jejak-audit/peristiwa/:seq{[0-9]+}', requirePageRole(...READERS), async (c) => {
    const lang = c.get('lang');
    const e = await trailEvent(c.get('deps').db, Number(c.req.param('seq')));
    if (!e) throw notFound();
    const title = tr(lang, `Peristiwa #${e.seq}`, `Event #${e.seq}`);
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <IntegrityNav lang={lang} current="" />
        <dl class="facts">
          <dt>{tr(lang, 'Peristiwa', 'Event')}</dt>
          <dd>
            <code>{e.event}</code>
          </dd>
          <dt>{tr(lang, 'Waktu', 'Time')}</dt>
          <dd>{when(e.at, lang)}</dd>
          <dt>{tr(lang, 'Perkara', 'Case')}</dt>
          <dd>{e.registrationNumber ? <a href={`/auditor/jejak-audit${query({ case: e.registrationNumber })}`}>{e.registrationNumber}</a> : '—'}</dd>
          <dt>{tr(lang, 'Pelaku', 'Actor')}</dt>
          <dd>{e.actorRole ?? e.actorKind}</dd>
          <dt>{tr(lang, 'Status', 'State')}</dt>
          <dd>
            {e.fromState ?? '—'} → {e.toState ?? '—'}
          </dd>
          <dt>Hash</dt>
          <dd>
            <code>{e.hash}</code>
          </dd>
          <dt>{tr(lang, 'Hash sebelumnya', 'Previous hash')}</dt>
          <dd>
            <code>{e.prevHash}</code>
            {e.seq > 1 ? (
              <>
                {' '}
                (<a href={`/auditor/jejak-audit/peristiwa/${e.seq - 1}`}>{tr(lang, `peristiwa #${e.seq - 1}`, `event #${e.seq - 1}`)}</a>)
              </>
            ) : (
              <> ({tr(lang, 'awal rantai', 'chain start')})</>
            )}
          </dd>
        </dl>
        <h2>{tr(lang, 'Data', 'Data')}</h2>
        <pre class="prewrap">{JSON.stringify(e.data, null, 2)}</pre>
        <p>
          <a href={`/auditor/jejak-audit/peristiwa/${e.seq + 1}`}>{tr(lang, `Peristiwa berikutnya (#${e.seq + 1})`, `Next event (#${e.seq + 1})`)}</a>
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
    const title = tr(lang, 'Checkpoint bertanda tangan', 'Signed checkpoints');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <IntegrityNav lang={lang} current="/auditor/checkpoint" />
        <p class="lead">
          {tr(
            lang,
            'Secara berkala dan pada setiap ekspor, kepala rantai (nomor urut, hash, waktu) ditandatangani dengan kunci Ed25519 yang disimpan di luar basis data. Riwayat yang ditulis ulang tidak lagi cocok dengan checkpoint yang ditandatangani sebelumnya.',
            'At intervals and at every export, the chain head (sequence number, hash, time) is signed with an Ed25519 key kept outside the database. A rewritten history no longer matches a checkpoint signed before.',
          )}
        </p>
        <p>
          {tr(lang, 'Kunci penanda tangan saat ini', 'Current signing key')}: <code>{deps.auditKeys.current.keyId}</code> (Ed25519) —{' '}
          <a href="/verifikasi">{tr(lang, 'diumumkan di halaman publik', 'published on the public page')}</a>
        </p>
        <form method="get" action="/auditor/checkpoint">
          <input type="hidden" name="periksa" value="1" />
          <button type="submit">{tr(lang, 'Periksa seluruh rantai sekarang', 'Verify the whole chain now')}</button>
        </form>
        {walk ? (
          <div class={`notice ${walk.ok ? 'ok' : 'bad'}`} role="status">
            {walk.ok ? (
              <p>
                {tr(lang, `Rantai utuh: ${walk.events} peristiwa`, `Chain intact: ${walk.events} events`)}
                {walk.checkpoints ? tr(lang, `; ${walk.checkpoints.verified} checkpoint cocok.`, `; ${walk.checkpoints.verified} checkpoint(s) match.`) : '.'}
              </p>
            ) : (
              <p>
                <strong>{tr(lang, `Rantai rusak pada peristiwa #${walk.brokenAt.seq}`, `Chain broken at event #${walk.brokenAt.seq}`)}</strong> (
                {walk.brokenAt.reason})
                {walk.brokenAt.checkpoint
                  ? tr(
                      lang,
                      ` — checkpoint pada peristiwa #${walk.brokenAt.checkpoint.seq} tidak cocok.`,
                      ` — the checkpoint at event #${walk.brokenAt.checkpoint.seq} does not match.`,
                    )
                  : '.'}{' '}
                <a href={`/auditor/jejak-audit/peristiwa/${walk.brokenAt.seq}`}>{tr(lang, 'Lihat peristiwa', 'See the event')}</a>
              </p>
            )}
          </div>
        ) : null}
        {rows.length === 0 ? (
          <p>{tr(lang, 'Belum ada checkpoint.', 'No checkpoint yet.')}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption>{tr(lang, `${total} checkpoint, terbaru dahulu`, `${total} checkpoint(s), newest first`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr(lang, 'Sampai peristiwa', 'Up to event')}</th>
                  <th scope="col">{tr(lang, 'Ditandatangani', 'Signed')}</th>
                  <th scope="col">{tr(lang, 'Alasan', 'Reason')}</th>
                  <th scope="col">{tr(lang, 'Hash kepala', 'Head hash')}</th>
                  <th scope="col">{tr(lang, 'Kunci', 'Key')}</th>
                  <th scope="col">{tr(lang, 'Verifikasi', 'Verification')}</th>
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
                          {problem.reason === 'checkpoint_signature'
                            ? tr(lang, 'Tanda tangan tidak sah', 'Signature invalid')
                            : tr(lang, 'Tidak cocok dengan rantai', 'Does not match the chain')}
                        </span>
                      ) : (
                        <span class="tag">{tr(lang, 'Sah dan cocok', 'Valid, matches')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label={tr(lang, 'Halaman', 'Pages')} class="pager">
          {offset > 0 ? <a href={`/auditor/checkpoint${query({ mulai: Math.max(0, offset - PAGE) })}`}>← {tr(lang, 'Lebih baru', 'Newer')}</a> : null}{' '}
          {offset + PAGE < total ? <a href={`/auditor/checkpoint${query({ mulai: offset + PAGE })}`}>{tr(lang, 'Lebih lama', 'Older')} →</a> : null}
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
    if (!isLocalDate(from)) errors.from = tr(lang, 'Isi tanggal awal (TTTT-BB-HH).', 'Enter the first day (YYYY-MM-DD).');
    if (!isLocalDate(to)) errors.to = tr(lang, 'Isi tanggal akhir (TTTT-BB-HH).', 'Enter the last day (YYYY-MM-DD).');
    if (!errors.from && !errors.to && to < from)
      errors.to = tr(lang, 'Tanggal akhir tidak boleh sebelum tanggal awal.', 'The last day cannot be before the first day.');
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
  reason === 'interval' ? tr(lang, 'Berkala', 'Interval') : reason === 'export' ? tr(lang, 'Ekspor', 'Export') : tr(lang, 'Manual', 'Manual');

function bundleForm(c: Context<AppEnv>, values: { from?: string; to?: string }, errors: Record<string, string>) {
  const lang = c.get('lang');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(c.get('deps').clock());
  const title = tr(lang, 'Bundel bukti audit', 'Audit evidence bundle');
  const invalid = Object.keys(errors).length > 0;
  return c.html(
    <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
      <h1>{title}</h1>
      <IntegrityNav lang={lang} current="/auditor/bundel" />
      <p class="lead">
        {tr(
          lang,
          'Satu berkas ZIP untuk satu periode: peristiwa jejak audit, checkpoint bertanda tangan dan kunci publiknya, hash dokumen yang diterbitkan, manifes bertanda tangan, dan verify.mjs yang memeriksa semuanya dengan Node.js tanpa jaringan. Tanpa data pribadi.',
          'One ZIP file for a period: the audit events, the signed checkpoints and their public key, the issued documents’ hashes, a signed manifest, and verify.mjs, which checks it all with Node.js, offline. No personal data.',
        )}
      </p>
      {invalid ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{tr(lang, 'Periksa periode', 'Check the period')}</h2>
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
          label={tr(lang, 'Dari tanggal', 'First day')}
          value={values.from ?? `${today.slice(0, 4)}-01-01`}
          error={errors.from}
        />
        <TextField
          lang={lang}
          prefix="bundle"
          name="to"
          type="date"
          label={tr(lang, 'Sampai tanggal', 'Last day')}
          value={values.to ?? today}
          error={errors.to}
        />
        <button type="submit">{tr(lang, 'Unduh bundel (ZIP)', 'Download the bundle (ZIP)')}</button>
      </form>
      <h2>{tr(lang, 'Cara memeriksa', 'How to check it')}</h2>
      <ol>
        <li>{tr(lang, 'Ekstrak berkas ZIP ke sebuah folder.', 'Unzip the file into a folder.')}</li>
        <li>
          {tr(lang, 'Jalankan di folder itu', 'In that folder, run')} <code>node verify.mjs</code>
        </li>
        <li>
          {tr(
            lang,
            'Keluaran 0 berarti rantai dan setiap checkpoint utuh; keluaran 1 menyebut peristiwa pertama yang rusak. Bandingkan ID kunci dengan yang diumumkan di halaman publik /verifikasi.',
            'Exit 0 means the chain and every checkpoint are intact; exit 1 names the first broken event. Compare the key id with the one published on the public page /verifikasi.',
          )}
        </li>
      </ol>
    </Layout>,
    invalid ? 400 : 200,
  );
}
