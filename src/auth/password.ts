/** Password hashing: argon2id at OWASP's settings (19 MiB, t=2, p=1), through @node-rs/argon2 (prebuilt, ~30 ms here). */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { MessageKey } from '../i18n';

const ARGON2ID = 2;
/** OWASP's argon2id settings (19 MiB, t=2, p=1): every password the service stores. */
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
/**
 * The test suite's own settings (1 MiB, t=1): the same algorithm and format, at a fraction of the
 * cost, so a test that logs in does not spend its time hashing. Only under vitest, and only when
 * its config asks for it (`ARGON2_TEST_PARAMS=1` in vitest.config.ts): never in a running service.
 */
const TEST_OPTIONS = { algorithm: ARGON2ID, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;
const options = process.env.VITEST && process.env.ARGON2_TEST_PARAMS === '1' ? TEST_OPTIONS : ARGON2_OPTIONS;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Compared against when the username does not exist, so both paths cost the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword('decoy-password-never-used'));

export const MIN_PASSWORD_LENGTH = 10;

/** Why a new password is refused (NIST SP 800-63B: length, not composition rules), or null. */
export function passwordProblem(password: string, username: string): MessageKey | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  if (password.length > 200) return 'too_long';
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase()) || /^(.)\1+$/.test(password) || COMMON.has(lower)) return 'password_too_weak';
  return null;
}

const COMMON = new Set([
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'password123',
  'passw0rd123',
  'katasandi123',
  'indonesia123',
  'bismillah123',
  'admin12345',
  'administrator',
  'terbuka123',
  'ppid123456',
  'demo123456',
]);

/** A one-time password an administrator hands over; the user must change it at first login. */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)])
    .join('')
    .replace(/(.{4})(?=.)/g, '$1-');
}
