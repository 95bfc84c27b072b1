/**
 * One way to read any register: in received order, a keyset page at a time (after the last
 * `(received_at, number)` read), never the whole period at once. A page for the API and the pages
 * (`{items, nextCursor}`); the whole period in memory when it is small; a stream (CSV or JSON,
 * written page by page into a ReadableStream) when it holds more than REGISTER_MAX_ROWS rows, so
 * memory does not grow with the register.
 */
import { csvCell } from '../exemptions/csv';
import { type Key, encodeCursor } from './filters';

export interface RegisterSource<Raw, Row> {
  /** At most `limit` raw rows after `after`, in received order. */
  fetch(after: Key | null, limit: number): Promise<Raw[]>;
  key(raw: Raw): Key;
  /** The register row, or null when the record falls outside the period (its local date of receipt). */
  toRow(raw: Raw): Promise<Row | null>;
}

/** Database rows read per query. */
const BATCH = 500;

/** Every row after `after`, with its key, reading `batch` raw rows at a time. */
export async function* registerRows<Raw, Row>(source: RegisterSource<Raw, Row>, after: Key | null, batch = BATCH): AsyncGenerator<{ row: Row; key: Key }> {
  let position = after;
  for (;;) {
    const raws = await source.fetch(position, batch);
    for (const raw of raws) {
      const row = await source.toRow(raw);
      if (row) yield { row, key: source.key(raw) };
    }
    if (raws.length < batch) return;
    position = source.key(raws.at(-1)!);
  }
}

/** Up to `limit` rows after `after`, and the cursor of the next page (null at the end). */
export async function registerPage<Raw, Row>(source: RegisterSource<Raw, Row>, after: Key | null, limit: number) {
  const items: Row[] = [];
  let last: Key | null = null;
  for await (const { row, key } of registerRows(source, after, Math.min(BATCH, limit + 1))) {
    if (items.length === limit) return { items, nextCursor: encodeCursor(last!) };
    items.push(row);
    last = key;
  }
  return { items, nextCursor: null };
}

/**
 * The whole period when it has at most `max` rows (`complete`), else the first `max` rows read and
 * an iterator that goes on from there — the caller streams.
 */
export async function registerAll<Raw, Row>(source: RegisterSource<Raw, Row>, after: Key | null, max: number) {
  const rows = registerRows(source, after, Math.min(BATCH, max + 1));
  const head: Row[] = [];
  for (;;) {
    const next = await rows.next();
    if (next.done) return { complete: true as const, items: head };
    head.push(next.value.row);
    if (head.length > max) return { complete: false as const, head, rest: rows };
  }
}

/** Text chunks as the bytes of a response body; stopping the download stops the reading. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await it.return?.(undefined);
    },
  });
}

const csvLine = (cells: readonly unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** The CSV (UTF-8 with BOM, CRLF, every cell quoted, formula characters neutralised: src/exemptions/csv.ts). */
export function csvText<Row>(headers: readonly string[], rows: Row[], cells: (row: Row) => readonly unknown[]): string {
  return `\uFEFF${csvLine(headers)}${rows.map((r) => csvLine(cells(r))).join('')}`;
}

/** The same CSV, written as it is read: `head` first, then the rest a page at a time. */
export async function* csvChunks<Row>(
  headers: readonly string[],
  head: Row[],
  rest: AsyncIterator<{ row: Row }>,
  cells: (row: Row) => readonly unknown[],
): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(headers)}`;
  // Emptied as it is written: the first rows are not held while the rest streams.
  yield head
    .splice(0)
    .map((r) => csvLine(cells(r)))
    .join('');
  let page: string[] = [];
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    page.push(csvLine(cells(next.value.row)));
    if (page.length >= BATCH) {
      yield page.join('');
      page = [];
    }
  }
  if (page.length > 0) yield page.join('');
}

/** `{…meta, items: [...], nextCursor: null}` written as it is read. */
export async function* jsonChunks<Row>(meta: Record<string, unknown>, head: Row[], rest: AsyncIterator<{ row: Row }>): AsyncGenerator<string> {
  // `{"from":…,"items":[` — the object without its closing `]}`.
  yield JSON.stringify({ ...meta, items: [] }).slice(0, -2);
  let first = true;
  const item = (r: Row) => {
    const text = `${first ? '' : ','}${JSON.stringify(r)}`;
    first = false;
    return text;
  };
  yield head.splice(0).map(item).join('');
  let page: string[] = [];
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    page.push(item(next.value.row));
    if (page.length >= BATCH) {
      yield page.join('');
      page = [];
    }
  }
  yield `${page.join('')}],"nextCursor":null}`;
}
