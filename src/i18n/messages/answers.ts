/**
 * Messages of the answer to the requester (issue 17): NIK structure, released files, redaction
 * and clarification errors, in Indonesian and English. Spread into the catalogue in src/i18n.
 */
export const answersMessages = {
  nik_structure: {
    id: 'NIK tidak sah: periksa kode wilayah (6 digit pertama), tanggal lahir (digit 7–12, DDMMYY; perempuan +40 pada tanggal) dan nomor urut.',
    en: 'Not a valid NIK: check the region code (first 6 digits), the birth date (digits 7–12, DDMMYY; +40 on the day for women) and the serial number.',
  },
  file_required: { id: 'Pilih berkas untuk diunggah.', en: 'Choose a file to upload.' },
  file_type: {
    id: 'Jenis berkas tidak diizinkan, atau isinya tidak sesuai dengan jenisnya. Diizinkan: PDF, JPEG, PNG, dokumen Office (DOCX, XLSX, PPTX, ODT, ODS) dan CSV.',
    en: 'This kind of file is not allowed, or its content is not what it claims to be. Allowed: PDF, JPEG, PNG, office documents (DOCX, XLSX, PPTX, ODT, ODS) and CSV.',
  },
  file_too_large: { id: 'Berkas terlalu besar (maksimal {max} MB).', en: 'The file is too large (at most {max} MB).' },
  file_too_many: { id: 'Terlalu banyak berkas (maksimal {max}).', en: 'Too many files (at most {max}).' },
  file_not_redacted: {
    id: 'Pada pemberian sebagian, setiap PDF atau gambar harus dihitamkan dahulu, atau dikeluarkan dari jawaban: {files}.',
    en: 'For a partial grant every PDF or image must be redacted first, or taken out of the answer: {files}.',
  },
  region_outside_page: { id: 'Area berada di luar halaman.', en: 'The region lies outside the page.' },
  region_letter_required: { id: 'Pilih huruf pengecualian Pasal 17 untuk area ini.', en: 'Choose the Art. 17 exemption letter for this region.' },
  region_page: { id: 'Halaman tidak ada pada berkas ini.', en: 'The file has no such page.' },
  regions_required: { id: 'Tandai sedikitnya satu area.', en: 'Mark at least one region.' },
  file_not_redactable: {
    id: 'Berkas ini tidak dapat dihitamkan (hanya PDF dan gambar); dokumen Office diserahkan utuh.',
    en: 'This file cannot be redacted (PDF and images only); office documents are released whole.',
  },
  file_not_of_case: { id: 'Berkas ini bukan berkas jawaban kasus ini.', en: 'This file is not an answer file of this case.' },
  identity_check_result: { id: 'Pilih hasil pemeriksaan.', en: 'Choose the result of the check.' },
  clarification_message: { id: 'Tuliskan jawaban klarifikasi Anda.', en: 'Write your clarification answer.' },
} as const;
