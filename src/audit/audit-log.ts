/**
 * The audit trail (jejak audit): append-only and hash-chained. Each event's hash is
 * sha256(previous hash + canonical JSON of the event, RFC 8785), so editing or removing any
 * row breaks the chain from that row on. It is evidence (UU 14/2008 Art. 52–57).
 *
 * Two hash schemes: 1 (events before migration 0011) hashes the data as stored; 2 hashes the data
 * with every free text replaced by a salted commitment (commitments.ts) and says `scheme: 2` in
 * the hashed body, so an export can leave the text out and stay verifiable. Signed checkpoints
 * (checkpoints.ts) make a rewrite of the whole chain detectable too.
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { createHash } from 'node:crypto';
import { insertRows } from '../../db/insert-rows';
import { preparedQuery } from '../../db/prepared';
import { newRowId } from '../../db/row-id';
import { isPostgres } from '../../db/dialect';
import canonicalize from 'canonicalize';
import { committedData, newCommitSalt } from './commitments';
import { type CheckpointFailure, checkCheckpoint, checkpointsToVerify, type Verifiers } from './checkpoint-signature';
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

/**
 * The body an event's hash is over, without the previous hash: canonical JSON of every field but
 * the hash itself; in scheme 2 with `scheme: 2` and the data's free text committed.
 */
export function hashedBody(row: Chained & { hash?: string }): string {
  const { prev_hash: _p, data, hash: _ignored, hash_scheme, commit_salt, ...fields } = row;
  const parsed: unknown = JSON.parse(data);
  if (hash_scheme === 2) return canonicalize({ ...fields, scheme: 2, data: committedData(parsed, commit_salt ?? '') })!;
  return canonicalize({ ...fields, data: parsed })!;
}

/** sha256(prev_hash + hashedBody). */
export function hashEvent(row: Chained & { hash?: string }): string {
  return createHash('sha256')
    .update(row.prev_hash + hashedBody(row))
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
 * On SQLite the UPDATE rides the single writer; on PostgreSQL the head row is read FOR UPDATE
 * first, and its lock, held until the commit, makes the appends of all processes one chain in
 * commit order. Appends never fork the chain; in the usual case an append is two statements
 * (three on PostgreSQL).
 */
export async function appendAudit(trx: Trx, input: AuditInput): Promise<AuditRow> {
  return (await appendAuditEvents(trx, [input]))[0]!;
}

/**
 * Appends several events of one step in order, with one move of the head (and on PostgreSQL one
 * lock of it) and one INSERT for all of them.
 */
export async function appendAuditEvents(trx: Trx, inputs: AuditInput[]): Promise<AuditRow[]> {
  const key = trx.getExecutor().adapter;
  const prepared = inputs.map((input) => ({ input, id: newRowId(), data: JSON.stringify(input.data), salt: newCommitSalt() }));
  const chainTo = (head: { seq: number; hash: string }): AuditRow[] => {
    let prev = head;
    return prepared.map(({ input, id, data, salt }) => {
      const row: Chained = {
        seq: prev.seq + 1,
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
        prev_hash: prev.hash,
        hash_scheme: 2,
        commit_salt: salt,
      };
      const event = { ...row, hash: hashEvent(row) };
      prev = event;
      return event;
    });
  };
  const moveHead = async (from: { seq: number; hash: string }, to: AuditRow) =>
    (await moveHeadFrom(trx, { seq: to.seq, hash: to.hash, fromSeq: from.seq, fromHash: from.hash })).numAffectedRows === 1;
  // PostgreSQL: several processes append, so the hint is usually stale; lock the head row first
  // (held to the commit), which orders the appends, and move it from what the lock shows.
  const locking = isPostgres(trx);
  let head = locking ? await readHeadForUpdate(trx) : (knownHeads.get(key) ?? (await readHead(trx)));
  let events = chainTo(head);
  if (!(await moveHead(head, events.at(-1)!))) {
    head = await readHead(trx);
    events = chainTo(head);
    if (!(await moveHead(head, events.at(-1)!))) throw new Error('the audit head moved while this transaction held the write lock');
  }
  const last = events.at(-1)!;
  knownHeads.set(key, { seq: last.seq, hash: last.hash });
  await insertRows(trx, 'audit_events', events);
  return events;
}

const moveHeadFrom = preparedQuery((db: Kysely<Database>, p: { seq: number; hash: string; fromSeq: number; fromHash: string }) =>
  db.updateTable('audit_head').set({ seq: p.seq, hash: p.hash }).where('id', '=', 1).where('seq', '=', p.fromSeq).where('hash', '=', p.fromHash),
);
const selectHead = preparedQuery((db: Kysely<Database>, _: Record<string, never>) => db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1));
const selectHeadForUpdate = preparedQuery((db: Kysely<Database>, _: Record<string, never>) =>
  db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate(),
);
const readHeadForUpdate = async (trx: Trx) => {
  const [head] = (await selectHeadForUpdate(trx, {})).rows;
  if (!head) throw new Error('the audit head row is missing');
  return head;
};
const readHead = async (db: Reader) => {
  const [head] = (await selectHead(db, {})).rows;
  if (!head) throw new Error('the audit head row is missing');
  return head;
};

