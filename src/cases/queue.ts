/**
 * The case queues (antrean): what an officer may see, ordered by the statutory deadline, a page
 * at a time, with a count per queue.
 *
 *   all                      every open case in the caller's scope (the whole body for the PPID Utama)
 *   mine                     open cases received at, or assigned to, the caller's own unit
 *   overdue                  open cases past the notice deadline
 *   due_soon                 open cases due within 3 working days (each on its own calendar)
 *   awaiting_clarification   waiting for the requester
 *   unaccepted               assigned, and the assignment not yet accepted or returned
 *
 * Every queue is one walk of a `queue_units` index in deadline order (src/cases/queue-index.ts),
 * so the first page costs the same at a thousand cases and at a million; filters on the case
 * (channel, dates) are checked along the walk. A search (`q`) walks the full-text index instead,
 * newest registration first (src/cases/search.ts).
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { stateLabel } from '../i18n/status';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { CalendarRangeError } from '../calendar/errors';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../workflows/request.events';
import { caseScope, inScope } from './case.repository';
import { firstDeadline, jakartaDeadline } from './jakarta-deadlines';
import type { CaseDeadlines } from './transition';
import { channels } from './filing.schema';
import { FILED_STATES, OPEN_STATES, isOpenState } from '../../workflows/request.state';
import { ALL_UNITS, refreshQueueIndex } from './queue-index';
import { matchExpression, matchingCases } from './search';
import { nameQueryTokens } from './name-tokens';
import { mayReadPersonalData } from '../auth/personal-data';
import { isPostgres } from '../../db/dialect';

export { FILED_STATES } from '../../workflows/request.state';

export const QUEUES = ['all', 'mine', 'overdue', 'due_soon', 'awaiting_clarification', 'unaccepted'] as const;
export type QueueName = (typeof QUEUES)[number];

/** "Due soon" means within this many working days. */
export const DUE_SOON_WORKING_DAYS = 3;

const STATUSES = ['open', 'all', ...FILED_STATES] as const;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const queueQuerySchema = z.object({
  queue: optional(z.enum(QUEUES)).describe('Default all: everything open in your scope'),
  status: optional(z.enum(STATUSES)).describe('Default open; a search (q) looks in every status unless given'),
  unit: optional(z.string().trim().max(64)),
  channel: optional(z.enum(channels)),
  receivedFrom: optional(z.iso.date()).describe("Local date, the body's time zone"),
  receivedTo: optional(z.iso.date()),
  overdue: optional(boolParam),
  dueBefore: optional(z.iso.date()),
  q: optional(z.string().trim().max(200)).describe(
    "Words of the request text or the registration number, or the requester's name (whole words; only for roles that may read personal data); newest first",
  ),
  sort: optional(z.enum(['due'])),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(100).default(25)),
  cursor: optional(z.string().max(200)).describe('The next page: nextCursor of the page before'),
  before: optional(z.string().max(200)).describe('The page before: prevCursor of the page after'),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

/**
 * A position: in a deadline walk (due, id), or in a search by whole words (s) or by a prefix (p);
 * with how many items come before it in the list (shown as "21–40 of 312", never used to page:
 * pages are found by their keys, so a case added or closed meanwhile never skips or repeats one).
 */
type Cursor = (['d', string, string] | ['s' | 'p', number]) & { pos: number };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([...c, c.pos])).toString('base64url');
function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const pos = (at: number) => (typeof v[at] === 'number' && Number.isSafeInteger(v[at]) && (v[at] as number) >= 0 ? (v[at] as number) : 0);
    if (v[0] === 'd' && typeof v[1] === 'string' && typeof v[2] === 'string') return Object.assign(['d', v[1], v[2]] as ['d', string, string], { pos: pos(3) });
    if ((v[0] === 's' || v[0] === 'p') && typeof v[1] === 'number') return Object.assign([v[0], v[1]] as ['s' | 'p', number], { pos: pos(2) });
  } catch {
    /* an unreadable cursor starts from the top */
  }
  return null;
}

