/** @jsxImportSource hono/jsx */
/**
 * Tracking (lacak permohonan): the requester gives the registration number and the tracking code
 * in a POST (the code never sits in a URL or a log); a match opens `/lacak?nomor=…` for this
 * browser through a sealed cookie. The page shows the status in plain words, the public timeline,
 * every deadline with how it was counted, the documents issued, and — when the workflow allows
 * it — the way to an objection (keberatan, UU 14/2008 Art. 35). Document links need no code
 * either: the documents API accepts the same sealed cookie.
 */
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import type { DeadlineExplanation } from '../../../calendar/types';
import { findCaseByNumber } from '../../../cases/case.repository';
import { trackingView } from '../../../cases/case-view';
import { trackingCodeMatches } from '../../../cases/tracking-code';
import { documentLabel, documentLanguage } from '../../../documents/labels';
import { type Lang, t } from '../../../i18n';
import { historyLabel } from '../../../i18n/history';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { accessedCase, grantAccess, revokeAccess } from './access-cookie';
import { ErrorSummary, type FieldErrors, TextField } from './form-fields';
import { formatInstant } from './format';
import { publicRateLimit } from '../../rate-limit';
import type { TrackingView } from './receipt';
import { unitInfo } from './units';
import { RequesterAnswers } from './clarification-form';

const trackHref = (number: string) => `/lacak?nomor=${encodeURIComponent(number)}`;

function TrackForm({ lang, number, errors }: { lang: Lang; number: string; errors: FieldErrors }) {
  const labels = { nomor: tr(lang, 'Nomor pendaftaran', 'Registration number'), kode: tr(lang, 'Kode pelacakan', 'Tracking code') };
  return (
    <>
      <ErrorSummary lang={lang} errors={errors} labels={labels} order={['nomor', 'kode']} />
      <h1>{tr(lang, 'Lacak permohonan', 'Track a request')}</h1>
      <p class="lead">
        {tr(
          lang,
          'Masukkan nomor pendaftaran dan kode pelacakan dari tanda terima Anda untuk melihat status, tenggat, dan dokumen permohonan.',
          'Enter the registration number and the tracking code from your receipt to see your request’s status, deadlines and documents.',
        )}
      </p>
      <form method="post" action="/lacak" novalidate class="narrow-form">
        <TextField
          lang={lang}
          name="nomor"
          label={labels.nomor}
          value={number}
          error={errors.nomor}
          required
          autocomplete="off"
          maxlength={100}
          hint={tr(lang, 'Seperti tertulis pada tanda terima, mis. 00001/PPID-PPID/2026.', 'As on your receipt, e.g. 00001/PPID-PPID/2026.')}
        />
        <TextField
          lang={lang}
          name="kode"
          label={labels.kode}
          error={errors.kode}
          required
          autocomplete="off"
          maxlength={64}
          hint={tr(
            lang,
            '16 huruf dan angka, mis. 7K3M-Q9TX-2HBD-W4PN. Huruf besar atau kecil dan tanda hubung tidak berpengaruh.',
            '16 letters and digits, e.g. 7K3M-Q9TX-2HBD-W4PN. Upper or lower case and dashes do not matter.',
          )}
        />
        <button type="submit">{tr(lang, 'Lihat status', 'See the status')}</button>
      </form>
      <p>
        {tr(lang, 'Kehilangan kode pelacakan? ', 'Lost your tracking code? ')}
        <a href="/lacak/kode-baru">{tr(lang, 'Minta kode baru lewat e-mail', 'Ask for a new one by e-mail')}</a>
      </p>
    </>
  );
}

