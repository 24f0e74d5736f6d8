// Numbers as Indonesian laws print them: roman BAB numbers, ordinal words for Bagian,
// article numbers with letter suffixes ("28H"), and the OCR slips the corpus really has ("2O", "ll7A").

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a roman numeral (I..CC), or undefined when the letters are not a well-formed numeral. */
export function romanToInt(roman: string): number | undefined {
  if (!/^[IVXLC]{1,8}$/.test(roman)) return undefined;
  let total = 0;
  for (let index = 0; index < roman.length; index += 1) {
    const value = ROMAN_VALUES[roman[index] ?? ''] ?? 0;
    const next = ROMAN_VALUES[roman[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Reject sequences such as "IIII" or "VV" that are words or OCR noise, not numerals.
  return intToRoman(total) === roman ? total : undefined;
}

/** Roman numeral for 1..399. */
export function intToRoman(value: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [size, letters] of table) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}

const UNITS: Readonly<Record<string, number>> = {
  satu: 1, pertama: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11,
};

/** Value of a Bagian ordinal ("Kesatu", "Pertama", "Kedua Belas", "Keduapuluh satu"), or undefined. */
export function ordinalToInt(words: string): number | undefined {
  const text = words.toLowerCase().replace(/\s+/g, '');
  const match = /^(?:ke)?(satu|pertama|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(belas|puluh)?(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)?$/.exec(
    text,
  );
  if (!match) return undefined;
  const head = UNITS[match[1] ?? ''] ?? 0;
  if (match[2] === 'belas') return match[3] ? undefined : head + 10;
  if (match[2] === 'puluh') return head * 10 + (match[3] ? (UNITS[match[3]] ?? 0) : 0);
  return match[3] ? undefined : head;
}

/** An article (or chapter) number split into its parts, with a sortable key. */
export interface UnitNumber {
  /** The number as it should be looked up: "28H", "20" (from OCR "2O"), "II". */
  normalized: string;
  /** Integer part (roman numerals converted). */
  value: number;
  /** Letter suffix, "" when none: "H" in "28H", "A" in "BAB XA". */
  suffix: string;
  isRoman: boolean;
  /** value * 1000 + suffix rank: "5" < "5A" < "5B" < "6". */
  key: number;
}

function suffixRank(suffix: string): number {
  let rank = 0;
  for (const letter of suffix) rank = rank * 27 + (letter.charCodeAt(0) - 64);
  return rank;
}

function makeNumber(value: number, suffix: string, isRoman: boolean, normalized: string): UnitNumber {
  return { normalized, value, suffix, isRoman, key: value * 1000 + suffixRank(suffix) };
}

/**
 * Parses an article number token: "5", "28H", "5AA", roman "II", and OCR forms where O stands for 0 and l/I for 1
 * ("2O", "1OO", "ll7A"). A trailing capital I or O is a suffix only for I (Pasal 28I exists; a suffix O does not).
 */
export function parseArticleNumber(token: string): UnitNumber | undefined {
  if (/^[IVX]{1,7}$/.test(token)) {
    const roman = romanToInt(token);
    return roman === undefined ? undefined : makeNumber(roman, '', true, token);
  }
  // T is read for 7 too ("Pasal T4" in the 2020 omnibus law); no article suffix uses O or T.
  let suffix = /[A-HJ-NP-SU-Z]{1,2}$/.exec(token)?.[0] ?? '';
  if (!suffix && /[0-9]I$/.test(token)) suffix = 'I';
  const core = token.slice(0, token.length - suffix.length);
  if (!/^[0-9OIlT]+$/.test(core) || !/[0-9]/.test(core)) return undefined;
  const value = Number.parseInt(core.replace(/O/g, '0').replace(/[Il]/g, '1').replace(/T/g, '7'), 10);
  if (!Number.isFinite(value) || value <= 0 || value > 5000) return undefined;
  return makeNumber(value, suffix, false, `${value}${suffix}`);
}

/** The number of a law's only article ("Pasal tunggal", "Satu-satunya pasal"): it is looked up as Pasal 1. */
export function singleArticleNumber(): UnitNumber {
  return makeNumber(1, '', false, '1');
}

/** Parses a BAB number: roman with an optional letter suffix ("IX", "XA", "IXA"); OCR digits ("BAB 1") too. */
export function parseChapterNumber(token: string): UnitNumber | undefined {
  if (/^[1-9][0-9]?$/.test(token)) {
    const value = Number(token);
    return makeNumber(value, '', true, intToRoman(value));
  }
  const whole = romanToInt(token);
  if (whole !== undefined) return makeNumber(whole, '', true, token);
  const match = /^([IVXLC]+)([A-F])$/.exec(token);
  if (!match) return undefined;
  const value = romanToInt(match[1] ?? '');
  return value === undefined ? undefined : makeNumber(value, match[2] ?? '', true, token);
}

/** Parses a Bagian number: an ordinal word ("Kedua Belas") or, in older laws, a roman numeral ("V", "VIIIA"). */
export function parsePartNumber(token: string): UnitNumber | undefined {
  const ordinal = ordinalToInt(token);
  if (ordinal !== undefined) return makeNumber(ordinal, '', false, token.replace(/\s+/g, ' '));
  return parseChapterNumber(token);
}

/** Parses a Paragraf number: digits with an optional suffix, or an ordinal word. */
export function parseParagraphNumber(token: string): UnitNumber | undefined {
  const match = /^(\d{1,3})([A-Z]?)$/.exec(token);
  if (match) return makeNumber(Number.parseInt(match[1] ?? '0', 10), match[2] ?? '', false, token);
  const ordinal = ordinalToInt(token);
  return ordinal === undefined ? undefined : makeNumber(ordinal, '', false, token);
}
