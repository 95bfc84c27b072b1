/** @jsxImportSource hono/jsx */
/**
 * One objection for the atasan PPID (and the PPID Utama): the objection, the original request,
 * the PPID's notice and the consequence tests side by side; the decision and the dispute; and a
 * form for each event the workflow accepts now — nothing the workflow would refuse is offered.
 */
import type { Child } from 'hono/jsx';
import { CSRF_FIELD } from '../../../../auth/csrf';
import { formatDate } from '../../../../calendar/describe';
import { documentLabel, documentLanguage } from '../../../../documents/labels';
import type { Lang } from '../../../../i18n';
import { historyLabel } from '../../../../i18n/history';
import { disputeStageLabel } from '../../../../objections/labels';
import type { officerObjectionView } from '../../../../objections/objection-view';
import { tr } from '../../lang';
import { formatInstant } from '../../public/format';

type View = Awaited<ReturnType<typeof officerObjectionView>>;

export interface PageErrors {
  /** The event whose form failed. */
  event?: string;
  fields?: Record<string, string>;
  message?: string | undefined;
}

const fid = (event: string, name: string) => `f-${event}-${name}`;

function Field(p: {
  lang: Lang;
  event: string;
  name: string;
  label: string;
  errors: PageErrors;
  type?: 'text' | 'date';
  multiline?: boolean;
  hint?: string;
  required?: boolean;
}) {
  const id = fid(p.event, p.name);
  const error = p.errors.event === p.event ? p.errors.fields?.[p.name] : undefined;
  const describedBy = [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: p.name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? 'true' : undefined,
    'aria-required': p.required ? 'true' : undefined,
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>
        {p.label}
        {p.required ? null : <span class="optional"> {tr(p.lang, '(tidak wajib)', '(optional)')}</span>}
      </label>
      {p.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {p.multiline ? <textarea {...common} rows={4} /> : <input {...common} type={p.type ?? 'text'} />}
    </div>
  );
}

function Choice(p: { lang: Lang; event: string; name: string; legend: string; errors: PageErrors; options: Array<[string, string]> }) {
  const id = fid(p.event, p.name);
  const error = p.errors.event === p.event ? p.errors.fields?.[p.name] : undefined;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{p.legend}</legend>
        {error ? (
          <span class="field-error" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
        {p.options.map(([value, label], i) => (
          <label class="choice">
            <input type="radio" name={p.name} value={value} id={i === 0 ? id : `${id}-${value}`} /> <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** One form per event (and per dispute stage: `form` tells them apart, for ids and error placement). */
function EventForm({
  view,
  csrf,
  type,
  form,
  title,
  children,
  submit,
}: {
  view: View;
  csrf: string;
  type: string;
  form?: string;
  title: string;
  children?: Child;
  submit: string;
}) {
  const id = `h-${form ?? type}`;
  return (
    <form method="post" action={`/petugas/atasan/keberatan/${view.id}/events`} class="event-form" novalidate aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="expectedVersion" value={String(view.version)} />
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

function Deadlines({ lang, view }: { lang: Lang; view: View }) {
  const names: Record<string, [string, string]> = {
    objectionWindow: ['Batas pengajuan keberatan', 'Objection window'],
    atasanResponse: ['Tanggapan Atasan PPID paling lambat', 'Atasan PPID response due'],
    disputeWindow: ['Batas pengajuan sengketa ke Komisi Informasi', 'Dispute filing window'],
    ppidAnswer: ['Pemberitahuan tertulis baru oleh PPID', 'New written notice by the PPID'],
    commissionStart: ['Komisi Informasi mulai menyelesaikan', 'Commission starts'],
    commissionSettleTarget: ['Target penyelesaian sengketa (100 hari kerja)', 'Dispute settlement target (100 working days)'],
  };
  return (
    <ul class="deadlines">
      {Object.entries(view.deadlines).map(([key, d]) => (
        <li data-testid={`deadline-${key}`}>
          <p>
            {tr(lang, ...(names[key] ?? [key, key]))}: <span class="due">{d.dueText}</span>
          </p>
          <details>
            <summary>{tr(lang, 'Cara menghitung', 'How it was counted')}</summary>
            <p class="deadline-text">{d.text}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}

function Notice({ lang, view }: { lang: Lang; view: View }) {
  const n = view.notice as
    | (View['notice'] & { exemptions?: Array<{ letter: string; statute?: string }>; redactions?: string; holder?: string; note?: string })
    | null;
  if (!n) {
    return (
      <p>
        {tr(
          lang,
          'Tidak ada pemberitahuan tertulis: permohonan tidak ditanggapi sampai batas waktu.',
          'No written notice: the request was not answered by the deadline.',
        )}
        {view.request.overdueAt ? ` (${formatDate(view.request.noticeDue, lang)})` : ''}
      </p>
    );
  }
  return (
    <dl class="facts">
      <dt>{tr(lang, 'Putusan', 'Decision')}</dt>
      <dd>{n.outcomeLabel}</dd>
      <dt>{tr(lang, 'Tanggal', 'Date')}</dt>
      <dd>{formatDate(n.at.slice(0, 10), lang)}</dd>
      {n.exemptions?.length ? (
        <>
          <dt>{tr(lang, 'Dasar pengecualian', 'Exemptions')}</dt>
          <dd>{n.exemptions.map((x) => `${tr(lang, 'Pasal 17 huruf', 'Art. 17')} ${x.letter}${x.statute ? ` (${x.statute})` : ''}`).join('; ')}</dd>
        </>
      ) : null}
      {n.redactions ? (
        <>
          <dt>{tr(lang, 'Bagian yang dihitamkan', 'Redactions')}</dt>
          <dd>{n.redactions}</dd>
        </>
      ) : null}
      {n.holder ? (
        <>
          <dt>{tr(lang, 'Badan publik yang menguasai', 'Body that holds it')}</dt>
          <dd>{n.holder}</dd>
        </>
      ) : null}
      {n.note ? (
        <>
          <dt>{tr(lang, 'Catatan', 'Note')}</dt>
          <dd class="prewrap">{n.note}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Actions({ lang, view, errors, csrf }: { lang: Lang; view: View; errors: PageErrors; csrf: string }) {
  const can = (type: string) => view.availableEvents.includes(type as never);
  const f =
    (name: string, label: string, extra: { type?: 'text' | 'date'; multiline?: boolean; hint?: string; required?: boolean } = {}) =>
    (event: string) => <Field lang={lang} event={event} name={name} label={label} errors={errors} required={extra.required ?? true} {...extra} />;
  const stageFields: Record<string, Array<(event: string) => Child>> = {
    mediation_result: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="result"
          legend={tr(lang, 'Hasil mediasi', 'Mediation result')}
          errors={errors}
          options={[
            ['agreement', tr(lang, 'Kesepakatan', 'Agreement')],
            ['failed', tr(lang, 'Gagal', 'Failed')],
          ]}
        />
      ),
      f('summary', tr(lang, 'Ringkasan hasil', 'Summary'), { multiline: true }),
    ],
    decision: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="result"
          legend={tr(lang, 'Amar putusan', 'Result')}
          errors={errors}
          options={[
            ['granted', tr(lang, 'Dikabulkan: informasi wajib dibuka', 'Granted: disclose')],
            ['partially_granted', tr(lang, 'Dikabulkan sebagian', 'Partially granted')],
            ['rejected', tr(lang, 'Ditolak', 'Rejected')],
            ['dismissed', tr(lang, 'Tidak dapat diterima', 'Dismissed')],
          ]}
        />
      ),
      f('content', tr(lang, 'Isi putusan', 'Content of the decision'), { multiline: true }),
      f('decisionNumber', tr(lang, 'Nomor putusan', 'Decision number'), { required: false }),
    ],
    court_challenge: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="court"
          legend={tr(lang, 'Pengadilan', 'Court')}
          errors={errors}
          options={[
            ['PTUN', 'PTUN'],
            ['PN', 'PN'],
          ]}
        />
      ),
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="filedBy"
          legend={tr(lang, 'Diajukan oleh', 'Filed by')}
          errors={errors}
          options={[
            ['requester', tr(lang, 'Pemohon', 'Requester')],
            ['body', tr(lang, 'Badan publik', 'Public body')],
          ]}
        />
      ),
      f('caseNumber', tr(lang, 'Nomor perkara', 'Case number'), { required: false }),
    ],
    cassation: [
      (e) => (
        <Choice
          lang={lang}
          event={e}
          name="filedBy"
          legend={tr(lang, 'Diajukan oleh', 'Filed by')}
          errors={errors}
          options={[
            ['requester', tr(lang, 'Pemohon', 'Requester')],
            ['body', tr(lang, 'Badan publik', 'Public body')],
          ]}
        />
      ),
      f('caseNumber', tr(lang, 'Nomor perkara', 'Case number'), { required: false }),
    ],
    final: [f('summary', tr(lang, 'Yang berkekuatan hukum tetap', 'What stands'), { multiline: true, required: false })],
    compliance: [f('summary', tr(lang, 'Cara putusan dilaksanakan', 'How the decision was carried out'), { multiline: true })],
  };
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{tr(lang, 'Tindakan', 'Actions')}</h2>
      {view.availableEvents.length === 0 ? (
        <p>{tr(lang, 'Tidak ada tindakan yang dapat Anda lakukan saat ini.', 'There is nothing for you to do now.')}</p>
      ) : null}
      {can('ACCEPT_LATE') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="ACCEPT_LATE"
          title={tr(lang, 'Terima keberatan yang terlambat', 'Accept the late objection')}
          submit={tr(lang, 'Terima', 'Accept')}
        >
          {f('reasons', tr(lang, 'Pertimbangan', 'Reasons'), { multiline: true, required: false })('ACCEPT_LATE')}
        </EventForm>
      ) : null}
      {can('REJECT_LATE') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="REJECT_LATE"
          title={tr(lang, 'Tolak karena lewat waktu', 'Refuse as out of time')}
          submit={tr(lang, 'Tolak dengan alasan tertulis', 'Refuse with written reasons')}
        >
          {f('reasons', tr(lang, 'Alasan tertulis', 'Written reasons'), { multiline: true })('REJECT_LATE')}
        </EventForm>
      ) : null}
      {can('DECIDE_OBJECTION') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="DECIDE_OBJECTION"
          title={tr(lang, 'Tanggapan Atasan PPID (Pasal 36)', "The atasan PPID's response (Art. 36)")}
          submit={tr(lang, 'Simpan tanggapan', 'Save the response')}
        >
          <Choice
            lang={lang}
            event="DECIDE_OBJECTION"
            name="outcome"
            legend={tr(lang, 'Keputusan', 'Decision')}
            errors={errors}
            options={[
              ['upheld', tr(lang, 'Menguatkan keputusan PPID (keberatan ditolak)', 'Uphold the PPID (reject the objection)')],
              [
                'overturned',
                tr(
                  lang,
                  'Membatalkan keputusan PPID (keberatan diterima; permohonan diproses ulang)',
                  'Overturn the PPID (accept the objection; reopen the request)',
                ),
              ],
            ]}
          />
          {f('reasons', tr(lang, 'Alasan tertulis', 'Written reasons'), {
            multiline: true,
            hint: tr(lang, 'Wajib, minimal 20 karakter (Pasal 36 ayat 3).', 'Required, at least 20 characters (Art. 36(3)).'),
          })('DECIDE_OBJECTION')}
          {f('instruction', tr(lang, 'Instruksi kepada PPID', 'Instruction to the PPID'), {
            multiline: true,
            required: false,
            hint: tr(
              lang,
              'Wajib bila keputusan PPID dibatalkan: apa yang harus dilakukan PPID. PPID mendapat 10 hari kerja.',
              'Required when overturning: what the PPID must do. The PPID gets 10 working days.',
            ),
          })('DECIDE_OBJECTION')}
        </EventForm>
      ) : null}
      {can('SETTLE_BY_AGREEMENT') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="SETTLE_BY_AGREEMENT"
          title={tr(lang, 'Selesai secara musyawarah (Pasal 35 ayat 2)', 'Settled by agreement (Art. 35(2))')}
          submit={tr(lang, 'Catat kesepakatan', 'Record the agreement')}
        >
          {f('agreement', tr(lang, 'Isi kesepakatan', 'The agreement'), { multiline: true })('SETTLE_BY_AGREEMENT')}
        </EventForm>
      ) : null}
      {can('RECORD_DISPUTE') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="RECORD_DISPUTE"
          title={tr(lang, 'Catat sengketa di Komisi Informasi', 'Record a dispute at the Information Commission')}
          submit={tr(lang, 'Catat sengketa', 'Record the dispute')}
        >
          {f('commission', tr(lang, 'Komisi Informasi', 'Information Commission'), {
            hint: tr(lang, 'mis. Komisi Informasi Pusat', 'e.g. Komisi Informasi Pusat'),
          })('RECORD_DISPUTE')}
          {f('registrationNumber', tr(lang, 'Nomor registrasi sengketa', 'Dispute registration number'))('RECORD_DISPUTE')}
          {f('filedOn', tr(lang, 'Tanggal pengajuan', 'Filed on'), {
            type: 'date',
            hint: tr(
              lang,
              `Batas 14 hari kerja: ${view.deadlines.disputeWindow?.dueText ?? ''}`,
              `14-working-day window ends: ${view.deadlines.disputeWindow?.dueText ?? ''}`,
            ),
          })('RECORD_DISPUTE')}
          {f('note', tr(lang, 'Catatan', 'Note'), { multiline: true, required: false })('RECORD_DISPUTE')}
        </EventForm>
      ) : null}
      {view.availableStages.map((stage) => (
        <EventForm
          view={view}
          csrf={csrf}
          type="RECORD_DISPUTE_STAGE"
          form={`RECORD_DISPUTE_STAGE-${stage}`}
          title={`${tr(lang, 'Catat tahap', 'Record stage')}: ${disputeStageLabel(stage, lang)}`}
          submit={tr(lang, 'Catat tahap', 'Record the stage')}
        >
          <input type="hidden" name="stage" value={stage} />
          {f('on', tr(lang, 'Tanggal', 'Date'), { type: 'date' })(`RECORD_DISPUTE_STAGE-${stage}`)}
          {(stageFields[stage] ?? []).map((field) => field(`RECORD_DISPUTE_STAGE-${stage}`))}
          {f('documents', tr(lang, 'Dokumen', 'Documents'), {
            multiline: true,
            required: false,
            hint: tr(
              lang,
              'Satu judul dokumen per baris (akta registrasi, risalah, salinan putusan…).',
              'One document title per line (registration deed, minutes, copy of the decision…).',
            ),
          })(`RECORD_DISPUTE_STAGE-${stage}`)}
          {f('note', tr(lang, 'Catatan', 'Note'), { multiline: true, required: false })(`RECORD_DISPUTE_STAGE-${stage}`)}
        </EventForm>
      ))}
      {can('RECORD_REACTION') ? (
        <EventForm
          view={view}
          csrf={csrf}
          type="RECORD_REACTION"
          title={tr(lang, 'Tanggapan pemohon', "The requester's reaction")}
          submit={tr(lang, 'Catat', 'Record')}
        >
          {f('reaction', tr(lang, 'Tanggapan pemohon atas jawaban', "The requester's reaction to the response"), { multiline: true })('RECORD_REACTION')}
        </EventForm>
      ) : null}
      {can('CLOSE') ? (
        <EventForm view={view} csrf={csrf} type="CLOSE" title={tr(lang, 'Tutup keberatan', 'Close the objection')} submit={tr(lang, 'Tutup', 'Close')} />
      ) : null}
    </section>
  );
}

export function ObjectionPage({ lang, view, errors, done, csrf }: { lang: Lang; view: View; errors: PageErrors; done: boolean; csrf: string }) {
  const fieldErrs = Object.entries(errors.fields ?? {});
  const formEvent = errors.event ?? '';
  const r = view.request.requester as {
    type: string;
    name?: string;
    nik?: string | null;
    passportNumber?: string | null;
    legalEntityNumber?: string | null;
    address?: string;
    phone?: string | null;
    email?: string | null;
  };
  return (
    <>
      {fieldErrs.length > 0 || errors.message ? (
        <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-title">
          <h2 id="error-title">{tr(lang, 'Tindakan belum tersimpan', 'The action was not saved')}</h2>
          {errors.message ? <p>{errors.message}</p> : null}
          {fieldErrs.length > 0 ? (
            <ul>
              {fieldErrs.map(([k, m]) => (
                <li>
                  <a href={`#${fid(formEvent, k)}`}>{m}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {done ? (
        <div class="notice ok" role="status">
          <p>{tr(lang, 'Tersimpan.', 'Saved.')}</p>
        </div>
      ) : null}
      <p>
        <a href="/petugas/atasan">← {tr(lang, 'Daftar keberatan', 'Objections')}</a>
      </p>
      <h1>
        {tr(lang, 'Keberatan', 'Objection')} {view.objectionNumber}
      </h1>
      <p class="status-label">
        {view.statusLabel}
        {view.disputeStageLabel ? ` — ${view.disputeStageLabel}` : ''}
        {view.late ? (
          <>
            {' '}
            <span class="badge warn">{tr(lang, 'terlambat diajukan', 'filed late')}</span>
          </>
        ) : null}
        {view.overdue ? (
          <>
            {' '}
            <span class="badge bad">{tr(lang, 'melewati batas waktu tanggapan', 'past the response deadline')}</span>
          </>
        ) : null}
      </p>

      <div class="side-by-side">
        <section aria-labelledby="objection-heading">
          <h2 id="objection-heading">{tr(lang, 'Keberatan', 'The objection')}</h2>
          <dl class="facts">
            <dt>{tr(lang, 'Diterima', 'Received')}</dt>
            <dd>
              {formatInstant(view.receivedAt, view.receivedLocal.timeZone, lang)} ({view.channel})
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
            <dt>{tr(lang, 'Uraian pemohon', "The requester's reasons")}</dt>
            <dd class="prewrap">{view.reason}</dd>
          </dl>
          <Deadlines lang={lang} view={view} />
        </section>
        <section aria-labelledby="request-heading">
          <h2 id="request-heading">
            {tr(lang, 'Permohonan', 'The request')} {view.request.registrationNumber}
          </h2>
          <dl class="facts">
            <dt>{tr(lang, 'Status', 'Status')}</dt>
            <dd>{view.request.statusLabel}</dd>
            <dt>{tr(lang, 'Informasi yang diminta', 'Information requested')}</dt>
            <dd class="prewrap">{view.request.information}</dd>
            <dt>{tr(lang, 'Tujuan', 'Purpose')}</dt>
            <dd class="prewrap">{view.request.purpose}</dd>
            {r.name ? (
              <>
                <dt>{tr(lang, 'Pemohon', 'Requester')}</dt>
                <dd>
                  {r.name}
                  <br />
                  <span class="hint">{r.nik ?? r.passportNumber ?? r.legalEntityNumber ?? ''}</span>
                  <br />
                  <span class="hint">{r.address}</span>
                  <br />
                  <span class="hint">{[r.phone, r.email].filter(Boolean).join(' · ')}</span>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="notice-heading">
          <h2 id="notice-heading">{tr(lang, 'Pemberitahuan tertulis PPID', "The PPID's written notice")}</h2>
          <Notice lang={lang} view={view} />
          {view.documents.length > 0 ? (
            <>
              <h3>{tr(lang, 'Dokumen', 'Documents')}</h3>
              <ul class="plain">
                {view.documents.map((d) => (
                  <li>
                    {/* Who may not read the requester's data (an auditor) is sent to the letter's public verification page, never the PDF. */}
                    <a href={'name' in view.request.requester ? `/api/v1/cases/${view.request.id}/documents/${d.id}` : `/verifikasi/${d.id}`}>
                      {documentLabel(d.kind, lang)}
                    </a>{' '}
                    <span class="hint">({documentLanguage(d.lang)}, PDF)</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby="tests-heading">
          <h2 id="tests-heading">{tr(lang, 'Uji konsekuensi', 'Consequence tests')}</h2>
          {view.consequenceTests.length === 0 ? (
            <p>{tr(lang, 'Tidak ada uji konsekuensi yang terkait.', 'No consequence test is linked.')}</p>
          ) : (
            view.consequenceTests.map((ct) => (
              <dl class="facts" data-testid="consequence-test">
                <dt>{tr(lang, 'Dasar', 'Basis')}</dt>
                <dd>{ct.exemptions.map((x) => `${tr(lang, 'Pasal 17 huruf', 'Art. 17')} ${x.letter}${x.statute ? ` (${x.statute})` : ''}`).join('; ')}</dd>
                <dt>{tr(lang, 'Akibat bila dibuka', 'Harm if disclosed')}</dt>
                <dd class="prewrap">{ct.harm}</dd>
                <dt>{tr(lang, 'Kepentingan publik', 'Public interest')}</dt>
                <dd class="prewrap">{ct.publicInterest}</dd>
                <dt>{tr(lang, 'Jangka waktu', 'Period')}</dt>
                <dd>
                  {ct.period ?? '—'}
                  {ct.exemptUntil ? ` (${formatDate(ct.exemptUntil, lang)})` : ''}
                </dd>
                <dt>{tr(lang, 'Ditetapkan', 'Decided')}</dt>
                <dd>
                  {ct.decidedBy.name}, {formatDate(ct.decidedOn, lang)}
                </dd>
              </dl>
            ))
          )}
        </section>
      </div>

      {view.decision ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{tr(lang, 'Tanggapan Atasan PPID', "The atasan PPID's response")}</h2>
          <dl class="facts">
            <dt>{tr(lang, 'Keputusan', 'Decision')}</dt>
            <dd data-testid="decision-outcome">{view.decision.outcomeLabel}</dd>
            <dt>{tr(lang, 'Tanggal', 'Date')}</dt>
            <dd>{formatDate(view.decision.on, lang)}</dd>
            <dt>{tr(lang, 'Alasan', 'Reasons')}</dt>
            <dd class="prewrap">{view.decision.reasons}</dd>
            {view.decision.instruction ? (
              <>
                <dt>{tr(lang, 'Instruksi kepada PPID', 'Instruction to the PPID')}</dt>
                <dd class="prewrap">{view.decision.instruction}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      {view.settlement ? (
        <section>
          <h2>{tr(lang, 'Kesepakatan musyawarah', 'Agreement')}</h2>
          <p class="prewrap">{view.settlement.agreement}</p>
        </section>
      ) : null}
      {view.dispute ? (
        <section aria-labelledby="dispute-heading">
          <h2 id="dispute-heading">{tr(lang, 'Sengketa di Komisi Informasi', 'Dispute at the Information Commission')}</h2>
          <dl class="facts">
            <dt>{tr(lang, 'Komisi', 'Commission')}</dt>
            <dd>{view.dispute.commission}</dd>
            <dt>{tr(lang, 'Nomor registrasi', 'Registration number')}</dt>
            <dd>{view.dispute.registrationNumber}</dd>
            <dt>{tr(lang, 'Diajukan', 'Filed')}</dt>
            <dd>
              {formatDate(view.dispute.filedOn, lang)}{' '}
              {view.dispute.withinWindow ? (
                tr(lang, '(dalam 14 hari kerja)', '(within 14 working days)')
              ) : (
                <span class="badge warn">{tr(lang, 'setelah 14 hari kerja', 'after 14 working days')}</span>
              )}
            </dd>
          </dl>
          <ol class="timeline" data-testid="dispute-stages">
            {view.dispute.stages.map((s) => {
              const d = s as typeof s & { resultLabel?: string; content?: string; summary?: string; documents?: Array<{ title: string }> };
              return (
                <li>
                  <strong>{s.stageLabel}</strong> — {formatDate(s.on, lang)}
                  {d.resultLabel ? <>: {d.resultLabel}</> : null}
                  {d.content ? <p class="prewrap">{d.content}</p> : null}
                  {d.summary ? <p class="prewrap">{d.summary}</p> : null}
                  {d.documents?.length ? (
                    <ul class="plain">
                      {d.documents.map((doc) => (
                        <li>{doc.title}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <Actions lang={lang} view={view} errors={errors} csrf={csrf} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{tr(lang, 'Riwayat', 'History')}</h2>
        <ol class="timeline">
          {view.timeline.map((e) => (
            <li>
              {historyLabel(e.event, lang)} — {e.actorRole === 'requester' ? tr(lang, 'Pemohon', 'Requester') : e.actor} —{' '}
              {formatInstant(e.at, 'Asia/Jakarta', lang)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
