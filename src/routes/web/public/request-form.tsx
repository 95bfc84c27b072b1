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
import { PrivacyNotice } from './privacy-notice';
import { ErrorSummary, type FieldErrors, type FieldValues, FileField, type Option, RadioGroup, SelectField, TextField } from '../kit/fields';

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
    'requester.type': t(lang, 'public.requester_type'),
    'requester.name': t(lang, 'public.full_name'),
    'requester.nik': 'NIK',
    'requester.passportNumber': t(lang, 'public.passport_number'),
    'requester.legalEntityNumber': t(lang, 'public.legal_entity_ratification_sk_pengesahan_number'),
    'requester.occupation': t(lang, 'public.occupation'),
    identityDocumentKind: t(lang, 'public.kind_of_identity_document'),
    identityDocument: t(lang, 'public.identity_document_file'),
    'requester.address': t(lang, 'public.address'),
    'requester.email': t(lang, 'public.e_mail_address'),
    'requester.phone': t(lang, 'public.phone_number'),
    information: t(lang, 'public.information_you_need'),
    purpose: t(lang, 'public.what_you_will_use_it_for'),
    obtainMethod: t(lang, 'public.how_you_want_to_obtain_it'),
    deliveryMethod: t(lang, 'public.how_you_want_to_receive_it'),
    unit: t(lang, 'public.addressed_to'),
    _: t(lang, 'public.form'),
  };
}

