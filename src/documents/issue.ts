/**
 * Issuing documents: render once, store the bytes with their SHA-256, and record the hash in the
 * audit trail, so a later download returns exactly what was sent and anyone can check it against
 * the chain. Transitions issue theirs inside their own transaction (DECIDE → written notice, and
 * for a denial the denial decision; EXTEND → extension notice), and the hashes go into the
 * transition's one audit event. The receipt is issued right after the filing commits, with an
 * ISSUE_DOCUMENT event of its own (see `issueReceipts`). Drafts are never stored.
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { createHash } from 'node:crypto';
import type { CaseRow } from '../../db/schema';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../cases/errors';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { Actor } from '../../workflows/request.events';
import { consequenceTestOf, decisionOf, extensionOf, letterInfo, objectionDue, registeredBy, requestFacts } from './case-data';
import { renderDenialDecision } from './denial-decision';
import { renderExtensionNotice } from './extension-notice';
import { letterheadFor } from './letterhead';
import { nextLetterNumber } from './letter-number';
import { renderReceipt } from './receipt';
import type { DocumentKind, RenderOptions } from './types';
import { verificationUrl } from './verification';
import { renderWrittenNotice } from './written-notice';
import { withFonts } from './fonts';
import { releasedFiles } from '../answers/case-files';
import type { BlobStore } from '../files/blob-store';
import { documentFiles } from './stored';

export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  lang: Lang;
  filename: string;
  sha256: string;
  letterNumber: string | null;
  bytes: number;
}

/** What the audit trail keeps of an issued document: enough to prove which bytes were sent. */
export const auditedDocument = (d: IssuedDocument) => ({
  documentId: d.id,
  kind: d.kind,
  lang: d.lang,
  letterNumber: d.letterNumber,
  sha256: d.sha256,
  bytes: d.bytes,
});

const SLUGS: Record<DocumentKind, string> = {
  receipt: 'tanda-bukti-penerimaan',
  written_notice: 'pemberitahuan-tertulis',
  extension_notice: 'pemberitahuan-perpanjangan',
  denial_decision: 'sk-penolakan',
  objection_receipt: 'tanda-terima-keberatan',
  objection_decision: 'tanggapan-atasan-ppid',
};

export const documentFilename = (kind: DocumentKind, number: string, lang: Lang) =>
  `${SLUGS[kind]}-${number.replace(/[^0-9A-Za-z]+/g, '-')}${lang === 'en' ? '-en' : ''}.pdf`;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A UUID-shaped id derived from a name, for documents that exist at most once (the receipt per language). */
