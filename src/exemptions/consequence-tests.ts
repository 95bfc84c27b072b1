/**
 * Consequence tests (uji konsekuensi) as records: made before any request, at a request (a denial
 * written with its test inline is stored here too), or during a dispute; linked to every denial
 * that relies on them; the tests in force build the DIK. Each change is one audit event.
 */
import type { Trx, Reader } from '../../db/unit-of-work';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { CaseRow } from '../../db/schema';
import type { ConsequenceTestRow } from '../../db/schema/objections';
import type { Deps } from '../deps';
import { appendAudit } from '../audit/audit-log';
import { DomainError, invalidField, notFound, versionConflict } from '../cases/errors';
import type { CaseDeadlines } from '../cases/transition';
import type { Actor } from '../../workflows/request.events';
import type { ConsequenceTestInput, ConsequenceTestUpdate } from './consequence-test.schema';

/** Who may write tests: the PPID Utama for any unit, a PPID Pelaksana for their own. */
export const TEST_WRITERS = ['ppid_utama', 'ppid_pelaksana'] as const;

function mayWrite(actor: Actor, unit: string) {
  return actor.role === 'ppid_utama' || (actor.role === 'ppid_pelaksana' && actor.unit === unit);
}

async function decider(trx: Trx, actor: Actor) {
  const user = actor.id ? await trx.selectFrom('users').select(['name', 'position']).where('id', '=', actor.id).executeTakeFirst() : undefined;
  return { decided_by: actor.id, decided_by_name: user?.name ?? 'Sistem', decided_by_position: user?.position ?? '' };
}

/** The local date of an instant on the national calendar's zone (tests are body-level records). */
async function localToday(trx: Trx, deps: Deps, unit: string) {
  const calendar = await deps.calendars.forUnit(trx, unit);
  return calendar.localDateOf(deps.clock());
}

export async function createConsequenceTest(deps: Deps, input: ConsequenceTestInput, actor: Actor): Promise<ConsequenceTestRow> {
  return deps.transact(async (trx) => {
    const unit = input.unit ?? actor.unit ?? 'PPID';
    const known = await trx.selectFrom('units').select('code').where('code', '=', unit).executeTakeFirst();
    if (!known) throw invalidField('unit', 'unknown_unit');
    if (!mayWrite(actor, unit)) throw new DomainError(403, 'forbidden', 'forbidden');
    const at = deps.clock().toISOString();
    const today = await localToday(trx, deps, unit);
    if (input.decidedOn && input.decidedOn > today) throw invalidField('decidedOn', 'date_in_future');
    const decidedOn = input.decidedOn ?? today;
    if (input.exemptUntil && input.exemptUntil < decidedOn) throw invalidField('exemptUntil', 'period_end_before_decision');
    const row = await trx
      .insertInto('consequence_tests')
      .values({
        id: randomUUID(),
        information: input.information,
        document: input.document ?? null,
        public_title: input.publicTitle ?? null,
        public_consequence: input.publicConsequence ?? null,
        exemptions: JSON.stringify(input.exemptions),
        harm: input.harm,
        public_interest: input.publicInterest,
        conclusion: input.conclusion,
        period: input.period ?? null,
        exempt_until: input.exemptUntil ?? null,
        review_on: input.reviewOn ?? null,
        origin: input.origin,
        unit_code: unit,
        ...(await decider(trx, actor)),
        decided_on: decidedOn,
        classification_number: input.classificationNumber ?? null,
        classification_date: input.classificationDate ?? null,
        status: 'in_force',
        revoked_at: null,
        revoked_reason: null,
        source_case_id: null,
        version: 1,
        created_at: at,
        created_by: actor.id,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'CONSEQUENCE_TEST_RECORDED',
      fromState: null,
      toState: 'in_force',
      at,
      data: { testId: row.id, letters: input.exemptions.map((e) => e.letter), conclusion: input.conclusion, origin: input.origin, unit },
    });
    return row;
  });
}

export async function updateConsequenceTest(deps: Deps, id: string, input: ConsequenceTestUpdate, actor: Actor): Promise<ConsequenceTestRow> {
  return deps.transact(async (trx) => {
    const row = await findTest(trx, id);
    if (!mayWrite(actor, row.unit_code)) throw new DomainError(403, 'forbidden', 'forbidden');
    if (row.version !== input.expectedVersion) throw versionConflict(row.version);
    const at = deps.clock().toISOString();
    const changes = {
      ...(input.publicTitle !== undefined ? { public_title: input.publicTitle } : {}),
      ...(input.publicConsequence !== undefined ? { public_consequence: input.publicConsequence } : {}),
      ...(input.period !== undefined ? { period: input.period } : {}),
      ...(input.exemptUntil !== undefined ? { exempt_until: input.exemptUntil } : {}),
      ...(input.reviewOn !== undefined ? { review_on: input.reviewOn } : {}),
      ...(input.classificationNumber !== undefined ? { classification_number: input.classificationNumber } : {}),
      ...(input.classificationDate !== undefined ? { classification_date: input.classificationDate } : {}),
      ...(input.revoke ? { status: 'revoked', revoked_at: at, revoked_reason: input.revoke.reason } : {}),
    };
    if ((changes.exempt_until ?? row.exempt_until) !== null && (changes.exempt_until ?? row.exempt_until)! < row.decided_on) {
      throw invalidField('exemptUntil', 'period_end_before_decision');
    }
    const updated = await trx
      .updateTable('consequence_tests')
      .set({ ...changes, version: row.version + 1, updated_at: at })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw versionConflict(row.version + 1);
    await appendAudit(trx, {
      caseId: row.source_case_id,
      actor,
      event: input.revoke ? 'CONSEQUENCE_TEST_REVOKED' : 'CONSEQUENCE_TEST_UPDATED',
      fromState: row.status,
      toState: updated.status,
      at,
      data: { testId: id, fields: Object.keys(changes), version: updated.version },
    });
    return updated;
  });
}

