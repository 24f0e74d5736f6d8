import type { Query } from 'minisearch';
import type { Language } from '../model/localized.ts';
import { queryStems } from './analyze.ts';
import { hasDigit } from './normalize-text.ts';
import type { QueryGroup } from './query-groups.ts';
import type { MatchVia } from './search-types.ts';
import { PHRASE_JOINER } from './synonym-table.ts';

/** Weight of a match on the stem of what was typed, against 1 for the word itself. */
export const STEM_WEIGHT = 0.7;
/** Weight of a match through the synonym list: lower than the literal words, as the issue asks. */
export const SYNONYM_WEIGHT = 0.35;
/** Weight of one word of a phrase found alone. */
export const PARTIAL_WEIGHT = 0.3;
/** Weight of a swapped-letters variant ("sosail" → "sosial"), about what minisearch gives a distance-1 fuzzy match. */
export const TRANSPOSITION_WEIGHT = 0.4;
/** Fuzzy search: edit distance up to 20% of the word, at most 2, only for words of 4 letters or more. */
export const FUZZINESS = 0.2;
/** Shortest word searched with typos allowed: shorter words have too many neighbours ("kip" ~ "kis"). */
export const MIN_FUZZY_LENGTH = 4;
/** Shortest word also searched as the start of longer words ("disab" → disabilitas). */
export const MIN_PREFIX_LENGTH = 3;

/** Which expansions a query runs: typos (fuzzy search, swapped letters) and word starts (prefix search). */
export interface QueryMode {
  isFuzzy: boolean;
  hasPrefix: boolean;
  /** Terms to leave out (too common in this engine to tell items apart); the whole group when all are. */
  isSkipped?: (term: string) => boolean;
}

/** What led to an index term: the visitor's word and the way it matched. */
export interface TermOrigin {
  queryTerm: string;
  via: MatchVia;
}

/** The minisearch query for one group, and how to explain the terms it matches. */
export interface GroupPlan {
  /** The query, with or without typo tolerance (fuzzy search and swapped letters) and prefix search; undefined when every term is skipped. */
  query(mode: QueryMode): Query | undefined;
  /** True when some word of the group may be searched with typos. */
  hasFuzzy: boolean;
  /** Why an index term matched. */
  explain(term: string): TermOrigin;
}

interface WordSpec {
  word: string;
  weight: number;
  via: 'exact' | 'synonym';
  queryTerm: string;
  isOpen: boolean;
}

/** Plans the search of one query group. */
export function planGroup(group: QueryGroup, lang: Language): GroupPlan {
  const origins = new Map<string, TermOrigin>();
  const remember = (term: string, origin: TermOrigin): void => {
    if (!origins.has(term)) origins.set(term, origin);
  };
  const open: string[] = [];
  const spec = (word: string, weight: number, via: WordSpec['via'], isOpen: boolean): WordSpec => {
    const queryTerm = via === 'synonym' ? group.text : readable(word);
    remember(word, { queryTerm, via });
    for (const stem of queryStems(word, lang)) remember(stem, { queryTerm, via: via === 'exact' ? 'stem' : via });
    if (isOpen) open.push(word);
    return { word, weight, via, queryTerm, isOpen };
  };
  // Typos and prefixes only for a group that is one word: a phrase is typed deliberately.
  const literal = group.literal.map((words) => words.map((word) => spec(word, 1, 'exact', group.literal.length === 1 || words.length === 1)));
  const partial = group.partial.map((word) => spec(word, PARTIAL_WEIGHT, 'exact', false));
  const synonyms = group.synonyms.map((term) => [spec(term, SYNONYM_WEIGHT, 'synonym', false)]);
  const fuzzyWords = open.filter(isFuzzyCandidate);
  for (const word of fuzzyWords) {
    for (const swapped of transpositions(word)) remember(swapped, { queryTerm: word, via: 'fuzzy' });
  }
  return {
    hasFuzzy: fuzzyWords.length > 0,
    query: (mode) => anyOf([...literal, ...partial.map((word) => [word]), ...synonyms].map((words) => phraseQuery(words, lang, mode))),
    explain: (term) => origins.get(term) ?? explainOpen(term, open),
  };
}

/** All parts of a hyphenated word must match ("ktp" and "el"); skipped only when all of them are too common. */
function phraseQuery(words: WordSpec[], lang: Language, mode: QueryMode): Query | undefined {
  if (words.length === 1) return wordQuery(words[0] as WordSpec, lang, mode);
  const isSkipped = mode.isSkipped;
  if (isSkipped && words.every(({ word }) => isSkipped(word))) return undefined;
  const whole = { ...mode, isSkipped: undefined };
  return { combineWith: 'AND', queries: words.map((word) => wordQuery(word, lang, whole)).filter((query) => query !== undefined) };
}

function anyOf(queries: (Query | undefined)[]): Query | undefined {
  const kept = queries.filter((query) => query !== undefined);
  if (kept.length <= 1) return kept[0];
  return { combineWith: 'OR', queries: kept };
}

function wordQuery({ word, weight, via, isOpen }: WordSpec, lang: Language, mode: QueryMode): Query | undefined {
  const boost = (factor: number) => () => weight * factor;
  const isKept = (term: string) => !mode.isSkipped?.(term);
  const queries: Query[] = [];
  if (isKept(word)) {
    const fuzzy = mode.isFuzzy && isOpen && isFuzzyCandidate(word);
    const prefix = mode.hasPrefix && isOpen && word.length >= MIN_PREFIX_LENGTH;
    queries.push({ queries: [word], prefix, fuzzy: fuzzy ? FUZZINESS : false, boostTerm: boost(1) });
    if (fuzzy) queries.push({ queries: transpositions(word), prefix: false, fuzzy: false, boostTerm: boost(TRANSPOSITION_WEIGHT) });
  }
  const stems = queryStems(word, lang).filter(isKept);
  if (stems.length > 0) queries.push({ queries: stems, prefix: false, fuzzy: false, boostTerm: boost(via === 'exact' ? STEM_WEIGHT : 1) });
  return anyOf(queries);
}

function isFuzzyCandidate(word: string): boolean {
  return word.length >= MIN_FUZZY_LENGTH && !hasDigit(word);
}

/**
 * The word with two neighbouring letters swapped. Minisearch's fuzzy search counts edits (Levenshtein), so
 * "sosail" is two edits from "sosial" and 20% of six letters allows one; a swap is the commonest typo on a
 * touch keyboard, and looking up five exact words costs next to nothing.
 */
export function transpositions(word: string): string[] {
  const variants = new Set<string>();
  for (let index = 0; index < word.length - 1; index += 1) {
    if (word[index] === word[index + 1]) continue;
    variants.add(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2));
  }
  return [...variants];
}

/** A term as people read it: a phrase term's words with spaces ("lanjut_usia" → "lanjut usia"). */
export function readable(term: string): string {
  return term.split(PHRASE_JOINER).join(' ');
}

/** A term not planned exactly came from a prefix or fuzzy search of one of the open words. */
function explainOpen(term: string, open: readonly string[]): TermOrigin {
  const prefixOf = open.find((word) => word.length >= MIN_PREFIX_LENGTH && term.startsWith(word));
  if (prefixOf) return { queryTerm: prefixOf, via: 'prefix' };
  const nearest = [...open].sort((a, b) => editDistance(a, term) - editDistance(b, term))[0];
  return { queryTerm: nearest ?? term, via: 'fuzzy' };
}

/** Levenshtein distance of two short words. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
