import type { Catalogue } from '../catalogue';

/**
 * Texts of the PPID Utama's pages for the list of public information (DIP) and the list of exempt
 * information (DIK) (issue 18), and their errors. Keys `lists.<first words of the English>`.
 */
export const listsMessages = {
  consequence_test_not_in_dik: {
    id: 'Uji konsekuensi ini belum memiliki judul publik di Daftar Informasi yang Dikecualikan (DIK); beri judul publik dahulu, atau tulis uji konsekuensi baru dengan judul publiknya.',
    en: 'This consequence test has no public title in the list of exempt information (DIK) yet; give it one first, or write a new consequence test with its public title.',
  },
} as const satisfies Catalogue;