const STATE_EXPLAINED: Record<string, Record<Lang, string>> = {
  registered: { id: 'PPID telah mendaftarkan permohonan Anda dan sedang memeriksanya.', en: 'The PPID has registered your request and is looking at it.' },
  assigned: {
    id: 'PPID telah meneruskan permohonan Anda ke unit kerja atau Perwakilan RI yang menguasai informasinya. Batas waktu tetap dihitung sejak permohonan diterima.',
    en: 'The PPID has forwarded your request to the work unit or mission that holds the information. The deadline still counts from when your request was received.',
  },
  in_review: { id: 'Unit yang menguasai informasi sedang menyiapkan jawaban.', en: 'The unit that holds the information is preparing the answer.' },
  awaiting_clarification: {
    id: 'PPID meminta penjelasan dari Anda. Baca pesannya di bawah dan hubungi PPID.',
    en: 'The PPID has asked you to clarify your request. Read the message below and contact the PPID.',
  },
  decided: {
    id: 'PPID telah memutuskan permohonan Anda dan menerbitkan pemberitahuan tertulis.',
    en: 'The PPID has decided on your request and issued a written notice.',
  },
  delivered: { id: 'Informasi telah diserahkan kepada Anda.', en: 'The information has been handed over to you.' },
  closed: { id: 'Permohonan ini sudah selesai.', en: 'This request is closed.' },
};

const DEADLINE_LABELS: Record<string, Record<Lang, string>> = {
  notice: { id: 'Pemberitahuan tertulis (10 hari kerja, UU 14/2008 Pasal 22 ayat 7)', en: 'Written notice (10 working days, Law 14/2008 Art. 22(7))' },
  noticeExtended: {
    id: 'Pemberitahuan tertulis setelah perpanjangan (7 hari kerja lagi, Pasal 22 ayat 8)',
    en: 'Written notice after the extension (7 more working days, Art. 22(8))',
  },
  objection_window: { id: 'Batas mengajukan keberatan (30 hari kerja, Pasal 36 ayat 1)', en: 'Last day to object (30 working days, Art. 36(1))' },
  atasan_response: {
    id: 'Tanggapan atasan PPID atas keberatan (30 hari kerja, Pasal 36 ayat 2)',
    en: 'The PPID superior’s answer to an objection (30 working days, Art. 36(2))',
  },
  dispute_window: {
    id: 'Batas mengajukan sengketa ke Komisi Informasi (14 hari kerja, Pasal 37 ayat 2)',
    en: 'Last day to take the dispute to the Information Commission (14 working days, Art. 37(2))',
  },
};

type PublicDeadline = DeadlineExplanation & { text: string };

/** Every deadline the tracking view carries (the unit's internal targets are not the requester's). */
function publicDeadlines(view: TrackingView): Array<{ key: string; d: PublicDeadline }> {
  return Object.entries(view.deadlines as Record<string, unknown>)
    .filter(([key, d]) => key !== 'unitTargets' && typeof d === 'object' && d !== null && 'text' in d && 'due' in d)
    .map(([key, d]) => ({ key, d: d as PublicDeadline }));
}

function deadlineLabel(key: string, d: PublicDeadline, lang: Lang): string {
  return (DEADLINE_LABELS[key] ?? DEADLINE_LABELS[d.period])?.[lang] ?? d.period;
}

