/**
 * Requesters' names in the search index, never in clear: each word of a name, cut and normalised
 * as every search word is (`searchTokens`: lower case, Latin diacritics removed, so "Élodie",
 * "ELODIE" and "elodie" are one word), is indexed as an HMAC-SHA-256 of that word under a key
 * derived from the data key (src/crypto/key-ring.ts `nameIndex`), which lives outside the
 * database. A copy of the database alone holds no name and cannot test a guessed one. Whole words
 * only: a keyed hash has no prefixes.
 *
 * A search asks with every key on the ring, so names indexed under a key that has since been
 * rotated out of first place are still found; a name indexed under a key removed from the ring is
 * found again once its case is re-indexed (any change to the case, or the 0019 migration's
 * rebuild).
 */
import type { KeyRing } from '../crypto/key-ring';
import { searchTokens } from './search';

/** Bytes of the HMAC kept per token: 80 bits, far beyond any collision among names. */
const TOKEN_BYTES = 10;
/** As many words as a search reads (search.ts). */
const MAX_WORDS = 12;

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes, 0, TOKEN_BYTES)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function tokensUnder(key: CryptoKey, words: string[]): Promise<string[]> {
  const encoder = new TextEncoder();
  return Promise.all(words.map(async (w) => `n${hex(await crypto.subtle.sign('HMAC', key, encoder.encode(w)))}`));
}

/** WebCrypto's key type (the DOM lib is not loaded). */
type CryptoKey = KeyRing['nameIndex'][number];

/** The index tokens of a name, under the current key. */
export async function nameTokens(keys: KeyRing, name: string): Promise<string[]> {
  const words = [...new Set(searchTokens(name))];
  return words.length === 0 ? [] : tokensUnder(keys.nameIndex[0]!, words);
}

/** The tokens of the words a user typed, once per key on the ring (current first): any one set may match. */
export async function nameQueryTokens(keys: KeyRing, q: string): Promise<string[][]> {
  const words = [...new Set(searchTokens(q))].slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  return Promise.all(keys.nameIndex.map((key) => tokensUnder(key, words)));
}
