// Letters, digits, indicators and punctuation for the two codes the kiosk writes. Dots are given as
// numbers (see cells.ts) so each line can be checked against the printed sources named here.
//
// Indonesian (`id`): Braille Indonesia, uncontracted ("tulisan penuh"), as taught in SLB:
// - Didi Tarsidi, "Modul 2: Braille Dasar: Abjad Braille, Tanda Komposisi, Tanda Baca, Angka" (the SLB
//   teacher-training module, republished at braillemodul.blogspot.com/2012/12/tanda-baca.html), table 2.4;
// - the "Kompensatoris Braille" course slides (Bahasa Indonesia, tulisan penuh), tanda baca 1-19;
// - both follow the Kemendikbud "Pedoman Penulisan Simbol Braille Indonesia". We read the two teaching
//   texts above, not the Pedoman itself; where they disagree (one lists the full stop as 2-4-6, the
//   other and the module's own examples 2-5-6) we follow the majority: 2-5-6.
// - Cross-check we could not run: liblouis pull request #1998 (open, May 2026) proposes id-g1/id-g2 tables
//   built from an SLB teaching module; liblouis has no Indonesian table in a release.
// Indonesian braille keeps the older (pre-UEB) punctuation: one cell for both parentheses (2-3-5-6), slash
// 3-4, dash 3-6 3-6, ellipsis 3 3 3. Symbols the module does not list (%, @, &, +, = ...) use the UEB sign.
//
// English (`en`): Unified English Braille, uncontracted (grade 1), per "The Rules of Unified English Braille"
// (ICEB, 2nd ed. 2013): sections 7 (punctuation), 8 (capitals), 6 (numeric mode), 5 (grade 1 indicator).
import { cell, cells } from './cells.ts';
import type { BrailleLanguage } from './braille-language.ts';

/** Print characters to the cells that write them. */
export type CellTable = Readonly<Record<string, string>>;

/** a-z: the standard six-dot alphabet, the same in Braille Indonesia and UEB. */
export const LETTERS: CellTable = Object.fromEntries(
  (
    [
      ['a', '1'], ['b', '12'], ['c', '14'], ['d', '145'], ['e', '15'], ['f', '124'], ['g', '1245'],
      ['h', '125'], ['i', '24'], ['j', '245'], ['k', '13'], ['l', '123'], ['m', '134'], ['n', '1345'],
      ['o', '135'], ['p', '1234'], ['q', '12345'], ['r', '1235'], ['s', '234'], ['t', '2345'],
      ['u', '136'], ['v', '1236'], ['w', '2456'], ['x', '1346'], ['y', '13456'], ['z', '1356'],
    ] as const
  ).map(([letter, dots]) => [letter, cell(dots)]),
);

/** Digits 1-9 and 0 are the letters a-j after the number sign. */
export const DIGITS: CellTable = Object.fromEntries(
  '1234567890'.split('').map((digit, i) => [digit, LETTERS['abcdefghij'.charAt(i)] ?? '']),
);

/** Capital sign (tanda huruf kapital): dot 6 before one capital letter. */
export const CAPITAL_SIGN = cell('6');
/** Apostrophe: dot 3 in both codes. */
export const APOSTROPHE = cell('3');
/** Capital-word sign: dot 6 twice before a word written all in capitals (id: "tanda kapital dua kali"). */
export const CAPITAL_WORD_SIGN = cells('6 6');
/** UEB capitals terminator (6, 3): ends capitals mode inside a word, as in "KTPs". English only. */
export const CAPITALS_TERMINATOR = cells('6 3');
/** Number sign (tanda angka): dots 3-4-5-6 before a run of digits. */
export const NUMBER_SIGN = cell('3456');
/**
 * Letter sign: dots 5-6 before a letter a-j that directly follows a number, so it is not read as a digit.
 * id: "tanda pugar"; en: the UEB grade 1 indicator (UEB sections 5 and 6).
 */
export const LETTER_SIGN = cell('56');

/**
 * The print characters that continue a number when a digit follows them, with their cells; the number
 * sign is not repeated. id: thousands "." as dot 3 and decimal "," as dot 2 ("Rp600.000,00" is
 * ⠠⠗⠏⠼⠋⠚⠚⠄⠚⠚⠚⠂⠚⠚). en (UEB section 6): "," as dot 2 and the decimal point "." as 2-5-6. Both: the
 * fraction slash U+2044 as the fraction line.
 */
