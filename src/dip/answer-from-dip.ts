/**
 * Answering a request for information already published in the DIP by pointing to it: the PPID
 * Utama decides the request `granted` with a note that names the DIP entry and where to find it,
 * in the requester's language, through the request's own workflow (DECIDE).
 */
import type { CaseRow } from '../../db/schema';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { applyEvent } from '../cases/apply-event';
import { findCaseInScope } from '../cases/case.repository';
import { invalidField } from '../cases/errors';
import type { Actor } from '../../workflows/request.events';
import { CATEGORY_LABELS, findDipEntry } from './dip';
import { publicBaseUrl } from '../config';

export async function answerFromDip(deps: Deps, entryId: string, caseId: string, expectedVersion: number, actor: Actor): Promise<CaseRow> {
  const entry = await findDipEntry(deps.db, entryId);
  if (!entry.published) throw invalidField('entryId', 'not_found');
  const caseRow = await findCaseInScope(deps.db, caseId, actor);
  const lang = caseRow.lang as Lang;
  const category = CATEGORY_LABELS[entry.category as keyof typeof CATEGORY_LABELS]?.[lang] ?? entry.category;
  const where = entry.url ?? `${publicBaseUrl(deps.config)}/dip?q=${encodeURIComponent(entry.title)}`;
  const note =
    lang === 'id'
      ? `Informasi yang Anda minta telah diumumkan dalam Daftar Informasi Publik (${category}): "${entry.title}". Anda dapat memperolehnya di ${where}.`
      : `The information you asked for is already published in the List of Public Information (${category}): "${entry.title}". You can find it at ${where}.`;
  return applyEvent(deps, caseRow.id, { type: 'DECIDE', expectedVersion, payload: { outcome: 'granted', note } }, actor);
}
