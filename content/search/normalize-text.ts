/** Longest token kept: longer ones are joined-up words or garbage from pasted law texts. */
const MAX_TOKEN_LENGTH = 40;

/** Lowercases and removes diacritics ("Pendidikan Anak Usia Dini" → "pendidikan anak usia dini", "café" → "cafe"). */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Splits text into search tokens:
 * - punctuation separates words, digits stay ("Pasal 28H" → pasal, 28h);
 * - thousands separators are joined ("Rp600.000" → rp600000), so amounts match however they are typed;
 * - apostrophes inside a word go ("Qur'an" → quran);
 * - a hyphenated word gives the joined word and its parts ("KTP-el" → ktpel, ktp, el), and a reduplication one
 *   word ("anak-anak" → anak), since Indonesian writes plurals that way and texts are inconsistent about it;
 * - single letters are dropped (list markers "a." "b."), single digits kept (Pasal 5).
 */
export function tokenize(text: string): string[] {
  return wordUnits(text).flatMap((unit) => unit.tokens);
}

/** Normalised words, hyphens kept inside them ("KTP-el" → "ktp-el"): the first step of tokenize. */
export function splitWords(text: string): string[] {
  const prepared = normalizeText(text)
    .replace(/(\d)[.,](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\p{L})['’`](?=\p{L})/gu, '$1');
  return prepared.split(/[^\p{L}\p{N}-]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** True for a token worth indexing: not a lone letter, not absurdly long. */
export function isKeptToken(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && (token.length > 1 || /\d/.test(token));
}

/** The token forms of one hyphenated word (see tokenize). */
export function splitHyphenated(raw: string): string[] {
  const parts = raw.split('-').filter(Boolean);
  if (parts.length <= 1) return parts;
  const [first] = parts;
  if (parts.every((part) => part === first)) return [first as string];
  return [parts.join(''), ...parts];
}

/** A word of a text as search sees it: as written (normalised), its tokens, and its key (the first token: a hyphenated word joined). */
export interface WordUnit {
  word: string;
  key: string;
  tokens: string[];
}

/** The words of a text with their tokens; words with no kept token (lone letters) are left out. */
export function wordUnits(text: string): WordUnit[] {
  const units: WordUnit[] = [];
  for (const word of splitWords(text)) {
    const tokens = splitHyphenated(word).filter(isKeptToken);
    const [key] = tokens;
    if (key !== undefined) units.push({ word, key, tokens });
  }
  return units;
}

/** True when the word holds a digit: numbers and numbered units (28h, 2016) are never stemmed. */
export function hasDigit(word: string): boolean {
  return /\d/.test(word);
}
