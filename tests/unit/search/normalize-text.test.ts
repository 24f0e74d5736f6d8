import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from '../../../content/search/normalize-text.ts';
import { analyzeText } from '../../../content/search/analyze.ts';

describe('normalizeText', () => {
  it('lowercases and strips diacritics', () => {
    expect(normalizeText('Café Ḍoa PERPUSTAKAAN')).toBe('cafe doa perpustakaan');
  });
});

describe('tokenize', () => {
  it.each([
    ['Pasal 28H ayat (1)', ['pasal', '28h', 'ayat', '1']],
    ['KTP-el', ['ktpel', 'ktp', 'el']],
    ['e-KTP', ['ektp', 'ktp']],
    ['anak-anak', ['anak']],
    ['Undang-Undang Nomor 8 Tahun 2016', ['undang', 'nomor', '8', 'tahun', '2016']],
    ['Rp600.000,- per bulan', ['rp600000', 'per', 'bulan']],
    ['1.000.000 orang', ['1000000', 'orang']],
    ["Qur'an", ['quran']],
    ['huruf a. dan b.', ['huruf', 'dan']],
    ['dan/atau', ['dan', 'atau']],
    ['   ', []],
  ])('%j → %j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('analyzeText', () => {
  it('drops stopwords and adds the stem after each word that has one', () => {
    expect(analyzeText('Pendaftaran untuk penyandang disabilitas', 'id')).toEqual(['pendaftaran', 'daftar', 'penyandang', 'sandang', 'disabilitas']);
  });

  it('adds a phrase of the synonym list as one term after its last word', () => {
    expect(analyzeText('Bantuan sosial bagi lanjut usia', 'id')).toEqual(['bantuan', 'bantu', 'sosial', 'bantuan_sosial', 'lanjut', 'usia', 'lanjut_usia']);
    expect(analyzeText('kekerasan dalam rumah tangga', 'id')).toContain('kekerasan_rumah_tangga');
  });

  it('uses the English plural stemmer for English', () => {
    expect(analyzeText('The services for persons with disabilities', 'en')).toEqual(['services', 'service', 'persons', 'person', 'disabilities', 'disability']);
  });
});
