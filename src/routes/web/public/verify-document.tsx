/** @jsxImportSource hono/jsx */
/**
 * Public verification (issue 11 items 5 and 7): `/verifikasi/<documentId>` — where the QR code on
 * every issued letter points — shows what the service issued under that id (number, date,
 * issuer, kind, SHA-256) and nothing personal; `/verifikasi` publishes the latest signed
 * checkpoint of the audit trail and its public key, so anyone can keep a copy and hold the
 * service to it later.
 */
import { Hono } from 'hono';
import { latestCheckpoint } from '../../../audit/checkpoint-signature';
import { currentUser } from '../../../auth/middleware';
import { issuerName, verifyDocument } from '../../../documents/verification';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { formatDate } from '../../../calendar/describe';
import { formatInstant } from './format';
import { t } from '../../../i18n';

export function verifyDocumentPages() {
  const app = new Hono<AppEnv>();

  app.get('/verifikasi', async (c) => {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const asked = (c.req.query('dokumen') ?? '').trim();
    if (asked) return c.redirect(`/verifikasi/${encodeURIComponent(asked)}`, 303);
    const cp = await latestCheckpoint(deps.db);
    const key = cp ? deps.auditKeys.byId.get(cp.keyId) : undefined;
    const title = t(lang, 'public.verify_document_and_audit_trail');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <h2>{t(lang, 'public.check_document')}</h2>
        <p>{t(lang, 'public.every_letter_ppid_issues_carries_qr')}</p>
        <form method="get" action="/verifikasi" class="narrow">
          <div class="field">
            <label for="verify-document">{t(lang, 'public.document_id')}</label>
            <input id="verify-document" name="dokumen" type="text" maxlength={100} autocomplete="off" />
          </div>
          <button type="submit">{t(lang, 'public.check')}</button>
        </form>
        <h2>{t(lang, 'public.latest_audit_trail_checkpoint')}</h2>
        {cp ? (
          <>
            <p>{t(lang, 'public.head_of_audit_chain_signed_with')}</p>
            <dl class="facts">
              <dt>{t(lang, 'public.up_to_event')}</dt>
              <dd>#{cp.seq}</dd>
              <dt>{t(lang, 'public.head_hash')}</dt>
              <dd>
                <code>{cp.head}</code>
              </dd>
              <dt>{t(lang, 'public.signed')}</dt>
              <dd>
                {formatInstant(cp.at, 'Asia/Jakarta', lang)} (<code>{cp.at}</code>)
              </dd>
              <dt>{t(lang, 'public.signature_ed25519_base64')}</dt>
              <dd>
                <code>{cp.signature}</code>
              </dd>
              <dt>{t(lang, 'public.key_id')}</dt>
              <dd>
                <code>{cp.keyId}</code>
              </dd>
            </dl>
            {key ? (
              <>
                <h3>{t(lang, 'public.public_key')}</h3>
                <pre class="prewrap">{key.pem}</pre>
              </>
            ) : null}
            <p>
              {t(lang, 'public.as_json')}: <a href="/api/v1/audit/checkpoints/latest">/api/v1/audit/checkpoints/latest</a>. {t(lang, 'public.signed_message')}:{' '}
              <code>{`terbuka-audit-checkpoint/1\\nseq=${cp.seq}\\nhead=${cp.head}\\nat=${cp.at}\\n`}</code>
            </p>
          </>
        ) : (
          <p>{t(lang, 'public.no_checkpoint_yet')}</p>
        )}
      </Layout>,
    );
  });

  app.get('/verifikasi/:documentId', async (c) => {
    const lang = c.get('lang');
    const v = await verifyDocument(c.get('deps').db, c.req.param('documentId'));
    if (!v) {
      const title = t(lang, 'public.document_not_found');
      return c.html(
        <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
          <h1>{title}</h1>
          <p>{t(lang, 'public.no_document_was_issued_under_this')}</p>
          <p>
            <a href="/verifikasi">{t(lang, 'public.check_another_id')}</a>
          </p>
        </Layout>,
        404,
      );
    }
    const title = t(lang, 'public.document_verified');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <p class="lead">{t(lang, 'public.document_with_this_id_was_issued')}</p>
        <dl class="facts">
          <dt>{t(lang, 'public.kind')}</dt>
          <dd>{lang === 'id' ? v.kindLabel.id : v.kindLabel.en}</dd>
          <dt>{t(lang, 'public.number')}</dt>
          <dd>{v.number}</dd>
          <dt>{t(lang, 'public.date')}</dt>
          <dd>{formatDate(v.date, lang)}</dd>
          <dt>{t(lang, 'public.issuer')}</dt>
          <dd>{issuerName(v, lang)}</dd>
          <dt>{t(lang, 'public.language')}</dt>
          <dd>{v.lang === 'en' ? 'English' : 'Bahasa Indonesia'}</dd>
          <dt>SHA-256</dt>
          <dd>
            <code>{v.sha256}</code>
          </dd>
          <dt>{t(lang, 'public.document_id')}</dt>
          <dd>
            <code>{v.documentId}</code>
          </dd>
        </dl>
        <p>{t(lang, 'public.for_pdf_file_compute_its_sha')}</p>
      </Layout>,
    );
  });
  return app;
}
