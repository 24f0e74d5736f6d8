// References inside and between laws. Numbers in legal references are read as words like every other
// number ("Pasal 5 ayat (2) huruf b" → "Pasal lima ayat dua huruf b"): that is how Indonesians read laws
// aloud, and a voice left with "Pasal 5" may switch to English digits or read "(2)" as "kurung dua".
// This module handles what the general number rule cannot: the names of regulation types ("PP Nomor 39"
// → "peraturan pemerintah Nomor tiga puluh sembilan"), Roman numerals after "BAB" or "Pasal", the
// parentheses of "ayat (1)", and "UU 8/2016" (number and year).
import { romanValue } from './roman-numerals.ts';
import { matchAt, single, textBefore, type Rewrite, type ScanContext } from './rule.ts';

/** Regulation types, with the words for each language. "UU" and "PP" count only before a number. */
const REGULATION_TYPES: Readonly<Record<string, { id: string; en: string }>> = {
  uu: { id: 'undang-undang', en: 'Law' },
  pp: { id: 'peraturan pemerintah', en: 'Government Regulation' },
  perppu: { id: 'peraturan pemerintah pengganti undang-undang', en: 'Government Regulation in Lieu of Law' },
  perpu: { id: 'peraturan pemerintah pengganti undang-undang', en: 'Government Regulation in Lieu of Law' },
  perpres: { id: 'peraturan presiden', en: 'Presidential Regulation' },
  keppres: { id: 'keputusan presiden', en: 'Presidential Decree' },
  kepres: { id: 'keputusan presiden', en: 'Presidential Decree' },
  inpres: { id: 'instruksi presiden', en: 'Presidential Instruction' },
  permen: { id: 'peraturan menteri', en: 'Ministerial Regulation' },
  kepmen: { id: 'keputusan menteri', en: 'Ministerial Decree' },
  permendagri: { id: 'peraturan menteri dalam negeri', en: 'Regulation of the Minister of Home Affairs' },
  permensos: { id: 'peraturan menteri sosial', en: 'Regulation of the Minister of Social Affairs' },
  perda: { id: 'peraturan daerah', en: 'Regional Regulation' },
  perkada: { id: 'peraturan kepala daerah', en: 'Regional Head Regulation' },
  pergub: { id: 'peraturan gubernur', en: 'Governor Regulation' },
  perbup: { id: 'peraturan bupati', en: 'Regent Regulation' },
  perwali: { id: 'peraturan wali kota', en: 'Mayor Regulation' },
  perwal: { id: 'peraturan wali kota', en: 'Mayor Regulation' },
};
const SHORT_TYPE = /(UU|PP)(?=[ \u00a0]+(?:RI[ \u00a0]+)?(?:No\.?|Nomor|NOMOR|Number|\d))/y;
/** The longer names first, so "Permendagri" is not read as "Permen" + "dagri". */
const NAMED_TYPE = new RegExp(
  `(${Object.keys(REGULATION_TYPES).filter((key) => key !== 'uu' && key !== 'pp')
    .sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`,
  'iuy',
);
/** A Roman numeral, possibly with an inserted-article letter ("Pasal IXA"), after a heading word. */
const ROMAN = /([IVXLC]+)([A-Z])?(?![\p{L}\p{N}])/uy;
const HEADING_WORDS = 'BAB|Bab|BAGIAN|Bagian|PARAGRAF|Paragraf|PASAL|Pasal|BUKU|Buku|CHAPTER|Chapter|PART|Part|Article';
const HEADING_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${HEADING_WORDS})[ \\u00a0]+$`, 'u');
/** "(1)", "(2a)": a paragraph number. */
const PAREN_NUMBER = /\(([1-9]\d{0,2})([a-z])?\)/y;
/** "(a)" right after "(2)" in English: "Article 5(2)(a)". */
const PAREN_LETTER = /\(([a-z])\)/y;
/** "8/2016": a regulation number and its year. */
const NUMBER_YEAR = /(\d{1,4})\/((?:19|20)\d\d)(?!\d)/y;
const REGULATION_WORDS =
  'UU|Undang-Undang|PP|Perpres|Permen\\p{L}*|Perda|Perppu|Keppres|Inpres|Law|Regulation|Instruction|Decree|Nomor|No\\.|Number';
const REGULATION_WORD_BEFORE = new RegExp(`(?:${REGULATION_WORDS})[ \\u00a0]+$`, 'iu');

function regulationType(context: ScanContext, at: number): Rewrite | null {
  const match = matchAt(SHORT_TYPE, context.source, at) ?? matchAt(NAMED_TYPE, context.source, at);
  if (!match) return null;
  const words = REGULATION_TYPES[match[1]!.toLowerCase()];
  return words ? single(at, at + match[0].length, words[context.lang.code]) : null;
}

function romanNumber(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const match = matchAt(ROMAN, source, at);
  if (!match || !HEADING_WORD_BEFORE.test(textBefore(source, at, 12))) return null;
  // "BAB XI" is eleven, but "Pasal IXA" is nine plus an inserted "A"; try the whole token first.
  const whole = romanValue(match[1]! + (match[2] ?? ''));
  const numeral = whole ?? romanValue(match[1]!);
  if (numeral === null) return null;
  const suffix = whole === null && match[2] ? ` ${match[2]}` : '';
  return single(at, at + match[0].length, `${lang.cardinal(String(numeral))}${suffix}`);
}

function parenthesised(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const previous = source[at - 1] ?? '';
  const number = matchAt(PAREN_NUMBER, source, at);
  if (number) {
    const words = lang.cardinal(number[1]!) + (number[2] ? ` ${number[2]}` : '');
    // English "Article 5(2)" reads "Article five, paragraph two"; Indonesian writes "ayat" itself.
    const spoken = lang.code === 'en' && /[\d)]/.test(previous) ? `, paragraph ${words}` : words;
    return single(at, at + number[0].length, spoken);
  }
  const letter = lang.code === 'en' && previous === ')' ? matchAt(PAREN_LETTER, source, at) : null;
  return letter ? single(at, at + letter[0].length, `, point ${letter[1]!}`) : null;
}

function numberAndYear(context: ScanContext, at: number): Rewrite | null {
  const { source, lang } = context;
  const match = matchAt(NUMBER_YEAR, source, at);
  if (!match || !REGULATION_WORD_BEFORE.test(textBefore(source, at, 24))) return null;
  const joiner = lang.code === 'en' ? 'of' : 'tahun';
  return single(at, at + match[0].length, `${lang.cardinal(match[1]!)} ${joiner} ${lang.year(match[2]!)}`);
}

/** Rule: a regulation type, a Roman chapter or article number, a paragraph number in brackets, or "8/2016". */
export function legalReferenceRule(context: ScanContext, at: number): Rewrite | null {
  return regulationType(context, at) ?? romanNumber(context, at) ?? parenthesised(context, at) ??
    numberAndYear(context, at);
}
