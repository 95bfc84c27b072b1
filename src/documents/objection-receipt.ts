/**
 * The objection receipt (tanda bukti penerimaan keberatan), kip-rules §2.7: a copy of the
 * objection form with the grounds of UU 14/2008 Art. 35(1) a–g ticked, the case summary (kasus
 * posisi) and the date the Atasan PPID will answer by (Art. 36(2)). A pure function of its data,
 * for the objection workflow (src/objections) to call.
 */
import { closing, dateText, letterOpening, openLetter } from './letter';
import type { ObjectionReceiptData, RenderOptions } from './types';
import { OBJECTION_GROUNDS, TEXT } from './vocabulary';

export async function renderObjectionReceipt(data: ObjectionReceiptData, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const id = lang === 'id';
  const title = id ? 'Tanda Bukti Penerimaan Keberatan' : 'Receipt of an Objection';
  const pdf = openLetter(title, { ...data.letter, letterNumber: data.letter.letterNumber ?? data.objectionNumber }, options, data.registrationNumber);
  letterOpening(
    pdf,
    { ...data.letter, letterNumber: data.letter.letterNumber ?? data.objectionNumber },
    options,
    id ? `Penerimaan Keberatan Nomor ${data.objectionNumber}` : `Receipt of objection ${data.objectionNumber}`,
  );
  pdf.heading(title.toUpperCase(), id ? '(keberatan — UU 14/2008 Pasal 35 dan 36)' : '(keberatan — Law 14/2008 Art. 35 and 36)');
  pdf.fields([
    [id ? 'Nomor registrasi keberatan' : 'Objection number', [{ text: data.objectionNumber, bold: true }]],
    [TEXT.registrationNumber[lang], data.registrationNumber],
    [TEXT.receivedAt[lang], `${dateText(data.receivedDate, lang)}${data.receivedTime ? `, ${data.receivedTime}` : ''}`],
    [TEXT.requesterName[lang], data.requester.name],
    ...(data.requester.address ? [[TEXT.address[lang], data.requester.address] as [string, string]] : []),
    ...(data.requester.proxy ? [[id ? 'Kuasa pemohon' : 'Proxy', data.requester.proxy] as [string, string]] : []),
    ...(data.information ? [[TEXT.information[lang], data.information] as [string, string]] : []),
    ...(data.purpose ? [[TEXT.purpose[lang], data.purpose] as [string, string]] : []),
  ]);
  pdf.subheading(id ? 'Alasan pengajuan keberatan (UU 14/2008 Pasal 35 ayat (1))' : 'Grounds of the objection (Law 14/2008 Art. 35(1))');
  pdf.list(
    Object.keys(OBJECTION_GROUNDS).map((letter) => {
      const chosen = data.grounds.includes(letter);
      return { marker: chosen ? '[X]' : '[  ]', text: [{ text: `${letter}. ${OBJECTION_GROUNDS[letter]![lang]}`, bold: chosen }] };
    }),
  );
  pdf.fields([
    [id ? 'Kasus posisi' : 'Case summary (kasus posisi)', data.reason],
    [id ? 'Tanggapan Atasan PPID paling lambat' : 'The Atasan PPID answers by', [{ text: dateText(data.responseDue, lang), bold: true }]],
  ]);
  closing(pdf, data.letter, lang, id ? 'Petugas penerima keberatan' : 'Officer receiving the objection', [
    {
      text: id
        ? 'Atasan PPID wajib memberikan tanggapan tertulis paling lambat 30 hari kerja sejak keberatan diterima (UU 14/2008 Pasal 36 ayat (2)). Tanda bukti ini adalah salinan formulir keberatan Anda.'
        : 'The Atasan PPID must answer in writing within 30 working days of receiving the objection (Law 14/2008 Art. 36(2)). This receipt is a copy of your objection form.',
    },
  ]);
  return pdf.finish();
}