/** Home units first, then the missions grouped by region (130+ of them), in the directory's order. */
function unitOptions(units: UnitOption[], lang: Lang): Option[] {
  const group = (u: UnitOption) => {
    if (u.kind === 'ppid_utama') return t(lang, 'public.main_ppid');
    if (u.kind === 'work_unit') return t(lang, 'public.work_units_in_jakarta');
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
    ktp: t(lang, 'public.ktp_indonesian_identity_card'),
    passport: t(lang, 'public.passport'),
    deed: t(lang, 'public.deed_of_establishment_or_legal_entity'),
    power_of_attorney: t(lang, 'public.power_of_attorney_group_or_proxy'),
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
      <h1>{t(lang, 'public.file_public_information_request')}</h1>
      <p class="lead">{t(lang, 'public.fill_in_this_form_to_ask')}</p>
      {notice ? (
        <div class="notice warn" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>{t(lang, 'public.every_field_is_required_unless_marked')}</p>
      <PrivacyNotice lang={lang} policy={privacy} form="request" />

      <form method="post" action="/ajukan" enctype="multipart/form-data" novalidate class="request-form" data-lang={lang}>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

        <RadioGroup
          lang={lang}
          name="requester.type"
          label={`1. ${labels['requester.type']}`}
          value={v['requester.type']}
          error={e['requester.type']}
          options={[
            { value: 'individual', label: t(lang, 'public.individual'), hint: t(lang, 'public.indonesian_citizen') },
            {
              value: 'legal_entity',
              label: t(lang, 'public.indonesian_legal_entity'),
              hint: t(lang, 'public.e_g_foundation_association_or_company'),
            },
            {
              value: 'group',
              label: t(lang, 'public.group_of_persons'),
              hint: t(lang, 'public.represented_by_one_member_with_group'),
            },
          ]}
        />

        <fieldset>
          <legend>{t(lang, 'public.2_identity')}</legend>
          <TextField
            {...field('requester.name')}
            required
            autocomplete="name"
            maxlength={200}
            labelAttrs={{
              'data-labels': JSON.stringify({
                individual: t(lang, 'public.full_name'),
                legal_entity: t(lang, 'public.name_of_legal_entity'),
                group: t(lang, 'public.name_of_group_and_of_its'),
              }),
            }}
            hintAttrs={{
              'data-hints': JSON.stringify({
                individual: t(lang, 'public.as_on_your_ktp_or_passport'),
                legal_entity: t(lang, 'public.as_in_its_deed_of_establishment'),
                group: t(lang, 'public.e_g_forum_warga_cikini_represented'),
              }),
            }}
            hint={t(lang, 'public.individual_as_on_your_ktp_or')}
          />
          <TextField
            {...field('requester.nik')}
            required
            inputmode="numeric"
            maxlength={16}
            autocomplete="off"
            wrapper={{ 'data-types': 'individual group' }}
            hint={t(lang, 'public.national_identity_number_16_digits_on')}
          />
          <TextField
            required={false}
            {...field('requester.passportNumber')}
            maxlength={12}
            autocomplete="off"
            wrapper={{ 'data-types': 'individual group' }}
            hint={t(lang, 'public.only_if_you_give_no_nik')}
          />
          <TextField
            {...field('requester.legalEntityNumber')}
            required
            maxlength={100}
            autocomplete="off"
            wrapper={{ 'data-types': 'legal_entity' }}
            hint={t(lang, 'public.legal_entities_only_ratification_decree_number')}
          />
          <TextField
            required={false}
            {...field('requester.occupation')}
            autocomplete="organization-title"
            maxlength={200}
            hint={t(lang, 'public.recorded_in_register_of_requests')}
          />
        </fieldset>

        <fieldset>
          <legend>{t(lang, 'public.3_identity_document')}</legend>
          <p class="hint">{t(lang, 'public.individual_scan_of_your_ktp_or')}</p>
          <SelectField
            lang={lang}
            name="identityDocumentKind"
            label={labels.identityDocumentKind!}
            value={v.identityDocumentKind}
            error={e.identityDocumentKind}
            options={[
              { value: '', label: t(lang, 'public.choose_if_you_attach_file') },
              ...identityDocumentKinds.map((k) => ({ value: k, label: kindLabel(k, lang) })),
            ]}
          />
          <FileField
            required={false}
            lang={lang}
            name="identityDocument"
            label={labels.identityDocument!}
            error={e.identityDocument}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            maxBytes={IDENTITY_DOCUMENT_MAX_BYTES}
            messages={{ tooLarge: t(lang, 'identity_document_too_large'), type: t(lang, 'identity_document_type') }}
            hint={
              <>
                {t(lang, 'public.pdf_jpeg_or_png_5_mb')}
                {fileDropped ? <strong> {t(lang, 'public.choose_your_file_again_browsers_do')}</strong> : null}
              </>
            }
          />
        </fieldset>

        <fieldset>
          <legend>{t(lang, 'public.4_address_and_contact')}</legend>
          <TextField
            {...field('requester.address')}
            required
            multiline
            autocomplete="street-address"
            maxlength={500}
            hint={t(lang, 'public.your_full_postal_address')}
          />
          <TextField
            required={false}
            {...field('requester.email')}
            type="email"
            autocomplete="email"
            maxlength={254}
            hint={t(lang, 'public.give_e_mail_address_or_phone')}
          />
          <TextField
            required={false}
            {...field('requester.phone')}
            type="tel"
            autocomplete="tel"
            maxlength={20}
            hint={t(lang, 'public.e_g_62_812_3456_7890')}
          />
        </fieldset>

        <fieldset>
          <legend>{t(lang, 'public.5_information_you_ask_for')}</legend>
          <TextField {...field('information')} required multiline maxlength={5000} hint={t(lang, 'public.as_precisely_as_you_can_kind')} />
          <TextField {...field('purpose')} required multiline maxlength={2000} hint={t(lang, 'public.e_g_research_journalism_advocacy_at')} />
        </fieldset>

        <RadioGroup
          lang={lang}
          name="obtainMethod"
          label={`6. ${labels.obtainMethod}`}
          value={v.obtainMethod}
          error={e.obtainMethod}
          hint={t(lang, 'public.information_is_free_only_copying_printed')}
          options={[
            { value: 'view', label: t(lang, 'public.to_view_read_listen_or_take') },
            { value: 'copy_soft', label: t(lang, 'public.electronic_copy_soft_copy') },
            { value: 'copy_hard', label: t(lang, 'public.printed_copy_hard_copy') },
          ]}
        />

        <RadioGroup
          lang={lang}
          name="deliveryMethod"
          label={`7. ${labels.deliveryMethod}`}
          value={v.deliveryMethod}
          error={e.deliveryMethod}
          hint={t(lang, 'public.delivery_by_post_or_courier_may')}
          options={[
            { value: 'pickup', label: t(lang, 'public.collect_it_in_person') },
            { value: 'email', label: 'E-mail' },
            { value: 'post', label: t(lang, 'public.post') },
            { value: 'courier', label: t(lang, 'public.courier') },
            { value: 'fax', label: t(lang, 'public.fax') },
          ]}
        />

        <fieldset>
          <legend>{t(lang, 'public.8_where_to_send_it')}</legend>
          <SelectField
            lang={lang}
            name="unit"
            label={labels.unit!}
            value={v.unit ?? 'PPID'}
            error={e.unit}
            options={unitOptions(units, lang)}
            hint={t(lang, 'public.work_unit_or_mission_you_think')}
          />
        </fieldset>

        <button type="submit" class="submit" data-busy-label={t(lang, 'public.sending')}>
          {t(lang, 'public.send_request')}
        </button>
      </form>
      <script src="/public/request-form.js" defer></script>
    </>
  );
}
