/** @jsxImportSource hono/jsx */
/**
 * The public objection form (formulir keberatan, UU 14/2008 Art. 35–36) at `/keberatan?nomor=…`:
 * the registration number and tracking code (or the sealed access the tracking page granted),
 * the seven grounds of Art. 35(1) with plain explanations, the reasons (kasus posisi), and the
 * 30-working-day window. A filed objection answers with a receipt page (POST, then redirect):
 * the objection number and the date by which the atasan PPID must respond. A late objection is
 * received all the same, flagged late; a refusal names its reason. Works without JavaScript.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import { findCaseByNumber } from '../../../cases/case.repository';
import { DomainError } from '../../../cases/errors';
import { trackingCodeMatches } from '../../../cases/tracking-code';
import type { CaseRow } from '../../../cases/case-row';
import { objectionReceipt } from '../../../objections/objection-receipt';
import { type Lang, fieldErrors, t } from '../../../i18n';
import { fileObjection } from '../../../objections/file-objection';
import { GROUND_TEXT } from '../../../objections/grounds';
import { objectionStateLabel } from '../../../objections/labels';
import { objectionFilingSchema } from '../../../objections/objection.schema';
import { objectionEligibility } from '../../../objections/eligibility';
import { objectionTracking } from '../../../objections/tracking';
import { restoreSnapshot } from '../../../cases/transition';
import { objectionGrounds } from '../../../../workflows/objection.events';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { FormToken, checkFormToken, formToken } from '../kit/form-token';
import { accessedCase, grantAccess } from './access-cookie';
import { CheckboxGroup, ErrorSummary, type FieldErrors, TextField } from '../kit/fields';
import { formatInstant } from './format';
import { publicRateLimit } from '../../rate-limit';
import { privacyPolicyOf } from '../../../privacy/policy';
import { PrivacyNotice } from './privacy-notice';

type Window = Awaited<ReturnType<typeof objectionTracking>>['objectionWindow'];

interface FormState {
  number: string;
  /** The browser already holds access to this request: no code field. */
  accessed: boolean;
  grounds: string[];
  reason: string;
  errors: FieldErrors;
  /** A refusal that is not about one field (not yet open, already filed). */
  refusal?: string | undefined;
  window: Window;
  information?: string | undefined;
  idempotencyKey: string;
}

const labelsOf = (lang: Lang) => ({
  nomor: t(lang, 'public.request_registration_number'),
  kode: t(lang, 'public.tracking_code'),
  grounds: t(lang, 'public.grounds_for_objection'),
  reason: t(lang, 'public.your_reasons_case_summary'),
});

function GroundsField({ lang, values, error }: { lang: Lang; values: string[]; error?: string | undefined }) {
  return (
    <CheckboxGroup
      lang={lang}
      name="grounds"
      label={labelsOf(lang).grounds}
      hint={t(lang, 'public.choose_one_or_more_grounds_under')}
      error={error}
      values={values}
      options={objectionGrounds.map((g) => ({
        value: g,
        label: `${t(lang, 'public.letter', { g })}: ${GROUND_TEXT[g][lang].plain}`,
        hint: `${GROUND_TEXT[g][lang].legal}.`,
      }))}
    />
  );
}

function WindowNotice({ lang, window }: { lang: Lang; window: Window }) {
  if (!window) return null;
  return (
    <div class={`notice${window.passed ? ' warn' : ''}`} data-testid="objection-window">
      <p>
        {t(lang, 'public.last_day_to_object')}: <strong>{formatDate(window.due, lang)}</strong>
      </p>
      <details>
        <summary>{t(lang, 'public.how_this_date_was_counted')}</summary>
        <p class="deadline-text">{window.text}</p>
      </details>
      {window.passed ? <p>{t(lang, 'public.this_date_has_passed_your_objection')}</p> : null}
    </div>
  );
}

