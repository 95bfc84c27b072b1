/** @jsxImportSource hono/jsx */
/** The officer's notifications (`/petugas/notifikasi`): newest first, unread marked, "mark all read". */
import { Hono } from 'hono';
import { formatDate } from '../../../calendar/describe';
import { listNotifications, markRead } from '../../../notifications/inbox';
import { notifyFromAudit } from '../../../notifications/notify';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { formatInstant, frame } from './components';
import { FormToken } from '../kit/form-token';
import { notificationWord } from './labels';
import { t } from '../../../i18n';

export function notificationPages() {
  const app = new Hono<AppEnv>();

  app.get('/notifikasi', async (c) => {
    const deps = c.get('deps');
    const lang = c.get('lang');
    const userId = c.get('actor')!.id!;
    await notifyFromAudit(deps);
    const before = c.req.query('sebelum');
    const page = await listNotifications(deps.db, userId, before ? { before } : {});
    const props = await frame(c, t(lang, 'officer.notifications'));
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout {...props}>
        <h1>{t(lang, 'officer.notifications')}</h1>
        {page.items.some((n) => !n.read) ? (
          <form method="post" action="/petugas/notifikasi/baca">
            <FormToken c={c} />
            <button type="submit" class="secondary">
              {t(lang, 'officer.mark_all_as_read')}
            </button>
          </form>
        ) : null}
        {page.items.length === 0 ? (
          <p>{t(lang, 'officer.no_notifications_yet')}</p>
        ) : (
          <ul class="notifications">
            {page.items.map((n) => (
              <li class={n.read ? 'read' : 'unread'}>
                {n.read ? null : <span class="tag">{t(lang, 'officer.new')}</span>}
                <strong>{notificationWord(n.kind, lang)}</strong>:{' '}
                {n.caseId ? <a href={`/petugas/kasus/${n.caseId}`}>{n.data.registrationNumber}</a> : n.data.registrationNumber}
                {n.data.calendar ? <a href={`/admin/kalender/${encodeURIComponent(n.data.calendar)}`}>{n.data.calendar}</a> : null}
                {n.kind === 'calendar_horizon' && !n.data.calendar ? (
                  <a href="/admin/kalender">{t(lang, 'officer.calendars', { count: n.data.count ?? 0 })}</a>
                ) : null}
                {n.kind === 'calendar_review' ? (
                  <a href="/admin/kalender">{t(lang, 'officer.mission_calendars_year', { count: n.data.count ?? 0, year: n.data.year ?? '' })}</a>
                ) : null}
                {n.data.due ? (
                  <>
                    {' '}
                    — {n.data.calendar ? t(lang, 'officer.known_until') : t(lang, 'officer.due')}
                    {formatDate(n.data.due, lang)}
                  </>
                ) : null}
                {n.data.unit ? <> — {n.data.unit}</> : null}
                <span class="hint">{formatInstant(n.createdAt, lang)}</span>
              </li>
            ))}
          </ul>
        )}
        {page.nextBefore ? (
          <p>
            <a href={`/petugas/notifikasi?sebelum=${encodeURIComponent(page.nextBefore)}`}>{t(lang, 'officer.older')} →</a>
          </p>
        ) : null}
      </Layout>,
    );
  });

  app.post('/notifikasi/baca', async (c) => {
    const deps = c.get('deps');
    await markRead(deps, c.get('actor')!.id!, deps.clock().toISOString());
    return c.redirect('/petugas/notifikasi', 303);
  });

  return app;
}
