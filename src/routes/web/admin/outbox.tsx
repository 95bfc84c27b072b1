/** @jsxImportSource hono/jsx */
/**
 * The outbox for administrators (/admin/outbox): every e-mail the system wrote, pending, sent or
 * failed, with its attempts and last error, and a retry button for a failed one. Without
 * RESEND_API_KEY this is the local mailbox: the quick start's messages are read here. Addresses
 * are shown masked (an administrator needs to see that a message went out, not to whom exactly).
 */
import { Hono } from 'hono';
import { type Lang, t } from '../../../i18n';
import { OUTBOX_STATUSES, type OutboxStatus, listOutbox } from '../../../mail/outbox-list';
import { MAX_ATTEMPTS, retryFailed } from '../../../mail/worker';
import type { AppEnv } from '../../env';
import { FormToken, verifyFormToken } from '../kit/form-token';
import { requirePageRole } from '../kit/guard';
import { Pager } from '../kit/pager';
import { Layout } from '../layout';

const STATUSES = OUTBOX_STATUSES;
type Status = OutboxStatus;

const label = (lang: Lang, s: Status) => ({ pending: t(lang, 'admin.pending'), sent: t(lang, 'admin.sent'), failed: t(lang, 'admin.failed') })[s];

/** `andi@example.org` → `a•••@example.org`. */
export const maskAddress = (address: string) => {
  const at = address.lastIndexOf('@');
  return at <= 0 ? '•••' : `${address[0]}•••${address.slice(at)}`;
};

const when = (iso: string | null, lang: Lang) =>
  iso
    ? new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso))
    : '—';

export function outboxPages() {
  const app = new Hono<AppEnv>();

  // Administrators only: others are sent to log in, or refused; every post carries the form token.
  app.use(requirePageRole('admin'), verifyFormToken);

  app.get('/', async (c) => {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const asked = c.req.query('status');
    const status = STATUSES.find((s) => s === asked);
    const { counts, rows, nextCursor, prevCursor, position } = await listOutbox(deps.db, {
      status,
      cursor: c.req.query('cursor'),
      before: c.req.query('before'),
    });
    const here = (change: Record<string, string>) => {
      const params = new URLSearchParams({ ...(status ? { status } : {}), ...change });
      const s = params.toString();
      return s ? `/admin/outbox?${s}` : '/admin/outbox';
    };
    const count = (s: Status) => counts[s];
    const local = !deps.config.RESEND_API_KEY;
    const retried = c.req.query('retried');
    const title = t(lang, 'admin.e_mail_outbox');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={c.get('user')}>
        <h1>{title}</h1>
        {retried ? (
          <div class="notice" role="status">
            <p>{t(lang, 'admin.message_is_scheduled_to_be_sent')}</p>
          </div>
        ) : null}
        <p>
          {local ? t(lang, 'admin.local_mode_no_resend_api_key') : t(lang, 'admin.messages_are_sent_through_resend')}{' '}
          {t(lang, 'admin.delivery_is_retried_after_1_2', { MAX_ATTEMPTS })}
        </p>
        <nav aria-label={t(lang, 'admin.filter_by_status')}>
          <ul class="plain">
            <li>
              <a href="/admin/outbox" aria-current={!status ? 'page' : undefined}>
                {t(lang, 'admin.all')} ({count('pending') + count('sent') + count('failed')})
              </a>
            </li>
            {STATUSES.map((s) => (
              <li>
                <a href={`/admin/outbox?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                  {label(lang, s)} ({count(s)})
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {rows.length === 0 ? (
          <p>{t(lang, 'admin.no_messages')}</p>
        ) : (
          <div class="table-scroll">
            <table class="outbox">
              <caption>{t(lang, 'admin.messages_newest_first')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'admin.created')}</th>
                  <th scope="col">{t(lang, 'admin.to')}</th>
                  <th scope="col">{t(lang, 'admin.message')}</th>
                  <th scope="col">Status</th>
                  <th scope="col" class="num">
                    {t(lang, 'admin.attempts')}
                  </th>
                  <th scope="col">{t(lang, 'admin.last_error')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr data-status={r.status}>
                    <td>{when(r.created_at, lang)}</td>
                    <td>{maskAddress(r.to_address)}</td>
                    <td>
                      <details>
                        <summary>{r.subject}</summary>
                        <pre class="mail-body">{r.body_text}</pre>
                        {r.attachments ? (
                          <p>
                            {t(lang, 'admin.pdf_attachments')}: {(JSON.parse(r.attachments) as string[]).length}
                          </p>
                        ) : null}
                      </details>
                    </td>
                    <td>
                      {label(lang, r.status as Status)}
                      {r.status === 'sent' ? (
                        <>
                          <br />
                          <small>{when(r.sent_at, lang)}</small>
                        </>
                      ) : null}
                      {r.status === 'pending' && r.attempts > 0 ? (
                        <>
                          <br />
                          <small>
                            {t(lang, 'admin.next_try')} {when(r.next_attempt_at, lang)}
                          </small>
                        </>
                      ) : null}
                    </td>
                    <td class="num">{r.attempts}</td>
                    <td>
                      {r.last_error ?? '—'}
                      {r.status === 'failed' ? (
                        <form method="post" action={`/admin/outbox/${r.id}/retry`}>
                          <FormToken c={c} />
                          <button type="submit" class="button secondary">
                            {t(lang, 'admin.retry')}
                            <span class="visually-hidden"> — {r.subject}</span>
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          lang={lang}
          label={t(lang, 'admin.outbox_pages')}
          position={position}
          first={prevCursor ? here({}) : null}
          prev={prevCursor ? here({ before: prevCursor }) : null}
          next={nextCursor ? here({ cursor: nextCursor }) : null}
        />
      </Layout>,
    );
  });

  app.post('/:id/retry', async (c) => {
    const ok = await retryFailed(c.get('deps'), c.req.param('id'));
    if (!ok) return c.text(t(c.get('lang'), 'outbox_not_failed'), 409);
    return c.redirect('/admin/outbox?status=pending&retried=1', 303);
  });

  return app;
}