/** Which way a page is read from its cursor: after it (next) or before it (back). */
type Direction = { cursor: Cursor; back: boolean } | null;
const directionOf = (query: QueueQuery): Direction => {
  const back = decodeCursor(query.before);
  if (back) return { cursor: back, back: true };
  const next = decodeCursor(query.cursor);
  return next ? { cursor: next, back: false } : null;
};

/** Counted up to this many, as the queue tabs count (then shown as "1000+"). */
const COUNT_CAP = 1000;

/**
 * A page read forward (limit + 1 rows after the cursor) or backward (limit + 1 rows before it, in
 * reverse, turned round), with the cursors either side and where it sits in the list.
 */
function pageOf<R>(rows: R[], query: QueueQuery, dir: Direction, keyOf: (row: R, pos: number) => Cursor): Omit<Page, 'total' | 'rows'> & { rows: R[] } {
  const limit = query.limit;
  const more = rows.length > limit;
  let page = rows.slice(0, limit);
  let offset: number;
  let hasNext: boolean;
  let hasPrev: boolean;
  if (dir?.back) {
    page = page.reverse();
    // What lies before the cursor; with nothing further back this is the first page.
    offset = more ? Math.max(1, dir.cursor.pos - page.length) : 0;
    hasPrev = more;
    hasNext = true;
  } else {
    offset = dir ? dir.cursor.pos : 0;
    hasPrev = dir !== null && offset > 0;
    hasNext = more;
  }
  const first = page[0];
  const last = page.at(-1);
  return {
    rows: page,
    from: page.length > 0 ? offset + 1 : 0,
    nextCursor: hasNext && last ? encodeCursor(keyOf(last, offset + page.length)) : null,
    prevCursor: hasPrev && first ? encodeCursor(keyOf(first, offset)) : null,
  };
}

/** The queues an officer has, in the order the workspace shows them. */
export function availableQueues(actor: Actor): QueueName[] {
  const scope = caseScope(actor);
  if ('all' in scope) {
    return actor.role === 'ppid_utama'
      ? ['all', 'mine', 'overdue', 'due_soon', 'awaiting_clarification', 'unaccepted']
      : ['all', 'overdue', 'due_soon', 'awaiting_clarification', 'unaccepted'];
  }
  return scope.units.length > 0 ? ['mine', 'overdue', 'due_soon', 'awaiting_clarification', 'unaccepted'] : [];
}

/** Which unit queue to walk, and a second unit the case must also be queued at (a unit filter). */
function walkOf(actor: Actor, queue: QueueName, unit: string | undefined): { walk: string; alsoAt?: string } | null {
  const scope = caseScope(actor);
  let walk: string;
  if ('all' in scope) {
    if (queue === 'mine') {
      if (!actor.unit) return null;
      walk = actor.unit;
    } else walk = unit ?? ALL_UNITS;
  } else if (scope.units.length === 1) walk = scope.units[0]!;
  else return null;
  return unit && unit !== walk ? { walk, alsoAt: unit } : { walk };
}

/**
 * The last instant still "due within n working days" on each calendar: the end of the n-th
 * working day after today, local to that calendar. A calendar that does not know the years
 * needed (its holidays are not loaded yet) is left out rather than guessed.
 */
export async function dueWithin(deps: Deps, workingDays: number): Promise<Map<string, string>> {
  const now = deps.clock();
  const bounds = new Map<string, string>();
  for (const [code, calendar] of await deps.calendars.many(deps.db)) {
    try {
      bounds.set(code, calendar.endOfDay(calendar.addWorkingDays(calendar.localDateOf(now), workingDays)).toISOString());
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
    }
  }
  return bounds;
}

type QueueEb = ExpressionBuilder<Database & { qu: Database['queue_units'] }, 'qu'>;

