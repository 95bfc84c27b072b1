/**
 * The audit trail as an auditor reads it (the /auditor/jejak-audit pages): events by case
 * registration number and period, a page at a time, each with its hash and the hash it links to,
 * in the exported form (free text as its commitment) — never personal data.
 */
import type { Reader } from '../../db/unit-of-work';
import { exportedEvent } from './bundle';

export interface TrailQuery {
  registrationNumber?: string | undefined;
  /** Inclusive ISO instant. */
  from?: string | undefined;
  /** Exclusive ISO instant. */
  to?: string | undefined;
  /** Events with a sequence number below this one (the next page, going back in time). */
  before?: number | undefined;
  /** Events with a sequence number above this one (the previous page). */
  after?: number | undefined;
  limit: number;
}

export interface TrailEvent {
  seq: number;
  at: string;
  event: string;
  actorRole: string | null;
  actorKind: string;
  fromState: string | null;
  toState: string | null;
  caseId: string | null;
  registrationNumber: string | null;
  /** As exported: free text replaced by `{"$commitment": …}`. */
  data: unknown;
  hash: string;
  prevHash: string;
}

export interface TrailPage {
  items: TrailEvent[];
  /** For "older": pass as `before`. */
  older: number | null;
  /** For "newer": pass as `after`. */
  newer: number | null;
  /** Whether the registration number matched a case (null when none was asked for). */
  caseFound: boolean | null;
}

/** Newest first, `limit` at a time. */
export async function searchTrail(db: Reader, q: TrailQuery): Promise<TrailPage> {
  let caseId: string | null = null;
  if (q.registrationNumber) {
    const c = await db.selectFrom('cases').select('id').where('registration_number', '=', q.registrationNumber).executeTakeFirst();
    if (!c) return { items: [], older: null, newer: null, caseFound: false };
    caseId = c.id;
  }
  let query = db.selectFrom('audit_events').leftJoin('cases', 'cases.id', 'audit_events.case_id').selectAll('audit_events').select('cases.registration_number');
  if (caseId) query = query.where('audit_events.case_id', '=', caseId);
  if (q.from) query = query.where('audit_events.at', '>=', q.from);
  if (q.to) query = query.where('audit_events.at', '<', q.to);
  const newerFirst = q.after === undefined;
  if (q.before !== undefined) query = query.where('audit_events.seq', '<', q.before);
  if (q.after !== undefined) query = query.where('audit_events.seq', '>', q.after);
  const rows = await query
    .orderBy('audit_events.seq', newerFirst ? 'desc' : 'asc')
    .limit(q.limit + 1)
    .execute();
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  if (!newerFirst) page.reverse();
  const items = page.map((r) => {
    const e = exportedEvent(r);
    return {
      seq: Number(r.seq),
      at: r.at,
      event: r.event,
      actorRole: r.actor_role,
      actorKind: r.actor_kind,
      fromState: r.from_state,
      toState: r.to_state,
      caseId: r.case_id,
      registrationNumber: r.registration_number ?? null,
      data: e.data,
      hash: r.hash,
      prevHash: r.prev_hash,
    };
  });
  const first = items[0]?.seq;
  const last = items.at(-1)?.seq;
  // Going back (newest first): more rows means an older page; a `before`/`after` cursor means a newer one exists.
  const older = last === undefined ? null : newerFirst ? (more ? last : null) : last > 1 ? last : null;
  const newer = first === undefined ? null : newerFirst ? (q.before !== undefined ? first : null) : more ? first : null;
  return { items, older, newer, caseFound: caseId ? true : null };
}

/** One event by sequence number (the "previous event" link). */
export async function trailEvent(db: Reader, seq: number): Promise<TrailEvent | null> {
  const r = await db
    .selectFrom('audit_events')
    .leftJoin('cases', 'cases.id', 'audit_events.case_id')
    .selectAll('audit_events')
    .select('cases.registration_number')
    .where('audit_events.seq', '=', seq)
    .executeTakeFirst();
  if (!r) return null;
  return {
    seq: Number(r.seq),
    at: r.at,
    event: r.event,
    actorRole: r.actor_role,
    actorKind: r.actor_kind,
    fromState: r.from_state,
    toState: r.to_state,
    caseId: r.case_id,
    registrationNumber: r.registration_number ?? null,
    data: exportedEvent(r).data,
    hash: r.hash,
    prevHash: r.prev_hash,
  };
}
