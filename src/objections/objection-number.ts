/**
 * Objection registration numbers (nomor registrasi keberatan, kip-rules §2.7): sequential per
 * year, never reused, `00001/KEB-PPID/2026`. The counter row is bumped inside the filing's
 * transaction (an upsert that reads the same on SQLite and PostgreSQL), so two objections never
 * draw the same number and a rolled-back filing leaves no gap.
 */
import type { Trx } from '../../db/unit-of-work';
import { formatRegistrationNumber } from '../cases/registration-number';

export const OBJECTION_NUMBER_FORMAT = '{seq:5}/KEB-PPID/{year}';

export async function nextObjectionSequence(trx: Trx, year: number): Promise<number> {
  const row = await trx
    .insertInto('objection_counters')
    .values({ year, last_seq: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_seq: eb('objection_counters.last_seq', '+', 1) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export const formatObjectionNumber = (seq: number, year: number) => formatRegistrationNumber(OBJECTION_NUMBER_FORMAT, { seq, year, unit: 'PPID' });
