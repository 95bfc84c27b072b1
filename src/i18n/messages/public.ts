import type { Catalogue } from '../catalogue';

/** Error and field messages of: Citizen web: identity documents, rate limits (issue 4). Keys must be unique across all message files. */
export const publicMessages = {
  identity_document_kind_required: {
    id: 'Pilih jenis dokumen identitas yang Anda lampirkan.',
    en: 'Choose which identity document you are attaching.',
  },
  identity_document_kind_mismatch: {
    id: 'Jenis dokumen ini tidak sesuai dengan jenis pemohon: perseorangan melampirkan KTP atau paspor, badan hukum melampirkan akta atau SK pengesahan, kelompok melampirkan surat kuasa.',
    en: 'This kind of document does not fit the requester type: an individual attaches a KTP or passport, a legal entity its deed or SK pengesahan, a group its power of attorney.',
  },
  identity_document_too_large: {
    id: 'Berkas terlalu besar: paling besar 5 MB.',
    en: 'The file is too large: 5 MB at most.',
  },
  form_body_too_large: {
    id: 'Kiriman formulir terlalu besar (lebih dari 12 MB), sehingga isiannya tidak dapat dibaca. Pilih berkas yang lebih kecil lalu isi formulir sekali lagi.',
    en: 'The form you sent was too large (over 12 MB), so its entries could not be read. Choose a smaller file and fill in the form again.',
  },
  identity_document_type: {
    id: 'Berkas harus PDF, JPEG atau PNG (diperiksa dari isinya, bukan dari namanya).',
    en: 'The file must be a PDF, JPEG or PNG (checked from its content, not its name).',
  },
  filing_form_reused: {
    id: 'Formulir ini sudah pernah dikirim dengan isi yang berbeda. Periksa isian di bawah, lalu kirim lagi bila Anda memang ingin mengajukan permohonan baru.',
    en: 'This form was already sent with different content. Check the fields below, then send it again if you do mean to file a new request.',
  },
  choose_one: {
    id: 'Pilih salah satu.',
    en: 'Choose one.',
  },
  tracking_not_found: {
    id: 'Tidak ada permohonan dengan nomor dan kode pelacakan itu. Periksa keduanya persis seperti pada tanda terima.',
    en: 'No request has that number and tracking code. Check both exactly as on the receipt.',
  },
} as const satisfies Catalogue;
