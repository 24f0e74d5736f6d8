// The segmenter: Indonesian (and English) abbreviations, legal numbering, list markers, numbers, URLs, and the
// invariants the reader relies on (trimmed, ordered, covering ranges) on real law text.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../content/model/language.ts';
import { segmentText, type Paragraph } from '../../../a11y/reader/segment.ts';
import { FIXTURE_LAWS, lawText, SAMPLE_LAWS, sampleRegulation } from './reader-fixtures.ts';

function sentences(text: string, lang: Language = 'id'): string[] {
  return segmentText(text, lang).flatMap((paragraph) => paragraph.sentences.map((sentence) => text.slice(sentence.start, sentence.end)));
}

// [text, language, the sentences expected]
const CASES: Array<[string, Language, string[]]> = [
  // "dll.", "dsb.", "dst.", "tsb." continue the sentence before a small letter, end it before a capital
  ['Bawa KTP, KK, dll. yang masih berlaku.', 'id', ['Bawa KTP, KK, dll. yang masih berlaku.']],
  ['Bawa KTP, KK, dll. Setelah itu tunggu panggilan.', 'id', ['Bawa KTP, KK, dll.', 'Setelah itu tunggu panggilan.']],
  ['Ada buku, majalah, dsb. di rak itu.', 'id', ['Ada buku, majalah, dsb. di rak itu.']],
  ['Baca halaman 1, 2, dst. sampai selesai.', 'id', ['Baca halaman 1, 2, dst. sampai selesai.']],
  ['Surat tsb. sudah diterima petugas.', 'id', ['Surat tsb. sudah diterima petugas.']],
  // letters and addresses
  ['Yth. Bapak Kepala Desa di tempat.', 'id', ['Yth. Bapak Kepala Desa di tempat.']],
  ['Ditandatangani a.n. Kepala Dinas Sosial.', 'id', ['Ditandatangani a.n. Kepala Dinas Sosial.']],
  ['Kirim berkas u.p. Bagian Umum.', 'id', ['Kirim berkas u.p. Bagian Umum.']],
  ['Kantor di Jl. Merdeka No. 5 Jakarta.', 'id', ['Kantor di Jl. Merdeka No. 5 Jakarta.']],
  ['Dinas Sosial Kab. Bogor membuka layanan.', 'id', ['Dinas Sosial Kab. Bogor membuka layanan.']],
  ['Kantor Kec. Cibinong dan Kel. Pakansari buka.', 'id', ['Kantor Kec. Cibinong dan Kel. Pakansari buka.']],
  ['Lihat Hlm. 12 untuk rinciannya.', 'id', ['Lihat Hlm. 12 untuk rinciannya.']],
  ['Senin s.d. Jumat kantor buka.', 'id', ['Senin s.d. Jumat kantor buka.']],
  ['Pemerintah cq. Menteri Sosial menetapkan.', 'id', ['Pemerintah cq. Menteri Sosial menetapkan.']],
  ['Diubah dengan (Stbl. 1934 No. 720) itu.', 'id', ['Diubah dengan (Stbl. 1934 No. 720) itu.']],
  // titles, names, initials, degrees
  ['Ceramah oleh Prof. Dr. Siti Aminah.', 'id', ['Ceramah oleh Prof. Dr. Siti Aminah.']],
  ['Sambutan H. Ahmad Fauzi dan Hj. Siti Rahmah.', 'id', ['Sambutan H. Ahmad Fauzi dan Hj. Siti Rahmah.']],
  ['Kuasa hukumnya Budi Santoso, S.H., M.Si. hadir.', 'id', ['Kuasa hukumnya Budi Santoso, S.H., M.Si. hadir.']],
  ['Kuasa hukumnya Andi, S.H. Ia hadir pagi ini.', 'id', ['Kuasa hukumnya Andi, S.H.', 'Ia hadir pagi ini.']],
  ['Presiden B. J. Habibie menandatangani.', 'id', ['Presiden B. J. Habibie menandatangani.']],
  ['Presiden B.J. Habibie menandatangani.', 'id', ['Presiden B.J. Habibie menandatangani.']],
  ['MENTERI HUKUM DAN HAM, ttd. YASONNA H. LAOLY', 'id', ['MENTERI HUKUM DAN HAM, ttd. YASONNA H. LAOLY']],
  ['Disahkan di Jakarta ttd. DR. H. SUSILO BAMBANG YUDHOYONO', 'id', ['Disahkan di Jakarta ttd. DR. H. SUSILO BAMBANG YUDHOYONO']],
  ['Ketetapan M.P.R.S. No. XXXIII/MPRS/1967.', 'id', ['Ketetapan M.P.R.S. No. XXXIII/MPRS/1967.']],
  ['nasabah bank syariah (Tuan B). Meskipun demikian, akad sah.', 'id', ['nasabah bank syariah (Tuan B).', 'Meskipun demikian, akad sah.']],
  // numbers
  ['Bantuan naik 2,5 persen. Penerima bertambah.', 'id', ['Bantuan naik 2,5 persen.', 'Penerima bertambah.']],
  ['Dana Rp1.000.000 diberikan. Sisanya disimpan.', 'id', ['Dana Rp1.000.000 diberikan.', 'Sisanya disimpan.']],
  ['Dana Rp. 1.000.000,00 diberikan tiap bulan.', 'id', ['Dana Rp. 1.000.000,00 diberikan tiap bulan.']],
  ['Pukul 08.00 sampai 16.00 kantor buka.', 'id', ['Pukul 08.00 sampai 16.00 kantor buka.']],
  ['Jumlah penerima tahun ini 100. Tahun depan bertambah.', 'id', ['Jumlah penerima tahun ini 100.', 'Tahun depan bertambah.']],
  // list markers start a sentence, they are not one
  ['a. hidup;', 'id', ['a. hidup;']],
  ['1. Penyandang Disabilitas adalah setiap orang.', 'id', ['1. Penyandang Disabilitas adalah setiap orang.']],
  ['I. UMUM', 'id', ['I. UMUM']],
  ['Penyandang Disabilitas berhak: a. hidup; b. bebas dari stigma; c. Privasi.', 'id', ['Penyandang Disabilitas berhak: a. hidup; b. bebas dari stigma; c. Privasi.']],
  ['dengan: 1. Penyandang Disabilitas adalah orang. 2. Kesamaan Kesempatan adalah keadaan.', 'id', ['dengan: 1. Penyandang Disabilitas adalah orang.', '2. Kesamaan Kesempatan adalah keadaan.']],
  ['a. hidup; b. bebas dari stigma; dan c. Pelindungan dari bencana.', 'id', ['a. hidup; b. bebas dari stigma; dan c. Pelindungan dari bencana.']],
  ['Tentara Nasional Indonesia c. Anggota Kepolisian', 'id', ['Tentara Nasional Indonesia c. Anggota Kepolisian']],
  ['(1) Setiap orang berhak. (2) Negara menjamin hak itu.', 'id', ['(1) Setiap orang berhak.', '(2) Negara menjamin hak itu.']],
  // legal references
  ['sebagaimana dimaksud dalam Pasal 5 ayat (1). Ketentuan lebih lanjut diatur.', 'id', ['sebagaimana dimaksud dalam Pasal 5 ayat (1).', 'Ketentuan lebih lanjut diatur.']],
  ['sebagaimana dimaksud dalam Pasal 5. ayat (2) tidak berlaku.', 'id', ['sebagaimana dimaksud dalam Pasal 5. ayat (2) tidak berlaku.']],
  ['sebagaimana dimaksud dalam Pasal 5. Ayat (2) tidak berlaku.', 'id', ['sebagaimana dimaksud dalam Pasal 5. Ayat (2) tidak berlaku.']],
  ['berdasarkan Undang-Undang Nomor 8. Tahun 2016 menjadi dasarnya.', 'id', ['berdasarkan Undang-Undang Nomor 8. Tahun 2016 menjadi dasarnya.']],
  ['Undang-Undang No. 8 Tahun 2016 tentang Penyandang Disabilitas.', 'id', ['Undang-Undang No. 8 Tahun 2016 tentang Penyandang Disabilitas.']],
  ['sebagaimana dimaksud pada huruf c. Ketentuan ini berlaku.', 'id', ['sebagaimana dimaksud pada huruf c.', 'Ketentuan ini berlaku.']],
  ['Pasal 1. Dalam Undang-undang ini yang dimaksud dengan buruh.', 'id', ['Pasal 1.', 'Dalam Undang-undang ini yang dimaksud dengan buruh.']],
  ['Huruf c Cukup jelas. Huruf d Cukup jelas.', 'id', ['Huruf c Cukup jelas.', 'Huruf d Cukup jelas.']],
  // URLs and e-mail
  ['Kunjungi https://cekbansos.kemensos.go.id. Masukkan nama Anda.', 'id', ['Kunjungi https://cekbansos.kemensos.go.id.', 'Masukkan nama Anda.']],
  ['Buka www.kemensos.go.id/bansos?id=5 untuk cek.', 'id', ['Buka www.kemensos.go.id/bansos?id=5 untuk cek.']],
  ['Kirim surel ke layanan@perpusnas.go.id. Petugas akan membalas.', 'id', ['Kirim surel ke layanan@perpusnas.go.id.', 'Petugas akan membalas.']],
  // other ends
  ['Apakah Anda lansia? Jika ya, bawa KTP.', 'id', ['Apakah Anda lansia?', 'Jika ya, bawa KTP.']],
  ['Daftar sekarang! Kuota terbatas.', 'id', ['Daftar sekarang!', 'Kuota terbatas.']],
  ['Ia berkata, "Saya sudah mendaftar." Lalu ia pulang.', 'id', ['Ia berkata, "Saya sudah mendaftar."', 'Lalu ia pulang.']],
  ['Tunggu sebentar... Petugas datang.', 'id', ['Tunggu sebentar...', 'Petugas datang.']],
  // English
  ['Bring your ID, e.g. a KTP or a passport.', 'en', ['Bring your ID, e.g. a KTP or a passport.']],
  ['Ask the staff, i.e. the librarian on duty.', 'en', ['Ask the staff, i.e. the librarian on duty.']],
  ['Mr. Budi and Mrs. Siti will help you.', 'en', ['Mr. Budi and Mrs. Siti will help you.']],
  ['Talk to Dr. Aminah at the desk.', 'en', ['Talk to Dr. Aminah at the desk.']],
  ['See regulation No. 8 of 2016.', 'en', ['See regulation No. 8 of 2016.']],
  ['Bring your ID card, family card, etc. The staff will check them.', 'en', ['Bring your ID card, family card, etc.', 'The staff will check them.']],
  ['Bring your ID card, family card, etc. and a photo.', 'en', ['Bring your ID card, family card, etc. and a photo.']],
  ['The office is on Jl. Merdeka near the market.', 'en', ['The office is on Jl. Merdeka near the market.']],
  ['See Fig. 3 below.', 'en', ['See Fig. 3 below.']],
  ['Lihat Fig. 3 di bawah.', 'id', ['Lihat Fig.', '3 di bawah.']],
  ['It is free. Ask the staff.', 'en', ['It is free.', 'Ask the staff.']],
];

