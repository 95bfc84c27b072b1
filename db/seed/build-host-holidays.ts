/**
 * Writes host-holidays-2025-2027.json: for every mission in missions.json, the host country's
 * public holidays as date-holidays computes them (the proposal an administrator reviews; see
 * issue 13 item 7). Run `npm run seed:host-holidays` after changing missions.json or upgrading
 * date-holidays, and commit the file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { FIRST_YEAR, LAST_YEAR, computeHostHolidayNames, subdivisionOf } from './calendars';
import { isMission, units } from './units';

const version = (createRequire(import.meta.url)('date-holidays/package.json') as { version: string }).version;
const calendars: Record<string, unknown> = {};
for (const unit of units.filter((u) => isMission(u.kind) && u.country !== 'ID')) {
  calendars[unit.code] = {
    country: unit.country,
    subdivision: subdivisionOf(unit),
    timeZone: unit.timeZone,
    holidays: computeHostHolidayNames(unit),
  };
}
const out = fileURLToPath(new URL('./host-holidays-2025-2027.json', import.meta.url));
writeFileSync(
  out,
  `${JSON.stringify(
    {
      about: `Host-country public holidays proposed by date-holidays ${version} for ${FIRST_YEAR}–${LAST_YEAR}, per mission and its city's subdivision, as [local date, names]. A proposal, not a reviewed list: corrections live in host-holiday-corrections.ts with their sources.`,
      generatedWith: `date-holidays ${version}`,
      years: [FIRST_YEAR, LAST_YEAR],
      calendars,
    },
    null,
    0,
  ).replace(/\],\[/g, '],\n[')}\n`,
);
console.log(`wrote ${Object.keys(calendars).length} missions to ${out}`);
