import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { openText, sealText } from '../crypto/aead';
import type { KeyRing } from '../crypto/key-ring';

const context = (userId: string) => `totp:${userId}`;

/** The columns that hold a new secret. */
export async function sealTotpSecret(keys: KeyRing, userId: string, secret: string) {
  const sealed = await sealText(keys, context(userId), secret);
  return { totp_secret: sealed.text, totp_key_id: sealed.keyId };
}

/** The secret in clear, for checking a code; null when none is stored. */
export async function openTotpSecret(keys: KeyRing, userId: string, row: { totp_secret: string | null; totp_key_id: string | null }): Promise<string | null> {
  if (!row.totp_secret) return null;
  if (!row.totp_key_id) throw new Error(`user_security ${userId}: TOTP secret stored without a key id (not encrypted)`);
  return openText(keys, context(userId), row.totp_key_id, row.totp_secret);
}

/**
 * Seals again under the current key every secret sealed with another key — or stored in clear,
 * before encryption at rest (no key id). Used by migration 0010 and by key rotation.
 */
export async function resealTotpSecrets(db: Kysely<Database>, keys: KeyRing | undefined): Promise<number> {
  const stale = await db
    .selectFrom('user_security')
    .select(['user_id', 'totp_secret', 'totp_key_id'])
    .where('totp_secret', 'is not', null)
    .where((eb) => (keys ? eb.or([eb('totp_key_id', 'is', null), eb('totp_key_id', '!=', keys.current.id)]) : eb('totp_key_id', 'is', null)))
    .execute();
  if (stale.length === 0) return 0;
  if (!keys) throw new Error('TOTP secrets to encrypt, but no data key was given');
  for (const row of stale) {
    const secret = row.totp_key_id ? (await openTotpSecret(keys, row.user_id, row))! : row.totp_secret!;
    await db
      .updateTable('user_security')
      .set(await sealTotpSecret(keys, row.user_id, secret))
      .where('user_id', '=', row.user_id)
      .where('totp_secret', '=', row.totp_secret!)
      .execute();
  }
  return stale.length;
}