/** The queue's own condition on a `queue_units` row. */
function queueCondition(eb: QueueEb, queue: QueueName, walk: string, now: string, soon: Map<string, string>, status: string) {
  switch (queue) {
    case 'all':
    case 'mine':
      if (status === 'all') return eb.and([]);
      return status === 'open' ? eb('qu.open', '=', 1) : eb('qu.state', '=', status);
    case 'overdue':
      return eb.and([eb('qu.open', '=', 1), eb('qu.notice_due_at', '<', now)]);
    case 'due_soon': {
      const bounds = [...soon.entries()];
      if (bounds.length === 0) return sql<SqlBool>`1 = 0`;
      const latest = bounds.reduce((m, [, b]) => (b > m ? b : m), '');
      return eb.and([
        eb('qu.open', '=', 1),
        eb('qu.notice_due_at', '>=', now),
        eb('qu.notice_due_at', '<=', latest),
        eb.or(bounds.map(([code, bound]) => eb.and([eb('qu.calendar_code', '=', code), eb('qu.notice_due_at', '<=', bound)]))),
      ]);
    }
    case 'awaiting_clarification':
      return eb('qu.state', '=', 'awaiting_clarification');
    case 'unaccepted':
      // Under `*`, pending means some unit has not accepted; under a unit, that unit has not.
      return walk === ALL_UNITS ? eb('qu.state', '=', 'assigned') : eb('qu.pending', '=', 1);
  }
}

/** Start of a local date in the body's own time zone (the PPID Utama's), as an instant. */
async function startOfLocalDay(deps: Deps, date: string) {
  const { timeZone } = await deps.calendars.forUnit(deps.db, 'PPID');
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds).toISOString();
}

/** Only what a queue row shows; the request text only as far as the row shows it. */
const SNIPPET = 200;
const CASE_COLUMNS = [
  'cases.id',
  'cases.registration_number',
  'cases.state',
  'cases.overdue',
  'cases.extended',
  'cases.outcome',
  'cases.channel',
  'cases.received_at',
  'cases.received_unit',
  'cases.assigned_unit',
  'cases.notice_due',
  'cases.notice_due_at',
  'cases.version',
  'cases.deadlines',
  sql<string>`substr(${sql.ref('cases.information')}, 1, ${sql.lit(SNIPPET + 1)})`.as('information'),
] as const;

export async function listCases(deps: Deps, actor: Actor, query: QueueQuery, lang: Lang) {
  await refreshQueueIndex(deps);
  const queue = query.queue ?? 'all';
  const filters = await caseFilters(deps, query);
  const page = query.q ? await searchPage(deps, actor, query, filters) : await walkPage(deps, actor, queue, query, filters);
  const items = await toItems(deps, page.rows, lang);
  return {
    queue,
    items,
    nextCursor: page.nextCursor,
    prevCursor: page.prevCursor,
    position: { from: page.from, to: page.from === 0 ? 0 : page.from + items.length - 1, total: page.total, more: page.more ?? page.total >= COUNT_CAP },
  };
}

type CaseFilter = (eb: ExpressionBuilder<Database, 'cases'>) => Expression<SqlBool>;
/** `more`: there may be more than `total` (a count that stopped at its cap). */
type Page = { rows: ItemRow[]; nextCursor: string | null; prevCursor: string | null; from: number; total: number; more?: boolean };
const NO_PAGE: Page = { rows: [], nextCursor: null, prevCursor: null, from: 0, total: 0 };

