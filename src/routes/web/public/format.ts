/** Instants and numbers in the page's locale: '23 November 2026 pukul 10.00 WIB', '1.234'. */
import type { Lang } from '../../../i18n';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** An instant as a local date and time in the given zone, with the zone's short name. */
export function formatInstant(iso: string, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso)) + ` ${zoneName(iso, timeZone, lang)}`;
}

const INDONESIAN_ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

function zoneName(iso: string, timeZone: string, lang: Lang): string {
  if (INDONESIAN_ZONES[timeZone]) return INDONESIAN_ZONES[timeZone]!;
  const part = new Intl.DateTimeFormat(locale(lang), { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export const formatNumber = (n: number, lang: Lang) => new Intl.NumberFormat(locale(lang)).format(n);

export function formatPercent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '—';
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
}
