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
import { requirePageRole } from '../../../auth/page-guards';
import { formatDate } from '../../../calendar/describe';
import { DomainError } from '../../../cases/errors';
import { deliveryMethods, obtainMethods, officerFilingSchema, requesterTypes } from '../../../cases/filing.schema';
import { fileForOfficer } from '../../../cases/officer-filing';
import { type Lang, fieldErrors, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { Choices, CsrfField, type Errors, ErrorSummary, SelectInput, TextInput, type Values, frame, fieldValue } from './components';
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
    channel: tr(lang, 'Saluran', 'Channel'),
    unit: tr(lang, 'Diterima di', 'Received at'),
    receivedAt: tr(lang, 'Waktu diterima', 'Time received'),
    'requester.type': tr(lang, 'Jenis pemohon', 'Requester type'),
    'requester.name': tr(lang, 'Nama lengkap', 'Full name'),
    'requester.nik': 'NIK',
    'requester.passportNumber': tr(lang, 'Nomor paspor', 'Passport number'),
    'requester.legalEntityNumber': tr(lang, 'Nomor SK pengesahan badan hukum', 'Legal entity ratification (SK) number'),
    'requester.occupation': tr(lang, 'Pekerjaan', 'Occupation'),
    'requester.address': tr(lang, 'Alamat', 'Address'),
    'requester.email': tr(lang, 'Alamat e-mail', 'E-mail address'),
    'requester.phone': tr(lang, 'Nomor telepon', 'Phone number'),
    information: tr(lang, 'Rincian informasi yang dibutuhkan', 'The information requested'),
    purpose: tr(lang, 'Tujuan penggunaan informasi', 'What it will be used for'),
    obtainMethod: tr(lang, 'Cara memperoleh informasi', 'How to obtain it'),
    deliveryMethod: tr(lang, 'Cara menerima salinan', 'How to receive it'),
  };
}

/** A unit's time zone, for reading the local receipt time the officer types. */
async function zoneOf(c: Context<AppEnv>, unit: string) {
  const row = await c.get('deps').db.selectFrom('units').select('time_zone').where('code', '=', unit).executeTakeFirst();
  return row?.time_zone ?? 'Asia/Jakarta';
}

