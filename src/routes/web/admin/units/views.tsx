/** @jsxImportSource hono/jsx */
/** The units and missions administration pages: what they show, given what the handlers read. */
import { formatDate, weekdayName } from '../../../../calendar/describe';
import { type Lang, t } from '../../../../i18n';
import { regionLabel } from '../../../../i18n/regions';
import { stateLabel } from '../../../../i18n/status';
import type { AdminUnit, UnitDetail } from '../../../../units/admin';
import { CSV_COLUMNS, MISSION_KINDS, NEW_UNIT_KINDS, REGIONS } from '../../../../units/unit.schema';
import {
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  type FieldErrors,
  FileField,
  type FormValues,
  type Option,
  SelectField,
  TextArea,
  TextField,
  bindFields,
  valuesOf,
} from '../../kit/fields';
import { FormToken } from '../../kit/form-token';
import { Notice, Page, Section } from '../../kit/page';

type User = Parameters<typeof Page>[0]['user'];
export interface Frame {
  lang: Lang;
  url: string;
  user: User;
}
export interface FormState {
  values: FormValues;
  errors: FieldErrors;
}

export const unitHref = (code: string) => `/admin/unit/${encodeURIComponent(code)}`;

const KIND_KEYS = {
  ppid_utama: 'unit-admin.kind_ppid_utama',
  work_unit: 'unit-admin.kind_work_unit',
  embassy: 'unit-admin.kind_embassy',
  consulate_general: 'unit-admin.kind_consulate_general',
  consulate: 'unit-admin.kind_consulate',
  permanent_mission: 'unit-admin.kind_permanent_mission',
} as const;
export const kindLabel = (kind: string, lang: Lang) => (kind in KIND_KEYS ? t(lang, KIND_KEYS[kind as keyof typeof KIND_KEYS]) : kind);
const weekend = (days: number[], lang: Lang) => days.map((d) => weekdayName(d, lang)).join(', ');
const name = (u: { nameId: string; nameEn: string }, lang: Lang) => (lang === 'id' ? u.nameId : u.nameEn);

/** The names of the fields, for the error summary ("Time zone: …"); an import's rows read "Row 3, column timeZone". */
export function fieldLabels(lang: Lang, errors: FieldErrors = {}): Record<string, string> {
  const labels: Record<string, string> = {
    code: t(lang, 'unit-admin.code'),
    kind: t(lang, 'unit-admin.kind'),
    nameId: t(lang, 'unit-admin.name_indonesian'),
    nameEn: t(lang, 'unit-admin.name_english'),
    country: t(lang, 'unit-admin.country'),
    city: t(lang, 'unit-admin.city'),
    address: t(lang, 'unit-admin.address'),
    timeZone: t(lang, 'unit-admin.time_zone'),
    weekendDays: t(lang, 'unit-admin.weekend'),
    parent: t(lang, 'unit-admin.parent_unit'),
    acceptsRequests: t(lang, 'unit-admin.accepts_requests'),
    region: t(lang, 'unit-admin.region'),
    reason: t(lang, 'unit-admin.reason'),
    file: t(lang, 'unit-admin.csv_file'),
    csv: t(lang, 'unit-admin.csv_file'),
  };
  for (const key of Object.keys(errors)) {
    const m = /^rows\.(\d+)\.(.+)$/.exec(key);
    if (m) labels[key] = t(lang, 'unit-admin.row_field', { row: m[1]!, field: m[2]! });
  }
  return labels;
}

const kindOptions = (kinds: readonly string[], lang: Lang): Option[] => kinds.map((k) => ({ value: k, label: kindLabel(k, lang) }));
const regionOptions = (lang: Lang): Option[] => REGIONS.map((r) => ({ value: r, label: regionLabel(r, lang) }));
const weekdayOptions = (lang: Lang): Option[] => [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(d, lang) }));
const parentOptions = (units: AdminUnit[], lang: Lang, except?: string): Option[] =>
  units.filter((u) => u.code !== except).map((u) => ({ value: u.code, label: `${name(u, lang)} (${u.code})` }));

