import type MiniSearch from 'minisearch';
import type { MatchInfo, Query, SearchResult } from 'minisearch';
import type { Language } from '../model/localized.ts';
import { queryStems } from './analyze.ts';
import { findCitation, isCitedBy } from './citation-query.ts';
import { ITEM_FIELD_BOOSTS, TEXT_BOOST } from './build-search-index.ts';
import { planGroup, readable, type GroupPlan } from './group-query.ts';
import { parseQuery } from './query-groups.ts';
import type { IndexDocument, MatchField, MatchReason, SearchHit, SearchIndex, SearchOptions } from './search-types.ts';

/** Results returned when the caller sets no limit. */
export const DEFAULT_LIMIT = 50;
/**
 * A word matching fewer items than this is searched again with typos allowed. Typos are not searched always:
 * fuzzy search over a whole law collection is the slowest part of a query, and a word that matches plenty of
 * items was very likely typed right. Not "zero items", because a typo often occurs a few times in real texts.
 */
export const FUZZY_BELOW = 3;

/** Score factor of the regulation a query cites by number and year ("uu 8 2016"): it comes first. */
export const CITATION_BOOST = 100;

/** A term in more than this share of the units of regulation text is not searched there (see runGroup). */
export const COMMON_TERM_SHARE = 0.05;
/** ...unless the collection is small: a handful of laws is fast to search whatever the words. */
export const COMMON_TERM_MIN_UNITS = 2000;

/** Field order for listing reasons: the strongest field first. */
const FIELD_RANK: readonly MatchField[] = [...(Object.keys(ITEM_FIELD_BOOSTS) as MatchField[]), 'text'];

/** Where the reasons of a hit come from; turned into MatchReasons only for the results returned. */
interface ReasonSource {
  match: MatchInfo;
  plan: GroupPlan;
  pasal?: string;
}

interface GroupHit {
  score: number;
  sources: ReasonSource[];
}

/**
 * Searches the index. An empty query (or one of stopwords only) finds nothing. An item's score is the sum of
 * its scores per query group times the square of the share of groups it matches, so "bansos lansia" puts
 * items with both first; within that, a name match outweighs a match in the details, and a literal word
 * outweighs its stem, its synonyms and its typo neighbours. A regulation cited by number and year comes first.
 */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const groups = parseQuery(query, index.lang);
  if (groups.length === 0) return [];
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const accepts = (item: number): boolean => !kinds || kinds.has(index.items[item]?.kind ?? 'program');
  const totals = new Map<number, { score: number; groups: number; sources: ReasonSource[] }>();
  for (const group of groups) {
    const plan = planGroup(group, index.lang);
    let hits = runGroup(index, plan, false, accepts);
    if (plan.hasFuzzy && hits.size < FUZZY_BELOW) hits = runGroup(index, plan, true, accepts);
    for (const [item, hit] of hits) {
      const total = totals.get(item) ?? { score: 0, groups: 0, sources: [] };
      total.score += hit.score;
      total.groups += 1;
      total.sources.push(...hit.sources);
      totals.set(item, total);
    }
  }
  const citation = findCitation(query);
  const ranked = [...totals].map(([item, total]) => {
    const coverage = total.groups / groups.length;
    const cited = index.items[item]?.citation;
    const boost = cited && isCitedBy(cited, citation) ? CITATION_BOOST : 1;
    return { item, score: total.score * coverage * coverage * boost, sources: total.sources };
  });
  ranked.sort((a, b) => b.score - a.score || a.item - b.item);
  const stems = new Map<string, string[]>();
  return ranked.slice(0, options.limit ?? DEFAULT_LIMIT).map(({ item, score, sources }) => {
    const { id, kind } = index.items[item] as SearchIndex['items'][number];
    return { id, kind, score, matches: orderReasons(sources.flatMap(reasons), index.lang, stems) };
  });
}

