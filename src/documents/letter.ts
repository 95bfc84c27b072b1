/** The parts every letter shares: the writer set up for it, the opening lines and the closing. */
import { formatDate } from '../calendar/describe';
import type { Lang } from '../i18n';
import { type Part, PdfWriter, SIGNATURE_HEIGHT, type TextStyle } from './pdf';
import { TEXT } from './vocabulary';
import type { LetterInfo, RenderOptions, RequestFacts } from './types';

export const dateText = (date: string, lang: Lang) => formatDate(date, lang);

/** The writer for one letter, with its footer: letter number · registration number. */
export function openLetter(title: string, letter: LetterInfo, options: RenderOptions, registrationNumber: string): PdfWriter {
  const { lang } = options;
  const number = letterNumberText(letter, options);
  const reg = lang === 'id' ? `No. pendaftaran ${registrationNumber}` : `Registration no. ${registrationNumber}`;
  const pdf = new PdfWriter({
    title,
    lang,
    issuedAt: letter.issuedAt,
    letterhead: options.letterhead,
    draft: options.draft,
    verifyUrl: options.draft ? undefined : options.verifyUrl,
    footer: `${options.draft ? `${lang === 'id' ? 'DRAF' : 'DRAFT'} · ` : ''}${number === registrationNumber ? reg : `${lang === 'id' ? 'Nomor' : 'No.'} ${number} · ${reg}`}`,
  });
  if (lang === 'en') pdf.paragraph(TEXT.englishVersion.en, { size: 8.5, color: '#555555', align: 'right', after: 4 });
  return pdf;
}

export const letterNumberText = (letter: LetterInfo, options: RenderOptions) =>
  options.draft || !letter.letterNumber ? TEXT.draftNumber[options.lang] : letter.letterNumber;

/**
 * What goes with a letter (lampiran), each named as the enclosure line lists it. A letter lists
 * exactly these under "Lampiran" and may say "(terlampir)" only of one of them: both come from the
 * one list the letter is given, so the line and the body cannot disagree.
 */
export type Enclosure = string;

/** "—", "1 (satu) berkas: …", "2 (dua) berkas: 1. …; 2. …". */
function enclosureText(enclosures: Enclosure[], lang: Lang): string {
  const n = enclosures.length;
  if (n === 0) return TEXT.none[lang];
  const count = lang === 'id' ? `${n} (${NUMBER_WORDS_ID[n] ?? n}) berkas` : `${n} ${n === 1 ? 'file' : 'files'}`;
  return n === 1 ? `${count}: ${enclosures[0]}` : `${count}:\n${enclosures.map((e, i) => `${i + 1}. ${e}`).join('\n')}`;
}

const NUMBER_WORDS_ID = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];

/** "Jakarta, 27 November 2026", then Nomor / Lampiran / Perihal. */
export function letterOpening(pdf: PdfWriter, letter: LetterInfo, options: RenderOptions, subject: string, enclosures: Enclosure[] = []) {
  const { lang } = options;
  pdf.placeAndDate(`${letter.place}, ${dateText(letter.date, lang)}`);
  pdf.fields(
    [
      [TEXT.number[lang], letterNumberText(letter, options)],
      [TEXT.attachment[lang], enclosureText(enclosures, lang)],
      [TEXT.subject[lang], [{ text: subject, bold: true }]],
    ],
    { labelWidth: 70, after: 8 },
  );
}

/** "Kepada Yth. {name}, {address}". */
export function addressee(pdf: PdfWriter, lang: Lang, person: { name: string; address?: string | null | undefined }) {
  pdf.paragraph(TEXT.to[lang], { after: 0 });
  pdf.paragraph([{ text: person.name, bold: true }], { after: 0 });
  if (person.address) pdf.paragraph(person.address, { after: 10 });
  else pdf.paragraph(' ', { after: 4 });
}

/** The request's particulars as the requester gave them (UU 14/2008 Art. 22(2)). */
export function requestRows(r: RequestFacts, lang: Lang, options: { contact?: boolean } = {}): Array<[string, string | Part[]]> {
  const contact = [r.requester.phone, r.requester.email].filter(Boolean).join(' / ');
  return [
    [TEXT.registrationNumber[lang], [{ text: r.registrationNumber, bold: true }]],
    [TEXT.receivedAt[lang], `${dateText(r.receivedDate, lang)}, ${r.receivedTime}`],
    [TEXT.requesterName[lang], r.requester.name],
    [TEXT.address[lang], r.requester.address],
    ...(options.contact !== false ? [[TEXT.contact[lang], contact || '—'] as [string, string]] : []),
    [TEXT.information[lang], r.information],
    [TEXT.purpose[lang], r.purpose],
  ];
}

const ELECTRONIC: TextStyle = { size: 9, color: '#444444', align: 'right' };

/**
 * The closing: the last paragraph(s) and the signature block (or, without a signer, the line
 * saying the office issued it electronically), kept on one page. Their height is measured first;
 * when they do not fit below the body, the page breaks before the closing paragraph, so the
 * signature never stands alone at the top of a page.
 */
export function closing(
  pdf: PdfWriter,
  letter: LetterInfo,
  lang: Lang,
  role: string,
  paragraphs: Array<{ text: string; style?: TextStyle }>,
  options: { placeAndDate?: string } = {},
) {
  const last = letter.signer ? SIGNATURE_HEIGHT : pdf.heightOf(TEXT.electronic[lang], ELECTRONIC);
  const dated = options.placeAndDate ? pdf.heightOf(options.placeAndDate, { after: 8 }) : 0;
  pdf.keepSpace(paragraphs.reduce((h, p) => h + pdf.heightOf(p.text, p.style), 0) + dated + last + 4);
  for (const p of paragraphs) pdf.paragraph(p.text, p.style);
  if (options.placeAndDate) pdf.placeAndDate(options.placeAndDate);
  if (letter.signer) pdf.signature({ role, name: letter.signer.name, position: letter.signer.position });
  else pdf.paragraph(TEXT.electronic[lang], ELECTRONIC);
}
