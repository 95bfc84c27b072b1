/** The receipt (tanda bukti penerimaan permohonan), UU 14/2008 Art. 22(4)–(5); kip-rules §2.4. */
import { closing, dateText, openLetter, requestRows } from './letter';
import type { ReceiptData, RenderOptions } from './types';
import { CHANNELS, DELIVERY_METHODS, OBTAIN_METHODS, REQUESTER_TYPES, TEXT, word } from './vocabulary';

export async function renderReceipt(data: ReceiptData, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const r = data.request;
  const id = lang === 'id';
  const title = id ? 'Tanda Bukti Penerimaan Permohonan Informasi Publik' : 'Receipt of a Request for Public Information';
  const pdf = openLetter(title, { ...data.letter, letterNumber: r.registrationNumber }, options, r.registrationNumber);
  pdf.heading(
    title.toUpperCase(),
    id ? '(tanda bukti penerimaan — UU 14/2008 Pasal 22 ayat (4) dan (5))' : '(tanda bukti penerimaan — Law 14/2008 Art. 22(4) and (5))',
  );
  pdf.paragraph(
    id
      ? 'Permohonan informasi publik berikut telah diterima dan didaftarkan. Nomor pendaftaran di bawah ini adalah tanda bukti penerimaan permohonan Anda.'
      : 'The following request for public information has been received and registered. The registration number below is your proof of receipt.',
  );
  const rows = requestRows(r, lang);
  rows.splice(2, 0, [TEXT.channel[lang], word(CHANNELS, r.channel, lang)], [TEXT.unit[lang], r.unitName]);
  rows.splice(5, 0, [TEXT.requesterType[lang], word(REQUESTER_TYPES, r.requester.type, lang)]);
  pdf.fields([
    ...rows,
    [TEXT.obtainMethod[lang], word(OBTAIN_METHODS, r.obtainMethod, lang)],
    [TEXT.deliveryMethod[lang], word(DELIVERY_METHODS, r.deliveryMethod, lang)],
    [TEXT.noticeDue[lang], [{ text: dateText(data.noticeDue, lang), bold: true }]],
  ]);
  pdf.paragraph(
    id
      ? `PPID wajib menyampaikan pemberitahuan tertulis paling lambat ${dateText(data.noticeDue, 'id')}, yaitu 10 hari kerja sejak permohonan diterima (UU 14/2008 Pasal 22 ayat (7)). Jangka waktu ini dapat diperpanjang satu kali paling lama 7 hari kerja dengan alasan tertulis (Pasal 22 ayat (8)).`
      : `The PPID must send a written notice by ${dateText(data.noticeDue, 'en')}, 10 working days after the request was received (Law 14/2008 Art. 22(7)). This may be extended once, by at most 7 working days, with written reasons (Art. 22(8)).`,
  );
  closing(
    pdf,
    data.letter,
    lang,
    id ? 'Petugas Layanan Informasi PPID' : 'PPID information service officer',
    [
      {
        text: id
          ? 'Simpan tanda bukti ini. Nomor pendaftaran diperlukan untuk melacak permohonan dan untuk mengajukan keberatan kepada Atasan PPID.'
          : 'Keep this receipt. The registration number is needed to track the request and to file an objection (keberatan) with the Atasan PPID.',
      },
    ],
    { placeAndDate: `${data.letter.place}, ${dateText(data.letter.date, lang)}` },
  );
  return pdf.finish();
}
