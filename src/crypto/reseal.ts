import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { resealTotpSecrets } from '../auth/totp-secret';
import { resealIdentityScans } from '../identity/scan-store';
import type { KeyRing } from './key-ring';

export async function resealAll(db: Kysely<Database>, keys: KeyRing): Promise<{ totpSecrets: number; identityScans: number }> {
  return { totpSecrets: await resealTotpSecrets(db, keys), identityScans: await resealIdentityScans(db, keys) };
}

/** Values sealed per key id (`null`: in clear — none after migration 0010). */
export async function valuesPerKey(db: Kysely<Database>): Promise<Array<{ keyId: string | null; totpSecrets: number; identityScans: number }>> {
  const totp = await db
    .selectFrom('user_security')
    .select(['totp_key_id as keyId', db.fn.countAll<number>().as('n')])
    .where('totp_secret', 'is not', null)
    .groupBy('totp_key_id')
    .execute();
  const scans = await db
    .selectFrom('identity_documents')
    .select(['key_id as keyId', db.fn.countAll<number>().as('n')])
    .groupBy('key_id')
    .execute();
  const ids = [...new Set([...totp, ...scans].map((r) => r.keyId))];
  return ids.map((keyId) => ({
    keyId,
    totpSecrets: Number(totp.find((r) => r.keyId === keyId)?.n ?? 0),
    identityScans: Number(scans.find((r) => r.keyId === keyId)?.n ?? 0),
  }));
}
