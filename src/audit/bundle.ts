/**
 * The evidence bundle (issue 11 item 6): one ZIP an auditor can check offline with plain Node —
 * the audit events of a period, the signed checkpoints that anchor them, the public keys, the
 * issued documents' hashes, whatever the caller adds (registers, the report of the period), a
 * manifest with every file's SHA-256 (signed), and `verify.mjs`, which recomputes the chain and
 * checks every signature, exiting 0 when intact and 1 naming the first broken event.
 *
 * No personal data: an event's free text (a clarification, a reason…) leaves as its salted
 * commitment (commitments.ts), which the hash covers since scheme 2, so the event is still
 * verified; a scheme-1 event holding free text leaves with the text marked redacted and is only
 * checked for its links. ZIP by fflate (pure JavaScript, no dependencies, the same on Node and
 * Workers, maintained; archiver and yazl are Node-stream only).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { AuditRow } from '../../db/schema';
import type { Deps } from '../deps';
import { checkpointsToVerify } from './checkpoint-signature';
import { signCheckpoint, type SignResult } from './checkpoints';
import { committedData, holdsFreeText, redactedData } from './commitments';
import { signBytes } from './signing-key';

/** A file the caller adds to the bundle (a register, the report of the period…). */
export interface BundleExtra {
  /** Relative path inside the ZIP, e.g. `registers/requests.csv`. */
  path: string;
  bytes: Uint8Array;
}

export interface BundlePeriod {
  /** Inclusive ISO instant. */
  from: string;
  /** Exclusive ISO instant. */
  to: string;
  /** As the caller asked for it (dates), for the manifest. */
  label: { from: string; to: string };
}

const RESERVED = new Set([
  'manifest.json',
  'manifest.sig.json',
  'verify.mjs',
  'events.jsonl',
  'checkpoints.json',
  'public-keys.json',
  'public-key.pem',
  'documents.json',
  'README.txt',
]);

