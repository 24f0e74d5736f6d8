// Indonesian number words. Digits are handled as strings, not numbers, so amounts up to 999 triliun (and
// rupiah amounts in laws, e.g. Rp4.000.000.000.000,00) never lose precision.
import { MAX_CARDINAL_DIGITS, thousandGroups } from './thousand-groups.ts';

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
/** Scale words for each group of three digits, from the right. "miliar", not "milyar" (KBBI spelling). */
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun'] as const;

function one(digit: number): string {
  return ONES[digit] ?? '';
}

function underHundred(n: number): string {
  if (n < 10) return one(n);
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${one(n - 10)} belas`;
  const units = n % 10;
  return units === 0 ? `${one(Math.floor(n / 10))} puluh` : `${one(Math.floor(n / 10))} puluh ${one(units)}`;
}

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${one(hundreds)} ratus`);
  if (rest > 0) words.push(underHundred(rest));
  return words.join(' ');
}

/** Reads each digit on its own: "0812" → "nol delapan satu dua". */
export function indonesianDigits(digits: string): string {
  return [...digits].map((digit) => one(Number(digit))).join(' ');
}

/** Cardinal words for a digit string: "1000000" → "satu juta", "1000" → "seribu"; digit by digit past 999 triliun. */
export function indonesianCardinal(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > MAX_CARDINAL_DIGITS) return indonesianDigits(digits);
  if (/^0+$/.test(trimmed)) return 'nol';
  return thousandGroups(trimmed)
    .map(({ scale, value }) => {
      // "seribu", never "satu ribu"; but "satu juta", "satu miliar" (the se- prefix is only for ribu).
      if (scale === 1 && value === 1) return 'seribu';
      return SCALES[scale] ? `${underThousand(value)} ${SCALES[scale]}` : underThousand(value);
    })
    .join(' ');
}

/** Ordinal with the ke- prefix: "3" → "ketiga", "21" → "kedua puluh satu", "1" → "kesatu". */
export function indonesianOrdinal(digits: string): string {
  // "kesatu" rather than "pertama": it is the regular form, and the one laws use ("Bagian Kesatu").
  return `ke${indonesianCardinal(digits)}`;
}

/** A decimal with a comma: "2", "5" → "dua koma lima"; the fraction is read digit by digit ("0,125"). */
export function indonesianDecimal(integerDigits: string, fractionDigits: string): string {
  return `${indonesianCardinal(integerDigits)} koma ${indonesianDigits(fractionDigits)}`;
}
