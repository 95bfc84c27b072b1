/** Regions of the missions abroad, as the unit pickers and the units API group them (Indonesian first). */
import type { Lang } from './index';

const REGION_LABELS: Record<string, Record<Lang, string>> = {
  southeast_asia: { id: 'Perwakilan di Asia Tenggara', en: 'Missions in Southeast Asia' },
  east_asia: { id: 'Perwakilan di Asia Timur', en: 'Missions in East Asia' },
  south_central_asia: { id: 'Perwakilan di Asia Selatan dan Tengah', en: 'Missions in South and Central Asia' },
  middle_east: { id: 'Perwakilan di Timur Tengah', en: 'Missions in the Middle East' },
  africa: { id: 'Perwakilan di Afrika', en: 'Missions in Africa' },
  europe: { id: 'Perwakilan di Eropa', en: 'Missions in Europe' },
  americas: { id: 'Perwakilan di Amerika', en: 'Missions in the Americas' },
  oceania: { id: 'Perwakilan di Pasifik', en: 'Missions in the Pacific' },
};

/** The order regions are listed in. */
export const REGION_ORDER = Object.keys(REGION_LABELS);

export const regionLabel = (region: string | null, lang: Lang): string =>
  (region ? REGION_LABELS[region]?.[lang] : undefined) ?? (lang === 'id' ? 'Perwakilan RI di luar negeri' : 'Indonesian missions abroad');
