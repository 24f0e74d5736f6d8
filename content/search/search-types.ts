import type MiniSearch from 'minisearch';
import type { Language } from '../model/localized.ts';
import type { Item } from '../model/pack.ts';
import type { Citation } from './citation-query.ts';

/** The kinds of item a search can return. */
export type ItemKind = Item['kind'];

/**
 * Where a query term was found. `title` is a program's name or a regulation's or notice's title; `citation`
 * is a regulation's type, number and year ("UU 8 2016"); `text` is a regulation's own text.
 */
export type MatchField =
  | 'title'
  | 'citation'
  | 'tags'
  | 'summary'
  | 'eligibility'
  | 'benefits'
  | 'howToApply'
  | 'documents'
  | 'place'
  | 'cost'
  | 'body'
  | 'text';

/** How a term was matched: as typed, as the start of a longer word, despite a typo, through the synonym list, or through its root. */
export type MatchVia = 'exact' | 'prefix' | 'fuzzy' | 'synonym' | 'stem';

/** One reason an item matched, for the screen to render ("'lansia' in the name") in either language. */
export interface MatchReason {
  field: MatchField;
  /** The index term that matched: a word of the content, or its stem. */
  term: string;
  /** What the visitor typed that led there (normalised): "bansos" for a match on "bantuan" via a synonym. */
  queryTerm: string;
  via: MatchVia;
  /** For `text` matches in a regulation indexed per Pasal: the Pasal's number ("5", "28H"). */
  pasal?: string;
}

/** One search result. */
export interface SearchHit {
  id: string;
  kind: ItemKind;
  score: number;
  matches: MatchReason[];
}

/** Options of a search. */
export interface SearchOptions {
  /** Only these kinds (all when absent). */
  kinds?: readonly ItemKind[];
  /** At most this many results (default 50). */
  limit?: number;
}

/** Options of building an index. */
export interface BuildOptions {
  /**
   * Most characters of a regulation's text indexed per unit (a Pasal, or the whole law when it has no parsed
   * structure). Long Pasal are mostly lists; their first part names what they are about. Default: no limit.
   */
  maxUnitChars?: number;
}

/** A document the index holds: one item (all fields but regulation text) or one unit of regulation text. */
export interface IndexDocument {
  id: number;
  [field: string]: string | number | undefined;
}

/** Where an index document came from. */
export interface DocumentOrigin {
  /** Position of the item in the indexed list. */
  item: number;
  /** The Pasal number, for a unit of regulation text that is one Pasal. */
  pasal?: string;
}

/** A built search index: one engine for items, one for regulation text (see build-search-index.ts). */
export interface SearchIndex {
  readonly lang: Language;
  readonly items: readonly { id: string; kind: ItemKind; citation?: Citation }[];
  readonly itemEngine: MiniSearch<IndexDocument>;
  readonly textEngine: MiniSearch<IndexDocument>;
  readonly textOrigins: readonly DocumentOrigin[];
  /** In how many units of regulation text each term occurs (to skip words that occur nearly everywhere). */
  readonly textTermUnits: ReadonlyMap<string, number>;
}
