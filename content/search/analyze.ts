import type { Language } from '../model/localized.ts';
import { hasDigit } from './normalize-text.ts';
import { stemEnglish } from './stem-english.ts';
import { stemIndonesian } from './stem-indonesian.ts';
import { contentUnits, PHRASE_JOINER, synonymTable } from './synonym-table.ts';

/** Remembers stems while one index is built (a law collection repeats the same words millions of times). */
export type StemCache = Map<string, string>;

/** The stem of one normalised word in a language; numbers and numbered units stay as they are. */
export function stemWord(word: string, lang: Language): string {
  if (hasDigit(word)) return word;
  return lang === 'id' ? stemIndonesian(word) : stemEnglish(word);
}

/**
 * The index terms of a text: every token that is not a stopword, followed by its stem when that differs, and
 * after the last word of a phrase from the synonym list, the phrase as one term ("lanjut_usia").
 * Both word forms are indexed so that a literal match ranks above a match through the stem ("pendaftaran"
 * finds "pendaftaran" first, then "mendaftar"), and so that prefix search works on what people type ("pendaf…").
 * Phrases are indexed so that a query for "lanjut usia" needs one look-up, not the scoring of "lanjut" in
 * every Pasal that says "lebih lanjut", and finds the words together, not anywhere in the text.
 */
export function analyzeText(text: string, lang: Language, cache?: StemCache): string[] {
  const phrases = synonymTable(lang).phrasesByLastWord;
  const terms: string[] = [];
  const keys: string[] = [];
  for (const { key, tokens } of contentUnits(text, lang)) {
    for (const token of tokens) {
      terms.push(token);
      let stem = cache?.get(token);
      if (stem === undefined) {
        stem = stemWord(token, lang);
        cache?.set(token, stem);
      }
      if (stem !== token) terms.push(stem);
    }
    keys.push(key);
    for (const phrase of phrases.get(key) ?? []) {
      if (endsWith(keys, phrase)) terms.push(phrase.join(PHRASE_JOINER));
    }
  }
  return terms;
}

function endsWith(keys: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length > keys.length) return false;
  const offset = keys.length - phrase.length;
  return phrase.every((word, index) => keys[offset + index] === word);
}

/** The stems a query word is also searched by: an English query may be looking for Indonesian text, and so both. */
export function queryStems(word: string, lang: Language): string[] {
  const stems = lang === 'id' ? [stemWord(word, 'id')] : [stemWord(word, 'en'), stemWord(word, 'id')];
  return [...new Set(stems)].filter((stem) => stem !== word);
}
