/** @jsxImportSource hono/jsx */
/**
 * The satisfaction survey page (`/lacak/survei?nomor=…`, issue 18): reached from the tracking page
 * of a closed request and from the closing e-mail. Optional and anonymous: five questions scored
 * 1–4 (Permenpan RB 14/2017); the answer is only added to counters by unit and half-year
 * (src/survey/survey.ts). A browser that opened the request on the tracking page (its sealed
 * cookie) answers without retyping the tracking code; from the e-mail, the code is asked with it.
 */
import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { trackedCase } from '../../../cases/tracked-case';
import { DomainError } from '../../../cases/errors';
import { type Lang, fieldErrors, t } from '../../../i18n';
import {
  ELEMENT_QUESTIONS,
  SCORE_WORDS,
  type SurveyState,
  answerFromForm,
  submitSurvey,
  surveyAnswerSchema,
  surveyElements,
  surveyScores,
  surveyState,
} from '../../../survey/survey';
import type { AppEnv } from '../../env';
import { publicRateLimit } from '../../rate-limit';
import { ErrorSummary, type FieldErrors, type FormValues, RadioGroup, TextField, fieldValue } from '../kit/fields';
import { FormToken, checkFormToken } from '../kit/form-token';
import { Notice, Page } from '../kit/page';
import { accessedCase } from './access-cookie';

export const surveyHref = (number: string) => `/lacak/survei?nomor=${encodeURIComponent(number)}`;
const trackHref = (number: string) => `/lacak?nomor=${encodeURIComponent(number)}`;

interface View {
  number: string;
  /** Known when this browser may see the request (its cookie); else the code is asked. */
  state: SurveyState | null;
  values?: FormValues;
  errors?: FieldErrors;
  done?: boolean;
}

function labelsOf(lang: Lang): Record<string, string> {
  return {
    nomor: t(lang, 'survey.registration_number'),
    kode: t(lang, 'survey.tracking_code'),
    ...Object.fromEntries(surveyElements.map((e) => [e, t(lang, ELEMENT_QUESTIONS[e])])),
  };
}

function render(c: Context<AppEnv>, v: View, status: 200 | 201 | 400 | 404 = 200) {
  const lang = c.get('lang');
  const errors = v.errors ?? {};
  const values = v.values ?? {};
  const title = v.number ? t(lang, 'survey.survey_for_request', { number: v.number }) : t(lang, 'survey.satisfaction_survey');
  const options = surveyScores.map((s) => ({ value: String(s), label: t(lang, SCORE_WORDS[s]) }));
  c.header('Cache-Control', 'no-store');
  const back = v.number ? (
    <p>
      <a href={trackHref(v.number)}>{t(lang, 'survey.back_to_request')}</a>
    </p>
  ) : null;
  let body: Child;
  if (v.done) {
    body = <Notice tone="ok">{t(lang, 'survey.thank_you')}</Notice>;
  } else if (v.state === 'answered') {
    body = <Notice>{t(lang, 'survey.already_answered_thank_you')}</Notice>;
  } else if (v.state === 'not_closed') {
    body = <Notice tone="warn">{t(lang, 'survey.not_closed_yet')}</Notice>;
  } else {
    body = (
      <form method="post" action="/lacak/survei" novalidate class="narrow-form survey-form">
        <FormToken c={c} path="/lacak/survei" />
        {v.state === null ? (
          <>
            <TextField
              lang={lang}
              name="nomor"
              label={labelsOf(lang).nomor}
              value={v.number}
              error={errors.nomor}
              required
              autocomplete="off"
              maxlength={100}
            />
            <TextField
              lang={lang}
              name="kode"
              label={labelsOf(lang).kode}
              error={errors.kode}
              required
              autocomplete="off"
              maxlength={64}
              hint={t(lang, 'survey.tracking_code_hint')}
            />
          </>
        ) : (
          <input type="hidden" name="nomor" value={v.number} />
        )}
        {surveyElements.map((e) => (
          <RadioGroup
            lang={lang}
            name={e}
            label={t(lang, ELEMENT_QUESTIONS[e])}
            hint={t(lang, 'survey.choose_a_score')}
            options={options}
            value={fieldValue(values, e)}
            error={errors[e]}
            required
          />
        ))}
        <button type="submit">{t(lang, 'survey.send_answers')}</button>
      </form>
    );
  }
  return c.html(
    <Page lang={lang} title={Object.keys(errors).length > 0 ? `${t(lang, 'public.error_2')}: ${title}` : title} url={c.req.url}>
      <ErrorSummary lang={lang} errors={errors} labels={labelsOf(lang)} order={['nomor', 'kode', ...surveyElements]} />
      <h1>{title}</h1>
      <p class="lead">{t(lang, 'survey.optional_and_anonymous')}</p>
      {body}
      {back}
    </Page>,
    status,
  );
}

/** On the tracking page of a closed request: the way to the survey, or thanks once answered. */
export function SurveyInvite({ lang, number, state }: { lang: Lang; number: string; state: SurveyState }) {
  if (state === 'not_closed') return null;
  return (
    <section aria-labelledby="survey-heading" class="survey-invite" data-testid="survey-invite">
      <h2 id="survey-heading">{t(lang, 'survey.satisfaction_survey')}</h2>
      {state === 'answered' ? (
        <p>{t(lang, 'survey.already_answered_thank_you')}</p>
      ) : (
        <>
          <p>{t(lang, 'survey.your_request_is_closed_tell_us')}</p>
          <a class="button" href={surveyHref(number)}>
            {t(lang, 'survey.answer_survey')}
          </a>
        </>
      )}
    </section>
  );
}

export function surveyPages() {
  const app = new Hono<AppEnv>();

  app.get('/lacak/survei', async (c) => {
    const number = (c.req.query('nomor') ?? '').trim().slice(0, 100);
    const access = number ? await accessedCase(c, number) : null;
    const deps = c.get('deps');
    return render(c, { number, state: access ? await surveyState(deps.db, deps.secret, access.row) : null });
  });

  app.post('/lacak/survei', publicRateLimit, async (c) => {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const body = (await c.req.parseBody()) as FormValues;
    checkFormToken(c, body);
    const number = fieldValue(body, 'nomor').trim().slice(0, 100);
    const code = fieldValue(body, 'kode').trim();
    const access = number ? await accessedCase(c, number) : null;
    const errors: FieldErrors = {};
    if (!access) {
      if (!number) errors.nomor = t(lang, 'required');
      if (!code) errors.kode = t(lang, 'required');
    }
    const parsed = surveyAnswerSchema.safeParse(answerFromForm(body));
    if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error, lang));
    let row = access?.row;
    if (!row && number && code) {
      try {
        row = await trackedCase(deps, number, code);
      } catch (e) {
        if (!(e instanceof DomainError) || e.status !== 404) throw e;
        // An unknown number and a wrong code answer the same: the page reveals nothing.
        errors.kode = t(lang, 'tracking_not_found');
      }
    }
    const state = access ? await surveyState(deps.db, deps.secret, access.row) : null;
    if (Object.keys(errors).length > 0 || !row || !parsed.success) return render(c, { number, state, values: body, errors }, 400);
    try {
      await submitSurvey(deps, row.id, parsed.data);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 400) throw e;
      // The domain names the request (`number`): on this form, the registration-number field.
      const fields = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k === 'number' ? 'nomor' : k, t(lang, key, e.params)]));
      return render(c, { number, state, values: body, errors: fields }, 400);
    }
    return render(c, { number, state, done: true }, 201);
  });

  return app;
}
