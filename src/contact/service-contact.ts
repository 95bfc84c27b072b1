/**
 * The PPID's contact and service hours (issue 18): where the service desk is, its telephone and
 * e-mail, its office hours in both languages, and the officer of the day (petugas piket). One
 * settings row (`settings.contact`, JSON), written by the demo seed and edited by administrators
 * (the page `/admin/kontak` and `PUT /api/v1/contact`), each change an audit event
 * (`CONTACT_SETTINGS_UPDATED`, with the fields changed and the values before and after).
 *
 * Shown on every page's footer and on the letters (the public fields), and on the tracking page
 * when a request needs the requester to get in touch (clarification) or to come in (pickup or
 * viewing), where the officer of the day is named too.
 */
import { z } from 'zod';
import type { Reader, Trx } from '../../db/unit-of-work';
import type { Actor } from '../../workflows/request.events';
import { appendAudit } from '../audit/audit-log';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';

const CONTACT_SETTING = 'contact';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blank, z.string().trim().max(max).optional());

/** What an administrator sets; the same shape in the form, the API and the stored row. */
export const serviceContactSchema = z
  .object({
    address: z.string().trim().min(1).max(300),
    phone: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .regex(/^\+?[0-9() -]{6,24}$/, 'phone_format')
        .optional(),
    ),
    email: z.preprocess(blank, z.email().max(254).optional()),
    hoursId: optionalText(200),
    hoursEn: optionalText(200),
    officerOfTheDay: optionalText(200),
  })
  .superRefine((c, ctx) => {
    // Office hours are shown in the reader's language: both, or neither.
    if (c.hoursId && !c.hoursEn) ctx.addIssue({ code: 'custom', path: ['hoursEn'], message: 'hours_both_languages' });
    if (c.hoursEn && !c.hoursId) ctx.addIssue({ code: 'custom', path: ['hoursId'], message: 'hours_both_languages' });
  });
export type ServiceContactInput = z.infer<typeof serviceContactSchema>;

export interface ServiceContact {
  address: string;
  phone: string | null;
  email: string | null;
  hoursId: string | null;
  hoursEn: string | null;
  /** The officer of the day (petugas piket): named to a requester who must get in touch, not on open pages. */
  officerOfTheDay: string | null;
}

/** The fields anyone may read (the footer, the letters, `GET /api/v1/contact`). */
export type PublicServiceContact = Omit<ServiceContact, 'officerOfTheDay'>;

const FIELDS = ['address', 'phone', 'email', 'hoursId', 'hoursEn', 'officerOfTheDay'] as const;

const normalise = (v: Partial<ServiceContactInput>): ServiceContact => ({
  address: v.address ?? '',
  phone: v.phone ?? null,
  email: v.email ?? null,
  hoursId: v.hoursId ?? null,
  hoursEn: v.hoursEn ?? null,
  officerOfTheDay: v.officerOfTheDay ?? null,
});

/** The stored contact, or null when none has been set (a new installation outside demo mode). */
export async function serviceContact(db: Reader): Promise<ServiceContact | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', CONTACT_SETTING).executeTakeFirst();
  if (!row) return null;
  return normalise(JSON.parse(row.value) as Partial<ServiceContactInput>);
}

export const publicContact = ({ officerOfTheDay: _, ...rest }: ServiceContact): PublicServiceContact => rest;

/** Replaces the contact (every field; an empty optional field clears it) and audits the change. Returns the stored contact. */
export async function updateServiceContact(deps: Deps, actor: Actor, input: ServiceContactInput): Promise<ServiceContact> {
  const next = normalise(input);
  await deps.transact(async (trx) => {
    const before = await serviceContact(trx);
    const changed = FIELDS.filter((f) => (before?.[f] ?? null) !== next[f]);
    await writeContact(trx, next);
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'CONTACT_SETTINGS_UPDATED',
      fromState: null,
      toState: null,
      at: deps.clock().toISOString(),
      data: { changed, before, after: next },
    });
  });
  return next;
}

async function writeContact(trx: Trx, contact: ServiceContact) {
  const value = JSON.stringify(contact);
  await trx
    .insertInto('settings')
    .values({ key: CONTACT_SETTING, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Office hours in the reader's language. */
export const hoursText = (c: PublicServiceContact, lang: Lang) => (lang === 'id' ? c.hoursId : c.hoursEn);

/** The contact line on a letter's letterhead: "Layanan PPID: Telp. … · … · Senin–Jumat …" in each language, or undefined. */
export function letterContactLine(c: PublicServiceContact | null): { id: string; en: string } | undefined {
  if (!c) return undefined;
  const line = (lang: Lang) => {
    const parts = [c.phone ? `${lang === 'id' ? 'Telp.' : 'Tel.'} ${c.phone}` : null, c.email, hoursText(c, lang)].filter(Boolean);
    return parts.length > 0 ? `${lang === 'id' ? 'Layanan PPID' : 'PPID service'}: ${parts.join(' · ')}` : '';
  };
  const id = line('id');
  return id ? { id, en: line('en') } : undefined;
}

/**
 * Why the tracking page shows the requester how to reach the PPID: the PPID asked for a
 * clarification, or the information is to be picked up or viewed at the office once decided.
 */
export function contactReason(
  state: string,
  request: { deliveryMethod: string; obtainMethod: string; outcome: string | null | undefined },
): 'clarification' | 'pickup' | null {
  if (state === 'awaiting_clarification') return 'clarification';
  const released = request.outcome === 'granted' || request.outcome === 'partially_granted';
  if (state === 'decided' && released && (request.deliveryMethod === 'pickup' || request.obtainMethod === 'view')) return 'pickup';
  return null;
}
