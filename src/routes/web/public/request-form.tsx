/** @jsxImportSource hono/jsx */
/**
 * The statutory request form (formulir permohonan; UU 14/2008 Art. 22(2), Perki 1/2021, kip-rules
 * §2.3): requester type with the identity each needs, an identity document, contact, the
 * information requested, its purpose, how to obtain and receive it, and the unit it is addressed to.
 * Works without JavaScript; public/request-form.js only hides fields that do not apply and checks
 * the file before it is sent.
 */
import { regionLabel } from '../../../i18n/regions';
import { type Lang, t } from '../../../i18n';
import { IDENTITY_DOCUMENT_MAX_BYTES, identityDocumentKinds } from '../../../identity/identity-document';
import type { PrivacyPolicy } from '../../../privacy/policy';
import { tr } from '../lang';
import { PrivacyNotice } from './privacy-notice';
import { ErrorSummary, type FieldErrors, type FieldValues, FileField, type Option, RadioGroup, SelectField, TextField } from './form-fields';

export interface UnitOption {
  code: string;
  kind: string;
  nameId: string;
  nameEn: string;
  city: string;
  region?: string | null;
}

/** The form's fields in reading order: the error summary lists them in this order. */
export const FORM_ORDER = [
  'requester.type',
  'requester.name',
  'requester.nik',
  'requester.passportNumber',
  'requester.legalEntityNumber',
  'requester.occupation',
  'identityDocumentKind',
  'identityDocument',
  'requester.address',
  'requester.email',
  'requester.phone',
  'information',
  'purpose',
  'obtainMethod',
  'deliveryMethod',
  'unit',
] as const;

export function fieldLabels(lang: Lang): Record<string, string> {
  return {
    'requester.type': tr(lang, 'Jenis pemohon', 'Requester type'),
    'requester.name': tr(lang, 'Nama lengkap', 'Full name'),
    'requester.nik': 'NIK',
    'requester.passportNumber': tr(lang, 'Nomor paspor', 'Passport number'),
    'requester.legalEntityNumber': tr(lang, 'Nomor SK pengesahan badan hukum', 'Legal entity ratification (SK pengesahan) number'),
    'requester.occupation': tr(lang, 'Pekerjaan', 'Occupation'),
    identityDocumentKind: tr(lang, 'Jenis dokumen identitas', 'Kind of identity document'),
    identityDocument: tr(lang, 'Berkas dokumen identitas', 'Identity document file'),
    'requester.address': tr(lang, 'Alamat', 'Address'),
    'requester.email': tr(lang, 'Alamat e-mail', 'E-mail address'),
    'requester.phone': tr(lang, 'Nomor telepon', 'Phone number'),
    information: tr(lang, 'Rincian informasi yang dibutuhkan', 'The information you need'),
    purpose: tr(lang, 'Tujuan penggunaan informasi', 'What you will use it for'),
    obtainMethod: tr(lang, 'Cara memperoleh informasi', 'How you want to obtain it'),
    deliveryMethod: tr(lang, 'Cara menerima salinan informasi', 'How you want to receive it'),
    unit: tr(lang, 'Ditujukan kepada', 'Addressed to'),
    _: tr(lang, 'Formulir', 'Form'),
  };
}

/** Home units first, then the missions grouped by region (130+ of them), in the directory's order. */
function unitOptions(units: UnitOption[], lang: Lang): Option[] {
  const group = (u: UnitOption) => {
    if (u.kind === 'ppid_utama') return tr(lang, 'PPID Utama', 'Main PPID');
    if (u.kind === 'work_unit') return tr(lang, 'Unit kerja di Jakarta', 'Work units in Jakarta');
    return regionLabel(u.region ?? null, lang);
  };
  const rank = (kind: string) => (kind === 'ppid_utama' ? 0 : kind === 'work_unit' ? 1 : 2);
  return [...units]
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .map((u) => {
      const name = lang === 'id' ? u.nameId : u.nameEn;
      return { value: u.code, label: rank(u.kind) === 2 ? `${name} (${u.city})` : name, group: group(u) };
    });
}

