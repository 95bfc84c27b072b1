/**
 * Registration numbers (nomor pendaftaran, UU 14/2008 Art. 22(4)): sequential per year across
 * the body, never reused. The counter row is bumped inside the filing's transaction, so two
 * filings can never draw the same number and a rolled-back filing leaves no gap.
 */
import type { Trx } from '../../db/unit-of-work';
import type { Kysely } from 'kysely';
import { preparedQuery } from '../../db/prepared';
import type { Database } from '../../db/schema';

const bumpCounter = preparedQuery((db: Kysely<Database>, p: { year: number }) =>
  db
    .insertInto('registration_counters')
    .values({ year: p.year, last_seq: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_seq: eb('registration_counters.last_seq', '+', 1) })))
    .returning('last_seq'),
);

export async function nextSequence(trx: Trx, year: number): Promise<number> {
  return (await bumpCounter(trx, { year })).rows[0]!.last_seq;
}

/** `{seq:5}/PPID-{unit}/{year}` → `00042/PPID-KBRI-TOKYO/2026`. */
export function formatRegistrationNumber(format: string, parts: { seq: number; unit: string; year: number }): string {
  return format
    .replace(/\{seq(?::(\d+))?\}/g, (_, width?: string) => String(parts.seq).padStart(Number(width ?? 0), '0'))
    .replace(/\{unit\}/g, parts.unit)
    .replace(/\{year\}/g, String(parts.year));
}
