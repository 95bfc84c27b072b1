/**
 * The tracking code (kode pelacakan) a requester gets with the registration number: 80 random
 * bits in Crockford base32, shown once. Only its SHA-256 is stored; at 80 bits a fast hash is
 * safe, and lookups compare in constant time.
 */
import { createHash, randomFillSync, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// Each call into the system's random source costs about as much as the rest of a filing's
// arithmetic; like randomUUID, draw from a pool refilled 256 codes at a time.
const pool = Buffer.alloc(10 * 256);
let drawn = pool.length;
function randomTen(): Uint8Array {
  if (drawn === pool.length) {
    randomFillSync(pool);
    drawn = 0;
  }
  drawn += 10;
  return Uint8Array.prototype.slice.call(pool, drawn - 10, drawn);
}

/** A fresh random code, or the code derived from the given bytes (at least 10). */
export function newTrackingCode(source: Uint8Array = randomTen()): string {
  const bytes = source.subarray(0, 10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 16; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Accepts the code as typed: any case, with or without dashes, with O/I/L read as 0/1/1. */
export function normaliseTrackingCode(code: string): string {
  const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

export function hashTrackingCode(code: string): string {
  return createHash('sha256').update(normaliseTrackingCode(code)).digest('hex');
}

export function trackingCodeMatches(code: string, storedHash: string): boolean {
  const a = Buffer.from(hashTrackingCode(code), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
