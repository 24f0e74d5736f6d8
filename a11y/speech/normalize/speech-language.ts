// The words and number readings of one spoken language, so every rule is written once for both languages.
import type { Language } from '../../../content/model/language.ts';
import { spellEnglish, spellIndonesian } from './letter-names.ts';
import {
  englishCardinal, englishDecimal, englishDigits, englishOrdinal, englishYear,
} from './number-words-en.ts';
import {
  indonesianCardinal, indonesianDecimal, indonesianDigits, indonesianOrdinal,
} from './number-words-id.ts';

/** Fixed words the rules put into spoken text. */
export interface SpeechWords {
  /** After a number with "%". */
  percent: string;
  /** A dot inside a domain or e-mail address. */
  dot: string;
  /** A dot between two numbers that is neither a thousands separator nor a time ("6.1" in a heading). */
  numberDot: string;
  /** "@" in an e-mail address. */
  at: string;
  /** "/" inside a URL. */
  slash: string;
  /** "-" inside a URL or e-mail address. */
  dash: string;
  /** "_" inside a URL or e-mail address. */
  underscore: string;
  /** "/" between two words ("desa/kelurahan"). */
  or: string;
  /** A dash between two numbers or times ("08.00–16.00"). */
  to: string;
  /** "&". */
  and: string;
  /** After a rupiah amount. */
  rupiah: string;
  /** After the cents of a rupiah amount. */
  cents: string;
  /** Between the rupiah and the cents ("and" in English; nothing in Indonesian). */
  centsJoin: string;
  /** Month names, January first. */
  months: readonly string[];
  /** Scale words after a rupiah amount ("Rp2,5 juta"), in this language, keyed by the word as written. */
  scales: Readonly<Record<string, string>>;
}

/** How one language says numbers, letters and the fixed words. */
export interface SpeechLanguage {
  code: Language;
  /** Cardinal words for a digit string. */
  cardinal(digits: string): string;
  /** Ordinal words for a digit string. */
  ordinal(digits: string): string;
  /** A decimal number, given its integer and fraction digits. */
  decimal(integerDigits: string, fractionDigits: string): string;
  /** Digit by digit (phone numbers, hotlines). */
  digits(digits: string): string;
  /** A four-digit year. */
  year(digits: string): string;
  /** Letter by letter with this language's letter names. */
  spell(letters: string): string;
  words: SpeechWords;
}

/** Scale words in either language, so "Rp2,5 juta" inside English text is still understood. */
const SCALE_KEYS = {
  ribu: 0, thousand: 0, juta: 1, million: 1, miliar: 2, milyar: 2, billion: 2, triliun: 3, trillion: 3,
} as const satisfies Record<string, number>;

function scalesIn(names: readonly [string, string, string, string]): Record<string, string> {
  return Object.fromEntries(Object.entries(SCALE_KEYS).map(([key, index]) => [key, names[index]]));
}

/** Indonesian. */
export const INDONESIAN: SpeechLanguage = {
  code: 'id',
  cardinal: indonesianCardinal,
  ordinal: indonesianOrdinal,
  decimal: indonesianDecimal,
  digits: indonesianDigits,
  // Indonesians read years as plain cardinals: "dua ribu enam belas", "seribu sembilan ratus empat puluh lima".
  year: indonesianCardinal,
  spell: spellIndonesian,
  words: {
    percent: 'persen',
    dot: 'titik',
    numberDot: 'titik',
    at: 'et',
    slash: 'garis miring',
    dash: 'strip',
    underscore: 'garis bawah',
    or: 'atau',
    to: 'sampai',
    and: 'dan',
    rupiah: 'rupiah',
    cents: 'sen',
    centsJoin: '',
    months: [
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
      'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ],
    scales: scalesIn(['ribu', 'juta', 'miliar', 'triliun']),
  },
};

/** English. */
export const ENGLISH: SpeechLanguage = {
  code: 'en',
  cardinal: englishCardinal,
  ordinal: englishOrdinal,
  decimal: englishDecimal,
  digits: englishDigits,
  year: englishYear,
  spell: spellEnglish,
  words: {
    percent: 'percent',
    dot: 'dot',
    numberDot: 'point',
    at: 'at',
    slash: 'slash',
    dash: 'dash',
    underscore: 'underscore',
    or: 'or',
    to: 'to',
    and: 'and',
    rupiah: 'rupiah',
    cents: 'sen',
    centsJoin: 'and',
    months: [
      'January', 'February', 'March', 'April', 'May', 'June',
      'July', 'August', 'September', 'October', 'November', 'December',
    ],
    scales: scalesIn(['thousand', 'million', 'billion', 'trillion']),
  },
};

/** The speech language for a kiosk language. */
export function speechLanguage(code: Language): SpeechLanguage {
  return code === 'en' ? ENGLISH : INDONESIAN;
}
