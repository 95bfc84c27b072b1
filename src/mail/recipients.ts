/** Who hears about a case: its requester, and the officers who handle it. */
import type { Reader } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';

/** The PPID Utama, and the PPID Pelaksana of the unit that received it and of every unit holding it now. */
export async function caseOfficerEmails(db: Reader, row: Pick<CaseRow, 'id' | 'received_unit'>): Promise<string[]> {
  const units = (await db.selectFrom('case_units').select('unit_code').where('case_id', '=', row.id).execute()).map((u) => u.unit_code);
  const officers = await db
    .selectFrom('users')
    .select('email')
    .where('active', '=', 1)
    .where('email', 'is not', null)
    .where((eb) => eb.or([eb('role', '=', 'ppid_utama'), eb.and([eb('role', '=', 'ppid_pelaksana'), eb('unit_code', 'in', [row.received_unit, ...units])])]))
    .orderBy('username')
    .execute();
  return [...new Set(officers.map((o) => o.email!))];
}

export async function requesterEmail(db: Reader, requesterId: string): Promise<string | null> {
  const r = await db.selectFrom('requesters').select('email').where('id', '=', requesterId).executeTakeFirst();
  return r?.email ?? null;
}
