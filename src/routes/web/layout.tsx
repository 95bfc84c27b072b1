/** @jsxImportSource hono/jsx */
/**
 * The page frame shared by the public site and the officer workspace: skip link, header with the
 * language switch, navigation, main landmark, footer. Server-rendered; works without JavaScript.
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../i18n';
import type { SessionUser } from '../env';
import { switchLangHref, tr } from './lang';

export interface PageProps {
  lang: Lang;
  title: string;
  url: string;
  user?: SessionUser | undefined;
  /** Extra header content, e.g. the officer's notification count. */
  headerExtra?: Child;
  children?: Child;
}

export function Layout({ lang, title, url, user, headerExtra, children }: PageProps) {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const path = new URL(url).pathname;
  const nav = user
    ? [
        ['/petugas', tr(lang, 'Antrean', 'Queue')],
        ...(['ppid_utama', 'ppid_pelaksana'].includes(user.role) ? [['/petugas/permohonan/baru', tr(lang, 'Catat permohonan', 'Enter a request')]] : []),
        ...(user.role === 'admin' ? [['/admin/pengguna', tr(lang, 'Pengguna', 'Users')]] : []),
        ...(user.role === 'admin' ? [['/admin/kalender', tr(lang, 'Kalender kerja', 'Working-day calendars')]] : []),
        ...(['atasan', 'ppid_utama', 'auditor', 'admin'].includes(user.role) ? [['/petugas/atasan', tr(lang, 'Keberatan', 'Objections')]] : []),
        ...(['auditor', 'admin', 'ppid_utama'].includes(user.role) ? [['/auditor', tr(lang, 'Audit dan laporan', 'Audit and reports')]] : []),
        ['/petugas/akun', tr(lang, 'Akun saya', 'My account')],
      ]
    : [
        ['/', tr(lang, 'Beranda', 'Home')],
        ['/ajukan', tr(lang, 'Ajukan permohonan', 'File a request')],
        ['/lacak', tr(lang, 'Lacak', 'Track')],
        ['/tenggat', tr(lang, 'Hitung tenggat', 'Deadline calculator')],
        ['/statistik', tr(lang, 'Statistik', 'Statistics')],
        ['/dip', tr(lang, 'Daftar informasi publik', 'Public information list')],
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
            {tr(lang, 'Lewati ke isi utama', 'Skip to main content')}
          </a>
          <header class="site-header">
            <div class="wrap header-row">
              <a class="brand" href={user ? '/petugas' : '/'}>
                <span class="brand-name">Terbuka</span>
                <span class="brand-sub">{tr(lang, 'Layanan Informasi Publik — PPID', 'Public Information Service — PPID')}</span>
              </a>
              <div class="header-tools">
                {headerExtra}
                <a class="lang-switch" href={switchLangHref(url, other)} hreflang={other} lang={other}>
                  {other === 'en' ? 'English' : 'Bahasa Indonesia'}
                </a>
                {user ? (
                  <form method="post" action="/petugas/keluar" class="inline">
                    <button type="submit" class="link-button">
                      {tr(lang, 'Keluar', 'Log out')} ({user.username})
                    </button>
                  </form>
                ) : null}
              </div>
            </div>
            <nav class="wrap site-nav" aria-label={tr(lang, 'Navigasi utama', 'Main navigation')}>
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
          <main id="main" class="wrap" tabindex={-1}>
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                {tr(
                  lang,
                  'Informasi publik tidak dipungut biaya; hanya biaya penggandaan dan pengiriman yang dapat dikenakan (UU 14/2008).',
                  'Public information is free; only copying and delivery may be charged (Law 14/2008).',
                )}
              </p>
              {user ? null : (
                <p>
                  <a href="/petugas/masuk">{tr(lang, 'Masuk petugas', 'Officer login')}</a>
                </p>
              )}
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
