/**
 * Idempotency-Key (api.md): a repeat with the same key and body returns the first response and
 * creates nothing. The key is checked and stored inside the same transaction as the work, so a
 * crash between them cannot leave one without the other.
 */
import type { Trx } from '../../db/unit-of-work';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { DomainError } from './errors';

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