const nameId = (name: string) => {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export interface StoreInput {
  caseId: string;
  registrationNumber: string;
  kind: DocumentKind;
  lang: Lang;
  bytes: Buffer;
  letterNumber: string | null;
  /** What else it belongs to, e.g. the objection (keberatan) it answers. */
  refId?: string | null;
  actor: Actor;
  at: string;
  /** Fixed id for a document that exists at most once; a second store of it returns the first. */
  id?: string;
  /**
   * Whether to append its own ISSUE_DOCUMENT audit event. A transition leaves this off and puts
   * `auditedDocument(doc)` into its one audit event instead.
   */
  audit?: boolean;
}

/**
 * Stores an issued document in the caller's transaction and, unless told otherwise, appends
 * ISSUE_DOCUMENT (id, kind, letter number, SHA-256, size) to the audit trail. Exported for the
 * objection workflow (which may instead put `auditedDocument(doc)` into its own event). The bytes
 * go where `blobs` keeps them (on Workers the R2 object is written here, before the row commits).
 */
export async function storeIssuedDocument(trx: Trx, blobs: BlobStore, input: StoreInput): Promise<IssuedDocument> {
  const id = input.id ?? crypto.randomUUID();
  // A document that exists at most once and is there already: the first one (and no second object).
  if (input.id) {
    const first = await existingDocument(trx, blobs, id);
    if (first) return first;
  }
  const doc: IssuedDocument = {
    id,
    kind: input.kind,
    lang: input.lang,
    filename: documentFilename(input.kind, input.registrationNumber, input.lang),
    sha256: sha256(input.bytes),
    letterNumber: input.letterNumber,
    bytes: input.bytes.length,
  };
  const stored = await blobs.put('documents', id, input.bytes, 'application/pdf');
  const inserted = await trx
    .insertInto('documents')
    .values({
      id,
      case_id: input.caseId,
      kind: input.kind,
      lang: input.lang,
      filename: doc.filename,
      content_type: 'application/pdf',
      bytes: stored.bytes,
      blob_key: stored.blobKey,
      sha256: doc.sha256,
      public: 1,
      issued_at: input.at,
      issued_by: input.actor.id,
      letter_number: input.letterNumber,
      ref_id: input.refId ?? null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  // Stored by a concurrent unit of work meanwhile (PostgreSQL, where the bytes are in the row).
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return (await existingDocument(trx, blobs, id))!;
  if (input.audit !== false) {
    await appendAudit(trx, {
      caseId: input.caseId,
      actor: input.actor,
      event: 'ISSUE_DOCUMENT',
      fromState: null,
      toState: null,
      at: input.at,
      data: { ...auditedDocument(doc), ...(input.refId ? { refId: input.refId } : {}) },
    });
  }
  return doc;
}

async function existingDocument(trx: Trx, blobs: BlobStore, id: string): Promise<IssuedDocument | undefined> {
  const existing = await trx
    .selectFrom('documents')
    .select(['kind', 'lang', 'filename', 'sha256', 'letter_number', 'bytes', 'blob_key'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!existing) return undefined;
  return {
    id,
    kind: existing.kind as DocumentKind,
    lang: existing.lang as Lang,
    filename: existing.filename,
    sha256: existing.sha256,
    letterNumber: existing.letter_number,
    bytes: (await blobs.bytesOf(existing)).length,
  };
}

/** The languages a letter is issued in: Indonesian always (authoritative), English too for a requester who filed in English. */
const languagesFor = (row: CaseRow): Lang[] => (row.lang === 'en' ? ['id', 'en'] : ['id']);

/**
 * Issues the documents a transition produces, inside its transaction (called from `applyIn`).
 * Returns them so the e-mails of the same transition can attach them.
 */
export async function issueDocumentsFor(trx: Trx, deps: Deps, row: CaseRow, eventType: string, actor: Actor, at: string): Promise<IssuedDocument[]> {
  if (eventType !== 'DECIDE' && eventType !== 'EXTEND') return [];
  const issued: IssuedDocument[] = [];
  const issue = async (kind: DocumentKind, render: (lang: Lang, letterNumber: string, documentId: string) => Promise<Buffer>) => {
    const { letter } = await letterInfo(trx, deps, row, at, actor.id, null);
    const letterNumber = await nextLetterNumber(trx, kind, letter.date);
    for (const lang of languagesFor(row)) {
      // The id is chosen before rendering: the letter's QR code points to its verification page.
      const id = crypto.randomUUID();
      const bytes = await render(lang, letterNumber, id);
      issued.push(
        await storeIssuedDocument(trx, deps.blobs, {
          id,
          caseId: row.id,
          registrationNumber: row.registration_number,
          kind,
          lang,
          bytes,
          letterNumber,
          actor,
          at,
          audit: false,
        }),
      );
    }
    return letterNumber;
  };
  if (eventType === 'EXTEND') {
    await issue('extension_notice', (lang, n, documentId) =>
      renderKind(trx, deps, row, 'extension_notice', lang, { at, signerId: actor.id, letterNumber: n, documentId }),
    );
    return issued;
  }
  const decision = decisionOf(row, { draft: false });
  let denialLetterNumber: string | null = null;
  if (decision?.outcome === 'denied') {
    denialLetterNumber = await issue('denial_decision', (lang, n, documentId) =>
      renderKind(trx, deps, row, 'denial_decision', lang, { at, signerId: actor.id, letterNumber: n, documentId }),
    );
  }
  await issue('written_notice', (lang, n, documentId) =>
    renderKind(trx, deps, row, 'written_notice', lang, { at, signerId: actor.id, letterNumber: n, denialLetterNumber, documentId }),
  );
  return issued;
}

interface RenderContext {
  at: string;
  signerId: string | null;
  letterNumber: string | null;
  draft?: boolean;
  denialLetterNumber?: string | null;
  /** The id the issued document will have: its QR code points to `/verifikasi/<id>`. */
  documentId?: string;
}

/** Renders one kind of document from the stored case; throws 409 `nothing_to_render` when the case has nothing for it yet. */
export async function renderKind(db: Reader, deps: Deps, row: CaseRow, kind: DocumentKind, lang: Lang, ctx: RenderContext): Promise<Buffer> {
  // The receipt is signed by whoever registered the request (nobody for the web), the others by their issuer;
  // the letterhead, place and date then come from that signer's unit (case-data.ts `issuingUnit`).
  const receipt = kind === 'receipt';
  const { letter, unitCode } = receipt
    ? await letterInfo(db, deps, row, row.received_at, await registeredBy(db, row.id), row.registration_number)
    : await letterInfo(db, deps, row, ctx.at, ctx.signerId, ctx.letterNumber);
  const options: RenderOptions = {
    lang,
    letterhead: await letterheadFor(db, unitCode),
    draft: ctx.draft ?? false,
    verifyUrl: ctx.documentId && !ctx.draft ? verificationUrl(deps.config, ctx.documentId) : undefined,
  };
  const request = await requestFacts(db, row, lang);
  const nothing = () => new DomainError(409, 'nothing_to_render', 'nothing_to_render', { kind });
  switch (kind) {
    case 'receipt': {
      const deadlines = JSON.parse(row.deadlines) as { notice: { due: string } };
      return withFonts(() => renderReceipt({ request, noticeDue: deadlines.notice.due, letter }, options));
    }
    case 'written_notice': {
      const decision = decisionOf(row, { draft: ctx.draft ?? false });
      if (!decision) throw nothing();
      return withFonts(async () =>
        renderWrittenNotice(
          {
            request,
            letter,
            decision,
            denialLetterNumber: ctx.denialLetterNumber ?? null,
            objectionDue: await objectionDue(db, deps, row, ctx.at),
            files: (await releasedFiles(db, row.id)).map((f) => ({
              filename: f.filename,
              sha256: f.sha256,
              redactions: (f.redactionLog ?? []).map((r) => ({ page: r.page, letter: r.letter })),
            })),
          },
          options,
        ),
      );
    }
    case 'denial_decision': {
      const decision = decisionOf(row, { draft: ctx.draft ?? false });
      if (decision?.outcome !== 'denied') throw nothing();
      const consequenceTest = await consequenceTestOf(db, decision);
      if (!consequenceTest) throw nothing();
      return withFonts(async () =>
        renderDenialDecision(
          {
            request,
            letter,
            exemptions: decision.exemptions,
            consequenceTest,
            note: decision.note,
            objectionDue: await objectionDue(db, deps, row, ctx.at),
          },
          options,
        ),
      );
    }
    case 'extension_notice': {
      const ext = extensionOf(row);
      if (!ext) throw nothing();
      return withFonts(() => renderExtensionNotice({ request, letter, reason: ext.reason, previousDue: ext.previousDue, newDue: ext.newDue }, options));
    }
    default:
      // Objection documents are issued by the objection workflow with the objection's own data.
      throw nothing();
  }
}

/** A draft preview (watermarked, unnumbered, not stored) of what issuing would print now. */
export async function previewDocument(deps: Deps, row: CaseRow, kind: DocumentKind, lang: Lang, actor: Actor): Promise<Buffer> {
  return renderKind(deps.db, deps, row, kind, lang, { at: deps.clock().toISOString(), signerId: actor.id, letterNumber: null, draft: true });
}

const receiptId = (caseId: string, lang: Lang) => nameId(`receipt:${caseId}:${lang}`);

/**
 * The receipt (tanda bukti penerimaan) of a filed case, for every channel: in Indonesian, and in
 * English too for a requester who filed in English. Rendered from the committed case outside any
 * transaction, then stored with its SHA-256 and an ISSUE_DOCUMENT audit event by the service (the
 * PPID's desk), never "by the requester", in one short unit of work that also clears the case's
 * `receipts_to_issue` row. Issuing twice stores nothing twice (the ids are derived from the case).
 */
export async function issueReceipts(deps: Deps, row: CaseRow, also: Lang[] = []): Promise<IssuedDocument[]> {
  const langs = [...new Set([...languagesFor(row), ...also])];
  const stored = new Set(
    (
      await deps.db
        .selectFrom('documents')
        .select('id')
        .where(
          'id',
          'in',
          langs.map((l) => receiptId(row.id, l)),
        )
        .execute()
    ).map((d) => d.id),
  );
  const rendered: Array<{ id: string; lang: Lang; bytes: Buffer }> = [];
  for (const lang of langs) {
    const id = receiptId(row.id, lang);
    if (stored.has(id)) continue;
    const bytes = await renderKind(deps.db, deps, row, 'receipt', lang, {
      at: row.received_at,
      signerId: null,
      letterNumber: row.registration_number,
      documentId: id,
    });
    rendered.push({ id, lang, bytes });
  }
  const at = deps.clock().toISOString();
  return deps.transact(async (trx) => {
    const issued: IssuedDocument[] = [];
    for (const r of rendered) {
      issued.push(
        await storeIssuedDocument(trx, deps.blobs, {
          id: r.id,
          caseId: row.id,
          registrationNumber: row.registration_number,
          kind: 'receipt',
          lang: r.lang,
          bytes: r.bytes,
          letterNumber: null,
          actor: SERVICE,
          at,
        }),
      );
    }
    await trx.deleteFrom('receipts_to_issue').where('case_id', '=', row.id).execute();
    return issued;
  });
}

const SERVICE: Actor = { kind: 'system', id: null, role: 'system', unit: null };

/**
 * The receipt as stored at filing. One not stored yet (a process that stopped between the filing's
 * commit and the receipt's, a case from before receipts were issued at filing, or the other
 * language of one) is issued now, once, by the service, and stored like the others.
 */
export async function receiptDocument(
  deps: Deps,
  row: CaseRow,
  lang: Lang,
  /** Who asked for it: not the issuer (the service issues receipts); kept for the callers' signature. */
  _requestedBy?: Actor,
): Promise<{ id: string; filename: string; bytes: Uint8Array }> {
  const id = receiptId(row.id, lang);
  const [stored] = await documentFiles(deps, [id]);
  if (stored) return stored;
  await issueReceipts(deps, row, [lang]);
  const [issued] = await documentFiles(deps, [id]);
  if (!issued) throw new Error(`receipt ${id} was not stored`);
  return issued;
}
