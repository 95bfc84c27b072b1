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
import { tr } from '../lang';
import { formatInstant, frame } from './components';

export const filePath = (caseId: string, fileId: string) => `/petugas/kasus/${caseId}/berkas/${fileId}`;

const statusWord = (f: CaseFileInfo, lang: Lang) =>
  ({
    staged: f.sourceFileId
      ? tr(lang, 'versi dihitamkan, siap diserahkan', 'redacted version, ready for release')
      : tr(lang, 'siap diserahkan', 'ready for release'),
    released: tr(lang, 'diserahkan kepada pemohon', 'released to the requester'),
    superseded: tr(lang, 'asli (yang diserahkan versi dihitamkan)', 'original (the redacted version was released)'),
    removed: tr(lang, 'dikeluarkan', 'taken out'),
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
      <h2 id="h-files">{tr(lang, 'Berkas jawaban (informasi yang diserahkan)', 'Answer files (the information released)')}</h2>
      <p class="hint">
        {tr(
          lang,
          'Berkas diserahkan kepada pemohon bersama pemberitahuan tertulis bila permohonan dikabulkan seluruhnya atau sebagian. Pada pemberian sebagian, setiap PDF atau gambar dihitamkan dahulu; dokumen Office dan CSV diserahkan utuh.',
          'Files are released to the requester with the written notice when the request is granted in whole or in part. For a partial grant every PDF or picture is redacted first; office documents and CSV are released whole.',
        )}
      </p>
      {answer.length === 0 ? (
        <p>{tr(lang, 'Belum ada berkas.', 'No files yet.')}</p>
      ) : (
        <ul data-testid="answer-files">
          {answer.map((f) => (
            <li>
              <a href={filePath(caseId, f.id)}>{f.filename}</a> — {size(f.size)}, {statusWord(f, lang)}
              {f.unit ? ` (${f.unit})` : ''}
              {f.redactionLog ? (
                <span class="hint">
                  {tr(lang, `${f.redactionLog.length} area dihitamkan: `, `${f.redactionLog.length} region(s) redacted: `)}
                  {f.redactionLog.map((r) => `${tr(lang, 'hlm.', 'p.')} ${r.page} (17 ${r.letter})`).join(', ')}
                </span>
              ) : null}
              {working && f.status === 'staged' ? (
                <span class="file-actions">
                  {redactable(f.contentType) && !f.sourceFileId ? (
                    <a href={`${filePath(caseId, f.id)}/hitamkan`} class="button-link">
                      {tr(lang, 'Hitamkan', 'Redact')}
                      <span class="visually-hidden"> {f.filename}</span>
                    </a>
                  ) : null}
                  <form method="post" action={`${filePath(caseId, f.id)}/hapus`} class="inline-form">
                    <FormToken c={c} />
                    <button type="submit" class="secondary">
                      {tr(lang, 'Keluarkan', 'Take out')}
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
            <label for="f-answer-files">{tr(lang, 'Lampirkan berkas', 'Attach files')}</label>
            <span class="hint" id="f-answer-files-hint">
              {tr(
                lang,
                `PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT, ODS atau CSV; paling besar ${deps.config.CASE_FILE_MAX_MB} MB per berkas, ${deps.config.CASE_FILE_MAX_COUNT} berkas per kasus.`,
                `PDF, JPEG, PNG, DOCX, XLSX, PPTX, ODT, ODS or CSV; at most ${deps.config.CASE_FILE_MAX_MB} MB a file, ${deps.config.CASE_FILE_MAX_COUNT} files a case.`,
              )}
            </span>
            <input type="file" id="f-answer-files" name="files" multiple aria-describedby="f-answer-files-hint" />
          </div>
          <button type="submit" class="secondary">
            {tr(lang, 'Unggah', 'Upload')}
          </button>
        </form>
      ) : null}
      {fromRequester.length > 0 ? (
        <>
          <h3>{tr(lang, 'Lampiran klarifikasi dari pemohon', 'Clarification attachments from the requester')}</h3>
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
  const props = await frame(c, tr(lang, 'Berkas tidak diterima', 'File not accepted'));
  const messages = Object.values(e.fields).map((key) => t(lang, key, e.params));
  return c.html(
    <Layout {...props}>
      <h1>{tr(lang, 'Berkas tidak diterima', 'File not accepted')}</h1>
      <Notice tone="bad">
        <ul>
          {(messages.length > 0 ? messages : [t(lang, e.messageKey, e.params)]).map((m) => (
            <li>{m}</li>
          ))}
        </ul>
      </Notice>
      <p>{tr(lang, 'Tidak ada yang disimpan.', 'Nothing was stored.')}</p>
      <p>
        <a href={back}>{tr(lang, '← Kembali ke kasus', '← Back to the case')}</a>
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
    const file = await openCaseFile(deps.db, deps.keys, row.id, c.req.param('fileId'), { releasedOnly: false });
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
