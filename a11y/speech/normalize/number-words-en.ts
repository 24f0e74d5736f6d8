// English number words, American style without "and" ("one hundred five"), which is what the brief's
// "two thousand sixteen" asks for and what en-US and en-GB voices both read naturally.
import { MAX_CARDINAL_DIGITS, thousandGroups } from './thousand-groups.ts';

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion'] as const;
/** Irregular ordinals; every other word takes -th (and -y becomes -ieth). */
const IRREGULAR_ORDINALS: Readonly<Record<string, string>> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

function underHundred(n: number): string {
  if (n < 20) return SMALL[n] ?? '';
  const units = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return units === 0 ? tens : `${tens}-${SMALL[units] ?? ''}`;
}

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(`${SMALL[hundreds] ?? ''} hundred`);
  if (rest > 0) words.push(underHundred(rest));
  return words.join(' ');
}

/** Reads each digit on its own: "165" → "one six five". */
export function englishDigits(digits: string): string {
  return [...digits].map((digit) => SMALL[Number(digit)] ?? '').join(' ');
}

/** Cardinal words for a digit string: "1000000" → "one million" (digit by digit past 999 trillion). */
export function englishCardinal(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > MAX_CARDINAL_DIGITS) return englishDigits(digits);
  if (/^0+$/.test(trimmed)) return 'zero';
  return thousandGroups(trimmed)
    .map(({ scale, value }) => (SCALES[scale] ? `${underThousand(value)} ${SCALES[scale]}` : underThousand(value)))
    .join(' ');
}

/** Ordinal words: "1" → "first", "21" → "twenty-first", "100" → "one hundredth". */
export function englishOrdinal(digits: string): string {
  const cardinal = englishCardinal(digits);
  const match = /[a-z]+$/.exec(cardinal);
  if (!match) return cardinal;
  const last = match[0];
  const ordinal = IRREGULAR_ORDINALS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, match.index) + ordinal;
}

/** A decimal with a point: "2", "5" → "two point five"; the fraction is read digit by digit. */
export function englishDecimal(integerDigits: string, fractionDigits: string): string {
  return `${englishCardinal(integerDigits)} point ${englishDigits(fractionDigits)}`;
}

/** A year as English speakers say it: "1945" → "nineteen forty-five", "1905" → "nineteen oh five". */
export function englishYear(digits: string): string {
  const year = Number(digits);
  // 2000–2099 stay cardinal ("two thousand sixteen"), as the brief's "Law number eight of two thousand
  // sixteen" reads; so do years before 1100, which are rare and read fine as cardinals.
  if (digits.length !== 4 || year < 1100 || year >= 2000) return englishCardinal(digits);
  const century = Math.floor(year / 100);
  const rest = year % 100;
  if (rest === 0) return `${underHundred(century)} hundred`;
  return `${underHundred(century)} ${rest < 10 ? `oh ${SMALL[rest] ?? ''}` : underHundred(rest)}`;
}
