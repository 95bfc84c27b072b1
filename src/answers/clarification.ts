/**
 * The requester's answer to a clarification request (jawaban klarifikasi): on the tracking page
 * or through `POST /api/v1/requests/{number}/clarification?code=`, text and optional files. In
 * one transaction the workflow's RECEIVE_CLARIFICATION (sent by the requester: the case returns to
 * its handler, in review; under CLARIFICATION_CLOCK=paused the wait is added back to the deadline),
 * the files sealed at rest with their hashes in the audit trail; the handler is notified from the
 * audit trail (src/notifications/notify.ts). A case not waiting for an answer: 409 with the events
 * the requester may send now.
 */
import type { CaseRow } from '../../db/schema';
import { applyIn } from '../cases/apply-event';
import { eventNotAllowed, invalidField } from '../cases/errors';
import { restoreSnapshot } from '../cases/transition';
import type { Deps } from '../deps';
import type { Actor, RequestEvent } from '../../workflows/request.events';
import { availableEvents } from '../../workflows/request.state';
import { type CaseFileInfo, checkUploads, storeCaseFile } from './case-files';

export const REQUESTER: Actor = { kind: 'requester', id: null, role: 'requester', unit: null };

/** What the requester may send now (RECEIVE_CLARIFICATION while the PPID waits for them), asked of the machine. */
export const requesterEvents = (row: CaseRow, at: string) => availableEvents(restoreSnapshot(row), REQUESTER, at);

export async function answerClarification(
  deps: Deps,
  row: CaseRow,
  input: { message: string; files: Array<{ name: string; bytes: Uint8Array }> },
): Promise<{ status: string; receivedAt: string; files: CaseFileInfo[] }> {
  const at = deps.clock().toISOString();
  const snapshot = restoreSnapshot(row);
  if (!snapshot.can({ type: 'RECEIVE_CLARIFICATION', actor: REQUESTER, at, probe: true } as RequestEvent)) {
    throw eventNotAllowed('RECEIVE_CLARIFICATION', requesterEvents(row, at));
  }
  const message = input.message.trim();
  if (message.length === 0) throw invalidField('message', 'clarification_message');
  if (input.files.length > deps.config.CASE_FILE_MAX_COUNT) throw invalidField('files', 'file_too_many');
  const checked = await checkUploads(deps, input.files, 'files');
  return deps.transact(async (trx) => {
    const updated = await applyIn(trx, deps, row.id, { type: 'RECEIVE_CLARIFICATION', expectedVersion: row.version, payload: { reply: message } }, REQUESTER);
    const files: CaseFileInfo[] = [];
    for (const file of checked) files.push(await storeCaseFile(trx, deps, { caseId: row.id, purpose: 'clarification', file, actor: REQUESTER, at }));
    return { status: updated.state, receivedAt: at, files };
  });
}
