import type { Catalogue } from '../catalogue';

/** Texts of the api pages. Keys `api.<first words of the English>` come from src/i18n/codemod.ts; rename freely. */
export const apiMessages = {
  'api.last_day_cannot_be_before_first': { id: 'Tanggal akhir tidak boleh sebelum tanggal awal.', en: 'The last day cannot be before the first day.' },
  'api.if_registration_number_and_e_mail': {
    id: 'Bila nomor registrasi dan alamat e-mail itu cocok dengan permohonan, kode pelacakan baru telah dikirim ke alamat tersebut. Kode lama tidak berlaku lagi.',
    en: 'If the registration number and the e-mail address match a request, a new tracking code has been sent to that address. The old code no longer works.',
  },
} as const satisfies Catalogue;
