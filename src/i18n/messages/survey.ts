import type { Catalogue } from '../catalogue';

/** Texts of the satisfaction survey (survei kepuasan masyarakat, issue 18): the requester's page, its errors, and the index in reports. */
export const surveyMessages = {
  survey_case_not_closed: {
    id: 'Survei kepuasan baru dapat diisi setelah permohonan ini selesai.',
    en: 'The satisfaction survey opens once this request is closed.',
  },
  survey_already_answered: {
    id: 'Survei kepuasan untuk permohonan ini sudah diisi. Terima kasih.',
    en: 'The satisfaction survey for this request has already been answered. Thank you.',
  },
  'survey.question_procedure': { id: 'Bagaimana kemudahan prosedur permohonan informasi?', en: 'How easy was the procedure to request information?' },
  'survey.question_time': { id: 'Bagaimana kecepatan waktu pelayanan?', en: 'How quick was the service?' },
  'survey.question_result': {
    id: 'Bagaimana kesesuaian jawaban yang Anda terima dengan informasi yang Anda minta?',
    en: 'How well did the answer you received match the information you asked for?',
  },
  'survey.question_conduct': { id: 'Bagaimana kesopanan dan kemampuan petugas?', en: 'How courteous and competent were the officers?' },
  'survey.question_facilities': {
    id: 'Bagaimana kualitas sarana pelayanan (situs web, e-mail, loket)?',
    en: 'How good were the service channels (website, e-mail, service desk)?',
  },
  'survey.element_procedure': { id: 'Prosedur', en: 'Procedure' },
  'survey.element_time': { id: 'Waktu pelayanan', en: 'Time' },
  'survey.element_result': { id: 'Kesesuaian hasil', en: 'Result' },
  'survey.element_conduct': { id: 'Perilaku petugas', en: 'Officer conduct' },
  'survey.element_facilities': { id: 'Sarana', en: 'Facilities' },
  'survey.score_1': { id: '1 — Tidak baik', en: '1 — Poor' },
  'survey.score_2': { id: '2 — Kurang baik', en: '2 — Fair' },
  'survey.score_3': { id: '3 — Baik', en: '3 — Good' },
  'survey.score_4': { id: '4 — Sangat baik', en: '4 — Very good' },
  'survey.grade_a': { id: 'A (Sangat baik)', en: 'A (Very good)' },
  'survey.grade_b': { id: 'B (Baik)', en: 'B (Good)' },
  'survey.grade_c': { id: 'C (Kurang baik)', en: 'C (Fair)' },
  'survey.grade_d': { id: 'D (Tidak baik)', en: 'D (Poor)' },
  'survey.satisfaction_survey': { id: 'Survei kepuasan', en: 'Satisfaction survey' },
  'survey.survey_for_request': { id: 'Survei kepuasan permohonan {number}', en: 'Satisfaction survey for request {number}' },
  'survey.optional_and_anonymous': {
    id: 'Survei ini tidak wajib dan anonim: jawaban Anda hanya dijumlahkan per unit dan semester, tanpa nomor permohonan, nama atau waktu pengisian. Setiap permohonan dapat mengisinya satu kali.',
    en: 'This survey is optional and anonymous: your answers are only added up by unit and half-year, without the request number, your name or the time you answered. Each request can answer it once.',
  },
  'survey.your_request_is_closed_tell_us': {
    id: 'Permohonan Anda sudah selesai. Bantu kami memperbaiki layanan dengan mengisi survei kepuasan singkat (5 pertanyaan, tidak wajib, anonim).',
    en: 'Your request is closed. Help us improve the service by answering a short satisfaction survey (5 questions, optional, anonymous).',
  },
  'survey.answer_survey': { id: 'Isi survei kepuasan', en: 'Answer the satisfaction survey' },
  'survey.already_answered_thank_you': {
    id: 'Anda sudah mengisi survei kepuasan untuk permohonan ini. Terima kasih.',
    en: 'You have answered the satisfaction survey for this request. Thank you.',
  },
  'survey.thank_you': {
    id: 'Terima kasih. Jawaban Anda telah dicatat tanpa identitas Anda.',
    en: 'Thank you. Your answers were recorded without your identity.',
  },
  'survey.send_answers': { id: 'Kirim jawaban', en: 'Send answers' },
  'survey.back_to_request': { id: 'Kembali ke permohonan', en: 'Back to the request' },
  'survey.registration_number': { id: 'Nomor pendaftaran', en: 'Registration number' },
  'survey.tracking_code': { id: 'Kode pelacakan', en: 'Tracking code' },
  'survey.tracking_code_hint': {
    id: 'Kode yang Anda terima saat mengajukan permohonan; hanya untuk memastikan satu jawaban per permohonan.',
    en: 'The code you received when you filed the request; it only ensures one answer per request.',
  },
  'survey.choose_a_score': { id: 'Pilih nilai 1 sampai 4.', en: 'Choose a score from 1 to 4.' },
  'survey.not_closed_yet': {
    id: 'Permohonan ini belum selesai; survei kepuasan dapat diisi setelah permohonan selesai.',
    en: 'This request is not closed yet; the satisfaction survey opens once it is closed.',
  },
  'survey.community_satisfaction_index': { id: 'Indeks kepuasan masyarakat (IKM)', en: 'Satisfaction index (IKM)' },
  'survey.index_explained': {
    id: 'Dari survei kepuasan yang diisi pemohon setelah permohonannya selesai: rata-rata nilai tiap unsur (1–4) × 25, skala 0–100, dengan mutu pelayanan A–D (Permenpan RB 14/2017). Survei tidak wajib; jawaban dihitung pada tahun dan semester penerimaan permohonan.',
    en: 'From the satisfaction survey requesters answer after their request is closed: the mean score of each element (1–4) × 25, on 0–100, with its quality letter A–D (Permenpan RB 14/2017). The survey is optional; answers count in the year and half the request was received.',
  },
  'survey.answers': { id: 'Jawaban', en: 'Answers' },
  'survey.index': { id: 'Indeks (0–100)', en: 'Index (0–100)' },
  'survey.quality': { id: 'Mutu pelayanan', en: 'Quality' },
  'survey.no_answers_yet': { id: 'Belum ada jawaban survei untuk periode ini.', en: 'No survey answers for this period yet.' },
  'survey.too_few_answers_to_publish': {
    id: 'Indeks diumumkan setelah paling sedikit {min} jawaban, agar jawaban seseorang tidak dapat dikenali.',
    en: 'The index is published once there are at least {min} answers, so that no one’s answers can be recognised.',
  },
  'survey.unit': { id: 'Unit atau Perwakilan', en: 'Unit or mission' },
} as const satisfies Catalogue;
