/**
 * The data keys (AES-256) that encrypt personal data and second-factor secrets at rest. They live
 * outside the database — the `DATA_KEYS` setting or the key file (key-file.ts) — so a copy of the
 * database alone reveals nothing. The first key is the current one (it seals new values); the
 * others are older keys kept only to open what they sealed until it is sealed again (rotation,
 * SECURITY.md §4). Runtime-neutral: WebCrypto only.
 */
import { fromBase64 } from './base64';

/** WebCrypto's key type (the DOM lib is not loaded). */
type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

export interface DataKey {
  id: string;
  /** 32 random bytes, base64. */
  key: string;
}

export interface KeyRing {
  current: { id: string; key: CryptoKey };
  byId: Map<string, CryptoKey>;
  /**
   * HMAC-SHA-256 keys derived (HKDF) from each data key, current first, in the ring's order: they
   * key the tokens of requesters' names in the search index (src/cases/name-tokens.ts), so the
   * index holds no name in clear and a database copy alone cannot test a guessed name.
   */
  nameIndex: CryptoKey[];
}

const NAME_INDEX_INFO = new TextEncoder().encode('terbuka/name-index/v1');

const nameIndexKey = async (raw: Uint8Array) =>
  crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: NAME_INDEX_INFO },
    await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']),
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );

const KEY_ID = /^[A-Za-z0-9_.-]{1,40}$/;

/** `id:base64,id:base64` (the `DATA_KEYS` setting), current key first. */
export function parseDataKeys(value: string): DataKey[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      if (at < 1) throw new Error('DATA_KEYS: each key is written id:base64');
      return { id: entry.slice(0, at), key: entry.slice(at + 1) };
    });
}

export async function keyRingOf(keys: DataKey[]): Promise<KeyRing> {
  if (keys.length === 0) throw new Error('no data key configured');
  const byId = new Map<string, CryptoKey>();
  const nameIndex: CryptoKey[] = [];
  for (const k of keys) {
    if (!KEY_ID.test(k.id)) throw new Error(`data key id "${k.id}": letters, digits, '.', '_' and '-' only`);
    if (byId.has(k.id)) throw new Error(`data key id "${k.id}" is listed twice`);
    const raw = fromBase64(k.key);
    if (raw.length !== 32) throw new Error(`data key "${k.id}" must be 32 bytes (base64 of 32 random bytes)`);
    byId.set(k.id, await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
    nameIndex.push(await nameIndexKey(raw));
  }
  const first = keys[0]!;
  return { current: { id: first.id, key: byId.get(first.id)! }, byId, nameIndex };
}

/** A new key with an id that says when it was made (`k20261201-3fa9`). */
export function newDataKey(now: Date): DataKey {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const suffix = [...crypto.getRandomValues(new Uint8Array(2))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { id: `k${now.toISOString().slice(0, 10).replaceAll('-', '')}-${suffix}`, key: btoa(String.fromCharCode(...raw)) };
}
