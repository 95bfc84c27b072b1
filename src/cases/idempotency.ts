/**
 * Idempotency-Key (api.md): a repeat with the same key and body returns the first response and
 * creates nothing. The key is checked and stored inside the same transaction as the work, so a
 * crash between them cannot leave one without the other. Keys are kept for a day (a client's
 * retries come within minutes), then forgotten by the sweeper: a stored key and the server secret
 * together re-derive a filing's tracking code, so none is kept longer than it serves.
 */
import type { Trx } from '../../db/unit-of-work';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { DomainError } from './errors';
import type { Deps } from '../deps';

/** How long a repeat with the same key returns the first response. */
export const IDEMPOTENCY_KEY_HOURS = 24;

export interface IdempotencyKey {
  scope: string;
  key: string;
  body: unknown;
}

export interface StoredResponse<T> {
  status: number;
  body: T;
  replayed: boolean;
}

export const requestHash = (body: unknown) =>
  createHash('sha256')
    .update(canonicalize(body) ?? '')
    .digest('hex');

export async function replay<T>(trx: Trx, idem: IdempotencyKey): Promise<StoredResponse<T> | null> {
  const row = await trx.selectFrom('idempotency_keys').selectAll().where('scope', '=', idem.scope).where('key', '=', idem.key).executeTakeFirst();
  if (!row) return null;
  if (row.request_hash !== requestHash(idem.body)) throw new DomainError(409, 'idempotency_mismatch', 'idempotency_mismatch');
  return { status: row.status, body: JSON.parse(row.response) as T, replayed: true };
}

export async function remember(trx: Trx, idem: IdempotencyKey, status: number, body: unknown, now: string) {
  await trx
    .insertInto('idempotency_keys')
    .values({
      scope: idem.scope,
      key: idem.key,
      request_hash: requestHash(idem.body),
      status,
      response: JSON.stringify(body),
      created_at: now,
    })
    .execute();
}

/** The sweeper's part: keys older than IDEMPOTENCY_KEY_HOURS are forgotten. Returns how many. */
export async function purgeIdempotencyKeys(deps: Deps): Promise<number> {
  const before = new Date(deps.clock().getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000).toISOString();
  const result = await deps.transact((trx) => trx.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst());
  return Number(result.numDeletedRows);
}
