/**
 * Files that travel with a case (issue 17): the information released with a grant or partial
 * grant (attached by the PPID Utama, or by a PPID Pelaksana with its draft), and the requester's
 * clarification attachments. Sealed at rest with the data key (AES-256-GCM, bound to the file's
 * row, like identity scans); each file's SHA-256 is in the audit trail when attached and again
 * when released with the decision, so what the requester downloads can be proven.
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseRow, Database } from '../../db/schema';
import type { CaseFilePurpose } from '../../db/schema/answers';
import { newRowId } from '../../db/row-id';
import { appendAudit } from '../audit/audit-log';
import { findCaseInScope } from '../cases/case.repository';
import { DomainError, eventNotAllowed, invalidField, notFound } from '../cases/errors';
import { restoreSnapshot } from '../cases/transition';
import { open, seal } from '../crypto/aead';
import type { KeyRing } from '../crypto/key-ring';
import type { Deps } from '../deps';
import type { BlobStore } from '../files/blob-store';
import { type Actor, type RequestEvent, exemptionLetters } from '../../workflows/request.events';
import { availableEvents } from '../../workflows/request.state';
import { type CheckedFile, checkCaseFile } from './file-check';
import { type Region, asPdf, pageSizes, redactPdf, regionProblems } from './redaction';

const context = (id: string) => `case_file:${id}`;
const blob = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export interface RedactionEntry {
  page: number;
  region: number;
  rect: [number, number, number, number];
  letter: string;
  officer: string | null;
  officerName: string | null;
  at: string;
}

export interface CaseFileInfo {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  pages: number | null;
  status: string;
  purpose: CaseFilePurpose;
  uploadedAt: string;
  uploaderRole: string;
  unit: string | null;
  sourceFileId: string | null;
  redactionLog: RedactionEntry[] | null;
  releasedAt: string | null;
}

type FileRow = Omit<Database['case_files'], 'bytes' | 'key_id' | 'blob_key'>;
const infoOf = (r: FileRow): CaseFileInfo => ({
  id: r.id,
  filename: r.filename,
  contentType: r.content_type,
  size: r.size,
  sha256: r.sha256,
  pages: r.pages,
  status: r.status,
  purpose: r.purpose,
  uploadedAt: r.uploaded_at,
  uploaderRole: r.uploader_role,
  unit: r.unit_code,
  sourceFileId: r.source_file_id,
  redactionLog: r.redaction_log ? (JSON.parse(r.redaction_log) as RedactionEntry[]) : null,
  releasedAt: r.released_at,
});

const INFO_COLUMNS = [
  'id',
  'case_id',
  'purpose',
  'filename',
  'content_type',
  'size',
  'sha256',
  'pages',
  'uploaded_by',
  'uploader_role',
  'unit_code',
  'uploaded_at',
  'status',
  'released_at',
  'source_file_id',
  'redaction_log',
] as const;

/** The answer's files as an officer sees them (never the bytes): staged, released, and their redacted versions. */
export async function listCaseFiles(db: Reader, caseId: string, purpose?: CaseFilePurpose): Promise<CaseFileInfo[]> {
  const rows = await db
    .selectFrom('case_files')
    .select(INFO_COLUMNS)
    .where('case_id', '=', caseId)
    .where('status', '!=', 'removed')
    .$if(purpose !== undefined, (q) => q.where('purpose', '=', purpose!))
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(infoOf);
}

/** What the requester may download: the released information, nothing staged, no original of a redacted file. */
export async function releasedFiles(db: Reader, caseId: string): Promise<CaseFileInfo[]> {
  const rows = await db
    .selectFrom('case_files')
    .select(INFO_COLUMNS)
    .where('case_id', '=', caseId)
    .where('status', '=', 'released')
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(infoOf);
}

/** What reading and storing a case file needs: the database, the data keys, where the bytes live. */
type FileDeps = { db: Reader; keys: KeyRing; blobs: BlobStore };

/**
 * One file in clear; `releasedOnly` for the requester. Null when the case has no such file. The one
 * reader of a case file's bytes: from the row or the R2 bucket, whichever the row names.
 */
