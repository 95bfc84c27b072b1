/** @jsxImportSource hono/jsx */
/**
 * The receipt (tanda bukti penerimaan, UU 14/2008 Art. 22(4)–(5)): the registration number, the
 * tracking code shown this once, the written-notice due date and how it was counted, the PDF, and
 * what happens next.
 */
import { formatDate } from '../../../calendar/describe';
import type { trackingView } from '../../../cases/case-view';
import type { Lang } from '../../../i18n';
import { tr } from '../lang';
import { formatInstant } from './format';

export type TrackingView = Awaited<ReturnType<typeof trackingView>>;

export function Receipt({ lang, view, code, unit }: { lang: Lang; view: TrackingView; code: string; unit: { name: string; timeZone: string } }) {
  const number = view.registrationNumber;
  const due = formatDate(view.deadlines.notice.due, lang);
  return (
    <>
      <div class="confirmation" role="status">
        <h1>{tr(lang, 'Permohonan Anda telah diterima', 'Your request has been received')}</h1>
        <p>{tr(lang, 'Nomor pendaftaran', 'Registration number')}</p>
        <p class="big-number" data-testid="registration-number">
          {number}
        </p>
      </div>

      <h2 id="code-heading">{tr(lang, 'Kode pelacakan Anda', 'Your tracking code')}</h2>
      <p class="code tracking-code" data-testid="tracking-code">
        {code}
      </p>
      <div class="notice warn">
        <p>
          <strong>{tr(lang, 'Simpan kode ini sekarang.', 'Keep this code now.')}</strong>{' '}
          {tr(
            lang,
            'Catat atau cetak halaman ini. Kode ini hanya ditampilkan di sini dan tidak dikirim lewat e-mail; kami tidak menyimpannya dan tidak dapat menampilkannya lagi. Tanpa kode ini Anda tidak dapat melacak permohonan secara daring.',
            'Write it down or print this page. The code is shown only here and is not sent by e-mail; we do not keep it and cannot show it again. Without it you cannot track your request online.',
          )}
        </p>
      </div>

      <h2>{tr(lang, 'Ringkasan', 'Summary')}</h2>
      <dl class="facts">
        <dt>{tr(lang, 'Diterima', 'Received')}</dt>
        <dd>{formatInstant(view.receivedAt, unit.timeZone, lang)}</dd>
        <dt>{tr(lang, 'Ditujukan kepada', 'Addressed to')}</dt>
        <dd>{unit.name}</dd>
        <dt>{tr(lang, 'Status', 'Status')}</dt>
        <dd>{view.statusLabel}</dd>
        <dt>{tr(lang, 'Pemberitahuan tertulis paling lambat', 'Written notice due by')}</dt>
        <dd>
          <strong data-testid="notice-due">{due}</strong>
        </dd>
      </dl>
      <h3>{tr(lang, 'Bagaimana tanggal itu dihitung', 'How that date was counted')}</h3>
      <p class="deadline-text">{view.deadlines.notice.text}</p>

      <p class="actions">
        <a class="button" href={`/api/v1/requests/${encodeURIComponent(number)}/receipt.pdf${lang === 'en' ? '?lang=en' : ''}`}>
          {tr(lang, 'Unduh tanda terima (PDF)', 'Download the receipt (PDF)')}
        </a>
        <a class="button secondary" href={`/lacak?nomor=${encodeURIComponent(number)}`}>
          {tr(lang, 'Lacak permohonan ini', 'Track this request')}
        </a>
      </p>

      <h2>{tr(lang, 'Apa yang terjadi selanjutnya', 'What happens next')}</h2>
      <ol class="steps">
        <li>
          {tr(
            lang,
            'PPID memeriksa permohonan Anda dan, bila perlu, meneruskannya ke unit kerja atau Perwakilan RI yang menguasai informasinya. Bila permohonan kurang jelas, PPID dapat meminta klarifikasi kepada Anda.',
            'The PPID checks your request and, where needed, forwards it to the work unit or mission that holds the information. If your request is unclear, the PPID may ask you to clarify it.',
          )}
        </li>
        <li>
          {tr(
            lang,
            `Paling lambat ${due} Anda menerima pemberitahuan tertulis: apakah informasinya dikuasai, dan apakah diberikan seluruhnya, sebagian, atau ditolak beserta alasannya. PPID dapat memperpanjang waktu ini satu kali, paling lama 7 hari kerja, dengan alasan tertulis (UU 14/2008 Pasal 22).`,
            `By ${due} you receive a written notice: whether the information is held, and whether it is given in full, in part, or refused with the reasons. The PPID may extend this once, by at most 7 working days, with written reasons (Law 14/2008 Art. 22).`,
          )}
        </li>
        <li>
          {tr(
            lang,
            'Informasi yang diberikan disampaikan dengan cara yang Anda pilih. Informasinya gratis; hanya biaya penggandaan dan pengiriman yang dapat dikenakan, sesuai tarif yang diumumkan.',
            'Information that is given reaches you the way you chose. The information is free; only copying and delivery may be charged, at the published rates.',
          )}
        </li>
        <li>
          {tr(
            lang,
            'Bila permohonan ditolak, tidak ditanggapi, atau tidak dipenuhi sebagaimana diminta, Anda dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja (UU 14/2008 Pasal 35–36). Halaman pelacakan menampilkan tombolnya bila keberatan dapat diajukan.',
            'If your request is refused, not answered, or not met as asked, you may object to the PPID’s superior within 30 working days (Law 14/2008 Art. 35–36). The tracking page shows the button when an objection can be filed.',
          )}
        </li>
      </ol>
    </>
  );
}