/** How many rows a query would list, up to the cap. */
async function countOf(deps: Deps, query: { as: (alias: 'capped') => never }): Promise<number> {
  const { n } = await deps.db
    .selectFrom(query.as('capped'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

const hasCaseFilters = (query: QueueQuery) =>
  query.channel !== undefined ||
  query.receivedFrom !== undefined ||
  query.receivedTo !== undefined ||
  query.overdue !== undefined ||
  query.dueBefore !== undefined;

/** Filters on the case itself (channel, receipt dates, the older overdue and dueBefore), checked along a walk. */
async function caseFilters(deps: Deps, query: QueueQuery): Promise<CaseFilter> {
  const from = query.receivedFrom ? await startOfLocalDay(deps, query.receivedFrom) : undefined;
  const to = query.receivedTo ? await startOfLocalDay(deps, nextDay(query.receivedTo)) : undefined;
  return (eb) =>
    eb.and([
      ...(query.channel ? [eb('cases.channel', '=', query.channel)] : []),
      ...(from ? [eb('cases.received_at', '>=', from)] : []),
      ...(to ? [eb('cases.received_at', '<', to)] : []),
      ...(query.overdue !== undefined ? [eb('cases.overdue', '=', query.overdue ? 1 : 0)] : []),
      ...(query.dueBefore ? [eb('cases.notice_due', '<=', query.dueBefore)] : []),
    ]);
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The `queue_units` rows one queue walks: the unit's rows that meet the queue's condition — and,
 * when the PPID Utama looks at another unit's queue through its own (`alsoAt`), only cases also there.
 */
function queueWalk(deps: Deps, walk: { walk: string; alsoAt?: string }, queue: QueueName, now: string, soon: Map<string, string>, status: string) {
  return deps.db
    .selectFrom('queue_units as qu')
    .where('qu.unit_code', '=', walk.walk)
    .where((eb) => queueCondition(eb as unknown as QueueEb, queue, walk.walk, now, soon, status))
    .$if(walk.alsoAt !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('queue_units as other')
            .select('other.case_id')
            .whereRef('other.case_id', '=', 'qu.case_id')
            .where('other.unit_code', '=', walk.alsoAt!),
        ),
      ),
    );
}

/** One queue: a walk of the unit's `queue_units` rows in deadline order. */
async function walkPage(deps: Deps, actor: Actor, queue: QueueName, query: QueueQuery, filters: CaseFilter): Promise<Page> {
  const walk = walkOf(actor, queue, query.unit);
  if (!walk) return NO_PAGE;
  const status = query.status ?? 'open';
  const now = deps.clock().toISOString();
  const soon = queue === 'due_soon' ? await dueWithin(deps, DUE_SOON_WORKING_DAYS) : new Map<string, string>();
  const found = directionOf(query);
  const dir = found?.cursor[0] === 'd' ? found : null;
  const at = dir?.cursor as ['d', string, string] | undefined;
  const narrowsByState = queue !== 'all' && queue !== 'mine' && status !== 'open' && status !== 'all';
  const walkIndex = () => queueWalk(deps, walk, queue, now, soon, status);
  const walkRows = () =>
    walkIndex()
      .innerJoin('cases', 'cases.id', 'qu.case_id')
      // The other queues are open work by definition; a status narrows them further.
      .$if(narrowsByState, (q) => q.where('cases.state', '=', status))
      .where((eb) => filters(eb as never));
  // Forward: after the cursor in deadline order; back: before it, the same index walked the other way.
  const cmp = dir?.back ? '<' : '>';
  const order = dir?.back ? 'desc' : 'asc';
  const rows = await walkRows()
    .select([...CASE_COLUMNS, 'qu.calendar_code', 'qu.notice_due_at as walk_due', 'qu.case_id as walk_id'])
    .$if(at !== undefined, (q) =>
      q.where((eb) => eb.or([eb('qu.notice_due_at', cmp, at![1]), eb.and([eb('qu.notice_due_at', '=', at![1]), eb('qu.case_id', cmp, at![2])])])),
    )
    .orderBy('qu.notice_due_at', order)
    .orderBy('qu.case_id', order)
    .limit(query.limit + 1)
    .execute();
  const page = pageOf(rows, query, dir, (r, pos) => Object.assign(['d', r.walk_due, r.walk_id] as ['d', string, string], { pos }));
  // Without a filter on the cases the count is a walk of the index alone, up to COUNT_CAP entries.
  // With one, it counts the matches among the first COUNT_CAP entries of the walk, so that a rare
  // match (letters among a million cases) costs no more than a common one: "at least" beyond that.
  if (!narrowsByState && !hasCaseFilters(query)) return { ...page, total: await countOf(deps, walkIndex().select('qu.case_id').limit(COUNT_CAP) as never) };
  const walked = walkIndex().select('qu.case_id').orderBy('qu.notice_due_at').orderBy('qu.case_id').limit(COUNT_CAP).as('w');
  const counted = await deps.db
    .selectFrom(walked)
    .innerJoin('cases', 'cases.id', 'w.case_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('walked'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([filters(eb as never), ...(narrowsByState ? [eb('cases.state', '=', status)] : [])]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('matched'),
    ])
    .executeTakeFirstOrThrow();
  return { ...page, total: Number(counted.matched ?? 0), more: Number(counted.walked) >= COUNT_CAP };
}

/**
 * A search within the caller's scope, newest registration first: a registration number typed in
 * full through its unique index; else whole words, and the start of a word only when whole words
 * find nothing. Every status unless one is asked for.
 */
async function searchPage(deps: Deps, actor: Actor, query: QueueQuery, filters: CaseFilter): Promise<Page> {
  const scope = caseScope(actor);
  if (!('all' in scope) && scope.units.length === 0) return NO_PAGE;
  const status = query.status ?? 'all';
  const q = query.q!;
  const found = directionOf(query);
  const dir = found && found.cursor[0] !== 'd' ? found : null;
  const searchFilters: CaseFilter = (eb) =>
    eb.and([
      filters(eb),
      ...('all' in scope ? [] : [inScope(eb, scope.units)]),
      ...(status === 'open' ? [eb('cases.state', 'in', [...OPEN_STATES])] : status !== 'all' ? [eb('cases.state', '=', status)] : []),
      ...(query.unit
        ? [
            eb.exists(
              eb
                .selectFrom('queue_units')
                .select('queue_units.case_id')
                .whereRef('queue_units.case_id', '=', 'cases.id')
                .where('queue_units.unit_code', '=', query.unit),
            ),
          ]
        : []),
    ]);
  const calendarCode = (eb: ExpressionBuilder<Database, 'cases'>) =>
    eb
      .selectFrom('queue_units')
      .select('queue_units.calendar_code')
      .whereRef('queue_units.case_id', '=', 'cases.id')
      .where('queue_units.unit_code', '=', ALL_UNITS)
      .as('calendar_code');
  if (!dir) {
    const exact = await deps.db
      .selectFrom('cases')
      .select([...CASE_COLUMNS])
      .select(calendarCode)
      .where('cases.registration_number', '=', q)
      .where(searchFilters)
      .executeTakeFirst();
    if (exact) return { rows: [exact], nextCursor: null, prevCursor: null, from: 1, total: 1 };
  }
  // A unit-scoped search asks the search index for the unit's cases (inScope still decides).
  const unit = 'all' in scope ? query.unit : scope.units.length === 1 ? scope.units[0] : undefined;
  // The requester's name, for those who may read it; for anyone else a name finds nothing (src/cases/name-tokens.ts).
  const names = mayReadPersonalData(actor) ? await nameQueryTokens(deps.keys, q) : [];
  const matching = (mode: 's' | 'p', from?: { key: number; back: boolean }) => {
    const match = matchExpression(q, unit, mode === 'p', isPostgres(deps.db), names);
    return match === null ? null : matchingCases(deps.db, match, from).where((eb) => searchFilters(eb as never));
  };
  const search = async (mode: 's' | 'p', from?: { key: number; back: boolean }) =>
    (await matching(mode, from)
      ?.select([...CASE_COLUMNS])
      .select((eb) => calendarCode(eb as never))
      .limit(query.limit + 1)
      .execute()) ?? [];
  let mode: 's' | 'p' = dir?.cursor[0] === 'p' ? 'p' : 's';
  let rows = await search(mode, dir ? { key: dir.cursor[1] as number, back: dir.back } : undefined);
  if (rows.length === 0 && !dir) rows = await search((mode = 'p'));
  const page = pageOf(rows, query, dir, (r, pos) => Object.assign([mode, r.search_key] as ['s' | 'p', number], { pos }));
  const counted = matching(mode);
  const total = counted ? await countOf(deps, counted.select(sql.lit(1).as('one')).limit(COUNT_CAP) as never) : 0;
  return { ...page, total };
}

/** How many cases each of the caller's queues holds, counted up to `cap` (then shown as "cap+"). */
export async function queueCounts(deps: Deps, actor: Actor, cap = 1000) {
  await refreshQueueIndex(deps);
  const now = deps.clock().toISOString();
  const queues = availableQueues(actor);
  const soon = queues.includes('due_soon') ? await dueWithin(deps, DUE_SOON_WORKING_DAYS) : new Map<string, string>();
  const counts = [];
  for (const queue of queues) {
    const walk = walkOf(actor, queue, undefined)!;
    const { n } = await deps.db
      .selectFrom(queueWalk(deps, walk, queue, now, soon, 'open').select('qu.case_id').limit(cap).as('capped'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts.push({ queue, count: Number(n), more: Number(n) >= cap });
  }
  return counts;
}

export interface QueueItem {
  id: string;
  registrationNumber: string;
  version: number;
  status: string;
  statusLabel: string;
  overdue: boolean;
  extended: boolean;
  outcome: string | null;
  channel: string;
  receivedAt: string;
  receivedUnit: string;
  assignedUnit: string | null;
  noticeDue: string;
  noticeDueAt: string;
  /** A mission's request: the notice due date on the Jakarta calendar (kip-rules §5.4); null at home. */
  jakartaDue: string | null;
  /** Whichever of the two comes first: what the queue sorts and alerts on. */
  firstDue: { due: string; dueAt: string; calendar: string };
  /** Still being worked on (the machine's open states): only then does it have days left. */
  open: boolean;
  /** Working days from today to the first due date, on that deadline's calendar; negative once past; null when not open or past the calendar's years. */
  workingDaysLeft: number | null;
  information: string;
}

type ItemRow = {
  id: string;
  registration_number: string;
  state: string;
  overdue: number;
  extended: number;
  outcome: string | null;
  channel: string;
  received_at: string;
  received_unit: string;
  assigned_unit: string | null;
  notice_due: string;
  notice_due_at: string;
  information: string;
  version: number;
  calendar_code: string | null;
  deadlines: string;
};

/** Rows as the queue shows them, with the working days left counted on each case's own calendar. */
async function toItems(deps: Deps, rows: ItemRow[], lang: Lang): Promise<QueueItem[]> {
  const today = deps.clock();
  const firsts = rows.map((r) => firstDeadline(JSON.parse(r.deadlines) as CaseDeadlines));
  const calendars = await deps.calendars.many(deps.db, [...new Set(firsts.map((f) => f.calendar.code))]);
  return rows.map((r, i) => {
    const deadlines = JSON.parse(r.deadlines) as CaseDeadlines;
    const first = firsts[i]!;
    const calendar = calendars.get(first.calendar.code);
    return {
      id: r.id,
      registrationNumber: r.registration_number,
      version: r.version,
      status: r.state,
      statusLabel: stateLabel(r.state, lang),
      overdue: r.overdue === 1,
      extended: r.extended === 1,
      outcome: r.outcome,
      channel: r.channel,
      receivedAt: r.received_at,
      receivedUnit: r.received_unit,
      assignedUnit: r.assigned_unit,
      noticeDue: r.notice_due,
      noticeDueAt: r.notice_due_at,
      jakartaDue: jakartaDeadline(deadlines)?.due ?? null,
      firstDue: { due: first.due, dueAt: first.dueAt, calendar: first.calendar.code },
      open: isOpenState(r.state),
      workingDaysLeft: calendar && isOpenState(r.state) ? workingDaysLeft(calendar, today, first.due) : null,
      information: r.information.length > SNIPPET ? `${r.information.slice(0, SNIPPET - 1)}…` : r.information,
    };
  });
}

/** Working days from today to `due` (0 on the due day); negative once past; null outside the calendar's years. */
export function workingDaysLeft(calendar: WorkingCalendar, now: Date, due: string): number | null {
  const today = calendar.localDateOf(now);
  try {
    return due >= today ? calendar.workingDaysBetween(today, due) : -calendar.workingDaysBetween(due, today);
  } catch (e) {
    if (e instanceof CalendarRangeError) return null;
    throw e;
  }
}
