/**
 * The transactional outbox: messages are written in the same transaction as the transition that
 * causes them, so a transition is never committed without its e-mails, nor an e-mail without it.
 * The worker (`drainOutbox`, worker.ts) delivers them later, with retries.
 */
import type { Trx } from '../../db/unit-of-work';
import { insertRows } from '../../db/insert-rows';
import { newRowId } from '../../db/row-id';
import type { Lang } from '../i18n';
import { type MailVars, type TemplateName, renderMail } from './templates';

export interface Mail {
  to: string;
  template: TemplateName;
  lang: Lang;
  vars: MailVars;
  caseId: string | null;
  /** Issued documents (ids in `documents`) sent as PDF attachments. */
  attachments?: string[];
}

export async function enqueueMail(trx: Trx, mails: Mail[], now: string): Promise<void> {
  if (mails.length === 0) return;
  await insertRows(
    trx,
    'outbox',
    mails.map((m) => {
      const { subject, text } = renderMail(m.template, m.lang, m.vars);
      return {
        id: newRowId(),
        case_id: m.caseId,
        to_address: m.to,
        template: m.template,
        lang: m.lang,
        subject,
        body_text: text,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        last_error: null,
        created_at: now,
        sent_at: null,
        claimed_until: null,
        attachments: m.attachments && m.attachments.length > 0 ? JSON.stringify(m.attachments) : null,
        provider_id: null,
      };
    }),
  );
}
