/**
 * Working-day calendar benchmark: addWorkingDays(d, 17) early and late in the calendar's range
 * (the cost must not grow with the distance from its first year), and full explainDeadline calls.
 * Run: node --import tsx bench/calendar.ts
 */
import { nationalCalendar } from '../db/seed/calendars.js';
import { WorkingCalendar, explainDeadline } from '../src/calendar/index.js';

const OPS = 1_000_000;
const WARM_UP = 200_000;

const data = nationalCalendar();
let buildStart = performance.now();
let cal = new WorkingCalendar(data);
const coldBuildMs = performance.now() - buildStart;
const BUILDS = 20;
buildStart = performance.now();
for (let i = 0; i < BUILDS; i++) cal = new WorkingCalendar(data);
const warmBuildMs = (performance.now() - buildStart) / BUILDS;

/** Every date of a year, leaving room so that 17 working days later is still inside 2027. */
function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 10, 30); t += 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}

function opsPerSecond(label: string, ops: number, body: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < WARM_UP; i++) sink += String(body(i)).length;
  const start = performance.now();
  for (let i = 0; i < ops; i++) sink += String(body(i)).length;
  const seconds = (performance.now() - start) / 1000;
  const rate = ops / seconds;
  console.log(`${label.padEnd(34)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} ops/s  (checksum ${sink % 997})`);
  return rate;
}

const early = datesOf(2025);
const late = datesOf(2027);
console.log(`build national calendar            ${coldBuildMs.toFixed(1)} ms first, ${warmBuildMs.toFixed(1)} ms warm (mean of ${BUILDS})`);
const rate2025 = opsPerSecond('addWorkingDays(d, 17), d in 2025', OPS, (i) => cal.addWorkingDays(early[i % early.length]!, 17));
const rate2027 = opsPerSecond('addWorkingDays(d, 17), d in 2027', OPS, (i) => cal.addWorkingDays(late[i % late.length]!, 17));
console.log(`ratio 2025 / 2027                  ${(rate2025 / rate2027).toFixed(2)}`);

const instants = [...early, ...late].map((d, i) => new Date(`${d}T${String(8 + (i % 10)).padStart(2, '0')}:30:00+07:00`));
opsPerSecond(
  'explainDeadline(notice, 10 wd)',
  100_000,
  (i) => explainDeadline(cal, { period: 'notice', startInstant: instants[i % instants.length]!, workingDays: 10 }).due,
);
