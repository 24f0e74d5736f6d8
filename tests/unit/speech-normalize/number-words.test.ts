import { describe, expect, it } from 'vitest';
import {
  englishCardinal, englishDecimal, englishOrdinal, englishYear,
} from '../../../a11y/speech/normalize/number-words-en.ts';
import {
  indonesianCardinal, indonesianDecimal, indonesianDigits, indonesianOrdinal,
} from '../../../a11y/speech/normalize/number-words-id.ts';

describe('indonesianCardinal', () => {
  it.each([
    ['0', 'nol'],
    ['1', 'satu'],
    ['10', 'sepuluh'],
    ['11', 'sebelas'],
    ['12', 'dua belas'],
    ['19', 'sembilan belas'],
    ['20', 'dua puluh'],
    ['21', 'dua puluh satu'],
    ['100', 'seratus'],
    ['101', 'seratus satu'],
    ['111', 'seratus sebelas'],
    ['250', 'dua ratus lima puluh'],
    ['1000', 'seribu'],
    ['1001', 'seribu satu'],
    ['1100', 'seribu seratus'],
    ['2000', 'dua ribu'],
    ['11000', 'sebelas ribu'],
    ['100000', 'seratus ribu'],
    ['1000000', 'satu juta'],
    ['1500000', 'satu juta lima ratus ribu'],
    ['1000000000', 'satu miliar'],
    ['4000000000000', 'empat triliun'],
    ['2016', 'dua ribu enam belas'],
    ['1945', 'seribu sembilan ratus empat puluh lima'],
    [
      '999999999999999',
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar ' +
        'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu ' +
        'sembilan ratus sembilan puluh sembilan',
    ],
    ['1000000000000000', 'satu nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol'],
  ])('says %s as %j', (digits, words) => {
    expect(indonesianCardinal(digits)).toBe(words);
  });

  it('reads digits one by one for phone numbers', () => {
    expect(indonesianDigits('0812')).toBe('nol delapan satu dua');
  });

  it.each([
    ['1', 'kesatu'],
    ['3', 'ketiga'],
    ['10', 'kesepuluh'],
    ['21', 'kedua puluh satu'],
    ['100', 'keseratus'],
  ])('says the ordinal of %s as %j', (digits, words) => {
    expect(indonesianOrdinal(digits)).toBe(words);
  });

  it.each([
    ['2', '5', 'dua koma lima'],
    ['0', '125', 'nol koma satu dua lima'],
  ])('says %s,%s as %j', (integer, fraction, words) => {
    expect(indonesianDecimal(integer, fraction)).toBe(words);
  });
});

describe('English number words', () => {
  it.each([
    ['0', 'zero'],
    ['13', 'thirteen'],
    ['21', 'twenty-one'],
    ['105', 'one hundred five'],
    ['1000000', 'one million'],
    ['2016', 'two thousand sixteen'],
    ['600000', 'six hundred thousand'],
  ])('says %s as %j', (digits, words) => {
    expect(englishCardinal(digits)).toBe(words);
  });

  it.each([
    ['1', 'first'],
    ['2', 'second'],
    ['3', 'third'],
    ['12', 'twelfth'],
    ['17', 'seventeenth'],
    ['20', 'twentieth'],
    ['21', 'twenty-first'],
  ])('says the ordinal of %s as %j', (digits, words) => {
    expect(englishOrdinal(digits)).toBe(words);
  });

  it.each([
    ['1945', 'nineteen forty-five'],
    ['1905', 'nineteen oh five'],
    ['1900', 'nineteen hundred'],
    ['2007', 'two thousand seven'],
  ])('says the year %s as %j', (digits, words) => {
    expect(englishYear(digits)).toBe(words);
  });

  it('says a decimal with "point"', () => {
    expect(englishDecimal('2', '5')).toBe('two point five');
  });
});
