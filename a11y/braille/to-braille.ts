// toBraille: print text to uncontracted six-dot braille as Unicode cells, for the on-screen braille view
// and (through toBrf) for embossers. Pure: no DOM, no Node. The conventions, with their sources, are in
// symbols.ts (cells) and README.md (rules); each rule below names the one it implements.
import type { BrailleLanguage } from './braille-language.ts';
import { UNKNOWN_CELL } from './cells.ts';
import {
  APOSTROPHE,
  CAPITAL_SIGN,
  CAPITAL_WORD_SIGN,
  CAPITALS_TERMINATOR,
  CLOSING_SINGLE_QUOTE,
  DIGITS,
  DOUBLE_QUOTE,
  FRACTION_LINE,
  LETTER_SIGN,
  LETTERS,
  NUMBER_SEPARATORS,
  NUMBER_SIGN,
  PUNCTUATION,
} from './symbols.ts';

/**
 * Invisible characters, dropped: combining marks left after folding, soft hyphen, zero-width spaces and
 * joiners, BOM, variation selectors, emoji skin-tone modifiers.
 */
const INVISIBLE = /^[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;
/** Any whitespace except line breaks becomes one space each. */
const SPACE = /^[^\S\n\f\v]$/u;
/** Line-ending characters (after CR LF and CR are folded to LF). */
const LINE_BREAK = /^[\n\f\v\u2028\u2029]$/u;
/** Opening context for a straight double quote: start of text, a space, or an opening bracket or dash. */
const OPENS_QUOTE = /^[\s([{\u201C\u2018\u2013\u2014-]$/u;

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z]$/.test(char);
const isUpper = (char: string): boolean => char >= 'A' && char <= 'Z';
const isApostrophe = (char: string | undefined): boolean => char === "'" || char === '\u2019';

/**
 * Print to Unicode braille, uncontracted: Braille Indonesia for `id`, UEB grade 1 for `en`. Spaces stay
 * plain spaces (U+0020, friendlier in an on-screen view and a single blank cell in BRF); line breaks stay
 * "\n". A character with no braille sign becomes ⠿ (dots 1-6); nothing throws.
 */
export function toBraille(text: string, lang: BrailleLanguage): string {
  const chars = foldText(text);
  let out = '';
  let isNumberMode = false;
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] ?? '';
    if (isDigit(char)) {
      // Number sign once before a run of digits; the run goes on across the language's separators.
      if (!isNumberMode) out += NUMBER_SIGN;
      out += DIGITS[char] ?? UNKNOWN_CELL;
      isNumberMode = true;
      i += 1;
    } else if (isVulgarFraction(char)) {
      out += writeVulgarFraction(char);
      isNumberMode = true;
      i += 1;
    } else if (isNumberMode && isDigit(chars[i + 1]) && NUMBER_SEPARATORS[lang][char] !== undefined) {
      out += NUMBER_SEPARATORS[lang][char];
      i += 1;
    } else if (isLetter(char)) {
      const end = letterRunEnd(chars, i);
      const run = chars.slice(i, end);
      if (isNumberMode && needsLetterSign(run[0] ?? '', lang)) out += LETTER_SIGN;
      out += writeWord(run, lang);
      isNumberMode = false;
      i = end;
    } else {
      const [cells, used] = writeOther(chars, i, lang);
      out += cells;
      isNumberMode = false;
      i += used;
    }
  }
  return out;
}

/** A precomposed fraction's compatibility form: digits, fraction slash, digits. */
const VULGAR_FRACTION = /^(\d+)\u2044(\d+)$/;

/** True for a precomposed fraction character such as "½" (U+00BD) or "⅓" (U+2153). */
function isVulgarFraction(char: string): boolean {
  return char.length === 1 && char.charCodeAt(0) >= 0x80 && VULGAR_FRACTION.test(char.normalize('NFKD'));
}

/**
 * A vulgar fraction character ("½", "¾") as its own number: number sign, numerator, fraction line,
 * denominator. It always takes its own number sign, so "2½" is the mixed number ⠼⠃⠼⠁⠌⠃ (UEB section 6).
 */
function writeVulgarFraction(char: string): string {
  const parts = VULGAR_FRACTION.exec(char.normalize('NFKD')) ?? [];
  const digits = (run: string): string => Array.from(run, (digit) => DIGITS[digit] ?? '').join('');
  return NUMBER_SIGN + digits(parts[1] ?? '') + FRACTION_LINE + digits(parts[2] ?? '');
}

/**
 * After a number, a letter a-j would read as a digit. id ("tanda pugar"): the letter sign goes before any
 * a-j, capital or not, and before the capital sign ("28H" is ⠼⠃⠓⠰⠠⠓). en (UEB section 6, numeric mode):
 * the capital sign already ends numeric mode, so only a lower-case a-j takes the grade 1 indicator
 * ("5a" is ⠼⠑⠰⠁).
 */
function needsLetterSign(letter: string, lang: BrailleLanguage): boolean {
  const isAtoJ = /^[a-j]$/i.test(letter);
  return lang === 'id' ? isAtoJ : isAtoJ && !isUpper(letter);
}

/** Where a word's letters end: letters, and apostrophes between letters ("Jum'at", "DON'T"). */
function letterRunEnd(chars: readonly string[], start: number): number {
  let end = start;
  const isInnerApostrophe = (at: number): boolean =>
    isApostrophe(chars[at]) && isLetter(chars[at - 1]) && isLetter(chars[at + 1]);
  while (isLetter(chars[end]) || isInnerApostrophe(end)) end += 1;
  return end;
}

/**
 * One word's letters with its capital signs. Both codes: one capital, ⠠ before it; a word of two or more
 * letters all in capitals, ⠠⠠ once before it ("UU", "KTP", "PENJELASAN"). A word mixing cases: in UEB a
 * run of capitals takes ⠠⠠ and, if small letters follow, the capitals terminator ⠠⠄ ("KTPs"); Braille
 * Indonesia has no terminator in the sources we follow, so each capital there takes its own ⠠ ("KTPnya").
 */
function writeWord(run: readonly string[], lang: BrailleLanguage): string {
  const letters = run.filter(isLetter);
  if (letters.length >= 2 && letters.every(isUpper)) return CAPITAL_WORD_SIGN + writeLetters(run);
  if (lang === 'id' || letters.length < 2) {
    return run.map((char) => (isUpper(char) ? CAPITAL_SIGN : '') + writeLetters([char])).join('');
  }
  let out = '';
  let i = 0;
  while (i < run.length) {
    let end = i;
    while (end < run.length && (isUpper(run[end] ?? '') || (end > i && isApostrophe(run[end])))) end += 1;
    if (end - i >= 2) {
      out += CAPITAL_WORD_SIGN + writeLetters(run.slice(i, end));
      if (end < run.length) out += CAPITALS_TERMINATOR;
      i = end;
    } else {
      const char = run[i] ?? '';
      out += (isUpper(char) ? CAPITAL_SIGN : '') + writeLetters([char]);
      i += 1;
    }
  }
  return out;
}

/** Letters (any case) and in-word apostrophes as cells. */
function writeLetters(run: readonly string[]): string {
  return run.map((char) => (isApostrophe(char) ? APOSTROPHE : (LETTERS[char.toLowerCase()] ?? UNKNOWN_CELL))).join('');
}

/** Cells for a character that is neither a digit nor a letter, and how many characters it used. */
function writeOther(chars: readonly string[], i: number, lang: BrailleLanguage): [string, number] {
  const char = chars[i] ?? '';
  if (LINE_BREAK.test(char)) return ['\n', 1];
  if (SPACE.test(char)) return [' ', 1];
  if (INVISIBLE.test(char)) return ['', 1];
  if (lang === 'id' && char === '.' && chars[i + 1] === '.' && chars[i + 2] === '.') {
    return [PUNCTUATION.id['\u2026'] ?? '', 3]; // "..." is the ellipsis: three dot-3 cells in Braille Indonesia
  }
  if (char === '"') {
    const before = chars[i - 1];
    return [before === undefined || OPENS_QUOTE.test(before) ? DOUBLE_QUOTE.open : DOUBLE_QUOTE.close, 1];
  }
  // ’ between letters is an apostrophe (written with the word); anywhere else it closes a quotation.
  if (char === '\u2019') return [CLOSING_SINGLE_QUOTE[lang], 1];
  return [PUNCTUATION[lang][char] ?? UNKNOWN_CELL, 1];
}

/**
 * The text as code points, with CR LF and CR folded to LF and accented Latin letters folded to their base
 * letter ("é" to "e", "Ö" to "O"): uncontracted Braille Indonesia and UEB grade 1 as written here have no
 * accent signs (see README, limits).
 */
function foldText(text: string): string[] {
  return Array.from(text.normalize('NFC').replace(/\r\n?/g, '\n'), (char) => {
    if (char.charCodeAt(0) < 0x80) return char;
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    return base.length === 1 && isLetter(base) ? base : char;
  });
}
