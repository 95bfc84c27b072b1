/**
 * The demo body: a ministry of foreign affairs with its PPID Utama, work units at home
 * (satuan kerja) and missions abroad (perwakilan: KBRI embassy, KJRI consulate, PTRI permanent
 * mission). Each mission keeps its own time zone and its host country's week.
 */

export type UnitKind = 'ppid_utama' | 'work_unit' | 'embassy' | 'consulate' | 'permanent_mission';

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
}

const home = { country: 'ID', city: 'Jakarta', timeZone: 'Asia/Jakarta', weekendDays: [6, 7] };

export const body = {
  nameId: 'Kementerian Luar Negeri Republik Indonesia (demo)',
  nameEn: 'Ministry of Foreign Affairs of the Republic of Indonesia (demo)',
  shortName: 'KEMLU',
  address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
};

export const units: UnitSeed[] = [
  { code: 'PPID', kind: 'ppid_utama', nameId: 'PPID Utama — Direktorat Informasi dan Media', nameEn: 'Main PPID — Directorate of Information and Media', ...home },
  { code: 'SETJEN', kind: 'work_unit', nameId: 'Sekretariat Jenderal', nameEn: 'Secretariat General', ...home },
  { code: 'ITJEN', kind: 'work_unit', nameId: 'Inspektorat Jenderal', nameEn: 'Inspectorate General', ...home },
  { code: 'ASPASAF', kind: 'work_unit', nameId: 'Direktorat Jenderal Asia Pasifik dan Afrika', nameEn: 'Directorate General of Asia-Pacific and African Affairs', ...home },
  { code: 'AMEROP', kind: 'work_unit', nameId: 'Direktorat Jenderal Amerika dan Eropa', nameEn: 'Directorate General of American and European Affairs', ...home },
  { code: 'KSA', kind: 'work_unit', nameId: 'Direktorat Jenderal Kerja Sama ASEAN', nameEn: 'Directorate General of ASEAN Cooperation', ...home },
  { code: 'KSM', kind: 'work_unit', nameId: 'Direktorat Jenderal Kerja Sama Multilateral', nameEn: 'Directorate General of Multilateral Cooperation', ...home },
  { code: 'IDP', kind: 'work_unit', nameId: 'Direktorat Jenderal Informasi dan Diplomasi Publik', nameEn: 'Directorate General of Information and Public Diplomacy', ...home },
  { code: 'HPI', kind: 'work_unit', nameId: 'Direktorat Jenderal Hukum dan Perjanjian Internasional', nameEn: 'Directorate General of Legal Affairs and International Treaties', ...home },
  { code: 'PROTKONS', kind: 'work_unit', nameId: 'Direktorat Jenderal Protokol dan Konsuler', nameEn: 'Directorate General of Protocol and Consular Affairs', ...home },
  { code: 'BSKLN', kind: 'work_unit', nameId: 'Badan Strategi Kebijakan Luar Negeri', nameEn: 'Foreign Policy Strategy Agency', ...home },

  { code: 'KBRI-RIYADH', kind: 'embassy', nameId: 'KBRI Riyadh', nameEn: 'Embassy of Indonesia in Riyadh', country: 'SA', city: 'Riyadh', timeZone: 'Asia/Riyadh', weekendDays: [5, 6] },
  { code: 'KJRI-JEDDAH', kind: 'consulate', nameId: 'KJRI Jeddah', nameEn: 'Consulate General of Indonesia in Jeddah', country: 'SA', city: 'Jeddah', timeZone: 'Asia/Riyadh', weekendDays: [5, 6] },
  { code: 'KBRI-ABUDHABI', kind: 'embassy', nameId: 'KBRI Abu Dhabi', nameEn: 'Embassy of Indonesia in Abu Dhabi', country: 'AE', city: 'Abu Dhabi', timeZone: 'Asia/Dubai', weekendDays: [6, 7] },
  { code: 'KBRI-TOKYO', kind: 'embassy', nameId: 'KBRI Tokyo', nameEn: 'Embassy of Indonesia in Tokyo', country: 'JP', city: 'Tokyo', timeZone: 'Asia/Tokyo', weekendDays: [6, 7] },
  { code: 'KBRI-BEIJING', kind: 'embassy', nameId: 'KBRI Beijing', nameEn: 'Embassy of Indonesia in Beijing', country: 'CN', city: 'Beijing', timeZone: 'Asia/Shanghai', weekendDays: [6, 7] },
  { code: 'KBRI-DENHAAG', kind: 'embassy', nameId: 'KBRI Den Haag', nameEn: 'Embassy of Indonesia in The Hague', country: 'NL', city: 'Den Haag', timeZone: 'Europe/Amsterdam', weekendDays: [6, 7] },
  { code: 'KBRI-LONDON', kind: 'embassy', nameId: 'KBRI London', nameEn: 'Embassy of Indonesia in London', country: 'GB', city: 'London', timeZone: 'Europe/London', weekendDays: [6, 7] },
  { code: 'KBRI-WASHINGTON', kind: 'embassy', nameId: 'KBRI Washington, D.C.', nameEn: 'Embassy of Indonesia in Washington, D.C.', country: 'US', city: 'Washington, D.C.', timeZone: 'America/New_York', weekendDays: [6, 7] },
  { code: 'KJRI-NEWYORK', kind: 'consulate', nameId: 'KJRI New York', nameEn: 'Consulate General of Indonesia in New York', country: 'US', city: 'New York', timeZone: 'America/New_York', weekendDays: [6, 7] },
  { code: 'KBRI-CANBERRA', kind: 'embassy', nameId: 'KBRI Canberra', nameEn: 'Embassy of Indonesia in Canberra', country: 'AU', city: 'Canberra', timeZone: 'Australia/Sydney', weekendDays: [6, 7] },
  { code: 'PTRI-JENEWA', kind: 'permanent_mission', nameId: 'PTRI Jenewa', nameEn: 'Permanent Mission of Indonesia in Geneva', country: 'CH', city: 'Geneva', timeZone: 'Europe/Zurich', weekendDays: [6, 7] },
];

export const isMission = (kind: UnitKind) => kind === 'embassy' || kind === 'consulate' || kind === 'permanent_mission';
