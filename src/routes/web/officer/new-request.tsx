/** @jsxImportSource hono/jsx */
/**
 * Entering a request that came in person, by letter, phone or e-mail (`/petugas/permohonan/baru`),
 * UU 14/2008 Art. 22(1)–(3): the channel, the real receipt time in the receiving unit's local time
 * (never in the future; the statutory clock counts from it), and the statutory form. The result
 * page gives the registration number and the tracking code once, for the officer to hand over.
 */
import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { Temporal } from 'temporal-polyfill';
import { findUnit } from '../../../units/units';
import { requirePageRole } from '../kit/guard';
import { formatDate } from '../../../calendar/describe';
import { DomainError } from '../../../cases/errors';
import { deliveryMethods, obtainMethods, officerFilingSchema, requesterTypes } from '../../../cases/filing.schema';
import { fileForOfficer } from '../../../cases/officer-filing';
import { type Lang, fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { frame } from './components';
import { Choices, type FieldErrors, ErrorSummary, SelectField, TextField, type FormValues, fieldValue } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { channelWord, deliveryWord, obtainWord } from './labels';
import { unitOptions } from './units';

const OFFICER_CHANNELS = ['walk_in', 'letter', 'phone', 'email'] as const;
const TEXT_FIELDS = [
  'requester.name',
  'requester.nik',
  'requester.passportNumber',
  'requester.legalEntityNumber',
  'requester.occupation',
  'requester.address',
  'requester.email',
  'requester.phone',
  'information',
  'purpose',
] as const;

function labels(lang: Lang): Record<string, string> {
  return {
    channel: t(lang, 'officer.channel'),
    unit: t(lang, 'officer.received_at'),
    receivedAt: t(lang, 'officer.time_received'),
    'requester.type': t(lang, 'officer.requester_type_2'),
    'requester.name': t(lang, 'officer.full_name'),
    'requester.nik': 'NIK',
    'requester.passportNumber': t(lang, 'officer.passport_number'),
    'requester.legalEntityNumber': t(lang, 'officer.legal_entity_ratification_sk_number'),
    'requester.occupation': t(lang, 'officer.occupation'),
    'requester.address': t(lang, 'officer.address'),
    'requester.email': t(lang, 'officer.e_mail_address'),
    'requester.phone': t(lang, 'officer.phone_number'),
    information: t(lang, 'officer.information_requested_2'),
    purpose: t(lang, 'officer.what_it_will_be_used_for'),
    obtainMethod: t(lang, 'officer.how_to_obtain_it'),
    deliveryMethod: t(lang, 'officer.how_to_receive_it'),
  };
}

/** A unit's time zone, for reading the local receipt time the officer types. */
async function zoneOf(c: Context<AppEnv>, unit: string) {
  return (await findUnit(c.get('deps').db, unit))?.time_zone ?? 'Asia/Jakarta';
}

async function renderForm(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const l = labels(lang);
  const units = await unitOptions(c.get('deps'), lang);
  const unit = fieldValue(values, 'unit') || actor.unit || 'PPID';
  const zone = await zoneOf(c, unit);
  const now = Temporal.Instant.fromEpochMilliseconds(c.get('deps').clock().getTime()).toZonedDateTimeISO(zone);
  const nowLocal = now.toPlainDateTime().toString({ smallestUnit: 'minute' });
  const props = await frame(c, t(lang, 'officer.enter_request'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{t(lang, 'officer.enter_request_received_in_person')}</h1>
      <p>{t(lang, 'officer.for_requests_made_in_person_by')}</p>
      <ErrorSummary lang={lang} errors={errors} labels={l} />
      <form method="post" action="/petugas/permohonan/baru" novalidate>
        <FormToken c={c} />
        <input type="hidden" name="idempotencyKey" value={fieldValue(values, 'idempotencyKey') || randomUUID()} />
        <fieldset>
          <legend>{t(lang, 'officer.receipt')}</legend>
          <Choices
            lang={lang}
            type="radio"
            name="channel"
            label={l.channel!}
            required
            error={errors.channel}
            values={[fieldValue(values, 'channel')]}
            options={OFFICER_CHANNELS.map((ch) => ({ value: ch, label: channelWord(ch, lang) }))}
          />
          <SelectField lang={lang} name="unit" label={l.unit!} value={unit} options={units} error={errors.unit} required />
          <TextField
            lang={lang}
            name="receivedAt"
            type="datetime-local"
            label={l.receivedAt!}
            required
            error={errors.receivedAt}
            value={fieldValue(values, 'receivedAt') || nowLocal}
            hint={t(lang, 'officer.local_time_at_receiving_unit_never', { zone })}
          />
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'officer.requester')}</legend>
          <Choices
            lang={lang}
            type="radio"
            name="requester.type"
            label={l['requester.type']!}
            required
            error={errors['requester.type']}
            values={[fieldValue(values, 'requester.type') || 'individual']}
            options={requesterTypes.map((v) => ({
              value: v,
              label: {
                individual: t(lang, 'officer.individual'),
                legal_entity: t(lang, 'officer.legal_entity'),
                group: t(lang, 'officer.group_of_persons'),
              }[v],
            }))}
          />
          {TEXT_FIELDS.slice(0, 8).map((name) => (
            <TextField
              lang={lang}
              name={name}
              label={l[name]!}
              value={fieldValue(values, name)}
              error={errors[name]}
              required={name === 'requester.name' || name === 'requester.address'}
              multiline={name === 'requester.address'}
              type={name === 'requester.email' ? 'email' : name === 'requester.phone' ? 'tel' : 'text'}
              hint={
                name === 'requester.nik'
                  ? t(lang, 'officer.16_digits_or_give_passport_number')
                  : name === 'requester.email'
                    ? t(lang, 'officer.e_mail_address_or_phone_number')
                    : undefined
              }
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'officer.information_requested')}</legend>
          <TextField
            lang={lang}
            name="information"
            label={l.information!}
            multiline
            required
            value={fieldValue(values, 'information')}
            error={errors.information}
          />
          <TextField lang={lang} name="purpose" label={l.purpose!} multiline required value={fieldValue(values, 'purpose')} error={errors.purpose} />
          <Choices
            lang={lang}
            type="radio"
            name="obtainMethod"
            label={l.obtainMethod!}
            required
            error={errors.obtainMethod}
            values={[fieldValue(values, 'obtainMethod')]}
            options={obtainMethods.map((m) => ({ value: m, label: obtainWord(m, lang) }))}
          />
          <Choices
            lang={lang}
            type="radio"
            name="deliveryMethod"
            label={l.deliveryMethod!}
            required
            error={errors.deliveryMethod}
            values={[fieldValue(values, 'deliveryMethod')]}
            options={deliveryMethods.map((m) => ({ value: m, label: deliveryWord(m, lang) }))}
          />
        </fieldset>
        <button type="submit">{t(lang, 'officer.register_request')}</button>
      </form>
    </Layout>,
    status,
  );
}

/** The flat form fields as the filing body (`requester.name` → `{requester: {name}}`). */
async function filingFrom(c: Context<AppEnv>, body: FormValues) {
  const requester: Record<string, string> = { type: fieldValue(body, 'requester.type') };
  for (const name of TEXT_FIELDS.slice(0, 8)) requester[name.slice('requester.'.length)] = fieldValue(body, name);
  const unit = fieldValue(body, 'unit');
  let receivedAt = fieldValue(body, 'receivedAt');
  try {
    receivedAt = Temporal.PlainDateTime.from(receivedAt)
      .toZonedDateTime(await zoneOf(c, unit))
      .toInstant()
      .toString();
  } catch {
    /* left as typed: the schema names the field */
  }
  return {
    requester,
    information: fieldValue(body, 'information'),
    purpose: fieldValue(body, 'purpose'),
    obtainMethod: fieldValue(body, 'obtainMethod') || undefined,
    deliveryMethod: fieldValue(body, 'deliveryMethod') || undefined,
    unit,
    channel: fieldValue(body, 'channel') || undefined,
    receivedAt,
  };
}

export function newRequestPages() {
  const app = new Hono<AppEnv>();
  app.use('/permohonan/*', requirePageRole('ppid_utama', 'ppid_pelaksana'));

  app.get('/permohonan/baru', (c) => renderForm(c, {}, {}));

  app.post('/permohonan/baru', async (c) => {
    const lang = c.get('lang');
    const body = (await c.req.parseBody()) as FormValues;
    const parsed = officerFilingSchema.safeParse(await filingFrom(c, body));
    if (!parsed.success) return renderForm(c, body, fieldErrors(parsed.error, lang), 400);
    let receipt: Awaited<ReturnType<typeof fileForOfficer>>['body'];
    try {
      receipt = (await fileForOfficer(c.get('deps'), c.get('actor')!, parsed.data, lang, fieldValue(body, 'idempotencyKey') || undefined)).body;
    } catch (e) {
      if (e instanceof DomainError && e.status === 400) {
        return renderForm(c, body, Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)])), 400);
      }
      throw e;
    }
    const props = await frame(c, t(lang, 'officer.request_registered'));
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout {...props}>
        <h1>{t(lang, 'officer.request_registered')}</h1>
        <div class="notice ok" role="status">
          <p>
            {t(lang, 'officer.registration_number')}: <span class="code">{receipt.registrationNumber}</span>
          </p>
          <p>
            {t(lang, 'officer.tracking_code')}: <span class="code">{receipt.trackingCode}</span>
          </p>
          <p>
            {t(lang, 'officer.written_notice_due_by')}
            <strong>{formatDate(receipt.deadlines.noticeDue, lang)}</strong>.
          </p>
        </div>
        <p>{t(lang, 'officer.give_number_and_tracking_code_to')}</p>
        <ul>
          <li>
            <a href={`${receipt.links.receipt}?code=${encodeURIComponent(receipt.trackingCode)}`}>{t(lang, 'officer.print_receipt_pdf')}</a>
          </li>
          <li>
            <a href={`/petugas/kasus/${receipt.id}`}>{t(lang, 'officer.open_case')}</a>
          </li>
          <li>
            <a href="/petugas/permohonan/baru">{t(lang, 'officer.enter_another_request')}</a>
          </li>
        </ul>
      </Layout>,
      201,
    );
  });

  return app;
}