function ObjectionForm({ lang, s, csrf }: { lang: Lang; s: FormState; csrf: string }) {
  const labels = labelsOf(lang);
  return (
    <>
      <ErrorSummary lang={lang} errors={s.errors} labels={labels} order={['nomor', 'kode', 'grounds', 'reason']} />
      <h1>{t(lang, 'public.file_objection')}</h1>
      <p class="lead">{t(lang, 'public.objection_is_made_in_writing_to')}</p>
      {s.refusal ? (
        <div class="notice bad" role="alert" id="refusal">
          <p>{s.refusal}</p>
        </div>
      ) : null}
      <WindowNotice lang={lang} window={s.window} />
      {s.information ? (
        <dl class="facts">
          <dt>{labels.nomor}</dt>
          <dd>{s.number}</dd>
          <dt>{t(lang, 'public.information_requested')}</dt>
          <dd class="prewrap">{s.information}</dd>
        </dl>
      ) : null}
      {s.refusal && s.accessed && Object.keys(s.errors).length === 0 ? (
        <p>
          <a class="button secondary" href={`/lacak?nomor=${encodeURIComponent(s.number)}`}>
            {t(lang, 'public.back_to_request_status')}
          </a>
        </p>
      ) : (
        <form method="post" action="/keberatan" novalidate>
          <FormToken token={csrf} />
          <input type="hidden" name="idempotency" value={s.idempotencyKey} />
          {s.accessed ? (
            <input type="hidden" name="nomor" value={s.number} />
          ) : (
            <>
              <TextField
                lang={lang}
                name="nomor"
                label={labels.nomor}
                value={s.number}
                error={s.errors.nomor}
                required
                autocomplete="off"
                maxlength={100}
                hint={t(lang, 'public.as_on_your_receipt_e_g')}
              />
              <TextField
                lang={lang}
                name="kode"
                label={labels.kode}
                error={s.errors.kode}
                required
                autocomplete="off"
                maxlength={64}
                hint={t(lang, 'public.16_letters_and_digits_from_your')}
              />
            </>
          )}
          <GroundsField lang={lang} values={s.grounds} error={s.errors.grounds} />
          <TextField
            lang={lang}
            name="reason"
            label={labels.reason}
            value={s.reason}
            error={s.errors.reason}
            required
            multiline
            maxlength={5000}
            hint={t(lang, 'public.explain_why_you_object_and_what')}
          />
          <button type="submit">{t(lang, 'public.send_objection')}</button>
        </form>
      )}
    </>
  );
}

async function renderForm(c: Context<AppEnv>, s: FormState, status: 200 | 400 | 404 | 409) {
  const lang = c.get('lang');
  const title = t(lang, 'public.file_objection');
  const failed = Object.keys(s.errors).length > 0 || s.refusal;
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout lang={lang} title={failed ? `${t(lang, 'public.error_2')}: ${title}` : title} url={c.req.url}>
      <ObjectionForm lang={lang} s={s} csrf={formToken(c, '/keberatan')} />
      <PrivacyNotice lang={lang} policy={privacyPolicyOf(c.get('deps').config)} form="objection" />
    </Layout>,
    status,
  );
}

/** The form for a request this browser may see: its window, and — when the law does not allow an objection now — why not. */
async function accessedState(c: Context<AppEnv>, row: CaseRow, extra: Partial<FormState> = {}): Promise<FormState> {
  const deps = c.get('deps');
  const lang = c.get('lang');
  const tracking = await objectionTracking(deps, deps.db, row, lang);
  const filed = tracking.objections.map((o) => ({ received_at: o.receivedAt, objection_number: o.objectionNumber }));
  const eligibility = objectionEligibility(restoreSnapshot(row).context, filed, deps.clock().toISOString());
  const refusal = eligibility.open
    ? undefined
    : eligibility.reason === 'already_filed'
      ? t(lang, 'objection_already_filed', { number: eligibility.objectionNumber })
      : t(lang, 'objection_not_open', { number: row.registration_number, due: formatDate(row.notice_due, lang) });
  return {
    number: row.registration_number,
    accessed: true,
    grounds: [],
    reason: '',
    errors: {},
    window: tracking.objectionWindow,
    information: row.information,
    idempotencyKey: randomUUID(),
    refusal,
    ...extra,
  };
}

/** A refusal from the domain, as the page says it: a field error, or a message about the request as a whole. */
function refusalOf(e: unknown, lang: Lang): { errors: FieldErrors; refusal?: string; status: 400 | 409 } | null {
  if (!(e instanceof DomainError)) return null;
  if (e.status === 400) return { errors: Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)])), status: 400 };
  if (e.status === 409) return { errors: {}, refusal: t(lang, e.messageKey, e.params), status: 409 };
  return null;
}

const receiptHref = (objectionNumber: string) => `/keberatan/tanda-terima?nomor=${encodeURIComponent(objectionNumber)}`;

