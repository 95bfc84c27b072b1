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
  sha256: string;
  bytes: Uint8Array;
  created_at: string;
}

export interface PublicTables {
  identity_documents: IdentityDocumentsTable;
}