export type BreakReason =
  | 'hash_mismatch'
  | 'missing_event'
  | 'chain_mismatch'
  | 'head_mismatch'
  /** A signed checkpoint names another hash for its event: the chain was rewritten after the last good checkpoint. */
  | 'checkpoint_mismatch'
  /** A stored checkpoint's signature does not verify, or its key is not one of ours. */
  | 'checkpoint_signature';

export type VerifyResult =
  | { ok: true; events: number; head: string; checkpoints?: { verified: number; last: { seq: number; at: string } | null } }
  | {
      ok: false;
      events: number;
      brokenAt: { seq: number; reason: BreakReason; checkpoint?: { seq: number; at: string; head: string } };
    };

type Broken = Extract<VerifyResult, { ok: false }>['brokenAt'];

/**
 * Walks the events after `fromSeq` up to `toSeq` in pages, from `prevHash` (the hash of event
 * `fromSeq`), calling `visit` with each intact event; stops at the first broken link, or when
 * `visit` returns one.
 */
export async function walkChain(
  db: Reader,
  from: { seq: number; hash: string },
  toSeq: number,
  visit: (row: AuditRow) => Broken | undefined = () => undefined,
  pageSize = 5000,
): Promise<{ ok: true; events: number; head: string } | { ok: false; events: number; brokenAt: Broken }> {
  let prevHash = from.hash;
  let expectedSeq = from.seq + 1;
  let events = 0;
  while (expectedSeq <= toSeq) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .where('seq', '<=', toSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    // Nothing left before the head: the chain was cut short at its end.
    if (rows.length === 0) return { ok: false, events, brokenAt: { seq: expectedSeq, reason: 'head_mismatch' } };
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, events, brokenAt: { seq: expectedSeq, reason: 'missing_event' } };
      if (row.prev_hash !== prevHash) return { ok: false, events, brokenAt: { seq: row.seq, reason: 'chain_mismatch' } };
      if (hashEvent(row) !== row.hash) return { ok: false, events, brokenAt: { seq: row.seq, reason: 'hash_mismatch' } };
      const broken = visit(row);
      if (broken) return { ok: false, events, brokenAt: broken };
      prevHash = row.hash;
      expectedSeq += 1;
      events += 1;
    }
  }
  return { ok: true, events, head: prevHash };
}

/**
 * Walks the whole chain in sequence, in pages, and names the first broken link.
 *
 * It verifies the chain up to the head as it was when the walk began, so appends that commit
 * while it runs (the service keeps filing) are not mistaken for tampering: an append writes its
 * event and moves the head in one transaction, so every event up to a committed head is there and
 * immutable, and later ones have higher numbers. That holds on every backend without a read
 * transaction spanning the pages. At the end, an event past the head as it is *then* is one no
 * append wrote: tampering.
 *
 * Given the audit signing keys, it also checks every stored checkpoint (checkpoints.ts): its
 * signature, and that its event still has the hash it signed. A chain rewritten after an edit
 * (every later hash and the head recomputed) passes the hash walk but not a checkpoint signed
 * before the rewrite: the first event past the last checkpoint that still matches is named.
 */
export async function verifyAudit(db: Reader, pageSize = 5000, keys?: Verifiers): Promise<VerifyResult> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const checkpoints = keys ? await checkpointsToVerify(db, head.seq) : [];
  let next = 0;
  let lastGood: { seq: number; at: string } | null = null;
  let verified = 0;
  const failure = (f: CheckpointFailure): Broken =>
    f.reason === 'checkpoint_signature'
      ? { seq: f.checkpoint.seq, reason: f.reason, checkpoint: f.checkpoint }
      : { seq: (lastGood?.seq ?? 0) + 1, reason: f.reason, checkpoint: f.checkpoint };
  const walk = await walkChain(
    db,
    { seq: 0, hash: GENESIS_HASH },
    head.seq,
    (row) => {
      while (next < checkpoints.length && checkpoints[next]!.seq === row.seq) {
        const cp = checkpoints[next]!;
        const problem = checkCheckpoint(cp, row.hash, keys!);
        if (problem) return failure(problem);
        lastGood = { seq: cp.seq, at: cp.at };
        verified += 1;
        next += 1;
      }
      return undefined;
    },
    pageSize,
  );
  if (!walk.ok) return walk;
  if (head.hash !== walk.head) return { ok: false, events: walk.events, brokenAt: { seq: head.seq, reason: 'head_mismatch' } };
  const last = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const headNow = await db.selectFrom('audit_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(last?.seq ?? 0) > headNow.seq) return { ok: false, events: walk.events, brokenAt: { seq: headNow.seq + 1, reason: 'head_mismatch' } };
  if (keys) {
    // A signed checkpoint past the head: events it covered are gone (the chain was cut back).
    const beyond = await db.selectFrom('audit_checkpoints').select(['seq', 'at', 'head']).where('seq', '>', headNow.seq).orderBy('seq').executeTakeFirst();
    if (beyond) return { ok: false, events: walk.events, brokenAt: failure({ reason: 'checkpoint_mismatch', checkpoint: beyond }) };
  }
  return { ok: true, events: walk.events, head: walk.head, ...(keys ? { checkpoints: { verified, last: lastGood } } : {}) };
}
