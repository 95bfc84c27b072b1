/** @jsxImportSource hono/jsx */
/**
 * The privacy notice beside the request and objection forms (UU 27/2022 on personal data
 * protection): why the data is asked for (identifying the requester, UU 14/2008 Art. 22 and Perki
 * 1/2021), who sees what, how long it is kept (the retention setting the retention job enforces)
 * and whom to ask.
 */
import type { Lang } from '../../../i18n';
import { type PrivacyPolicy, retentionWords } from '../../../privacy/policy';
import { tr } from '../lang';

export function PrivacyNotice({ lang, policy, form }: { lang: Lang; policy: PrivacyPolicy; form: 'request' | 'objection' }) {
  const period = retentionWords(policy.retentionMonths, lang);
  return (
    <aside class="notice privacy-notice" aria-labelledby="privacy-notice-title" data-testid="privacy-notice">
      <h2 id="privacy-notice-title">{tr(lang, 'Pemberitahuan privasi', 'Privacy notice')}</h2>
      <p>
        <strong>{tr(lang, 'Untuk apa. ', 'Why. ')}</strong>
        {form === 'request'
          ? tr(
              lang,
              'Nama, NIK atau nomor paspor/SK badan hukum, scan dokumen identitas, alamat, e-mail dan nomor telepon diminta untuk memastikan identitas pemohon dan untuk menghubungi Anda tentang permohonan ini, sebagaimana diwajibkan Pasal 22 UU 14/2008 dan Perki 1/2021. Data ini tidak dipakai untuk hal lain.',
              'Your name, NIK or passport/legal-entity number, identity scan, address, e-mail and phone number are asked for to establish who is requesting and to contact you about this request, as required by Art. 22 of Law 14/2008 and Perki 1/2021. They are used for nothing else.',
            )
          : tr(
              lang,
              'Keberatan Anda dicatat bersama identitas pemohon yang sudah Anda berikan dalam permohonan, untuk register keberatan dan jawaban tertulis Atasan PPID (Pasal 35–36 UU 14/2008, Perki 1/2021). Data ini tidak dipakai untuk hal lain.',
              "Your objection is recorded with the identity you gave in your request, for the objection register and the atasan PPID's written answer (Art. 35–36 of Law 14/2008, Perki 1/2021). It is used for nothing else.",
            )}
      </p>
      <p>
        <strong>{tr(lang, 'Siapa yang melihat. ', 'Who sees it. ')}</strong>
        {tr(
          lang,
          'Hanya PPID Utama, PPID Pelaksana unit yang menangani permohonan Anda, dan Atasan PPID bila ada keberatan. Auditor dan publik hanya melihat nomor, isi permohonan dan statusnya, tanpa data pribadi. Scan dokumen identitas disimpan terenkripsi dan setiap kali dibuka dicatat.',
          'Only the PPID Utama, the PPID Pelaksana of the unit handling your request, and the atasan PPID if there is an objection. Auditors and the public see the number, the request and its status, never your personal data. Identity scans are stored encrypted and every opening is recorded.',
        )}
      </p>
      <p data-testid="privacy-retention">
        <strong>{tr(lang, 'Berapa lama. ', 'How long. ')}</strong>
        {tr(
          lang,
          `${period} setelah permohonan (dan keberatan atasnya) selesai. Sesudah itu data pribadi Anda diganti nama samaran dan scan dokumen identitas dihapus; statistik dan register tetap, tanpa data pribadi. Surat resmi yang diterbitkan untuk Anda disimpan sebagai arsip dinas.`,
          `${period} after the request (and any objection to it) is finished. Then your personal data is replaced by a pseudonym and the identity scan deleted; statistics and registers remain, without personal data. Official letters issued to you are kept as records of the Ministry.`,
        )}
      </p>
      <p data-testid="privacy-contact">
        <strong>{tr(lang, 'Pertanyaan, akses atau perbaikan data. ', 'Questions, access or correction. ')}</strong>
        {policy.contact}
      </p>
    </aside>
  );
}