export async function findTest(db: Reader, id: string): Promise<ConsequenceTestRow> {
  const row = await db.selectFrom('consequence_tests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A denial or partial grant rests on its tests (Art. 19); only those outcomes may be linked. */
export async function linkTestToCase(trx: Trx, testId: string, caseRow: CaseRow, actor: Actor, at: string) {
  if (caseRow.outcome !== 'denied' && caseRow.outcome !== 'partially_granted') throw invalidField('caseId', 'case_not_denied');
  const test = await trx.selectFrom('consequence_tests').select(['id', 'status']).where('id', '=', testId).executeTakeFirst();
  if (!test) throw invalidField('testId', 'unknown_consequence_test');
  await trx
    .insertInto('case_consequence_tests')
    .values({ case_id: caseRow.id, test_id: testId, linked_at: at, linked_by: actor.id })
    .onConflict((oc) => oc.columns(['case_id', 'test_id']).doNothing())
    .execute();
  await appendAudit(trx, {
    caseId: caseRow.id,
    actor,
    event: 'CONSEQUENCE_TEST_LINKED',
    fromState: null,
    toState: null,
    at,
    data: { testId },
  });
}

/**
 * The hook `applyIn` calls after a DECIDE, in the same transaction: a denial (or partial grant)
 * that names recorded tests (`consequenceTestIds`) is linked to them — a denial only to tests the
 * DIK lists (with a public title); one written with its consequence test inline stores that test
 * as a record linked to the case and, when it has a public title (required on a denial), adds it
 * to the DIK — or updates the DIK entry in force of the same unit under the same title (its Art. 17
 * letters joined, its period replaced) instead of listing the information twice.
 */
export async function recordDecisionTests(trx: Trx, deps: Deps, caseRow: CaseRow, payload: Record<string, unknown>, actor: Actor, at: string): Promise<void> {
  if (caseRow.outcome !== 'denied' && caseRow.outcome !== 'partially_granted') return;
  const ids = Array.isArray(payload.consequenceTestIds) ? payload.consequenceTestIds.map(String) : [];
  for (const [i, id] of ids.entries()) {
    const known = await trx
      .selectFrom('consequence_tests')
      .select(['id', 'public_title'])
      .where('id', '=', id)
      .where('status', '=', 'in_force')
      .executeTakeFirst();
    if (!known) throw invalidField(`consequenceTestIds.${i}`, 'unknown_consequence_test');
    if (caseRow.outcome === 'denied' && known.public_title === null) throw invalidField(`consequenceTestIds.${i}`, 'consequence_test_not_in_dik');
    await linkTestToCase(trx, id, caseRow, actor, at);
  }
  const inline = payload.consequenceTest as
    | { harm: string; publicInterest: string; period?: string; publicTitle?: string; publicConsequence?: string }
    | undefined;
  if (!inline) return;
  const calendar = await deps.calendars.get(trx, (JSON.parse(caseRow.deadlines) as CaseDeadlines).notice.calendar.code);
  const unit = actor.unit ?? caseRow.received_unit;
  const today = calendar.localDateOf(new Date(at));
  const exemptions = (payload.exemptions ?? []) as Array<{ letter: string; statute?: string }>;
  const title = inline.publicTitle?.trim();
  if (title) {
    const same = (
      await trx
        .selectFrom('consequence_tests')
        .selectAll()
        .where('unit_code', '=', unit)
        .where('status', '=', 'in_force')
        .where('conclusion', '=', 'exempt')
        .where(sql<boolean>`lower(${sql.ref('public_title')}) = ${title.toLowerCase()}`)
        .orderBy('decided_on', 'desc')
        .orderBy('id')
        .execute()
    ).find((t) => inForce(t, today));
    if (same) {
      const merged = [...(JSON.parse(same.exemptions) as Array<{ letter: string; statute?: string }>)];
      for (const e of exemptions) if (!merged.some((m) => m.letter === e.letter && m.statute === e.statute)) merged.push(e);
      const changes = {
        exemptions: JSON.stringify(merged),
        ...(inline.period ? { period: inline.period } : {}),
        ...(inline.publicConsequence ? { public_consequence: inline.publicConsequence } : {}),
      };
      await trx
        .updateTable('consequence_tests')
        .set({ ...changes, version: same.version + 1, updated_at: at })
        .where('id', '=', same.id)
        .execute();
      await appendAudit(trx, {
        caseId: null,
        actor,
        event: 'CONSEQUENCE_TEST_UPDATED',
        fromState: same.status,
        toState: same.status,
        at,
        data: { testId: same.id, fields: Object.keys(changes), version: same.version + 1, dik: true },
      });
      await linkTestToCase(trx, same.id, caseRow, actor, at);
      return;
    }
  }
  const id = randomUUID();
  await trx
    .insertInto('consequence_tests')
    .values({
      id,
      information: caseRow.information,
      document: null,
      public_title: title ?? null,
      public_consequence: inline.publicConsequence ?? null,
      exemptions: JSON.stringify(exemptions),
      harm: inline.harm,
      public_interest: inline.publicInterest,
      conclusion: 'exempt',
      period: inline.period ?? null,
      exempt_until: null,
      review_on: null,
      origin: 'at_request',
      unit_code: unit,
      ...(await decider(trx, actor)),
      decided_on: today,
      classification_number: null,
      classification_date: null,
      status: 'in_force',
      revoked_at: null,
      revoked_reason: null,
      source_case_id: caseRow.id,
      version: 1,
      created_at: at,
      created_by: actor.id,
      updated_at: at,
    })
    .execute();
  await trx.insertInto('case_consequence_tests').values({ case_id: caseRow.id, test_id: id, linked_at: at, linked_by: actor.id }).execute();
  if (title) {
    await appendAudit(trx, {
      caseId: null,
      actor,
      event: 'CONSEQUENCE_TEST_RECORDED',
      fromState: null,
      toState: 'in_force',
      at,
      data: { testId: id, letters: exemptions.map((e) => e.letter), conclusion: 'exempt', origin: 'at_request', unit, dik: true },
    });
  }
}

/** In force: not revoked, concluded exempt, and its period (if dated) not yet over. */
export const inForce = (t: Pick<ConsequenceTestRow, 'status' | 'conclusion' | 'exempt_until'>, today: string) =>
  t.status === 'in_force' && t.conclusion === 'exempt' && (t.exempt_until === null || t.exempt_until >= today);

export async function listTests(db: Reader, query: { status: 'in_force' | 'revoked' | 'all'; caseId?: string | undefined; q?: string | undefined }) {
  let q = db.selectFrom('consequence_tests').selectAll();
  if (query.status !== 'all') q = q.where('status', '=', query.status);
  if (query.caseId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_consequence_tests')
          .select('case_consequence_tests.test_id')
          .whereRef('case_consequence_tests.test_id', '=', 'consequence_tests.id')
          .where('case_consequence_tests.case_id', '=', query.caseId!),
      ),
    );
  }
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`lower(${sql.ref('information')}) like ${like} escape '\\'`,
        sql<boolean>`lower(coalesce(${sql.ref('public_title')}, '')) like ${like} escape '\\'`,
      ]),
    );
  }
  return q.orderBy('decided_on', 'desc').orderBy('id').limit(500).execute();
}

