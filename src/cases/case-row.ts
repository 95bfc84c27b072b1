/** A case as stored, for code outside the domain that passes one along (pages, tracking). */
export type { CaseRow } from '../../db/schema';
