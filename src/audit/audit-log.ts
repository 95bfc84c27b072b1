/**
 * The audit trail (jejak audit): append-only and hash-chained. Each event's hash is
 * sha256(previous hash + canonical JSON of the event, RFC 8785), so editing or removing any
 * row breaks the chain from that row on. It is evidence (UU 14/2008 Art. 52–57).
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { createHash } from 'node:crypto';
import { insertRows } from '../../db/insert-rows';
import { preparedQuery } from '../../db/prepared';
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
  return createHash('sha256')
    .update(prev_hash + body)
    .digest('hex');
}

/**
 * The head (last sequence number and hash) as this process last wrote or read it, per database.
 * A hint only: every append checks it against the stored head in the same UPDATE that moves it.
 */
const knownHeads = new WeakMap<object, { seq: number; hash: string }>();

/**
 * Appends one event inside the caller's transaction. The head row moves from the head the event
 * was chained to, or not at all (`WHERE seq = ? AND hash = ?`): a head moved by another process,
 * or left ahead by a transaction that rolled back, is read again and the event chained anew.
 * The UPDATE takes the row's lock (PostgreSQL) or rides SQLite's single writer, so appends never
 * fork the chain; in the usual case an append is two statements.
 */
export async function appendAudit(trx: Trx, input: AuditInput): Promise<AuditRow> {
  const key = trx.getExecutor().adapter;
  const chainTo = (head: { seq: number; hash: string }): AuditRow => {
    const row: Chained = {
      seq: head.seq + 1,
      id,
      case_id: input.caseId,
      actor_kind: input.actor.kind,
      actor_id: input.actor.id,
      actor_role: input.actor.role,
      event: input.event,
      from_state: input.fromState,
      to_state: input.toState,
      data,
      at: input.at,
      prev_hash: head.hash,
    };
    return { ...row, hash: hashEvent(row) };
  };
  const moveHead = async (from: { seq: number; hash: string }, to: AuditRow) =>
    (await moveHeadFrom(trx, { seq: to.seq, hash: to.hash, fromSeq: from.seq, fromHash: from.hash })).numAffectedRows === 1;
  const id = newRowId();
  const data = JSON.stringify(input.data);
  let head = knownHeads.get(key) ?? (await readHead(trx));
  let event = chainTo(head);
  if (!(await moveHead(head, event))) {
    head = await readHead(trx);
    event = chainTo(head);
    if (!(await moveHead(head, event))) throw new Error('the audit head moved while this transaction held the write lock');
  }
  knownHeads.set(key, { seq: event.seq, hash: event.hash });
  await insertRows(trx, 'audit_events', [event]);
  return event;
}

const moveHeadFrom = preparedQuery((db: Kysely<Database>, p: { seq: number; hash: string; fromSeq: number; fromHash: string }) =>
  db.updateTable('audit_head').set({ seq: p.seq, hash: p.hash }).where('id', '=', 1).where('seq', '=', p.fromSeq).where('hash', '=', p.fromHash),
);
const selectHead = preparedQuery((db: Kysely<Database>, _: Record<string, never>) => db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1));
const readHead = async (db: Reader) => {
  const [head] = (await selectHead(db, {})).rows;
  if (!head) throw new Error('the audit head row is missing');
  return head;
};

export type VerifyResult =
  | { ok: true; events: number; head: string }
  | { ok: false; events: number; brokenAt: { seq: number; reason: 'hash_mismatch' | 'missing_event' | 'chain_mismatch' | 'head_mismatch' } };

/**
 * Walks the whole chain in sequence, in pages, and names the first broken link.
 *
 * It verifies the chain up to the head as it was when the walk began, so appends that commit
 * while it runs (the service keeps filing) are not mistaken for tampering: an append writes its
 * event and moves the head in one transaction, so every event up to a committed head is there and
 * immutable, and later ones have higher numbers. That holds on every backend without a read
 * transaction spanning the pages. At the end, an event past the head as it is *then* is one no
 * append wrote: tampering.
 */
export async function verifyAudit(db: Reader, pageSize = 5000): Promise<VerifyResult> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  while (expectedSeq <= head.seq) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .where('seq', '<=', head.seq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    // Nothing left before the head: the chain was cut short at its end.
    if (rows.length === 0) return { ok: false, events, brokenAt: { seq: expectedSeq, reason: 'head_mismatch' } };
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, events, brokenAt: { seq: expectedSeq, reason: 'missing_event' } };
      if (row.prev_hash !== prevHash) return { ok: false, events, brokenAt: { seq: row.seq, reason: 'chain_mismatch' } };
      if (hashEvent(row) !== row.hash) return { ok: false, events, brokenAt: { seq: row.seq, reason: 'hash_mismatch' } };
      prevHash = row.hash;
      expectedSeq += 1;
      events += 1;
    }
  }
  if (head.hash !== prevHash) return { ok: false, events, brokenAt: { seq: head.seq, reason: 'head_mismatch' } };
  const last = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const headNow = await db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(last?.seq ?? 0) > headNow.seq) return { ok: false, events, brokenAt: { seq: headNow.seq + 1, reason: 'head_mismatch' } };
  return { ok: true, events, head: prevHash };
}
