/**
 * Encryption at rest: AES-256-GCM through WebCrypto (`crypto.subtle`), so the same code runs on
 * Node and on Workers. A sealed value is `iv (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`; the id of
 * the key that sealed it is stored beside it (a column), and the `context` (what the value is and
 * whose it is, e.g. `totp:<user id>`) is bound in as additional data, so a ciphertext copied onto
 * another row does not open there.
 */
import { fromBase64, toBase64 } from './base64';
import type { KeyRing } from './key-ring';

const IV_BYTES = 12;

const bytesOf = (text: string) => new TextEncoder().encode(text);

export interface Sealed {
  keyId: string;
  bytes: Uint8Array;
}

/** Seals with the ring's current key. */
export async function seal(ring: KeyRing, context: string, plaintext: Uint8Array): Promise<Sealed> {
  const { id, key } = ring.current;
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: bytesOf(context) }, key, plaintext as Uint8Array<ArrayBuffer>),
  );
  const bytes = new Uint8Array(IV_BYTES + ciphertext.length);
  bytes.set(iv);
  bytes.set(ciphertext, IV_BYTES);
  return { keyId: id, bytes };
}

export class UnknownKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`data key "${keyId}" is not configured (DATA_KEYS or the key file): it is needed to decrypt stored data`);
  }
}

/** Opens a value sealed with any key of the ring (the current one or an older one still listed). */
export async function open(ring: KeyRing, context: string, sealed: Sealed): Promise<Uint8Array> {
  const key = ring.byId.get(sealed.keyId);
  if (!key) throw new UnknownKeyError(sealed.keyId);
  const iv = sealed.bytes.subarray(0, IV_BYTES);
  const body = sealed.bytes.subarray(IV_BYTES);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: bytesOf(context) }, key, body));
}

/** Short text values (a TOTP secret) are stored as base64 of the sealed bytes. */
export async function sealText(ring: KeyRing, context: string, text: string): Promise<{ keyId: string; text: string }> {
  const sealed = await seal(ring, context, bytesOf(text));
  return { keyId: sealed.keyId, text: toBase64(sealed.bytes) };
}

export async function openText(ring: KeyRing, context: string, keyId: string, text: string): Promise<string> {
  return new TextDecoder().decode(await open(ring, context, { keyId, bytes: fromBase64(text) }));
}
