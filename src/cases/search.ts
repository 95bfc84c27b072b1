/**
 * Full-text search over a request's text and registration number, newest registration first.
 *
 * SQLite: a contentless FTS5 table (`case_search`, migration 0003) whose rowid is the case's
 * search key, year × 10^7 + seq: unique (cases_year_seq), stable (unlike SQLite's own rowids,
 * which VACUUM may renumber) and rising with registration. FTS5 walks a term's document list in
 * rowid order, so "newest first, one page" reads one page whatever the number of cases; a
 * portable token table would need one row per word and case (about 20 million rows at 1.5 million
 * cases) and a sort. The units that may see a case are indexed with it as tokens, so a PPID
 * Pelaksana's search intersects two document lists instead of checking every match against the
 * unit's scope (which is still checked, on the page found). This module is the only place that
 * speaks FTS5.
 *
 * PostgreSQL: a `case_search` table with the same key and a `tsvector` under a GIN index. Its
 * lexemes are the tokens FTS5's unicode61 tokenizer makes (letters and digits, lower case, Latin
 * diacritics removed), cut here in the application and stored as they are (`array_to_tsvector`,
 * no parser, no stemming: the `simple` configuration's behaviour, without its URL and e-mail
 * rules), so both backends find the same cases for the same words. Number and text are one
 * field, the units another: their lexemes carry a prefix (`w:`, `u:`), as FTS5's column filter.
 *
 * Requesters' names: a fourth field (`names` on SQLite, `n:` lexemes on PostgreSQL) holding keyed
 * hashes of the name's words, never the words (src/cases/name-tokens.ts). Only a caller who may
 * read personal data asks it (src/auth/personal-data.ts); for anyone else a name is just a word
 * that is not in the text.
 */
import type { Reader } from '../../db/unit-of-work';
import { sql } from 'kysely';
import { isPostgres } from '../../db/dialect';

const KEY_FACTOR = 10_000_000;

export const searchKey = (year: number, seq: number) => year * KEY_FACTOR + seq;

export interface SearchDocument {
  year: number;
  seq: number;
  registration_number: string;
  information: string;
  /** The units whose queues hold the case (see queue-index.ts). */
  units: string[];
  /** The requester's name as keyed-hash tokens (name-tokens.ts), never in clear. */
  names: string[];
}

