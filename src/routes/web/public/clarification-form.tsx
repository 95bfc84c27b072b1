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
import { tr } from '../lang';
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
          <h2 id="h-released">{tr(lang, 'Informasi yang diserahkan', 'The information released')}</h2>
          <ul data-testid="released-files">
            {view.files.map((f) => (
              <li>
                <a href={`/api/v1/requests/${encodeURIComponent(number)}/files/${f.id}`} download={f.filename}>
                  {f.filename}
                </a>
                {f.redacted
                  ? tr(
                      lang,
                      ' — sebagian dihitamkan (Pasal 17 UU 14/2008; lihat pemberitahuan tertulis)',
                      ' — partly redacted (Art. 17 of Law 14/2008; see the written notice)',
                    )
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {clar && 'awaiting' in clar && clar.awaiting ? (
        <section aria-labelledby="h-clarify" id="klarifikasi">
          <h2 id="h-clarify">{tr(lang, 'Jawab permintaan klarifikasi', 'Answer the clarification request')}</h2>
          <p>
            {tr(lang, 'PPID bertanya pada ', 'The PPID asked on ')}
            {formatInstant(clar.requestedAt, timeZone, lang)}:
          </p>
          <blockquote class="prewrap" data-testid="clarification-question">
            {clar.message}
          </blockquote>
          <p data-testid="clarification-until">
            {paused
              ? tr(
                  lang,
                  'Selama PPID menunggu jawaban Anda, jangka waktu 10 hari kerja dihentikan sementara; hari-hari menunggu ditambahkan kembali saat jawaban Anda diterima. Jawablah secepatnya.',
                  'While the PPID waits for your answer, the 10-working-day period stands still; the days of waiting are added back when your answer arrives. Please answer soon.',
                )
              : tr(
                  lang,
                  `Jawablah paling lambat ${formatDate(view.deadlines.noticeDue, 'id')}: jangka waktu pemberitahuan tertulis tetap berjalan sampai tanggal itu.`,
                  `Please answer by ${formatDate(view.deadlines.noticeDue, 'en')}: the written-notice period keeps running until that date.`,
                )}
          </p>
          <form method="post" action={ANSWER_PATH} enctype="multipart/form-data" novalidate>
            <input type="hidden" name={CSRF_FIELD} value={formToken(c, ANSWER_PATH)} />
            <input type="hidden" name="nomor" value={number} />
            <div class="field">
              <label for="f-clarify-message">{tr(lang, 'Jawaban Anda', 'Your answer')}</label>
              <textarea id="f-clarify-message" name="message" rows={5} maxlength={5000} aria-required="true"></textarea>
            </div>
            <div class="field">
              <label for="f-clarify-files">{tr(lang, 'Lampiran (tidak wajib)', 'Attachments (optional)')}</label>
              <span class="hint" id="f-clarify-files-hint">
                {tr(lang, 'PDF, JPEG, PNG, dokumen Office atau CSV.', 'PDF, JPEG, PNG, office documents or CSV.')}
              </span>
              <input type="file" id="f-clarify-files" name="files" multiple aria-describedby="f-clarify-files-hint" />
            </div>
            <button type="submit">{tr(lang, 'Kirim jawaban', 'Send the answer')}</button>
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
        <Layout lang={lang} title={tr(lang, 'Jawaban belum terkirim', 'The answer was not sent')} url={c.req.url}>
          <h1>{tr(lang, 'Jawaban belum terkirim', 'The answer was not sent')}</h1>
          <ul class="notice bad">
            {(messages.length > 0 ? messages : [t(lang, e.messageKey, e.params)]).map((m) => (
              <li>{m}</li>
            ))}
          </ul>
          <p>
            <a href={`${back}#klarifikasi`}>{tr(lang, '← Kembali ke status permohonan', '← Back to the request status')}</a>
          </p>
        </Layout>,
        e.status,
      );
    }
    return c.redirect(back, 303);
  });
  return app;
}
