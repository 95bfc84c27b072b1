/**
 * Public verification of an issued document (issue 11 item 7): every issued PDF carries a QR code
 * to `/verifikasi/<documentId>`, where anyone holding a printed letter can read what the service
 * issued under that id — number, date, issuer, kind and SHA-256 — and nothing personal (no name,
 * no address, not the request's text).
 */
import type { Reader } from '../../db/unit-of-work';
import { type Config, publicBaseUrl } from '../config';
import type { Lang } from '../i18n';
import { documentLabel } from './labels';
import { PPID_UTAMA_UNIT, issuingUnit, registeredBy } from './case-data';
import { letterheadFor } from './letterhead';

export interface DocumentVerification {
  documentId: string;
  /** The letter number (nomor surat); for a receipt, the registration number it carries. */
  number: string;
  /** Local date of issue, `YYYY-MM-DD`, in the issuing unit's time zone. */
  date: string;
  issuedAt: string;
  issuer: { body: { id: string; en: string }; unit: { code: string; id: string; en: string } | null };
  kind: string;
  kindLabel: { id: string; en: string };
  lang: string;
  sha256: string;
  bytes: number;
}

/** The verification page's address for a document (printed in its QR code). */
export const verificationUrl = (config: Pick<Config, 'PUBLIC_BASE_URL' | 'DEMO' | 'PORT'>, documentId: string) =>
  `${publicBaseUrl(config)}/verifikasi/${encodeURIComponent(documentId)}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function verifyDocument(db: Reader, documentId: string): Promise<DocumentVerification | null> {
  if (!UUID.test(documentId)) return null;
  const row = await db
    .selectFrom('documents')
    .innerJoin('cases', 'cases.id', 'documents.case_id')
    .leftJoin('objections', 'objections.id', 'documents.ref_id')
    .select([
      'documents.id',
      'documents.kind',
      'documents.lang',
      'documents.sha256',
      'documents.issued_at',
      'documents.letter_number',
      'cases.registration_number',
      'objections.objection_number',
      'cases.received_unit',
      'documents.issued_by',
      'documents.case_id',
    ])
    .select((eb) => eb.fn('length', ['documents.bytes']).as('size'))
    .where('documents.id', '=', documentId)
    .executeTakeFirst();
  if (!row) return null;
  // The issuer is the unit the letter was headed by: its signer's, as when it was rendered (case-data.ts).
  const objectionLetter = row.kind === 'objection_receipt' || row.kind === 'objection_decision';
  const signer = row.kind === 'receipt' ? await registeredBy(db, row.case_id) : row.issued_by;
  const unitCode = await issuingUnit(db, signer, objectionLetter ? PPID_UTAMA_UNIT : row.received_unit);
  const head = await letterheadFor(db, unitCode);
  const zone = await db.selectFrom('units').select('time_zone').where('code', '=', unitCode).executeTakeFirst();
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone?.time_zone ?? 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(row.issued_at),
  );
  return {
    documentId: row.id,
    number: row.letter_number ?? row.objection_number ?? row.registration_number,
    date,
    issuedAt: row.issued_at,
    issuer: {
      body: { id: head.nameId, en: head.nameEn },
      unit: head.unitNameId ? { code: unitCode, id: head.unitNameId, en: head.unitNameEn ?? head.unitNameId } : null,
    },
    kind: row.kind,
    kindLabel: { id: documentLabel(row.kind, 'id'), en: documentLabel(row.kind, 'en') },
    lang: row.lang,
    sha256: row.sha256,
    bytes: Number(row.size),
  };
}

export const issuerName = (v: DocumentVerification, lang: Lang) =>
  [lang === 'id' ? v.issuer.body.id : v.issuer.body.en, v.issuer.unit ? (lang === 'id' ? v.issuer.unit.id : v.issuer.unit.en) : null]
    .filter(Boolean)
    .join(' — ');
