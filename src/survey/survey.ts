/**
 * The satisfaction survey (survei kepuasan masyarakat, SKM) a requester may answer once a request
 * is closed: optional, anonymous, one answer per case, each element scored 1–4 as Indonesian
 * public services measure satisfaction (Permenpan RB 14/2017, Pedoman Penyusunan Survei Kepuasan
 * Masyarakat). Its index (indeks kepuasan masyarakat, IKM) is the mean of the elements' mean
 * scores (equal weights) × 25, on 0–100, with its quality letter (mutu pelayanan) A–D.
 *
 * Anonymity: an answer is only added to counters by the case's receiving unit, year and half
 * (where the service report counts the request), element and score — no row per answer, no time,
 * no case id. A separate one-way marker (HMAC of the case id under the server secret) stops a
 * second answer for the same case; the marker table holds nothing else.
 */
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Reader, Trx } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import type { CaseDeadlines } from '../cases/transition';
import { invalidField } from '../cases/errors';
import type { Deps } from '../deps';
import type { MessageKey } from '../i18n';

/** The elements asked (unsur pelayanan, a subset of the nine of Permenpan RB 14/2017). */
export const surveyElements = ['procedure', 'time', 'result', 'conduct', 'facilities'] as const;
export type SurveyElement = (typeof surveyElements)[number];
export const surveyScores = [1, 2, 3, 4] as const;

/** The question asked for each element, and the words of each score (1 = not good … 4 = very good). */
export const ELEMENT_QUESTIONS: Record<SurveyElement, MessageKey> = {
  procedure: 'survey.question_procedure',
  time: 'survey.question_time',
  result: 'survey.question_result',
  conduct: 'survey.question_conduct',
  facilities: 'survey.question_facilities',
};
export const ELEMENT_NAMES: Record<SurveyElement, MessageKey> = {
  procedure: 'survey.element_procedure',
  time: 'survey.element_time',
  result: 'survey.element_result',
  conduct: 'survey.element_conduct',
  facilities: 'survey.element_facilities',
};
export const SCORE_WORDS: Record<(typeof surveyScores)[number], MessageKey> = {
  1: 'survey.score_1',
  2: 'survey.score_2',
  3: 'survey.score_3',
  4: 'survey.score_4',
};
export const GRADE_WORDS: Record<SurveyGrade, MessageKey> = {
  A: 'survey.grade_a',
  B: 'survey.grade_b',
  C: 'survey.grade_c',
  D: 'survey.grade_d',
};

