/** @jsxImportSource hono/jsx */
/**
 * The answer's files on the case page (issue 17): what the PPID Utama or a PPID Pelaksana
 * attaches for release with a grant or partial grant (PDF, pictures, office documents, CSV),
 * redacted versions beside their originals, the requester's clarification attachments; the
 * upload form (checked whole — a file that is not what it says is refused, nothing stored),
 * taking a file out, and the way to the redaction page (redaction.tsx).
 */
import { FormToken } from '../kit/form-token';
import { Notice } from '../kit/page';
import { type Context, Hono } from 'hono';
import { type CaseFileInfo, attachAnswerFiles, listCaseFiles, mayWorkOnAnswer, openCaseFile, redactable, removeAnswerFile } from '../../../answers/case-files';
import { findCaseInScope } from '../../../cases/case.repository';
import { DomainError, notFound } from '../../../cases/errors';
import { type Lang, t } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { formatInstant, frame } from './components';

export const filePath = (caseId: string, fileId: string) => `/petugas/kasus/${caseId}/berkas/${fileId}`;

const statusWord = (f: CaseFileInfo, lang: Lang) =>
  ({
    staged: f.sourceFileId ? t(lang, 'officer.redacted_version_ready_for_release') : t(lang, 'officer.ready_for_release'),
    released: t(lang, 'officer.released_to_requester'),
    superseded: t(lang, 'officer.original_redacted_version_was_released'),
    removed: t(lang, 'officer.taken_out'),
  })[f.status] ?? f.status;

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export async function ReleasedFilesSection({ c, caseId }: { c: Context<AppEnv>; caseId: string }) {
  const lang = c.get('lang');
  const deps = c.get('deps');
  const actor = c.get('actor')!;
  if (actor.role === 'auditor' || actor.role === 'admin') return null;
  const row = await findCaseInScope(deps.db, caseId, actor);
  const files = await listCaseFiles(deps.db, caseId);
  const working = mayWorkOnAnswer(row, actor, deps.clock().toISOString());
  const answer = files.filter((f) => f.purpose === 'answer');
  const fromRequester = files.filter((f) => f.purpose === 'clarification');
  if (!working && files.length === 0) return null;
  return (
    <section aria-labelledby="h-files" id="berkas">
      <h2 id="h-files">{t(lang, 'officer.answer_files_information_released')}</h2>
      <p class="hint">{t(lang, 'officer.files_are_released_to_requester_with')}</p>
      {answer.length === 0 ? (
        <p>{t(lang, 'officer.no_files_yet')}</p>
      ) : (
        <ul data-testid="answer-files">
          {answer.map((f) => (
            <li>
              <a href={filePath(caseId, f.id)}>{f.filename}</a> — {size(f.size)}, {statusWord(f, lang)}
              {f.unit ? ` (${f.unit})` : ''}
              {f.redactionLog ? (
                <span class="hint">
                  {t(lang, 'officer.region_s_redacted', { length: f.redactionLog.length })}
                  {f.redactionLog.map((r) => `${t(lang, 'officer.p')} ${r.page} (17 ${r.letter})`).join(', ')}
                </span>
              ) : null}
              {working && f.status === 'staged' ? (
                <span class="file-actions">
                  {redactable(f.contentType) && !f.sourceFileId ? (
                    <a href={`${filePath(caseId, f.id)}/hitamkan`} class="button-link">
                      {t(lang, 'officer.redact')}
                      <span class="visually-hidden"> {f.filename}</span>
                    </a>
                  ) : null}
                  <form method="post" action={`${filePath(caseId, f.id)}/hapus`} class="inline-form">
                    <FormToken c={c} />
                    <button type="submit" class="secondary">
                      {t(lang, 'officer.take_out')}
                      <span class="visually-hidden"> {f.filename}</span>
                    </button>
                  </form>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {working ? (
        <form method="post" action={`/petugas/kasus/${caseId}/berkas`} enctype="multipart/form-data" novalidate>
          <FormToken c={c} />
          <div class="field">
            <label for="f-answer-files">{t(lang, 'officer.attach_files')}</label>
            <span class="hint" id="f-answer-files-hint">
              {t(lang, 'officer.pdf_jpeg_png_docx_xlsx_pptx', {
                CASE_FILE_MAX_MB: deps.config.CASE_FILE_MAX_MB,
                CASE_FILE_MAX_COUNT: deps.config.CASE_FILE_MAX_COUNT,
              })}
            </span>
            <input type="file" id="f-answer-files" name="files" multiple aria-describedby="f-answer-files-hint" />
          </div>
          <button type="submit" class="secondary">
            {t(lang, 'officer.upload')}
          </button>
        </form>
      ) : null}
      {fromRequester.length > 0 ? (
        <>
          <h3>{t(lang, 'officer.clarification_attachments_from_requester')}</h3>
          <ul data-testid="clarification-files">
            {fromRequester.map((f) => (
              <li>
                <a href={filePath(caseId, f.id)}>{f.filename}</a> — {size(f.size)}, {formatInstant(f.uploadedAt, lang)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A refusal of a file form, as a page with each field's message and the way back (400). */
export async function refusedPage(c: Context<AppEnv>, e: DomainError, back: string) {
  const lang = c.get('lang');
  const props = await frame(c, t(lang, 'officer.file_not_accepted'));
  const messages = Object.values(e.fields).map((key) => t(lang, key, e.params));
  return c.html(
    <Layout {...props}>
      <h1>{t(lang, 'officer.file_not_accepted')}</h1>
      <Notice tone="bad">
        <ul>
          {(messages.length > 0 ? messages : [t(lang, e.messageKey, e.params)]).map((m) => (
            <li>{m}</li>
          ))}
        </ul>
      </Notice>
      <p>{t(lang, 'officer.nothing_was_stored')}</p>
      <p>
        <a href={back}>{t(lang, 'officer.back_to_case_2')}</a>
      </p>
    </Layout>,
    e.status as 400,
  );
}

const INLINE = new Set(['image/png', 'image/jpeg']);

export function releasedFilePages() {
  const app = new Hono<AppEnv>();

  app.get('/kasus/:id/berkas/:fileId', async (c) => {
    const deps = c.get('deps');
    const row = await findCaseInScope(deps.db, c.req.param('id'), c.get('actor')!);
    const file = await openCaseFile(deps, row.id, c.req.param('fileId'), { releasedOnly: false });
    if (!file) throw notFound();
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `${INLINE.has(file.contentType) ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.post('/kasus/:id/berkas', async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody({ all: true });
    const parts = ([] as Array<string | File>).concat(body.files ?? []);
    const uploads = [];
    for (const p of parts) if (typeof p === 'object' && p.size > 0) uploads.push({ name: p.name, bytes: new Uint8Array(await p.arrayBuffer()) });
    try {
      await attachAnswerFiles(c.get('deps'), id, c.get('actor')!, uploads);
    } catch (e) {
      if (e instanceof DomainError && e.status === 400) return refusedPage(c, e, `/petugas/kasus/${id}#berkas`);
      throw e;
    }
    return c.redirect(`/petugas/kasus/${id}#berkas`, 303);
  });

  app.post('/kasus/:id/berkas/:fileId/hapus', async (c) => {
    const id = c.req.param('id');
    await removeAnswerFile(c.get('deps'), id, c.req.param('fileId'), c.get('actor')!);
    return c.redirect(`/petugas/kasus/${id}#berkas`, 303);
  });

  return app;
}