/** The fields a new unit and a change share; `unit` is the unit being changed (its code and calendar are fixed). */
function UnitFields({ lang, form, units, unit, prefix }: { lang: Lang; form: FormState; units: AdminUnit[]; unit?: AdminUnit; prefix: string }) {
  const { values, errors } = form;
  const labels = fieldLabels(lang);
  const f = bindFields(lang, labels, values, errors, prefix);
  const mission = unit ? (MISSION_KINDS as readonly string[]).includes(unit.kind) : true;
  const kinds = !unit ? NEW_UNIT_KINDS : unit.kind === 'ppid_utama' ? ['ppid_utama'] : mission ? MISSION_KINDS : ['work_unit'];
  return (
    <>
      {unit ? null : <TextField {...f('code')} required autocomplete="off" hint={t(lang, 'unit-admin.code_hint')} />}
      <SelectField {...f('kind')} required options={kindOptions(kinds, lang)} />
      <TextField {...f('nameId')} required />
      <TextField {...f('nameEn')} required />
      {unit && mission ? (
        <p>
          <strong>{labels.country}:</strong> {unit.country} <span class="hint">{t(lang, 'unit-admin.country_fixed_hint')}</span>
        </p>
      ) : (
        <TextField {...f('country')} required maxlength={2} hint={t(lang, 'unit-admin.country_hint')} />
      )}
      <TextField {...f('city')} required />
      <TextField {...f('address')} required={false} maxlength={300} hint={t(lang, 'unit-admin.address_hint')} />
      {unit && !mission ? (
        <p>
          <strong>{t(lang, 'unit-admin.week')}:</strong>{' '}
          {t(lang, 'unit-admin.counts_on_national', { zone: unit.timeZone, weekend: weekend(unit.weekendDays, lang) })}
        </p>
      ) : (
        <>
          <TextField {...f('timeZone')} required autocomplete="off" hint={t(lang, 'unit-admin.time_zone_hint')} />
          <CheckboxGroup
            lang={lang}
            prefix={prefix}
            name="weekendDays"
            label={labels.weekendDays}
            values={valuesOf(values, 'weekendDays')}
            error={errors.weekendDays}
            required
            hint={t(lang, unit ? 'unit-admin.weekend_change_hint' : 'unit-admin.weekend_hint')}
            options={weekdayOptions(lang)}
          />
        </>
      )}
      <SelectField
        {...f('region')}
        required={false}
        empty={t(lang, 'unit-admin.none')}
        hint={t(lang, 'unit-admin.region_hint')}
        options={regionOptions(lang)}
      />
      <SelectField {...f('parent')} required={false} empty={t(lang, 'unit-admin.none')} options={parentOptions(units, lang, unit?.code)} />
      <Checkbox {...f('acceptsRequests')} value="yes" checked={f('acceptsRequests').value === 'yes'} hint={t(lang, 'unit-admin.accepts_requests_hint')} />
    </>
  );
}

