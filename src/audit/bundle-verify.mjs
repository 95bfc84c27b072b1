#!/usr/bin/env node
// verify.mjs — checks a Terbuka audit evidence bundle offline, with plain Node (20 or later): no
// package, no network. Run it in the unzipped bundle (or pass the folder): `node verify.mjs [dir]`.
//
// 1. The public keys: each key id is the first 16 hex digits of the SHA-256 of the key.
// 2. The manifest: its Ed25519 signature, and every file's SHA-256.
// 3. The chain: every event's hash is recomputed — sha256(prev_hash + RFC 8785 canonical JSON of
//    the event without prev_hash and hash) — and every event links to the one before.
// 4. The checkpoints: each signature, and that the event it names still has the hash it signed.
//    A history rewritten after an edit passes 3 but not 4: the first event past the last
//    checkpoint that still matches is named.
// 5. The documents: each hash in documents.json is the one the audit trail recorded.
//
// Exit 0: intact. Exit 1: "BROKEN at event #N: …" (or the file that is wrong). Exit 2: not a bundle.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`not an evidence bundle: no manifest.json in ${dir}`);
  process.exit(2);
}
const read = (path) => readFileSync(join(dir, path));
const readJson = (path) => JSON.parse(read(path).toString('utf8'));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const broken = (line) => {
  console.error(`BROKEN ${line}`);
  process.exit(1);
};

/** RFC 8785 (JCS) for JSON values: sorted keys (UTF-16 order), ECMAScript number and string forms. */
function canonical(value) {
  if (value === null || typeof value !== 'object' || typeof value.toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
}

// 1. Keys
const keys = new Map();
for (const k of readJson('public-keys.json')) {
  const der = Buffer.from(k.spki, 'base64');
  if (sha256(der).slice(0, 16) !== k.keyId) broken(`public-keys.json: key ${k.keyId} is not the key its id names`);
  keys.set(k.keyId, createPublicKey({ key: der, format: 'der', type: 'spki' }));
}
const signedBy = (keyId, message, signature) => {
  const key = keys.get(keyId);
  if (!key) return false;
  try {
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};

// 2. Manifest
const manifestBytes = read('manifest.json');
const manifest = JSON.parse(manifestBytes.toString('utf8'));
const manifestSig = readJson('manifest.sig.json');
if (!signedBy(manifestSig.keyId, `terbuka-evidence-bundle/1\nmanifest-sha256=${sha256(manifestBytes)}\n`, manifestSig.signature)) {
  broken("manifest.json: its signature does not verify with the bundle's public keys");
}
for (const f of manifest.files) {
  if (!existsSync(join(dir, f.path))) broken(`${f.path}: listed in the manifest but missing`);
  if (sha256(read(f.path)) !== f.sha256) broken(`${f.path}: its SHA-256 differs from the manifest`);
}

// 3. Chain
const events = read('events.jsonl')
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const bySeq = new Map();
let redacted = 0;
let previous = null;
for (const e of events) {
  if (previous && e.seq !== previous.seq + 1) broken(`at event #${previous.seq + 1}: missing (the next event in the file is #${e.seq})`);
  if (previous && e.prev_hash !== previous.hash) broken(`at event #${e.seq}: it does not link to event #${previous.seq}`);
  const { prev_hash, hash, data, scheme, redacted: isRedacted, ...fields } = e;
  if (isRedacted) {
    // Recorded before commitments (hash scheme 1) with free text, which stays out of the bundle: linked, not recomputed.
    redacted += 1;
  } else {
    const body = canonical(scheme === 2 ? { ...fields, scheme: 2, data } : { ...fields, data });
    if (sha256(prev_hash + body) !== hash) broken(`at event #${e.seq}: its hash does not match its content (edited after it was written)`);
  }
  bySeq.set(e.seq, e);
  previous = e;
}

// 4. Checkpoints
const checkpoints = readJson('checkpoints.json').sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
let lastGood = events.length ? events[0].seq - 1 : 0;
let matched = 0;
for (const cp of checkpoints) {
  const message = `terbuka-audit-checkpoint/1\nseq=${cp.seq}\nhead=${cp.head}\nat=${cp.at}\n`;
  if (!signedBy(cp.keyId, message, cp.signature)) broken(`at event #${cp.seq}: the checkpoint of ${cp.at} is not validly signed by a key of the bundle`);
  const event = bySeq.get(cp.seq);
  const hash = event ? event.hash : events.length && cp.seq === events[0].seq - 1 ? events[0].prev_hash : undefined;
  if (hash === undefined) continue;
  if (hash !== cp.head) {
    broken(
      `at event #${lastGood + 1}: the chain was rewritten — the checkpoint signed at ${cp.at} names another hash for event #${cp.seq}; event #${lastGood + 1} is the first past the last checkpoint that still matches`,
    );
  }
  lastGood = cp.seq;
  matched += 1;
}
if (events.length > 0 && !checkpoints.some((cp) => bySeq.has(cp.seq))) {
  broken(`at event #${events[0].seq}: no signed checkpoint covers the events of this bundle`);
}

// 5. Documents
const recorded = new Map();
for (const e of events) {
  const d = e.data ?? {};
  if (typeof d.documentId === 'string' && typeof d.sha256 === 'string') recorded.set(d.documentId, { sha256: d.sha256, seq: e.seq });
  if (Array.isArray(d.documents))
    for (const doc of d.documents) if (doc && typeof doc.documentId === 'string') recorded.set(doc.documentId, { sha256: doc.sha256, seq: e.seq });
}
let documentsChecked = 0;
for (const doc of readJson('documents.json')) {
  const r = recorded.get(doc.documentId);
  if (!r) continue;
  if (r.sha256 !== doc.sha256) broken(`at event #${r.seq}: document ${doc.documentId} has another SHA-256 than the audit trail recorded`);
  documentsChecked += 1;
}

const span = events.length ? `events #${events[0].seq}–#${events.at(-1).seq}` : 'no events';
console.log(
  `intact: ${span} (${events.length}; ${redacted} with free text recorded before commitments, linked but not recomputed), ` +
    `${matched} signed checkpoint(s) match, ${documentsChecked} document hash(es) match the trail, ${manifest.files.length} file(s) match the signed manifest`,
);
