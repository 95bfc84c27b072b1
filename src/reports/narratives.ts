/**
 * The narrative sections of the annual service report (kip-rules §2.9: policy; facilities, staff
 * and budget; obstacles; recommendations and follow-up), written per year by the PPID Utama or an
 * administrator. Stored in `report_narratives` (migration 0012); each save is one audit event.
 */
import type { Reader } from '../../db/unit-of-work';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log';
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';

export const NARRATIVE_SECTIONS = ['policy', 'facilities', 'staff', 'budget', 'obstacles', 'recommendations'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export type Narrative = Record<NarrativeSection, string>;

export const NARRATIVE_TITLES: Record<NarrativeSection, { id: string; en: string }> = {
  policy: { id: 'Gambaran umum kebijakan pelayanan informasi publik', en: 'Information-service policy' },
  facilities: { id: 'Sarana dan prasarana', en: 'Facilities' },
  staff: { id: 'Sumber daya manusia', en: 'Staff' },
  budget: { id: 'Anggaran', en: 'Budget' },
  obstacles: { id: 'Kendala internal dan eksternal', en: 'Internal and external obstacles' },
  recommendations: { id: 'Rekomendasi dan rencana tindak lanjut', en: 'Recommendations and follow-up plan' },
};

export const narrativeSchema = z.object(
  Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, z.string().trim().max(20000).default('')])) as Record<NarrativeSection, z.ZodDefault<z.ZodString>>,
);

export async function readNarrative(db: Reader, year: number): Promise<Narrative> {
  const rows = await db.selectFrom('report_narratives').select(['section', 'body']).where('year', '=', year).execute();
  const out = Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, ''])) as Narrative;
  for (const r of rows) if ((NARRATIVE_SECTIONS as readonly string[]).includes(r.section)) out[r.section as NarrativeSection] = r.body;
  return out;
}

/** Saves every section of a year's narrative in one transaction, with one audit event naming the sections changed. */
export async function saveNarrative(deps: Deps, year: number, narrative: Narrative, actor: Actor): Promise<void> {
  await deps.transact(async (trx) => {
    const at = deps.clock().toISOString();
    const before = await readNarrative(trx, year);
    const changed = NARRATIVE_SECTIONS.filter((s) => before[s] !== narrative[s]);
    if (changed.length === 0) return;
    for (const section of changed) {
      await trx
        .insertInto('report_narratives')
        .values({ year, section, body: narrative[section], updated_at: at, updated_by: actor.id })
        .onConflict((oc) => oc.columns(['year', 'section']).doUpdateSet({ body: narrative[section], updated_at: at, updated_by: actor.id }))
        .execute();
    }
    await appendAudit(trx, { caseId: null, actor, event: 'REPORT_NARRATIVE_SAVED', at, fromState: null, toState: null, data: { year, sections: changed } });
  });
}
