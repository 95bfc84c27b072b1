/** @jsxImportSource hono/jsx */
/**
 * Home (beranda): what one may ask for, the service charter in short (maklumat pelayanan, Perki
 * 1/2021 Art. 47: legal basis, procedure, time, fees, guarantee, evaluation) and the ways in.
 */
import type { Lang } from '../../../i18n';
import { tr } from '../lang';

const card = (href: string, title: string, text: string) => (
  <li class="card">
    <a href={href}>{title}</a>
    <p>{text}</p>
  </li>
);

export function HomePage({ lang }: { lang: Lang }) {
  return (
    <>
      <h1>{tr(lang, 'Layanan permohonan informasi publik', 'Public information requests')}</h1>
      <p class="lead">
        {tr(
          lang,
          'Setiap warga negara Indonesia, kelompok orang, dan badan hukum Indonesia berhak meminta informasi publik dari Kementerian dan Perwakilan RI di luar negeri (UU 14/2008). Ajukan permohonan secara daring, dapatkan nomor pendaftaran seketika, dan pantau prosesnya.',
          'Every Indonesian citizen, group of persons and Indonesian legal entity may ask the Ministry and its missions abroad for public information (Law 14/2008). File online, get a registration number at once, and follow the process.',
        )}
      </p>
      <p class="actions">
        <a class="button" href="/ajukan">
          {tr(lang, 'Ajukan permohonan', 'File a request')}
        </a>
        <a class="button secondary" href="/lacak">
          {tr(lang, 'Lacak permohonan', 'Track a request')}
        </a>
      </p>

      <h2>{tr(lang, 'Apa yang dapat Anda minta', 'What you can ask for')}</h2>
      <p>
        {tr(
          lang,
          'Informasi yang dibuat, diterima, atau dikuasai Kementerian: dokumen, data, surat, keputusan, kebijakan, laporan, dan anggaran. Sebagian informasi sudah terbuka di Daftar Informasi Publik. Yang tidak dapat diberikan hanyalah informasi yang dikecualikan menurut Pasal 17 UU 14/2008, misalnya yang dapat membahayakan pertahanan negara atau mengungkap data pribadi, setelah diuji konsekuensinya.',
          'Information the Ministry makes, receives or holds: documents, data, letters, decisions, policies, reports and budgets. Some of it is already open in the Public Information List. Only information exempt under Art. 17 of Law 14/2008 — for instance what could harm national defence or reveal personal data — may be withheld, after a consequence test.',
        )}
      </p>
      <p>
        <a href="/dip">{tr(lang, 'Daftar Informasi Publik (DIP)', 'Public Information List (DIP)')}</a>
        {' · '}
        <a href="/dik">{tr(lang, 'Daftar Informasi yang Dikecualikan (DIK)', 'List of Exempt Information (DIK)')}</a>
      </p>

      <h2 id="maklumat">{tr(lang, 'Maklumat pelayanan (ringkas)', 'Service charter (in short)')}</h2>
      <dl class="facts charter">
        <dt>{tr(lang, 'Dasar hukum', 'Legal basis')}</dt>
        <dd>
          {tr(
            lang,
            'UU 14/2008 tentang Keterbukaan Informasi Publik; PP 61/2010; Peraturan Komisi Informasi 1/2021 tentang Standar Layanan Informasi Publik.',
            'Law 14/2008 on Public Information Disclosure; Government Regulation 61/2010; Information Commission Regulation 1/2021 on the Public Information Service Standard.',
          )}
        </dd>
        <dt>{tr(lang, 'Cara mengajukan', 'How to ask')}</dt>
        <dd>
          {tr(
            lang,
            'Daring lewat formulir di situs ini, atau datang, menelepon, berkirim surat atau e-mail ke PPID. Nomor pendaftaran diberikan saat permohonan diterima.',
            'Online through the form on this site, or in person, by phone, by letter or by e-mail to the PPID. You get a registration number when the request is received.',
          )}
        </dd>
        <dt>{tr(lang, 'Waktu penyelesaian', 'Time to answer')}</dt>
        <dd>
          {tr(
            lang,
            'Pemberitahuan tertulis paling lambat 10 hari kerja sejak permohonan diterima; dapat diperpanjang satu kali paling lama 7 hari kerja dengan alasan tertulis. Hari kerja dihitung menurut kalender unit atau Perwakilan yang menerima permohonan.',
            'A written notice within 10 working days of receipt; it may be extended once by at most 7 working days, with written reasons. Working days follow the calendar of the unit or mission that received the request.',
          )}
        </dd>
        <dt>{tr(lang, 'Biaya', 'Fees')}</dt>
        <dd>
          <strong>{tr(lang, 'Informasinya gratis.', 'The information is free.')}</strong>{' '}
          {tr(
            lang,
            'Hanya biaya nyata penggandaan (salinan cetak) dan pengiriman (pos atau kurir) yang dapat dikenakan, sesuai tarif yang diumumkan. Salinan elektronik lewat e-mail tidak dipungut biaya.',
            'Only the actual cost of copying (printed copies) and delivery (post or courier) may be charged, at the published rates. Electronic copies by e-mail cost nothing.',
          )}
        </dd>
        <dt>{tr(lang, 'Keberatan', 'Objections')}</dt>
        <dd>
          {tr(
            lang,
            'Bila permohonan ditolak, tidak ditanggapi, atau biayanya tidak wajar, Anda dapat mengajukan keberatan kepada atasan PPID dalam 30 hari kerja; atasan PPID menjawab dalam 30 hari kerja. Setelah itu Anda dapat mengajukan sengketa ke Komisi Informasi.',
            'If a request is refused, not answered, or charged unreasonably, you may object to the PPID’s superior within 30 working days; the superior answers within 30 working days. After that you may take the dispute to the Information Commission.',
          )}
        </dd>
        <dt>{tr(lang, 'Jaminan layanan', 'Service guarantee')}</dt>
        <dd>
          {tr(
            lang,
            'Setiap permohonan dicatat dalam register, setiap tenggat dihitung dan dijelaskan, dan setiap langkah tercatat dalam jejak audit yang tidak dapat diubah. Layanan dapat diakses penyandang disabilitas; petugas membantu bila Anda memerlukan cara lain.',
            'Every request is entered in the register, every deadline is counted and explained, and every step is kept in an audit trail that cannot be altered. The service is accessible to persons with disabilities; officers help if you need another way.',
          )}
        </dd>
        <dt>{tr(lang, 'Evaluasi kinerja', 'Performance')}</dt>
        <dd>
          <a href="/statistik">
            {tr(lang, 'Statistik layanan: jumlah permohonan, ketepatan waktu, putusan', 'Service statistics: requests, timeliness, outcomes')}
          </a>
        </dd>
      </dl>

      <h2>{tr(lang, 'Layanan', 'Services')}</h2>
      <ul class="cards">
        {card(
          '/ajukan',
          tr(lang, 'Ajukan permohonan', 'File a request'),
          tr(lang, 'Formulir permohonan informasi publik.', 'The public information request form.'),
        )}
        {card(
          '/lacak',
          tr(lang, 'Lacak permohonan', 'Track a request'),
          tr(lang, 'Status, tenggat, dan dokumen dengan nomor dan kode pelacakan.', 'Status, deadlines and documents with your number and tracking code.'),
        )}
        {card(
          '/keberatan',
          tr(lang, 'Ajukan keberatan', 'File an objection'),
          tr(lang, 'Keberatan kepada atasan PPID (UU 14/2008 Pasal 35).', 'An objection to the PPID’s superior (Law 14/2008 Art. 35).'),
        )}
        {card(
          '/tenggat',
          tr(lang, 'Hitung tenggat', 'Deadline calculator'),
          tr(lang, 'Kapan pemberitahuan tertulis jatuh tempo, dengan hari libur yang dilewati.', 'When the written notice is due, with the holidays skipped.'),
        )}
        {card(
          '/statistik',
          tr(lang, 'Statistik layanan', 'Service statistics'),
          tr(lang, 'Jumlah permohonan, ketepatan waktu, dan putusan tahun ini.', 'This year’s requests, timeliness and outcomes.'),
        )}
        {card(
          '/dip',
          tr(lang, 'Daftar Informasi Publik', 'Public Information List'),
          tr(lang, 'Informasi yang tersedia setiap saat.', 'Information available at any time.'),
        )}
      </ul>
    </>
  );
}
