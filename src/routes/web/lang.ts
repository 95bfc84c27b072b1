/**
 * The page language: `?lang=` (the visible switch, remembered in a cookie), else the cookie,
 * else `Accept-Language` on a first visit; Indonesian by default.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Lang, langFrom } from '../../i18n';
import type { AppEnv } from '../env';

export const LANG_COOKIE = 'terbuka_lang';

/** The language a page is shown in, without remembering anything (error pages use it too). */
export function pageLangOf(c: Context<AppEnv>): Lang {
  const asked = c.req.query('lang');
  if (asked === 'id' || asked === 'en') return asked;
  const remembered = getCookie(c, LANG_COOKIE);
  return remembered === 'id' || remembered === 'en' ? remembered : langFrom(c.req.header('Accept-Language'));
}

export const pageLang: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.query('lang');
  if (asked === 'id' || asked === 'en') {
    setCookie(c, LANG_COOKIE, asked, { path: '/', maxAge: 365 * 86_400, sameSite: 'Lax', httpOnly: true });
  }
  c.set('lang', pageLangOf(c));
  await next();
};

/**
 * Inline bilingual text, kept only for pages written before the catalogue: src/i18n/codemod.ts
 * moves every call into src/i18n/messages/ (docs/pages.md), and a test fails while one is left.
 * @deprecated write `t(lang, 'area.key')` with an entry in the area's catalogue.
 */
export const tr = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en);

/** Same page, other language: keeps the path and query, swaps `lang`. */
export function switchLangHref(url: string, to: Lang): string {
  const u = new URL(url);
  u.searchParams.set('lang', to);
  return `${u.pathname}?${u.searchParams.toString()}`;
}
