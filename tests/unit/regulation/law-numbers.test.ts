// Numbers as laws print them, including the OCR slips the corpus really contains.
import { describe, expect, it } from 'vitest';
import {
  intToRoman,
  ordinalToInt,
  parseArticleNumber,
  parseChapterNumber,
  parsePartNumber,
  romanToInt,
} from '../../../content/regulation/law-numbers.ts';

describe('roman numerals', () => {
  it.each([
    ['I', 1], ['IV', 4], ['IX', 9], ['XIV', 14], ['XL', 40], ['XCIX', 99], ['CXX', 120],
  ] as const)('romanToInt(%s) = %i and back', (roman, value) => {
    expect(romanToInt(roman)).toBe(value);
    expect(intToRoman(value)).toBe(roman);
  });

  it.each(['IIII', 'VV', 'IC', 'ABC', '', 'iv'])('"%s" is not a numeral', (text) => {
    expect(romanToInt(text)).toBeUndefined();
  });
});

describe('ordinals of Bagian', () => {
  it.each([
    ['Kesatu', 1], ['Pertama', 1], ['Kedua', 2], ['Kesepuluh', 10], ['Kesebelas', 11], ['Kedua Belas', 12],
    ['Keduabelas', 12], ['Kelima belas', 15], ['Kedua Puluh', 20], ['Kedua Puluh Satu', 21], ['Ketiga puluh dua', 32],
  ] as const)('%s = %i', (words, value) => {
    expect(ordinalToInt(words)).toBe(value);
  });

  it.each(['Kesenian', 'Keuangan', 'Kedua Belas Satu', ''])('"%s" is not an ordinal', (words) => {
    expect(ordinalToInt(words)).toBeUndefined();
  });
});

describe('article numbers', () => {
  // [printed, number looked up, value, suffix, roman]
  it.each([
    ['5', '5', 5, '', false],
    ['28H', '28H', 28, 'H', false],
    ['28I', '28I', 28, 'I', false],
    ['5AA', '5AA', 5, 'AA', false],
    ['2O', '20', 20, '', false],
    ['1OO', '100', 100, '', false],
    ['ll7A', '117A', 117, 'A', false],
    ['T4', '74', 74, '', false],
    ['II', 'II', 2, '', true],
  ] as const)('"%s" is Pasal %s', (printed, normalized, value, suffix, isRoman) => {
    expect(parseArticleNumber(printed)).toMatchObject({ normalized, value, suffix, isRoman });
  });

  it('orders 5 < 5A < 5B < 6', () => {
    const keys = ['5', '5A', '5B', '6'].map((token) => parseArticleNumber(token)?.key ?? 0);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    expect(new Set(keys).size).toBe(4);
  });

  it.each(['', 'abc', 'O', 'lI', '0'])('"%s" is not an article number', (token) => {
    expect(parseArticleNumber(token)).toBeUndefined();
  });
});

describe('chapter and part numbers', () => {
  it.each([
    ['IX', 9, ''], ['XA', 10, 'A'], ['IXA', 9, 'A'], ['1', 1, ''],
  ] as const)('BAB %s has value %i and suffix "%s"', (token, value, suffix) => {
    expect(parseChapterNumber(token)).toMatchObject({ value, suffix, isRoman: true });
  });

  it('Bagian numbers are ordinal words, or roman numerals in older laws', () => {
    expect(parsePartNumber('Kedua Puluh Satu')?.value).toBe(21);
    expect(parsePartNumber('VB')).toMatchObject({ value: 5, suffix: 'B' });
    expect(parsePartNumber('IBW')).toBeUndefined();
  });
});