describe('segmentText: abbreviations, numbering and sentence ends', () => {
  it.each(CASES)('%s (%s)', (text, lang, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });

  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('segmentText: paragraphs and words', () => {
  it('makes one paragraph per non-blank line, trimmed', () => {
    const text = '  Judul  \n\n Baris kedua. Kalimat dua.\r\n\t\nAkhir';
    const paragraphs = segmentText(text, 'id');
    expect(paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end))).toEqual(['Judul', 'Baris kedua. Kalimat dua.', 'Akhir']);
    expect(paragraphs[1]!.sentences).toHaveLength(2);
  });

  it('gives words without surrounding punctuation, keeping URLs, decimals and hyphenated words whole', () => {
    const text = '(1) Rp1.000.000,00 untuk perundang-undangan, lihat https://jdih.go.id/a?b=1 "sekarang".';
    const [sentence] = segmentText(text, 'id')[0]!.sentences;
    expect(sentence!.words.map((word) => text.slice(word.start, word.end))).toEqual([
      '1', 'Rp1.000.000,00', 'untuk', 'perundang-undangan', 'lihat', 'https://jdih.go.id/a?b=1', 'sekarang',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentText('', 'id')).toEqual([]);
    expect(segmentText(' \n\t \n', 'id')).toEqual([]);
  });
});

/** The first broken rule of the ranges the reader relies on, or undefined; counts sentences. */
function findProblem(text: string, paragraphs: Paragraph[]): string | undefined {
  let previousEnd = 0;
  for (const paragraph of paragraphs) {
    if (text.slice(paragraph.start, paragraph.end).includes('\n')) return `paragraph at ${paragraph.start} spans lines`;
    let covered = paragraph.start;
    for (const sentence of paragraph.sentences) {
      const slice = text.slice(sentence.start, sentence.end);
      if (slice === '' || slice.trim() !== slice) return `sentence at ${sentence.start} is empty or not trimmed`;
      if (sentence.start < previousEnd) return `sentence at ${sentence.start} overlaps the previous one`;
      // Between sentences there is only whitespace: every character of the paragraph is in some sentence.
      if (text.slice(covered, sentence.start).trim() !== '') return `text before ${sentence.start} is in no sentence`;
      const badWord = sentence.words.find((word, index) => word.start < sentence.start || word.end > sentence.end || word.start >= word.end || (index > 0 && word.start < sentence.words[index - 1]!.end));
      if (badWord) return `word at ${badWord.start} is outside its sentence or out of order`;
      covered = sentence.end;
      previousEnd = sentence.end;
    }
    if (covered !== paragraph.end) return `paragraph at ${paragraph.start} is not covered to its end`;
  }
  return undefined;
}

describe('segmentText on real law text', () => {
  it.each([...SAMPLE_LAWS, ...FIXTURE_LAWS])('%s: trimmed, ordered sentences that cover every paragraph', (id) => {
    const text = lawText(id);
    const paragraphs = segmentText(text, 'id');
    expect(findProblem(text, paragraphs)).toBeUndefined();
    expect(paragraphs.flatMap((paragraph) => paragraph.sentences).length).toBeGreaterThan(0);
  });

  it('reads UU 8/2016 Pasal 5 line by line: the ayat and each huruf item are one sentence each', () => {
    const regulation = sampleRegulation('uu-2016-8');
    const start = regulation.text.indexOf('Pasal 5\n(1)');
    const end = regulation.text.indexOf('Bagian Kedua', start);
    const result = sentences(regulation.text.slice(start, end));
    expect(result.slice(0, 4)).toEqual(['Pasal 5', '(1) Penyandang Disabilitas memiliki hak:', 'a. hidup;', 'b. bebas dari stigma;']);
    expect(result).toContain('v. bebas dari tindakan Diskriminasi, penelantaran, penyiksaan, dan eksploitasi.');
    expect(result.filter((sentence) => /^[a-v]\. /.test(sentence))).toHaveLength(22 + 4 + 7);
  });

  it('keeps a whole ayat joined on one line (as raw law text often is) as one sentence', () => {
    const regulation = sampleRegulation('uu-2016-8');
    const start = regulation.text.indexOf('(1) Penyandang Disabilitas memiliki hak:');
    const end = regulation.text.indexOf('(2) Selain hak', start);
    const joined = regulation.text.slice(start, end).replace(/\s*\n\s*/g, ' ').trim();
    expect(joined.length).toBeGreaterThan(500);
    expect(sentences(joined)).toEqual([joined]);
  });

  it('splits the penjelasan of UU 8/2016 into its "Huruf x ..." explanations', () => {
    const text = lawText('uu-2016-8');
    const line = text.split('\n').find((candidate) => candidate.startsWith('Huruf a Yang dimaksud dengan “asas Penghormatan'))!;
    const result = sentences(line);
    expect(result.every((sentence) => sentence.startsWith('Huruf '))).toBe(true);
    expect(result).toContain('Huruf c Cukup jelas.');
    expect(result).toHaveLength(11);
  });

  it('keeps signatures with "ttd." and initials inside their sentence', () => {
    const text = lawText('uu-2016-8');
    const result = sentences(text);
    expect(result.some((sentence) => sentence.includes('ttd. JOKO WIDODO Diundangkan'))).toBe(true);
    expect(result.some((sentence) => sentence.includes('ttd. YASONNA H. LAOLY LEMBARAN'))).toBe(true);
  });

  it('segments a definitions list: "1. Penyandang Disabilitas adalah ..." is one sentence', () => {
    const regulation = sampleRegulation('uu-2016-8');
    const result = sentences(regulation.text.slice(0, 6000));
    expect(result.find((sentence) => sentence.startsWith('1. Penyandang Disabilitas adalah'))).toMatch(/kesamaan hak\.$/);
    expect(result).toContain('20. Menteri adalah menteri yang menyelenggarakan urusan pemerintahan di bidang sosial.');
  });
});