async function renderForm(c: Context<AppEnv>, values: Values, errors: Errors, status: 200 | 400 = 200) {
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  const l = labels(lang);
  const units = await unitOptions(c.get('deps'), lang);
  const unit = fieldValue(values, 'unit') || actor.unit || 'PPID';
  const zone = await zoneOf(c, unit);
  const now = Temporal.Instant.fromEpochMilliseconds(c.get('deps').clock().getTime()).toZonedDateTimeISO(zone);
  const nowLocal = now.toPlainDateTime().toString({ smallestUnit: 'minute' });
  const props = await frame(c, tr(lang, 'Catat permohonan', 'Enter a request'));
  c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout {...props}>
      <h1>{tr(lang, 'Catat permohonan yang diterima langsung', 'Enter a request received in person')}</h1>
      <p>
        {tr(
          lang,
          'Untuk permohonan yang datang langsung, lewat surat, telepon atau e-mail (Pasal 22 ayat 1–3 UU 14/2008). Tenggat dihitung dari waktu diterima yang Anda isi.',
          'For requests made in person, by letter, phone or e-mail (Art. 22(1)–(3) of Law 14/2008). The deadline counts from the time received you enter.',
        )}
      </p>
      <ErrorSummary lang={lang} errors={errors} labels={l} />
      <form method="post" action="/petugas/permohonan/baru" novalidate>
        <CsrfField c={c} />
        <input type="hidden" name="idempotencyKey" value={fieldValue(values, 'idempotencyKey') || randomUUID()} />
        <fieldset>
          <legend>{tr(lang, 'Penerimaan', 'Receipt')}</legend>
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
          <SelectInput lang={lang} name="unit" label={l.unit!} value={unit} options={units} error={errors.unit} required />
          <TextInput
            lang={lang}
            name="receivedAt"
            type="datetime-local"
            label={l.receivedAt!}
            required
            error={errors.receivedAt}
            value={fieldValue(values, 'receivedAt') || nowLocal}
            hint={tr(
              lang,
              `Waktu setempat di unit penerima (${zone}); tidak boleh di masa depan. Surat: waktu surat diterima, bukan tanggal surat.`,
              `Local time at the receiving unit (${zone}); never in the future. A letter: when it arrived, not the date it bears.`,
            )}
          />
        </fieldset>
        <fieldset>
          <legend>{tr(lang, 'Pemohon', 'Requester')}</legend>
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
                individual: tr(lang, 'Perorangan', 'Individual'),
                legal_entity: tr(lang, 'Badan hukum', 'Legal entity'),
                group: tr(lang, 'Kelompok orang', 'Group of persons'),
              }[v],
            }))}
          />
          {TEXT_FIELDS.slice(0, 8).map((name) => (
            <TextInput
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
                  ? tr(lang, '16 digit; atau isi nomor paspor.', '16 digits; or give a passport number.')
                  : name === 'requester.email'
                    ? tr(lang, 'E-mail atau telepon wajib diisi salah satu.', 'An e-mail address or a phone number is required.')
                    : undefined
              }
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{tr(lang, 'Informasi yang diminta', 'Information requested')}</legend>
          <TextInput
            lang={lang}
            name="information"
            label={l.information!}
            multiline
            required
            value={fieldValue(values, 'information')}
            error={errors.information}
          />
          <TextInput lang={lang} name="purpose" label={l.purpose!} multiline required value={fieldValue(values, 'purpose')} error={errors.purpose} />
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
        <button type="submit">{tr(lang, 'Daftarkan permohonan', 'Register the request')}</button>
      </form>
    </Layout>,
    status,
  );
}

/** The flat form fields as the filing body (`requester.name` → `{requester: {name}}`). */
async function filingFrom(c: Context<AppEnv>, body: Values) {
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
    const body = (await c.req.parseBody()) as Values;
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
    const props = await frame(c, tr(lang, 'Permohonan terdaftar', 'Request registered'));
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout {...props}>
        <h1>{tr(lang, 'Permohonan terdaftar', 'Request registered')}</h1>
        <div class="notice ok" role="status">
          <p>
            {tr(lang, 'Nomor pendaftaran', 'Registration number')}: <span class="code">{receipt.registrationNumber}</span>
          </p>
          <p>
            {tr(lang, 'Kode pelacakan', 'Tracking code')}: <span class="code">{receipt.trackingCode}</span>
          </p>
          <p>
            {tr(lang, 'Pemberitahuan tertulis paling lambat ', 'Written notice due by ')}
            <strong>{formatDate(receipt.deadlines.noticeDue, lang)}</strong>.
          </p>
        </div>
        <p>
          {tr(
            lang,
            'Berikan nomor dan kode pelacakan kepada pemohon sekarang (Pasal 22 ayat 4–5): kode ini hanya ditampilkan sekali dan tidak disimpan.',
            'Give the number and the tracking code to the requester now (Art. 22(4)–(5)): the code is shown only once and is not stored.',
          )}
        </p>
        <ul>
          <li>
            <a href={`${receipt.links.receipt}?code=${encodeURIComponent(receipt.trackingCode)}`}>
              {tr(lang, 'Cetak tanda bukti penerimaan (PDF)', 'Print the receipt (PDF)')}
            </a>
          </li>
          <li>
            <a href={`/petugas/kasus/${receipt.id}`}>{tr(lang, 'Buka kasus', 'Open the case')}</a>
          </li>
          <li>
            <a href="/petugas/permohonan/baru">{tr(lang, 'Catat permohonan lain', 'Enter another request')}</a>
          </li>
        </ul>
      </Layout>,
      201,
    );
  });

  return app;
}
