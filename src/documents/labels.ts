/**
 * What each kind of document the service issues is called on a page, in Indonesian and English
 * (texts in the catalogue: src/i18n/messages/labels.ts).
 * Keyed by `DocumentKind`: a kind added there without a label here is a type error, and every page
 * that lists documents (tracking, the officer's case page, the atasan PPID's objection page) reads
 * this one map, so a requester never sees a file name where a document's name belongs.
 */
import { type Lang, type MessageKey, t } from '../i18n';
import type { DocumentKind } from './types';

export const DOCUMENT_LABELS: { readonly [K in DocumentKind]: MessageKey } = {
  receipt: 'labels.document_receipt',
  written_notice: 'labels.document_written_notice',
  extension_notice: 'labels.document_extension_notice',
  denial_decision: 'labels.document_denial_decision',
  objection_receipt: 'labels.document_objection_receipt',
  objection_decision: 'labels.document_objection_decision',
};

/** A stored document's kind is a string column; one the service does not issue gets a generic name, never its file name. */
export function documentLabel(kind: string, lang: Lang): string {
  const key = (DOCUMENT_LABELS as Record<string, MessageKey | undefined>)[kind];
  return t(lang, key ?? 'labels.document_other');
}

/** The language a document is written in, as its link says it. */
export const documentLanguage = (docLang: string) => (docLang === 'en' ? 'English' : 'Bahasa Indonesia');
