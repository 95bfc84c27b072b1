/**
 * Official letter numbers (nomor surat): `{seq}/PPID-{code}/{month in Roman numerals}/{year}`,
 * e.g. `7/PPID-PT/XI/2026`, sequential per kind of document and year. The counter row is bumped
 * in the issuing transaction (a dialect-neutral upsert), so two letters never share a number and
 * a rolled-back transition leaves no gap.
 */
import type { Trx } from '../../db/unit-of-work';
import type { DocumentKind } from './types';

/** PT pemberitahuan tertulis, PW perpanjangan waktu, SK surat keputusan, TK tanda terima keberatan, KA keputusan atasan. */
const CODES: Record<DocumentKind, string> = {
  receipt: 'TB',
  written_notice: 'PT',
  extension_notice: 'PW',
  denial_decision: 'SK',
  objection_receipt: 'TK',
  objection_decision: 'KA',
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export const romanMonth = (month: number) => ROMAN[month - 1]!;

export function formatLetterNumber(kind: DocumentKind, seq: number, localDate: string): string {
  const [year, month] = localDate.split('-').map(Number) as [number, number];
  return `${seq}/PPID-${CODES[kind]}/${romanMonth(month)}/${year}`;
}

export async function nextLetterNumber(trx: Trx, kind: DocumentKind, localDate: string): Promise<string> {
  const year = Number(localDate.slice(0, 4));
  const row = await trx
    .insertInto('document_counters')
    .values({ kind, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['kind', 'year']).doUpdateSet((eb) => ({ last_seq: eb('document_counters.last_seq', '+', 1) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return formatLetterNumber(kind, row.last_seq, localDate);
}
