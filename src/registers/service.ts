/**
 * The registers as the API and the pages ask for them: a page (`{items, nextCursor}`), the whole
 * period as JSON or CSV (built in memory up to REGISTER_MAX_ROWS rows, streamed past it), or a
 * landscape PDF (refused past REGISTER_PDF_MAX_ROWS, pointing to the CSV).
 */
import { signCheckpoint } from '../audit/checkpoints';
import { formatDate } from '../calendar/describe';
import { NATIONAL_CALENDAR_CODE } from '../calendar/places';
import { letterheadFor } from '../documents/letterhead';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { outcomeLabel } from '../i18n/status';
import { OBJECTION_REGISTER_COLUMNS, objectionCsvCells, objectionCsvHeaders, objectionPdfColumns, objectionRegisterSource } from '../objections/register';
import type { Actor } from '../../workflows/request.events';
import { type Audience, registerAudience } from './audience';
import { type RegisterSource, csvChunks, csvText, jsonChunks, registerAll, registerPage, textStream } from './engine';
import {
  type ObjectionRegisterQuery,
  type RegisterFormat,
  RegisterError,
  type RegisterPeriod,
  type RequestRegisterQuery,
  decodeCursor,
  resolvePeriod,
} from './filters';
import { registerMessage } from './messages';
import { type PdfColumn, registerPdf } from './pdf';
import { requestCsvCells, requestCsvHeaders, requestPdfColumns, requestRegisterSource, unitNameMap } from './request-register';

export type RegisterAnswer =
  | { kind: 'json'; body: Record<string, unknown> }
  | { kind: 'file'; contentType: string; filename: string; body: string | Uint8Array | ReadableStream<Uint8Array>; streamed: boolean };

interface Export<Row> {
  source: RegisterSource<unknown, Row>;
  meta: Record<string, unknown>;
  name: string;
  csv: { headers: string[]; cells: (row: Row) => readonly unknown[] };
  pdf: { title: string; columns: Array<PdfColumn<Row>>; subtitle: string[] };
}

interface Ask {
  format: RegisterFormat;
  cursor?: string | undefined;
  limit?: number | undefined;
  /** The same request as CSV: where a refused PDF points. */
  csvHref: string;
}

async function answer<Row>(deps: Deps, lang: Lang, period: RegisterPeriod, ask: Ask, x: Export<Row>): Promise<RegisterAnswer> {
  const after = decodeCursor(ask.cursor, lang);
  const file = `${x.name}-${period.from}-${period.to}`;
  if (ask.format === 'pdf') {
    const max = deps.config.REGISTER_PDF_MAX_ROWS;
    const all = await registerAll(x.source, after, max);
    if (!all.complete) {
      await all.rest.return?.(undefined);
      throw new RegisterError(
        413,
        'register_too_large_for_pdf',
        registerMessage(lang, 'pdf_too_large', { max, csv: ask.csvHref }),
        {},
        { csv: ask.csvHref, maxRows: max },
      );
    }
    const now = deps.clock();
    const national = await deps.calendars.get(deps.db, NATIONAL_CALENDAR_CODE);
    const bytes = await registerPdf({
      lang,
      title: x.pdf.title,
      subtitle: x.pdf.subtitle,
      letterhead: await letterheadFor(deps.db, period.unit),
      madeAt: now.toISOString(),
      madeAtText: `${lang === 'id' ? 'dibuat' : 'made'} ${formatDate(national.localDateOf(now), lang)} ${national.localTimeOf(now)} (${national.timeZone})`,
      columns: x.pdf.columns,
      rows: all.items,
      empty: lang === 'id' ? 'Tidak ada data pada periode ini.' : 'Nothing in this period.',
    });
    return { kind: 'file', contentType: 'application/pdf', filename: `${file}.pdf`, body: new Uint8Array(bytes), streamed: false };
  }
  if (ask.format === 'json' && ask.limit !== undefined) {
    const page = await registerPage(x.source, after, ask.limit);
    return { kind: 'json', body: { ...x.meta, ...page } };
  }
  const all = await registerAll(x.source, after, deps.config.REGISTER_MAX_ROWS);
  if (ask.format === 'json') {
    if (all.complete) return { kind: 'json', body: { ...x.meta, items: all.items, nextCursor: null } };
    return {
      kind: 'file',
      contentType: 'application/json; charset=utf-8',
      filename: `${file}.json`,
      body: textStream(jsonChunks(x.meta, all.head, all.rest)),
      streamed: true,
    };
  }
  if (all.complete)
    return {
      kind: 'file',
      contentType: 'text/csv; charset=utf-8',
      filename: `${file}.csv`,
      body: csvText(x.csv.headers, all.items, x.csv.cells),
      streamed: false,
    };
  return {
    kind: 'file',
    contentType: 'text/csv; charset=utf-8',
    filename: `${file}.csv`,
    body: textStream(csvChunks(x.csv.headers, all.head, all.rest, x.csv.cells)),
    streamed: true,
  };
}

