/**
 * The list of exempt information (Daftar Informasi yang Dikecualikan, DIK; kip-rules §2.10), built
 * from the consequence tests in force that have a public description. It shows what is exempt, on
 * which legal basis, the consequence of opening it, for how long and by whose decision — never the
 * confidential content (the precise information, the document, the internal harm analysis).
 */
import type { Reader } from '../../db/unit-of-work';
import type { Lang } from '../i18n';
import { toCsv } from './csv';
import { inForce } from './consequence-tests';

export interface DikEntry {
  no: number;
  id: string;
  information: string;
  legalBasis: string;
  letters: string[];
  consequence: string | null;
  period: string | null;
  exemptUntil: string | null;
  classificationNumber: string | null;
  classificationDate: string | null;
  unit: { code: string; name: string };
  decidedBy: string;
  decidedOn: string;
  reviewOn: string | null;
}

export function legalBasis(exemptions: Array<{ letter: string; statute?: string }>, lang: Lang) {
  return exemptions
    .map((e) => `${lang === 'id' ? 'UU 14/2008 Pasal 17 huruf' : 'Law 14/2008 Art. 17'} ${e.letter}${e.statute ? ` (${e.statute})` : ''}`)
    .join('; ');
}

export async function dikEntries(db: Reader, today: string, lang: Lang): Promise<DikEntry[]> {
  const rows = await db
    .selectFrom('consequence_tests')
    .innerJoin('units', 'units.code', 'consequence_tests.unit_code')
    .select([
      'consequence_tests.id',
      'public_title',
      'public_consequence',
      'exemptions',
      'period',
      'exempt_until',
      'classification_number',
      'classification_date',
      'decided_by_position',
      'decided_on',
      'review_on',
      'status',
      'conclusion',
      'unit_code',
      'units.name_id',
      'units.name_en',
    ])
    .where('status', '=', 'in_force')
    .where('conclusion', '=', 'exempt')
    .where('public_title', 'is not', null)
    .orderBy('decided_on')
    .orderBy('consequence_tests.id')
    .execute();
  return rows
    .filter((r) => inForce(r, today))
    .map((r, i) => {
      const exemptions = JSON.parse(r.exemptions) as Array<{ letter: string; statute?: string }>;
      return {
        no: i + 1,
        id: r.id,
        information: r.public_title!,
        legalBasis: legalBasis(exemptions, lang),
        letters: exemptions.map((e) => e.letter),
        consequence: r.public_consequence,
        period: r.period,
        exemptUntil: r.exempt_until,
        classificationNumber: r.classification_number,
        classificationDate: r.classification_date,
        unit: { code: r.unit_code, name: lang === 'id' ? r.name_id : r.name_en },
        decidedBy: r.decided_by_position,
        decidedOn: r.decided_on,
        reviewOn: r.review_on,
      };
    });
}

export function dikCsv(entries: DikEntry[], lang: Lang): string {
  const headers =
    lang === 'id'
      ? [
          'No',
          'Informasi yang dikecualikan',
          'Dasar hukum',
          'Konsekuensi bila dibuka',
          'Jangka waktu pengecualian',
          'Dikecualikan sampai',
          'Nomor penetapan',
          'Tanggal penetapan',
          'Unit',
          'Pejabat yang menetapkan',
          'Tanggal uji konsekuensi',
          'Tanggal peninjauan',
        ]
      : [
          'No',
          'Exempt information',
          'Legal basis',
          'Consequence of disclosure',
          'Period of exemption',
          'Exempt until',
          'Classification decision number',
          'Classification decision date',
          'Unit',
          'Decided by',
          'Date of the consequence test',
          'Review date',
        ];
  return toCsv(
    headers,
    entries.map((e) => [
      e.no,
      e.information,
      e.legalBasis,
      e.consequence,
      e.period,
      e.exemptUntil,
      e.classificationNumber,
      e.classificationDate,
      e.unit.name,
      e.decidedBy,
      e.decidedOn,
      e.reviewOn,
    ]),
  );
}
