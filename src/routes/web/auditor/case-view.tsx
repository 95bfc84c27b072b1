/** @jsxImportSource hono/jsx */
/**
 * Read-only case views for auditors: `/auditor/kasus/:id` (a request) and `/auditor/keberatan/:id`
 * (an objection and its dispute). What happened and when (the history with who did it), every
 * deadline with how it was counted, the decision and its legal basis, and the documents issued —
 * by kind, date and SHA-256, not as links: the letters carry the requester's name and address,
 * which auditors do not read. No personal data, no action forms, and every link leads somewhere
 * an auditor may go.
 */
import { requirePageRole, requireSignedIn } from '../kit/guard';
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import { findCaseInScope } from '../../../cases/case.repository';
import { officerCaseView } from '../../../cases/case-view';
import { documentLabel, documentLanguage } from '../../../documents/labels';
import type { Lang } from '../../../i18n';
import { historyLabel } from '../../../i18n/history';
import { findObjection } from '../../../objections/objection.repository';
import { officerObjectionView } from '../../../objections/objection-view';
import { requesterTypeWord } from '../../../registers/words';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { pageError } from '../officer';
import { formatInstant, frame } from '../officer/components';
import { channelWord, deliveryWord, letterLabel, obtainWord, outcomeWord, roleWord } from '../officer/labels';
import { unitNames } from '../officer/units';

