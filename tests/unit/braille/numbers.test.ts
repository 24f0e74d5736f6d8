import { describe, expect, it } from 'vitest';
import { brf } from './braille-helpers.ts';

describe('toBraille (id): numbers with Indonesian separators', () => {
  it.each([
    ['1', '#A'],
    ['10', '#AJ'],
    ['1945', '#AIDE'],
    ['2025', '#BJBE'],
    // Thousands "." is dot 3, decimal "," is dot 2; the number sign is not repeated inside one number.
    ['1.000', "#A'JJJ"],
    ['1.000.000', "#A'JJJ'JJJ"],
    ['2,5', '#B1E'],
    ['0,75', '#J1GE'],
    ['3,14', '#C1AD'],
    ['1.500.000,50', "#A'EJJ'JJJ1EJ"],
    ['Rp600.000,00', ",RP#FJJ'JJJ1JJ"],
    ['Rp 5.000', ",RP #E'JJJ"],
    ['pukul 08.00', "PUKUL #JH'JJ"],
    ['17 Agustus 2025', '#AG ,AGUSTUS #BJBE'],
    ['Nomor 14 Tahun 2008', ',NOMOR #AD ,TAHUN #BJJH'],
    // A separator not followed by a digit is punctuation and ends the number.
    ['2008.', '#BJJH4'],
    ['1945;', '#AIDE2'],
    ['2,5.', '#B1E4'],
    ['20, 21', '#BJ1 #BA'],
    ['1.', '#A4'],
    // Hyphen and slash end the number; the next number takes its own number sign.
    ['2020-2025', '#BJBJ-#BJBE'],
    ['0812-3456-7890', '#JHAB-#CDEF-#GHIJ'],
    ['8/2016', '#H/#BJAF'],
    ['ke-2', 'KE-#B'],
    ['50%', '#EJ.0'],
    // Letter sign (tanda pugar, dots 5-6) before a-j straight after a number, ahead of the capital sign.
    ['28H', '#BH;,H'],
    ['5A', '#E;,A'],
    ['5a', '#E;A'],
    ['3b', '#C;B'],
    ['28F', '#BH;,F'],
    ['123abc', '#ABC;ABC'],
    // k-z cannot be read as digits: no letter sign.
    ['10K', '#AJ,K'],
    ['3x', '#CX'],
    ['Pasal 5 ayat (2)', ',PASAL #E AYAT 7#B7'],
    ['Pasal 28H ayat (1)', ',PASAL #BH;,H AYAT 7#A7'],
    ['UU No. 8/2016', ',,UU ,NO4 #H/#BJAF'],
    // Vulgar fractions (uu-2003-12 has "di ½ (setengah)"): their own number sign, fraction line 3-4.
    ['di \u00BD (setengah)', 'DI #A/B 7SETENGAH7'],
    ['2\u00BD', '#B#A/B'],
    ['1\u20442', '#A/B'],
    // Minus sign used as a list dash (uu-1967-10): the hyphen cell.
    ['\u2212 pemberian', '- PEMBERIAN'],
  ])('%s is %s', (text, expected) => {
    expect(brf(text, 'id')).toBe(expected);
  });
});

describe('toBraille (en): UEB numeric mode', () => {
  it.each([
    // "," is dot 2 and the decimal point "." is 2-5-6; both continue numeric mode (UEB 6.5).
    ['1,000,000', '#A1JJJ1JJJ'],
    ['2.5', '#B4E'],
    ['3.14', '#C4AD'],
    ['1,234.56', '#A1BCD4EF'],
    ['2025.', '#BJBE4'],
    // A capital ends numeric mode, so no grade 1 indicator; a small a-j needs one.
    ['28H', '#BH,H'],
    ['79A', '#GI,A'],
    ['5a', '#E;A'],
    ['5k', '#EK'],
    ['4th', '#DTH'],
    ['1st', '#AST'],
    ['2nd', '#BND'],
    ['3rd', '#CRD'],
    ['10 cats', '#AJ CATS'],
    ['50%', '#EJ.0'],
    ['24/2013', '#BD_/#BJAC'],
    ['\u00BE', '#C/D'],
    ['5 \u2212 3', '#E "- #C'],
  ])('%s is %s', (text, expected) => {
    expect(brf(text, 'en')).toBe(expected);
  });
});
