/** The extension notice (pemberitahuan perpanjangan waktu), UU 14/2008 Art. 22(8): the reason and the new date. */
import { addressee, closing, dateText, letterOpening, openLetter, requestRows } from './letter';
import type { ExtensionNoticeData, RenderOptions } from './types';

export async function renderExtensionNotice(data: ExtensionNoticeData, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const id = lang === 'id';
  const r = data.request;
  const title = id ? 'Pemberitahuan Perpanjangan Jangka Waktu' : 'Notice of Extension';
  const pdf = openLetter(title, data.letter, options, r.registrationNumber);
  letterOpening(
    pdf,
    data.letter,
    options,
    id
      ? `Perpanjangan Jangka Waktu Pemberitahuan Tertulis atas Permohonan Informasi Nomor ${r.registrationNumber}`
      : `Extension of the period for the written notice on information request ${r.registrationNumber}`,
  );
  addressee(pdf, lang, r.requester);
  pdf.heading(title.toUpperCase(), id ? '(UU 14/2008 Pasal 22 ayat (8))' : '(Law 14/2008 Art. 22(8))');
  pdf.paragraph(
    id
      ? `Menindaklanjuti permohonan informasi yang kami terima pada ${dateText(r.receivedDate, 'id')}, dengan ini kami beritahukan bahwa jangka waktu penyampaian pemberitahuan tertulis diperpanjang paling lama 7 (tujuh) hari kerja.`
      : `Following the request for information we received on ${dateText(r.receivedDate, 'en')}, we inform you that the period for the written notice is extended by at most 7 (seven) working days.`,
  );
  pdf.fields([
    ...requestRows(r, lang, { contact: false }),
    [id ? 'Batas waktu semula' : 'Original due date', dateText(data.previousDue, lang)],
    [id ? 'Batas waktu baru' : 'New due date', [{ text: dateText(data.newDue, lang), bold: true }]],
    [id ? 'Alasan perpanjangan' : 'Reason for the extension', data.reason],
  ]);
  closing(pdf, data.letter, lang, id ? 'Pejabat Pengelola Informasi dan Dokumentasi' : 'Information and Documentation Management Officer (PPID)', [
    {
      text: id
        ? `Pemberitahuan tertulis atas permohonan Anda akan kami sampaikan paling lambat ${dateText(data.newDue, 'id')}.`
        : `We will send the written notice on your request by ${dateText(data.newDue, 'en')} at the latest.`,
    },
  ]);
  return pdf.finish();
}
