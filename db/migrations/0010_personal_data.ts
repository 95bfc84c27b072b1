import type { Kysely, Migration } from 'kysely';
import type { KeyRing } from '../../src/crypto/key-ring';
import { resealTotpSecrets } from '../../src/auth/totp-secret';
import { resealIdentityScans } from '../../src/identity/scan-store';

/**
 * Personal data at rest (issue 16). Encryption: a key id beside each TOTP secret and identity
 * scan, and every secret and scan stored before now sealed with the current data key. The key is
 * not in the database, so this migration is built with the key ring (db/migrate.ts); on an empty
 * database it needs none. Retention: when a requester's personal data was replaced by a pseudonym.
 */
export function personalData(keys: KeyRing | undefined): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      // Checked before any change: SQLite runs these migrations without a transaction around them.
      if (!keys) {
        const secrets = await db.selectFrom('user_security').select('user_id').where('totp_secret', 'is not', null).limit(1).execute();
        const scans = await db.selectFrom('identity_documents').select('id').limit(1).execute();
        if (secrets.length + scans.length > 0) throw new Error('TOTP secrets or identity scans to encrypt, but no data key was given');
      }
      await db.schema.alterTable('user_security').addColumn('totp_key_id', 'text').execute();
      await db.schema.alterTable('identity_documents').addColumn('key_id', 'text').execute();
      await db.schema.alterTable('requesters').addColumn('pseudonymised_at', 'text').execute();
      await resealTotpSecrets(db, keys);
      await resealIdentityScans(db, keys);
    },
    async down(): Promise<void> {
      // Decrypting back into clear text is not offered: restore a backup instead.
      throw new Error('0010_personal_data cannot be undone');
    },
  };
}