/** A mission's request: the same deadlines on the Jakarta calendar (kip-rules §5.4), beside the mission's. */
function JakartaDeadlines({ lang, view }: { lang: Lang; view: TrackingView }) {
  const jakarta = (view.deadlines as { jakarta?: Record<string, PublicDeadline> }).jakarta;
  if (!jakarta) return null;
  return (
    <section aria-labelledby="h-jakarta" data-testid="jakarta-deadlines">
      <h3 id="h-jakarta">{tr(lang, 'Tenggat yang sama menurut kalender Jakarta', 'The same deadlines on the Jakarta calendar')}</h3>
      <p class="hint">
        {tr(
          lang,
          'Permohonan ini diterima di perwakilan RI di luar negeri: tenggatnya dihitung menurut kalender perwakilan, dan juga menurut kalender nasional di Jakarta. Kami berusaha menjawab sebelum tenggat yang lebih awal.',
          "This request was received at a mission abroad: its deadlines are counted on the mission's calendar and also on the national calendar in Jakarta. We aim to answer before the earlier of the two.",
        )}
      </p>
      <ul class="deadlines">
        {Object.entries(jakarta).map(([key, d]) => (
          <li data-testid={`jakarta-${key}`}>
            <p>
              {deadlineLabel(key, d, lang)} — {tr(lang, 'kalender Jakarta', 'Jakarta calendar')}
            </p>
            <p class="due">{formatDate(d.due, lang)}</p>
            <p class="deadline-text">{d.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TrackingResult({ lang, view, unit }: { lang: Lang; view: TrackingView; unit: { name: string; timeZone: string } }) {
  const number = view.registrationNumber;
  const when = (iso: string) => formatInstant(iso, unit.timeZone, lang);
  const deadlines = publicDeadlines(view);
  const extended = deadlines.some((x) => x.key === 'noticeExtended');
  const canObject = view.availableActions.includes('object');
  const decision = view.decision as (typeof view.decision & { exemptions?: Array<{ letter: string }>; holder?: string }) | null | undefined;
  return (
    <>
      <h1>
        {tr(lang, 'Status permohonan', 'Request status')} <span class="nowrap">{number}</span>
      </h1>
      <div class={`status-panel${view.overdue ? ' overdue' : ''}`}>
        <p class="status-label" data-testid="status">
          {view.statusLabel}
        </p>
        <p>{STATE_EXPLAINED[view.status]?.[lang] ?? ''}</p>
      </div>
      {view.overdue ? (
        <div class="notice bad" role="status">
          <p>
            {tr(lang, 'Batas waktu pemberitahuan tertulis telah terlewati.', 'The written-notice deadline has passed.')}
            {canObject
              ? ` ${tr(
                  lang,
                  'Anda berhak mengajukan keberatan karena permohonan tidak ditanggapi (UU 14/2008 Pasal 35 ayat 1 huruf c).',
                  'You may object because the request was not answered (Law 14/2008 Art. 35(1)(c)).',
                )}`
              : null}
          </p>
        </div>
      ) : null}

      {canObject ? (
        <section class="objection-cta" aria-labelledby="objection-heading">
          <h2 id="objection-heading">{tr(lang, 'Keberatan', 'Objection')}</h2>
          <p>
            {tr(
              lang,
              'Anda dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja sejak alasan keberatan diketahui, mis. bila permohonan ditolak, tidak ditanggapi, atau dipenuhi tidak sebagaimana diminta. Atasan PPID wajib menanggapi dalam 30 hari kerja.',
              'You may object to the PPID’s superior within 30 working days of learning the reason, e.g. when the request is refused, not answered, or not met as asked. The superior must answer within 30 working days.',
            )}
          </p>
          {view.objectionWindow ? (
            <div class="deadline" data-testid="objection-window">
              <p>
                {tr(lang, 'Batas mengajukan keberatan', 'Last day to object')}: <strong>{formatDate(view.objectionWindow.due, lang)}</strong>
              </p>
              <details>
                <summary>{tr(lang, 'Bagaimana tanggal ini dihitung', 'How this date was counted')}</summary>
                <p class="deadline-text">{view.objectionWindow.text}</p>
              </details>
              {view.objectionWindow.passed ? (
                <p>
                  {tr(
                    lang,
                    'Batas ini sudah lewat. Keberatan tetap diterima dan dicatat terlambat; atasan PPID memutuskan apakah menerimanya.',
                    'This date has passed. An objection is still received and recorded as late; the PPID’s superior decides whether to accept it.',
                  )}
                </p>
              ) : null}
            </div>
          ) : null}
          <a class="button" href={`/keberatan?nomor=${encodeURIComponent(number)}`}>
            {tr(lang, 'Ajukan keberatan', 'File an objection')}
          </a>
        </section>
      ) : null}

      {view.objections.length > 0 ? (
        <section aria-labelledby="objections-heading">
          <h2 id="objections-heading">{tr(lang, 'Keberatan Anda', 'Your objections')}</h2>
          {view.objections.map((o) => (
            <div class="objection-item" data-testid="objection">
              <p>
                <strong>{o.objectionNumber}</strong> — {o.statusLabel}
              </p>
              <dl class="facts">
                <dt>{tr(lang, 'Diterima', 'Received')}</dt>
                <dd>{when(o.receivedAt)}</dd>
                <dt>{tr(lang, 'Alasan keberatan', 'Grounds')}</dt>
                <dd>
                  <ul class="plain">
                    {o.grounds.map((g) => (
                      <li>
                        {tr(lang, `Huruf ${g.letter}`, `Letter ${g.letter}`)}: {g.plain}
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt>{tr(lang, 'Tanggapan atasan PPID paling lambat', 'The superior answers by')}</dt>
                <dd>{formatDate(o.responseDue, lang)}</dd>
                {o.decision ? (
                  <>
                    <dt>{tr(lang, 'Tanggapan', 'Answer')}</dt>
                    <dd>{o.decision.outcomeLabel}</dd>
                  </>
                ) : null}
              </dl>
            </div>
          ))}
        </section>
      ) : null}

      <h2>{tr(lang, 'Ringkasan', 'Summary')}</h2>
      <dl class="facts">
        <dt>{tr(lang, 'Diterima', 'Received')}</dt>
        <dd>{when(view.receivedAt)}</dd>
        <dt>{tr(lang, 'Ditujukan kepada', 'Addressed to')}</dt>
        <dd>{unit.name}</dd>
        <dt>{tr(lang, 'Informasi yang diminta', 'Information requested')}</dt>
        <dd class="prewrap">{view.information}</dd>
        {decision ? (
          <>
            <dt>{tr(lang, 'Putusan', 'Decision')}</dt>
            <dd>
              {decision.outcomeLabel} ({when(decision.at)})
            </dd>
          </>
        ) : null}
        {decision?.exemptions?.length ? (
          <>
            <dt>{tr(lang, 'Dasar pengecualian', 'Exemption grounds')}</dt>
            <dd>{decision.exemptions.map((x) => tr(lang, `UU 14/2008 Pasal 17 huruf ${x.letter}`, `Law 14/2008 Art. 17(${x.letter})`)).join('; ')}</dd>
          </>
        ) : null}
        {decision?.holder ? (
          <>
            <dt>{tr(lang, 'Badan publik yang menguasai', 'Public body that holds it')}</dt>
            <dd>{decision.holder}</dd>
          </>
        ) : null}
      </dl>

      {view.clarification ? (
        <div class="notice warn">
          <h2>{tr(lang, 'Permintaan klarifikasi dari PPID', 'The PPID asks for clarification')}</h2>
          <p class="prewrap">{view.clarification.message}</p>
          <p class="hint">{when(view.clarification.requestedAt)}</p>
        </div>
      ) : null}

      <h2>{tr(lang, 'Tenggat dan cara menghitungnya', 'Deadlines and how they were counted')}</h2>
      <ul class="deadlines">
        {deadlines.map(({ key, d }) => (
          <li data-testid={`deadline-${key}`}>
            <p>
              {deadlineLabel(key, d, lang)}
              {key === 'notice' && extended ? ` ${tr(lang, '(sebelum perpanjangan)', '(before the extension)')}` : ''}
            </p>
            <p class="due">
              {formatDate(d.due, lang)}
              {d.provisional ? (
                <>
                  {' '}
                  <span class="tag warn">{tr(lang, 'sementara', 'provisional')}</span>
                </>
              ) : null}
            </p>
            <p class="deadline-text">{d.text}</p>
          </li>
        ))}
      </ul>

      <JakartaDeadlines lang={lang} view={view} />

      <h2>{tr(lang, 'Riwayat', 'Timeline')}</h2>
      <ol class="timeline">
        {view.timeline.map((e) => (
          <li>
            <span class="when">{when(e.at)}</span> <span class="what">{historyLabel(e.event, lang)}</span>
          </li>
        ))}
      </ol>

      <h2>{tr(lang, 'Dokumen', 'Documents')}</h2>
      {view.documents.length === 0 ? (
        <p>{tr(lang, 'Belum ada dokumen yang diterbitkan.', 'No document has been issued yet.')}</p>
      ) : (
        <ul class="documents">
          {view.documents.map((d) => (
            <li>
              <a href={`/api/v1/requests/${encodeURIComponent(number)}/documents/${encodeURIComponent(d.id)}`}>{documentLabel(d.kind, lang)}</a>{' '}
              <span class="hint">
                ({documentLanguage(d.lang)}, {when(d.issued_at)}, PDF)
              </span>
            </li>
          ))}
        </ul>
      )}

      <form method="post" action="/lacak/tutup" class="close-access">
        <p class="hint">
          {tr(
            lang,
            'Di komputer bersama? Tutup akses agar orang lain tidak dapat membuka halaman ini dari peramban ini.',
            'On a shared computer? Close access so that nobody else can open this page from this browser.',
          )}
        </p>
        <button type="submit" class="secondary">
          {tr(lang, 'Tutup akses', 'Close access')}
        </button>
      </form>
    </>
  );
}

async function renderTrackForm(c: Context<AppEnv>, number: string, errors: FieldErrors, status: 200 | 400 | 404) {
  const lang = c.get('lang');
  const title = tr(lang, 'Lacak permohonan', 'Track a request');
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout lang={lang} title={Object.keys(errors).length > 0 ? `${tr(lang, 'Kesalahan', 'Error')}: ${title}` : title} url={c.req.url}>
      <TrackForm lang={lang} number={number} errors={errors} />
    </Layout>,
    status,
  );
}

export function trackingPages() {
  const app = new Hono<AppEnv>();

  app.get('/lacak', async (c) => {
    const number = (c.req.query('nomor') ?? '').trim();
    const access = number ? await accessedCase(c, number) : null;
    if (!access) return renderTrackForm(c, number, {}, 200);
    const deps = c.get('deps');
    const lang = c.get('lang');
    const view = await trackingView(deps.db, access.row, lang, deps);
    const unit = await unitInfo(deps.db, access.row.received_unit, lang);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout lang={lang} title={`${tr(lang, 'Status permohonan', 'Request status')} ${number}`} url={c.req.url}>
        <TrackingResult lang={lang} view={view} unit={unit} />
        <RequesterAnswers c={c} view={view} timeZone={unit.timeZone} />
      </Layout>,
    );
  });

  app.post('/lacak', publicRateLimit, async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody();
    const number = typeof body.nomor === 'string' ? body.nomor.trim() : '';
    const code = typeof body.kode === 'string' ? body.kode.trim() : '';
    const errors: FieldErrors = {};
    if (!number) errors.nomor = t(lang, 'required');
    if (!code) errors.kode = t(lang, 'required');
    if (Object.keys(errors).length > 0) return renderTrackForm(c, number, errors, 400);
    const row = await findCaseByNumber(c.get('deps').db, number);
    // An unknown number and a wrong code answer the same: the page reveals nothing.
    if (!row || !trackingCodeMatches(code, row.tracking_code_hash)) {
      return renderTrackForm(c, number, { kode: t(lang, 'tracking_not_found') }, 404);
    }
    grantAccess(c, row.registration_number, code);
    return c.redirect(trackHref(row.registration_number), 303);
  });

  app.post('/lacak/tutup', (c) => {
    revokeAccess(c);
    return c.redirect('/lacak', 303);
  });

  return app;
}
