/**
 * Who reads a register, and how. The PPID Utama and administrators (and, for objections, the
 * atasan PPID, whose register column (c) is the objector's identity) read the statutory columns
 * with personal data; auditors read the same register with each requester as a stable pseudonym
 * and no name, NIK, passport or decree number, address, phone or e-mail.
 */
import type { Actor, Role } from '../../workflows/request.events';
import { type RequesterIdentity, requesterPseudonym } from './pseudonym';
import { requesterTypeWord } from './words';
import type { Lang } from '../i18n';

export const REQUEST_REGISTER_READERS = ['ppid_utama', 'admin', 'auditor'] as const satisfies readonly Role[];
export const OBJECTION_REGISTER_READERS = ['ppid_utama', 'admin', 'atasan', 'auditor'] as const satisfies readonly Role[];

export type Audience = 'identified' | 'pseudonymised';
export const registerAudience = (actor: Actor): Audience =>
  actor.role === 'ppid_utama' || actor.role === 'admin' || actor.role === 'atasan' ? 'identified' : 'pseudonymised';

export interface RequesterColumns extends RequesterIdentity {
  phone: string | null;
  occupation: string | null;
}

export type IdentifiedRequester = {
  type: string;
  name: string;
  nik: string | null;
  passportNumber: string | null;
  legalEntityNumber: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string | null;
  pseudonym: string;
};
export type PseudonymousRequester = { type: string; occupation: string | null; pseudonym: string };

/** The requester column for this audience: never a personal field for a pseudonymised one. */
export function requesterColumn(r: RequesterColumns, audience: Audience, secret: string): IdentifiedRequester | PseudonymousRequester {
  const pseudonym = requesterPseudonym(secret, r);
  if (audience === 'pseudonymised') return { type: r.type, occupation: r.occupation, pseudonym };
  return {
    type: r.type,
    name: r.name,
    nik: r.nik,
    passportNumber: r.passport_number,
    legalEntityNumber: r.legal_entity_number,
    address: r.address,
    phone: r.phone,
    email: r.email,
    occupation: r.occupation,
    pseudonym,
  };
}

/** The requester as one line of a PDF cell: name and identity number, or the pseudonym. */
export function requesterLine(r: IdentifiedRequester | PseudonymousRequester, lang: Lang): string {
  if (!('name' in r)) return `${r.pseudonym} (${requesterTypeWord(r.type, lang)})`;
  const id = r.nik ?? r.passportNumber ?? r.legalEntityNumber;
  return [r.name, id, r.address, [r.phone, r.email].filter(Boolean).join(' · ')].filter(Boolean).join('\n');
}

export const isIdentified = (r: IdentifiedRequester | PseudonymousRequester): r is IdentifiedRequester => 'name' in r;
