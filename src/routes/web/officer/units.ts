/** Units and missions as the officer pages show them: "KBRI Riyadh (KBRI-RIYADH)", home units first. */
import type { Deps } from '../../../deps';
import type { Lang } from '../../../i18n';
import type { Option } from '../kit/fields';
import { unitDirectory } from '../../../calendar/unit-directory';
import { allUnitNames } from '../../../units/units';
import { regionLabel } from '../../../i18n/regions';
import { t } from '../../../i18n';

/** Home units first, then the missions grouped by region (130+ of them): one optgroup per region. */
export async function unitOptions(deps: Deps, lang: Lang, exclude: string[] = []): Promise<Option[]> {
  const units = await unitDirectory(deps.db);
  return units
    .filter((u) => !exclude.includes(u.code))
    .map((u) => ({
      value: u.code,
      label: `${lang === 'id' ? u.name_id : u.name_en} (${u.code})`,
      group: u.kind === 'ppid_utama' || u.kind === 'work_unit' ? t(lang, 'officer.headquarters_and_work_units') : regionLabel(u.region, lang),
    }));
}

export async function unitNames(deps: Deps, lang: Lang): Promise<Map<string, string>> {
  const units = await allUnitNames(deps.db);
  return new Map(units.map((u) => [u.code, lang === 'id' ? u.name_id : u.name_en]));
}
