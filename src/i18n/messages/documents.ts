import type { Catalogue } from '../catalogue';

/** Error and field messages of: Documents and e-mail delivery (issue 6). Keys must be unique across all message files. */
export const documentsMessages = {
  nothing_to_render: {
    id: 'Belum ada isi untuk dokumen {kind} pada kasus ini (mis. belum ada keputusan, draf jawaban, atau perpanjangan).',
    en: 'There is nothing to put in a {kind} for this case yet (no decision, draft answer or extension).',
  },
  outbox_not_failed: { id: 'Hanya pesan yang gagal yang dapat dikirim ulang.', en: 'Only a failed message can be retried.' },
} as const satisfies Catalogue;
