/**
 * Every letter the service issues, through the real workflow (filing, assignment to a mission,
 * extension by the mission, denial, objection, the atasan PPID's response), read back page by
 * page with pdftotext (issue 18): the signature is on the page of its closing paragraph, the
 * letterhead is the signer's unit, and the enclosure line says what is enclosed.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consequenceTest, makeContext, type TestContext, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext({ now: '2026-11-23T03:00:00.000Z' }); // Monday 10:00 WIB
});
afterEach(async () => {
  await t.close();
});

/** Each page's text as laid out (one line of the PDF per line), without the bidi marks. */
const layoutPages = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-', '-'], { input: pdf }).toString('utf8').split('\f').slice(0, -1);
/** Each page's text with whitespace folded (a phrase wrapped over two lines, or after a hyphen, still matches). */
const pages = (pdf: Buffer) => layoutPages(pdf).map((p) => p.replace(/\s+/g, ' ').replace(/- /g, '-'));
const pageOf = (texts: string[], phrase: string) => texts.findIndex((p) => p.includes(phrase));
/** The value of the "Lampiran" / "Attachment" line. */
const enclosureLine = (pdf: Buffer) => /^(?:Lampiran|Attachment)\s+:\s+(.*)$/m.exec(layoutPages(pdf)[0]!)?.[1]?.trim();

