import type { Language } from '../model/localized.ts';
import { wordUnits, type WordUnit } from './normalize-text.ts';
import { STOPWORDS } from './stopwords.ts';
import { SYNONYMS, type SynonymEntry } from './synonyms.ts';

/**
 * Joins the words of a phrase into one index term ("lanjut_usia"). Tokens never contain "_" (it separates
 * words), so a phrase term cannot collide with a word.
 */
export const PHRASE_JOINER = '_';

/** The synonym list prepared for one language. Phrases are keyed by their word keys joined by spaces. */
export interface SynonymTable {
  /** What each word or phrase also searches for. */
  expansions: ReadonlyMap<string, readonly string[]>;
  /** Most words in a phrase the query side looks for. */
  longest: number;
  /** Every phrase of two or more words (as its word keys), by its last word: the indexer's lookup. */
  phrasesByLastWord: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const tables = new Map<Language, SynonymTable>();

/** The words of a text that count for search: kept tokens, stopwords left out. */
export function contentUnits(text: string, lang: Language): WordUnit[] {
  return wordUnits(text).filter((unit) => !STOPWORDS[lang].has(unit.key));
}

/** A text's phrase key: its word keys joined by spaces ("Kependudukan dan Pencatatan Sipil" → "kependudukan pencatatan sipil"). */
export function phraseKey(text: string, lang: Language): string {
  return contentUnits(text, lang)
    .map((unit) => unit.key)
    .join(' ');
}

/** Builds (once per language) the synonym lookup; entries for the other language are left out. */
export function synonymTable(lang: Language): SynonymTable {
  const cached = tables.get(lang);
  if (cached) return cached;
  const expansions = new Map<string, string[]>();
  const phrases = new Set<string>();
  for (const entry of SYNONYMS.filter((candidate) => !candidate.lang || candidate.lang === lang)) {
    for (const [from, to] of pairs(entry)) {
      const fromKey = phraseKey(from, lang);
      const toKey = phraseKey(to, lang);
      for (const key of [fromKey, toKey]) if (key.includes(' ')) phrases.add(key);
      if (!fromKey || !toKey || fromKey === toKey) continue;
      const list = expansions.get(fromKey) ?? [];
      if (!list.includes(toKey)) list.push(toKey);
      expansions.set(fromKey, list);
    }
  }
  const phrasesByLastWord = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const last = words[words.length - 1] as string;
    phrasesByLastWord.set(last, [...(phrasesByLastWord.get(last) ?? []), words]);
  }
  const longest = Math.max(1, ...[...expansions.keys()].map((key) => key.split(' ').length));
  const table = { expansions, longest, phrasesByLastWord };
  tables.set(lang, table);
  return table;
}

function pairs(entry: SynonymEntry): [string, string][] {
  const targets = entry.expandsTo ?? entry.terms;
  return entry.terms.flatMap((from) => targets.map((to): [string, string] => [from, to]));
}
