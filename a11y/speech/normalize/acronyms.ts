// Acronyms and all-caps words: spelled with the language's letter names, read as words, or lower-cased so
// a voice does not spell a heading ("MEMUTUSKAN") letter by letter.
import { ACRONYMS } from './acronym-table.ts';
import { isPronounceableEnglish, isPronounceableIndonesian } from './pronounceable.ts';
import { romanValue } from './roman-numerals.ts';
import { matchAt, single, type Rewrite, type ScanContext } from './rule.ts';
import type { SpeechLanguage } from './speech-language.ts';

/** A word, or words joined by hyphens ("KTP-el", "e-KTP", "UNDANG-UNDANG"), not running into more letters. */
const HYPHENATED_WORD = /[A-Za-z]+(?:-[A-Za-z]+)*(?!\p{L})/uy;
const ALL_CAPS = /^[A-Z]{2,}$/;
/** Roman numerals of chapters and parts in running text ("Perang Dunia II"); only I, V and X, to spare words. */
const ROMAN_IVX = /^[IVX]{2,}$/;
/** Above this length an unknown all-caps token is a word even if it does not look like one. */
const MAX_SPELLED_LENGTH = 5;
/**
 * Short Indonesian words that headings write in capitals ("BAB", "DAN", "HAK"). Any other token of three
 * letters or fewer is spelled: short acronyms that look like words (KID, MUI, KEK) outnumber these.
 */
const INDONESIAN_SHORT_WORDS = new Set(
  'DI KE YA DAN BAB HAK ESA INI ITU ADA APA API AIR BEA DUA IBU TUA KAS POS GAS HAL MAU PAK BUS TAK'.split(' '),
);
/** Short English words that headings write in capitals; any other token of three letters or fewer is spelled. */
const ENGLISH_SHORT_WORDS = new Set(
  ('A AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP WE ACT AGE AID ALL AND ANY ARE ASK BUT ' +
    'BUS CAN CAR DAY END FEE FOR GET HAS HER HIM HIS HOW ITS JOB KEY LAW LET MAP MAY NEW NOT NOW OFF OLD ONE ' +
    'OUR OUT OWN PAY RUN SAY SEE SHE SIX TEN THE TOO TOP TRY TWO USE WAS WAY WHO WHY YES YOU').split(' '),
);

/** How one token is said, and whether it was spelled (spelled parts of "KTP-el" are joined by spaces). */
export interface TokenReading {
  spoken: string;
  isSpelled: boolean;
}

function readUnknownCaps(token: string, lang: SpeechLanguage): TokenReading {
  const lower = { spoken: token.toLowerCase(), isSpelled: false };
  const spelled = { spoken: lang.spell(token), isSpelled: true };
  const shortWords = lang.code === 'en' ? ENGLISH_SHORT_WORDS : INDONESIAN_SHORT_WORDS;
  if (token.length <= 3) return shortWords.has(token) ? lower : spelled;
  if (lang.code === 'en' ? isPronounceableEnglish(token) : isPronounceableIndonesian(token)) return lower;
  return token.length <= MAX_SPELLED_LENGTH ? spelled : lower;
}

/** How an all-caps token is said in this language, or null when it is not all caps (left to the voice). */
export function readCapsToken(token: string, lang: SpeechLanguage): TokenReading | null {
  if (!ALL_CAPS.test(token)) return null;
  const known = ACRONYMS[token];
  if (known === 'spell') return { spoken: lang.spell(token), isSpelled: true };
  if (known === 'word') return { spoken: token.toLowerCase(), isSpelled: false };
  if (known) return { spoken: known[lang.code], isSpelled: true };
  const roman = ROMAN_IVX.test(token) ? romanValue(token) : null;
  if (roman !== null) return { spoken: lang.cardinal(String(roman)), isSpelled: true };
  return readUnknownCaps(token, lang);
}

/** Rule: an all-caps token, or a hyphenated word with one ("KTP-el" → "ka te pe el"). */
export function acronymRule(context: ScanContext, at: number): Rewrite | null {
  const match = matchAt(HYPHENATED_WORD, context.source, at);
  if (!match) return null;
  const parts = match[0].split('-');
  const readings = parts.map((part) => readCapsToken(part, context.lang));
  if (readings.every((reading) => reading === null)) return null;
  // "UNDANG-UNDANG" keeps its hyphen (one word); "KTP-el" becomes "ka te pe el" (a hyphen inside spelled
  // letters makes some voices say "strip" or pause oddly), and the "e" of "e-KTP" is a letter name too.
  const isSpelled = readings.some((reading) => reading?.isSpelled);
  const spoken = parts.map((part, index) =>
    readings[index]?.spoken ?? (isSpelled && part.length === 1 ? context.lang.spell(part) : part));
  return single(at, at + match[0].length, spoken.join(isSpelled ? ' ' : '-'));
}
