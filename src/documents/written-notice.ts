/**
 * The written notice (pemberitahuan tertulis) for every outcome, UU 14/2008 Art. 22(7)(a)–(g);
 * kip-rules §2.5: whether the information is held (and if not, who holds it), granted in full or
 * in part (what is blacked out and why), denied (on which Art. 17 grounds), or not yet documented.
 */
import { outcomeLabel } from '../i18n/status';
import type { Lang } from '../i18n';
import type { Part } from './pdf';
import { type Enclosure, addressee, closing, dateText, letterOpening, openLetter, requestRows } from './letter';
import type { RenderOptions, WrittenNoticeData } from './types';
import { DELIVERY_METHODS, OBTAIN_METHODS, exemptionText, word } from './vocabulary';

export async function renderWrittenNotice(data: WrittenNoticeData, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const id = lang === 'id';
  const r = data.request;
  const d = data.decision;
  const title = id ? 'Pemberitahuan Tertulis' : 'Written Notice';
  const pdf = openLetter(title, data.letter, options, r.registrationNumber);
  // A denial is issued with its decision (surat keputusan): the one enclosure, named here and cited below.
  const denialDecision =
    d.outcome === 'denied'
      ? id
        ? `Surat Keputusan PPID ${data.denialLetterNumber ? `Nomor ${data.denialLetterNumber}` : 'tentang penolakan permohonan ini'}`
        : `PPID decision ${data.denialLetterNumber ? `no. ${data.denialLetterNumber}` : 'denying this request'}`
      : null;
  const enclosures: Enclosure[] = denialDecision ? [denialDecision] : [];
  letterOpening(
    pdf,
    data.letter,
    options,
    id ? `Pemberitahuan Tertulis atas Permohonan Informasi Nomor ${r.registrationNumber}` : `Written notice on information request ${r.registrationNumber}`,
    enclosures,
  );
  addressee(pdf, lang, r.requester);
  pdf.heading(title.toUpperCase(), id ? '(pemberitahuan tertulis — UU 14/2008 Pasal 22 ayat (7))' : '(pemberitahuan tertulis — Law 14/2008 Art. 22(7))');
  pdf.paragraph(
    id
      ? `Menindaklanjuti permohonan informasi yang kami terima pada ${dateText(r.receivedDate, 'id')}, dengan ini kami sampaikan hal-hal berikut.`
      : `Following the request for information we received on ${dateText(r.receivedDate, 'en')}, we inform you as follows.`,
  );
  pdf.fields(requestRows(r, lang));

  pdf.subheading(id ? 'Keputusan PPID' : "The PPID's decision");
  pdf.fields(decisionRows(data, lang, denialDecision));
  if (d.note) pdf.fields([[id ? 'Keterangan' : 'Remarks', d.note]]);
  if (data.files && data.files.length > 0) {
    pdf.subheading(id ? 'Informasi yang diserahkan' : 'Information released');
    pdf.fields(data.files.map((f, i) => [`${i + 1}. ${f.filename}`, `${redactionSummary(f.redactions, lang)}\nSHA-256 ${f.sha256}`]));
  }

  closing(pdf, data.letter, lang, id ? 'Pejabat Pengelola Informasi dan Dokumentasi' : 'Information and Documentation Management Officer (PPID)', [
    {
      text: id
        ? `Apabila Anda tidak puas dengan tanggapan ini, Anda dapat mengajukan keberatan secara tertulis kepada Atasan PPID paling lambat 30 hari kerja setelah menerima pemberitahuan ini${data.objectionDue ? `, yaitu sampai dengan ${dateText(data.objectionDue, 'id')}` : ''} (UU 14/2008 Pasal 35 dan Pasal 36 ayat (1)).`
        : `If you are not satisfied with this answer, you may file a written objection (keberatan) with the Atasan PPID within 30 working days of receiving this notice${data.objectionDue ? `, that is by ${dateText(data.objectionDue, 'en')}` : ''} (Law 14/2008 Art. 35 and 36(1)).`,
    },
  ]);
  return pdf.finish();
}