function periodLines(lang: Lang, period: RegisterPeriod, audience: Audience, extra: string[]): string[] {
  const id = lang === 'id';
  return [
    `${id ? 'Periode' : 'Period'}: ${formatDate(period.from, lang)} – ${formatDate(period.to, lang)}${period.unit ? ` · ${id ? 'unit' : 'unit'} ${period.unit}` : ''}${extra.length ? ` · ${extra.join(' · ')}` : ''}`,
    audience === 'pseudonymised'
      ? id
        ? 'Salinan untuk auditor: data pribadi pemohon diganti pseudonim tetap (P-…).'
        : "Auditor's copy: each requester's personal data is replaced by a stable pseudonym (P-…)."
      : id
        ? 'Memuat data pribadi pemohon: hanya untuk PPID Utama, administrator dan atasan PPID.'
        : "Holds the requesters' personal data: for the PPID Utama, administrators and the atasan PPID only.",
  ];
}

const csvHrefOf = (path: string, query: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && k !== 'format' && k !== 'limit') q.set(k, String(v));
  q.set('format', 'csv');
  return `${path}?${q.toString()}`;
};

/** The register of requests (register permohonan). */
export async function requestRegister(deps: Deps, actor: Actor, query: RequestRegisterQuery, lang: Lang): Promise<RegisterAnswer> {
  const period = await resolvePeriod(deps, query, lang);
  await signCheckpoint(deps, 'export'); // every export signs the audit trail's head first (issue 11 item 5)
  const audience = registerAudience(actor);
  const outcome = query.outcome ?? null;
  const source = requestRegisterSource({ period, outcome }, { deps, audience, lang, now: deps.clock(), unitNames: await unitNameMap(deps.db) });
  return answer(
    deps,
    lang,
    period,
    { ...query, csvHref: csvHrefOf('/api/v1/registers/requests', query) },
    {
      source: source as RegisterSource<unknown, typeof source extends RegisterSource<unknown, infer R> ? R : never>,
      meta: { from: period.from, to: period.to, unit: period.unit, outcome, pseudonymised: audience === 'pseudonymised' },
      name: 'register-permohonan',
      csv: { headers: requestCsvHeaders(lang, audience), cells: (r) => requestCsvCells(r, lang, audience) },
      pdf: {
        title: lang === 'id' ? 'Register Permohonan Informasi Publik' : 'Register of Requests for Public Information',
        columns: requestPdfColumns(lang),
        subtitle: periodLines(lang, period, audience, outcome ? [outcomeLabel(outcome, lang)] : []),
      },
    },
  );
}

/** The register of objections (register keberatan). */
export async function objectionRegister(deps: Deps, actor: Actor, query: ObjectionRegisterQuery, lang: Lang): Promise<RegisterAnswer> {
  const period = await resolvePeriod(deps, query, lang);
  await signCheckpoint(deps, 'export'); // every export signs the audit trail's head first (issue 11 item 5)
  const audience = registerAudience(actor);
  const source = await objectionRegisterSource(period, { deps, audience, lang, now: deps.clock() });
  return answer(
    deps,
    lang,
    period,
    { ...query, csvHref: csvHrefOf('/api/v1/registers/objections', query) },
    {
      source: source as RegisterSource<unknown, typeof source extends RegisterSource<unknown, infer R> ? R : never>,
      meta: { from: period.from, to: period.to, unit: period.unit, pseudonymised: audience === 'pseudonymised', columns: OBJECTION_REGISTER_COLUMNS },
      name: 'register-keberatan',
      csv: { headers: objectionCsvHeaders(lang, audience), cells: (r) => objectionCsvCells(r, lang, audience) },
      pdf: {
        title: lang === 'id' ? 'Register Keberatan' : 'Register of Objections',
        columns: objectionPdfColumns(lang),
        subtitle: periodLines(lang, period, audience, []),
      },
    },
  );
}
