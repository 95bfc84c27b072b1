/**
 * The request form's body (urlencoded or multipart) → the filing object `filingSchema` parses,
 * the flat values the form shows again, and the errors in the words a person filling a form
 * expects ("required", "choose one"), every field at once.
 */
import { filingSchema } from '../../../cases/filing.schema';
import { fieldErrors, type Lang, t } from '../../../i18n';
import { checkIdentityDocument, type IdentityDocument } from '../../../identity/identity-document';
import type { FieldErrors, FieldValues } from '../kit/fields';

const TEXT_FIELDS = [
  'requester.type',
  'requester.name',
  'requester.nik',
  'requester.passportNumber',
  'requester.legalEntityNumber',
  'requester.email',
  'requester.phone',
  'requester.address',
  'requester.occupation',
  'information',
  'purpose',
  'obtainMethod',
  'deliveryMethod',
  'unit',
  'identityDocumentKind',
  'idempotencyKey',
] as const;

/** Radio buttons and lists: left empty, the message is "choose one", not a list of internal codes. */
const CHOICES = new Set(['requester.type', 'obtainMethod', 'deliveryMethod', 'unit']);
/** Text a person must give: left empty, the message is "required", not "too short". */
const REQUIRED_TEXT = new Set(['requester.name', 'requester.address', 'information', 'purpose']);

/**
 * A valid value for every field, put in place of the fields that failed so that the schema's
 * cross-field rules (NIK or passport, e-mail or phone), which zod runs only once every field
 * parses, are checked in the same round: the person sees every problem at once.
 */
const PLACEHOLDERS: Record<string, string> = {
  'requester.type': 'individual',
  'requester.name': 'x',
  'requester.nik': '3171012304900002',
  'requester.passportNumber': 'X000000',
  'requester.legalEntityNumber': 'xxx',
  'requester.email': 'x@example.org',
  'requester.phone': '0000000',
  'requester.address': 'xxxxx',
  'requester.occupation': 'x',
  information: 'xxxxxxxxxx',
  purpose: 'xxxxx',
  obtainMethod: 'view',
  deliveryMethod: 'pickup',
  unit: 'PPID',
};
/** Rules that depend on the requester type: not guessed while the type is missing. */
const TYPE_DEPENDENT = new Set(['requester.nik', 'requester.legalEntityNumber']);

export interface FormInput {
  values: FieldValues;
  file: File | null;
}

export function readFilingForm(body: Record<string, string | File>): FormInput {
  const values: FieldValues = {};
  for (const name of TEXT_FIELDS) {
    const v = body[name];
    values[name] = typeof v === 'string' ? v : '';
  }
  const f = body.identityDocument;
  const file = typeof f === 'object' && f !== null && f.size > 0 ? f : null;
  return { values, file };
}

function filingObject(values: FieldValues) {
  const pick = (name: string) => {
    const v = values[name] ?? '';
    return CHOICES.has(name) && v.trim() === '' ? undefined : v;
  };
  return {
    requester: {
      type: pick('requester.type'),
      name: pick('requester.name'),
      nik: pick('requester.nik'),
      passportNumber: pick('requester.passportNumber'),
      legalEntityNumber: pick('requester.legalEntityNumber'),
      email: pick('requester.email'),
      phone: pick('requester.phone'),
      address: pick('requester.address'),
      occupation: pick('requester.occupation'),
    },
    information: pick('information'),
    purpose: pick('purpose'),
    obtainMethod: pick('obtainMethod'),
    deliveryMethod: pick('deliveryMethod'),
    unit: pick('unit'),
  };
}

/** Parses the form with the API's own schema; the errors, one per field, in the page's language. */
export function parseFilingForm(values: FieldValues, lang: Lang) {
  const parsed = filingSchema.safeParse(filingObject(values));
  if (parsed.success) return { filing: parsed.data, errors: {} as FieldErrors };
  const errors = fieldErrors(parsed.error, lang);
  const patched = { ...values };
  for (const name of Object.keys(errors)) if (name in PLACEHOLDERS) patched[name] = PLACEHOLDERS[name]!;
  const second = filingSchema.safeParse(filingObject(patched));
  if (!second.success) {
    const typeKnown = !('requester.type' in errors);
    for (const [name, message] of Object.entries(fieldErrors(second.error, lang))) {
      if (!(name in errors) && (typeKnown || !TYPE_DEPENDENT.has(name))) errors[name] = message;
    }
  }
  for (const name of Object.keys(errors)) {
    const blank = (values[name] ?? '').trim() === '';
    if (blank && CHOICES.has(name)) errors[name] = t(lang, 'choose_one');
    else if (blank && REQUIRED_TEXT.has(name)) errors[name] = t(lang, 'required');
  }
  return { filing: null, errors };
}

/**
 * A posted filing form, read whole: the fields parsed by the filing schema and the identity
 * document checked by content, every problem as a field error. The web form and the multipart
 * API share it.
 */
export async function readFilingSubmission(body: Record<string, string | File>, lang: Lang) {
  const { values, file } = readFilingForm(body);
  const { filing, errors } = parseFilingForm(values, lang);
  let identityDocument: IdentityDocument | undefined;
  if (file) {
    const check = await checkIdentityDocument({
      kind: values.identityDocumentKind ?? '',
      bytes: new Uint8Array(await file.arrayBuffer()),
      requesterType: values['requester.type'],
    });
    if (check.ok) identityDocument = check.document;
    else errors[check.field] = t(lang, check.error);
  }
  return { values, file, filing, errors, identityDocument };
}
