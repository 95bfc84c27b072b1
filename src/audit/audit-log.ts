/**
 * The audit trail (jejak audit): append-only and hash-chained. Each event's hash is
 * sha256(previous hash + canonical JSON of the event, RFC 8785), so editing or removing any
 * row breaks the chain from that row on. It is evidence (UU 14/2008 Art. 52–57).
 */
import { createHash } from 'node:crypto';
import { insertRows } from '../../db/insert-rows';
import { newRowId } from '../../db/row-id';
import canonicalize from 'canonicalize';
import type { Kysely } from 'kysely';
import type { AuditRow, Database } from '../../db/schema';
import type { Actor } from '../../workflows/request.events';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  caseId: string | null;
  actor: Actor;
  event: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
  at: string;
}

type Chained = Omit<AuditRow, 'hash'>;

/** sha256(prev_hash + canonical JSON of every other field but the hash itself). */
export function hashEvent(row: Chained & { hash?: string }): string {
  const { prev_hash, data, hash: _ignored, ...fields } = row;
  const body = canonicalize({ ...fields, data: JSON.parse(data) });
  return createHash('sha256').update(prev_hash + body).digest('hex');
}

/**
 * Appends one event inside the caller's transaction. Bumping the head row first takes its lock
 * (PostgreSQL) or rides SQLite's single writer, so appends never fork the chain.
 */
export async function appendAudit(trx: Kysely<Database>, input: AuditInput): Promise<AuditRow> {
  const head = await trx.updateTable('audit_head').set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1).returning(['seq', 'hash']).executeTakeFirstOrThrow();
  const row: Chained = {
    seq: head.seq,
    id: newRowId(),
    case_id: input.caseId,
    actor_kind: input.actor.kind,
    actor_id: input.actor.id,
    actor_role: input.actor.role,
    event: input.event,
    from_state: input.fromState,
    to_state: input.toState,
    data: JSON.stringify(input.data),
    at: input.at,
    prev_hash: head.hash,
  };
  const full: AuditRow = { ...row, hash: hashEvent(row) };
  await insertRows(trx, 'audit_events', [full]);
  await trx.updateTable('audit_head').set({ hash: full.hash }).where('id', '=', 1).execute();
  return full;
}

export type VerifyResult =
  | { ok: true; events: number; head: string }
  | { ok: false; events: number; brokenAt: { seq: number; reason: 'hash_mismatch' | 'missing_event' | 'chain_mismatch' | 'head_mismatch' } };

/** Walks the whole chain in sequence, in pages, and names the first broken link. */
export async function verifyAudit(db: Kysely<Database>, pageSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('seq', '>=', expectedSeq)
      .orderBy('seq').limit(pageSize).execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, events, brokenAt: { seq: expectedSeq, reason: 'missing_event' } };
      if (row.prev_hash !== prevHash) return { ok: false, events, brokenAt: { seq: row.seq, reason: 'chain_mismatch' } };
      if (hashEvent(row) !== row.hash) return { ok: false, events, brokenAt: { seq: row.seq, reason: 'hash_mismatch' } };
      prevHash = row.hash;
      expectedSeq += 1;
      events += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  if (head.seq !== events || head.hash !== prevHash) {
    return { ok: false, events, brokenAt: { seq: Math.min(head.seq, events + 1), reason: 'head_mismatch' } };
  }
  return { ok: true, events, head: prevHash };
}
