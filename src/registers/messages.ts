/** The registers' own refusals, in Indonesian and English (the shared catalogue has the rest). */
import type { Lang } from '../i18n';

export const registerMessages = {
  period_inverted: {
    id: 'Tanggal akhir periode tidak boleh sebelum tanggal awal.',
    en: 'The end of the period cannot be before its start.',
  },
  invalid_cursor: { id: 'Penanda halaman tidak valid; mulai lagi dari halaman pertama.', en: 'Invalid page cursor; start again from the first page.' },
  pdf_too_large: {
    id: 'Register untuk periode ini berisi lebih dari {max} baris, terlalu banyak untuk satu PDF. Persempit periode atau unduh CSV: {csv}',
    en: 'The register of this period has more than {max} rows, too many for one PDF. Narrow the period or download the CSV: {csv}',
  },
} as const;

export type RegisterMessage = keyof typeof registerMessages;

export const registerMessage = (lang: Lang, key: RegisterMessage, params: Record<string, string | number> = {}) =>
  registerMessages[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
