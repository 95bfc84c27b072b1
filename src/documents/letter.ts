/** The parts every letter shares: the writer set up for it, the opening lines and the closing. */
import { formatDate } from '../calendar/describe';
import type { Lang } from '../i18n';
import { type Part, PdfWriter } from './pdf';
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

/** "Jakarta, 27 November 2026", then Nomor / Lampiran / Perihal. */
export function letterOpening(pdf: PdfWriter, letter: LetterInfo, options: RenderOptions, subject: string, attachment?: string) {
  const { lang } = options;
  pdf.placeAndDate(`${letter.place}, ${dateText(letter.date, lang)}`);
  pdf.fields(
    [
      [TEXT.number[lang], letterNumberText(letter, options)],
      [TEXT.attachment[lang], attachment ?? TEXT.none[lang]],
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

/** The signature block; without a signer, the office itself signs (an electronic receipt). */
export function closing(pdf: PdfWriter, letter: LetterInfo, lang: Lang, role: string) {
  if (letter.signer) pdf.signature({ role, name: letter.signer.name, position: letter.signer.position });
  else pdf.paragraph(TEXT.electronic[lang], { size: 9, color: '#444444', align: 'right' });
}