/** The decision's rows; `denialDecision` is the enclosed decision a denial's consequence test refers to. */
function decisionRows(data: WrittenNoticeData, lang: Lang, denialDecision: Enclosure | null): Array<[string, string | Part[]]> {
  const id = lang === 'id';
  const d = data.decision;
  const r = data.request;
  const held: Record<string, [string, string]> = {
    not_held: ['Tidak dikuasai', 'Not held'],
    not_yet_documented: [
      'Belum dikuasai atau belum didokumentasikan (UU 14/2008 Pasal 6 ayat (3) huruf e)',
      'Not yet held or documented (Law 14/2008 Art. 6(3)(e))',
    ],
  };
  const status = held[d.outcome] ?? ['Dikuasai', 'Held'];
  const rows: Array<[string, string | Part[]]> = [
    [id ? 'Penguasaan informasi' : 'Is the information held', id ? status[0] : status[1]],
    [id ? 'Keputusan' : 'Decision', [{ text: outcomeLabel(d.outcome, lang), bold: true }]],
  ];
  const provided = (): Array<[string, string]> => {
    const fees = 'fees' in d ? d.fees : undefined;
    const within = 'provideWithinDays' in d ? d.provideWithinDays : undefined;
    return [
      [id ? 'Bentuk informasi' : 'Form of the information', word(OBTAIN_METHODS, r.obtainMethod, lang)],
      [id ? 'Cara penyampaian' : 'How it is delivered', word(DELIVERY_METHODS, r.deliveryMethod, lang)],
      [id ? 'Biaya' : 'Fees', feesText(fees, lang)],
      ...(within
        ? [[id ? 'Waktu penyediaan' : 'Provided within', id ? `Paling lambat ${within} hari kerja` : `At most ${within} working days`] as [string, string]]
        : []),
    ];
  };
  const grounds = (list: Array<{ letter: string; statute?: string | undefined }>) => list.map((e) => exemptionText(e, lang)).join('\n');
  switch (d.outcome) {
    case 'granted':
      rows.push(
        [id ? 'Informasi yang diberikan' : 'Information provided', id ? 'Seluruh informasi yang diminta.' : 'All the information requested.'],
        ...provided(),
      );
      break;
    case 'partially_granted':
      rows.push(
        [
          id ? 'Informasi yang diberikan' : 'Information provided',
          id ? 'Sebagian informasi yang diminta; bagian yang dikecualikan dihitamkan.' : 'Part of the information requested; the exempt parts are blacked out.',
        ],
        [id ? 'Bagian yang dihitamkan/dikaburkan dan alasannya' : 'What is blacked out or blurred, and why', d.redactions],
        [id ? 'Dasar pengecualian' : 'Exemption grounds', grounds(d.exemptions)],
        ...provided(),
      );
      break;
    case 'denied':
      rows.push(
        [
          id ? 'Alasan penolakan' : 'Reason for denial',
          id ? 'Informasi yang diminta adalah informasi yang dikecualikan.' : 'The information requested is exempt information.',
        ],
        [id ? 'Dasar pengecualian' : 'Exemption grounds', grounds(d.exemptions)],
        [
          id ? 'Uji konsekuensi' : 'Consequence test (uji konsekuensi)',
          denialDecision
            ? id
              ? `Sebagaimana diuraikan dalam ${denialDecision} (terlampir).`
              : `As set out in the ${denialDecision} (attached).`
            : (d.consequenceTest?.harm ?? (id ? 'Sebagaimana uji konsekuensi yang tercatat.' : 'As in the consequence tests on record.')),
        ],
      );
      break;
    case 'not_held':
      rows.push([
        id ? 'Badan publik yang menguasai informasi' : 'Public body that holds the information',
        d.holder ? d.holder : id ? 'Tidak diketahui oleh PPID (UU 14/2008 Pasal 22 ayat (7) huruf b).' : 'Not known to the PPID (Law 14/2008 Art. 22(7)(b)).',
      ]);
      break;
    case 'not_yet_documented':
      rows.push([
        id ? 'Penjelasan' : 'Explanation',
        id
          ? 'Informasi yang diminta belum dikuasai atau belum didokumentasikan oleh Badan Publik ini, sehingga belum dapat diberikan.'
          : 'The information requested is not yet held or documented by this public body, so it cannot be given yet.',
      ]);
      break;
  }
  return rows;
}

const rupiah = (n: number) => `Rp${n.toLocaleString('id-ID')}`;

/** Copying + delivery + other = total, and how to pay (Art. 22(7)(g)); the information itself is free. */
function feesText(
  fees: { copying?: number | undefined; delivery?: number | undefined; other?: number | undefined; payment?: string | undefined } | undefined,
  lang: Lang,
): string {
  const id = lang === 'id';
  const parts: Array<[string, number]> = [
    [id ? 'penggandaan' : 'copying', fees?.copying ?? 0],
    [id ? 'pengiriman' : 'delivery', fees?.delivery ?? 0],
    [id ? 'lainnya' : 'other', fees?.other ?? 0],
  ];
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) {
    return id
      ? 'Tidak dipungut biaya (UU 14/2008 Pasal 21: cepat, tepat waktu, biaya ringan).'
      : 'No fee is charged (Law 14/2008 Art. 21: fast, timely, low-cost).';
  }
  const sum = parts
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${rupiah(n)} (${what})`)
    .join(' + ');
  const payment = fees?.payment ? (id ? ` Cara pembayaran: ${fees.payment}.` : ` How to pay: ${fees.payment}.`) : '';
  return `${sum} = ${rupiah(total)}.${payment}`;
}

/** "3 bagian dihitamkan: hlm. 1 (Pasal 17 huruf b), hlm. 2 (huruf b, c)" — the redaction log in a sentence. */
function redactionSummary(redactions: Array<{ page: number; letter: string }>, lang: Lang): string {
  const id = lang === 'id';
  if (redactions.length === 0) return id ? 'Diserahkan utuh.' : 'Released whole.';
  const byPage = new Map<number, Set<string>>();
  for (const r of redactions) byPage.set(r.page, (byPage.get(r.page) ?? new Set()).add(r.letter));
  const pages = [...byPage]
    .sort(([a], [b]) => a - b)
    .map(([page, letters]) => `${id ? 'hlm.' : 'p.'} ${page} (${[...letters].sort().join(', ')})`)
    .join('; ');
  return id
    ? `${redactions.length} bagian dihitamkan, huruf pengecualian Pasal 17 UU 14/2008: ${pages}.`
    : `${redactions.length} part(s) redacted, exemption letters of Art. 17 of Law 14/2008: ${pages}.`;
}
