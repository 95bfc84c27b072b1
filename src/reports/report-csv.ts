/**
 * The service report as CSV (UTF-8 with BOM, every cell quoted, formula characters neutralised:
 * src/exemptions/csv.ts): one row per figure with the register filter that recounts it, then the
 * ten oldest open requests. No personal data.
 */
import { toCsv } from '../exemptions/csv';
import { type ServiceReport, reportRows } from './service-report';

export function reportCsv(r: ServiceReport): string {
  const scope = [
    ['report', r.kind, '', ''],
    ['year', r.year, '', ''],
    ...(r.half ? [['half', r.half, '', '']] : []),
    ['unit', r.unit ?? '*', '', ''],
    ['period', `${r.period.from}..${r.period.to}`, '', ''],
    ['generatedAt', r.generatedAt, '', ''],
    ['checkpoint', r.checkpoint ? `#${r.checkpoint.seq} ${r.checkpoint.head} ${r.checkpoint.at} ${r.checkpoint.keyId}` : '', '', ''],
  ];
  const oldest = r.pending.oldest.map((o, i) => [
    `pending.oldest.${i + 1}`,
    o.registrationNumber,
    '',
    `receivedOn=${o.receivedOn}&unit=${o.unit}&state=${o.state}&noticeDue=${o.noticeDue}&overdue=${o.overdue}`,
  ]);
  return toCsv(['figure', 'value', 'register', 'where'], [...scope, ...reportRows(r), ...oldest]);
}
