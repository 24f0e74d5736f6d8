// Whether an all-caps token looks like a word (a heading such as "PENJELASAN", "MEMUTUSKAN") or like an
// acronym to spell ("DTKS", "SMP"). The test is the syllable shape of the language: an Indonesian word is
// a chain of (C)(C)V(C) syllables, so "DTSEN" (no vowel after "DT") and "SMA" (no "SM" onset) fail, while
// "PUSKESMAS" and "INSTRUKSI" pass. Acronyms that happen to fit the pattern (NIK, KIP) are in the acronym
// table, which is consulted first, and tokens of three letters or fewer are spelled unless they are common
// words (see acronyms.ts).

/** Indonesian onsets: one consonant, a digraph (also the old "DJ", "TJ" of "DJAWA"), consonant + r/l/w, s-clusters. */
const ID_ONSET = '(?:NG|NY|SY|KH|DJ|TJ|NJ|SJ|CH|S[PTKW][RL]?|[BCDFGHJKLMNPQRSTVWXYZ][RLW]?)';
/** One Indonesian syllable; vowel sequences ("DAERAH", "INDONESIA") are onsetless syllables in a row. */
const ID_SYLLABLE = `${ID_ONSET}?[AIUEO](?:NG|NK|[BCDFGHJKLMNPRSTX])?`;
const ID_WORD = new RegExp(`^(?:${ID_SYLLABLE})+$`);

/** English onsets, the common clusters only; a token that needs a rarer one is spelled or lowercased by length. */
const EN_ONSET =
  '(?:SCH|SCR|SHR|SPL|SPR|STR|SQU|THR|CH|SH|TH|PH|WH|WR|KN|QU|S[CKLMNPTW]|[BCDFGKPT][RL]|[BCDFGHJKLMNPQRSTVWXYZ])';
/** An English word starts with an onset and a vowel, and has no run of five consonants ("STRENGTH" has four). */
const EN_START = new RegExp(`^${EN_ONSET}?[AEIOUY]`);
const EN_CONSONANT_PILE = /[^AEIOUY]{5,}/;

/** True when an upper-case ASCII token has the syllable shape of an Indonesian word. */
export function isPronounceableIndonesian(upper: string): boolean {
  return ID_WORD.test(upper);
}

/** True when an upper-case ASCII token has the rough syllable shape of an English word. */
export function isPronounceableEnglish(upper: string): boolean {
  return EN_START.test(upper) && !EN_CONSONANT_PILE.test(upper);
}
