/**
 * Requests that reach an officer rather than the web form (UU 14/2008 Art. 22(1), (3)): walk-in,
 * letter, phone and e-mail. The officer enters them with the channel and the real receipt time,
 * which is what the statutory clock counts from — never a time in the future.
 */
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { Actor } from '../../workflows/request.events';
import { invalidField } from './errors';
import { fileRequest } from './file-request';
import type { officerFilingSchema } from './filing.schema';
import type { z } from 'zod';

export type OfficerFiling = z.infer<typeof officerFilingSchema>;

export async function fileForOfficer(deps: Deps, actor: Actor, filing: OfficerFiling, lang: Lang, idempotencyKey?: string) {
  const receivedAt = new Date(filing.receivedAt);
  if (receivedAt.getTime() > deps.clock().getTime()) throw invalidField('receivedAt', 'received_in_future');
  return fileRequest(
    deps,
    { ...filing, unit: filing.unit ?? actor.unit ?? 'PPID' },
    {
      channel: filing.channel,
      receivedAt,
      enteredBy: actor,
      lang,
      ...(idempotencyKey ? { idempotency: { scope: `officer-filing:${actor.id}`, key: idempotencyKey, body: filing } } : {}),
    },
  );
}
