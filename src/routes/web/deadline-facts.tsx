/**
 * Every deadline of a case with how it was counted (the calendar, the days skipped), one row per
 * deadline in force: Art. 22(7)'s ten working days, the extension (Art. 22(8)), the new deadline
 * after an objection sent the case back, the Jakarta-calendar counts of a mission's request
 * (kip-rules §5.4) and each unit's internal target. The officer's case page and the auditor's
 * read-only view show the same list from this one component.
 */
import type { DeadlinesView } from '../../cases/case-view';
import { type Lang, t } from '../../i18n';

type Counted = { text: string };

export function DeadlineFacts({ deadlines: d, lang, unitNames }: { deadlines: DeadlinesView; lang: Lang; unitNames?: Map<string, string> }) {
  const rows: Array<[string, Counted | undefined]> = [
    [t(lang, 'deadline_notice'), d.notice],
    [t(lang, 'deadline_extension'), d.noticeExtended],
    [t(lang, 'deadline_reopened'), d.noticeReopened],
    [t(lang, 'deadline_jakarta_notice'), d.jakarta?.notice],
    [t(lang, 'deadline_jakarta_extension'), d.jakarta?.noticeExtended],
    [t(lang, 'deadline_jakarta_reopened'), d.jakarta?.noticeReopened],
    ...Object.entries(d.unitTargets ?? {}).map(([unit, target]): [string, Counted] => [
      t(lang, 'deadline_internal_target', { unit: unitNames?.get(unit) ?? unit }),
      target,
    ]),
  ];
  return (
    <dl class="facts">
      {rows
        .filter((row): row is [string, Counted] => row[1] !== undefined)
        .map(([label, counted]) => (
          <>
            <dt>{label}</dt>
            <dd>{counted.text}</dd>
          </>
        ))}
    </dl>
  );
}
