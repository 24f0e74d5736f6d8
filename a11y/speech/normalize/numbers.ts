// Numbers in words: integers with the language's thousands separator, decimals, percentages, simple
// fractions ("2/3" → "dua pertiga") and ordinals. Indonesian writes "1.000.000" and "2,5"; English
// "1,000,000" and "2.5". Every number becomes words, not only legal ones, so a voice never guesses whether
// "1.000" is a thousand or one point zero.
import { matchAt, type Part, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

const ID_THOUSANDS = /\d{1,3}(?:\.\d{3})+(?!\d|\.\d)/y;
const EN_THOUSANDS = /\d{1,3}(?:,\d{3})+(?!\d|,\d)/y;
const DIGITS = /\d+/y;
/** The decimal part after an integer: ",5" in Indonesian, ".5" in English. */
const ID_FRACTION = /,(\d+)/y;
const EN_FRACTION = /\.(\d+)/y;
/** Dots between numbers that are neither thousands nor decimals in Indonesian ("6.1", "1.2.3"). */
const ID_DOTTED = /(?:\.\d+)+(?!\d)/y;
const PERCENT = /[ \u00a0]?%/y;
const ID_ORDINAL = /([Kk])e-(\d+)(?!\d)/y;
const FRACTION = /(\d{1,2})\/(\d{1,4})(?!\d|[.,/]\d)/y;
const EN_ORDINAL = /(\d+)(?:st|nd|rd|th)(?!\p{L})/uy;
/** Laws repeat a number in words: "5 (lima) tahun", "2% (dua persen)", "Rp50.000.000,00 (lima puluh juta rupiah)". */
const ECHO = /[ \u00a0]*\(([^()\n]{1,80})\)/y;

function sameWords(a: string, b: string): boolean {
  // Spacing, hyphens and "satu per-"/"seper-" ("(satu pertiga)" echoes "sepertiga") do not make a difference.
  const tidy = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, '').replaceAll('satuper', 'seper');
  return tidy(a) === tidy(b);
}

/**
 * Where a spoken number ends in the source, taking in a following "(the same words)": the voice then says
 * the number once, and the highlight covers both the digits and their echo.
 */
export function endWithEcho(source: string, end: number, spoken: string): number {
  const echo = matchAt(ECHO, source, end);
  return echo && sameWords(echo[1]!, spoken) ? end + echo[0].length : end;
}

/** Cardinal words for an integer as written, separators removed; a leading zero ("007") is read digit by digit. */
export function integerWords(written: string, lang: SpeechLanguage): string {
  const digits = written.replace(/[.,]/g, '');
  return digits.length > 1 && digits.startsWith('0') && written === digits
    ? lang.digits(digits)
    : lang.cardinal(digits);
}

function readNumber(context: ScanContext, at: number): { end: number; spoken: string } | null {
  const { source, lang } = context;
  const isEnglish = lang.code === 'en';
  const integer = matchAt(isEnglish ? EN_THOUSANDS : ID_THOUSANDS, source, at) ?? matchAt(DIGITS, source, at);
  if (!integer) return null;
  let end = at + integer[0].length;
  // English says a bare four-digit number from 1100 to 1999 as a year ("nineteen forty-five"): in these
  // texts it nearly always is one. Indonesian years are plain cardinals, so lang.year is the cardinal there.
  let spoken = /^[1-9]\d{3}$/.test(integer[0]) ? lang.year(integer[0]) : integerWords(integer[0], lang);
  const fraction = matchAt(isEnglish ? EN_FRACTION : ID_FRACTION, source, end);
  const dotted = isEnglish || fraction ? null : matchAt(ID_DOTTED, source, end);
  if (fraction) {
    spoken = lang.decimal(integer[0].replace(/[.,]/g, ''), fraction[1]!);
    end += fraction[0].length;
  } else if (dotted) {
    const numbers = dotted[0].slice(1).split('.').map((part) => integerWords(part, lang));
    spoken = [spoken, ...numbers].join(` ${lang.words.numberDot} `);
    end += dotted[0].length;
  }
  const percent = matchAt(PERCENT, source, end);
  if (percent) {
    spoken = `${spoken} ${lang.words.percent}`;
    end += percent[0].length;
  }
  return { end, spoken };
}

/** Denominators read as fractions ("2/3", "1/1000"); other "a/b" are left alone ("24/7", "75/85"). */
function isFractionDenominator(denominator: number): boolean {
  return (denominator >= 2 && denominator <= 10) || denominator === 100 || denominator === 1000;
}

function sayFraction(numerator: string, denominator: string, lang: SpeechLanguage): string {
  const isOne = Number(numerator) === 1;
  if (lang.code === 'en') {
    if (denominator === '2') return isOne ? 'one half' : `${lang.cardinal(numerator)} halves`;
    const ordinal = denominator === '4' ? 'quarter' : lang.ordinal(denominator);
    // englishOrdinal("1000") already says "one thousandth".
    if (isOne && Number(denominator) >= 100) return ordinal;
    return `${lang.cardinal(numerator)} ${ordinal}${isOne ? '' : 's'}`;
  }
  if (isOne) return denominator === '2' ? 'setengah' : `seper${lang.cardinal(denominator)}`;
  return `${lang.cardinal(numerator)} per${lang.cardinal(denominator)}`;
}

function fractionAt(context: ScanContext, at: number): Part | null {
  const match = matchAt(FRACTION, context.source, at);
  if (!match || Number(match[1]) >= Number(match[2]) || !isFractionDenominator(Number(match[2]))) return null;
  return { start: at, end: at + match[0].length, spoken: sayFraction(match[1]!, match[2]!, context.lang) };
}

function ordinalAt(context: ScanContext, at: number): Part | null {
  const { source, lang } = context;
  if (lang.code === 'en') {
    const match = matchAt(EN_ORDINAL, source, at);
    return match ? { start: at, end: at + match[0].length, spoken: lang.ordinal(match[1]!) } : null;
  }
  const match = matchAt(ID_ORDINAL, source, at);
  if (!match) return null;
  // "Ke-3" at the start of a sentence stays capitalised: "Ketiga".
  return { start: at, end: at + match[0].length, spoken: `${match[1]}${lang.ordinal(match[2]!).slice(1)}` };
}

/** Rule: a number, decimal, percentage, fraction or ordinal in words ("1.000.000" → "satu juta", "ke-3" → "ketiga"). */
export function numberRule(context: ScanContext, at: number): Rewrite | null {
  const found = ordinalAt(context, at) ?? fractionAt(context, at) ?? readNumber(context, at);
  if (!found) return null;
  const end = endWithEcho(context.source, found.end, found.spoken);
  return { end, parts: [{ start: at, end, spoken: found.spoken }] };
}
