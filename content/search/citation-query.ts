import { splitWords } from './normalize-text.ts';

/** A regulation's citation as the index keeps it: lowercase type, number as printed, year. */
export interface Citation {
  type: string;
  number: string;
  year: number;
}

/** A citation found in a query: the type only when the query names one. */
export interface CitationQuery {
  number: string;
  year: number;
  type?: string;
}

/** What people type for the type of a regulation, by the `type` the content uses (lowercased). */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  uu: 'uu',
  'undang-undang': 'uu',
  pp: 'pp',
  perppu: 'perppu',
  perpu: 'perppu',
  perpres: 'perpres',
  keppres: 'keppres',
  perda: 'perda',
  permen: 'permen',
  permensos: 'permensos',
};

const YEAR = /^(?:19[4-9]\d|20\d\d|2100)$/;
const NUMBER = /^\d+[a-z]?$/;

/**
 * The citation in a query such as "uu 8 2016", "UU No. 8 Tahun 2016" or "8/2016": a number followed (not
 * necessarily at once) by a year, optionally after a type. Word matching alone ranks such a query poorly: in
 * a law collection, dozens of titles read "Perubahan atas Undang-Undang Nomor … Tahun 2016".
 */
export function findCitation(query: string): CitationQuery | undefined {
  const words = splitWords(query);
  const yearAt = words.findIndex((word, index) => index > 0 && YEAR.test(word));
  if (yearAt < 0) return undefined;
  const before = words.slice(0, yearAt);
  const number = [...before].reverse().find((word) => NUMBER.test(word));
  if (!number) return undefined;
  const type = before.map((word) => TYPE_WORDS[word]).find((known) => known !== undefined);
  return { number, year: Number(words[yearAt]), ...(type ? { type } : {}) };
}

/** True when an item's citation is the one in the query (the type only counts when the query names one). */
export function isCitedBy(citation: Citation, query: CitationQuery | undefined): boolean {
  if (!query) return false;
  return citation.number === query.number && citation.year === query.year && (query.type === undefined || citation.type === query.type);
}
