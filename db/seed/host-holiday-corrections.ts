/**
 * Corrections to date-holidays' proposal of host-country holidays (host-holidays-2025-2027.json),
 * as data with their source (issue 13, item 7). A correction applies to every mission in its
 * country (or only to the missions named). It adds a closure (host_holiday or office_closure),
 * adds a make-up working day on a weekend (working_day), or removes a proposed date that is not a
 * public holiday there.
 *
 * These corrections fix what is known to be wrong in the library; they do not make a list
 * reviewed. Each mission confirms its list per year (calendar_reviews: "reviewed by the mission
 * for year N"), and an administrator is alerted while a year is not reviewed. Islamic dates
 * marked "estimate" are computed, to be confirmed when the host announces them (a change then
 * recomputes the open deadlines and tells the requesters whose deadline moved).
 */
import type { HolidayKind, LocalDate } from '../../src/calendar/types.js';

export interface HostHolidayCorrection {
  country: string;
  /** Only these missions (default: every mission in the country). */
  missions?: string[];
  action: 'add' | 'remove';
  kind?: Exclude<HolidayKind, 'libur_nasional' | 'cuti_bersama'>;
  dates: LocalDate[];
  /** English name (added entries are named like the proposal: 'Libur <negara>: …', '<Country> holiday: …'). */
  name?: string;
  source: string;
}

export const hostHolidayCorrections: HostHolidayCorrection[] = [
  // United Arab Emirates
  {
    country: 'AE',
    action: 'add',
    kind: 'host_holiday',
    name: 'Arafat Day',
    dates: ['2025-06-05', '2026-05-26', '2027-05-15'],
    source: 'UAE Cabinet resolution on official holidays (federal government); 2027 an estimate (9 Dhu al-Hijjah 1448), to be confirmed on announcement',
  },
  {
    country: 'AE',
    action: 'remove',
    dates: ['2025-01-27', '2026-01-16', '2027-01-05', '2027-12-26', '2025-03-01', '2026-02-18', '2027-02-08'],
    source: "UAE Cabinet resolution on official holidays: Isra and Mi'raj (since 2019) and the first day of Ramadan are not public holidays",
  },
  // China: the long holidays of the State Council's yearly notice, and the weekend days worked to make up for them
  {
    country: 'CN',
    action: 'add',
    kind: 'host_holiday',
    name: 'State Council holiday arrangement',
    dates: [
      '2025-01-28',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
      '2025-04-04',
      '2025-04-06',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      '2025-05-31',
      '2025-06-02',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
      '2026-01-02',
      '2026-01-03',
      '2026-02-15',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      '2026-04-04',
      '2026-04-06',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-06-20',
      '2026-06-21',
      '2026-09-26',
      '2026-09-27',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    source: 'State Council General Office notices on the 2025 and 2026 holiday arrangements (published November 2024 and November 2025)',
  },
  {
    country: 'CN',
    action: 'add',
    kind: 'working_day',
    name: 'Adjusted working day (调休)',
    dates: [
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ],
    source: 'State Council General Office notices on the 2025 and 2026 holiday arrangements: weekend days worked in exchange',
  },
  {
    country: 'CN',
    action: 'remove',
    dates: ['2025-06-01', '2026-06-01', '2027-06-01'],
    source: "National Holidays Regulation: Children's Day is a holiday for children under 14 only; offices stay open",
  },
  // Japan: the government offices' year-end closure (行政機関の休日に関する法律, Art. 1: 29 December – 3 January)
  {
    country: 'JP',
    action: 'add',
    kind: 'office_closure',
    name: 'Year-end and New Year closure of government offices',
    dates: [
      '2025-01-02',
      '2025-01-03',
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-02',
      '2026-01-03',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-02',
      '2027-01-03',
      '2027-12-29',
      '2027-12-30',
      '2027-12-31',
    ],
    source: 'Act on Holidays of Administrative Organs (Act No. 91 of 1988), Art. 1(1)(iii)',
  },
  // The Netherlands: Liberation Day is a day off for the public sector in lustrum years
  {
    country: 'NL',
    action: 'add',
    kind: 'host_holiday',
    name: 'Liberation Day (lustrum year)',
    dates: ['2025-05-05'],
    source: 'Rijksoverheid: Bevrijdingsdag is a day off for civil servants every five years (2025, 2030)',
  },
];
