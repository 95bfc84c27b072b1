/**
 * The seven grounds for an objection (alasan keberatan, UU 14/2008 Art. 35(1) a–g): the legal
 * wording and a plain explanation, in Indonesian and English, for forms, pages and registers.
 */
import type { Lang } from '../i18n';
import type { ObjectionGround } from '../../workflows/objection.events';

interface GroundText {
  legal: string;
  plain: string;
}

export const GROUND_TEXT: Record<ObjectionGround, Record<Lang, GroundText>> = {
  a: {
    id: {
      legal: 'Penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
      plain: 'Permohonan Anda ditolak karena informasinya dinyatakan dikecualikan (rahasia).',
    },
    en: {
      legal: 'Denial of a request on the exemption grounds of Article 17',
      plain: 'Your request was refused because the information was declared exempt (confidential).',
    },
  },
  b: {
    id: {
      legal: 'Tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9',
      plain: 'Informasi yang wajib diumumkan secara berkala tidak tersedia.',
    },
    en: { legal: 'Periodic information under Article 9 not made available', plain: 'Information the body must publish periodically is not available.' },
  },
  c: {
    id: { legal: 'Tidak ditanggapinya permintaan informasi', plain: 'Permohonan Anda tidak dijawab sampai batas waktu.' },
    en: { legal: 'A request for information not answered', plain: 'Your request was not answered by the deadline.' },
  },
  d: {
    id: { legal: 'Permintaan informasi ditanggapi tidak sebagaimana yang diminta', plain: 'Jawaban yang Anda terima tidak sesuai dengan yang Anda minta.' },
    en: { legal: 'A request answered other than as asked', plain: 'The answer you received is not what you asked for.' },
  },
  e: {
    id: { legal: 'Tidak dipenuhinya permintaan informasi', plain: 'Permohonan Anda dijawab, tetapi informasinya tidak diberikan.' },
    en: { legal: 'A request for information not fulfilled', plain: 'Your request was answered, but the information was not given to you.' },
  },
  f: {
    id: {
      legal: 'Pengenaan biaya yang tidak wajar',
      plain: 'Anda dikenai biaya yang tidak wajar (informasi itu gratis; hanya biaya salinan dan pengiriman yang boleh dipungut).',
    },
    en: {
      legal: 'Unreasonable fees charged',
      plain: 'You were charged unreasonable fees (the information is free; only copying and delivery may be charged).',
    },
  },
  g: {
    id: {
      legal: 'Penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang ini',
      plain: 'Informasi diberikan melewati batas waktu yang ditetapkan undang-undang.',
    },
    en: { legal: 'Information delivered later than this Law allows', plain: 'The information was delivered later than the law allows.' },
  },
};
