/** @jsxImportSource hono/jsx */
/**
 * One case (`/petugas/kasus/:id`): every deadline with how it was counted, the actions the
 * workflow accepts now (each a form with the fields its event takes), the request, the requester
 * (for the roles that may see personal data), the assignments (who still owes what, each
 * internal target), documents, internal notes and the timeline. A case outside the officer's
 * scope does not exist for them (404). A form that loses a race (someone changed the case first)
 * answers 409 and shows the case as it is now, saying so plainly.
 */
import { NATIONAL_CALENDAR_CODE } from '../../../calendar/places';
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import { applyEvent, parseCommand } from '../../../cases/apply-event';
import { findCaseInScope } from '../../../cases/case.repository';
import { mayReadPersonalData } from '../../../auth/personal-data';
import { officerCaseView } from '../../../cases/case-view';
import { DomainError } from '../../../cases/errors';
import { addNote, listNotes, mayReadNotes, noteSchema } from '../../../cases/notes';
import { CASE_WORKERS } from '../../../auth/middleware';
import { documentLabel, documentLanguage } from '../../../documents/labels';
import { requirePageRole } from '../../../auth/page-guards';
import { workingDaysLeft } from '../../../cases/queue';
import { inForce, listTests } from '../../../exemptions/consequence-tests';
import { type Lang, fieldErrors, t } from '../../../i18n';
import { historyLabel } from '../../../i18n/history';
import { type CommandType, commandTypes } from '../../../../workflows/request.events';
import { isOpenState } from '../../../../workflows/request.state';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { CsrfField, DaysLeft, type Errors, ErrorSummary, Notice, TextInput, type Values, formatInstant, frame, fieldValue } from './components';
import { EventForm, errorField, formToPayload } from './event-forms';
import { identityScanPath } from './identity-scan';
import { IdentityCheckSection } from './identity-check';
import { ReleasedFilesSection } from './released-files';
import { draftValues, latestDraft } from './draft-values';
import { assignmentStatusWord, channelWord, deliveryWord, eventLabel, fieldLabel, letterLabel, obtainWord, outcomeWord, roleWord } from './labels';
import { unitNames, unitOptions } from './units';

type View = Awaited<ReturnType<typeof officerCaseView>>;

/** Consequence tests on record that a denial may rest on (in force, concluded exempt). */
async function testsOnRecord(c: Context<AppEnv>) {
  const deps = c.get('deps');
  const today = (await deps.calendars.forUnit(deps.db, 'PPID')).localDateOf(deps.clock());
  const tests = (await listTests(deps.db, { status: 'in_force' })).filter((t) => inForce(t, today));
  return tests.map((t) => ({
    value: t.id,
    label: `${t.public_title ?? t.information}${t.classification_number ? ` — ${t.classification_number}` : ''} (${formatDate(t.decided_on, c.get('lang'))})`,
  }));
}

interface PageState {
  /** The form that failed, with what was entered. */
  form?: { type: CommandType; values: Values; errors: Errors };
  /** A lost race or a refused event: shown above the fresh case. */
  conflict?: string;
  note?: { value: string; error: string };
}

