/** @jsxImportSource hono/jsx */
/**
 * Pieces only the officer pages use: the page frame (with the notification count), the
 * working-days-left badge (colour and words) and instants in words. Form fields, the form token
 * and notices are the kit's (../kit/).
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { currentUser } from '../../../auth/middleware';
import type { Lang } from '../../../i18n';
import { unreadCount } from '../../../notifications/inbox';
import { notifyFromAudit } from '../../../notifications/notify';
import type { AppEnv } from '../../env';
import { t } from '../../../i18n';

/**
 * The Layout's props for an officer page, with the unread notification count in the header.
 * `url` is the address the page stands for (after a form post: the page it came from).
 */
export async function frame(c: Context<AppEnv>, title: string, url = c.req.url) {
  const lang = c.get('lang');
  const user = currentUser(c);
  let headerExtra: Child = null;
  if (user && !user.mustChangePassword) {
    const deps = c.get('deps');
    await notifyFromAudit(deps);
    const unread = await unreadCount(deps.db, user.id);
    const shown = unread >= 100 ? '99+' : String(unread);
    headerExtra = (
      <a href="/petugas/notifikasi" class="notification-link">
        {t(lang, 'officer.notifications')} <span class={`badge${unread > 0 ? ' badge-alert' : ''}`}>{shown}</span>
        <span class="visually-hidden">{t(lang, 'officer.unread')}</span>
      </a>
    );
  }
  return { lang, title, url, user, headerExtra };
}

/** Working days left, in colour and in words (the colour is never the only signal). */
export function DaysLeft({ lang, days }: { lang: Lang; days: number | null }) {
  if (days === null) return <span class="days-left">{t(lang, 'officer.unknown')}</span>;
  const tone = days < 0 ? 'bad' : days <= 3 ? 'warn' : 'ok';
  const text =
    days < 0
      ? t(lang, 'officer.working_days_overdue', { count: -days })
      : days === 0
        ? t(lang, 'officer.due_today')
        : t(lang, 'officer.working_days_left', { count: days });
  return <span class={`days-left ${tone}`}>{text}</span>;
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** An instant as a local date and time in words, in a time zone: "23 November 2026 10.00 (Asia/Jakarta)". */
export function formatInstant(iso: string, lang: Lang, timeZone = 'Asia/Jakarta'): string {
  const text = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
  return timeZone === 'Asia/Jakarta' ? `${text} WIB` : `${text} (${timeZone})`;
}
