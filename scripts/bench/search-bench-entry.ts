// The page side of scripts/bench/search-bench.ts: bundled by vite into one IIFE script and added to a blank
// page, it exposes `globalThis.jurubacaSearchBench`. Times and sizes are taken here, inside Chromium.
import type { Regulation } from '../../content/model/regulation.ts';
import { parseRegulation } from '../../content/regulation/parse-regulation.ts';
import { buildSearchIndex } from '../../content/search/build-search-index.ts';
import { searchIndex } from '../../content/search/search-index.ts';
import type { BuildOptions, SearchIndex } from '../../content/search/search-types.ts';
import { corpusLawAsRegulation, type CorpusLaw } from '../../tests/support/corpus-law.ts';

/** One law of the corpus, as stored in the JSONL file. */
export type BenchLaw = CorpusLaw;

const laws: BenchLaw[] = [];
let items: Regulation[] = [];
let index: SearchIndex | undefined;
/** Lower-cased texts for the anchor: a plain substring scan, what a kiosk without an index would do. */
let lowered: string[] = [];
/** How many items the last anchor scan found. */
let lastScanHits = 0;

/** What the Node side calls in the page. */
export const jurubacaSearchBench = {
  /** Receives a chunk of laws; returns how many have arrived. */
  addLaws(chunk: BenchLaw[]): number {
    laws.push(...chunk);
    return laws.length;
  },
  /** Turns the laws into regulations, parsed into Pasal when `isPerPasal`; frees the raw texts. */
  prepare(isPerPasal: boolean): { ms: number; chars: number } {
    const started = performance.now();
    let chars = 0;
    items = laws.map((law) => {
      const parsed = isPerPasal ? parseRegulation(law.text) : { text: law.text, structure: [] };
      chars += parsed.text.length;
      return corpusLawAsRegulation(law, parsed.text, parsed.structure);
    });
    laws.length = 0;
    const ms = performance.now() - started;
    lowered = items.map((item) => `${item.title.id}\n${item.text}`.toLowerCase());
    return { ms, chars };
  },
  /** Builds the index; returns its time and size. */
  build(options: BuildOptions): { ms: number; units: number; terms: number } {
    const started = performance.now();
    index = buildSearchIndex(items, 'id', options);
    return { ms: performance.now() - started, units: index.textEngine.documentCount, terms: index.textEngine.termCount + index.itemEngine.termCount };
  },
  /** Runs a query `times` times; returns each run's milliseconds. */
  query(query: string, times: number): number[] {
    const current = requireIndex();
    const durations: number[] = [];
    for (let run = 0; run < times; run += 1) {
      const started = performance.now();
      searchIndex(current, query);
      durations.push(performance.now() - started);
    }
    return durations;
  },
  /** The anchor: finds the items containing every word of the query by scanning all texts; each run's ms. */
  naiveQuery(query: string, times: number): number[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const durations: number[] = [];
    for (let run = 0; run < times; run += 1) {
      const started = performance.now();
      let found = 0;
      for (const text of lowered) if (words.every((word) => text.includes(word))) found += 1;
      durations.push(performance.now() - started);
      lastScanHits = found; // kept, so the engine cannot drop the scan as unused work
    }
    return durations;
  },
  /** How many items the last anchor scan found (a sanity check that it scanned). */
  scanHits(): number {
    return lastScanHits;
  },
  /** The first results of a query, with the Pasal of the best text match ("uu-2016-8 Pasal 5"). */
  top(query: string, count: number): string[] {
    return searchIndex(requireIndex(), query, { limit: count }).map((hit) => {
      const pasal = hit.matches.find((match) => match.pasal)?.pasal;
      return pasal ? `${hit.id} Pasal ${pasal}` : hit.id;
    });
  },
};

function requireIndex(): SearchIndex {
  if (!index) throw new Error('search bench: call build() before query()');
  return index;
}


(globalThis as unknown as { jurubacaSearchBench: typeof jurubacaSearchBench }).jurubacaSearchBench = jurubacaSearchBench;