function Documents({ lang, documents }: { lang: Lang; documents: Array<{ kind: string; lang: string; issued_at: string; sha256?: string }> }) {
  if (documents.length === 0) return <p>{tr(lang, 'Belum ada dokumen yang diterbitkan.', 'No document issued yet.')}</p>;
  return (
    <>
      <p class="hint">
        {tr(
          lang,
          'Surat memuat data pribadi pemohon, sehingga tidak dibuka di sini; sidik jari SHA-256 mencocokkannya dengan jejak audit.',
          "The letters hold the requester's personal data, so they are not opened here; the SHA-256 fingerprint matches them to the audit trail.",
        )}
      </p>
      <ul class="plain" data-testid="auditor-documents">
        {documents.map((d) => (
          <li>
            {documentLabel(d.kind, lang)} ({documentLanguage(d.lang)}) — {formatInstant(d.issued_at, lang)}
            {d.sha256 ? (
              <>
                <br />
                <code class="hash">SHA-256 {d.sha256}</code>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

const actorOf = (lang: Lang, role: string | null, name: string) =>
  role === 'requester'
    ? tr(lang, 'pemohon', 'the requester')
    : role === 'system'
      ? tr(lang, 'sistem', 'the system')
      : `${name} (${roleWord(role ?? '', lang)})`;

async function requestPage(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const row = await findCaseInScope(deps.db, c.req.param('id')!, actor);
  const view = await officerCaseView(deps.db, row, actor, lang, deps.clock());
  const names = await unitNames(deps, lang);
  const objections = await deps.db
    .selectFrom('objections')
    .select(['id', 'objection_number', 'state'])
    .where('case_id', '=', row.id)
    .orderBy('received_at')
    .execute();
  const d = view.decision as (Record<string, unknown> & { outcome: string; at: string }) | null;
  const exemptions = (d?.exemptions as Array<{ letter: string; statute?: string }> | undefined) ?? [];
  const props = await frame(c, `${tr(lang, 'Kasus', 'Case')} ${view.registrationNumber}`);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/auditor/register/permohonan">← {tr(lang, 'Register permohonan', 'Register of requests')}</a>
      </p>
      <h1>
        {tr(lang, 'Kasus', 'Case')} {view.registrationNumber}
      </h1>
      <p class="lead">
        <strong>{view.statusLabel}</strong>
        {view.outcomeLabel ? <> — {view.outcomeLabel}</> : null}
        {view.extended ? <span class="tag">{tr(lang, 'diperpanjang', 'extended')}</span> : null}
        {view.overdue ? <span class="tag bad">{tr(lang, 'melewati tenggat', 'overdue')}</span> : null}
      </p>
      <p class="hint">
        {tr(lang, 'Tampilan baca-saja untuk auditor: tanpa data pribadi pemohon.', "Read-only view for auditors: without the requester's personal data.")}
      </p>

      <section aria-labelledby="h-request">
        <h2 id="h-request">{tr(lang, 'Permohonan', 'Request')}</h2>
        <dl class="facts">
          <dt>{tr(lang, 'Diterima', 'Received')}</dt>
          <dd>
            {formatInstant(view.receivedAt, lang, view.deadlines.notice.calendar.timeZone)} — {channelWord(view.channel, lang)},{' '}
            {names.get(view.receivedUnit) ?? view.receivedUnit}
          </dd>
          <dt>{tr(lang, 'Jenis pemohon', 'Requester type')}</dt>
          <dd>{requesterTypeWord(String((view.requester as { type: string }).type), lang)}</dd>
          <dt>{tr(lang, 'Informasi yang diminta', 'Information requested')}</dt>
          <dd class="prose">{view.request.information}</dd>
          <dt>{tr(lang, 'Tujuan penggunaan', 'Purpose')}</dt>
          <dd class="prose">{view.request.purpose}</dd>
          <dt>{tr(lang, 'Cara memperoleh', 'How to obtain')}</dt>
          <dd>{obtainWord(view.request.obtainMethod, lang)}</dd>
          {view.assignments.length > 0 ? (
            <>
              <dt>{tr(lang, 'Ditugaskan kepada', 'Assigned to')}</dt>
              <dd>{view.assignments.map((a) => names.get(a.unit) ?? a.unit).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">{tr(lang, 'Tenggat', 'Deadlines')}</h2>
        <dl class="facts">
          <dt>{tr(lang, '10 hari kerja (Pasal 22 ayat 7)', '10 working days (Art. 22(7))')}</dt>
          <dd>{view.deadlines.notice.text}</dd>
          {view.deadlines.noticeExtended ? (
            <>
              <dt>{tr(lang, 'Perpanjangan 7 hari kerja (Pasal 22 ayat 8)', 'Extension of 7 working days (Art. 22(8))')}</dt>
              <dd>{view.deadlines.noticeExtended.text}</dd>
            </>
          ) : null}
          {view.deadlines.noticeReopened ? (
            <>
              <dt>{tr(lang, 'Tenggat baru setelah keberatan', 'New deadline after the objection')}</dt>
              <dd>{view.deadlines.noticeReopened.text}</dd>
            </>
          ) : null}
          {view.deadlines.jakarta ? (
            <>
              <dt>{tr(lang, '10 hari kerja, kalender Jakarta', '10 working days, Jakarta calendar')}</dt>
              <dd>{view.deadlines.jakarta.notice.text}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="h-decision">
        <h2 id="h-decision">{tr(lang, 'Keputusan', 'Decision')}</h2>
        {d ? (
          <dl class="facts">
            <dt>{tr(lang, 'Pemberitahuan tertulis', 'Written notice')}</dt>
            <dd>
              <strong>{outcomeWord(d.outcome, lang)}</strong>, {formatInstant(d.at, lang)}
            </dd>
            {exemptions.length > 0 ? (
              <>
                <dt>{tr(lang, 'Dasar pengecualian', 'Exemptions')}</dt>
                <dd>
                  {exemptions
                    .map((e) => `${tr(lang, 'Pasal 17 huruf ', 'Art. 17 letter ')}${letterLabel(e.letter, lang)}${e.statute ? ` — ${e.statute}` : ''}`)
                    .join('; ')}
                </dd>
              </>
            ) : null}
            {typeof d.holder === 'string' ? (
              <>
                <dt>{tr(lang, 'Dikuasai oleh', 'Held by')}</dt>
                <dd>{d.holder}</dd>
              </>
            ) : null}
            {view.delivery ? (
              <>
                <dt>{tr(lang, 'Diserahkan', 'Delivered')}</dt>
                <dd>
                  {deliveryWord(view.delivery.method, lang)}, {formatInstant(view.delivery.at, lang)}
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{tr(lang, 'Belum diputus.', 'Not decided yet.')}</p>
        )}
        {objections.length > 0 ? (
          <p>
            {tr(lang, 'Keberatan: ', 'Objections: ')}
            {objections.map((o, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={`/auditor/keberatan/${o.id}`}>{o.objection_number}</a>
              </>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="h-documents">
        <h2 id="h-documents">{tr(lang, 'Dokumen', 'Documents')}</h2>
        <Documents lang={lang} documents={view.documents} />
      </section>

      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{tr(lang, 'Riwayat', 'History')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{historyLabel(e.event, lang)}</strong> — {formatInstant(e.at, lang)}
              <span class="hint">
                {tr(lang, ' oleh ', ' by ')}
                {actorOf(lang, e.actorRole, e.actor)}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Layout>,
  );
}

async function objectionPage(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const row = await findObjection(deps.db, c.req.param('id')!, actor);
  const view = await officerObjectionView(deps, deps.db, row, actor, lang, deps.clock());
  const documents = await deps.db
    .selectFrom('documents')
    .select(['kind', 'lang', 'issued_at', 'sha256'])
    .where('case_id', '=', row.case_id)
    .orderBy('issued_at')
    .execute();
  const props = await frame(c, `${tr(lang, 'Keberatan', 'Objection')} ${view.objectionNumber}`);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/auditor/register/keberatan">← {tr(lang, 'Register keberatan', 'Register of objections')}</a>
      </p>
      <h1>
        {tr(lang, 'Keberatan', 'Objection')} {view.objectionNumber}
      </h1>
      <p class="lead">
        <strong>{view.statusLabel}</strong>
        {view.disputeStageLabel ? ` — ${view.disputeStageLabel}` : ''}
        {view.late ? <span class="tag warn">{tr(lang, 'terlambat diajukan', 'filed late')}</span> : null}
        {view.overdue ? <span class="tag bad">{tr(lang, 'melewati batas waktu tanggapan', 'past the response deadline')}</span> : null}
      </p>
      <p class="hint">
        {tr(lang, 'Tampilan baca-saja untuk auditor: tanpa data pribadi pemohon.', "Read-only view for auditors: without the requester's personal data.")}
      </p>
      <section aria-labelledby="h-objection">
        <h2 id="h-objection">{tr(lang, 'Keberatan', 'The objection')}</h2>
        <dl class="facts">
          <dt>{tr(lang, 'Diterima', 'Received')}</dt>
          <dd>{formatInstant(view.receivedAt, lang, view.receivedLocal.timeZone)}</dd>
          <dt>{tr(lang, 'Permohonan', 'Request')}</dt>
          <dd>
            <a href={`/auditor/kasus/${view.request.id}`}>{view.request.registrationNumber}</a> — {view.request.statusLabel}
          </dd>
          <dt>{tr(lang, 'Alasan (Pasal 35 ayat 1)', 'Grounds (Art. 35(1))')}</dt>
          <dd>
            <ul class="plain">
              {view.grounds.map((g) => (
                <li>
                  <strong>{g.letter}</strong>. {g.legal}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{tr(lang, 'Kasus posisi', 'Case summary')}</dt>
          <dd class="prewrap">{view.reason}</dd>
        </dl>
      </section>
      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">{tr(lang, 'Batas waktu', 'Deadlines')}</h2>
        <dl class="facts">
          {Object.entries(view.deadlines).map(([key, dl]) => (
            <>
              <dt>{deadlineName(key, lang)}</dt>
              <dd>{dl.text}</dd>
            </>
          ))}
        </dl>
      </section>
      <section aria-labelledby="h-decision">
        <h2 id="h-decision">{tr(lang, 'Tanggapan atasan PPID', "The atasan PPID's response")}</h2>
        {view.decision ? (
          <dl class="facts">
            <dt>{tr(lang, 'Keputusan', 'Decision')}</dt>
            <dd>
              {view.decision.outcomeLabel}, {formatDate(view.decision.on, lang)}
            </dd>
            <dt>{tr(lang, 'Alasan', 'Reasons')}</dt>
            <dd class="prewrap">{view.decision.reasons}</dd>
          </dl>
        ) : view.settlement ? (
          <p class="prewrap">
            {tr(lang, 'Selesai secara musyawarah: ', 'Settled by agreement: ')}
            {view.settlement.agreement}
          </p>
        ) : (
          <p>{tr(lang, 'Belum ditanggapi.', 'No response yet.')}</p>
        )}
      </section>
      {view.dispute ? (
        <section aria-labelledby="h-dispute">
          <h2 id="h-dispute">{tr(lang, 'Sengketa di Komisi Informasi', 'Dispute at the Information Commission')}</h2>
          <p>
            {view.dispute.commission}, {view.dispute.registrationNumber} — {formatDate(view.dispute.filedOn, lang)}
          </p>
          <ol class="timeline">
            {view.dispute.stages.map((s) => (
              <li>
                <strong>{s.stageLabel}</strong> — {formatDate(s.on, lang)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="h-documents">
        <h2 id="h-documents">{tr(lang, 'Dokumen permohonan dan keberatan', 'Documents of the request and objection')}</h2>
        <Documents lang={lang} documents={documents} />
      </section>
      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{tr(lang, 'Riwayat', 'History')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{historyLabel(e.event, lang)}</strong> — {formatInstant(e.at, lang)}
              <span class="hint">
                {tr(lang, ' oleh ', ' by ')}
                {actorOf(lang, e.actorRole, e.actor ?? '')}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Layout>,
  );
}

const DEADLINES: Record<string, [string, string]> = {
  objectionWindow: ['Batas pengajuan keberatan', 'Objection window'],
  atasanResponse: ['Tanggapan atasan PPID paling lambat', 'Atasan PPID response due'],
  disputeWindow: ['Batas pengajuan sengketa ke Komisi Informasi', 'Dispute filing window'],
  ppidAnswer: ['Pemberitahuan tertulis baru oleh PPID', 'New written notice by the PPID'],
  commissionStart: ['Komisi Informasi mulai menyelesaikan', 'Commission starts'],
  commissionSettleTarget: ['Target penyelesaian sengketa (100 hari kerja)', 'Dispute settlement target (100 working days)'],
};
const deadlineName = (key: string, lang: Lang) => tr(lang, ...(DEADLINES[key] ?? [key, key]));

export function auditorCasePages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use('/kasus/*', requireSignedIn, requirePageRole('auditor'));
  app.use('/keberatan/*', requireSignedIn, requirePageRole('auditor'));
  app.get('/kasus/:id', requestPage);
  app.get('/keberatan/:id', objectionPage);
  return app;
}
