/**
 * Where the data keys come from on Node: the `DATA_KEYS` setting (`id:base64,…`, current first),
 * else the key file (`KEY_FILE`, default `data/keys.json`, mode 0600, never in the database or its
 * backups). In demo mode a missing key file is created with a new key on first start; outside demo
 * mode a missing key is an error at start (`npm run keys -- new` creates the file). SECURITY.md §4.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config';
import { type DataKey, newDataKey, parseDataKeys } from './key-ring';

export interface KeyFile {
  /** Current key first; older keys stay until nothing is sealed with them (`npm run keys -- status`). */
  dataKeys: Array<DataKey & { created?: string }>;
}

export function readKeyFile(path: string): KeyFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const file = JSON.parse(text) as KeyFile;
  if (!Array.isArray(file.dataKeys)) throw new Error(`${path}: no "dataKeys" list`);
  return file;
}

export function writeKeyFile(path: string, file: KeyFile, options: { exclusive?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: options.exclusive ? 'wx' : 'w' });
}

/** Prepends a new current key to the key file (creating it), keeping the older ones for decryption. */
export function addKeyToFile(path: string, now: Date): DataKey {
  const file = readKeyFile(path) ?? { dataKeys: [] };
  const key = newDataKey(now);
  writeKeyFile(path, { dataKeys: [{ ...key, created: now.toISOString() }, ...file.dataKeys] });
  return key;
}

export function loadDataKeys(config: Config, now: Date, log: (line: string) => void = console.log): DataKey[] {
  if (config.DATA_KEYS) return parseDataKeys(config.DATA_KEYS);
  const file = readKeyFile(config.KEY_FILE);
  if (file) return file.dataKeys;
  if (!config.DEMO) {
    throw new Error(`no data encryption key: set DATA_KEYS, or create ${config.KEY_FILE} with "npm run keys -- new" (SECURITY.md §4)`);
  }
  const key = newDataKey(now);
  try {
    writeKeyFile(config.KEY_FILE, { dataKeys: [{ ...key, created: now.toISOString() }] }, { exclusive: true });
  } catch (e) {
    // Another process of the same demo created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(config.KEY_FILE)!.dataKeys;
    throw e;
  }
  log(`demo: created data key ${key.id} in ${config.KEY_FILE} (keep this file out of database backups)`);
  return [key];
}