/** A unit code as one token: `KBRI-RIYADH` → `ukbririyadh`. */
const unitToken = (code: string) => `u${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
export const unitTokens = (units: string[]) => units.map(unitToken).join(' ');

/**
 * The words of a text as FTS5's `unicode61 remove_diacritics 2` cuts them: runs of letters and
 * digits, lower case, diacritics of Latin letters removed (é → e). PostgreSQL indexes and queries
 * these; FTS5 cuts its own.
 */
export function searchTokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A lexeme in tsquery's literal syntax (quoted, no normalisation). */
const lexeme = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A case's lexemes in PostgreSQL's index: its words as `w:…`, the units that see it as `u:…`, the
 * keyed hashes of its requester's name words as `n:…` (bench/queue.ts loads them in bulk).
 */
export function searchLexemes(d: SearchDocument): string[] {
  return (
    [
      ...new Set([
        ...searchTokens(`${d.registration_number} ${d.information}`).map((w) => `w:${w}`),
        ...d.units.map((u) => `u:${unitToken(u)}`),
        ...d.names.map((n) => `n:${n}`),
      ]),
    ]
      // A tsvector lexeme is at most 2 KB: a longer "word" is not something anyone types.
      .filter((l) => Buffer.byteLength(l) < 2000)
  );
}

/** Indexes (or re-indexes) these cases. */
export async function indexCaseText(db: Reader, docs: SearchDocument[]): Promise<void> {
  if (isPostgres(db)) {
    for (const d of docs) {
      const lexemes = searchLexemes(d);
      await sql`insert into case_search (key, year, seq, doc) values (${searchKey(d.year, d.seq)}, ${d.year}, ${d.seq}, array_to_tsvector(${lexemes}::text[]))
        on conflict (key) do update set doc = excluded.doc`.execute(db);
    }
    return;
  }
  for (const d of docs) {
    const key = searchKey(d.year, d.seq);
    await sql`delete from case_search where rowid = ${key}`.execute(db);
    await sql`insert into case_search (rowid, number, information, units, names)
      values (${key}, ${d.registration_number}, ${d.information}, ${unitTokens(d.units)}, ${d.names.join(' ')})`.execute(db);
  }
}

/**
 * The user's words as an FTS5 query over the number and the text: every word must occur. With
 * `prefix`, the last one may be the start of a word (3 letters or more), so "perjanj" finds
 * "perjanjian" — but a prefix merges the document lists of every word it starts, so it costs
 * with the number of matches: the queue asks for whole words first and for a prefix only when
 * they find nothing. Quoting each word keeps FTS5's operators (AND, OR, NEAR, *, :) out of the
 * user's hands. With a unit, only cases in that unit's queue. Null when there is nothing to look for.
 */
export function matchExpression(q: string, unit?: string, prefix = false, postgres = false, names: string[][] = []): string | null {
  const words = (
    postgres
      ? searchTokens(q)
      : q
          .normalize('NFKC')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
  ).slice(0, 12);
  if (words.length === 0) return null;
  if (postgres) {
    // A tsquery in its literal syntax: every word, the last as a prefix when asked; the unit's token.
    const terms = words.map((w, i) => (prefix && i === words.length - 1 && w.length >= 3 ? `${lexeme(`w:${w}`)}:*` : lexeme(`w:${w}`)));
    // The text's words, or (for a caller who may read personal data) every word in the requester's name.
    const either = [terms.join(' & '), ...names.map((set) => set.map((n) => lexeme(`n:${n}`)).join(' & '))].map((e) => `(${e})`).join(' | ');
    return [`(${either})`, ...(unit ? [lexeme(`u:${unitToken(unit)}`)] : [])].join(' & ');
  }
  const phrases = words.map((w, i) => (prefix && i === words.length - 1 && w.length >= 3 ? `"${w}"*` : `"${w}"`)).join(' ');
  const either = [`{number information} : (${phrases})`, ...names.map((set) => `names : (${set.map((n) => `"${n}"`).join(' ')})`)]
    .map((e) => `(${e})`)
    .join(' OR ');
  return `(${either})${unit ? ` AND units : "${unitToken(unit)}"` : ''}`;
}

/**
 * The cases matching `match` (from `matchExpression`), past the cursor key if any, as `cases`,
 * with `search_key` selected: the caller adds its filters and a limit. Ordered newest first: FTS5
 * walks the match in rowid order and each row finds its case through cases_year_seq, so a page
 * costs a page. (Deep pages cost more: FTS5 steps over the rows before the cursor.)
 */
export function matchingCases(db: Reader, match: string, from?: { key: number; back: boolean }) {
  // Newest first after a cursor (next page); oldest first before it (the page back, turned round by the caller).
  const cmp = from?.back ? '>' : '<';
  const order = from?.back ? 'asc' : 'desc';
  if (isPostgres(db)) {
    // The GIN index finds the matches, which are put in key order by themselves (OFFSET 0 keeps the
    // planner from merging the subquery into the join); the join then reads cases in that order and
    // stops at the page, instead of looking up every match's case before sorting.
    const after = from === undefined ? sql`` : sql`and key ${sql.raw(cmp)} ${from.key}`;
    return db
      .selectFrom(
        sql<{
          key: number;
          year: number;
          seq: number;
        }>`(select key, year, seq from case_search where doc @@ ${match}::tsquery ${after} order by key ${sql.raw(order)} offset 0)`.as('s'),
      )
      .innerJoin('cases', (join) => join.on(sql<boolean>`cases.year = s.year and cases.seq = s.seq`))
      .select(sql<number>`s.key`.as('search_key'))
      .orderBy(sql`s.key`, order);
  }
  return db
    .selectFrom(sql<{ rowid: number }>`case_search`.as('s'))
    .innerJoin('cases', (join) => join.on(sql<boolean>`cases.year = s.rowid / ${sql.lit(KEY_FACTOR)} and cases.seq = s.rowid % ${sql.lit(KEY_FACTOR)}`))
    .where(sql<boolean>`s.case_search match ${match}`)
    .$if(from !== undefined, (q) => q.where(sql<boolean>`s.rowid ${sql.raw(cmp)} ${from!.key}`))
    .select(sql<number>`s.rowid`.as('search_key'))
    .orderBy(sql`s.rowid`, order);
}
