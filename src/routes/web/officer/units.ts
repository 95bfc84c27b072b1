/** Units and missions as the officer pages show them: "KBRI Riyadh (KBRI-RIYADH)", home units first. */
import type { Deps } from '../../../deps';
import type { Lang } from '../../../i18n';
import type { Option } from './components';

export async function unitOptions(deps: Deps, lang: Lang, exclude: string[] = []): Promise<Option[]> {
  const units = await deps.db.selectFrom('units').select(['code', 'kind', 'name_id', 'name_en', 'city'])
    .where('accepts_requests', '=', 1).orderBy('kind').orderBy('code').execute();
  const home = (kind: string) => (kind === 'ppid_utama' ? 0 : kind === 'work_unit' ? 1 : 2);
  return units.filter((u) => !exclude.includes(u.code)).sort((a, b) => home(a.kind) - home(b.kind) || a.code.localeCompare(b.code))
    .map((u) => ({ value: u.code, label: `${lang === 'id' ? u.name_id : u.name_en} (${u.code})` }));
}

export async function unitNames(deps: Deps, lang: Lang): Promise<Map<string, string>> {
  const units = await deps.db.selectFrom('units').select(['code', 'name_id', 'name_en']).execute();
  return new Map(units.map((u) => [u.code, lang === 'id' ? u.name_id : u.name_en]));
}
