/**
 * Row ids for tables that grow with the caseload (cases, requesters, audit events, outbox…):
 * UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds, then 74 random bits. New rows land at
 * the right edge of every index on the id instead of on a random leaf, so a commit writes a few
 * shared pages rather than one page per index per row (bench/README.md, "filing"). Ids stay
 * unguessable (74 random bits); they reveal when the row was made, as its created_at does.
 */
import { randomUUID } from 'node:crypto';

export function newRowId(now = Date.now()): string {
  // randomUUID draws from a pooled random buffer; keep its random part and put the time in front.
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
