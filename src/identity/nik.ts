/**
 * The structure of a NIK (Nomor Induk Kependudukan, UU 24/2013 on population administration;
 * Permendagri 72/2019 region codes): 16 digits =
 *   PP KK CC  — province, regency/city and district codes (wilayah), none of them 00,
 *   DD MM YY  — the birth date; for a woman the day is given +40 (41–71),
 *   SSSS      — a serial number, never 0000.
 * The check is structural, not a lookup: it refuses what cannot be a NIK (sixteen zeros, a
 * province that does not exist, 31 February, a birth date in the future), not an unissued one.
 */

/** Province codes (kode provinsi) in use, from Aceh (11) to the Papua provinces created in 2022 (91–97). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
]);

export interface NikFacts {
  province: string;
  regency: string;
  district: string;
  /** The birth date as YYYY-MM-DD (the century read as the latest one not in the future). */
  birthDate: string;
  sex: 'male' | 'female';
  serial: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const realDate = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/**
 * What a NIK says, or null when it cannot be one. `today` (YYYY-MM-DD) bounds the birth date:
 * a two-digit year is read in the latest century that puts the date on or before today.
 */
export function readNik(nik: string, today: string): NikFacts | null {
  if (!/^\d{16}$/.test(nik)) return null;
  const province = nik.slice(0, 2);
  const regency = nik.slice(2, 4);
  const district = nik.slice(4, 6);
  const serial = nik.slice(12, 16);
  if (!PROVINCE_CODES.has(province) || regency === '00' || district === '00' || serial === '0000') return null;
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex = day > 40 ? 'female' : 'male';
  if (day > 40) day -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const thisYear = Number(today.slice(0, 4));
  const century = Math.floor(thisYear / 100) * 100;
  for (const year of [century + yy, century - 100 + yy]) {
    if (!realDate(year, month, day)) continue;
    const birthDate = `${year}-${pad(month)}-${pad(day)}`;
    if (birthDate > today) continue;
    return { province, regency, district, birthDate, sex, serial };
  }
  return null;
}

/** Today's date (UTC) as YYYY-MM-DD, for the schema's check of a birth date not in the future. */
export const utcToday = () => new Date().toISOString().slice(0, 10);
