/**
 * A period given as local dates (`from`, `to`, both inclusive) on the body's home calendar
 * (Asia/Jakarta, WIB, UTC+7, no daylight saving): the instants it spans, `to` exclusive.
 */
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isLocalDate = (s: string) =>
  LOCAL_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function periodInstants(from: string, to: string): { from: string; to: string } {
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(`${to}T00:00:00+07:00`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { from: start.toISOString(), to: end.toISOString() };
}
