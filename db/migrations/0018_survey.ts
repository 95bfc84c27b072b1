import type { Kysely } from 'kysely';

/**
 * The satisfaction survey (survei kepuasan masyarakat, issue 18; src/survey/survey.ts). Answers are
 * kept only as counters per unit, year, half, element and score — no row per answer, no time, no
 * case: nothing in these tables can be read back to a requester, not even by the order of rows.
 * A case that has been answered leaves a one-way marker (an HMAC of its id under the server
 * secret) in its own table, so it cannot answer twice; the marker says nothing of the answer.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey_tallies')
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('half', 'integer', (c) => c.notNull())
    .addColumn('element', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_tallies_pk', ['unit_code', 'year', 'half', 'element', 'score'])
    .execute();
  await db.schema
    .createTable('survey_markers')
    .addColumn('marker', 'text', (c) => c.primaryKey())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('survey_markers').execute();
  await db.schema.dropTable('survey_tallies').execute();
}
