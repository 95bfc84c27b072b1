/**
 * CSV for this feature's exports (DIK, DIP, the objection register): RFC 4180 with CRLF, a UTF-8
 * byte-order mark so spreadsheets read Indonesian text correctly, and cells that would start a
 * formula (= + - @) prefixed with an apostrophe, since requesters write some of the text.
 */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return `\uFEFF${[headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
