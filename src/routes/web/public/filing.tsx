/** @jsxImportSource hono/jsx */
/**
 * Filing on the web (pengajuan permohonan): GET /ajukan shows the form, POST /ajukan files it and
 * answers 303 → /tanda-terima (the receipt). The form carries a random idempotency key, so a
 * double-click or a resent POST replays the same filing instead of filing twice; the receipt is a
 * GET, so a reload never files. The tracking code travels only in a sealed cookie.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { trackingView } from '../../../cases/case-view';
import { DomainError } from '../../../cases/errors';
import { fileRequest } from '../../../cases/file-request';
import { t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { pageLangOf } from '../lang';
import { accessedCase, grantAccess } from './access-cookie';
import { readFilingSubmission } from './filing-input';
import type { FieldErrors, FieldValues } from '../kit/fields';
import { publicRateLimit } from '../../rate-limit';
import { Receipt } from './receipt';
import { RequestForm } from './request-form';
import { privacyPolicyOf } from '../../../privacy/policy';
import { unitInfo, unitsAcceptingRequests } from './units';

const KEY_FORMAT = /^[A-Za-z0-9-]{16,100}$/;

async function renderForm(
  c: Context<AppEnv>,
  o: { values?: FieldValues; errors?: FieldErrors; notice?: string; fileDropped?: boolean; key?: string; status?: 200 | 400 | 413 },
) {
  const lang = c.get('lang');
  const errors = o.errors ?? {};
  const failed = Object.keys(errors).length > 0;
  const title = t(lang, 'public.file_request');
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout lang={lang} title={failed ? `${t(lang, 'public.error_2')}: ${title}` : title} url={c.req.url}>
      <RequestForm
        lang={lang}
        values={o.values ?? {}}
        errors={errors}
        units={await unitsAcceptingRequests(c.get('deps').db)}
        idempotencyKey={o.key ?? randomUUID()}
        notice={o.notice}
        fileDropped={o.fileDropped ?? false}
        privacy={privacyPolicyOf(c.get('deps').config)}
      />
    </Layout>,
    o.status ?? 200,
  );
}

/**
 * The form again after the app refused its body as too large (before anything was read): the
 * error beside the file field, in the page's language, and a word that the entries are gone.
 */
export function renderFilingFormTooLarge(c: Context<AppEnv>) {
  const lang = pageLangOf(c);
  c.set('lang', lang);
  return renderForm(c, {
    errors: { identityDocument: t(lang, 'identity_document_too_large') },
    notice: t(lang, 'form_body_too_large'),
    status: 413,
  });
}

export function filingPages() {
  const app = new Hono<AppEnv>();

  app.get('/ajukan', (c) => renderForm(c, {}));

  app.post('/ajukan', publicRateLimit, async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const { values, file, filing, errors, identityDocument } = await readFilingSubmission(await c.req.parseBody(), lang);
    const key = KEY_FORMAT.test(values.idempotencyKey ?? '') ? values.idempotencyKey! : randomUUID();
    if (!filing || Object.keys(errors).length > 0) {
      return renderForm(c, { values, errors, key, fileDropped: file !== null, status: 400 });
    }
    try {
      const result = await fileRequest(deps, filing, {
        channel: 'web',
        receivedAt: deps.clock(),
        enteredBy: { kind: 'requester', id: null, role: 'requester', unit: null },
        lang,
        idempotency: {
          scope: 'filing',
          key,
          body: { filing, identityDocument: identityDocument ? { kind: identityDocument.kind, sha256: identityDocument.sha256 } : null },
        },
        ...(identityDocument ? { identityDocument } : {}),
      });
      grantAccess(c, result.body.registrationNumber, result.body.trackingCode);
      return c.redirect('/tanda-terima', 303);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === 'idempotency_mismatch') {
        return renderForm(c, { values, notice: t(lang, 'filing_form_reused'), fileDropped: file !== null, status: 400 });
      }
      if (e.status === 400 && Object.keys(e.fields).length > 0) {
        const fields = Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k, t(lang, m, e.params)]));
        return renderForm(c, { values, errors: fields, key, fileDropped: file !== null, status: 400 });
      }
      throw e;
    }
  });

  app.get('/tanda-terima', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    c.header('Cache-Control', 'no-store');
    const access = await accessedCase(c);
    if (!access) {
      return c.html(
        <Layout lang={lang} title={t(lang, 'public.receipt')} url={c.req.url}>
          <h1>{t(lang, 'public.no_receipt_to_show')}</h1>
          <p>{t(lang, 'public.receipt_shows_only_in_browser_that')}</p>
          <p>
            <a href="/lacak">{t(lang, 'public.track_request')}</a> · <a href="/ajukan">{t(lang, 'public.file_request')}</a>
          </p>
        </Layout>,
        404,
      );
    }
    const view = await trackingView(deps.db, access.row, lang, deps);
    const unit = await unitInfo(deps.db, access.row.received_unit, lang);
    return c.html(
      <Layout lang={lang} title={t(lang, 'public.request_receipt')} url={c.req.url}>
        <Receipt lang={lang} view={view} code={access.code} unit={unit} />
      </Layout>,
    );
  });

  return app;
}
