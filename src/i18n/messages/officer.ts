import type { Catalogue } from '../catalogue';

/** Error and field messages of: Officer workspace: notes, notifications, TOTP, assignments (issue 5). Keys must be unique across all message files. */
export const officerMessages = {
  password_change_required: { id: 'Ganti kata sandi sekali pakai Anda terlebih dahulu.', en: 'Change your one-time password first.' },
  session_expired: { id: 'Sesi Anda telah berakhir. Silakan masuk kembali.', en: 'Your session has ended. Please log in again.' },
  csrf_invalid: {
    id: 'Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman kami. Muat ulang halaman dan coba lagi.',
    en: 'This form has expired or did not come from our page. Reload the page and try again.',
  },
  password_too_short: { id: 'Kata sandi minimal 10 karakter.', en: 'A password needs at least 10 characters.' },
  password_too_weak: {
    id: 'Kata sandi ini terlalu mudah ditebak (berisi nama pengguna, huruf berulang, atau sangat umum).',
    en: 'This password is too easy to guess (it holds the username, repeats one character, or is very common).',
  },
  password_wrong: { id: 'Kata sandi salah.', en: 'Wrong password.' },
  password_unchanged: { id: 'Kata sandi baru harus berbeda dari yang lama.', en: 'The new password must differ from the old one.' },
  password_mismatch: { id: 'Kedua isian kata sandi baru tidak sama.', en: 'The two new passwords do not match.' },
  totp_required: { id: 'Masukkan kode 6 digit dari aplikasi autentikator Anda.', en: 'Enter the 6-digit code from your authenticator app.' },
  totp_invalid: { id: 'Kode autentikator salah atau sudah dipakai.', en: 'The authenticator code is wrong or was already used.' },
  totp_already_enabled: { id: 'Verifikasi dua langkah sudah aktif.', en: 'Two-step verification is already on.' },
  totp_not_started: { id: 'Mulai pendaftaran verifikasi dua langkah terlebih dahulu.', en: 'Start enrolling two-step verification first.' },
  totp_not_enabled: { id: 'Verifikasi dua langkah belum aktif.', en: 'Two-step verification is not on.' },
  login_expired: { id: 'Langkah masuk ini sudah kedaluwarsa. Masukkan kata sandi lagi.', en: 'This login step has expired. Enter your password again.' },
  username_format: {
    id: 'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    en: 'A username has 3–40 characters: lower-case letters, digits, dots, underscores or hyphens.',
  },
  username_taken: { id: 'Nama pengguna ini sudah dipakai.', en: 'This username is already taken.' },
  unit_required_for_role: { id: 'Peran ini memerlukan unit kerja atau perwakilan.', en: 'This role needs a work unit or mission.' },
  cannot_deactivate_self: { id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.', en: 'You cannot deactivate your own account.' },
  bulk_action_unknown: { id: 'Tindakan massal ini tidak tersedia.', en: 'This bulk action is not available.' },
} as const satisfies Catalogue;