export async function openCaseFile(deps: FileDeps, caseId: string, fileId: string, options: { releasedOnly: boolean }) {
  const row = await deps.db
    .selectFrom('case_files')
    .selectAll()
    .where('id', '=', fileId)
    .where('case_id', '=', caseId)
    .where('status', '!=', 'removed')
    .$if(options.releasedOnly, (q) => q.where('status', '=', 'released'))
    .executeTakeFirst();
  if (!row) return null;
  const sealed = await deps.blobs.bytesOf(row);
  const bytes = await open(deps.keys, context(row.id), { keyId: row.key_id, bytes: sealed });
  return { ...infoOf(row), bytes };
}

/**
 * May this actor add to or change the answer's files now? The same people the workflow lets
 * decide (the PPID Utama) or submit a draft (a PPID Pelaksana whose unit accepted): asked of the machine.
 */
export function mayWorkOnAnswer(row: CaseRow, actor: Actor, at: string): boolean {
  const snapshot = restoreSnapshot(row);
  return (['DECIDE', 'SUBMIT_DRAFT'] as const).some((type) => snapshot.can({ type, actor, at, probe: true } as RequestEvent));
}

function refuseUnlessWorking(row: CaseRow, actor: Actor, at: string) {
  if (!mayWorkOnAnswer(row, actor, at)) throw eventNotAllowed('ATTACH_FILE', availableEvents(restoreSnapshot(row), actor, at));
}

export interface StoreFileInput {
  caseId: string;
  purpose: CaseFilePurpose;
  file: CheckedFile;
  actor: Actor;
  at: string;
  sourceFileId?: string;
  redactionLog?: RedactionEntry[];
}

/**
 * Seals and stores a checked file in the caller's transaction; FILE_ATTACHED (or FILE_REDACTED) in
 * the audit trail. The sealed bytes go where `blobs` keeps them (on Workers the R2 object is written
 * here, before the row commits).
 */
export async function storeCaseFile(trx: Trx, deps: Omit<FileDeps, 'db'>, input: StoreFileInput): Promise<CaseFileInfo> {
  const id = newRowId();
  const sealed = await seal(deps.keys, context(id), input.file.bytes);
  const stored = await deps.blobs.put('case_files', id, sealed.bytes, 'application/octet-stream'); // ciphertext
  const row = {
    id,
    case_id: input.caseId,
    purpose: input.purpose,
    filename: input.file.filename,
    content_type: input.file.contentType,
    size: input.file.size,
    sha256: input.file.sha256,
    pages: input.file.pages,
    bytes: stored.bytes,
    blob_key: stored.blobKey,
    key_id: sealed.keyId,
    uploaded_by: input.actor.id,
    uploader_role: input.actor.role,
    unit_code: input.actor.role === 'ppid_pelaksana' ? input.actor.unit : null,
    uploaded_at: input.at,
    status: 'staged' as const,
    released_at: null,
    source_file_id: input.sourceFileId ?? null,
    redaction_log: input.redactionLog ? JSON.stringify(input.redactionLog) : null,
  };
  await trx.insertInto('case_files').values(row).execute();
  await appendAudit(trx, {
    caseId: input.caseId,
    actor: input.actor,
    event: input.sourceFileId ? 'FILE_REDACTED' : 'FILE_ATTACHED',
    fromState: null,
    toState: null,
    at: input.at,
    data: {
      fileId: id,
      purpose: input.purpose,
      filename: input.file.filename,
      contentType: input.file.contentType,
      sha256: input.file.sha256,
      bytes: input.file.size,
      ...(input.sourceFileId
        ? { sourceFileId: input.sourceFileId, regions: input.redactionLog?.map((r) => ({ page: r.page, region: r.region, letter: r.letter })) }
        : {}),
    },
  });
  return infoOf(row);
}

const maxBytes = (deps: Deps) => deps.config.CASE_FILE_MAX_MB * 1024 * 1024;

/** Checks every upload whole; the first that fails is a field error and nothing is stored. */
export async function checkUploads(deps: Deps, uploads: Array<{ name: string; bytes: Uint8Array }>, field: string): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const [i, u] of uploads.entries()) {
    const result = await checkCaseFile(u.name, u.bytes, maxBytes(deps));
    if (!result.ok) {
      throw new DomainError(400, 'invalid_input', 'invalid_input', result.params ?? {}, { [uploads.length > 1 ? `${field}.${i}` : field]: result.error });
    }
    checked.push(result.file);
  }
  return checked;
}

