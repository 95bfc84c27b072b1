/**
 * What a checkpoint signs and how it is checked. The message is plain text, so that any Ed25519
 * tool can check it (the bundle's verify.mjs builds the same string):
 *
 *   terbuka-audit-checkpoint/1
 *   seq=<sequence number of the last event covered>
 *   head=<that event's hash>
 *   at=<ISO instant of signing>
 */
import type { Reader } from '../../db/unit-of-work';
import { type AuditPublicKey, verifySignature } from './signing-key';

export interface Checkpoint {
  seq: number;
  head: string;
  at: string;
  keyId: string;
  signature: string;
}

/** Keys that may have signed stored checkpoints, by key id. */
export type Verifiers = Map<string, Pick<AuditPublicKey, 'key'>>;

export const checkpointMessage = (c: { seq: number; head: string; at: string }) => `terbuka-audit-checkpoint/1\nseq=${c.seq}\nhead=${c.head}\nat=${c.at}\n`;

export interface CheckpointFailure {
  reason: 'checkpoint_mismatch' | 'checkpoint_signature';
  checkpoint: { seq: number; at: string; head: string };
}

/** Whether a stored checkpoint is signed by one of our keys and matches the hash its event has now. */
export function checkCheckpoint(cp: Checkpoint, eventHash: string, keys: Verifiers): CheckpointFailure | undefined {
  const key = keys.get(cp.keyId);
  const where = { seq: cp.seq, at: cp.at, head: cp.head };
  if (!key || !verifySignature(key.key, checkpointMessage(cp), cp.signature)) return { reason: 'checkpoint_signature', checkpoint: where };
  if (cp.head !== eventHash) return { reason: 'checkpoint_mismatch', checkpoint: where };
  return undefined;
}

const rowToCheckpoint = (r: { seq: number; head: string; at: string; key_id: string; signature: string }): Checkpoint => ({
  seq: Number(r.seq),
  head: r.head,
  at: r.at,
  keyId: r.key_id,
  signature: r.signature,
});

/** Stored checkpoints up to a sequence number, in chain order. */
export async function checkpointsToVerify(db: Reader, uptoSeq: number, fromSeq = 1): Promise<Checkpoint[]> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .select(['seq', 'head', 'at', 'key_id', 'signature'])
    .where('seq', '>=', fromSeq)
    .where('seq', '<=', uptoSeq)
    .orderBy('seq')
    .orderBy('at')
    .execute();
  return rows.map(rowToCheckpoint);
}

export async function latestCheckpoint(db: Reader): Promise<Checkpoint | null> {
  const row = await db
    .selectFrom('audit_checkpoints')
    .select(['seq', 'head', 'at', 'key_id', 'signature'])
    .orderBy('seq', 'desc')
    .orderBy('at', 'desc')
    .executeTakeFirst();
  return row ? rowToCheckpoint(row) : null;
}

/** A page of checkpoints, newest first (the auditor's checkpoint page). */
export async function listCheckpoints(
  db: Reader,
  options: { limit: number; offset: number },
): Promise<{ items: Array<Checkpoint & { reason: string }>; total: number }> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .select(['seq', 'head', 'at', 'key_id', 'signature', 'reason'])
    .orderBy('seq', 'desc')
    .orderBy('at', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const total = await db
    .selectFrom('audit_checkpoints')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { items: rows.map((r) => ({ ...rowToCheckpoint(r), reason: r.reason })), total: Number(total.n) };
}