const kindLabel = (kind: (typeof identityDocumentKinds)[number], lang: Lang) =>
  ({
    ktp: tr(lang, 'KTP (kartu tanda penduduk)', 'KTP (Indonesian identity card)'),
    passport: tr(lang, 'Paspor', 'Passport'),
    deed: tr(lang, 'Akta pendirian atau SK pengesahan badan hukum', 'Deed of establishment or legal-entity ratification decree'),
    power_of_attorney: tr(lang, 'Surat kuasa (kelompok orang, atau bila diwakili kuasa)', 'Power of attorney (a group, or a proxy)'),
  })[kind];

export interface RequestFormProps {
  lang: Lang;
  values: FieldValues;
  errors: FieldErrors;
  units: UnitOption[];
  idempotencyKey: string;
  /** A message above the form that is not about one field (e.g. the form was sent before). */
  notice?: string | undefined;
  /** A file had been chosen when the form came back with errors: browsers cannot keep it. */
  fileDropped?: boolean;
  /** What the privacy notice beside the form says (retention and contact settings). */
  privacy: PrivacyPolicy;
}

export function RequestForm({ lang, values: v, errors: e, units, idempotencyKey, notice, fileDropped, privacy }: RequestFormProps) {
  const labels = fieldLabels(lang);
  const field = (name: string) => ({ lang, name, label: labels[name]!, value: v[name], error: e[name] });
  return (
    <>
      <ErrorSummary lang={lang} errors={e} labels={labels} order={FORM_ORDER} />
      <h1>{tr(lang, 'Ajukan permohonan informasi publik', 'File a public information request')}</h1>
      <p class="lead">
        {tr(
          lang,
          'Isi formulir ini untuk meminta informasi kepada Kementerian dan Perwakilan RI. Anda akan langsung mendapat nomor pendaftaran dan kode pelacakan. Kami wajib memberi pemberitahuan tertulis paling lambat 10 hari kerja.',
          'Fill in this form to ask the Ministry and its missions for information. You get a registration number and a tracking code at once. We must send you a written notice within 10 working days.',
        )}
      </p>
      {notice ? (
        <div class="notice warn" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>
        {tr(
          lang,
          'Semua kolom wajib diisi kecuali yang bertanda "(tidak wajib)". Data pribadi Anda hanya dipakai untuk melayani permohonan ini dan tidak pernah ditampilkan kepada publik.',
          'Every field is required unless marked "(optional)". Your personal data is used only to handle this request and is never shown to the public.',
        )}
      </p>
      <PrivacyNotice lang={lang} policy={privacy} form="request" />

      <form method="post" action="/ajukan" enctype="multipart/form-data" novalidate class="request-form" data-lang={lang}>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

        <RadioGroup
          lang={lang}
          name="requester.type"
          legend={`1. ${labels['requester.type']}`}
          value={v['requester.type']}
          error={e['requester.type']}
          options={[
            { value: 'individual', label: tr(lang, 'Perseorangan', 'Individual'), hint: tr(lang, 'Warga negara Indonesia.', 'An Indonesian citizen.') },
            {
              value: 'legal_entity',
              label: tr(lang, 'Badan hukum Indonesia', 'Indonesian legal entity'),
              hint: tr(lang, 'Mis. yayasan, perkumpulan atau perseroan.', 'E.g. a foundation, an association or a company.'),
            },
            {
              value: 'group',
              label: tr(lang, 'Kelompok orang', 'Group of persons'),
              hint: tr(lang, 'Diwakili seorang wakil dengan surat kuasa dari kelompok.', 'Represented by one member with the group’s power of attorney.'),
            },
          ]}
        />

        <fieldset>
          <legend>{tr(lang, '2. Identitas', '2. Identity')}</legend>
          <TextField
            {...field('requester.name')}
            required
            autocomplete="name"
            maxlength={200}
            labels={JSON.stringify({
              individual: tr(lang, 'Nama lengkap', 'Full name'),
              legal_entity: tr(lang, 'Nama badan hukum', 'Name of the legal entity'),
              group: tr(lang, 'Nama kelompok dan nama wakilnya', 'Name of the group and of its representative'),
            })}
            hints={JSON.stringify({
              individual: tr(lang, 'Sesuai KTP atau paspor.', 'As on your KTP or passport.'),
              legal_entity: tr(lang, 'Sesuai akta pendirian.', 'As in its deed of establishment.'),
              group: tr(lang, 'Mis. "Forum Warga Cikini, diwakili Budi Santoso".', 'E.g. "Forum Warga Cikini, represented by Budi Santoso".'),
            })}
            hint={tr(
              lang,
              'Perseorangan: sesuai KTP atau paspor. Badan hukum: sesuai akta. Kelompok: nama kelompok dan nama wakilnya.',
              'Individual: as on your KTP or passport. Legal entity: as in its deed. Group: the group’s name and its representative’s.',
            )}
          />
          <TextField
            {...field('requester.nik')}
            required
            inputmode="numeric"
            maxlength={16}
            autocomplete="off"
            types="individual group"
            hint={tr(
              lang,
              'Nomor Induk Kependudukan: 16 angka pada KTP (untuk kelompok: NIK wakilnya). Bila tidak punya KTP, isi nomor paspor di bawah.',
              'National identity number: the 16 digits on the KTP (for a group: its representative’s). Without a KTP, give your passport number below.',
            )}
          />
          <TextField
            {...field('requester.passportNumber')}
            maxlength={12}
            autocomplete="off"
            types="individual group"
            hint={tr(lang, 'Hanya bila tidak mengisi NIK: 6 sampai 12 huruf dan angka.', 'Only if you give no NIK: 6 to 12 letters and digits.')}
          />
          <TextField
            {...field('requester.legalEntityNumber')}
            required
            maxlength={100}
            autocomplete="off"
            types="legal_entity"
            hint={tr(
              lang,
              'Hanya untuk badan hukum: nomor SK pengesahan dari Kementerian Hukum, mis. AHU-0012345.AH.01.04.2019.',
              'Legal entities only: the ratification decree number from the Ministry of Law, e.g. AHU-0012345.AH.01.04.2019.',
            )}
          />
          <TextField
            {...field('requester.occupation')}
            autocomplete="organization-title"
            maxlength={200}
            hint={tr(lang, 'Dicatat dalam register permohonan.', 'Recorded in the register of requests.')}
          />
        </fieldset>

        <fieldset>
          <legend>{tr(lang, '3. Dokumen identitas', '3. Identity document')}</legend>
          <p class="hint">
            {tr(
              lang,
              'Perseorangan: pindaian KTP atau paspor. Badan hukum: akta pendirian atau SK pengesahan. Kelompok: surat kuasa dari kelompok beserta KTP wakilnya, dalam satu PDF. Bila belum dilampirkan, petugas dapat memintanya kemudian.',
              'Individual: a scan of your KTP or passport. Legal entity: its deed or ratification decree. Group: the group’s power of attorney with the representative’s KTP, in one PDF. If you do not attach it now, an officer may ask for it later.',
            )}
          </p>
          <SelectField
            lang={lang}
            name="identityDocumentKind"
            label={labels.identityDocumentKind!}
            value={v.identityDocumentKind}
            error={e.identityDocumentKind}
            options={[
              { value: '', label: tr(lang, '— Pilih bila melampirkan berkas —', '— Choose if you attach a file —') },
              ...identityDocumentKinds.map((k) => ({ value: k, label: kindLabel(k, lang) })),
            ]}
          />
          <FileField
            lang={lang}
            name="identityDocument"
            label={labels.identityDocument!}
            error={e.identityDocument}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            maxBytes={IDENTITY_DOCUMENT_MAX_BYTES}
            messages={{ tooLarge: t(lang, 'identity_document_too_large'), type: t(lang, 'identity_document_type') }}
            hint={
              <>
                {tr(lang, 'PDF, JPEG atau PNG, paling besar 5 MB.', 'PDF, JPEG or PNG, 5 MB at most.')}
                {fileDropped ? (
                  <strong>
                    {' '}
                    {tr(
                      lang,
                      'Pilih berkas Anda sekali lagi: peramban tidak menyimpannya saat formulir dikembalikan.',
                      'Choose your file again: browsers do not keep it when a form comes back.',
                    )}
                  </strong>
                ) : null}
              </>
            }
          />
        </fieldset>

        <fieldset>
          <legend>{tr(lang, '4. Alamat dan kontak', '4. Address and contact')}</legend>
          <TextField
            {...field('requester.address')}
            required
            multiline
            autocomplete="street-address"
            maxlength={500}
            hint={tr(lang, 'Alamat lengkap untuk surat-menyurat.', 'Your full postal address.')}
          />
          <TextField
            {...field('requester.email')}
            type="email"
            autocomplete="email"
            maxlength={254}
            hint={tr(
              lang,
              'Isi e-mail atau nomor telepon, sedikitnya salah satu. Kabar tentang permohonan dikirim ke e-mail ini.',
              'Give an e-mail address or a phone number, at least one. News about your request goes to this address.',
            )}
          />
          <TextField
            {...field('requester.phone')}
            type="tel"
            autocomplete="tel"
            maxlength={20}
            hint={tr(lang, 'Mis. +62 812 3456 7890.', 'E.g. +62 812 3456 7890.')}
          />
        </fieldset>

        <fieldset>
          <legend>{tr(lang, '5. Informasi yang diminta', '5. The information you ask for')}</legend>
          <TextField
            {...field('information')}
            required
            multiline
            maxlength={5000}
            hint={tr(
              lang,
              'Sejelas mungkin: jenis atau judul dokumen, periode, unit yang membuatnya (paling sedikit 10 karakter).',
              'As precisely as you can: the kind or title of the document, the period, the unit that made it (at least 10 characters).',
            )}
          />
          <TextField
            {...field('purpose')}
            required
            multiline
            maxlength={2000}
            hint={tr(
              lang,
              'Mis. penelitian, pemberitaan, advokasi (paling sedikit 5 karakter).',
              'E.g. research, journalism, advocacy (at least 5 characters).',
            )}
          />
        </fieldset>

        <RadioGroup
          lang={lang}
          name="obtainMethod"
          legend={`6. ${labels.obtainMethod}`}
          value={v.obtainMethod}
          error={e.obtainMethod}
          hint={tr(
            lang,
            'Informasinya gratis; hanya biaya penggandaan salinan cetak yang dapat dikenakan.',
            'The information is free; only copying a printed copy may cost.',
          )}
          options={[
            { value: 'view', label: tr(lang, 'Melihat, membaca, mendengarkan atau mencatat', 'To view, read, listen or take notes') },
            { value: 'copy_soft', label: tr(lang, 'Salinan elektronik (softcopy)', 'An electronic copy (soft copy)') },
            { value: 'copy_hard', label: tr(lang, 'Salinan cetak (hardcopy)', 'A printed copy (hard copy)') },
          ]}
        />

        <RadioGroup
          lang={lang}
          name="deliveryMethod"
          legend={`7. ${labels.deliveryMethod}`}
          value={v.deliveryMethod}
          error={e.deliveryMethod}
          hint={tr(lang, 'Pengiriman lewat pos atau kurir dapat dikenakan biaya pengiriman.', 'Delivery by post or courier may cost the postage.')}
          options={[
            { value: 'pickup', label: tr(lang, 'Mengambil langsung', 'Collect it in person') },
            { value: 'email', label: 'E-mail' },
            { value: 'post', label: tr(lang, 'Pos', 'Post') },
            { value: 'courier', label: tr(lang, 'Kurir', 'Courier') },
            { value: 'fax', label: tr(lang, 'Faksimile', 'Fax') },
          ]}
        />

        <fieldset>
          <legend>{tr(lang, '8. Tujuan permohonan', '8. Where to send it')}</legend>
          <SelectField
            lang={lang}
            name="unit"
            label={labels.unit!}
            value={v.unit ?? 'PPID'}
            error={e.unit}
            options={unitOptions(units, lang)}
            hint={tr(
              lang,
              'Unit kerja atau Perwakilan RI yang menurut Anda menguasai informasi itu. Bila ragu, pilih PPID Utama: PPID akan meneruskannya.',
              'The work unit or mission you think holds the information. If unsure, choose the Main PPID: it will forward your request.',
            )}
          />
        </fieldset>

        <button type="submit" class="submit" data-busy-label={tr(lang, 'Mengirim…', 'Sending…')}>
          {tr(lang, 'Kirim permohonan', 'Send request')}
        </button>
      </form>
      <script src="/public/request-form.js" defer></script>
    </>
  );
}
