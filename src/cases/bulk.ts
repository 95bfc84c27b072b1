/**
 * Bulk actions from the queue: assign several cases to units and missions, or extend several
 * notice deadlines with one reason. Each case still goes through its own workflow, in its own
 * transaction, with the version the officer saw: one case refusing (a race, a state that does not
 * accept the event, an extension already used) does not stop the others, and each answer says why.
 */
import { z } from 'zod';
import type { Deps } from '../deps';
import { type Lang, t } from '../i18n';
import type { Actor } from '../../workflows/request.events';
import { applyEvent, parseCommand } from './apply-event';
import { DomainError } from './errors';

export const BULK_MAX = 100;
export const BULK_EVENTS = ['ASSIGN', 'EXTEND'] as const;

export const bulkSchema = z.object({
  type: z.enum(BULK_EVENTS),
  items: z
    .array(z.object({ id: z.string().min(1).max(64), expectedVersion: z.number().int().min(1) }))
    .min(1)
    .max(BULK_MAX),
  units: z.array(z.string().trim().min(1).max(64)).min(1).max(20).optional(),
  reason: z.string().trim().max(2000).optional(),
});
export type BulkInput = z.infer<typeof bulkSchema>;

export type BulkResult =
  | { id: string; ok: true; registrationNumber: string; status: string; version: number }
  | { id: string; ok: false; code: string; message: string; allowed?: string[] };

/** Validates the shared payload once (a 400 names its fields), then sends it to every case. */
export async function applyBulk(deps: Deps, actor: Actor, input: BulkInput, lang: Lang) {
  const payload = input.type === 'ASSIGN' ? { units: input.units } : { reason: input.reason };
  const parsed = parseCommand({ type: input.type, expectedVersion: 1, ...payload });
  if (!parsed.ok) return { ok: false as const, parsed };
  const results: BulkResult[] = [];
  for (const item of input.items) {
    try {
      const row = await applyEvent(deps, item.id, { ...parsed.command, expectedVersion: item.expectedVersion }, actor);
      results.push({ id: item.id, ok: true, registrationNumber: row.registration_number, status: row.state, version: row.version });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const fields = Object.entries(e.fields).map(([, key]) => t(lang, key, e.params));
      results.push({
        id: item.id,
        ok: false,
        code: e.code,
        message: [t(lang, e.messageKey, e.params), ...fields].join(' '),
        ...(Array.isArray(e.extra.allowed) ? { allowed: e.extra.allowed as string[] } : {}),
      });
    }
  }
  return { ok: true as const, results };
}
