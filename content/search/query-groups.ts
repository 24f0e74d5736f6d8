import type { Language } from '../model/localized.ts';
import { contentUnits, PHRASE_JOINER, synonymTable, type SynonymTable } from './synonym-table.ts';

/**
 * One concept of a query: a word, a hyphenated word, or a phrase from the synonym list ("lanjut usia").
 * Results are ranked by how many of the query's groups they match, then by how well.
 */
export interface QueryGroup {
  /** The visitor's words for this concept, normalised: "bansos", "ktp-el", "lanjut usia". */
  text: string;
  /**
   * Ways to match it literally; all terms of one way must match ("ktpel", or "ktp" and "el"). A phrase from
   * the synonym list is one term, its words joined ("lanjut_usia"): the index holds such phrases as terms.
   */
  literal: string[][];
  /** Words matched on their own, weakly, when a phrase does not match whole ("usia" of "lanjut usia"). */
  partial: string[];
  /** What the synonym list adds: words, or phrase terms. */
  synonyms: string[];
}

/** Splits a query into groups; stopwords and lone letters go, so "bantuan untuk lansia" has two groups. */
export function parseQuery(query: string, lang: Language): QueryGroup[] {
  const table = synonymTable(lang);
  const units = contentUnits(query, lang);
  const keys = units.map((unit) => unit.key);
  const groups: QueryGroup[] = [];
  for (let start = 0; start < units.length; ) {
    const length = longestPhrase(keys, start, table);
    const span = units.slice(start, start + length);
    const text = span.map((unit) => unit.word).join(' ');
    const key = span.map((unit) => unit.key).join(' ');
    const synonyms = (table.expansions.get(key) ?? []).map(toTerm);
    if (length > 1) {
      groups.push({ text, literal: [[toTerm(key)]], partial: key.split(' '), synonyms });
    } else {
      const [{ tokens }] = span as [(typeof units)[number]];
      const parts = tokens.slice(1);
      groups.push({ text, literal: parts.length > 0 ? [[key], parts] : [[key]], partial: [], synonyms });
    }
    start += length;
  }
  return groups;
}

/** The index term of a word or phrase key. */
function toTerm(key: string): string {
  return key.split(' ').join(PHRASE_JOINER);
}

function longestPhrase(keys: string[], start: number, table: SynonymTable): number {
  for (let length = Math.min(table.longest, keys.length - start); length > 1; length -= 1) {
    if (table.expansions.has(keys.slice(start, start + length).join(' '))) return length;
  }
  return 1;
}
