/**
 * The page language: `?lang=` (the visible switch, remembered in a cookie), else the cookie,
 * else `Accept-Language` on a first visit; Indonesian by default.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type Lang, langFrom } from '../../i18n';
import type { AppEnv } from '../env';

export const LANG_COOKIE = 'terbuka_lang';

export const pageLang: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.query('lang');
  let lang: Lang;
  if (asked === 'id' || asked === 'en') {
    lang = asked;
    setCookie(c, LANG_COOKIE, lang, { path: '/', maxAge: 365 * 86_400, sameSite: 'Lax', httpOnly: true });
  } else {
    const remembered = getCookie(c, LANG_COOKIE);
    lang = remembered === 'id' || remembered === 'en' ? remembered : langFrom(c.req.header('Accept-Language'));
  }
  c.set('lang', lang);
  await next();
};

/** Inline bilingual text: `tr(lang, 'Ajukan', 'File')`. */
export const tr = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en);

/** Same page, other language: keeps the path and query, swaps `lang`. */
export function switchLangHref(url: string, to: Lang): string {
  const u = new URL(url);
  u.searchParams.set('lang', to);
  return `${u.pathname}?${u.searchParams.toString()}`;
}
