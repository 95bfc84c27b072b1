/**
 * Signed checkpoints of the audit trail (issue 11 item 5). At an interval (the sweeper) and at
 * every export, the chain head — sequence number, hash, instant — is signed with the Ed25519 key
 * outside the database (signing-key.ts) and stored. Someone who can write the database can edit an
 * event and recompute every later hash and the head, but cannot sign the new head: the stored
 * checkpoints, and every copy published before (the public page, the evidence bundles, the annual
 * report), still name the old hashes, and verification (`verifyAudit`, `verify.mjs`) names the
 * first event past the last checkpoint that still matches.
 *
 * The service never signs a head that does not extend the last checkpoint: before signing, the
 * events since it are walked (hashes and links); a broken walk is refused, not signed over.
 */
import type { Deps } from '../deps';
import { newRowId } from '../../db/row-id';
import { GENESIS_HASH, type VerifyResult, walkChain } from './audit-log';
import { type Checkpoint, checkCheckpoint, checkpointMessage, latestCheckpoint } from './checkpoint-signature';
import { signBytes } from './signing-key';

export type CheckpointReason = 'interval' | 'export' | 'manual';

export type SignResult = { ok: true; checkpoint: Checkpoint; created: boolean } | { ok: false; brokenAt: Extract<VerifyResult, { ok: false }>['brokenAt'] };

/**
 * Signs the current head unless the latest checkpoint already covers it. `reason: 'interval'`
 * also waits until `CHECKPOINT_INTERVAL_MINUTES` have passed since the latest checkpoint.
 */
export async function signCheckpoint(deps: Deps, reason: CheckpointReason): Promise<SignResult> {
  const { db } = deps;
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const last = await latestCheckpoint(db);
  if (last && last.seq === head.seq && last.head === head.hash) return { ok: true, checkpoint: last, created: false };
  if (last && reason === 'interval' && deps.clock().getTime() - Date.parse(last.at) < deps.config.CHECKPOINT_INTERVAL_MINUTES * 60_000) {
    return { ok: true, checkpoint: last, created: false };
  }
  // The head must extend the last checkpoint: its event still has the signed hash, and every link since holds.
  let from = { seq: 0, hash: GENESIS_HASH };
  if (last) {
    const event = await db.selectFrom('audit_events').select('hash').where('seq', '=', last.seq).executeTakeFirst();
    const problem = checkCheckpoint(last, last.seq === 0 ? GENESIS_HASH : (event?.hash ?? ''), deps.auditKeys.byId);
    if (problem || last.seq > head.seq) return { ok: false, brokenAt: { seq: last.seq, reason: problem?.reason ?? 'checkpoint_mismatch', checkpoint: last } };
    from = { seq: last.seq, hash: last.head };
  }
  const walk = await walkChain(db, from, head.seq);
  if (!walk.ok) return walk;
  if (walk.head !== head.hash) return { ok: false, brokenAt: { seq: head.seq, reason: 'head_mismatch' } };
  const at = deps.clock().toISOString();
  const key = deps.auditKeys.current;
  const checkpoint: Checkpoint = {
    seq: head.seq,
    head: head.hash,
    at,
    keyId: key.keyId,
    signature: signBytes(key.privateKey, checkpointMessage({ seq: head.seq, head: head.hash, at })),
  };
  await deps.transact((trx) =>
    trx
      .insertInto('audit_checkpoints')
      .values({ id: newRowId(), seq: checkpoint.seq, head: checkpoint.head, at, key_id: checkpoint.keyId, signature: checkpoint.signature, reason })
      .execute(),
  );
  return { ok: true, checkpoint, created: true };
}
