/** The plain data each renderer takes: no database, no clock — what is printed is exactly what is passed. */
import type { Lang } from '../i18n';
import type { Decision } from '../../workflows/request.events';
import type { Letterhead } from './pdf';

export type DocumentKind = 'receipt' | 'written_notice' | 'extension_notice' | 'denial_decision' | 'objection_receipt' | 'objection_decision';

export const documentKinds: DocumentKind[] = ['receipt', 'written_notice', 'extension_notice', 'denial_decision', 'objection_receipt', 'objection_decision'];

export interface RenderOptions {
  lang: Lang;
  letterhead: Letterhead;
  /** A preview before issuing: watermarked "DRAF", no letter number. */
  draft?: boolean;
  /** The document's public verification page (documents/verification.ts), drawn as a QR code in the footer; never on a draft. */
  verifyUrl?: string | undefined;
}

export interface Signer {
  name: string;
  position: string;
}

/** When, where and by whom a letter is issued. */
export interface LetterInfo {
  /** Official letter number (nomor surat); null in a draft. */
  letterNumber: string | null;
  /** Local date of issue, `YYYY-MM-DD`. */
  date: string;
  /** Place of issue (the unit's city). */
  place: string;
  /** ISO instant of issue (the PDF's creation date). */
  issuedAt: string;
  signer: Signer | null;
}

/** The request as the requester filed it (UU 14/2008 Art. 22(2)). */
export interface RequestFacts {
  registrationNumber: string;
  /** Local date and time of receipt, `YYYY-MM-DD` and `HH:MM` with the zone (`14:05 WIB`). */
  receivedDate: string;
  receivedTime: string;
  channel: string;
  unitName: string;
  requester: {
    type: string;
    name: string;
    address: string;
    phone: string | null;
    email: string | null;
  };
  information: string;
  purpose: string;
  obtainMethod: string;
  deliveryMethod: string;
}

export interface ReceiptData {
  request: RequestFacts;
  /** Local date the written notice is due (10 working days). */
  noticeDue: string;
  /** The letter's date is the receipt date; its number is the registration number. */
  letter: LetterInfo;
}

export interface WrittenNoticeData {
  request: RequestFacts;
  letter: LetterInfo;
  decision: Decision;
  /** The denial decision (surat keputusan) issued with a denial. */
  denialLetterNumber?: string | null;
  /** Last local date for an objection (keberatan), 30 working days from the notice. */
  objectionDue?: string | null;
  /** The files released with the notice (issue 17), each with a summary of its redaction log. */
  files?: Array<{ filename: string; sha256: string; redactions: Array<{ page: number; letter: string }> }>;
}

export interface ExtensionNoticeData {
  request: RequestFacts;
  letter: LetterInfo;
  reason: string;
  /** Local dates: the notice deadline before and after the extension (UU 14/2008 Art. 22(8)). */
  previousDue: string;
  newDue: string;
}

export interface DenialDecisionData {
  request: RequestFacts;
  letter: LetterInfo;
  exemptions: Array<{ letter: string; statute?: string | undefined }>;
  consequenceTest: { harm: string; publicInterest: string; period?: string | undefined };
  note?: string | undefined;
  objectionDue?: string | null;
}

/** An objection's receipt (tanda bukti penerimaan keberatan), kip-rules §2.7. */
export interface ObjectionReceiptData {
  objectionNumber: string;
  registrationNumber: string;
  /** Local date and time of receipt. */
  receivedDate: string;
  receivedTime?: string | undefined;
  requester: { name: string; address?: string | null | undefined; proxy?: string | null | undefined };
  information?: string | undefined;
  purpose?: string | undefined;
  /** UU 14/2008 Art. 35(1) letters a–g. */
  grounds: string[];
  /** The requester's reasons: the case summary (kasus posisi). */
  reason: string;
  /** Local date by which the atasan PPID answers (30 working days, Art. 36(2)). */
  responseDue: string;
  letter: LetterInfo;
}

/** The atasan PPID's written response to an objection (tanggapan atas keberatan, UU 14/2008 Art. 36). */
export interface ObjectionDecisionData {
  objectionNumber: string;
  registrationNumber: string;
  requester: { name: string; address?: string | null | undefined };
  receivedDate: string;
  grounds: string[];
  reason?: string | undefined;
  outcome: 'upheld' | 'overturned';
  /** Written reasons (Art. 36(3)). */
  reasons: string;
  /** What the PPID must now do, when the PPID's answer is overturned. */
  instruction?: string | undefined;
  /** Last local date to file a dispute with the Komisi Informasi (14 working days, Art. 37(2)). */
  disputeDue?: string | null | undefined;
  /** Signed by the atasan PPID. */
  letter: LetterInfo;
}