const score = z.number().int().min(1).max(4);
export const surveyAnswerSchema = z.object({
  procedure: score.describe('Ease of the procedure (1–4)'),
  time: score.describe('Speed of the service (1–4)'),
  result: score.describe('The answer received matches what was asked (1–4)'),
  conduct: score.describe("The officers' courtesy and competence (1–4)"),
  facilities: score.describe('The channels and facilities: website, e-mail, service desk (1–4)'),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** A web form's strings as numbers (empty: missing), for `surveyAnswerSchema`. */
export function answerFromForm(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    surveyElements.map((e) => {
      const v = body[e];
      return [e, typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined];
    }),
  );
}

export type SurveyGrade = 'A' | 'B' | 'C' | 'D';

/** The quality letter of a converted index (Permenpan RB 14/2017: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99). */
export function gradeOf(index: number): SurveyGrade {
  if (index >= 88.31) return 'A';
  if (index >= 76.61) return 'B';
  if (index >= 65) return 'C';
  return 'D';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The one-way marker of a case: HMAC-SHA256 of its id under a key derived from the server secret. */
export function surveyMarker(secret: string, caseId: string): string {
  return createHmac('sha256', `survey-marker:${secret}`).update(caseId).digest('base64url');
}

/** Where the survey's counters file a case: its receiving unit, and the year and half of its receipt (as the service report counts it). */
function periodOf(row: CaseRow) {
  const local = (JSON.parse(row.deadlines) as CaseDeadlines).notice.receivedLocal.slice(0, 10);
  return { unit: row.received_unit, year: Number(local.slice(0, 4)), half: Number(local.slice(5, 7)) <= 6 ? 1 : 2 };
}

export type SurveyState = 'open' | 'not_closed' | 'answered';

/** Whether this case may answer the survey now. */
export async function surveyState(db: Reader, secret: string, row: CaseRow): Promise<SurveyState> {
  if (row.state !== 'closed') return 'not_closed';
  const marked = await db.selectFrom('survey_markers').select('marker').where('marker', '=', surveyMarker(secret, row.id)).executeTakeFirst();
  return marked ? 'answered' : 'open';
}

/**
 * Records one answer for a closed case: its marker and one count per element, in one transaction.
 * A case not closed, or answered already: a 400 naming `number`, nothing written.
 */
export async function submitSurvey(deps: Deps, caseId: string, answer: SurveyAnswer): Promise<void> {
  await deps.transact(async (trx) => {
    const row = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const state = await surveyState(trx, deps.secret, row);
    if (state === 'not_closed') throw invalidField('number', 'survey_case_not_closed');
    if (state === 'answered') throw invalidField('number', 'survey_already_answered');
    await trx
      .insertInto('survey_markers')
      .values({ marker: surveyMarker(deps.secret, row.id) })
      .execute();
    const { unit, year, half } = periodOf(row);
    for (const element of surveyElements) await countAnswer(trx, { unit_code: unit, year, half, element, score: answer[element] });
  });
}

async function countAnswer(trx: Trx, key: { unit_code: string; year: number; half: number; element: string; score: number }) {
  await trx
    .insertInto('survey_tallies')
    .values({ ...key, n: 1 })
    .onConflict((oc) => oc.columns(['unit_code', 'year', 'half', 'element', 'score']).doUpdateSet({ n: sql<number>`survey_tallies.n + 1` }))
    .execute();
}

export interface SatisfactionFigures {
  /** Answers received (every answer scores every element). */
  responses: number;
  /** Mean score (1–4) of each element, two decimals; null without answers. */
  elements: Record<SurveyElement, number | null>;
  /** The index (IKM) on 0–100, two decimals; null without answers. */
  index: number | null;
  grade: SurveyGrade | null;
}

export interface SatisfactionUnit extends SatisfactionFigures {
  code: string;
  nameId: string;
  nameEn: string;
}

export interface Satisfaction extends SatisfactionFigures {
  /** The index unit by unit (mission by mission), most answers first. */
  units: SatisfactionUnit[];
}

function figuresOf(counts: Map<string, Map<number, number>>): SatisfactionFigures {
  const elements = {} as Record<SurveyElement, number | null>;
  let responses = 0;
  for (const e of surveyElements) {
    const byScore = counts.get(e) ?? new Map<number, number>();
    const n = [...byScore.values()].reduce((a, b) => a + b, 0);
    const sum = [...byScore.entries()].reduce((a, [s, k]) => a + s * k, 0);
    elements[e] = n > 0 ? round2(sum / n) : null;
    responses = Math.max(responses, n);
  }
  if (responses === 0) return { responses, elements, index: null, grade: null };
  // IKM = Σ (element mean × 1/number of elements) × 25, from the unrounded means.
  let total = 0;
  for (const e of surveyElements) {
    const byScore = counts.get(e)!;
    const n = [...byScore.values()].reduce((a, b) => a + b, 0);
    total += [...byScore.entries()].reduce((a, [s, k]) => a + s * k, 0) / n / surveyElements.length;
  }
  const index = round2(total * 25);
  return { responses, elements, index, grade: gradeOf(index) };
}

/** The survey's figures for a year (or one half), for the whole body or one unit/mission, with the index per unit. */
export async function satisfaction(db: Reader, q: { year: number; half?: 1 | 2 | undefined; unit?: string | undefined }): Promise<Satisfaction> {
  let query = db
    .selectFrom('survey_tallies')
    .select(['unit_code', 'element', 'score', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('year', '=', q.year)
    .where('half', 'in', q.half ? [q.half] : [1, 2])
    .groupBy(['unit_code', 'element', 'score']);
  if (q.unit) query = query.where('unit_code', '=', q.unit);
  const rows = await query.execute();
  const all = new Map<string, Map<number, number>>();
  const perUnit = new Map<string, Map<string, Map<number, number>>>();
  const add = (m: Map<string, Map<number, number>>, element: string, s: number, n: number) => {
    let byScore = m.get(element);
    if (!byScore) m.set(element, (byScore = new Map()));
    byScore.set(s, (byScore.get(s) ?? 0) + n);
  };
  for (const r of rows) {
    const n = Number(r.n);
    add(all, r.element, Number(r.score), n);
    let u = perUnit.get(r.unit_code);
    if (!u) perUnit.set(r.unit_code, (u = new Map()));
    add(u, r.element, Number(r.score), n);
  }
  const names = new Map((await db.selectFrom('units').select(['code', 'name_id', 'name_en']).execute()).map((u) => [u.code, u]));
  const units = [...perUnit.entries()]
    .map(([code, m]) => ({ code, nameId: names.get(code)?.name_id ?? code, nameEn: names.get(code)?.name_en ?? code, ...figuresOf(m) }))
    .sort((a, b) => b.responses - a.responses || a.code.localeCompare(b.code));
  return { ...figuresOf(all), units };
}