export function UnitListPage({
  frame,
  units,
  token,
  add,
  upload,
  done,
}: {
  frame: Frame;
  units: AdminUnit[];
  token: string;
  add?: FormState | undefined;
  upload?: FormState | undefined;
  done?: string | undefined;
}) {
  const { lang } = frame;
  const addForm = add ?? {
    values: { acceptsRequests: 'yes', weekendDays: ['6', '7'], timeZone: 'Asia/Jakarta', country: 'ID', kind: 'work_unit' },
    errors: {},
  };
  const uploadForm = upload ?? { values: {}, errors: {} };
  const open = units.filter((u) => !u.closed).length;
  return (
    <Page lang={lang} title={t(lang, 'unit-admin.units_and_missions')} url={frame.url} user={frame.user}>
      <h1>{t(lang, 'unit-admin.units_and_missions')}</h1>
      <p class="lead">{t(lang, 'unit-admin.lead', { open, closed: units.length - open })}</p>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      <p>
        <a href="#baru">{t(lang, 'unit-admin.add_unit')}</a> · <a href="#impor">{t(lang, 'unit-admin.import_csv')}</a>
      </p>
      <div class="table-scroll">
        <table>
          <caption>{t(lang, 'unit-admin.units_and_missions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'unit-admin.unit')}</th>
              <th scope="col">{t(lang, 'unit-admin.place')}</th>
              <th scope="col">{t(lang, 'unit-admin.weekend')}</th>
              <th scope="col">{t(lang, 'unit-admin.state')}</th>
              <th scope="col" class="num">
                {t(lang, 'unit-admin.open_cases')}
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr>
                <th scope="row">
                  <a href={unitHref(u.code)}>{u.code}</a>
                  <span class="hint">{name(u, lang)}</span>
                  {u.parent ? <span class="hint">{t(lang, 'unit-admin.under', { parent: u.parent })}</span> : null}
                </th>
                <td>
                  {u.city}, {u.country}
                  <span class="hint">
                    {kindLabel(u.kind, lang)} · {u.timeZone}
                  </span>
                </td>
                <td>
                  {u.weekendDays.map((d, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <span class="nowrap">{weekdayName(d, lang)}</span>
                    </>
                  ))}
                </td>
                <td>
                  {u.closed ? (
                    <span class="tag warn nowrap">{t(lang, 'unit-admin.closed')}</span>
                  ) : (
                    <>
                      <span class="nowrap">{t(lang, 'unit-admin.open_accepts')}</span>
                      {u.acceptsRequests ? null : <span class="hint">{t(lang, 'unit-admin.open_no_requests')}</span>}
                    </>
                  )}
                </td>
                <td class="num">{u.openCases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Section id="baru" title={t(lang, 'unit-admin.add_unit')}>
        <p>{t(lang, 'unit-admin.add_unit_lead')}</p>
        <ErrorSummary lang={lang} errors={addForm.errors} labels={fieldLabels(lang)} prefix="add" />
        <form method="post" action="/admin/unit" novalidate class="narrow">
          <FormToken token={token} />
          <UnitFields lang={lang} form={addForm} units={units} prefix="add" />
          <button type="submit">{t(lang, 'unit-admin.add')}</button>
        </form>
      </Section>

      <Section id="impor" title={t(lang, 'unit-admin.import_csv')}>
        <p>{t(lang, 'unit-admin.import_lead')}</p>
        <pre class="prewrap">
          {`${CSV_COLUMNS.join(',')}\nKJRI-DAMMAM,consulate_general,KJRI Dammam,Consulate General of Indonesia in Dammam,SA,Dammam,Asia/Riyadh,"5,6",KBRI-RIYADH,ya,middle_east`}
        </pre>
        <ErrorSummary
          lang={lang}
          errors={uploadForm.errors}
          labels={fieldLabels(lang, uploadForm.errors)}
          prefix="imp"
          title={t(lang, 'unit-admin.import_refused_title')}
        />
        <form method="post" action="/admin/unit/impor" enctype="multipart/form-data" novalidate class="narrow">
          <FormToken token={token} />
          <FileField
            lang={lang}
            prefix="imp"
            name="file"
            label={t(lang, 'unit-admin.csv_file')}
            hint={t(lang, 'unit-admin.csv_file_hint')}
            error={uploadForm.errors.file}
            required
            accept=".csv,text/csv"
            maxBytes={512 * 1024}
            messages={{ tooLarge: t(lang, 'unit_import_too_large'), type: t(lang, 'unit-admin.choose_a_file') }}
          />
          <button type="submit">{t(lang, 'unit-admin.import')}</button>
        </form>
      </Section>
    </Page>
  );
}

export function UnitPage({
  frame,
  unit,
  units,
  token,
  edit,
  close,
  done,
}: {
  frame: Frame;
  unit: UnitDetail;
  units: AdminUnit[];
  token: string;
  edit?: FormState | undefined;
  close?: FormState | undefined;
  done?: string | undefined;
}) {
  const { lang } = frame;
  const editForm = edit ?? {
    values: {
      kind: unit.kind,
      nameId: unit.nameId,
      nameEn: unit.nameEn,
      country: unit.country,
      city: unit.city,
      address: unit.address ?? '',
      timeZone: unit.timeZone,
      weekendDays: unit.weekendDays.map(String),
      region: unit.region ?? '',
      parent: unit.parent ?? '',
      acceptsRequests: unit.acceptsRequests ? 'yes' : '',
    },
    errors: {},
  };
  const closeForm = close ?? { values: { acceptsRequests: 'yes' }, errors: {} };
  const closeField = bindFields(lang, fieldLabels(lang), closeForm.values, closeForm.errors, 'close');
  const title = `${name(unit, lang)} (${unit.code})`;
  return (
    <Page lang={lang} title={title} url={frame.url} user={frame.user}>
      <p>
        <a href="/admin/unit">{t(lang, 'unit-admin.back_to_list')}</a>
      </p>
      <h1>{title}</h1>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      {unit.closed ? (
        <Notice tone="warn">
          <p>{t(lang, 'unit-admin.closed_since', { at: unit.closedAt!.slice(0, 10) })}</p>
        </Notice>
      ) : null}
      <dl class="facts">
        <dt>{t(lang, 'unit-admin.kind')}</dt>
        <dd>{kindLabel(unit.kind, lang)}</dd>
        <dt>{t(lang, 'unit-admin.place')}</dt>
        <dd>
          {unit.city}, {unit.country} · {unit.timeZone}
        </dd>
        <dt>{t(lang, 'unit-admin.address')}</dt>
        <dd>{unit.address ?? t(lang, 'unit-admin.address_none')}</dd>
        <dt>{t(lang, 'unit-admin.weekend')}</dt>
        <dd>{weekend(unit.weekendDays, lang)}</dd>
        <dt>{t(lang, 'unit-admin.calendar')}</dt>
        <dd>
          <a href={`/admin/kalender/${encodeURIComponent(unit.calendar)}`}>{unit.calendar}</a>
        </dd>
        <dt>{t(lang, 'unit-admin.parent_unit')}</dt>
        <dd>{unit.parent ? <a href={unitHref(unit.parent)}>{unit.parent}</a> : '—'}</dd>
        <dt>{t(lang, 'unit-admin.sub_units')}</dt>
        <dd>
          {unit.children.length === 0
            ? '—'
            : unit.children.map((c, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={unitHref(c)}>{c}</a>
                </>
              ))}
        </dd>
      </dl>

      <Section id="kasus" title={t(lang, 'unit-admin.open_cases_here', { count: unit.cases.length })}>
        {unit.cases.length === 0 ? (
          <p>{t(lang, 'unit-admin.no_open_cases')}</p>
        ) : (
          <>
            {unit.closed ? <p>{t(lang, 'unit-admin.closed_cases_stay')}</p> : null}
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">{t(lang, 'unit-admin.open_cases_here', { count: unit.cases.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, 'unit-admin.number')}</th>
                    <th scope="col">{t(lang, 'unit-admin.state')}</th>
                    <th scope="col">{t(lang, 'unit-admin.notice_due')}</th>
                    <th scope="col">{t(lang, 'unit-admin.here_as')}</th>
                  </tr>
                </thead>
                <tbody>
                  {unit.cases.map((c) => (
                    <tr>
                      <th scope="row">
                        <a href={`/petugas/kasus/${encodeURIComponent(c.id)}`}>{c.registrationNumber}</a>
                      </th>
                      <td>{stateLabel(c.state, lang)}</td>
                      <td class="nowrap">{formatDate(c.noticeDue, lang)}</td>
                      <td>
                        {[c.receivedHere ? t(lang, 'unit-admin.received_here') : '', c.assignedHere ? t(lang, 'unit-admin.assigned_here') : '']
                          .filter(Boolean)
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>

      <Section id="ubah" title={t(lang, 'unit-admin.change_unit')}>
        <ErrorSummary lang={lang} errors={editForm.errors} labels={fieldLabels(lang)} prefix="edit" />
        <form method="post" action={unitHref(unit.code)} novalidate class="narrow">
          <FormToken token={token} />
          <UnitFields lang={lang} form={editForm} units={units} unit={unit} prefix="edit" />
          <button type="submit">{t(lang, 'unit-admin.save')}</button>
        </form>
      </Section>

      {unit.kind === 'ppid_utama' ? null : (
        <Section id="tutup" title={unit.closed ? t(lang, 'unit-admin.reopen_unit') : t(lang, 'unit-admin.close_unit')}>
          <p>{unit.closed ? t(lang, 'unit-admin.reopen_lead') : t(lang, 'unit-admin.close_lead')}</p>
          <ErrorSummary lang={lang} errors={closeForm.errors} labels={fieldLabels(lang)} prefix="close" />
          <form method="post" action={`${unitHref(unit.code)}/${unit.closed ? 'buka' : 'tutup'}`} novalidate class="narrow">
            <FormToken token={token} />
            <TextArea {...closeField('reason')} required hint={t(lang, 'unit-admin.reason_hint')} />
            {unit.closed ? (
              <Checkbox
                lang={lang}
                prefix="close"
                name="acceptsRequests"
                value="yes"
                label={t(lang, 'unit-admin.accepts_requests')}
                checked={closeField('acceptsRequests').value === 'yes'}
              />
            ) : null}
            <button type="submit">{unit.closed ? t(lang, 'unit-admin.reopen') : t(lang, 'unit-admin.close')}</button>
          </form>
        </Section>
      )}
    </Page>
  );
}
