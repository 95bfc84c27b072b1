/**
 * The units and missions that accept requests, for pickers and the units API: home units first,
 * then missions by region (REGION_ORDER) and name; optionally narrowed by region or by a search
 * on code, names, city or country. With 130+ missions a picker groups them by region.
 */
import type { Reader } from '../../db/unit-of-work';
import { REGION_ORDER } from '../i18n/regions';

export interface DirectoryUnit {
  code: string;
  kind: string;
  name_id: string;
  name_en: string;
  country: string;
  city: string;
  time_zone: string;
  region: string | null;
}

const HOME = (kind: string) => (kind === 'ppid_utama' ? 0 : kind === 'work_unit' ? 1 : 2);
const regionRank = (r: string | null) => (r === null ? REGION_ORDER.length : REGION_ORDER.indexOf(r));

export function sortDirectory<T extends Pick<DirectoryUnit, 'kind' | 'region' | 'code'>>(units: T[]): T[] {
  return [...units].sort((a, b) => HOME(a.kind) - HOME(b.kind) || regionRank(a.region) - regionRank(b.region) || a.code.localeCompare(b.code));
}

export async function unitDirectory(db: Reader, filter: { q?: string | undefined; region?: string | undefined } = {}): Promise<DirectoryUnit[]> {
  let query = db.selectFrom('units').select(['code', 'kind', 'name_id', 'name_en', 'country', 'city', 'time_zone', 'region']).where('accepts_requests', '=', 1);
  if (filter.region) query = query.where('region', '=', filter.region);
  const rows = await query.execute();
  const q = filter.q?.trim().toLowerCase();
  const hit = (u: DirectoryUnit) => !q || [u.code, u.name_id, u.name_en, u.city, u.country].some((v) => v.toLowerCase().includes(q));
  return sortDirectory(rows.filter(hit));
}
