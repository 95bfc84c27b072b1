/**
 * The letterhead (kop surat) from the body's settings: `settings.body` holds
 * `{nameId, nameEn, address, logo}` (logo: a PNG or JPEG path; public/logo.png by default),
 * written by the seed at first start and kept from then on. The issuing unit's name is printed under the body's.
 */
import type { Reader } from '../../db/unit-of-work';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Letterhead } from './pdf';
import { letterContactLine, serviceContact } from '../contact/service-contact';

export const DEFAULT_LOGO = fileURLToPath(new URL('../../public/logo.png', import.meta.url));

interface BodySettings {
  nameId: string;
  nameEn: string;
  address: string;
  logo: string | null;
}

const logos = new Map<string, Buffer | null>();

/** Reads a logo file: from disk on Node; the Workers entry bundles the default logo (src/worker-assets.ts). */
let readLogo = (path: string): Uint8Array => readFileSync(path);
export const useLogoSource = (read: (path: string) => Uint8Array) => {
  readLogo = read;
  logos.clear();
};

function logoBytes(path: string | null): Buffer | null {
  if (!path) return null;
  if (!logos.has(path)) {
    try {
      logos.set(path, Buffer.from(readLogo(path)));
    } catch {
      logos.set(path, null); // a missing logo leaves the letterhead text-only rather than failing the letter
    }
  }
  return logos.get(path)!;
}

export async function bodySettings(db: Reader): Promise<BodySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'body').executeTakeFirst();
  const stored = row ? (JSON.parse(row.value) as Partial<BodySettings>) : {};
  return {
    nameId: stored.nameId ?? '',
    nameEn: stored.nameEn ?? '',
    address: stored.address ?? '',
    logo: stored.logo === undefined ? DEFAULT_LOGO : stored.logo,
  };
}

/** "Tokyo, Jepang" / "Tokyo, Japan": where a mission without a recorded address is. */
const cityAndCountry = (city: string, country: string, lang: 'id' | 'en') =>
  `${city}, ${new Intl.DisplayNames([lang], { type: 'region' }).of(country) ?? country}`;

/**
 * The letterhead of a letter issued by `unitCode`: the body's name and logo, the unit's name under
 * it, and the unit's own address — a mission abroad is not at the ministry's (its city and host
 * country until an administrator records the address).
 */
export async function letterheadFor(db: Reader, unitCode: string | null): Promise<Letterhead> {
  const body = await bodySettings(db);
  const unit = unitCode
    ? await db.selectFrom('units').select(['kind', 'name_id', 'name_en', 'city', 'country', 'address']).where('code', '=', unitCode).executeTakeFirst()
    : undefined;
  const abroad = unit !== undefined && unit.country !== 'ID';
  return {
    nameId: body.nameId,
    nameEn: body.nameEn,
    address: unit?.address ?? (abroad ? cityAndCountry(unit.city, unit.country, 'id') : body.address),
    addressEn: unit?.address ?? (abroad ? cityAndCountry(unit.city, unit.country, 'en') : body.address),
    logo: logoBytes(body.logo),
    unitNameId: unit?.name_id,
    unitNameEn: unit?.name_en,
    contact: letterContactLine(await serviceContact(db)), // the PPID's telephone, e-mail and hours (settings `contact`)
  };
}
