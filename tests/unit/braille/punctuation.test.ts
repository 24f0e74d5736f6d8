import { describe, expect, it } from 'vitest';
import { toBraille } from '../../../a11y/braille/to-braille.ts';
import { brf } from './braille-helpers.ts';

describe('toBraille (id): punctuation (Modul 2 Braille Dasar, table 2.4)', () => {
  it.each([
    ['a.', 'A4'],
    ['a,', 'A1'],
    ['a;', 'A2'],
    ['a:', 'A3'],
    ['a?', 'A8'],
    ['a!', 'A6'],
    // One cell, dots 2-3-5-6, for both parentheses.
    ['(a)', '7A7'],
    ['"a"', '8A0'],
    ['\u201Ca\u201D', '8A0'],
    ['("a")', '78A07'],
    ['\u2018a\u2019', ",8A0'"],
    ["a'b", "A'B"],
    ['a-b', 'A-B'],
    ['a/b', 'A/B'],
    ['dan/atau', 'DAN/ATAU'],
    ['a\u2013b', 'A--B'],
    ['a \u2014 b', 'A -- B'],
    ['a...', "A'''"],
    ['a\u2026', "A'''"],
    ['a*', 'A99'],
    ['\u00B1', '59'],
    ['@', '@A'],
    ['a@b.id', 'A@AB4ID'],
    ['&', '@&'],
    ['a_b', 'A.-B'],
    ['[a]', '.<A.>'],
    ['+', '"6'],
    ['=', '"7'],
    ['#', '_?'],
  ])('%s is %s', (text, expected) => {
    expect(brf(text, 'id')).toBe(expected);
  });
});

describe('toBraille (en): UEB punctuation', () => {
  it.each([
    ['Hello, world!', ',HELLO1 WORLD6'],
    ['What?', ',WHAT8'],
    ['"Yes," she said.', '8,YES10 SHE SAID4'],
    ['(a)', '"<A">'],
    ['a/b', 'A_/B'],
    ['a\u2013b', 'A,-B'],
    ['a\u2014b', 'A",-B'],
    ['a...', 'A444'],
    ['a\u2026', 'A444'],
    ['a*', 'A"9'],
    ['\u2018a\u2019', ',8A,0'],
    ['\u00B1', '_6'],
    ['prakerja.go.id', 'PRAKERJA4GO4ID'],
  ])('%s is %s', (text, expected) => {
    expect(brf(text, 'en')).toBe(expected);
  });
});

describe('toBraille: spaces and line breaks', () => {
  it.each([
    ['a b', 'A B'],
    ['a  b', 'A  B'],
    ['a\tb', 'A B'],
    ['a\u00A0b', 'A B'],
    ['a\nb', 'A\nB'],
    ['a\r\nb', 'A\nB'],
    ['a\rb', 'A\nB'],
    ['a\n\nb', 'A\n\nB'],
    ['', ''],
  ])('%j is %j', (text, expected) => {
    expect(brf(text, 'id')).toBe(expected);
  });

  it('keeps spaces as U+0020 in the Unicode output (friendlier on screen than U+2800)', () => {
    expect(toBraille('a b', 'id')).toBe('⠁ ⠃');
  });
});

describe('toBraille: characters with no braille sign', () => {
  it.each([
    ['\u2603', '='],
    ['a\u2603b', 'A=B'],
    ['\u4E2D\u6587', '=='],
    ['\u{1F600}', '='],
    ['\u{1F44D}\u{1F3FD}', '='],
    ['x\u00B2', 'X='],
    ['\uD800', '='],
    ['\u0000', '='],
    // Accented Latin letters are written as their base letter; invisible characters are dropped.
    ['caf\u00E9', 'CAFE'],
    ['cafe\u0301', 'CAFE'],
    ['\u00D6', ',O'],
    ['ab\u00ADc', 'ABC'],
    ['a\u200Bb', 'AB'],
  ])('%j is %j (placeholder ⠿ is "=")', (text, expected) => {
    expect(brf(text, 'id')).toBe(expected);
    expect(() => toBraille(text, 'en')).not.toThrow();
  });

  it('uses dots 1-6 (⠿) as the placeholder', () => {
    expect(toBraille('\u2603', 'id')).toBe('⠿');
  });
});
