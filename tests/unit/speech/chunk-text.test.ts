import { describe, expect, it } from 'vitest';
import { chunkText, MAX_CHUNK_LENGTH, splitLongRange } from '../../../a11y/speech/chunk-text.ts';

const pieces = (text: string, options?: Parameters<typeof chunkText>[1]) => chunkText(text, options).map((range) => text.slice(range.start, range.end));

describe('chunkText', () => {
  it('splits at sentence ends and line breaks, trimming spaces', () => {
    expect(pieces('Selamat datang. Apa kabar?  Baik!\nBAB I\n  KETENTUAN UMUM')).toEqual(['Selamat datang.', 'Apa kabar?', 'Baik!', 'BAB I', 'KETENTUAN UMUM']);
  });

  it.each([
    ['abbreviation', 'Lihat UU No. 8 Tahun 2016 tentang Penyandang Disabilitas.'],
    ['street', 'Datang ke Jl. Merdeka Nomor 5 pada jam kerja.'],
    ['title', 'Dibuka oleh Prof. Sutrisno di aula.'],
    ['initial', 'Perpustakaan M. Hatta buka hari ini.'],
    ['lower case after the period', 'Bawa KTP, KK, dll. dan formulir yang diisi.'],
    ['decimal number', 'Bunga 3.5 persen setahun.'],
    ['ellipsis inside a word run', 'Tunggu...sebentar lagi.'],
  ])('does not split after a period inside a sentence (%s)', (_name, sentence) => {
    expect(pieces(sentence)).toEqual([sentence]);
  });

  it('keeps list markers at the start of a line with their item', () => {
    expect(pieces('Dokumen:\n1. Kartu Tanda Penduduk.\na. Kartu Keluarga.\nIV. Surat keterangan.')).toEqual([
      'Dokumen:',
      '1. Kartu Tanda Penduduk.',
      'a. Kartu Keluarga.',
      'IV. Surat keterangan.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(pieces('Ia berkata, "Silakan masuk." Lalu pergi. (Lihat Pasal 5.) Selesai.')).toEqual(['Ia berkata, "Silakan masuk."', 'Lalu pergi.', '(Lihat Pasal 5.)', 'Selesai.']);
  });

  it('no chunk is longer than 200 characters, and long sentences split at clause marks first', () => {
    const clause = 'setiap penyandang disabilitas berhak atas pelayanan perpustakaan yang mudah diakses';
    const sentence = `${clause}, ${clause}; ${clause}: ${clause}, ${clause}.`;
    const chunks = pieces(sentence);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/[,;:]$/);
    expect(chunks.join(' ')).toBe(sentence);
  });

  it('splits a sentence without clause marks at spaces, and a giant word at the limit', () => {
    const words = Array.from({ length: 80 }, (_, index) => `kata${index}`).join(' ');
    for (const chunk of pieces(words, { maxLength: 50 })) {
      expect(chunk.length).toBeLessThanOrEqual(50);
      expect(chunk).toMatch(/^kata\d+( kata\d+)*$/);
    }
    const url = `https://example.org/${'a'.repeat(450)}`;
    const urlChunks = pieces(url);
    expect(urlChunks.map((chunk) => chunk.length)).toEqual([200, 200, 70]);
    expect(urlChunks.join('')).toBe(url);
  });

  it('no chunk of a real regulation text exceeds the limit, and every non-space character is covered once', () => {
    const text = Array.from({ length: 40 }, (_, index) => `Pasal ${index + 1}\n(1) Setiap orang berhak memperoleh informasi publik sesuai dengan ketentuan Undang-Undang ini, termasuk informasi yang dimohonkan oleh penyandang disabilitas, anak, dan lanjut usia, tanpa dipungut biaya kecuali biaya penggandaan dan pengiriman dokumen yang wajar dan ditetapkan oleh badan publik yang bersangkutan.`).join('\n');
    const ranges = chunkText(text);
    let previousEnd = 0;
    for (const range of ranges) {
      expect(range.end - range.start).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
      expect(range.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, range.start)).toMatch(/^\s*$/);
      previousEnd = range.end;
    }
    expect(text.slice(previousEnd)).toMatch(/^\s*$/);
  });

  it('reads only [from, to), with offsets into the whole text', () => {
    const text = 'Satu. Dua. Tiga. Empat.';
    expect(chunkText(text, { from: 6, to: 16 })).toEqual([
      { start: 6, end: 10 },
      { start: 11, end: 16 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(chunkText('')).toEqual([]);
    expect(chunkText(' \n\t ')).toEqual([]);
  });
});

describe('splitLongRange', () => {
  it('leaves a short range alone (trimmed)', () => {
    expect(splitLongRange('  abc  ', { start: 0, end: 7 }, 10)).toEqual([{ start: 2, end: 5 }]);
  });
});