/** The PPID Utama or a PPID Pelaksana working on the answer adds files to it (staged until the decision). */
export async function attachAnswerFiles(
  deps: Deps,
  caseId: string,
  actor: Actor,
  uploads: Array<{ name: string; bytes: Uint8Array }>,
): Promise<CaseFileInfo[]> {
  await findCaseInScope(deps.db, caseId, actor); // out of scope is a 404 whatever was posted
  if (uploads.length === 0) throw invalidField('files', 'file_required');
  const checked = await checkUploads(deps, uploads, 'files');
  return deps.transact(async (trx) => {
    const row = await findCaseInScope(trx, caseId, actor);
    const at = deps.clock().toISOString();
    refuseUnlessWorking(row, actor, at);
    const present = await listCaseFiles(trx, row.id, 'answer');
    const limit = deps.config.CASE_FILE_MAX_COUNT;
    if (present.filter((f) => f.status !== 'superseded').length + checked.length > limit) {
      throw new DomainError(400, 'invalid_input', 'invalid_input', { max: limit }, { files: 'file_too_many' });
    }
    const stored: CaseFileInfo[] = [];
    for (const file of checked) stored.push(await storeCaseFile(trx, deps, { caseId: row.id, purpose: 'answer', file, actor, at }));
    return stored;
  });
}

/** Takes a staged file (and its redacted versions) out of the answer. A released file stays released. */
export async function removeAnswerFile(deps: Deps, caseId: string, fileId: string, actor: Actor): Promise<void> {
  await deps.transact(async (trx) => {
    const row = await findCaseInScope(trx, caseId, actor);
    const at = deps.clock().toISOString();
    refuseUnlessWorking(row, actor, at);
    const file = await trx.selectFrom('case_files').select(['id', 'status']).where('id', '=', fileId).where('case_id', '=', row.id).executeTakeFirst();
    if (!file || file.status !== 'staged') throw notFound();
    await trx
      .updateTable('case_files')
      .set({ status: 'removed' })
      .where('case_id', '=', row.id)
      .where((eb) => eb.or([eb('id', '=', fileId), eb('source_file_id', '=', fileId)]))
      .execute();
    await appendAudit(trx, { caseId: row.id, actor, event: 'FILE_REMOVED', fromState: null, toState: null, at, data: { fileId } });
  });
}

export interface ReleasedFile {
  fileId: string;
  filename: string;
  sha256: string;
  bytes: number;
  redactedFrom: string | null;
  regions: number;
  letters: string[];
}

/**
 * On a grant or partial grant, inside the DECIDE transaction: the answer's staged files are
 * released with the written notice. A redacted version is released in place of its original
 * (which is kept, superseded, for the officers). On a partial grant every PDF and picture must
 * have been redacted first — an unredacted one is a field error and the decision is not taken.
 */
export async function releaseFilesIn(trx: Trx, row: CaseRow, at: string): Promise<ReleasedFile[]> {
  if (row.outcome !== 'granted' && row.outcome !== 'partially_granted') return [];
  const staged = (await listCaseFiles(trx, row.id, 'answer')).filter((f) => f.status === 'staged');
  const redactedOf = new Map(staged.filter((f) => f.sourceFileId).map((f) => [f.sourceFileId!, f]));
  const originals = staged.filter((f) => !f.sourceFileId);
  if (row.outcome === 'partially_granted') {
    const unredacted = originals.filter((f) => redactable(f.contentType) && !redactedOf.has(f.id));
    if (unredacted.length > 0) {
      throw new DomainError(400, 'invalid_input', 'invalid_input', { files: unredacted.map((f) => f.filename).join(', ') }, { files: 'file_not_redacted' });
    }
  }
  const released: ReleasedFile[] = [];
  for (const original of originals) {
    const redacted = redactedOf.get(original.id);
    const out = redacted ?? original;
    if (redacted) await trx.updateTable('case_files').set({ status: 'superseded' }).where('id', '=', original.id).execute();
    await trx.updateTable('case_files').set({ status: 'released', released_at: at }).where('id', '=', out.id).execute();
    released.push({
      fileId: out.id,
      filename: out.filename,
      sha256: out.sha256,
      bytes: out.size,
      redactedFrom: redacted ? original.id : null,
      regions: redacted?.redactionLog?.length ?? 0,
      letters: [...new Set(redacted?.redactionLog?.map((r) => r.letter) ?? [])].sort(),
    });
  }
  // Redacted versions whose original was taken out are not released.
  return released;
}