async function renderCase(c: Context<AppEnv>, id: string, state: PageState = {}, status: 200 | 400 | 409 = 200) {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const row = await findCaseInScope(deps.db, id, actor);
  const view = await officerCaseView(deps.db, row, actor, lang, deps.clock());
  const names = await unitNames(deps, lang);
  const active = view.assignments.filter((a) => a.status !== 'returned').map((a) => a.unit);
  const codeOptions = {
    units: await unitOptions(deps, lang, ['PPID', ...active]),
    ...(view.availableEvents.some((e) => e === 'DECIDE' || e === 'SUBMIT_DRAFT') ? { consequenceTestIds: await testsOnRecord(c) } : {}),
  };
  const notes = mayReadNotes(actor) ? await listNotes(deps, view.id) : null;
  const calendarCode = (view.deadlines.noticeExtended ?? view.deadlines.notice).calendar.code;
  const calendar = await deps.calendars.get(deps.db, calendarCode);
  // Working days left only while the request is open (the machine's `open` states).
  const left = isOpenState(view.status) ? workingDaysLeft(calendar, deps.clock(), view.deadlines.noticeDue) : null;
  const national = await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE);
  const leftJakarta = left === null || !view.deadlines.jakartaNoticeDue ? null : workingDaysLeft(national, deps.clock(), view.deadlines.jakartaNoticeDue);
  const done = c.req.query('selesai');
  const draft = latestDraft(view.assignments);
  const props = await frame(c, `${tr(lang, 'Kasus', 'Case')} ${view.registrationNumber}`);
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <p>
        <a href="/petugas">← {tr(lang, 'Antrean', 'Queue')}</a>
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
      {state.conflict ? (
        <Notice tone="bad">
          <p>
            <strong>{state.conflict}</strong>
          </p>
          <p>
            {tr(
              lang,
              'Halaman ini sudah dimuat ulang dengan keadaan kasus terbaru. Periksa, lalu ulangi bila masih perlu.',
              'This page has been reloaded with the case as it is now. Check it, then try again if still needed.',
            )}
          </p>
        </Notice>
      ) : null}
      {done && !state.form && !state.conflict ? (
        <Notice tone="ok">
          {tr(lang, 'Tercatat: ', 'Recorded: ')}
          {eventLabel(done, lang)}.
        </Notice>
      ) : null}

      <section aria-labelledby="h-deadlines">
        <h2 id="h-deadlines">{tr(lang, 'Tenggat', 'Deadlines')}</h2>
        <p>
          {tr(lang, 'Pemberitahuan tertulis paling lambat ', 'Written notice due by ')}
          <strong>{formatDate(view.deadlines.noticeDue, lang)}</strong>
          {left !== null ? (
            <>
              {' '}
              — <DaysLeft lang={lang} days={left} />
            </>
          ) : null}
          {view.deadlines.provisional ? (
            <>
              {' '}
              <span class="tag warn" data-testid="provisional">
                {tr(lang, 'sementara: daftar hari libur tahun itu belum dimuat', "provisional: that year's holiday list is not loaded yet")}
              </span>
            </>
          ) : null}
        </p>
        {view.deadlines.safeNoticeDue ? (
          <p data-testid="safe-due">
            {tr(lang, 'Tanggal aman: ', 'Safe date: ')}
            <strong>{formatDate(view.deadlines.safeNoticeDue, lang)}</strong>{' '}
            <span class="hint">
              {tr(
                lang,
                '(bila cuti bersama dihitung sebagai hari kerja — belum ada ketegasan Komisi Informasi)',
                '(if cuti bersama counted as working days — the Information Commission has not settled it)',
              )}
            </span>
          </p>
        ) : null}
        {view.deadlines.jakartaNoticeDue ? (
          <p data-testid="jakarta-due">
            {tr(lang, 'Menurut kalender Jakarta: ', 'On the Jakarta calendar: ')}
            <strong>{formatDate(view.deadlines.jakartaNoticeDue, lang)}</strong>
            {leftJakarta !== null ? (
              <>
                {' '}
                — <DaysLeft lang={lang} days={leftJakarta} />
              </>
            ) : null}{' '}
            <span class="hint">
              {tr(lang, 'Peringatan mengikuti tenggat yang lebih awal: ', 'Alerts follow the earlier deadline: ')}
              {formatDate(view.deadlines.first.due, lang)} ({view.deadlines.first.calendar.code}).
            </span>
          </p>
        ) : null}
        <dl class="facts">
          <dt>{tr(lang, '10 hari kerja (Pasal 22 ayat 7)', '10 working days (Art. 22(7))')}</dt>
          <dd>{view.deadlines.notice.text}</dd>
          {view.deadlines.noticeExtended ? (
            <>
              <dt>{tr(lang, 'Perpanjangan 7 hari kerja (Pasal 22 ayat 8)', 'Extension of 7 working days (Art. 22(8))')}</dt>
              <dd>{view.deadlines.noticeExtended.text}</dd>
            </>
          ) : null}
          {view.deadlines.jakarta ? (
            <>
              <dt>{tr(lang, '10 hari kerja, kalender Jakarta', '10 working days, Jakarta calendar')}</dt>
              <dd>{view.deadlines.jakarta.notice.text}</dd>
            </>
          ) : null}
          {view.deadlines.jakarta?.noticeExtended ? (
            <>
              <dt>{tr(lang, 'Perpanjangan, kalender Jakarta', 'Extension, Jakarta calendar')}</dt>
              <dd>{view.deadlines.jakarta.noticeExtended.text}</dd>
            </>
          ) : null}
          {Object.entries(view.deadlines.unitTargets ?? {}).map(([unit, target]) => (
            <>
              <dt>
                {tr(lang, 'Target internal ', 'Internal target ')}
                {names.get(unit) ?? unit}
              </dt>
              <dd>{target.text}</dd>
            </>
          ))}
        </dl>
      </section>

      <section aria-labelledby="h-actions" id="tindakan">
        <h2 id="h-actions">{tr(lang, 'Tindakan', 'Actions')}</h2>
        {state.form ? (
          <ErrorSummary
            lang={lang}
            errors={state.form.errors}
            prefix={`e-${state.form.type}`}
            labels={Object.fromEntries(Object.keys(state.form.errors).map((k) => [k, fieldLabel(k, lang)]))}
            title={`${eventLabel(state.form.type, lang)}: ${tr(lang, 'periksa isian yang ditandai', 'check the fields marked')}`}
          />
        ) : null}
        {view.availableEvents.length === 0 ? (
          <p>{tr(lang, 'Tidak ada tindakan yang dapat Anda lakukan pada kasus ini sekarang.', 'There is nothing you can do on this case now.')}</p>
        ) : (
          view.availableEvents.map((type) => (
            <EventForm
              type={type}
              open={state.form?.type === type}
              ctx={{
                c,
                caseId: view.id,
                version: view.version,
                codeOptions,
                ...(state.form?.type === type
                  ? { values: state.form.values, errors: state.form.errors }
                  : type === 'DECIDE' && draft
                    ? { values: draftValues(draft) } // the decision form starts from the unit's draft
                    : {}),
              }}
            />
          ))
        )}
      </section>

      <section aria-labelledby="h-request">
        <h2 id="h-request">{tr(lang, 'Permohonan', 'Request')}</h2>
        <dl class="facts">
          <dt>{tr(lang, 'Informasi yang diminta', 'Information requested')}</dt>
          <dd class="prose">{view.request.information}</dd>
          <dt>{tr(lang, 'Tujuan penggunaan', 'Purpose')}</dt>
          <dd class="prose">{view.request.purpose}</dd>
          <dt>{tr(lang, 'Cara memperoleh', 'How to obtain')}</dt>
          <dd>{obtainWord(view.request.obtainMethod, lang)}</dd>
          <dt>{tr(lang, 'Cara penyerahan', 'Delivery')}</dt>
          <dd>{deliveryWord(view.request.deliveryMethod, lang)}</dd>
          <dt>{tr(lang, 'Diterima', 'Received')}</dt>
          <dd>
            {formatInstant(view.receivedAt, lang, view.deadlines.notice.calendar.timeZone)} — {channelWord(view.channel, lang)},{' '}
            {names.get(view.receivedUnit) ?? view.receivedUnit}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="h-requester">
        <h2 id="h-requester">{tr(lang, 'Pemohon', 'Requester')}</h2>
        <Requester lang={lang} view={view} mayRead={mayReadPersonalData(actor)} />
        <IdentityCheckSection c={c} caseId={view.id} requester={view.requester} />
      </section>

      <Progress lang={lang} view={view} names={names} />
      <ReleasedFilesSection c={c} caseId={view.id} />

      {view.documents.length > 0 ? (
        <section aria-labelledby="h-documents">
          <h2 id="h-documents">{tr(lang, 'Dokumen', 'Documents')}</h2>
          <ul>
            {view.documents.map((d) => (
              <li>
                {/* An auditor never opens a letter (it names the requester): the link goes to its public verification page (number, date, issuer, SHA-256). */}
                <a href={actor.role === 'auditor' ? `/verifikasi/${d.id}` : `/api/v1/cases/${view.id}/documents/${d.id}`}>{documentLabel(d.kind, lang)}</a> (
                {documentLanguage(d.lang)}, PDF) — {formatInstant(d.issued_at, lang)}
                {d.public ? '' : tr(lang, ' (internal)', ' (internal)')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {notes ? (
        <section aria-labelledby="h-notes">
          <h2 id="h-notes">{tr(lang, 'Catatan internal', 'Internal notes')}</h2>
          <p class="hint">
            {tr(
              lang,
              'Hanya untuk petugas PPID; tidak terlihat oleh pemohon maupun auditor.',
              'For PPID officers only; never shown to the requester or to auditors.',
            )}
          </p>
          {notes.length === 0 ? (
            <p>{tr(lang, 'Belum ada catatan.', 'No notes yet.')}</p>
          ) : (
            <ol class="notes">
              {notes.map((n) => (
                <li>
                  <p class="prose">{n.body}</p>
                  <p class="hint">
                    {n.author}, {formatInstant(n.createdAt, lang)}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {state.note ? (
            <ErrorSummary lang={lang} errors={{ body: state.note.error }} labels={{ body: tr(lang, 'Catatan baru', 'New note') }} prefix="note" />
          ) : null}
          <form method="post" action={`/petugas/kasus/${view.id}/catatan`} novalidate>
            <CsrfField c={c} />
            <TextInput
              lang={lang}
              prefix="note"
              name="body"
              label={tr(lang, 'Catatan baru', 'New note')}
              multiline
              required
              value={state.note?.value ?? ''}
              error={state.note?.error}
            />
            <button type="submit" class="secondary">
              {tr(lang, 'Simpan catatan', 'Save the note')}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{tr(lang, 'Riwayat', 'Timeline')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              <strong>{historyLabel(e.event, lang)}</strong> — {formatInstant(e.at, lang)}
              <span class="hint">
                {tr(lang, 'oleh ', 'by ')}
                {e.actorRole === 'requester'
                  ? tr(lang, 'pemohon', 'the requester')
                  : e.actorRole === 'system'
                    ? tr(lang, 'sistem', 'the system')
                    : `${e.actor} (${roleWord(e.actorRole ?? '', lang)})`}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </Layout>,
    status,
  );
}

function Requester({ lang, view, mayRead }: { lang: Lang; view: View; mayRead: boolean }) {
  const r = view.requester as Record<string, string | null>;
  const type =
    {
      individual: tr(lang, 'Perorangan', 'Individual'),
      legal_entity: tr(lang, 'Badan hukum', 'Legal entity'),
      group: tr(lang, 'Kelompok orang', 'Group of persons'),
    }[r.type ?? ''] ?? r.type;
  if (!mayRead) {
    return (
      <>
        <p>
          {tr(lang, 'Jenis pemohon: ', 'Requester type: ')}
          {type}
        </p>
        <p class="hint">{tr(lang, 'Data pribadi pemohon tidak ditampilkan untuk peran Anda.', "The requester's personal data is not shown to your role.")}</p>
      </>
    );
  }
  const rows: Array<[string, string | null | undefined]> = [
    [tr(lang, 'Nama', 'Name'), r.name],
    [tr(lang, 'Jenis', 'Type'), type],
    ['NIK', r.nik],
    [tr(lang, 'Nomor paspor', 'Passport number'), r.passportNumber],
    [tr(lang, 'Nomor SK badan hukum', 'Legal entity decree number'), r.legalEntityNumber],
    ['E-mail', r.email],
    [tr(lang, 'Telepon', 'Phone'), r.phone],
    [tr(lang, 'Alamat', 'Address'), r.address],
    [tr(lang, 'Pekerjaan', 'Occupation'), r.occupation],
  ];
  const scans = (view.requester as { identityDocuments?: Array<{ id: string; kind: string; size: number; uploadedAt: string }> }).identityDocuments ?? [];
  return (
    <>
      <dl class="facts">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
      </dl>
      {scans.length > 0 ? (
        <>
          <h3>{tr(lang, 'Dokumen identitas', 'Identity documents')}</h3>
          <ul data-testid="identity-documents">
            {scans.map((d) => (
              <li>
                <a href={identityScanPath(view.id, d.id)}>{scanKindWord(d.kind, lang)}</a>
                {` — ${Math.max(1, Math.round(d.size / 1024))} KB, ${tr(lang, 'diunggah', 'uploaded')} ${formatInstant(d.uploadedAt, lang)}`}
              </li>
            ))}
          </ul>
          <p class="hint">
            {tr(lang, 'Setiap pembukaan dokumen identitas dicatat dalam jejak audit.', 'Every opening of an identity document is recorded in the audit trail.')}
          </p>
        </>
      ) : null}
    </>
  );
}

const scanKindWord = (kind: string, lang: Lang) =>
  ({
    ktp: 'KTP',
    passport: tr(lang, 'Paspor', 'Passport'),
    deed: tr(lang, 'Akta/SK badan hukum', 'Deed of establishment'),
    power_of_attorney: tr(lang, 'Surat kuasa', 'Power of attorney'),
  })[kind] ?? kind;

/** Assignments (who still owes what), clarification, extension, decision and delivery. */
function Progress({ lang, view, names }: { lang: Lang; view: View; names: Map<string, string> }) {
  const targets = view.deadlines.unitTargets ?? {};
  return (
    <>
      {view.assignments.length > 0 ? (
        <section aria-labelledby="h-assignments">
          <h2 id="h-assignments">{tr(lang, 'Penugasan', 'Assignments')}</h2>
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{tr(lang, 'Unit dan perwakilan yang ditugaskan', 'Units and missions assigned')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr(lang, 'Unit', 'Unit')}</th>
                  <th scope="col">{tr(lang, 'Keadaan', 'State')}</th>
                  <th scope="col">{tr(lang, 'Target internal', 'Internal target')}</th>
                  <th scope="col">{tr(lang, 'Rincian', 'Details')}</th>
                </tr>
              </thead>
              <tbody>
                {view.assignments.map((a) => (
                  <tr>
                    <td>{names.get(a.unit) ?? a.unit}</td>
                    <td>{assignmentStatusWord(a.status, lang)}</td>
                    <td>
                      {a.targetDue ? formatDate(a.targetDue, lang) : '—'}
                      {targets[a.unit] ? <span class="hint">{targets[a.unit]!.text}</span> : null}
                    </td>
                    <td>
                      {tr(lang, 'Ditugaskan ', 'Assigned ')}
                      {formatInstant(a.assignedAt, lang)}
                      {a.acceptedAt ? (
                        <>
                          <br />
                          {tr(lang, 'Diterima ', 'Accepted ')}
                          {formatInstant(a.acceptedAt, lang)}
                        </>
                      ) : null}
                      {a.returned ? (
                        <>
                          <br />
                          {tr(lang, 'Dikembalikan: ', 'Returned: ')}
                          {a.returned.reason}
                        </>
                      ) : null}
                      {a.draft ? (
                        <>
                          <br />
                          {tr(lang, 'Draf: ', 'Draft: ')}
                          <strong>{outcomeWord(a.draft.outcome, lang)}</strong>
                          <DecisionDetails lang={lang} decision={a.draft} />
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {view.clarification || view.extension || view.decision || view.delivery ? (
        <section aria-labelledby="h-progress">
          <h2 id="h-progress">{tr(lang, 'Jalannya permohonan', 'How the request went')}</h2>
          <dl class="facts">
            {view.clarification ? (
              <>
                <dt>{tr(lang, 'Klarifikasi diminta', 'Clarification asked')}</dt>
                <dd class="prose">
                  {view.clarification.message} ({formatInstant(view.clarification.requestedAt, lang)}
                  {view.clarification.receivedAt
                    ? tr(
                        lang,
                        `; dijawab ${formatInstant(view.clarification.receivedAt, lang)}`,
                        `; answered ${formatInstant(view.clarification.receivedAt, lang)}`,
                      )
                    : ''}
                  )
                </dd>
              </>
            ) : null}
            {view.extension ? (
              <>
                <dt>{tr(lang, 'Alasan perpanjangan', 'Reason for the extension')}</dt>
                <dd class="prose">{view.extension.reason}</dd>
              </>
            ) : null}
            {view.decision ? (
              <>
                <dt>{tr(lang, 'Keputusan', 'Decision')}</dt>
                <dd>
                  <strong>{outcomeWord(view.decision.outcome, lang)}</strong>, {formatInstant(view.decision.at, lang)}
                  <DecisionDetails lang={lang} decision={view.decision} />
                </dd>
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
        </section>
      ) : null}
    </>
  );
}

function DecisionDetails({ lang, decision }: { lang: Lang; decision: NonNullable<View['decision']> }) {
  const d = decision as Record<string, unknown>;
  const exemptions = (d.exemptions as Array<{ letter: string; statute?: string }> | undefined) ?? [];
  const test = d.consequenceTest as { harm: string; publicInterest: string; period?: string } | undefined;
  return (
    <ul class="decision">
      {exemptions.map((e) => (
        <li>
          {tr(lang, 'Pasal 17 huruf ', 'Art. 17 letter ')}
          {letterLabel(e.letter, lang)}
          {e.statute ? ` — ${e.statute}` : ''}
        </li>
      ))}
      {test ? (
        <li>
          {tr(lang, 'Uji konsekuensi: ', 'Consequence test: ')}
          {test.harm} — {test.publicInterest}
          {test.period ? ` (${test.period})` : ''}
        </li>
      ) : null}
      {typeof d.redactions === 'string' ? (
        <li>
          {tr(lang, 'Dihitamkan: ', 'Redacted: ')}
          {d.redactions}
        </li>
      ) : null}
      {typeof d.holder === 'string' ? (
        <li>
          {tr(lang, 'Dikuasai oleh: ', 'Held by: ')}
          {d.holder}
        </li>
      ) : null}
      {typeof d.note === 'string' ? <li>{d.note}</li> : null}
    </ul>
  );
}

export function casePages() {
  const app = new Hono<AppEnv>();

  // Auditors read cases in their own read-only view (no personal data, no forms, no document links).
  app.get('/kasus/:id', (c) =>
    c.get('actor')?.role === 'auditor' ? c.redirect(`/auditor/kasus/${c.req.param('id')}`, 303) : renderCase(c, c.req.param('id')),
  );

  // Auditors and administrators read; only the roles that work cases post to them.
  app.use('/kasus/:id/*', async (c, next) => {
    if (c.req.method === 'POST') return requirePageRole(...CASE_WORKERS)(c, next);
    await next();
  });

  app.post('/kasus/:id/peristiwa', async (c) => {
    const id = c.req.param('id');
    const lang = c.get('lang');
    const actor = c.get('actor')!;
    const body = (await c.req.parseBody({ all: true })) as Values;
    const type = fieldValue(body, 'type') as CommandType;
    // Out of scope stays a 404 whatever was posted.
    await findCaseInScope(c.get('deps').db, id, actor);
    if (!commandTypes.includes(type)) return renderCase(c, id, { conflict: t(lang, 'unknown_event') }, 400);
    const parsed = parseCommand({ type, expectedVersion: Number(fieldValue(body, 'expectedVersion')) || 0, ...formToPayload(type, body) });
    const failed = (errors: Errors) => renderCase(c, id, { form: { type, values: body, errors } }, 400);
    if (!parsed.ok) {
      if ('unknownType' in parsed) return renderCase(c, id, { conflict: t(lang, 'unknown_event') }, 400);
      const errors: Errors = {};
      for (const [path, message] of Object.entries(fieldErrors(parsed.error, lang))) errors[errorField(path)] ??= message;
      return failed(errors);
    }
    try {
      await applyEvent(c.get('deps'), id, parsed.command, actor);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.status === 409) return renderCase(c, id, { conflict: t(lang, e.messageKey, e.params) }, 409);
      if (e.status === 400) {
        const fields = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [errorField(k), t(lang, key, e.params)]));
        return failed(Object.keys(fields).length > 0 ? fields : { type: t(lang, e.messageKey, e.params) });
      }
      throw e;
    }
    return c.redirect(`/petugas/kasus/${id}?selesai=${type}`, 303);
  });

  app.post('/kasus/:id/catatan', async (c) => {
    const id = c.req.param('id');
    const lang = c.get('lang');
    const actor = c.get('actor')!;
    await findCaseInScope(c.get('deps').db, id, actor);
    const body = await c.req.parseBody();
    const parsed = noteSchema.safeParse({ body: body.body });
    if (!parsed.success) {
      return renderCase(c, id, { note: { value: String(body.body ?? ''), error: fieldErrors(parsed.error, lang).body ?? t(lang, 'required') } }, 400);
    }
    await addNote(c.get('deps'), id, actor, parsed.data.body);
    return c.redirect(`/petugas/kasus/${id}#h-notes`, 303);
  });

  return app;
}