async function send(token: string, id: string, event: Record<string, unknown>) {
  const current = await t.api('GET', `/api/v1/cases/${id}`, { token });
  const res = await t.api('POST', `/api/v1/cases/${id}/events`, { token, body: { expectedVersion: current.body.version, ...event } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function file(overrides: Record<string, unknown> = {}, lang = 'id') {
  const res = await t.api('POST', '/api/v1/requests', { body: validFiling(overrides), lang });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; registrationNumber: string; trackingCode: string };
}

async function documentBytes(token: string, caseId: string, documentId: string) {
  const res = await t.app.request(`/api/v1/cases/${caseId}/documents/${documentId}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** The closing paragraph's first words in each letter, by language. */
const CLOSING: Record<string, { id: string; en: string }> = {
  receipt: { id: 'Simpan tanda bukti ini.', en: 'Keep this receipt.' },
  written_notice: { id: 'Apabila Anda tidak puas', en: 'If you are not satisfied' },
  denial_decision: { id: 'Pemohon berhak mengajukan keberatan', en: 'The requester may file a written objection' },
  extension_notice: { id: 'Pemberitahuan tertulis atas permohonan Anda akan', en: 'We will send the written notice' },
  objection_receipt: { id: 'Atasan PPID wajib memberikan tanggapan', en: 'The Atasan PPID must answer in writing' },
  objection_decision: { id: 'Apabila Anda tidak puas', en: 'If you are not satisfied' },
};
const ELECTRONIC = { id: 'diterbitkan secara elektronik', en: 'issued electronically' };

describe('every letter the service issues', () => {
  it('is signed on the page of its closing paragraph, under the letterhead of the signer’s unit, and encloses what it says', async () => {
    const filed = await file({}, 'en'); // in English: every letter is issued in Indonesian and English
    const ppid = await t.login('ppid');
    await send(ppid, filed.id, { type: 'ASSIGN', unit: 'KBRI-RIYADH' });
    const kbri = await t.login('pelaksana.kbri');
    await send(kbri, filed.id, { type: 'ACCEPT_ASSIGNMENT' });
    await send(kbri, filed.id, { type: 'EXTEND', reason: 'Arsip perjanjian berada di dua unit dan perlu uji konsekuensi.' });
    await send(ppid, filed.id, { type: 'DECIDE', outcome: 'denied', exemptions: [{ letter: 'f', statute: 'UU 37/1999 Pasal 5' }], consequenceTest });
    const objection = await t.api('POST', `/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}/objections?code=${filed.trackingCode}`, {
      body: { grounds: ['a'], reason: 'Dokumen itu sudah dibahas terbuka di DPR.' },
      lang: 'en',
    });
    expect(objection.status).toBe(201);
    const atasan = await t.login('atasan');
    const current = await t.api('GET', `/api/v1/objections/${objection.body.id}`, { token: atasan });
    const decided = await t.api('POST', `/api/v1/objections/${objection.body.id}/events`, {
      token: atasan,
      body: { expectedVersion: current.body.version, type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: 'Perundingan masih berlangsung.' },
    });
    expect(decided.status).toBe(200);

    const view = await t.api('GET', `/api/v1/cases/${filed.id}`, { token: ppid });
    const documents = view.body.documents as Array<{ id: string; kind: string; lang: 'id' | 'en' }>;
    // Six kinds, each in both languages.
    expect(new Set(documents.map((d) => `${d.kind}/${d.lang}`)).size).toBe(12);

    // Who signs each letter, and which unit heads it (the signer's; the PPID Utama for what the system issues).
    const signedBy: Record<string, string | null> = {
      receipt: null,
      extension_notice: 'Siti Rahmawati',
      denial_decision: 'Dewi Lestari',
      written_notice: 'Dewi Lestari',
      objection_receipt: null,
      objection_decision: 'Ahmad Hidayat',
    };
    const headedBy: Record<string, { id: string; en: string; place: string }> = {
      receipt: { id: 'PPID Utama — Direktorat Informasi dan Media', en: 'Main PPID — Directorate of Information and Media', place: 'Jakarta' },
      extension_notice: { id: 'PPID — KBRI Riyadh', en: 'PPID — Embassy of Indonesia in Riyadh', place: 'Riyadh' },
      denial_decision: { id: 'PPID Utama — Direktorat Informasi dan Media', en: 'Main PPID — Directorate of Information and Media', place: 'Jakarta' },
      written_notice: { id: 'PPID Utama — Direktorat Informasi dan Media', en: 'Main PPID — Directorate of Information and Media', place: 'Jakarta' },
      objection_receipt: { id: 'PPID Utama — Direktorat Informasi dan Media', en: 'Main PPID — Directorate of Information and Media', place: 'Jakarta' },
      objection_decision: { id: 'PPID — Sekretariat Jenderal', en: 'PPID — Secretariat General', place: 'Jakarta' },
    };
    const texts: Record<string, Buffer> = {};
    for (const doc of documents) {
      const bytes = await documentBytes(ppid, filed.id, doc.id);
      texts[`${doc.kind}/${doc.lang}`] = bytes;
      const read = pages(bytes);
      const where = `${doc.kind} (${doc.lang})`;
      const closing = pageOf(read, CLOSING[doc.kind]![doc.lang]);
      expect(closing, `${where}: closing paragraph`).toBeGreaterThanOrEqual(0);
      expect(pageOf(read, signedBy[doc.kind] ?? ELECTRONIC[doc.lang]), `${where}: signature`).toBe(closing);
      // The letterhead (the top of page 1) names the signer's unit, and the letter is dated where that unit sits.
      const head = layoutPages(bytes)[0]!.split('\n').slice(0, 6).join(' ');
      expect(head, `${where}: letterhead`).toContain(headedBy[doc.kind]![doc.lang]);
      // Under it the unit's own address: the ministry's for a unit at home, the mission's city and host country abroad.
      const abroad = headedBy[doc.kind]!.place !== 'Jakarta';
      expect(head, `${where}: address`).toContain(abroad ? { id: 'Riyadh, Arab Saudi', en: 'Riyadh, Saudi Arabia' }[doc.lang] : 'Pejambon');
      if (abroad) expect(head, `${where}: not the ministry's address`).not.toContain('Pejambon');
      expect(read[0], `${where}: place`).toMatch(new RegExp(`${headedBy[doc.kind]!.place}, \\d{1,2} [A-Z][a-z]+ 2026`));
      // The enclosure line and the body agree: "(terlampir)" only of something the line lists.
      const enclosure = enclosureLine(bytes);
      if (read.join(' ').match(/\(terlampir\)|\(attached\)/)) expect(enclosure, `${where}: encloses what it cites`).not.toBe('—');
    }

    // The mission's extension: headed and placed by the mission, signed by its Pelaksana — never the PPID Utama's head.
    const extension = pages(texts['extension_notice/id']!).join(' ');
    expect(extension).toContain('Siti Rahmawati');
    expect(layoutPages(texts['extension_notice/id']!)[0]!.split('\n').slice(0, 6).join(' ')).not.toContain('PPID Utama');
    const verified = await t.api('GET', `/api/v1/documents/verify/${documents.find((d) => d.kind === 'extension_notice' && d.lang === 'id')!.id}`);
    expect(verified.body.issuer.unit).toMatchObject({ code: 'KBRI-RIYADH' });

    // The written notice of a denial encloses the denial decision and cites it as enclosed; the decision encloses nothing.
    expect(enclosureLine(texts['written_notice/id']!)).toBe('1 (satu) berkas: Surat Keputusan PPID Nomor 1/PPID-SK/XI/2026');
    expect(pages(texts['written_notice/id']!).join(' ')).toContain('Surat Keputusan PPID Nomor 1/PPID-SK/XI/2026 (terlampir)');
    expect(enclosureLine(texts['written_notice/en']!)).toBe('1 file: PPID decision no. 1/PPID-SK/XI/2026');
    expect(enclosureLine(texts['denial_decision/id']!)).toBe('—');
    expect(pages(texts['denial_decision/id']!).join(' ')).not.toMatch(/terlampir/);
  }, 120_000); // twelve PDFs read back: about 3 s alone, much longer on a busy machine

  it('a long request pushes the closing to the foot of page 1, then onto page 2 with its signature, never without it', async () => {
    // The receipt is issued at filing: file ever longer requests until the closing leaves page 1
    // (8 sentences still leave it whole on page 1; about 13 push it over).
    const sentence = (i: number) => `Bagian ${i} dari permohonan ini merinci dokumen yang diminta beserta tahunnya.`;
    let previous = 0;
    let moved = -1;
    for (let n = 8; n <= 30 && moved < 0; n += 1) {
      const filed = await file({ information: `Salinan perjanjian kerja sama. ${Array.from({ length: n }, (_, i) => sentence(i + 1)).join(' ')}` });
      const res = await t.app.request(`/api/v1/requests/${encodeURIComponent(filed.registrationNumber)}/receipt.pdf?code=${filed.trackingCode}`);
      expect(res.status).toBe(200);
      const read = pages(Buffer.from(await res.arrayBuffer()));
      const closing = pageOf(read, CLOSING.receipt!.id);
      expect(pageOf(read, ELECTRONIC.id), `${n} sentences: the electronic signature`).toBe(closing);
      expect(pageOf(read, 'keberatan kepada Atasan PPID.'), `${n} sentences: the end of the closing`).toBe(closing);
      if (previous === 0 && closing === 1) moved = n;
      previous = closing;
    }
    expect(moved).toBeGreaterThan(0);
  }, 120_000);
});
