/*
 * English gets only Harman's "S" stemmer (plural endings). English content here is short program text and
 * titles; a visitor's "disabilities" should meet "disability", but a Porter stemmer would also turn
 * "university" and "universe" into one term and mangle Indonesian names in English text (Kartu Prakerja).
 */

/** Removes an English plural ending: "disabilities" → "disability", "services" → "service"; else unchanged. */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && !/[ae]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:us|ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
