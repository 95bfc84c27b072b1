/** @jsxImportSource hono/jsx */
/**
 * On the tracking page (issue 17): the information released with the decision, each file a
 * download (the tracking page's sealed cookie proves access; the code never goes in the URL), and
 * — while the PPID waits for the requester — exactly what was asked, until when, and the form to
 * answer it (text and optional files), posted to `/lacak/klarifikasi`. The answer sends the case
 * back to its handler (src/answers/clarification.ts).
 */
import { checkFormToken, formToken } from '../kit/form-token';
import { type Context, Hono } from 'hono';
import { answerClarification } from '../../../answers/clarification';
import { formatDate } from '../../../calendar/describe';
import type { trackingView } from '../../../cases/case-view';
import { DomainError } from '../../../cases/errors';
import { CSRF_FIELD } from '../kit/form-token';
import { t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { publicRateLimit } from '../../rate-limit';
import { Layout } from '../layout';
import { accessedCase } from './access-cookie';
import { formatInstant } from './format';

const ANSWER_PATH = '/lacak/klarifikasi';
type View = Awaited<ReturnType<typeof trackingView>>;

export function RequesterAnswers({ c, view, timeZone }: { c: Context<AppEnv>; view: View; timeZone: string }) {
  const lang = c.get('lang');
  const number = view.registrationNumber;
  const clar = view.clarification;
  const paused = clar && 'clock' in clar && clar.clock === 'paused';
  return (
    <>
      {view.files.length > 0 ? (
        <section aria-labelledby="h-released">
          <h2 id="h-released">{t(lang, 'public.information_released')}</h2>
          <ul data-testid="released-files">
            {view.files.map((f) => (
              <li>
                <a href={`/api/v1/requests/${encodeURIComponent(number)}/files/${f.id}`} download={f.filename}>
                  {f.filename}
                </a>
                {f.redacted ? t(lang, 'public.partly_redacted_art_17_of_law') : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {clar && 'awaiting' in clar && clar.awaiting ? (
        <section aria-labelledby="h-clarify" id="klarifikasi">
          <h2 id="h-clarify">{t(lang, 'public.answer_clarification_request')}</h2>
          <p>
            {t(lang, 'public.ppid_asked_on')}
            {formatInstant(clar.requestedAt, timeZone, lang)}:
          </p>
          <blockquote class="prewrap" data-testid="clarification-question">
            {clar.message}
          </blockquote>
          <p data-testid="clarification-until">
            {paused
              ? t(lang, 'public.while_ppid_waits_for_your_answer')
              : t(lang, 'public.please_answer_by_written_notice_period', {
                  noticeDue: formatDate(view.deadlines.noticeDue, lang),
                })}
          </p>
          <form method="post" action={ANSWER_PATH} enctype="multipart/form-data" novalidate>
            <input type="hidden" name={CSRF_FIELD} value={formToken(c, ANSWER_PATH)} />
            <input type="hidden" name="nomor" value={number} />
            <div class="field">
              <label for="f-clarify-message">{t(lang, 'public.your_answer')}</label>
              <textarea id="f-clarify-message" name="message" rows={5} maxlength={5000} aria-required="true"></textarea>
            </div>
            <div class="field">
              <label for="f-clarify-files">{t(lang, 'public.attachments_optional')}</label>
              <span class="hint" id="f-clarify-files-hint">
                {t(lang, 'public.pdf_jpeg_png_office_documents_or')}
              </span>
              <input type="file" id="f-clarify-files" name="files" multiple aria-describedby="f-clarify-files-hint" />
            </div>
            <button type="submit">{t(lang, 'public.send_answer')}</button>
          </form>
        </section>
      ) : null}
    </>
  );
}

export function clarificationPages() {
  const app = new Hono<AppEnv>();
  app.post(ANSWER_PATH, publicRateLimit, async (c) => {
    const lang = c.get('lang');
    const body = await c.req.parseBody({ all: true });
    checkFormToken(c, body);
    const number = typeof body.nomor === 'string' ? body.nomor : '';
    const access = await accessedCase(c, number);
    const back = `/lacak?nomor=${encodeURIComponent(number)}`;
    if (!access) return c.redirect('/lacak', 303);
    const parts = ([] as Array<string | File>).concat(body.files ?? []);
    const files = [];
    for (const p of parts) if (typeof p === 'object' && p.size > 0) files.push({ name: p.name, bytes: new Uint8Array(await p.arrayBuffer()) });
    try {
      await answerClarification(c.get('deps'), access.row, { message: typeof body.message === 'string' ? body.message : '', files });
    } catch (e) {
      if (!(e instanceof DomainError) || (e.status !== 400 && e.status !== 409)) throw e;
      const messages = Object.values(e.fields).map((k) => t(lang, k, e.params));
      return c.html(
        <Layout lang={lang} title={t(lang, 'public.answer_was_not_sent')} url={c.req.url}>
          <h1>{t(lang, 'public.answer_was_not_sent')}</h1>
          <ul class="notice bad">
            {(messages.length > 0 ? messages : [t(lang, e.messageKey, e.params)]).map((m) => (
              <li>{m}</li>
            ))}
          </ul>
          <p>
            <a href={`${back}#klarifikasi`}>{t(lang, 'public.back_to_request_status_2')}</a>
          </p>
        </Layout>,
        e.status,
      );
    }
    return c.redirect(back, 303);
  });
  return app;
}
