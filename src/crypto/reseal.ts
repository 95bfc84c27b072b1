import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { resealCaseFiles } from '../answers/case-files';
import { resealTotpSecrets } from '../auth/totp-secret';
import { resealIdentityScans } from '../identity/scan-store';
import type { KeyRing } from './key-ring';
import { resealServerSecret } from './server-secret';

/** Key rotation: everything sealed with an older data key is sealed again with the current one. */
export async function resealAll(
  db: Kysely<Database>,
  keys: KeyRing,
): Promise<{ serverSecret: number; totpSecrets: number; identityScans: number; caseFiles: number }> {
  return {
    serverSecret: await resealServerSecret(db, keys),
    totpSecrets: await resealTotpSecrets(db, keys),
    identityScans: await resealIdentityScans(db, keys),
    caseFiles: await resealCaseFiles(db, keys),
  };
}

/** Values sealed per key id (`null`: in clear — none after migration 0010). */
export async function valuesPerKey(
  db: Kysely<Database>,
): Promise<Array<{ keyId: string | null; totpSecrets: number; identityScans: number; caseFiles: number }>> {
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
  const files = await db
    .selectFrom('case_files')
    .select(['key_id as keyId', db.fn.countAll<number>().as('n')])
    .groupBy('key_id')
    .execute();
  const ids = [...new Set([...totp, ...scans, ...files].map((r) => r.keyId))];
  const count = (rows: Array<{ keyId: string | null; n: number }>, keyId: string | null) => Number(rows.find((r) => r.keyId === keyId)?.n ?? 0);
  return ids.map((keyId) => ({ keyId, totpSecrets: count(totp, keyId), identityScans: count(scans, keyId), caseFiles: count(files, keyId) }));
}
