/**
 * The list of public information (Daftar Informasi Publik, DIP; UU 14/2008 Art. 11(1)(a);
 * kip-rules §2.10): what the body publishes — periodically (berkala, Art. 9), immediately
 * (serta-merta, Art. 10) or available at all times (setiap saat, Art. 11) — kept by administrators
 * and the PPID Utama, public and searchable. A request for information already listed is answered
 * by pointing to the entry (see answer-from-dip.ts).
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { localDateTimeWithOffset } from '../calendar/offset-time';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { DipEntryRow } from '../../db/schema/objections';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { appendAudit } from '../audit/audit-log';
import { invalidField, notFound, versionConflict } from '../cases/errors';
import type { Actor } from '../../workflows/request.events';
import { toCsv } from '../exemptions/csv';

export const dipCategories = ['berkala', 'serta_merta', 'setiap_saat'] as const;
export const dipFormats = ['printed', 'electronic', 'both'] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const url = z
  .string()
  .trim()
  .max(1000)
  .regex(/^https?:\/\/\S+$/, 'url_format');

export const dipEntrySchema = z.object({
  title: text(3, 300),
  summary: text(10, 5000),
  category: z.enum(dipCategories),
  unit: text(1, 64),
  /** The official responsible for producing it (pejabat penanggung jawab). */
  responsible: text(3, 300),
  /** When and where it was produced. */
  produced: optional(text(1, 300)),
  format: z.enum(dipFormats),
  retention: optional(text(1, 200)),
  url: optional(url),
  published: z.boolean().default(true),
});
export type DipEntryInput = z.infer<typeof dipEntrySchema>;

export const dipUpdateSchema = dipEntrySchema.partial().extend({ expectedVersion: z.number().int().min(1) });

export const dipQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  category: z.enum(dipCategories).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export const CATEGORY_LABELS: Record<(typeof dipCategories)[number], Record<Lang, string>> = {
  berkala: { id: 'Informasi berkala', en: 'Periodic information' },
  serta_merta: { id: 'Informasi serta-merta', en: 'Immediate information' },
  setiap_saat: { id: 'Informasi tersedia setiap saat', en: 'Information available at all times' },
};

const FORMAT_LABELS: Record<(typeof dipFormats)[number], Record<Lang, string>> = {
  printed: { id: 'Tercetak', en: 'Printed' },
  electronic: { id: 'Elektronik', en: 'Electronic' },
  both: { id: 'Tercetak dan elektronik', en: 'Printed and electronic' },
};

async function requireUnit(trx: Trx, unit: string) {
  const known = await trx.selectFrom('units').select('code').where('code', '=', unit).executeTakeFirst();
  if (!known) throw invalidField('unit', 'unknown_unit');
}

export async function createDipEntry(deps: Deps, input: DipEntryInput, actor: Actor): Promise<DipEntryRow> {
  return deps.transact(async (trx) => {
    await requireUnit(trx, input.unit);
    const at = deps.clock().toISOString();
    const row = await trx
      .insertInto('dip_entries')
      .values({
        id: randomUUID(),
        title: input.title,
        summary: input.summary,
        category: input.category,
        unit_code: input.unit,
        responsible: input.responsible,
        produced: input.produced ?? null,
        format: input.format,
        retention: input.retention ?? null,
        url: input.url ?? null,
        published: input.published ? 1 : 0,
        version: 1,
        created_at: at,
        created_by: actor.id,
        updated_at: at,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'DIP_ENTRY_CREATED',
      fromState: null,
      toState: input.published ? 'published' : 'draft',
      at,
      data: { entryId: row.id, category: input.category, unit: input.unit },
    });
    return row;
  });
}

