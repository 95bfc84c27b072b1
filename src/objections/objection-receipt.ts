/** What the public receipt of an objection shows, by its number (access is the page's to check). */
import type { Reader } from '../../db/unit-of-work';

export async function objectionReceipt(db: Reader, objectionNumber: string) {
  return db
    .selectFrom('objections')
    .innerJoin('cases', 'cases.id', 'objections.case_id')
    .innerJoin('units', 'units.code', 'cases.received_unit')
    .select([
      'objections.objection_number',
      'objections.received_at',
      'objections.response_due',
      'objections.late',
      'objections.state',
      'objections.grounds',
      'cases.registration_number',
      'cases.received_unit',
      'units.time_zone',
    ])
    .where('objections.objection_number', '=', objectionNumber)
    .executeTakeFirst();
}