export const NUMBER_SEPARATORS: Readonly<Record<BrailleLanguage, CellTable>> = {
  id: { '.': cell('3'), ',': cell('2'), '\u2044': cell('34') },
  en: { ',': cell('2'), '.': cell('256'), '\u2044': cell('34') },
};

/** Fraction line inside a number (dots 3-4): "½" is ⠼⠁⠌⠃ (UEB simple numeric fraction; id slash). */
export const FRACTION_LINE = cell('34');

/** Punctuation and symbols shared by both codes (UEB signs the Indonesian module does not list). */
const SHARED: CellTable = {
  '.': cell('256'),
  ',': cell('2'),
  ';': cell('23'),
  ':': cell('25'),
  '?': cell('236'),
  '!': cell('235'),
  "'": cell('3'),
  '-': cell('36'),
  '\u2010': cell('36'), // hyphen
  '\u2011': cell('36'), // non-breaking hyphen
  '%': cells('46 356'),
  '@': cells('4 1'),
  '&': cells('4 12346'),
  '#': cells('456 1456'),
  '+': cells('5 235'),
  '=': cells('5 2356'),
  '<': cells('4 126'),
  '>': cells('4 345'),
  '$': cells('4 234'),
  '€': cells('4 15'),
  '£': cells('4 123'),
  '°': cells('45 245'),
  '×': cells('5 236'),
  '÷': cells('5 34'),
  '_': cells('46 36'),
  '[': cells('46 126'),
  ']': cells('46 345'),
  '{': cells('456 126'),
  '}': cells('456 345'),
  '\\': cells('456 16'),
  '|': cells('456 1256'),
  '~': cells('4 35'),
  '^': cells('4 26'),
  '§': cells('45 234'),
  '•': cells('456 256'),
  '©': cells('45 14'),
};

/** Braille Indonesia punctuation (Modul 2 table 2.4; Kompensatoris slides). */
const INDONESIAN: CellTable = {
  ...SHARED,
  '(': cell('2356'),
  ')': cell('2356'),
  '/': cell('34'),
  '\u2212': cell('36'), // minus sign, used in laws as a list dash: the hyphen cell, as in the older math code
  '\u2013': cells('36 36'), // en dash: "tanda pisah"
  '\u2014': cells('36 36'), // em dash: "tanda pisah"
  '\u2026': cells('3 3 3'), // ellipsis: three apostrophe cells
  '*': cells('35 35'),
  '±': cells('26 35'),
  '\u2018': cells('6 236'), // opening single quote: "tanda petik tunggal" 6, 2-3-6
  '\u201C': cell('236'),
  '\u201D': cell('356'),
  '\u00AB': cell('236'),
  '\u00BB': cell('356'),
};

/** UEB punctuation (Rules of UEB, section 7 and the symbols list). */
const ENGLISH: CellTable = {
  ...SHARED,
  '(': cells('5 126'),
  ')': cells('5 345'),
  '\u2212': cells('5 36'), // minus sign
  '/': cells('456 34'),
  '\u2013': cells('6 36'),
  '\u2014': cells('5 6 36'),
  '\u2026': cells('256 256 256'),
  '*': cells('5 35'),
  '±': cells('456 235'),
  '\u2018': cells('6 236'),
  '\u201C': cell('236'),
  '\u201D': cell('356'),
  '\u00AB': cell('236'),
  '\u00BB': cell('356'),
};

/** Closing single quote as a quote mark (not an apostrophe): id 3-5-6 3; UEB 6 3-5-6. */
export const CLOSING_SINGLE_QUOTE: Readonly<Record<BrailleLanguage, string>> = {
  id: cells('356 3'),
  en: cells('6 356'),
};

/** Straight double quote: opening 2-3-6 or closing 3-5-6 (UEB nonspecific quotes; same cells in id). */
export const DOUBLE_QUOTE = { open: cell('236'), close: cell('356') } as const;

/** The punctuation table of a language: print character to cells. */
export const PUNCTUATION: Readonly<Record<BrailleLanguage, CellTable>> = {
  id: INDONESIAN,
  en: ENGLISH,
};
