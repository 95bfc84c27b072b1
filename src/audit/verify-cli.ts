/**
 * `npm run audit:verify`: walks the audit chain of the configured database, checks every stored
 * checkpoint against it with the audit signing keys (AUDIT_SIGNING_KEYS or the audit key file),
 * and names the first broken link. Exit 0 when intact, 1 when not.
 */
import { openDatabase } from '../../db/connect';
import { loadConfig } from '../config';
import { verifyAudit } from './audit-log';
import { loadAuditKeys } from './signing-key';

const config = loadConfig();
const keys = loadAuditKeys(config, new Date(), { create: false });
const db = openDatabase(config.DATABASE_URL);
try {
  const result = await verifyAudit(db, 5000, keys?.byId);
  if (result.ok) {
    const checkpoints = result.checkpoints
      ? `; ${result.checkpoints.verified} signed checkpoint(s) match${result.checkpoints.last ? `, the latest at event #${result.checkpoints.last.seq} (${result.checkpoints.last.at})` : ''}`
      : '; checkpoints NOT checked (no audit signing key configured: set AUDIT_SIGNING_KEYS or AUDIT_KEY_FILE)';
    console.log(`audit chain intact: ${result.events} events, head ${result.head}${checkpoints}`);
  } else {
    const cp = result.brokenAt.checkpoint
      ? ` — signed checkpoint at event #${result.brokenAt.checkpoint.seq} (${result.brokenAt.checkpoint.at}) does not match`
      : '';
    console.error(`audit chain BROKEN at event #${result.brokenAt.seq} (${result.brokenAt.reason})${cp}; ${result.events} events verified before it`);
    process.exitCode = 1;
  }
} finally {
  await db.destroy();
}