/** Scores of one group per item: its item fields plus its best unit of regulation text. */
function runGroup(index: SearchIndex, plan: GroupPlan, isFuzzy: boolean, accepts: (item: number) => boolean): Map<number, GroupHit> {
  const hits = new Map<number, GroupHit>();
  const itemQuery = plan.query({ isFuzzy, hasPrefix: true });
  for (const result of itemQuery ? search(index.itemEngine, itemQuery, ITEM_FIELD_BOOSTS, (id) => accepts(id)) : []) {
    hits.set(result.id as number, { score: rawScore(result), sources: [{ match: result.match, plan }] });
  }
  const units = index.textEngine.documentCount;
  if (units === 0) return hits;
  // No prefix search in regulation text: "pen" would expand to thousands of words of a law collection (0.7 s
  // per query over 1,535 laws), and a word start is what titles and tags are for. Nor words found in a large
  // share of all units ("pasal", "undang", "pemerintah"): they cannot tell laws apart, and scoring them costs
  // most of a query's time. They still count in titles and the other item fields.
  const limit = Math.max(COMMON_TERM_MIN_UNITS, units * COMMON_TERM_SHARE);
  const isSkipped = (term: string): boolean => (index.textTermUnits.get(term) ?? 0) > limit;
  const textQuery = plan.query({ isFuzzy, hasPrefix: false, isSkipped });
  if (!textQuery) return hits;
  const bestUnits = new Map<number, SearchResult>();
  for (const result of search(index.textEngine, textQuery, { text: 1 }, (id) => accepts(index.textOrigins[id]?.item ?? -1))) {
    const item = index.textOrigins[result.id as number]?.item ?? -1;
    const best = bestUnits.get(item);
    if (!best || rawScore(result) > rawScore(best)) bestUnits.set(item, result);
  }
  for (const [item, unit] of bestUnits) {
    const pasal = index.textOrigins[unit.id as number]?.pasal;
    const hit = hits.get(item) ?? { score: 0, sources: [] };
    hit.score += TEXT_BOOST * rawScore(unit);
    hit.sources.push(pasal === undefined ? { match: unit.match, plan } : { match: unit.match, plan, pasal });
    hits.set(item, hit);
  }
  return hits;
}

function search(engine: MiniSearch<IndexDocument>, query: Query, boost: Readonly<Record<string, number>>, accepts: (id: number) => boolean): SearchResult[] {
  return engine.search(query, { boost: { ...boost }, maxFuzzy: 2, filter: (result) => accepts(result.id as number) });
}

/** Minisearch multiplies a score by the number of query terms matched; here those are variants of one word, not separate words. */
function rawScore(result: SearchResult): number {
  return result.score / Math.max(1, result.queryTerms.length);
}

function reasons({ match, plan, pasal }: ReasonSource): MatchReason[] {
  const list: MatchReason[] = [];
  for (const [term, fields] of Object.entries(match)) {
    const origin = plan.explain(term);
    for (const field of fields as MatchField[]) {
      const reason = { field, term: readable(term), ...origin };
      list.push(pasal === undefined ? reason : { ...reason, pasal });
    }
  }
  return list;
}

/**
 * Removes repeated reasons, and the stem of a word that matched itself in the same field (the index holds each
 * word with its stem, so "bantuan" always comes with "bantu"); lists the strongest fields first (a stable
 * sort keeps the query's word order).
 */
function orderReasons(matches: readonly MatchReason[], lang: Language, stems: Map<string, string[]>): MatchReason[] {
  const key = (match: MatchReason, term = match.term) => `${match.field}|${match.pasal ?? ''}|${match.queryTerm}|${term}`;
  const stemsOf = (term: string): string[] => {
    const known = stems.get(term) ?? queryStems(term, lang);
    stems.set(term, known);
    return known;
  };
  const implied = new Set(matches.flatMap((match) => stemsOf(match.term).map((stem) => key(match, stem))));
  const seen = new Set<string>();
  const unique = matches.filter((match) => {
    const id = `${key(match)}|${match.via}`;
    if (seen.has(id) || implied.has(key(match))) return false;
    seen.add(id);
    return true;
  });
  return unique.sort((a, b) => FIELD_RANK.indexOf(a.field) - FIELD_RANK.indexOf(b.field));
}