let verifierSource: Uint8Array | undefined;
/** The offline verifier shipped in every bundle (src/audit/bundle-verify.mjs): read from disk on Node. */
export const bundleVerifier = () => {
  verifierSource ??= new Uint8Array(readFileSync(new URL('./bundle-verify.mjs', import.meta.url)));
  return verifierSource;
};
/** The verifier's text when there is no disk to read it from (the Workers entry: a text module in the bundle). */
export const useBundleVerifier = (source: string) => {
  verifierSource = new TextEncoder().encode(source);
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One event as exported: every hashed field, the commitments in place of free text. */
export function exportedEvent(row: AuditRow): Record<string, unknown> {
  const data: unknown = JSON.parse(row.data);
  const fields = {
    seq: Number(row.seq),
    id: row.id,
    case_id: row.case_id,
    actor_kind: row.actor_kind,
    actor_id: row.actor_id,
    actor_role: row.actor_role,
    event: row.event,
    from_state: row.from_state,
    to_state: row.to_state,
    at: row.at,
  };
  if (row.hash_scheme === 2) return { ...fields, scheme: 2, data: committedData(data, row.commit_salt ?? ''), prev_hash: row.prev_hash, hash: row.hash };
  if (holdsFreeText(data)) return { ...fields, data: redactedData(data), redacted: true, prev_hash: row.prev_hash, hash: row.hash };
  return { ...fields, data, prev_hash: row.prev_hash, hash: row.hash };
}

/** The message the manifest's signature is over (never mistaken for a checkpoint's). */
export const manifestMessage = (manifest: Uint8Array) => `terbuka-evidence-bundle/1\nmanifest-sha256=${sha256(manifest)}\n`;

export interface BuiltBundle {
  zip: Uint8Array;
  filename: string;
  /** Whether a checkpoint could be signed for this export (false: the chain is broken, see `checkpoint`). */
  checkpoint: SignResult;
  events: number;
}

/**
 * Builds the bundle for a period. Signs a checkpoint of the head first (an export is one of the
 * moments the head is signed); if the chain no longer extends the last checkpoint, nothing is
 * signed and the bundle says so — verify.mjs then names the broken event.
 */
export async function buildEvidenceBundle(deps: Deps, period: BundlePeriod, extras: BundleExtra[] = []): Promise<BuiltBundle> {
  for (const e of extras) {
    if (RESERVED.has(e.path) || !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(e.path) || e.path.split('/').some((p) => p === '..' || p === '.')) {
      throw new Error(`bundle extra "${e.path}": a relative path of letters, digits, '.', '_' and '-' that is not one of the bundle's own files`);
    }
  }
  const { db } = deps;
  const checkpoint = await signCheckpoint(deps, 'export');
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const bounds = await db
    .selectFrom('audit_events')
    .select((eb) => [eb.fn.min('seq').as('first'), eb.fn.max('seq').as('last')])
    .where('at', '>=', period.from)
    .where('at', '<', period.to)
    .where('seq', '<=', head.seq)
    .executeTakeFirst();
  const first = bounds?.first == null ? null : Number(bounds.first);
  const last = bounds?.last == null ? null : Number(bounds.last);
  // The events of the period, and on to the first checkpoint at or after the last of them, so the signature anchors them all.
  const anchor =
    last === null
      ? null
      : await db.selectFrom('audit_checkpoints').select('seq').where('seq', '>=', last).where('seq', '<=', head.seq).orderBy('seq').executeTakeFirst();
  const upto = last === null ? 0 : Number(anchor?.seq ?? head.seq);
  const lines: string[] = [];
  if (first !== null) {
    for (let from = first; from <= upto; from += 5000) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>=', from)
        .where('seq', '<=', Math.min(upto, from + 4999))
        .orderBy('seq')
        .execute();
      for (const row of rows) lines.push(JSON.stringify(exportedEvent(row)));
    }
  }
  const checkpoints = first === null ? await checkpointsToVerify(db, head.seq, head.seq) : await checkpointsToVerify(db, upto, Math.max(0, first - 1));
  const documents = await db
    .selectFrom('documents')
    .innerJoin('cases', 'cases.id', 'documents.case_id')
    .select([
      'documents.id',
      'documents.case_id',
      'cases.registration_number',
      'documents.kind',
      'documents.lang',
      'documents.letter_number',
      'documents.issued_at',
      'documents.sha256',
      'documents.ref_id',
    ])
    .where('documents.issued_at', '>=', period.from)
    .where('documents.issued_at', '<', period.to)
    .orderBy('documents.issued_at')
    .orderBy('documents.id')
    .execute();
  const keys = [...deps.auditKeys.byId.values()].map((k) => ({
    keyId: k.keyId,
    algorithm: 'Ed25519',
    spki: k.spki,
    pem: k.pem,
    current: k.keyId === deps.auditKeys.current.keyId,
  }));
  const generatedAt = deps.clock().toISOString();

  const files: Record<string, Uint8Array> = {
    'events.jsonl': strToU8(lines.length ? `${lines.join('\n')}\n` : ''),
    'checkpoints.json': strToU8(`${JSON.stringify(checkpoints, null, 1)}\n`),
    'public-keys.json': strToU8(`${JSON.stringify(keys, null, 1)}\n`),
    'public-key.pem': strToU8(deps.auditKeys.current.pem),
    'documents.json': strToU8(
      `${JSON.stringify(
        documents.map((d) => ({
          documentId: d.id,
          caseId: d.case_id,
          registrationNumber: d.registration_number,
          kind: d.kind,
          lang: d.lang,
          letterNumber: d.letter_number,
          issuedAt: d.issued_at,
          sha256: d.sha256,
          ...(d.ref_id ? { refId: d.ref_id } : {}),
        })),
        null,
        1,
      )}\n`,
    ),
    'verify.mjs': bundleVerifier(),
    'README.txt': strToU8(readme(period, deps.auditKeys.current.keyId)),
  };
  for (const e of extras) files[e.path] = e.bytes;
  const manifest = strToU8(
    `${JSON.stringify(
      {
        format: 'terbuka-evidence-bundle/1',
        generatedAt,
        period: period.label,
        events: { first, last, through: first === null ? null : upto, count: lines.length },
        head: { seq: Number(head.seq), hash: head.hash },
        checkpointAtExport: checkpoint.ok ? { seq: checkpoint.checkpoint.seq, at: checkpoint.checkpoint.at } : { refused: checkpoint.brokenAt },
        files: Object.entries(files).map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.length })),
      },
      null,
      1,
    )}\n`,
  );
  files['manifest.json'] = manifest;
  files['manifest.sig.json'] = strToU8(
    `${JSON.stringify({ keyId: deps.auditKeys.current.keyId, algorithm: 'Ed25519', message: 'terbuka-evidence-bundle/1', signature: signBytes(deps.auditKeys.current.privateKey, manifestMessage(manifest)) }, null, 1)}\n`,
  );
  const mtime = new Date(generatedAt);
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([p, b]) => [p, [b, { mtime }]])), { level: 6 });
  return { zip, filename: `bukti-audit-${period.label.from}-${period.label.to}.zip`, checkpoint, events: lines.length };
}

function readme(period: BundlePeriod, keyId: string): string {
  return `Terbuka — bundel bukti audit / audit evidence bundle
Periode / period: ${period.label.from} — ${period.label.to}

ID  Periksa dengan Node.js (versi 20 atau lebih baru), tanpa jaringan dan tanpa paket lain:
      node verify.mjs
    Keluar 0 bila rantai jejak audit utuh dan setiap checkpoint bertanda tangan cocok; keluar 1
    dengan menyebut kejadian pertama yang rusak. Bandingkan kunci publik ${keyId} dengan yang
    diumumkan di halaman publik /verifikasi layanan ini (atau di laporan tahunan).

EN  Check with Node.js (20 or later), offline, with no other package:
      node verify.mjs
    Exits 0 when the audit chain is intact and every signed checkpoint matches; exits 1 naming
    the first broken event. Compare the public key ${keyId} with the one published on this
    service's public page /verifikasi (or in the annual report).

events.jsonl       the audit events of the period (and on to the checkpoint that anchors them);
                   free text appears as {"$commitment": sha256} — no personal data
checkpoints.json   Ed25519-signed chain heads {seq, head, at, keyId, signature}
public-keys.json   the public keys (SPKI DER, base64; keyId = first 16 hex of its SHA-256)
documents.json     issued documents of the period: number, kind, date and SHA-256
manifest.json      every file's SHA-256; manifest.sig.json signs it
`;
}
