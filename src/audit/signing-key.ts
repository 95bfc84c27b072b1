/**
 * The Ed25519 key that signs audit checkpoints (checkpoints.ts). Like the data keys
 * (src/crypto/key-file.ts) it lives outside the database — the `AUDIT_SIGNING_KEYS` setting, else
 * the audit key file (`AUDIT_KEY_FILE`, default `audit-signing-keys.json` beside `KEY_FILE`, mode
 * 0600) — so that someone who can write the database cannot sign a rewritten history. In demo mode
 * a missing key file is created on first start; outside demo mode a missing key stops the start
 * (`npm run audit:keys -- new` creates it). The first key signs; older ones stay to verify the
 * checkpoints they signed. SECURITY.md §3.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config';

export interface AuditPublicKey {
  /** First 16 hex digits of the SHA-256 of the SPKI DER: anyone can recompute it from the key. */
  keyId: string;
  /** SPKI DER, base64. */
  spki: string;
  /** The same key as PEM. */
  pem: string;
  key: KeyObject;
}

export interface AuditKeys {
  /** Signs new checkpoints. */
  current: AuditPublicKey & { privateKey: KeyObject };
  /** Every configured key by id (the current one included), to verify stored checkpoints. */
  byId: Map<string, AuditPublicKey>;
}

interface KeyFileEntry {
  keyId: string;
  /** PKCS#8 DER, base64. */
  privateKey: string;
  /** SPKI DER, base64. */
  publicKey: string;
  created?: string;
}

export interface AuditKeyFile {
  signingKeys: KeyFileEntry[];
}

export const keyIdOf = (spkiDer: Buffer) => createHash('sha256').update(spkiDer).digest('hex').slice(0, 16);

export function publicKeyOf(key: KeyObject): AuditPublicKey {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const der = pub.export({ type: 'spki', format: 'der' });
  return { keyId: keyIdOf(der), spki: der.toString('base64'), pem: String(pub.export({ type: 'spki', format: 'pem' })), key: pub };
}

/** A public key from its SPKI DER (base64), e.g. one listed in a bundle. */
export const publicKeyFromSpki = (spki: string) => publicKeyOf(createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' }));

function privateKeyFrom(pkcs8: string): KeyObject {
  const key = createPrivateKey({ key: Buffer.from(pkcs8.trim(), 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('audit signing key: an Ed25519 private key (PKCS#8 DER, base64) is expected');
  return key;
}

export function auditKeysOf(privateKeys: KeyObject[]): AuditKeys {
  if (privateKeys.length === 0) throw new Error('no audit signing key configured');
  const byId = new Map<string, AuditPublicKey>();
  for (const k of privateKeys) byId.set(publicKeyOf(k).keyId, publicKeyOf(k));
  const first = privateKeys[0]!;
  return { current: { ...publicKeyOf(first), privateKey: first }, byId };
}

/** `AUDIT_SIGNING_KEYS`: PKCS#8 DER keys in base64, comma-separated, current first. */
export const parseAuditSigningKeys = (value: string): KeyObject[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(privateKeyFrom);

export const auditKeyFilePath = (config: Pick<Config, 'AUDIT_KEY_FILE' | 'KEY_FILE'>) =>
  config.AUDIT_KEY_FILE || join(dirname(config.KEY_FILE), 'audit-signing-keys.json');

export function readAuditKeyFile(path: string): AuditKeyFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const file = JSON.parse(text) as AuditKeyFile;
  if (!Array.isArray(file.signingKeys) || file.signingKeys.length === 0) throw new Error(`${path}: no "signingKeys" list`);
  return file;
}

/** A new Ed25519 key pair as a key-file entry. */
export function newAuditKeyEntry(now: Date): KeyFileEntry {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKeyOf(privateKey);
  return {
    keyId: pub.keyId,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    publicKey: pub.spki,
    created: now.toISOString(),
  };
}

function writeAuditKeyFile(path: string, file: AuditKeyFile, exclusive: boolean) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: exclusive ? 'wx' : 'w' });
}

/** Puts a new current key at the top of the audit key file (creating it), keeping the older ones. */
export function addAuditKeyToFile(path: string, now: Date): KeyFileEntry {
  const file = readAuditKeyFile(path) ?? { signingKeys: [] };
  const entry = newAuditKeyEntry(now);
  writeAuditKeyFile(path, { signingKeys: [entry, ...file.signingKeys] }, false);
  return entry;
}

/**
 * The configured keys. `create: false` (the verification CLI) never writes a file and returns
 * null when there is none; otherwise a missing key is created in demo mode and an error outside it.
 */
export function loadAuditKeys(config: Config, now: Date, options: { create?: boolean; log?: (line: string) => void } = {}): AuditKeys | null {
  if (config.AUDIT_SIGNING_KEYS) return auditKeysOf(parseAuditSigningKeys(config.AUDIT_SIGNING_KEYS));
  const path = auditKeyFilePath(config);
  const file = readAuditKeyFile(path);
  if (file) return auditKeysOf(file.signingKeys.map((k) => privateKeyFrom(k.privateKey)));
  if (options.create === false) return null;
  if (!config.DEMO) {
    throw new Error(`no audit signing key: set AUDIT_SIGNING_KEYS, or create ${path} with "npm run audit:keys -- new" (SECURITY.md §3)`);
  }
  const entry = newAuditKeyEntry(now);
  try {
    writeAuditKeyFile(path, { signingKeys: [entry] }, true);
  } catch (e) {
    // Another process of the same demo created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadAuditKeys(config, now, { create: false });
    throw e;
  }
  (options.log ?? console.log)(`demo: created audit signing key ${entry.keyId} in ${path} (keep this file out of database backups)`);
  return auditKeysOf([privateKeyFrom(entry.privateKey)]);
}

export const signBytes = (key: KeyObject, message: string) => sign(null, Buffer.from(message, 'utf8'), key).toString('base64');

export function verifySignature(key: KeyObject, message: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