export const redactable = (contentType: string) => contentType === 'application/pdf' || contentType === 'image/png' || contentType === 'image/jpeg';

/**
 * Redacts a staged PDF or picture of this case's answer (a picture is made into a PDF first):
 * the regions are checked against the file's pages (400 naming each bad one), the redacted PDF
 * is stored as a new staged file beside its original with its redaction log (page, region,
 * letter, officer, time), FILE_REDACTED in the audit trail. Redacting again replaces the earlier
 * redacted version. A file of another case, or not redactable: 400.
 */
export async function redactCaseFile(deps: Deps, caseId: string, fileId: string, actor: Actor, regions: Region[]): Promise<CaseFileInfo> {
  const row = await findCaseInScope(deps.db, caseId, actor);
  refuseUnlessWorking(row, actor, deps.clock().toISOString());
  const source = await openCaseFile(deps, row.id, fileId, { releasedOnly: false });
  if (!source || source.purpose !== 'answer' || source.status !== 'staged' || source.sourceFileId) throw invalidField('fileId', 'file_not_of_case');
  if (!redactable(source.contentType)) throw invalidField('fileId', 'file_not_redactable');
  if (regions.length === 0) throw invalidField('regions', 'regions_required');
  const pdf = await asPdf(source.bytes, source.contentType);
  const problems = regionProblems(regions, await pageSizes(pdf), exemptionLetters);
  if (Object.keys(problems).length > 0) throw new DomainError(400, 'invalid_input', 'invalid_input', {}, problems);
  const redacted = await redactPdf(pdf, regions);
  const officer = actor.id ? await deps.db.selectFrom('users').select('name').where('id', '=', actor.id).executeTakeFirst() : undefined;
  return deps.transact(async (trx) => {
    const at = deps.clock().toISOString();
    const current = await findCaseInScope(trx, caseId, actor);
    refuseUnlessWorking(current, actor, at);
    const still = await trx.selectFrom('case_files').select('status').where('id', '=', fileId).executeTakeFirst();
    if (still?.status !== 'staged') throw invalidField('fileId', 'file_not_of_case');
    await trx.updateTable('case_files').set({ status: 'removed' }).where('source_file_id', '=', fileId).where('status', '=', 'staged').execute();
    const log: RedactionEntry[] = regions.map((r, i) => ({
      page: r.page,
      region: i + 1,
      rect: r.rect,
      letter: r.letter,
      officer: actor.id,
      officerName: officer?.name ?? null,
      at,
    }));
    const base = source.filename.replace(/\.[A-Za-z0-9]+$/, '');
    const file: CheckedFile = {
      filename: `${base}-dihitamkan.pdf`,
      contentType: 'application/pdf',
      kind: 'pdf',
      bytes: redacted,
      size: redacted.length,
      sha256: createHash('sha256').update(redacted).digest('hex'),
      pages: (await pageSizes(redacted)).length,
    };
    return storeCaseFile(trx, deps, { caseId: row.id, purpose: 'answer', file, actor, at, sourceFileId: fileId, redactionLog: log });
  });
}

/**
 * Seals again under the current key every released file sealed with another key (key rotation,
 * `npm run keys -- reseal`), a batch at a time so memory stays bounded. Returns how many.
 */
export async function resealCaseFiles(db: Kysely<Database>, keys: KeyRing, batch = 20): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('case_files')
      .select(['id', 'bytes', 'key_id'])
      .where('id', '>', after)
      .where('key_id', '!=', keys.current.id)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return done;
    for (const row of rows) {
      // An empty column: the file is in the R2 bucket (Workers, migration 0020), which this Node
      // command does not reach: its key stays in the ring.
      if (row.bytes.length === 0) continue;
      done += 1;
      const plain = await open(keys, context(row.id), { keyId: row.key_id, bytes: new Uint8Array(row.bytes) });
      const sealed = await seal(keys, context(row.id), plain);
      await db
        .updateTable('case_files')
        .set({ bytes: blob(sealed.bytes), key_id: sealed.keyId })
        .where('id', '=', row.id)
        .execute();
    }
    after = rows.at(-1)!.id;
  }
}
