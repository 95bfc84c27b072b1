/**
 * Free text in audit events (a clarification the requester wrote, an officer's message or reason)
 * may name a person. Since scheme 2 (migration 0011) an event's hash covers each such text only
 * through a salted SHA-256 commitment, so an export can leave the text out — the commitment takes
 * its place — and anyone can still recompute the hash. The salt stays in the database: without
 * it, a short text cannot be guessed back from its commitment.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Keys whose string values are free text (anywhere in an event's data, at any depth). */
export const FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'message',
  'reply',
  'reason',
  'reasons',
  'note',
  'instruction',
  'harm',
  'publicInterest',
  'period',
  'payment',
  'body',
  'text',
  'comment',
]);

/** What replaces a free text in the hashed (and exported) form. */
export interface Commitment {
  $commitment: string;
}

export const newCommitSalt = () => randomBytes(16).toString('hex');

const commit = (salt: string, value: string): Commitment => ({ $commitment: createHash('sha256').update(`${salt}\u0000${value}`).digest('hex') });

/** The data with every free text replaced by its commitment (a new value; the input is untouched). */
export function committedData(data: unknown, salt: string): unknown {
  if (Array.isArray(data)) return data.map((v) => committedData(v, salt));
  if (data === null || typeof data !== 'object') return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    out[key] = FREE_TEXT_KEYS.has(key) && typeof value === 'string' ? commit(salt, value) : committedData(value, salt);
  }
  return out;
}

/** Whether the data holds any free text (a scheme-1 event that does cannot be exported verifiably without it). */
export function holdsFreeText(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(holdsFreeText);
  if (data === null || typeof data !== 'object') return false;
  return Object.entries(data as Record<string, unknown>).some(([k, v]) => (FREE_TEXT_KEYS.has(k) && typeof v === 'string') || holdsFreeText(v));
}

/** For a scheme-1 export: free texts replaced by a marker (the event's hash can then no longer be recomputed). */
export function redactedData(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(redactedData);
  if (data === null || typeof data !== 'object') return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    out[key] = FREE_TEXT_KEYS.has(key) && typeof value === 'string' ? { $redacted: true } : redactedData(value);
  }
  return out;
}
