// Rupiah amounts: "Rp600.000,00" → "enam ratus ribu rupiah", "Rp2,5 juta" → "dua koma lima juta rupiah".
// Rupiah amounts keep Indonesian separators even inside English text, so the amount is parsed by its shape.
import { endWithEcho } from './numbers.ts';
import { matchAt, single, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

/** "Rp600.000,00", "Rp 600.000", "Rp. 1.500.000", "Rp600.000,-", "IDR 600.000", "Rp2,5 juta". */
const SCALE_WORDS = 'ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion';
const RUPIAH = new RegExp(
  `(?:R[Pp]\\.?|IDR)[ \\u00a0]?(\\d[\\d.,]*\\d|\\d)(,-)?(?:[ \\u00a0]?(${SCALE_WORDS})(?!\\p{L}))?`,
  'uy',
);

interface Amount {
  integer: string;
  fraction: string;
}

/** Reads an amount by its separators: Indonesian "1.500.000,50", English "1,500,000.50", or a plain decimal. */
function parseAmount(written: string): Amount | null {
  const indonesian = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(written);
  if (indonesian) return { integer: indonesian[1]!.replaceAll('.', ''), fraction: indonesian[2] ?? '' };
  const english = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(written);
  if (english) return { integer: english[1]!.replaceAll(',', ''), fraction: english[2] ?? '' };
  const plain = /^(\d+)(?:[.,](\d+))?$/.exec(written);
  return plain ? { integer: plain[1]!, fraction: plain[2] ?? '' } : null;
}

function sayAmount(amount: Amount, scale: string | undefined, lang: SpeechLanguage): string {
  const { integer, fraction } = amount;
  const { words } = lang;
  if (scale) {
    const number = /[1-9]/.test(fraction) ? lang.decimal(integer, fraction) : lang.cardinal(integer);
    return `${number} ${words.scales[scale.toLowerCase()] ?? scale} ${words.rupiah}`;
  }
  const rupiah = `${lang.cardinal(integer)} ${words.rupiah}`;
  if (!/[1-9]/.test(fraction)) return rupiah;
  // Two digits are sen ("Rp1.500,50"); one digit is tenths of a rupiah written short ("Rp1.500,5" = 50 sen).
  if (fraction.length > 2) return `${lang.decimal(integer, fraction)} ${words.rupiah}`;
  const cents = lang.cardinal(fraction.padEnd(2, '0'));
  return [rupiah, words.centsJoin, cents, words.cents].filter(Boolean).join(' ');
}

/** Rule: a rupiah amount, in words, with the currency said after the number as Indonesians say it. */
export function currencyRule(context: ScanContext, at: number): Rewrite | null {
  const match = matchAt(RUPIAH, context.source, at);
  if (!match) return null;
  const amount = parseAmount(match[1]!);
  if (!amount) return null;
  const spoken = sayAmount(amount, match[3], context.lang);
  return single(at, endWithEcho(context.source, at + match[0].length, spoken), spoken);
}
