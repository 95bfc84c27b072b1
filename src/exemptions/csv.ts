/**
 * CSV for the exports (DIK, DIP, the objection register): RFC 4180 with CRLF and a UTF-8
 * byte-order mark so spreadsheets read Indonesian text correctly.
 *
 * Requesters write some of the text, so no cell may become a formula (CSV injection, OWASP):
 * - every cell is quoted, so a separator inside it stays inside it;
 * - a formula character (= + - @, or a tab/CR that some spreadsheets skip) at the start of the
 *   cell, or right after a `,` `;` or tab, gets an apostrophe before it. The second rule matters
 *   because a spreadsheet set to another list separator (`;` is the usual Indonesian setting)
 *   splits a line at characters this file did not mean as separators: `Alasan;=1+1` would
 *   otherwise give a cell `=1+1`.
 */
const FORMULA_START = /(^|[,;\t])(?=[=+\-@\t\r])/g;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '""';
  const s = (typeof value === 'string' ? value : String(value)).replace(FORMULA_START, "$1'");
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return `\uFEFF${[headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
