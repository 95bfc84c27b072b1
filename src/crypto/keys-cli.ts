/**
 * Data keys from the command line (SECURITY.md §4):
 *
 *   npm run keys -- new      a new current key at the top of the key file (created if missing)
 *   npm run keys -- reseal   seal every secret and scan again with the current key
 *   npm run keys -- status   how many values each key seals
 *
 * `new` does not touch the database; restart the server after it, then `reseal`.
 */
import { openDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { loadConfig } from '../config';
import { addKeyToFile, loadDataKeys } from './key-file';
import { keyRingOf } from './key-ring';
import { resealAll, valuesPerKey } from './reseal';
import { serverSecretKeyId } from './server-secret';

const command = process.argv[2];
const config = loadConfig();

if (command === 'new') {
  if (config.DATA_KEYS) {
    console.error('DATA_KEYS is set: put the new key first in DATA_KEYS yourself (SECURITY.md §4); the key file is not read.');
    process.exit(1);
  }
  const key = addKeyToFile(config.KEY_FILE, new Date());
  console.log(`new current data key ${key.id} in ${config.KEY_FILE}; restart the server, then run "npm run keys -- reseal"`);
} else if (command === 'reseal' || command === 'status') {
  const keys = await keyRingOf(loadDataKeys(config, new Date()));
  const db = openDatabase(config.DATABASE_URL);
  await migrateToLatest(db, keys);
  if (command === 'reseal') {
    const done = await resealAll(db, keys);
    console.log(
      `sealed again with ${keys.current.id}: the server secret${done.serverSecret ? '' : ' (already)'}, ${done.totpSecrets} TOTP secret(s), ${done.identityScans} identity scan(s), ${done.caseFiles} released file(s)`,
    );
  }
  const secretKey = await serverSecretKeyId(db);
  const state = (id: string) => (keys.byId.has(id) ? (id === keys.current.id ? 'current' : 'older, still needed') : 'NOT CONFIGURED');
  if (secretKey !== undefined)
    console.log(`server secret\t${secretKey === null ? 'in clear (sealed at the next start)' : `${secretKey}\t${state(secretKey)}`}`);
  const rows = await valuesPerKey(db);
  if (rows.length === 0) console.log('nothing is sealed yet (no TOTP secret, identity scan or released file)');
  for (const row of rows) {
    const configured = row.keyId ? state(row.keyId) : 'NOT CONFIGURED';
    console.log(
      `${row.keyId ?? '(clear text)'}\t${configured}\t${row.totpSecrets} TOTP secret(s)\t${row.identityScans} identity scan(s)\t${row.caseFiles} released file(s)`,
    );
  }
  await db.destroy();
} else {
  console.error('usage: npm run keys -- new | reseal | status');
  process.exit(2);
}
