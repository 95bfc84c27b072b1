/** `npm run audit:verify`: walks the audit chain of the configured database and names the first broken link. */
import { openDatabase } from '../../db/connect';
import { loadConfig } from '../config';
import { verifyAudit } from './audit-log';

const config = loadConfig();
const db = openDatabase(config.DATABASE_URL);
try {
  const result = await verifyAudit(db);
  if (result.ok) {
    console.log(`audit chain intact: ${result.events} events, head ${result.head}`);
  } else {
    console.error(`audit chain BROKEN at event #${result.brokenAt.seq} (${result.brokenAt.reason}); ${result.events} events verified before it`);
    process.exitCode = 1;
  }
} finally {
  await db.destroy();
}
