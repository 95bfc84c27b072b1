/** @jsxImportSource hono/jsx */
/**
 * Public verification (issue 11 items 5 and 7): `/verifikasi/<documentId>` — where the QR code on
 * every issued letter points — shows what the service issued under that id (number, date,
 * issuer, kind, SHA-256) and nothing personal; `/verifikasi` publishes the latest signed
 * checkpoint of the audit trail and its public key, so anyone can keep a copy and hold the
 * service to it later.
 */
import { Hono } from 'hono';
import { latestCheckpoint } from '../../../audit/checkpoint-signature';
import { currentUser } from '../../../auth/middleware';
import { issuerName, verifyDocument } from '../../../documents/verification';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { formatDate } from '../../../calendar/describe';
import { formatInstant } from './format';

export function verifyDocumentPages() {
  const app = new Hono<AppEnv>();

  app.get('/verifikasi', async (c) => {
    const lang = c.get('lang');
    const deps = c.get('deps');
    const asked = (c.req.query('dokumen') ?? '').trim();
    if (asked) return c.redirect(`/verifikasi/${encodeURIComponent(asked)}`, 303);
    const cp = await latestCheckpoint(deps.db);
    const key = cp ? deps.auditKeys.byId.get(cp.keyId) : undefined;
    const title = tr(lang, 'Verifikasi dokumen dan jejak audit', 'Verify a document and the audit trail');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <h2>{tr(lang, 'Periksa dokumen', 'Check a document')}</h2>
        <p>
          {tr(
            lang,
            'Setiap surat yang diterbitkan PPID memuat kode QR menuju halamannya di sini. Anda juga dapat memasukkan ID dokumen yang tercetak di kaki surat.',
            'Every letter the PPID issues carries a QR code to its page here. You can also enter the document id printed in the letter’s footer.',
          )}
        </p>
        <form method="get" action="/verifikasi" class="narrow">
          <div class="field">
            <label for="verify-document">{tr(lang, 'ID dokumen', 'Document id')}</label>
            <input id="verify-document" name="dokumen" type="text" maxlength={100} autocomplete="off" />
          </div>
          <button type="submit">{tr(lang, 'Periksa', 'Check')}</button>
        </form>
        <h2>{tr(lang, 'Checkpoint terbaru jejak audit', 'Latest audit-trail checkpoint')}</h2>
        {cp ? (
          <>
            <p>
              {tr(
                lang,
                'Kepala rantai jejak audit, ditandatangani dengan kunci Ed25519 yang disimpan di luar basis data. Simpan salinannya: riwayat yang kelak ditulis ulang tidak akan cocok dengannya.',
                'The head of the audit chain, signed with an Ed25519 key kept outside the database. Keep a copy: a history rewritten later will not match it.',
              )}
            </p>
            <dl class="facts">
              <dt>{tr(lang, 'Sampai peristiwa', 'Up to event')}</dt>
              <dd>#{cp.seq}</dd>
              <dt>{tr(lang, 'Hash kepala', 'Head hash')}</dt>
              <dd>
                <code>{cp.head}</code>
              </dd>
              <dt>{tr(lang, 'Ditandatangani', 'Signed')}</dt>
              <dd>
                {formatInstant(cp.at, 'Asia/Jakarta', lang)} (<code>{cp.at}</code>)
              </dd>
              <dt>{tr(lang, 'Tanda tangan (Ed25519, base64)', 'Signature (Ed25519, base64)')}</dt>
              <dd>
                <code>{cp.signature}</code>
              </dd>
              <dt>{tr(lang, 'ID kunci', 'Key id')}</dt>
              <dd>
                <code>{cp.keyId}</code>
              </dd>
            </dl>
            {key ? (
              <>
                <h3>{tr(lang, 'Kunci publik', 'Public key')}</h3>
                <pre class="prewrap">{key.pem}</pre>
              </>
            ) : null}
            <p>
              {tr(lang, 'Sebagai JSON', 'As JSON')}: <a href="/api/v1/audit/checkpoints/latest">/api/v1/audit/checkpoints/latest</a>.{' '}
              {tr(lang, 'Pesan yang ditandatangani', 'The signed message')}:{' '}
              <code>{`terbuka-audit-checkpoint/1\\nseq=${cp.seq}\\nhead=${cp.head}\\nat=${cp.at}\\n`}</code>
            </p>
          </>
        ) : (
          <p>{tr(lang, 'Belum ada checkpoint.', 'No checkpoint yet.')}</p>
        )}
      </Layout>,
    );
  });

  app.get('/verifikasi/:documentId', async (c) => {
    const lang = c.get('lang');
    const v = await verifyDocument(c.get('deps').db, c.req.param('documentId'));
    if (!v) {
      const title = tr(lang, 'Dokumen tidak ditemukan', 'Document not found');
      return c.html(
        <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
          <h1>{title}</h1>
          <p>
            {tr(
              lang,
              'Tidak ada dokumen yang diterbitkan dengan ID ini. Surat yang menyebut ID ini bukan terbitan layanan ini, atau ID-nya salah ketik.',
              'No document was issued under this id. A letter that names it was not issued by this service, or the id was mistyped.',
            )}
          </p>
          <p>
            <a href="/verifikasi">{tr(lang, 'Periksa ID lain', 'Check another id')}</a>
          </p>
        </Layout>,
        404,
      );
    }
    const title = tr(lang, 'Dokumen terverifikasi', 'Document verified');
    return c.html(
      <Layout lang={lang} title={title} url={c.req.url} user={currentUser(c)}>
        <h1>{title}</h1>
        <p class="lead">
          {tr(
            lang,
            'Dokumen dengan ID ini diterbitkan oleh layanan ini. Cocokkan nomor, tanggal dan penerbitnya dengan surat yang Anda pegang.',
            'A document with this id was issued by this service. Compare its number, date and issuer with the letter you hold.',
          )}
        </p>
        <dl class="facts">
          <dt>{tr(lang, 'Jenis', 'Kind')}</dt>
          <dd>{lang === 'id' ? v.kindLabel.id : v.kindLabel.en}</dd>
          <dt>{tr(lang, 'Nomor', 'Number')}</dt>
          <dd>{v.number}</dd>
          <dt>{tr(lang, 'Tanggal', 'Date')}</dt>
          <dd>{formatDate(v.date, lang)}</dd>
          <dt>{tr(lang, 'Penerbit', 'Issuer')}</dt>
          <dd>{issuerName(v, lang)}</dd>
          <dt>{tr(lang, 'Bahasa', 'Language')}</dt>
          <dd>{v.lang === 'en' ? 'English' : 'Bahasa Indonesia'}</dd>
          <dt>SHA-256</dt>
          <dd>
            <code>{v.sha256}</code>
          </dd>
          <dt>{tr(lang, 'ID dokumen', 'Document id')}</dt>
          <dd>
            <code>{v.documentId}</code>
          </dd>
        </dl>
        <p>
          {tr(
            lang,
            'Untuk berkas PDF: hitung SHA-256-nya (misalnya sha256sum nama-berkas.pdf) dan bandingkan dengan nilai di atas. Halaman ini tidak memuat data pribadi pemohon.',
            'For a PDF file: compute its SHA-256 (e.g. sha256sum file-name.pdf) and compare it with the value above. This page holds no personal data of the requester.',
          )}
        </p>
      </Layout>,
    );
  });
  return app;
}
