/**
 * What each kind of document the service issues is called on a page, in Indonesian and English.
 * Keyed by `DocumentKind`: a kind added there without a label here is a type error, and every page
 * that lists documents (tracking, the officer's case page, the atasan PPID's objection page) reads
 * this one map, so a requester never sees a file name where a document's name belongs.
 */
import type { Lang } from '../i18n';
import type { DocumentKind } from './types';

export const DOCUMENT_LABELS: { readonly [K in DocumentKind]: Readonly<Record<Lang, string>> } = {
  receipt: { id: 'Tanda bukti penerimaan permohonan', en: 'Receipt of the request' },
  written_notice: { id: 'Pemberitahuan tertulis', en: 'Written notice' },
  extension_notice: { id: 'Pemberitahuan perpanjangan waktu', en: 'Notice of extension' },
  denial_decision: { id: 'Surat keputusan penolakan', en: 'Decision to refuse' },
  objection_receipt: { id: 'Tanda terima keberatan', en: 'Receipt of the objection' },
  objection_decision: { id: 'Tanggapan Atasan PPID atas keberatan', en: 'The atasan PPID’s response to the objection' },
};

/** A stored document's kind is a string column; one the service does not issue gets a generic name, never its file name. */
export function documentLabel(kind: string, lang: Lang): string {
  const labels = (DOCUMENT_LABELS as Record<string, Record<Lang, string> | undefined>)[kind];
  return labels?.[lang] ?? (lang === 'id' ? 'Dokumen' : 'Document');
}

/** The language a document is written in, as its link says it. */
export const documentLanguage = (docLang: string) => (docLang === 'en' ? 'English' : 'Bahasa Indonesia');
