/**
 * The audit signing keys from the command line (SECURITY.md §3):
 *
 *   npm run audit:keys -- new    a new current Ed25519 key at the top of the audit key file (created if missing)
 *   npm run audit:keys -- show   the public keys (id and PEM) to publish beside the checkpoints
 *
 * Restart the server after `new`; older keys stay in the file to verify what they signed.
 */
import { loadConfig } from '../config';
import { addAuditKeyToFile, auditKeyFilePath, loadAuditKeys } from './signing-key';

const command = process.argv[2];
const config = loadConfig();

if (command === 'new') {
  if (config.AUDIT_SIGNING_KEYS) {
    console.error('AUDIT_SIGNING_KEYS is set: put the new key first in it yourself; the audit key file is not read.');
    process.exit(1);
  }
  const entry = addAuditKeyToFile(auditKeyFilePath(config), new Date());
  console.log(`new current audit signing key ${entry.keyId} in ${auditKeyFilePath(config)}; restart the server`);
} else if (command === 'show') {
  const keys = loadAuditKeys(config, new Date(), { create: false });
  if (!keys) {
    console.error(`no audit signing key (AUDIT_SIGNING_KEYS unset, no ${auditKeyFilePath(config)})`);
    process.exit(1);
  }
  for (const k of keys.byId.values()) console.log(`${k.keyId}${k.keyId === keys.current.keyId ? ' (current)' : ''}\n${k.pem}`);
} else {
  console.error('usage: npm run audit:keys -- new | show');
  process.exit(2);
}
