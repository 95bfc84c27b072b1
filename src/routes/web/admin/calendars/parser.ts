/**
 * The "load a year" form's text: one entry a line, fields separated by `|`:
 * `2027-01-01 | libur_nasional | Tahun Baru 2027 Masehi | New Year's Day | SKB 3 Menteri …`.
 * Parsing only splits; `loadYearSchema` (calendar/entry.schema.ts) judges the values.
 */
import { t } from '../../../../i18n';
import type { Lang } from '../../../../i18n';

export interface EntryLine {
  date: string;
  kind: string;
  nameId: string;
  nameEn: string;
  source: string;
}

/** Non-empty lines as entries; missing fields are empty (the schema names them). */
export function parseYearLines(text: string): EntryLine[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line) => {
      const [date = '', kind = '', nameId = '', nameEn = '', source = ''] = line.split('|').map((p) => p.trim());
      return { date, kind, nameId, nameEn, source };
    });
}

/** Errors at `entries.3.date` become one message on the text field: "Line 4 (date): …". */
export function lineErrors(errors: Record<string, string>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const perLine: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const m = /^entries\.(\d+)\.(\w+)$/.exec(path);
    if (m) perLine.push(t(lang, 'calendar-admin.line', { line: Number(m[1]) + 1, field: m[2], message }));
    else out[path] = message;
  }
  if (perLine.length > 0) out.entries = perLine.join(' ');
  return out;
}
