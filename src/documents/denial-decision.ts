/**
 * The denial decision (Surat Keputusan PPID tentang Penolakan Permohonan Informasi), kip-rules §2.6:
 * the exempt information with its basis (UU 14/2008 Art. 17 letters and any statute), the
 * consequence test (uji konsekuensi, Art. 19) weighed against the public interest (Art. 2(4)), the
 * conclusion, and the right to object to the Atasan PPID within 30 working days (Art. 35–36).
 */
import { closing, dateText, letterOpening, openLetter, requestRows } from './letter';
import type { DenialDecisionData, RenderOptions } from './types';
import { exemptionText } from './vocabulary';

export async function renderDenialDecision(data: DenialDecisionData, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const id = lang === 'id';
  const r = data.request;
  const title = id ? 'Surat Keputusan PPID tentang Penolakan Permohonan Informasi' : 'PPID Decision Denying a Request for Information';
  const pdf = openLetter(title, data.letter, options, r.registrationNumber);
  letterOpening(
    pdf,
    data.letter,
    options,
    id ? `Keputusan Penolakan Permohonan Informasi Nomor ${r.registrationNumber}` : `Decision denying information request ${r.registrationNumber}`,
  );
  pdf.heading(
    id ? 'SURAT KEPUTUSAN PPID' : 'PPID DECISION',
    id
      ? 'tentang Penolakan Permohonan Informasi Publik (UU 14/2008 Pasal 17, 19 dan 22 ayat (7) huruf c)'
      : 'on the denial of a request for public information (surat keputusan penolakan — Law 14/2008 Art. 17, 19 and 22(7)(c))',
  );
  pdf.paragraph(
    id
      ? 'Pejabat Pengelola Informasi dan Dokumentasi, setelah memeriksa permohonan informasi berikut dan melakukan uji konsekuensi, memutuskan sebagai berikut.'
      : 'The Information and Documentation Management Officer (PPID), having examined the following request and carried out the consequence test, decides as follows.',
  );
  pdf.fields(requestRows(r, lang, { contact: false }));

  pdf.subheading(id ? 'Informasi yang dikecualikan' : 'Exempt information (informasi yang dikecualikan)');
  pdf.list(data.exemptions.map((e, i) => ({ marker: `${i + 1}.`, text: exemptionText(e, lang) })));

  pdf.subheading(id ? 'Uji konsekuensi' : 'Consequence test (uji konsekuensi)');
  pdf.fields([
    [id ? 'Akibat bila informasi dibuka' : 'Consequence of disclosure', data.consequenceTest.harm],
    [id ? 'Pertimbangan kepentingan publik' : 'Public-interest balancing', data.consequenceTest.publicInterest],
    ...(data.consequenceTest.period ? [[id ? 'Jangka waktu pengecualian' : 'Period of exemption', data.consequenceTest.period] as [string, string]] : []),
    ...(data.note ? [[id ? 'Keterangan' : 'Remarks', data.note] as [string, string]] : []),
  ]);

  pdf.subheading(id ? 'Memutuskan' : 'Decision');
  pdf.paragraph([
    {
      text: id
        ? 'Menolak permohonan informasi tersebut karena informasi yang diminta adalah informasi yang dikecualikan berdasarkan dasar hukum di atas, dan menutupnya melindungi kepentingan yang lebih besar daripada membukanya.'
        : 'The request is denied: the information requested is exempt on the legal basis above, and withholding it protects a greater interest than disclosing it.',
      bold: true,
    },
  ]);
  closing(pdf, data.letter, lang, id ? 'Pejabat Pengelola Informasi dan Dokumentasi' : 'Information and Documentation Management Officer (PPID)', [
    {
      text: id
        ? `Pemohon berhak mengajukan keberatan secara tertulis kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak menerima keputusan ini${data.objectionDue ? `, yaitu sampai dengan ${dateText(data.objectionDue, 'id')}` : ''}, dengan alasan sebagaimana dimaksud dalam UU 14/2008 Pasal 35 ayat (1) huruf a (Pasal 36 ayat (1)).`
        : `The requester may file a written objection (keberatan) with the Atasan PPID within 30 (thirty) working days of receiving this decision${data.objectionDue ? `, that is by ${dateText(data.objectionDue, 'en')}` : ''}, on the ground of Law 14/2008 Art. 35(1)(a) (Art. 36(1)).`,
    },
  ]);
  return pdf.finish();
}
