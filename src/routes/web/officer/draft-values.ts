/**
 * The PPID Utama's decision form starts from the latest draft answer a unit submitted (issue 17):
 * the draft (a Decision, workflows/request.events.ts) as the form's values, by the field names
 * event-forms.tsx gives the DECIDE form.
 */
import type { FormValues } from '../kit/fields';
import type { Decision } from '../../../../workflows/request.events';

type Draft = Decision & { at: string; by: string | null };

/** The newest draft among the assignments, or null. */
export function latestDraft(assignments: Array<{ unit: string; draft: Draft | null }>): (Draft & { unit: string }) | null {
  const drafts = assignments.flatMap((a) => (a.draft ? [{ ...a.draft, unit: a.unit }] : []));
  return drafts.sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null;
}

export function draftValues(draft: Decision): FormValues {
  const d = draft as Record<string, unknown>;
  const values: FormValues = { outcome: draft.outcome };
  const text = (name: string, v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') values[name] = String(v);
  };
  for (const k of ['redactions', 'note', 'holder', 'provideWithinDays']) text(k, d[k]);
  const exemptions = (d.exemptions as Array<{ letter: string; statute?: string }> | undefined) ?? [];
  if (exemptions.length > 0) values.exemptions = exemptions.map((e) => e.letter);
  for (const e of exemptions) if (e.statute) values[`exemptions.statute.${e.letter}`] = e.statute;
  const test = d.consequenceTest as Record<string, unknown> | undefined;
  if (test) for (const k of ['harm', 'publicInterest', 'period', 'publicTitle', 'publicConsequence']) text(`consequenceTest.${k}`, test[k]);
  const ids = d.consequenceTestIds as string[] | undefined;
  if (ids) values.consequenceTestIds = ids;
  const fees = d.fees as Record<string, unknown> | undefined;
  if (fees) for (const k of ['copying', 'delivery', 'other', 'payment']) text(`fees.${k}`, fees[k]);
  return values;
}
