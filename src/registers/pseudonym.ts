/**
 * Requesters as auditors see them: a stable pseudonym instead of a name, NIK, address, phone or
 * e-mail. The pseudonym is an HMAC (keyed with the server secret, which never leaves the server) of
 * the requester's identity — the identity number they gave (NIK, passport, legal-entity decree),
 * else their e-mail, else their name and address — so the same person has the same pseudonym
 * across requests, objections and exports, and nobody without the secret can go back from it.
 */
import { createHmac } from 'node:crypto';

export interface RequesterIdentity {
  type: string;
  name: string;
  nik: string | null;
  passport_number: string | null;
  legal_entity_number: string | null;
  email: string | null;
  address: string;
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** What makes two filings the same person: the strongest identifier they gave. */
export function identityKey(r: RequesterIdentity): string {
  if (r.nik) return `nik:${norm(r.nik)}`;
  if (r.passport_number) return `passport:${norm(r.passport_number).replace(/\s/g, '')}`;
  if (r.legal_entity_number) return `legal_entity:${norm(r.legal_entity_number)}`;
  if (r.email) return `email:${norm(r.email)}`;
  return `name:${norm(r.name)}|${norm(r.address)}`;
}

/** `P-7F3A19C0B2D4`: 48 bits of HMAC-SHA256, enough to tell a body's requesters apart. */
export function requesterPseudonym(secret: string, r: RequesterIdentity): string {
  return `P-${createHmac('sha256', secret)
    .update(`requester-pseudonym:${identityKey(r)}`)
    .digest('hex')
    .slice(0, 12)
    .toUpperCase()}`;
}
