/**
 * Every official document, rendered from plain data and read back with pdftotext (poppler-utils):
 * what a requester holds must say the registration number, the dates in words, the outcome, the
 * exemption letters and the names — in any script.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  renderDenialDecision,
  renderExtensionNotice,
  renderObjectionDecision,
  renderObjectionReceipt,
  renderReceipt,
  renderWrittenNotice,
} from '../../src/documents';
import { fontRuns, missingGlyphs } from '../../src/documents/fonts';
import { formatLetterNumber, romanMonth } from '../../src/documents/letter-number';
import type { LetterInfo, RenderOptions, RequestFacts } from '../../src/documents/types';
import type { Decision } from '../../workflows/request.events';

/** The text of a PDF, without the bidi marks pdftotext puts around right-to-left runs. */
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/[\u200e\u200f\u202a-\u202e]/g, '');
const pageCount = (pdf: Buffer) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString())?.[1]);
/** pdftotext breaks long lines: compare with whitespace folded. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

const letterhead = {
  nameId: 'Kementerian Luar Negeri Republik Indonesia',
  nameEn: 'Ministry of Foreign Affairs of the Republic of Indonesia',
  address: 'Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
  unitNameId: 'PPID Utama — Direktorat Informasi dan Media',
  unitNameEn: 'Main PPID — Directorate of Information and Media',
  logo: readFileSync('public/logo.png'),
};
const id: RenderOptions = { lang: 'id', letterhead };
const en: RenderOptions = { lang: 'en', letterhead };

const request = (name = 'Andi Pratama'): RequestFacts => ({
  registrationNumber: '00042/PPID-PPID/2026',
  receivedDate: '2026-11-23',
  receivedTime: '10.00 WIB',
  channel: 'web',
  unitName: 'PPID Utama',
  requester: { type: 'individual', name, address: 'Jl. Cikini Raya 12, Jakarta Pusat', phone: '+62 812 3456 7890', email: 'andi@example.org' },
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
});
const letter: LetterInfo = {
  letterNumber: '7/PPID-PT/XII/2026',
  date: '2026-12-07',
  place: 'Jakarta',
  issuedAt: '2026-12-07T03:00:00.000Z',
  signer: { name: 'Dewi Lestari', position: 'PPID Utama, Direktur Informasi dan Media' },
};
const consequenceTest = {
  harm: 'Membuka dokumen ini akan mengungkap posisi runding Indonesia yang masih berjalan.',
  publicInterest: 'Kepentingan publik untuk mengetahui lebih kecil daripada kerugian selama perundingan berlangsung.',
  period: '5 tahun sejak penetapan',
};

describe('the receipt (tanda bukti penerimaan)', () => {
  it('states the registration number, the receipt and due dates in Indonesian, and the requester', async () => {
    const text = flat(
      pdfText(await renderReceipt({ request: request(), noticeDue: '2026-12-07', letter: { ...letter, date: '2026-11-23', signer: null } }, id)),
    );
    expect(text).toContain('TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('00042/PPID-PPID/2026');
    expect(text).toContain('23 November 2026, 10.00 WIB');
    expect(text).toContain('7 Desember 2026');
    expect(text).toContain('Andi Pratama');
    expect(text).toContain('Salinan elektronik (softcopy)');
    expect(text).toContain('KEMENTERIAN LUAR NEGERI REPUBLIK INDONESIA');
    expect(text).toContain('Halaman 1 dari 1');
  });

  it('renders the same bytes from the same data (a re-render proves nothing changed)', async () => {
    const data = { request: request(), noticeDue: '2026-12-07', letter };
    expect((await renderReceipt(data, id)).equals(await renderReceipt(data, id))).toBe(true);
  });
});

describe('the written notice (pemberitahuan tertulis) for every outcome', () => {
  const notice = async (decision: Decision, options = id, extra: Record<string, unknown> = {}) =>
    flat(pdfText(await renderWrittenNotice({ request: request(), letter, decision, objectionDue: '2027-01-20', ...extra }, options)));

  it('granted: the form, the delivery and no fee', async () => {
    const text = await notice({ outcome: 'granted' });
    expect(text).toContain('PEMBERITAHUAN TERTULIS');
    expect(text).toContain('7/PPID-PT/XII/2026');
    expect(text).toContain('Jakarta, 7 Desember 2026');
    expect(text).toContain('00042/PPID-PPID/2026');
    expect(text).toContain('Dikabulkan seluruhnya');
    expect(text).toContain('Salinan elektronik (softcopy)');
    expect(text).toContain('Tidak dipungut biaya');
    expect(text).toContain('20 Januari 2027');
    expect(text).toContain('Dewi Lestari');
    expect(text).toContain('PPID Utama, Direktur Informasi dan Media');
  });

  it('granted with copying and delivery fees: each cost, the total, how to pay and when (Art. 22(7)(g))', async () => {
    const text = await notice({
      outcome: 'granted',
      fees: { copying: 15000, delivery: 27500, payment: 'transfer ke rekening BLU Kemlu' },
      provideWithinDays: 3,
    });
    expect(text).toContain('Rp15.000 (penggandaan) + Rp27.500 (pengiriman) = Rp42.500.');
    expect(text).toContain('Cara pembayaran: transfer ke rekening BLU Kemlu');
    expect(text).toContain('Paling lambat 3 hari kerja');
    expect(text).not.toContain('Tidak dipungut biaya');
  });

  it('partially granted: what is blacked out, why, and the Art. 17 letters', async () => {
    const text = await notice({
      outcome: 'partially_granted',
      exemptions: [{ letter: 'h' }, { letter: 'f', statute: 'UU 37/1999 tentang Hubungan Luar Negeri' }],
      consequenceTest,
      redactions: 'Nomor paspor dan alamat pribadi pihak ketiga dihitamkan.',
    });
    expect(text).toContain('Dikabulkan sebagian');
    expect(text).toContain('Nomor paspor dan alamat pribadi pihak ketiga dihitamkan.');
    expect(text).toContain('Pasal 17 huruf h UU 14/2008 (mengungkap rahasia pribadi)');
    expect(text).toContain('Pasal 17 huruf f UU 14/2008 (merugikan kepentingan hubungan luar negeri); UU 37/1999 tentang Hubungan Luar Negeri');
  });

  it('denied: the exemption and the denial decision it refers to', async () => {
    const text = await notice({ outcome: 'denied', exemptions: [{ letter: 'f' }], consequenceTest }, id, { denialLetterNumber: '3/PPID-SK/XII/2026' });
    expect(text).toContain('Ditolak (informasi yang dikecualikan)');
    expect(text).toContain('Pasal 17 huruf f UU 14/2008');
    expect(text).toContain('Surat Keputusan PPID Nomor 3/PPID-SK/XII/2026');
  });

  it('not held: the body that holds it; not yet documented: Art. 6(3)(e)', async () => {
    const held = await notice({ outcome: 'not_held', holder: 'Kementerian Sekretariat Negara' });
    expect(held).toContain('Informasi tidak dikuasai');
    expect(held).toContain('Kementerian Sekretariat Negara');
    const unknown = await notice({ outcome: 'not_held' });
    expect(unknown).toContain('Tidak diketahui oleh PPID');
    const undocumented = await notice({ outcome: 'not_yet_documented', note: 'Arsip sedang dipindai.' });
    expect(undocumented).toContain('Informasi belum didokumentasikan');
    expect(undocumented).toContain('Pasal 6 ayat (3) huruf e');
    expect(undocumented).toContain('Arsip sedang dipindai.');
  });

  it('in English on request, with the Indonesian text marked authoritative', async () => {
    const text = await notice(
      { outcome: 'partially_granted', exemptions: [{ letter: 'h' }], consequenceTest, redactions: 'Passport numbers blacked out.' },
      en,
    );
    expect(text).toContain('WRITTEN NOTICE');
    expect(text).toContain('The Indonesian text of this document is authoritative');
    expect(text).toContain('Partially granted');
    expect(text).toContain('UU 14/2008 Art. 17 letter h (would reveal personal secrets)');
    expect(text).toContain('Jakarta, 7 December 2026');
    expect(text).toContain('20 January 2027');
    expect(text).toContain('Page 1 of');
  });

  it('a draft preview is watermarked and unnumbered', async () => {
    const text = await notice({ outcome: 'granted' }, { ...id, draft: true });
    expect(text).toContain('DRAF · Nomor (draf — belum bernomor)');
    expect(text).toContain('(draf — belum bernomor)');
    expect(text).not.toContain('7/PPID-PT/XII/2026');
  });
});

describe('the extension notice and the denial decision', () => {
  it('extension: the reason, the old and the new due date (Art. 22(8))', async () => {
    const text = flat(
      pdfText(
        await renderExtensionNotice(
          {
            request: request(),
            letter: { ...letter, letterNumber: '2/PPID-PW/XII/2026' },
            reason: 'Dokumen disimpan di arsip KBRI Riyadh dan perlu dipindai.',
            previousDue: '2026-12-07',
            newDue: '2026-12-16',
          },
          id,
        ),
      ),
    );
    expect(text).toContain('PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU');
    expect(text).toContain('2/PPID-PW/XII/2026');
    expect(text).toContain('Pasal 22 ayat (8)');
    expect(text).toContain('Dokumen disimpan di arsip KBRI Riyadh dan perlu dipindai.');
    expect(text).toContain('7 Desember 2026');
    expect(text).toContain('16 Desember 2026');
  });

  it('denial decision: Art. 17 letters, statute, consequence test, conclusion, 30 working days to object', async () => {
    const text = flat(
      pdfText(
        await renderDenialDecision(
          {
            request: request(),
            letter: { ...letter, letterNumber: '3/PPID-SK/XII/2026' },
            exemptions: [{ letter: 'f', statute: 'UU 37/1999 Pasal 5' }, { letter: 'i' }],
            consequenceTest,
            objectionDue: '2027-01-20',
          },
          id,
        ),
      ),
    );
    expect(text).toContain('SURAT KEPUTUSAN PPID');
    expect(text).toContain('3/PPID-SK/XII/2026');
    expect(text).toContain('Pasal 17 huruf f UU 14/2008 (merugikan kepentingan hubungan luar negeri); UU 37/1999 Pasal 5');
    expect(text).toContain('Pasal 17 huruf i UU 14/2008');
    expect(text).toContain(consequenceTest.harm);
    expect(text).toContain(consequenceTest.publicInterest);
    expect(text).toContain('5 tahun sejak penetapan');
    expect(text).toContain('Menolak permohonan informasi tersebut');
    expect(text).toContain('30 (tiga puluh) hari kerja');
    expect(text).toContain('20 Januari 2027');
    expect(text).toContain('Dewi Lestari');
  });
});

describe('objection documents (for the objection workflow)', () => {
  it('objection receipt: numbers, the grounds ticked, the case summary, the response date', async () => {
    const text = flat(
      pdfText(
        await renderObjectionReceipt(
          {
            objectionNumber: '00003/KEB-PPID/2026',
            registrationNumber: '00042/PPID-PPID/2026',
            receivedDate: '2026-12-10',
            receivedTime: '09.15 WIB',
            requester: { name: 'Andi Pratama', address: 'Jl. Cikini Raya 12' },
            purpose: 'Bahan penelitian tesis.',
            grounds: ['a', 'e'],
            reason: 'Penolakan tidak menjelaskan akibat pembukaan informasi.',
            responseDue: '2027-01-25',
            letter: { ...letter, letterNumber: null, date: '2026-12-10', signer: { name: 'Budi Santoso', position: 'Petugas PPID' } },
          },
          id,
        ),
      ),
    );
    expect(text).toContain('TANDA BUKTI PENERIMAAN KEBERATAN');
    expect(text).toContain('00003/KEB-PPID/2026');
    expect(text).toContain('00042/PPID-PPID/2026');
    expect(text).toContain('10 Desember 2026, 09.15 WIB');
    expect(text).toContain('[X] a. Penolakan atas permintaan informasi');
    expect(text).toContain('[X] e. Tidak dipenuhinya permintaan informasi');
    expect(text).toMatch(/\[ +\] c\. Tidak ditanggapinya/);
    expect(text).toContain('Penolakan tidak menjelaskan akibat pembukaan informasi.');
    expect(text).toContain('25 Januari 2027');
  });

  it("the atasan PPID's decision: outcome, reasons, the atasan's name and position, 14 working days to the Commission", async () => {
    const text = flat(
      pdfText(
        await renderObjectionDecision(
          {
            objectionNumber: '00003/KEB-PPID/2026',
            registrationNumber: '00042/PPID-PPID/2026',
            requester: { name: 'Andi Pratama' },
            receivedDate: '2026-12-10',
            grounds: ['a'],
            outcome: 'overturned',
            reasons: 'Uji konsekuensi tidak menunjukkan kerugian yang nyata.',
            instruction: 'PPID memberikan informasi dengan menghitamkan data pribadi.',
            disputeDue: '2027-02-12',
            letter: {
              ...letter,
              letterNumber: '1/PPID-KA/I/2027',
              date: '2027-01-22',
              signer: { name: 'Ahmad Hidayat', position: 'Atasan PPID, Sekretaris Jenderal' },
            },
          },
          id,
        ),
      ),
    );
    expect(text).toContain('TANGGAPAN ATASAN PPID ATAS KEBERATAN');
    expect(text).toContain('1/PPID-KA/I/2027');
    expect(text).toContain('Menerima keberatan dan membatalkan keputusan PPID.');
    expect(text).toContain('Uji konsekuensi tidak menunjukkan kerugian yang nyata.');
    expect(text).toContain('PPID memberikan informasi dengan menghitamkan data pribadi.');
    expect(text).toContain('Ahmad Hidayat');
    expect(text).toContain('Atasan PPID, Sekretaris Jenderal');
    expect(text).toContain('12 Februari 2027');
    expect(text).toContain('Komisi Informasi');
  });
});

describe('names in any script', () => {
  it('prints Chinese, Arabic, Cyrillic and Vietnamese names with real glyphs', async () => {
    for (const name of ['王小明', '山田太郎', 'أحمد حسن', 'Сергей Иванов', 'Nguyễn Thị Minh Khai']) expect(missingGlyphs(name)).toEqual([]);
    expect(fontRuns('Nama: أحمد حسن (pemohon)').map((r) => r.script)).toEqual(['latin', 'arabic', 'latin']);
  });

  it('finds a Chinese name and Arabic names in the extracted text', async () => {
    const chinese = pdfText(await renderWrittenNotice({ request: request('王小明 (Wang Xiaoming)'), letter, decision: { outcome: 'granted' } }, id));
    expect(chinese).toContain('王小明 (Wang Xiaoming)');
    const arabic = pdfText(await renderReceipt({ request: request('أحمد حسن'), noticeDue: '2026-12-07', letter }, id));
    // pdftotext reads an Arabic run in visual order; each word comes out whole.
    expect(arabic).toContain('أحمد');
    expect(arabic).toContain('حسن');
  });

  // Requesters at the missions in Seoul, New Delhi and Bangkok.
  const KOREAN = '김민준';
  const HINDI = 'प्रिया शर्मा';
  const THAI = 'สมชาย ใจดี';

  it("prints Korean, Devanagari and Thai names with real glyphs, each in its own script's font", () => {
    for (const name of [KOREAN, '이서연', HINDI, 'राजेश कुमार', THAI, 'นภัสวรรณ ศรีสุข']) expect(missingGlyphs(name)).toEqual([]);
    expect(fontRuns(`Nama: ${KOREAN} (pemohon)`).map((r) => r.script)).toEqual(['latin', 'hangul', 'latin']);
    expect(fontRuns(HINDI).map((r) => r.script)).toEqual(['devanagari']);
    expect(fontRuns(THAI).map((r) => r.script)).toEqual(['thai']);
  });

  it('finds Korean, Devanagari and Thai names in the extracted text', async () => {
    const korean = pdfText(await renderWrittenNotice({ request: request(`${KOREAN} (Kim Min-jun)`), letter, decision: { outcome: 'granted' } }, id));
    expect(korean).toContain(`${KOREAN} (Kim Min-jun)`);
    const hindi = pdfText(await renderReceipt({ request: request(HINDI), noticeDue: '2026-12-07', letter }, id));
    // Shaped Devanagari (the i-sign drawn before its consonant, the conjunct प्र) still reads back in logical order.
    expect(hindi).toContain(HINDI);
    const thai = pdfText(await renderReceipt({ request: request(THAI), noticeDue: '2026-12-07', letter }, id));
    expect(thai).toContain(THAI);
  });
});

describe('pages and letter numbers', () => {
  it('numbers every page "Halaman n dari m" on a long notice', async () => {
    const long = 'Rincian informasi yang diminta, per tahun dan per perwakilan. '.repeat(80);
    const pdf = await renderWrittenNotice({ request: { ...request(), information: long }, letter, decision: { outcome: 'granted' } }, id);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    for (let p = 1; p <= pages; p += 1) expect(text).toContain(`Halaman ${p} dari ${pages}`);
  });

  it('formats letter numbers with the month in Roman numerals', () => {
    expect(romanMonth(11)).toBe('XI');
    expect(formatLetterNumber('written_notice', 7, '2026-11-27')).toBe('7/PPID-PT/XI/2026');
    expect(formatLetterNumber('denial_decision', 12, '2027-04-01')).toBe('12/PPID-SK/IV/2027');
  });
});
