/**
 * Keeps a requester's access to one request (its number and tracking code) in the browser for a
 * short while, sealed (AES-256-GCM, key derived from the server secret) in an httpOnly cookie:
 * so the receipt survives a reload or a language switch, and the tracking page can be a plain GET
 * (`/lacak?nomor=…`) without the code ever appearing in a URL or a server log.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findCaseByNumber } from '../../../cases/case.repository';
import { trackingCodeMatches } from '../../../cases/tracking-code';
import type { CaseRow } from '../../../cases/case-row';
import { requestIsHttps } from '../../client';
import type { AppEnv } from '../../env';

export const ACCESS_COOKIE = 'terbuka_akses';
const LIFETIME_SECONDS = 30 * 60;

interface Access {
  number: string;
  code: string;
  expires: number;
}

const keyOf = (secret: string) => createHash('sha256').update(`public-access-cookie:${secret}`).digest();

function seal(secret: string, access: Access): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(access), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function unseal(secret: string, value: string): Access | null {
  try {
    const raw = Buffer.from(value, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const access = JSON.parse(text) as Access;
    return typeof access.number === 'string' && typeof access.code === 'string' && typeof access.expires === 'number' ? access : null;
  } catch {
    return null;
  }
}

export function grantAccess(c: Context<AppEnv>, number: string, code: string): void {
  const deps = c.get('deps');
  const expires = deps.clock().getTime() + LIFETIME_SECONDS * 1000;
  setCookie(c, ACCESS_COOKIE, seal(deps.secret, { number, code, expires }), {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: LIFETIME_SECONDS,
    secure: requestIsHttps(c),
  });
}

export function revokeAccess(c: Context<AppEnv>): void {
  deleteCookie(c, ACCESS_COOKIE, { path: '/' });
}

/** The request this browser may see now (optionally: only if it is this number), with its code; null otherwise. */
export async function accessedCase(c: Context<AppEnv>, number?: string): Promise<{ row: CaseRow; code: string } | null> {
  const deps = c.get('deps');
  const value = getCookie(c, ACCESS_COOKIE);
  const access = value ? unseal(deps.secret, value) : null;
  if (!access || access.expires < deps.clock().getTime()) return null;
  if (number !== undefined && access.number !== number) return null;
  const row = await findCaseByNumber(deps.db, access.number);
  if (!row || !trackingCodeMatches(access.code, row.tracking_code_hash)) return null;
  return { row, code: access.code };
}