export async function testsOfCase(db: Reader, caseId: string) {
  return db
    .selectFrom('consequence_tests')
    .innerJoin('case_consequence_tests', 'case_consequence_tests.test_id', 'consequence_tests.id')
    .selectAll('consequence_tests')
    .where('case_consequence_tests.case_id', '=', caseId)
    .orderBy('consequence_tests.decided_on')
    .execute();
}

export async function casesOfTest(db: Reader, testId: string) {
  return db
    .selectFrom('case_consequence_tests')
    .innerJoin('cases', 'cases.id', 'case_consequence_tests.case_id')
    .select(['cases.id', 'cases.registration_number', 'cases.outcome', 'case_consequence_tests.linked_at'])
    .where('case_consequence_tests.test_id', '=', testId)
    .orderBy('case_consequence_tests.linked_at')
    .execute();
}

/** The full record, for officers. */
export function testView(t: ConsequenceTestRow, today: string) {
  return {
    id: t.id,
    version: t.version,
    information: t.information,
    document: t.document,
    publicTitle: t.public_title,
    publicConsequence: t.public_consequence,
    exemptions: JSON.parse(t.exemptions) as Array<{ letter: string; statute?: string }>,
    harm: t.harm,
    publicInterest: t.public_interest,
    conclusion: t.conclusion,
    period: t.period,
    exemptUntil: t.exempt_until,
    reviewOn: t.review_on,
    origin: t.origin,
    unit: t.unit_code,
    decidedBy: { id: t.decided_by, name: t.decided_by_name, position: t.decided_by_position },
    decidedOn: t.decided_on,
    classificationNumber: t.classification_number,
    classificationDate: t.classification_date,
    status: t.status,
    revokedAt: t.revoked_at,
    revokedReason: t.revoked_reason,
    sourceCaseId: t.source_case_id,
    inForce: inForce(t, today),
    inDik: inForce(t, today) && t.public_title !== null,
  };
}