export async function updateDipEntry(deps: Deps, id: string, input: z.infer<typeof dipUpdateSchema>, actor: Actor): Promise<DipEntryRow> {
  return deps.transact(async (trx) => {
    const row = await findDipEntry(trx, id);
    if (row.version !== input.expectedVersion) throw versionConflict(row.version);
    if (input.unit) await requireUnit(trx, input.unit);
    const at = deps.clock().toISOString();
    const { expectedVersion: _v, unit, published, ...rest } = input;
    const changes = {
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(unit !== undefined ? { unit_code: unit } : {}),
      ...(published !== undefined ? { published: published ? 1 : 0 } : {}),
    };
    const updated = await trx
      .updateTable('dip_entries')
      .set({ ...changes, version: row.version + 1, updated_at: at, updated_by: actor.id })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict(row.version + 1);
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'DIP_ENTRY_UPDATED',
      fromState: row.published ? 'published' : 'draft',
      toState: updated.published ? 'published' : 'draft',
      at,
      data: { entryId: id, fields: Object.keys(changes), version: updated.version },
    });
    return updated;
  });
}

export async function findDipEntry(db: Reader, id: string): Promise<DipEntryRow> {
  const row = await db.selectFrom('dip_entries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

const withUnit = (db: Reader) =>
  db
    .selectFrom('dip_entries')
    .innerJoin('units', 'units.code', 'dip_entries.unit_code')
    .selectAll('dip_entries')
    .select(['units.name_id', 'units.name_en', 'units.time_zone']);

/** One entry with its unit's names: a draft only for those who keep the DIP. */
export async function findDipView(db: Reader, id: string, includeDrafts: boolean) {
  let q = withUnit(db).where('dip_entries.id', '=', id);
  if (!includeDrafts) q = q.where('published', '=', 1);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Published entries (or all, for maintainers), every word of `q` in the title or summary, by category and title. */
export async function searchDip(db: Reader, query: { q?: string | undefined; category?: string | undefined; includeDrafts?: boolean }) {
  let q = withUnit(db);
  if (!query.includeDrafts) q = q.where('published', '=', 1);
  if (query.category) q = q.where('category', '=', query.category);
  for (const word of (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`lower(${sql.ref('dip_entries.title')}) like ${like} escape '\\'`,
        sql<boolean>`lower(${sql.ref('dip_entries.summary')}) like ${like} escape '\\'`,
      ]),
    );
  }
  return q.orderBy('category').orderBy('title').orderBy('dip_entries.id').limit(500).execute();
}

export type DipSearchRow = Awaited<ReturnType<typeof searchDip>>[number];

export function dipView(r: DipSearchRow, lang: Lang) {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    summary: r.summary,
    category: r.category,
    categoryLabel: CATEGORY_LABELS[r.category as keyof typeof CATEGORY_LABELS]?.[lang] ?? r.category,
    unit: { code: r.unit_code, name: lang === 'id' ? r.name_id : r.name_en },
    responsible: r.responsible,
    produced: r.produced,
    format: r.format,
    formatLabel: FORMAT_LABELS[r.format as keyof typeof FORMAT_LABELS]?.[lang] ?? r.format,
    retention: r.retention,
    url: r.url,
    published: r.published === 1,
    updatedAt: r.updated_at,
  };
}

export function dipCsv(rows: DipSearchRow[], lang: Lang): string {
  const headers =
    lang === 'id'
      ? [
          'No',
          'Judul',
          'Ringkasan isi',
          'Kategori',
          'Unit penguasa informasi',
          'Pejabat penanggung jawab',
          'Waktu dan tempat pembuatan',
          'Bentuk',
          'Jangka waktu penyimpanan',
          'Tautan',
          'Diperbarui',
        ]
      : ['No', 'Title', 'Summary', 'Category', 'Unit holding it', 'Official responsible', 'Time and place produced', 'Format', 'Retention', 'Link', 'Updated'];
  return toCsv(
    headers,
    rows.map((r, i) => {
      const v = dipView(r, lang);
      // Updated: the local date-time where the holding unit keeps its calendar, with its offset.
      return [
        i + 1,
        v.title,
        v.summary,
        v.categoryLabel,
        v.unit.name,
        v.responsible,
        v.produced,
        v.formatLabel,
        v.retention,
        v.url,
        localDateTimeWithOffset(r.updated_at, r.time_zone),
      ];
    }),
  );
}
