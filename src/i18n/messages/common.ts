import type { Catalogue } from '../catalogue';

/** Messages every area shares: input errors, access, limits and the error pages. */
export const commonMessages = {
  invalid_input: { id: 'Masukan tidak valid. Periksa kolom yang ditandai.', en: 'Invalid input. Check the fields marked.' },
  required: { id: 'Wajib diisi.', en: 'This field is required.' },
  invalid_type: { id: 'Jenis nilai tidak sesuai.', en: 'Wrong kind of value.' },
  too_short: { id: 'Terlalu pendek (minimal {min} karakter).', en: 'Too short (at least {min} characters).' },
  too_long: { id: 'Terlalu panjang (maksimal {max} karakter).', en: 'Too long (at most {max} characters).' },
  too_few: { id: 'Pilih sedikitnya {min}.', en: 'Choose at least {min}.' },
  too_many: { id: 'Terlalu banyak (maksimal {max}).', en: 'Too many (at most {max}).' },
  too_small_number: { id: 'Nilai minimal {min}.', en: 'Must be at least {min}.' },
  too_big_number: { id: 'Nilai maksimal {max}.', en: 'Must be at most {max}.' },
  invalid_option: { id: 'Pilihan tidak dikenal. Pilih salah satu: {options}.', en: 'Unknown choice. Choose one of: {options}.' },
  invalid_email: { id: 'Alamat e-mail tidak valid.', en: 'Not a valid e-mail address.' },
  invalid_format: { id: 'Format tidak valid.', en: 'Invalid format.' },
  unknown_field: { id: 'Kolom tidak dikenal.', en: 'Unknown field.' },
  nik_format: { id: 'NIK harus 16 digit angka.', en: 'The NIK must be 16 digits.' },
  nik_or_passport: { id: 'Isi NIK (16 digit) atau nomor paspor.', en: 'Give a NIK (16 digits) or a passport number.' },
  legal_entity_number_required: {
    id: 'Badan hukum wajib mengisi nomor SK pengesahan.',
    en: 'A legal entity must give its SK pengesahan (ratification decree) number.',
  },
  contact_required: {
    id: 'Isi e-mail atau nomor telepon agar kami dapat menghubungi Anda.',
    en: 'Give an e-mail address or a phone number so that we can reach you.',
  },
  email_required_for_delivery: { id: 'Pengiriman lewat e-mail memerlukan alamat e-mail.', en: 'Delivery by e-mail needs an e-mail address.' },
  phone_format: {
    id: 'Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung.',
    en: 'A phone number may hold only digits, spaces, +, - and brackets.',
  },
  unknown_unit: { id: 'Unit atau perwakilan tidak dikenal.', en: 'Unknown unit or mission.' },
  unit_not_accepting: { id: 'Unit ini tidak menerima permohonan.', en: 'This unit does not accept requests.' },
  instant_with_offset: {
    id: 'Waktu harus ISO 8601 dengan zona waktu, mis. 2026-11-27T10:00:00+07:00.',
    en: 'The time must be ISO 8601 with an offset, e.g. 2026-11-27T10:00:00+07:00.',
  },
  received_in_future: { id: 'Waktu penerimaan tidak boleh di masa depan.', en: 'The receipt time cannot be in the future.' },
  unknown_event: { id: 'Jenis peristiwa tidak dikenal.', en: 'Unknown event type.' },
  not_found: { id: 'Tidak ditemukan.', en: 'Not found.' },
  unauthorized: { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' },
  forbidden: { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  login_failed: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  locked: { id: 'Terlalu banyak percobaan gagal. Coba lagi setelah {minutes} menit.', en: 'Too many failed attempts. Try again in {minutes} minutes.' },
  event_not_allowed: { id: 'Alur kerja tidak menerima peristiwa {event} saat ini.', en: 'The workflow does not accept {event} now.' },
  version_conflict: { id: 'Kasus ini telah diubah orang lain. Muat ulang dan coba lagi.', en: 'Someone else changed this case. Reload it and try again.' },
  idempotency_mismatch: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  calendar_out_of_range: {
    id: 'Tenggat jatuh di luar tahun yang diketahui kalender {calendar}. Administrator perlu memuat hari libur tahun {year}.',
    en: 'The deadline falls outside the years calendar {calendar} knows. An administrator needs to load the holidays of {year}.',
  },
  invalid_date: { id: 'Tanggal tidak ada atau tidak valid.', en: 'The date does not exist or is invalid.' },
  rate_limited: { id: 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.', en: 'Too many requests. Try again in {seconds} seconds.' },
  too_large: { id: 'Permintaan terlalu besar.', en: 'The request is too large.' },
  invalid_json: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  invalid_form: {
    id: 'Isian formulir tidak dapat dibaca (rusak atau terpotong). Kirim ulang formulirnya.',
    en: 'The form could not be read (malformed or cut short). Please send the form again.',
  },
  unsupported_media_type: { id: 'Jenis isi tidak didukung. Kirim application/json.', en: 'Unsupported content type. Send application/json.' },
  cross_origin: { id: 'Formulir harus dikirim dari situs ini.', en: 'Forms must be sent from this site.' },
  internal_error: { id: 'Terjadi kesalahan pada server.', en: 'Something went wrong on the server.' },
  page_not_found: {
    id: 'Halaman yang Anda cari tidak ada. Periksa alamatnya, atau mulai dari beranda.',
    en: 'The page you are looking for does not exist. Check the address, or start from the home page.',
  },
  control_characters: {
    id: 'Berisi karakter kendali atau pembalik arah teks yang tidak diizinkan.',
    en: 'Contains control characters or text-direction overrides, which are not allowed.',
  },
  exemption_needs_test: {
    id: 'Penolakan wajib menyebut huruf pengecualian Pasal 17 dan uji konsekuensi.',
    en: 'A denial must cite Art. 17 exemption letters and a consequence test.',
  },
} as const satisfies Catalogue;