export function objectionPages() {
  const app = new Hono<AppEnv>();

  app.get('/keberatan', async (c) => {
    const number = (c.req.query('nomor') ?? '').trim();
    const access = number ? await accessedCase(c, number) : null;
    if (!access) {
      return renderForm(c, { number, accessed: false, grounds: [], reason: '', errors: {}, window: null, idempotencyKey: randomUUID() }, 200);
    }
    return renderForm(c, await accessedState(c, access.row), 200);
  });

  app.post('/keberatan', publicRateLimit, async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const body = await c.req.parseBody({ all: true });
    checkFormToken(c, body);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    const number = str(body.nomor).trim();
    const code = str(body.kode).trim();
    const grounds = ([] as unknown[]).concat(body.grounds ?? []).map(str);
    const reason = str(body.reason);
    const key = str(body.idempotency).slice(0, 100) || randomUUID();
    const access = number ? await accessedCase(c, number) : null;
    const base: FormState = { number, accessed: access !== null, grounds, reason, errors: {}, window: null, idempotencyKey: key };

    const errors: FieldErrors = {};
    if (!number) errors.nomor = t(lang, 'required');
    if (!access && !code) errors.kode = t(lang, 'required');
    let row: CaseRow | null = access?.row ?? null;
    let grantedCode = access?.code ?? code;
    if (!access && number && code) {
      const found = await findCaseByNumber(deps.db, number);
      // An unknown number and a wrong code answer the same: the page reveals nothing.
      if (!found || !trackingCodeMatches(code, found.tracking_code_hash)) errors.kode = t(lang, 'tracking_not_found');
      else {
        row = found;
        grantedCode = code;
      }
    }
    const parsed = objectionFilingSchema.safeParse({ grounds, reason });
    if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error, lang));
    // `grounds.0` and the like belong to the grounds fieldset.
    for (const k of Object.keys(errors))
      if (k.startsWith('grounds.')) {
        errors.grounds ??= errors[k]!;
        delete errors[k];
      }
    const state = row ? { ...(await accessedState(c, row, base)), accessed: access !== null, refusal: undefined } : base;
    if (Object.keys(errors).length > 0 || !row || !parsed.success)
      return renderForm(c, { ...state, errors }, errors.kode === t(lang, 'tracking_not_found') ? 404 : 400);

    try {
      const result = await fileObjection(deps, row, parsed.data, {
        channel: 'web',
        receivedAt: deps.clock(),
        lang,
        enteredBy: { kind: 'requester', id: null, role: 'requester', unit: null },
        idempotency: { scope: `objection:${row.id}`, key: `web:${key}`, body: parsed.data },
      });
      grantAccess(c, row.registration_number, grantedCode);
      return c.redirect(receiptHref(result.body.objectionNumber), 303);
    } catch (e) {
      const refusal = refusalOf(e, lang);
      if (!refusal) throw e;
      return renderForm(c, { ...state, errors: refusal.errors, refusal: refusal.refusal }, refusal.status);
    }
  });

  app.get('/keberatan/tanda-terima', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const objectionNumber = (c.req.query('nomor') ?? '').trim();
    const objection = await objectionReceipt(deps.db, objectionNumber);
    // Only the browser that holds access to the request sees its objection's receipt.
    const access = objection ? await accessedCase(c, objection.registration_number) : null;
    if (!objection || !access) return c.redirect('/lacak', 303);
    const grounds = JSON.parse(objection.grounds) as Array<keyof typeof GROUND_TEXT>;
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout lang={lang} title={t(lang, 'public.objection_receipt')} url={c.req.url}>
        <div class="notice ok" role="status">
          <p>{t(lang, 'public.your_objection_has_been_received')}</p>
        </div>
        <h1>{t(lang, 'public.objection_receipt')}</h1>
        <p>
          {t(lang, 'public.objection_number')}:{' '}
          <span class="code" data-testid="objection-number">
            {objection.objection_number}
          </span>
        </p>
        <dl class="facts">
          <dt>{t(lang, 'public.request_registration_number')}</dt>
          <dd>{objection.registration_number}</dd>
          <dt>{t(lang, 'public.received')}</dt>
          <dd>{formatInstant(objection.received_at, objection.time_zone, lang)}</dd>
          <dt>{t(lang, 'public.grounds')}</dt>
          <dd>
            <ul class="plain">
              {grounds.map((g) => (
                <li>
                  {t(lang, 'public.letter', { g })}: {GROUND_TEXT[g][lang].plain}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t(lang, 'public.status')}</dt>
          <dd>{objectionStateLabel(objection.state, lang)}</dd>
          <dt>{t(lang, 'public.atasan_ppid_must_answer_by')}</dt>
          <dd>
            <strong data-testid="response-due">{formatDate(objection.response_due, lang)}</strong>
          </dd>
        </dl>
        <p>{t(lang, 'public.atasan_ppid_must_answer_your_objection')}</p>
        {objection.late === 1 ? (
          <div class="notice warn">
            <p>{t(lang, 'public.this_objection_was_filed_after_30')}</p>
          </div>
        ) : null}
        <p class="hint">{t(lang, 'public.keep_this_objection_number_save_or')}</p>
        <p>
          <a class="button secondary" href={`/lacak?nomor=${encodeURIComponent(objection.registration_number)}`}>
            {t(lang, 'public.back_to_request_status')}
          </a>
        </p>
      </Layout>,
    );
  });

  return app;
}
