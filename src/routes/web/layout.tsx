/** @jsxImportSource hono/jsx */
/**
 * The page frame shared by the public site and the officer workspace: skip link, header with the
 * language switch, navigation, main landmark, footer. Server-rendered; works without JavaScript.
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../i18n';
import type { SessionUser } from '../env';
import { switchLangHref } from './lang';
import { SiteContact } from './site-contact';
import { t } from '../../i18n';

export interface PageProps {
  lang: Lang;
  title: string;
  url: string;
  user?: SessionUser | undefined;
  /** Extra header content, e.g. the officer's notification count. */
  headerExtra?: Child;
  /** The whole viewport's width for main (a wide table); the page puts its text in `.wide-column`. */
  wide?: boolean;
  children?: Child;
}

export function Layout({ lang, title, url, user, headerExtra, wide, children }: PageProps) {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const path = new URL(url).pathname;
  const nav = user
    ? [
        ['/petugas', t(lang, 'common.queue')],
        ...(['ppid_utama', 'ppid_pelaksana'].includes(user.role) ? [['/petugas/permohonan/baru', t(lang, 'common.enter_request')]] : []),
        ...(user.role === 'admin' ? [['/admin/pengguna', t(lang, 'common.users')]] : []),
        ...(user.role === 'admin' ? [['/admin/kalender', t(lang, 'common.working_day_calendars')]] : []),
        ...(user.role === 'admin' ? [['/admin/kontak', t(lang, 'contact.page_title')]] : []),
        ...(user.role === 'admin' ? [['/admin/unit', t(lang, 'unit-admin.units_and_missions')]] : []),
        ...(['atasan', 'ppid_utama', 'auditor', 'admin'].includes(user.role) ? [['/petugas/atasan', t(lang, 'common.objections')]] : []),
        ...(['auditor', 'admin', 'ppid_utama'].includes(user.role) ? [['/auditor', t(lang, 'common.audit_and_reports')]] : []),
        ...(user.role === 'ppid_utama' ? [['/petugas/dip', 'DIP / DIK']] : []),
        ['/petugas/akun', t(lang, 'common.my_account')],
      ]
    : [
        ['/', t(lang, 'common.home')],
        ['/ajukan', t(lang, 'common.file_request')],
        ['/lacak', t(lang, 'common.track')],
        ['/tenggat', t(lang, 'common.deadline_calculator')],
        ['/statistik', t(lang, 'common.statistics')],
        ['/dip', t(lang, 'common.public_information_list')],
      ];
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — Terbuka PPID`}</title>
          <link rel="stylesheet" href="/public/styles.css" />
          <link rel="icon" href="/public/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t(lang, 'common.skip_to_main_content')}
          </a>
          <header class="site-header">
            <div class="wrap header-row">
              <a class="brand" href={user ? '/petugas' : '/'}>
                <span class="brand-name">Terbuka</span>
                <span class="brand-sub">{t(lang, 'common.public_information_service_ppid')}</span>
              </a>
              <div class="header-tools">
                {headerExtra}
                <a class="lang-switch" href={switchLangHref(url, other)} hreflang={other} lang={other}>
                  {other === 'en' ? 'English' : 'Bahasa Indonesia'}
                </a>
                {user ? (
                  <form method="post" action="/petugas/keluar" class="inline">
                    <button type="submit" class="link-button">
                      {t(lang, 'common.log_out')} ({user.username})
                    </button>
                  </form>
                ) : null}
              </div>
            </div>
            <nav class="wrap site-nav" aria-label={t(lang, 'common.main_navigation')}>
              <ul>
                {nav.map(([href, label]) => (
                  <li>
                    <a href={href} aria-current={path === href ? 'page' : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="main" class={wide ? 'wrap wide' : 'wrap'} tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <SiteContact lang={lang} />
              <p>{t(lang, 'common.public_information_is_free_only_copying')}</p>
              {user ? null : (
                <p>
                  <a href="/petugas/masuk">{t(lang, 'common.officer_login')}</a>
                </p>
              )}
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
