/**
 * The server secret: the key of the HMACs that must stay the same for the life of the database —
 * a replayed filing's tracking code, the auditors' requester pseudonyms, the survey's one-answer
 * marker, the public access cookie and the forms' tokens. It lives in the database
 * (`settings.server_secret`) so that every process and every restart shares it, sealed under the
 * data keys, which never live in the database: a copy of the database alone does not give it
 * away. Key rotation (`npm run keys -- reseal`) seals it again; its value never changes.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { openText, sealText } from './aead';
import type { KeyRing } from './key-ring';

const CONTEXT = 'settings:server_secret';

/** As stored: `{ keyId, sealed }`, or (a database from before the secret was sealed) the hex in clear. */
type Stored = { keyId: string; sealed: string } | string;

const read = async (db: Kysely<Database>) => {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'server_secret').executeTakeFirst();
  return row ? (JSON.parse(row.value) as Stored) : undefined;
};

const sealed = async (keys: KeyRing, secret: string) => {
  const s = await sealText(keys, CONTEXT, secret);
  return JSON.stringify({ keyId: s.keyId, sealed: s.text } satisfies Stored);
};

/**
 * The secret in clear, at start: created (sealed) on a new database — by whichever process gets
 * there first, the others read the winner's — and a secret still stored in clear is sealed now.
 */
export async function loadServerSecret(db: Kysely<Database>, keys: KeyRing): Promise<string> {
  let stored = await read(db);
  if (stored === undefined) {
    await db
      .insertInto('settings')
      .values({ key: 'server_secret', value: await sealed(keys, randomBytes(32).toString('hex')) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    stored = (await read(db))!;
  }
  if (typeof stored === 'string') {
    await db
      .updateTable('settings')
      .set({ value: await sealed(keys, stored) })
      .where('key', '=', 'server_secret')
      .where('value', '=', JSON.stringify(stored))
      .execute();
    return stored;
  }
  return openText(keys, CONTEXT, stored.keyId, stored.sealed);
}

/** Key rotation: the secret sealed again under the current key (1), or already under it (0). */
export async function resealServerSecret(db: Kysely<Database>, keys: KeyRing): Promise<number> {
  const stored = await read(db);
  if (stored === undefined || (typeof stored !== 'string' && stored.keyId === keys.current.id)) return 0;
  const secret = typeof stored === 'string' ? stored : await openText(keys, CONTEXT, stored.keyId, stored.sealed);
  await db
    .updateTable('settings')
    .set({ value: await sealed(keys, secret) })
    .where('key', '=', 'server_secret')
    .execute();
  return 1;
}

/** The key id the secret is sealed with (null: in clear), for `keys status`. */
export async function serverSecretKeyId(db: Kysely<Database>): Promise<string | null | undefined> {
  const stored = await read(db);
  return stored === undefined ? undefined : typeof stored === 'string' ? null : stored.keyId;
}
