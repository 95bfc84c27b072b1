/** The units and missions the public pages name: the form's choice list and a case's unit. */
import type { Deps } from '../../../deps';
import type { Lang } from '../../../i18n';
import { findUnit } from '../../../units/units';
import type { UnitOption } from './request-form';
import { unitDirectory } from '../../../calendar/unit-directory';

export async function unitsAcceptingRequests(db: Deps['db']): Promise<UnitOption[]> {
  const rows = await unitDirectory(db);
  return rows.map((u) => ({ code: u.code, kind: u.kind, nameId: u.name_id, nameEn: u.name_en, city: u.city, region: u.region }));
}

export async function unitInfo(db: Deps['db'], code: string, lang: Lang): Promise<{ name: string; timeZone: string }> {
  const u = await findUnit(db, code);
  return { name: u ? (lang === 'id' ? u.name_id : u.name_en) : code, timeZone: u?.time_zone ?? 'Asia/Jakarta' };
}
