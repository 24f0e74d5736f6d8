/**
 * The derivational prefixes of Indonesian with their morphophonemic variants, after the Enhanced Confix
 * Stripping rules (Arifin, Mahendra & Ciptaningtyas 2009) as implemented by Sastrawi. Rule numbers in the
 * comments are Sastrawi's. Infix rules (-el-, -em-, -er-, -in-) are left out: they are rare in the texts a
 * library visitor searches, and every rule that fires wrongly costs precision.
 */

/** The family a prefix belongs to: which suffixes it may combine with depends on it (see stem-indonesian.ts). */
export type PrefixType = 'di' | 'ke' | 'se' | 'be' | 'te' | 'me' | 'pe' | 'per';

/** One way to take a prefix off a word: what is left, with any letter the prefix had swallowed put back. */
export interface PrefixRemoval {
  type: PrefixType;
  rest: string;
}

const VOWEL = '[aeiou]';
/** Consonants that a prefix ending in a vowel may stand before without changing. */
const NOT_RLWYMN = '[^aeiourlwymn]';

/** [pattern, type, ...how to rebuild the rest from the captured groups], tried in this order. */
type Rule = readonly [RegExp, PrefixType, ...((match: RegExpExecArray) => string)[]];

const g1 = (m: RegExpExecArray): string => m[1] ?? '';
const with_ = (letters: string) => (m: RegExpExecArray): string => letters + (m[1] ?? '');

const RULES: readonly Rule[] = [
  [/^di(.+)$/, 'di', g1],
  [/^ke(.+)$/, 'ke', g1],
  [/^se(.+)$/, 'se', g1],
  // be-
  [/^(?:b|p)elajar(.*)$/, 'be', with_('ajar')], // Rule 4 (belajar) and Sastrawi's exception for pelajar
  [new RegExp(`^ber(${VOWEL}.*)$`), 'be', g1, with_('r')], // Rule 1a/1b: ber-V | be-rV
  [/^ber([^aeiour].*)$/, 'be', g1], // Rules 2-3: ber-CAP
  [/^be([^aeiourl]er[^aeiou].*)$/, 'be', g1], // Rule 5: be-C1erC2 (bekerja)
  // te-
  [new RegExp(`^ter(${VOWEL}.*)$`), 'te', g1, with_('r')], // Rule 6a/6b
  [/^ter([^aeiour].*)$/, 'te', g1], // Rules 7-8
  [/^te([^aeiour]er[^aeiou].*)$/, 'te', g1], // Rule 9
  // me-
  [new RegExp(`^me([lrwy]${VOWEL}.*)$`), 'me', g1], // Rule 10
  [/^mem([bfv].*)$/, 'me', g1], // Rule 11
  [/^mem(pe.*)$/, 'me', g1], // Rule 12: memper-
  // Rule 13: mem-V hides p more often than m (memakai, memilih; makan and minta are in the root list).
  [new RegExp(`^mem(r?${VOWEL}.*)$`), 'me', with_('p'), with_('m')],
  [/^men([cdjstz].*)$/, 'me', g1], // Rule 14
  [new RegExp(`^men(${VOWEL}.*)$`), 'me', with_('t'), with_('n')], // Rule 15: t first (menulis, menerima)
  [/^meng([ghqk].*)$/, 'me', g1], // Rule 16
  [new RegExp(`^meng(${VOWEL}.*)$`), 'me', g1, with_('k')], // Rule 17a/17b
  [/^menge([^aeiou].*)$/, 'me', g1], // Rule 17c: menge- before one-syllable roots (mengecat)
  [new RegExp(`^meny(${VOWEL}.*)$`), 'me', with_('s'), with_('ny')], // Rule 18: s first (menyapu)
  [/^mem(p[^e].*)$/, 'me', g1], // Rule 19: mem-p (mempunyai)
  // pe-
  [new RegExp(`^pe([wy]${VOWEL}.*)$`), 'pe', g1], // Rule 20
  [new RegExp(`^per(${VOWEL}.*)$`), 'per', g1, with_('r')], // Rule 21a/21b
  [/^per([^aeiour].*)$/, 'per', g1], // Rules 23-24: per-CAP
  [/^pem([bfv].*)$/, 'pe', g1], // Rule 25
  [new RegExp(`^pem(r?${VOWEL}.*)$`), 'pe', with_('p'), with_('m')], // Rule 26
  [/^pen([cdjstz].*)$/, 'pe', g1], // Rule 27
  [new RegExp(`^pen(${VOWEL}.*)$`), 'pe', with_('t'), with_('n')], // Rule 28
  [/^peng([ghqk].*)$/, 'pe', g1], // Rule 29
  [new RegExp(`^peng(${VOWEL}.*)$`), 'pe', g1, with_('k')], // Rule 30a/30b
  [/^penge([^aeiou].*)$/, 'pe', g1], // Rule 30c: penge- (pengecatan)
  [new RegExp(`^peny(${VOWEL}.*)$`), 'pe', with_('s'), with_('ny')], // Rule 31
  [new RegExp(`^pe(l${VOWEL}.*)$`), 'pe', g1], // Rule 32
  [new RegExp(`^pe(${NOT_RLWYMN}er${VOWEL}.*)$`), 'pe', g1], // Rule 33: pe-CerV (pekerja)
  [new RegExp(`^pe(${NOT_RLWYMN}.*)$`), 'pe', g1], // Rules 34/36: pe-CP (petani)
];

/** Every way to remove one prefix from `word`, most likely first; empty when it starts with no prefix. */
export function removePrefix(word: string): PrefixRemoval[] {
  const removals: PrefixRemoval[] = [];
  for (const [pattern, type, ...rebuilds] of RULES) {
    const match = pattern.exec(word);
    if (!match) continue;
    for (const rebuild of rebuilds) {
      const rest = rebuild(match);
      if (rest && !removals.some((removal) => removal.rest === rest)) removals.push({ type, rest });
    }
  }
  return removals;
}
