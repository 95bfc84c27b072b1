/** One unit or mission by code, and every unit's names: what pages show beside a case. */
import type { Reader } from '../../db/unit-of-work';

export interface UnitNames {
  code: string;
  name_id: string;
  name_en: string;
  time_zone: string;
}

export async function findUnit(db: Reader, code: string): Promise<UnitNames | undefined> {
  return db.selectFrom('units').select(['code', 'name_id', 'name_en', 'time_zone']).where('code', '=', code).executeTakeFirst();
}

/** Every unit and mission (also those that no longer accept requests: old cases name them). */
export async function allUnitNames(db: Reader): Promise<UnitNames[]> {
  return db.selectFrom('units').select(['code', 'name_id', 'name_en', 'time_zone']).execute();
}
