/** Environment → typed settings, parsed once. Every setting has a safe default. */
import { isIP } from 'node:net';
import { z } from 'zod';

/** `TRUST_PROXY`: comma-separated addresses, CIDR ranges, or `loopback`. */
function validProxyList(setting: string): boolean {
  return setting
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .every((entry) => {
      if (entry === 'loopback') return true;
      const [address = '', bits, ...rest] = entry.split('/');
      const family = isIP(address);
      if (family === 0 || rest.length > 0) return false;
      return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
    });
}

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().optional(),
  /** `file:PATH` (embedded SQLite, the default) or `postgres://USER[:PASSWORD]@HOST:PORT/DB` (docs/storage.md). */
  DATABASE_URL: z.string().default('file:data/terbuka.sqlite'),
  /** PostgreSQL only: connections in this process's pool (each unit of work holds one while it runs; the sweeper's lock one more). */
  PG_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  DEMO: flag.default(false),
  /**
   * For tests and rehearsals only: the server's clock starts at this instant (ISO 8601 with offset)
   * and runs on from there, so a run does not depend on the day it happens. Unset: the real clock.
   */
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  /** Registration-number format: {seq}, {seq:N} (zero-padded), {unit}, {year}. */
  REGISTRATION_FORMAT: z.string().includes('{seq').default('{seq:5}/PPID-{unit}/{year}'),
  /** Whether cuti bersama (joint leave) is a non-working day for the body's clocks. */
  CUTI_BERSAMA_NON_WORKING: flag.default(true),
  /**
   * The calendar horizon: years past a calendar's last known holiday list in which deadlines are
   * still counted (weekends only), marked provisional and counted again when the list arrives.
   */
  CALENDAR_PROVISIONAL_YEARS: z.coerce.number().int().min(0).max(5).default(2),
  /** Administrators are alerted this many months before a calendar's holiday list runs out. */
  CALENDAR_HORIZON_ALERT_MONTHS: z.coerce.number().int().min(1).max(24).default(6),
  /** How a clarification request treats the statutory clock. */
  CLARIFICATION_CLOCK: z.enum(['running', 'paused']).default('running'),
  /** Internal target for an assigned unit, in its own working days. */
  UNIT_TARGET_WORKING_DAYS: z.coerce.number().int().min(1).max(17).default(5),
  /** Released information and clarification attachments (issue 17): the largest file, in megabytes, and how many per case. */
  CASE_FILE_MAX_MB: z.coerce.number().int().min(1).max(100).default(20),
  CASE_FILE_MAX_COUNT: z.coerce.number().int().min(1).max(200).default(20),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(60),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** The service's public address (`https://ppid.example.go.id`): links in e-mails; on https, cookies are Secure. */
  PUBLIC_BASE_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  /** Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (src/routes/client.ts). */
  TRUST_PROXY: z.string().refine(validProxyList, 'a comma-separated list of IP addresses, CIDR ranges or "loopback"').default(''),
  /** The sender of outgoing e-mail (a Resend sender must be on a verified domain). */
  MAIL_FROM: z.string().default('PPID Terbuka <ppid@terbuka.invalid>'),
  /**
   * Data keys (AES-256) for secrets and identity scans at rest, `id:base64,id:base64`, current
   * first; older keys only decrypt. Unset: the key file. SECURITY.md §4.
   */
  DATA_KEYS: z.string().optional(),
  /** The key file read when DATA_KEYS is unset (created on first start in demo mode). */
  KEY_FILE: z.string().default('data/keys.json'),
  /**
   * Ed25519 keys that sign audit checkpoints (PKCS#8 DER, base64), comma-separated, current first;
   * older keys only verify. Unset: the audit key file. SECURITY.md §3.
   */
  AUDIT_SIGNING_KEYS: z.string().optional(),
  /** The audit key file read when AUDIT_SIGNING_KEYS is unset; default `audit-signing-keys.json` beside KEY_FILE. */
  AUDIT_KEY_FILE: z.string().optional(),
  /** How often the sweeper signs a checkpoint of the audit chain's head (when it moved). */
  CHECKPOINT_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /**
   * How long a requester's personal data is kept after their case (and any objection on it) is
   * done, in months; then it is replaced by a pseudonym and the identity scan deleted.
   */
  PERSONAL_DATA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(1200).default(60),
  /** Whom a requester asks about their personal data (shown in the privacy notice). */
  PRIVACY_CONTACT: z.string().min(1).default('PPID Utama, ppid@terbuka.invalid'),
  /**
   * Registers (src/registers/): a JSON or CSV export of more rows than this is streamed, a page at
   * a time, instead of being built in memory.
   */
  REGISTER_MAX_ROWS: z.coerce.number().int().min(1).default(5000),
  /** A register PDF of more rows than this is refused (with a pointer to the CSV). */
  REGISTER_PDF_MAX_ROWS: z.coerce.number().int().min(1).default(1500),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().optional(),
});

export type Config = z.infer<typeof schema>;

/**
 * The address people reach the service at, for links that leave it (e-mails, letters): the
 * `PUBLIC_BASE_URL` setting; in demo mode without one, this machine's own address. Outside demo
 * mode the server refuses to start without it (src/server.ts), so no link is ever relative.
 */
export const publicBaseUrl = (config: Pick<Config, 'PUBLIC_BASE_URL' | 'DEMO' | 'PORT'>): string =>
  (config.PUBLIC_BASE_URL || (config.DEMO ? `http://localhost:${config.PORT}` : '')).replace(/\/+$/, '');

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
