/** Tables of: Citizen web: identity documents, rate limits (issue 4). */

/**
 * Identity documents (dokumen identitas) a requester uploads with the web form: a KTP or passport
 * scan, a legal entity's deed (akta pendirian / SK pengesahan), or a power of attorney (surat
 * kuasa). Personal data: linked to the requester, never to a public view, never exported.
 */
export interface IdentityDocumentsTable {
  id: string;
  requester_id: string;
  /** ktp | passport | deed | power_of_attorney */
  kind: string;
  /** Checked by content (magic bytes), not by the browser's claim: application/pdf, image/jpeg, image/png. */
  content_type: string;
  size: number;
  /** SHA-256 of the file as uploaded (before encryption). */
  sha256: string;
  /** The file sealed with AES-256-GCM (src/crypto/aead.ts): iv ‖ ciphertext ‖ tag; never the scan in clear. */
  bytes: Uint8Array;
  /** The R2 object holding the sealed bytes when `bytes` is empty (migration 0020, Workers: src/files/blob-store.ts); else null. */
  blob_key: string | null;
  /** The data key that sealed `bytes` (migration 0010; null only on rows from before it, which it encrypts). */
  key_id: string | null;
  created_at: string;
}

export interface PublicTables {
  identity_documents: IdentityDocumentsTable;
}
