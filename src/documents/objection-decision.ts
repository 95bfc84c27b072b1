/**
 * The Atasan PPID's written response to an objection (tanggapan atas keberatan), UU 14/2008
 * Art. 36: upholding the PPID (with written reasons, Art. 36(3)) or overturning it (with what the
 * PPID must now do), and the requester's right to take the dispute to the Komisi Informasi within
 * 14 working days (Art. 37). A pure function of its data, for src/objections to call.
 */
import { addressee, closing, dateText, letterOpening, openLetter } from './letter';
import type { ObjectionDecisionData, RenderOptions } from './types';
import { OBJECTION_GROUNDS, TEXT } from './vocabulary';

export async function renderObjectionDecision(data: ObjectionDecisionData, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const id = lang === 'id';
  const title = id ? 'Tanggapan Atasan PPID atas Keberatan' : "The Atasan PPID's Response to an Objection";
  const pdf = openLetter(title, data.letter, options, data.registrationNumber);
  letterOpening(pdf, data.letter, options, id ? `Tanggapan atas Keberatan Nomor ${data.objectionNumber}` : `Response to objection ${data.objectionNumber}`);
  addressee(pdf, lang, data.requester);
  pdf.heading(title.toUpperCase(), id ? '(keputusan Atasan PPID — UU 14/2008 Pasal 36)' : '(keputusan Atasan PPID — Law 14/2008 Art. 36)');
  pdf.fields([
    [id ? 'Nomor registrasi keberatan' : 'Objection number', [{ text: data.objectionNumber, bold: true }]],
    [TEXT.registrationNumber[lang], data.registrationNumber],
    [id ? 'Keberatan diterima' : 'Objection received', dateText(data.receivedDate, lang)],
    [TEXT.requesterName[lang], data.requester.name],
    [id ? 'Alasan keberatan' : 'Grounds', data.grounds.map((g) => `${g}. ${OBJECTION_GROUNDS[g]?.[lang] ?? g}`).join('\n')],
    ...(data.reason ? [[id ? 'Kasus posisi' : 'Case summary (kasus posisi)', data.reason] as [string, string]] : []),
  ]);
  pdf.subheading(id ? 'Keputusan' : 'Decision');
  const upheld = data.outcome === 'upheld';
  pdf.paragraph([
    {
      bold: true,
      text: upheld
        ? id
          ? 'Menolak keberatan dan menguatkan keputusan PPID.'
          : "The objection is rejected and the PPID's decision is upheld."
        : id
          ? 'Menerima keberatan dan membatalkan keputusan PPID.'
          : "The objection is accepted and the PPID's decision is overturned.",
    },
  ]);
  pdf.fields([
    [id ? 'Alasan tertulis' : 'Written reasons', data.reasons],
    ...(data.instruction ? [[id ? 'Perintah kepada PPID' : 'Instruction to the PPID', data.instruction] as [string, string]] : []),
  ]);
  closing(pdf, data.letter, lang, 'Atasan PPID', [
    {
      text: id
        ? `Apabila Anda tidak puas dengan tanggapan ini, Anda dapat mengajukan permohonan penyelesaian sengketa informasi kepada Komisi Informasi paling lambat 14 hari kerja setelah menerima tanggapan ini${data.disputeDue ? `, yaitu sampai dengan ${dateText(data.disputeDue, 'id')}` : ''} (UU 14/2008 Pasal 37).`
        : `If you are not satisfied with this response, you may bring an information dispute (sengketa informasi) to the Komisi Informasi within 14 working days of receiving it${data.disputeDue ? `, that is by ${dateText(data.disputeDue, 'en')}` : ''} (Law 14/2008 Art. 37).`,
    },
  ]);
  return pdf.finish();
}
