import missionData from './missions.json' with { type: 'json' };

/**
 * The demo body: a ministry of foreign affairs with its PPID Utama, work units at home
 * (satuan kerja) and every mission abroad (perwakilan: KBRI embassy, KJRI consulate-general, KRI
 * consulate, PTRI permanent mission), read from missions.json (its sources are named there). Each
 * mission keeps its own time zone and its host country's week.
 */

/** KBRI embassy, KJRI consulate-general, KRI consulate, PTRI permanent mission ('consulate' also for older KJRI rows). */
export type UnitKind = 'ppid_utama' | 'work_unit' | 'embassy' | 'consulate_general' | 'consulate' | 'permanent_mission';

/** Regions the unit pickers and queues group missions by (home units have none). */
export const REGIONS = ['southeast_asia', 'east_asia', 'south_central_asia', 'middle_east', 'africa', 'europe', 'americas', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

export interface UnitSeed {
  code: string;
  kind: UnitKind;
  nameId: string;
  nameEn: string;
  /** ISO 3166-1 alpha-2 of the host country (ID at home). */
  country: string;
  city: string;
  timeZone: string;
  /** ISO weekdays of the weekend (1 = Monday … 7 = Sunday). */
  weekendDays: number[];
  /** A mission's region (grouping in pickers and queues). */
  region?: Region;
  /** date-holidays subdivision whose holidays close the mission's city (e.g. ENG, ACT, GE). */
  subdivision?: string;
}

type MissionSeed = UnitSeed & { region: Region };

const home = { country: 'ID', city: 'Jakarta', timeZone: 'Asia/Jakarta', weekendDays: [6, 7] };

export const body = {
  nameId: 'Kementerian Luar Negeri Republik Indonesia (demo)',
  nameEn: 'Ministry of Foreign Affairs of the Republic of Indonesia (demo)',
  shortName: 'KEMLU',
  address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
};

export const units: UnitSeed[] = [
  {
    code: 'PPID',
    kind: 'ppid_utama',
    nameId: 'PPID Utama — Direktorat Informasi dan Media',
    nameEn: 'Main PPID — Directorate of Information and Media',
    ...home,
  },
  { code: 'SETJEN', kind: 'work_unit', nameId: 'Sekretariat Jenderal', nameEn: 'Secretariat General', ...home },
  { code: 'ITJEN', kind: 'work_unit', nameId: 'Inspektorat Jenderal', nameEn: 'Inspectorate General', ...home },
  {
    code: 'ASPASAF',
    kind: 'work_unit',
    nameId: 'Direktorat Jenderal Asia Pasifik dan Afrika',
    nameEn: 'Directorate General of Asia-Pacific and African Affairs',
    ...home,
  },
  {
    code: 'AMEROP',
    kind: 'work_unit',
    nameId: 'Direktorat Jenderal Amerika dan Eropa',
    nameEn: 'Directorate General of American and European Affairs',
    ...home,
  },
  { code: 'KSA', kind: 'work_unit', nameId: 'Direktorat Jenderal Kerja Sama ASEAN', nameEn: 'Directorate General of ASEAN Cooperation', ...home },
  { code: 'KSM', kind: 'work_unit', nameId: 'Direktorat Jenderal Kerja Sama Multilateral', nameEn: 'Directorate General of Multilateral Cooperation', ...home },
  {
    code: 'IDP',
    kind: 'work_unit',
    nameId: 'Direktorat Jenderal Informasi dan Diplomasi Publik',
    nameEn: 'Directorate General of Information and Public Diplomacy',
    ...home,
  },
  {
    code: 'HPI',
    kind: 'work_unit',
    nameId: 'Direktorat Jenderal Hukum dan Perjanjian Internasional',
    nameEn: 'Directorate General of Legal Affairs and International Treaties',
    ...home,
  },
  {
    code: 'PROTKONS',
    kind: 'work_unit',
    nameId: 'Direktorat Jenderal Protokol dan Konsuler',
    nameEn: 'Directorate General of Protocol and Consular Affairs',
    ...home,
  },
  { code: 'BSKLN', kind: 'work_unit', nameId: 'Badan Strategi Kebijakan Luar Negeri', nameEn: 'Foreign Policy Strategy Agency', ...home },

  ...(missionData.missions as MissionSeed[]),
];

export const isMission = (kind: UnitKind) => kind === 'embassy' || kind === 'consulate_general' || kind === 'consulate' || kind === 'permanent_mission';
